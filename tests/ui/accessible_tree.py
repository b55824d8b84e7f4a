"""Read the accessible tree as a screen reader does (QAccessible), and list what it could not say.

A control must have a name; a combo box must be named by its label, not by its current value
(on Linux Qt gives its value as its name and its label as a "labelled by" relation); a label
must expose its own text; a chip must say whether its person has voted.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QLabel, QWidget

Role = QAccessible.Role
NAME, VALUE = QAccessible.Text.Name, QAccessible.Text.Value

CONTROLS = {
    Role.Button,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.List,
    Role.Tree,
    Role.Table,
    Role.PageTab,
    Role.ProgressBar,
}


def walk(root: QWidget) -> Iterator[QAccessibleInterface]:
    """Every visible node under `root`, depth first, in the order a screen reader walks them."""
    stack = [QAccessible.queryAccessibleInterface(root)]
    while stack:
        node = stack.pop()
        if node is None or not node.isValid() or node.state().invisible:
            continue
        yield node
        stack.extend(node.child(i) for i in reversed(range(node.childCount())))


def _labelled_by(node: QAccessibleInterface) -> list[str]:
    relation = QAccessible.RelationFlag.Label
    return [other.text(NAME) for other, _kind in node.relations(relation) if other is not None]


def accessible_problems(root: QWidget) -> list[str]:
    problems = []
    for node in walk(root):
        role, name, thing = node.role(), node.text(NAME).strip(), node.object()
        if role in (Role.ListItem, Role.TreeItem, Role.Cell, Role.Row, Role.ColumnHeader):
            continue  # items are named by their model's text
        what = f"{role.name} {type(thing).__name__} {thing.objectName() if thing else ''}".strip()
        if role in CONTROLS and not name:
            problems.append(f"{what}: no name")
        if role == Role.ComboBox:
            labels = [t for t in _labelled_by(node) if t.strip()]
            value = node.text(VALUE)
            if not labels and (not name or name == value):
                problems.append(f"{what}: named only by its value {value!r}")
        if role == Role.StaticText and isinstance(thing, QLabel):
            text = thing.text().strip()
            if text and text not in name:
                problems.append(f"{what}: label {text!r} is read as {name!r}")
    return problems
