"""Text from a person or a file, shown as text: never as markup, never reordered.

Qt guesses whether a label's or a tooltip's text is rich text (``Qt::mightBeRichText``), so a
partnership named ``<img src="/home/ana/photo.png">`` would show that photo, and one named
``<img src="x" width="100000" height="100000"/>`` would ask for a picture larger than any screen.
Every label in the app is a :class:`PlainLabel`; tooltips, buttons and message boxes go through
the helpers below. All of them take out Unicode's bidirectional controls
(core.text.without_bidi_controls); docs/security.md explains both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from xsector_desktop.core.text import isolated, without_bidi_controls

if TYPE_CHECKING:
    # Only named in a signature: importing QMessageBox builds its enums, which the first
    # screen does not need (the "Measured" section of the README).
    from PySide6.QtWidgets import QMessageBox

__all__ = ["PlainLabel", "button_text", "escaped", "isolated", "plain_message", "tooltip"]


class PlainLabel(QLabel):
    """A QLabel that always shows its text as plain text, bidirectional controls taken out."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text:
            self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(without_bidi_controls(text))


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is (Qt would render one that looks like HTML)."""
    clean = without_bidi_controls(text)
    if "<" not in clean and "&" not in clean:  # nothing Qt could take for markup
        return clean
    return f"<p style='white-space:pre-wrap'>{escaped(clean)}</p>"


def escaped(text: str) -> str:
    """``text`` as the content of an HTML element: the three characters that start markup or an
    entity are written as entities (quotes need none outside an attribute). The ``html`` module
    would do the same, but loading its entity table costs every start-up."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def button_text(text: str) -> str:
    """Text for a button or a menu entry: a typed '&' is shown, not taken as a shortcut key."""
    return without_bidi_controls(text).replace("&", "&&")


def plain_message(box: QMessageBox, text: str) -> QMessageBox:
    """Put ``text`` in a message box as plain text."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(without_bidi_controls(text))
    return box
