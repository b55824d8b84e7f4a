"""The presenting keys, listed for the help overlay (F1)."""

from __future__ import annotations

from PySide6.QtCore import QObject


def room_shortcut_rows(context: QObject) -> list[tuple[str, str]]:
    """The presenting keys, for the help overlay."""
    tr = context.tr
    return [
        ("F5", tr("Present to the room (again: stop)")),
        ("Esc", tr("Back to the card (sector view, profile); on the card, stop presenting")),
        ("B or .", tr("Blank the audience screen to black; any key brings it back")),
        ("W", tr("Blank the audience screen to white")),
        ("Shift+F5", tr("Move the audience to the next screen")),
        ("Ctrl+plus / Ctrl+minus", tr("Larger / smaller text on the audience screen")),
        ("T", tr("Time box for this card: 3, 5, 10 minutes")),
        ("Shift+T", tr("Start or pause the card timer")),
        ("S", tr("Votes by sector and role (revealed cards)")),
        ("P", tr("Partnership profile and trust cycle")),
        ("H", tr("Hide or show the control strip (one screen)")),
    ]
