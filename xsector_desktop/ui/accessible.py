"""Names for screen readers: a control is named by its visible label, never by its value.

On Linux, Qt names a combo box by its current value and finds its label through the
"labelled by" relation (a QLabel whose buddy it is); Windows and macOS read the accessible name.
`buddy_label` gives a control both, from one text. docs/accessibility.md says what else holds.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .plain_text import PlainLabel


def buddy_label(text: str, control: QWidget, *, muted: bool = False) -> PlainLabel:
    """A visible label for `control`, linked to it (the label's mnemonic, if any, focuses it)."""
    label = PlainLabel(text)
    label.setBuddy(control)
    if muted:
        label.setObjectName("muted")
    control.setAccessibleName(text.replace("&", "").rstrip(": "))
    return label
