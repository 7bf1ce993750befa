"""``core`` is the ground every app stands on, so it imports none of them.

An import from core back up into a feature app ties the ground to what stands on it: the
app can then no longer be changed, tested or left out on its own, and import cycles wait.
The Today page and the demo couple, which gather from every app, live above them in
``home`` and ``demo``. Core's own tests are left out: they walk the whole site.
"""

from __future__ import annotations

import ast
from pathlib import Path

import heartwork

HEARTWORK = Path(heartwork.__file__).parent
CORE = HEARTWORK / "core"
FEATURE_APPS = sorted(
    path.name
    for path in HEARTWORK.iterdir()
    if (path / "__init__.py").exists() and path.name != "core"
)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    """Every module named by an import at run time, nested ones included.

    Imports under ``if TYPE_CHECKING:`` only give the type checker a name and never run.
    """
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for statement in node.orelse:
                visit(statement)
            return
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            if node.module == "heartwork":
                found.extend((node.lineno, f"heartwork.{a.name}") for a in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _feature_imports(source: str) -> list[str]:
    feature = tuple(f"heartwork.{name}" for name in FEATURE_APPS)
    return [
        f"line {line}: {module}"
        for line, module in _imported_modules(ast.parse(source))
        if module in feature or module.startswith(tuple(f"{f}." for f in feature))
    ]


def test_no_module_of_core_imports_a_feature_app() -> None:
    assert "journal" in FEATURE_APPS and "home" in FEATURE_APPS and "demo" in FEATURE_APPS
    modules = [p for p in CORE.rglob("*.py") if "tests" not in p.relative_to(CORE).parts]
    assert len(modules) > 20  # the walk found core's modules
    offenders = {
        str(path.relative_to(HEARTWORK)): found
        for path in modules
        if (found := _feature_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_walk_finds_imports_inside_functions_but_not_type_hints_only() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "from heartwork.core.models import Visibility\n"
        "if TYPE_CHECKING:\n"
        "    from heartwork.accounts.models import User\n"
        "def seed():\n"
        "    from heartwork.daily import services\n"
        "    import heartwork.journal.models\n"
        "from heartwork import together\n"
    )
    assert _feature_imports(source) == [
        "line 6: heartwork.daily",
        "line 7: heartwork.journal.models",
        "line 8: heartwork.together",
    ]
