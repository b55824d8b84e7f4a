"""Numbers on screen in the interface's language: "0,82" in Spanish, "0.82" in English.

The interface's language becomes Qt's default locale where its translations are installed
(ui/translations.py), so every QLocale() and every widget without a locale of its own (the
settings' spin boxes) writes numbers as the words around them are written. The printed outputs
and `xsector signals` follow the deck's language instead (report/language.py); files, CSV and
JSON always use a point.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from xsector_desktop.core import numbers


def decimal(value: float, digits: int = 2, *, signed: bool = False) -> str:
    """value with `digits` decimals and the interface's decimal mark; see core/numbers.py."""
    return numbers.decimal(value, digits, signed=signed, separator=QLocale().decimalPoint())


def percent(share: float) -> str:
    """A share as a whole percentage: "46%", or "46 %" in Spanish, whose catalogue puts a
    no-break space before the sign so that a wrapped line never starts with "%"."""
    return QCoreApplication.translate("numbers", "{n}%").format(n=decimal(share * 100, 0))
