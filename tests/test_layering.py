"""The layout's promises: each layer imports only the layers below it, SQL lives in storage/.

From the top: bot/ (composition root and runners) → handlers/ (aiogram routers) → services/
and delivery/ → views/ → domain/ → storage/ → news/. Nothing imports a layer above its own,
and no module is exempt. docs/architecture.md draws the same picture.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPLICATION = ("bot", "handlers", "services", "delivery", "views", "domain", "storage", "news")
DATABASE_DRIVERS = {"aiosqlite", "asyncpg", "sqlite3"}
DRIVERS = {"aiogram", *DATABASE_DRIVERS}

# What each layer may import of the application (a package, or one module of it).
ALLOWED: dict[str, set[str]] = {
    "bot": set(APPLICATION) - {"bot"},
    "handlers": {"services", "views", "domain"},
    "services": {"views", "domain", "storage", "news"},
    "delivery": {"views", "domain", "storage"},
    "views": {"domain", "storage.models", "news"},
    "domain": {"storage.models", "news"},
    # Storage keeps what the extractor read: its vocabulary, nothing of how it reads.
    "storage": {"news.facts", "news.periods"},
    "news": set(),
}
# Third-party drivers each layer must not touch: SQL only in storage (which translates the
# engines' errors into its own), Telegram not below views.
FORBIDDEN_DRIVERS: dict[str, set[str]] = {
    "bot": DATABASE_DRIVERS,
    "handlers": DATABASE_DRIVERS,
    "services": DATABASE_DRIVERS,
    "delivery": DATABASE_DRIVERS,
    "views": DATABASE_DRIVERS,
    "domain": DRIVERS,
    "storage": {"aiogram"},
    "news": DRIVERS,
}


def imported_modules(path: Path) -> set[str]:
    """Every absolute module name the file imports, with `from package import module` read as
    both the package and the module."""
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def allowed(name: str, rules: set[str]) -> bool:
    return any(name == rule or name.startswith(f"{rule}.") for rule in rules)


def sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", APPLICATION)
def test_dependencies_point_down(package: str) -> None:
    for path in sources(package):
        for name in imported_modules(path):
            top = name.split(".")[0]
            if top == package:
                continue
            if top in APPLICATION:
                assert allowed(name, ALLOWED[package]), (
                    f"{path.relative_to(ROOT)} imports {name}: {package}/ may import only "
                    f"{sorted(ALLOWED[package])}"
                )
            assert top not in FORBIDDEN_DRIVERS.get(package, set()), (
                f"{path.relative_to(ROOT)} imports {name}"
            )


def test_every_application_package_is_layered() -> None:
    """A new top-level package joins a layer (and this test) before it holds code."""
    packages = {p.parent.name for p in ROOT.glob("*/__init__.py")}
    assert packages - {"tests", "benchmarks"} == set(APPLICATION)


def test_sql_only_in_storage() -> None:
    for package in set(APPLICATION) - {"storage"}:
        for path in sources(package):
            text = path.read_text("utf-8")
            for keyword in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE TABLE"):
                assert keyword not in text, f"{path.relative_to(ROOT)} holds SQL ({keyword})"


def test_no_module_level_bot_dispatcher_or_connection() -> None:
    constructors = {"Bot", "Dispatcher", "AsyncIOScheduler", "Router", "connect", "ClientSession"}
    for package in APPLICATION:
        for path in sources(package):
            for node in ast.parse(path.read_text("utf-8")).body:
                if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(
                    node.value, ast.Call
                ):
                    func = node.value.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    assert name not in constructors, (
                        f"{path.relative_to(ROOT)} builds {name} at import"
                    )
