"""No module binds a top-level name twice: a word set defined anew further down a long module
silently replaces the first for every function that reads it (a second ``_NOT`` once emptied the
coder's test for a denied self-defence)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

_SRC = Path(__file__).resolve().parents[1] / "src" / "marsad"


def _bindings(tree: ast.Module) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            out += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            out.append((node.target.id, node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append((node.name, node.lineno))
    return out


@pytest.mark.parametrize("path", sorted(_SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(_SRC)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    first: dict[str, int] = {}
    twice = []
    for name, line in _bindings(ast.parse(path.read_text(encoding="utf-8"))):
        if name in first:
            twice.append(f"{name}: lines {first[name]} and {line}")
        first.setdefault(name, line)
    assert not twice, twice


def test_a_second_binding_is_found() -> None:
    tree = ast.parse("_NOT = frozenset({'x'})\n\ndef f() -> None: ...\n\n_NOT = frozenset()\n")
    names = [n for n, _ in _bindings(tree)]
    assert names.count("_NOT") == 2 and "f" in names
