"""The layout's promises: news/ and storage/ stay framework-free, SQL lives in storage/."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# bot/ modules that compose the application and so may know the handlers.
COMPOSITION_ROOT = {"bot/app.py"}
LAYERS = ("services", "delivery", "views", "domain")


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("news", {"aiogram", "aiosqlite", "sqlite3", "bot", "handlers", "storage", *LAYERS}),
        ("storage", {"aiogram", "bot", "handlers", "news", *LAYERS}),
        ("bot", {"handlers"}),
        *((layer, {"bot", "handlers"}) for layer in LAYERS),
    ],
)
def test_dependencies_point_one_way(package: str, forbidden: set[str]) -> None:
    for path in sources(package):
        if str(path.relative_to(ROOT)) in COMPOSITION_ROOT:
            continue
        leaked = imported_packages(path) & forbidden
        assert not leaked, f"{path.relative_to(ROOT)} imports {sorted(leaked)}"


def test_sql_only_in_storage() -> None:
    for package in ("bot", "handlers", "news", *LAYERS):
        for path in sources(package):
            text = path.read_text("utf-8")
            for keyword in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE TABLE"):
                assert keyword not in text, f"{path.relative_to(ROOT)} holds SQL ({keyword})"


def test_no_module_level_bot_dispatcher_or_connection() -> None:
    constructors = {"Bot", "Dispatcher", "AsyncIOScheduler", "Router", "connect", "ClientSession"}
    for package in ("bot", "handlers", "storage", "news", *LAYERS):
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
