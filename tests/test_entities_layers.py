"""The entity finder's modules are layered: each imports only from the modules below it, so a reader can
read them bottom up and no import cycle can form. The order is the one ``kg.entities`` documents."""

from __future__ import annotations

import ast
from pathlib import Path

import kg.entities

PACKAGE = Path(kg.entities.__file__).resolve().parent
#: Lowest first; the package's ``__init__`` (the finder that runs them all) sits on top.
LAYERS = ["text", "registry", "scan", "kinds", "vocabulary", "phrases", "proper", "councils", "institutions",
          "mentions", "definitions", "modifiers", "appositions", "partners", "lists", "described", "brands", "frames",
          "merging", "__init__"]


def _sibling_imports(path: Path) -> set[str]:
    """The package's own modules that ``path`` imports, at any depth of its code."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            found |= {node.module} if node.module else {alias.name for alias in node.names}
    return found


def test_every_module_of_the_package_has_its_layer() -> None:
    assert sorted(p.stem for p in PACKAGE.glob("*.py")) == sorted(LAYERS)


def test_each_module_imports_only_from_the_layers_below_it() -> None:
    for layer, name in enumerate(LAYERS):
        above = _sibling_imports(PACKAGE / f"{name}.py") - set(LAYERS[:layer])
        assert above == set(), f"{name} imports {sorted(above)}, which are not below it"


def test_the_documented_order_is_the_tested_one() -> None:
    documented = kg.entities.__doc__.split("lowest first", 1)[1]
    positions = [documented.index(f"``{name}``") for name in LAYERS[:-1]]
    assert positions == sorted(positions)


def test_an_import_from_above_is_caught(tmp_path: Path) -> None:
    module = tmp_path / "text.py"
    module.write_text("def f():\n    from .registry import BodyRegistry\n    return BodyRegistry\n", encoding="utf-8")
    assert _sibling_imports(module) == {"registry"}
