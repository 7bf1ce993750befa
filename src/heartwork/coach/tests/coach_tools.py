"""The scripts under ``tools/coach`` as modules, for the tests that hold the tree to them
(the verb and noun tables they write, the plain lines they check). The scripts are not a
package, so each is loaded from its file."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

TOOLS = Path(__file__).resolve().parents[4] / "tools" / "coach"


def coach_tool(name: str) -> ModuleType:
    """``tools/coach/<name>.py``, loaded."""
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


def check(name: str) -> str | None:
    """Run ``tools/coach/<name>.py --check``: None when it passes, else what it printed."""
    done = subprocess.run(
        [sys.executable, str(TOOLS / f"{name}.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    return None if done.returncode == 0 else done.stdout + done.stderr
