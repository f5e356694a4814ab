"""What keeps the bot small and its garbage collections short (issue 13): each check runs in
a fresh interpreter, since imports and gc.freeze() are the process's own."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(code: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_starting_the_bot_loads_no_drawing_library() -> None:
    """Pillow is loaded by the first chart; matplotlib, which drew the chart for ~60 MB
    resident, by nothing."""
    found = run(
        """
        import json, sys
        import bot.app, bot.console, bot.telegram
        print(json.dumps({name: name in sys.modules for name in ("PIL", "matplotlib")}))
        """
    )
    assert found == {"PIL": False, "matplotlib": False}


def test_settling_freezes_what_every_reply_keeps() -> None:
    """The default language's messages and Babel's data for it, loaded by the first reply,
    are loaded and frozen by settle_heap: no later full collection walks them."""
    found = run(
        """
        import gc, json
        from babel import localedata
        from bot.app import settle_heap
        from views.i18n import texts_for

        settle_heap()
        texts = texts_for(None)
        kept = [texts._bundle, texts._bundle._messages, localedata._cache[texts.language]]
        walked = {id(o) for o in gc.get_objects()}  # every generation but the frozen one
        print(json.dumps({
            "frozen": gc.get_freeze_count() > 0,
            "tracked": all(gc.is_tracked(o) for o in kept),
            "walked": [type(o).__name__ for o in kept if id(o) in walked],
        }))
        """
    )
    assert found == {"frozen": True, "tracked": True, "walked": []}
