"""The package's modules as source: checks no linter makes."""

from __future__ import annotations

import ast
from pathlib import Path

import analyzer

PACKAGE = Path(analyzer.__file__).parent


def _top_level_names(tree: ast.Module) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append((node.name, node.lineno))
        elif isinstance(node, ast.Assign):
            out.extend((t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            out.append((node.target.id, node.lineno))
    return out


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A second module-level binding of a name silently replaces the first for every use in the module, the earlier uses
    included: a second `_WILLING` pattern in judge/core.py once changed how an existing rule read its asks, and only the
    per-item diff of a blind set showed it (ruff's F811 covers imports and functions, not a constant assigned twice)."""
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen: dict[str, int] = {}
        for name, line in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))):
            if name in seen:
                twice.append(f"{path.relative_to(PACKAGE)}:{line}: {name} (first at line {seen[name]})")
            seen[name] = line
    assert not twice, "\n".join(twice)
