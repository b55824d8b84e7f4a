"""Taking a widget off the screen now, and out of memory at the next turn of the event loop."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def discard(widget: QWidget) -> None:
    # deleteLater alone leaves the widget painted until the loop runs again: a grab() or a
    # synchronous repaint in between would show the old card under the new one.
    widget.hide()
    widget.deleteLater()
