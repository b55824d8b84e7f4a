"""The package's record classes: each has a docstring, and immutable ones are NamedTuples.

Immutable records are `typing.NamedTuple`s rather than frozen dataclasses because of start-up
time: on Python 3.11 the dataclass decorator compiles six methods per class from source at
import (about 0.5 ms a class, and start-up imports some forty records), where a NamedTuple
compiles one. Dataclasses stay for what NamedTuples cannot do: mutable state, and a record
that checks its values when made (SignalSettings' __post_init__).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "xsector_desktop"
# Frozen dataclasses on purpose: each validates itself in __post_init__, which a NamedTuple
# (whose _replace skips __new__) could not do for every copy.
SELF_CHECKING = {"SignalSettings"}


def _is_dataclass_decorator(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    if isinstance(target, ast.Name):
        return target.id == "dataclass"
    return isinstance(target, ast.Attribute) and target.attr == "dataclass"


def _is_frozen(decorator: ast.expr) -> bool:
    return isinstance(decorator, ast.Call) and any(
        k.arg == "frozen" and isinstance(k.value, ast.Constant) and k.value.value is True
        for k in decorator.keywords
    )


def _is_named_tuple(node: ast.ClassDef) -> bool:
    return any(ast.unparse(base) in ("NamedTuple", "typing.NamedTuple") for base in node.bases)


def _records(source: str) -> list[tuple[ast.ClassDef, str]]:
    """(class, "dataclass" | "frozen dataclass" | "namedtuple") for each record in `source`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ClassDef):
            continue
        decorators = [d for d in node.decorator_list if _is_dataclass_decorator(d)]
        if decorators:
            found.append((node, "frozen dataclass" if _is_frozen(decorators[0]) else "dataclass"))
        elif _is_named_tuple(node):
            found.append((node, "namedtuple"))
    return found


def _package_records() -> list[tuple[str, ast.ClassDef, str]]:
    return [
        (f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", node, kind)
        for path in sorted(PACKAGE.rglob("*.py"))
        for node, kind in _records(path.read_text(encoding="utf-8"))
    ]


def test_the_record_check_recognises_every_spelling() -> None:
    source = (
        "@dataclass\nclass A: ...\n"
        "@dataclass(frozen=True)\nclass B: ...\n"
        "@dataclasses.dataclass(slots=True)\nclass C: ...\n"
        "@final\nclass D: ...\n"
        "class E(NamedTuple): ...\n"
        "class F(typing.NamedTuple): ...\n"
        "class G(tuple): ...\n"
    )
    found = [(node.name, kind) for node, kind in _records(source)]
    assert found == [
        ("A", "dataclass"),
        ("B", "frozen dataclass"),
        ("C", "dataclass"),
        ("E", "namedtuple"),
        ("F", "namedtuple"),
    ]


def test_every_record_has_a_docstring() -> None:
    records = _package_records()
    assert len(records) > 60, f"only {len(records)} records under {PACKAGE}: is the walk broken?"
    missing = [f"{where} {node.name}" for where, node, _ in records if not ast.get_docstring(node)]
    assert not missing, "records without a docstring:\n" + "\n".join(missing)


def test_immutable_records_are_named_tuples() -> None:
    frozen = [
        f"{where} {node.name}"
        for where, node, kind in _package_records()
        if kind == "frozen dataclass" and node.name not in SELF_CHECKING
    ]
    assert not frozen, "make these typing.NamedTuple (see this module's docstring):\n" + "\n".join(
        frozen
    )
