"""Every dataclass in the package has a class docstring.

Besides documenting the record, a docstring saves start-up time: on Python 3.11 the dataclass
decorator builds a __doc__ from inspect.signature(cls) for every class that has none.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "xsector_desktop"


def _is_dataclass_decorator(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    if isinstance(target, ast.Name):
        return target.id == "dataclass"
    return isinstance(target, ast.Attribute) and target.attr == "dataclass"


def _dataclasses(path: Path) -> list[ast.ClassDef]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        and any(_is_dataclass_decorator(d) for d in node.decorator_list)
    ]


def test_the_decorator_check_recognises_every_spelling() -> None:
    source = (
        "@dataclass\nclass A: ...\n"
        "@dataclass(frozen=True)\nclass B: ...\n"
        "@dataclasses.dataclass(slots=True)\nclass C: ...\n"
        "@final\nclass D: ...\n"
    )
    classes = [n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)]
    found = [c.name for c in classes if any(_is_dataclass_decorator(d) for d in c.decorator_list)]
    assert found == ["A", "B", "C"]


def test_every_dataclass_has_a_docstring() -> None:
    seen = 0
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in _dataclasses(path):
            seen += 1
            if not ast.get_docstring(node):
                missing.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name}")
    assert seen > 50, f"only {seen} dataclasses found under {PACKAGE}: is the walk broken?"
    assert not missing, "dataclasses without a docstring:\n" + "\n".join(missing)
