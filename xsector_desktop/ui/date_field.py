"""A date field that Tab leaves, like every other field of a form."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class DateField(QDateEdit):
    """QDateEdit takes Tab to step from day to month to year, so what the facilitator typed
    next (the place) went into the date and was lost. Here Tab moves to the next field; the
    left and right arrows still move between the date's parts."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
