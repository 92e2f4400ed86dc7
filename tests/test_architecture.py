"""Arrows point one way: gui -> documents/checks -> register. Only gui imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "ropa_desktop"
# Which of our layers each layer may not import.
FORBIDDEN = {
    "register": {"checks", "documents", "gui", "cli"},
    "checks": {"documents", "gui", "cli"},
    "documents": {"gui", "cli"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    package_parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                names.add(".".join([*base, node.module] if node.module else base))
            else:
                names.add(node.module or "")
    return names


def _modules(layer: str | None = None):
    root = PACKAGE / layer if layer else PACKAGE
    return sorted(p for p in root.rglob("*.py") if "resources" not in p.parts)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_gui_imports_qt(path):
    if path.relative_to(PACKAGE).parts[0] == "gui":
        return
    qt = {name for name in _imports(path) if name.split(".")[0] in {"PySide6", "shiboken6"}}
    assert not qt, f"{path.relative_to(PACKAGE)} imports {sorted(qt)}"


@pytest.mark.parametrize("layer", FORBIDDEN)
def test_layers_import_downwards_only(layer):
    for path in _modules(layer):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "ropa_desktop" and len(parts) > 1:
                assert parts[1] not in FORBIDDEN[layer], f"{path.relative_to(PACKAGE)} imports {name}"
