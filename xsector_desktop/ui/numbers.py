"""Numbers on screen in the interface's language: "0,82" in Spanish, "0.82" in English.

The interface's language becomes Qt's default locale where its translations are installed
(ui/translations.py), so every QLocale() and every widget without a locale of its own (the
settings' spin boxes) writes numbers as the words around them are written. The printed outputs
and `xsector signals` follow the deck's language instead (report/language.py); files, CSV and
JSON always use a point.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDoubleSpinBox

from xsector_desktop.core import numbers


def decimal(value: float, digits: int = 2, *, signed: bool = False) -> str:
    """value with `digits` decimals and the interface's decimal mark; see core/numbers.py."""
    return numbers.decimal(value, digits, signed=signed, separator=QLocale().decimalPoint())


def percent(share: float) -> str:
    """A share as a whole percentage: "46%", or "46 %" in Spanish, whose catalogue puts a
    no-break space before the sign so that a wrapped line never starts with "%"."""
    return QCoreApplication.translate("numbers", "{n}%").format(n=decimal(share * 100, 0))


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
