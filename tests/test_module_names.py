"""Each module-level name in the package is bound once: a second pattern or function of the same name
would silently replace the first for every reader that uses it (the entity finder's modules hold hundreds
of named patterns)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"


def _bound_twice(path: Path) -> dict[str, list[int]]:
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            lines[node.name].append(node.lineno)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    lines[target.id].append(node.lineno)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            lines[node.target.id].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1 and name != "__all__"}


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path) == {}


def test_a_name_bound_twice_is_found(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import re\nA = re.compile('a')\n\ndef f():\n    return A\n\nA = re.compile('b')\n", encoding="utf-8")
    assert _bound_twice(module) == {"A": [2, 7]}
