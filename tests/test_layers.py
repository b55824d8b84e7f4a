"""The dependency direction: ui -> phones -> store, report -> core; core imports none of them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "xsector_desktop"

# For each layer, the imports it must never make (top-level module names or package prefixes).
FORBIDDEN = {
    "core": (
        "PySide6",
        "reportlab",
        "sqlite3",
        "sqlite_utils",
        "xsector_desktop.store",
        "xsector_desktop.report",
        "xsector_desktop.phones",
        "xsector_desktop.ui",
        "xsector_desktop.cli",
    ),
    "store": (
        "PySide6",
        "reportlab",
        "xsector_desktop.report",
        "xsector_desktop.phones",
        "xsector_desktop.ui",
        "xsector_desktop.cli",
    ),
    "report": (
        "PySide6",
        "sqlite3",
        "sqlite_utils",
        "xsector_desktop.store",
        "xsector_desktop.phones",
        "xsector_desktop.ui",
        "xsector_desktop.cli",
    ),
    # The phone server writes through the store only, and never touches Qt or SQL itself.
    "phones": (
        "PySide6",
        "reportlab",
        "sqlite3",
        "sqlite_utils",
        "xsector_desktop.report",
        "xsector_desktop.ui",
        "xsector_desktop.cli",
    ),
    "ui": ("sqlite3", "xsector_desktop.cli"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package_parts = ["xsector_desktop", *path.relative_to(PACKAGE).parent.parts]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _violations(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_modules(path):
            for banned in FORBIDDEN[layer]:
                if name == banned or name.startswith(banned + "."):
                    found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    assert _violations(layer) == []


def test_the_check_catches_a_forbidden_import(tmp_path: Path) -> None:
    sample = PACKAGE / "core" / "model.py"
    assert "xsector_desktop.core" not in {
        n for n in imported_modules(sample) if n.startswith("PySide6")
    }
    fake = tmp_path / "fake.py"
    fake.write_text("from PySide6.QtCore import QObject\nimport reportlab\n")
    tree_names = set()
    for node in ast.walk(ast.parse(fake.read_text())):
        if isinstance(node, ast.ImportFrom):
            tree_names.add(node.module)
        elif isinstance(node, ast.Import):
            tree_names.update(a.name for a in node.names)
    assert {"PySide6.QtCore", "reportlab"} <= tree_names
