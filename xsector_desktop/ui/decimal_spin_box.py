"""A spin box for a small decimal that takes a typed point or comma as the decimal mark.

Only the settings dialog uses it, and that dialog is built when it is opened, so this module
(and the spin box types it makes PySide6 build) stays out of start-up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDoubleSpinBox


class DecimalSpinBox(QDoubleSpinBox):
    """A spin box for a small decimal (a threshold) that takes either mark as the decimal one.

    In Spanish a typed "." is the thousands separator, so Qt would refuse it without a word and
    the digits after it with it: "0.45" typed on an English keyboard left 0. These values never
    need a thousands separator, so a point or a comma typed is the locale's decimal mark.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mark = self.locale().decimalPoint()
        if event.text() in (".", ",") and event.text() != mark:
            key = Qt.Key.Key_Comma if mark == "," else Qt.Key.Key_Period
            event = QKeyEvent(
                event.type(), key, event.modifiers(), mark, event.isAutoRepeat(), event.count()
            )
        super().keyPressEvent(event)
