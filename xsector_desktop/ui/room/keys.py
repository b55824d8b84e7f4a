"""The presenting keys, listed for the help overlay (F1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

# A literal context in each call: tr() on the `context` object would look under its class,
# which pyside6-lupdate cannot see.
translate = QCoreApplication.translate


def room_shortcut_rows(context: QObject) -> list[tuple[str, str]]:
    """The presenting keys, for the help overlay."""
    return [
        ("F5", translate("shortcuts", "Present to the room (again: stop)")),
        (
            "Esc",
            translate(
                "shortcuts", "Back to the card (sector view, profile); on the card, stop presenting"
            ),
        ),
        (
            "B or .",
            translate("shortcuts", "Blank the audience screen to black; any key brings it back"),
        ),
        ("W", translate("shortcuts", "Blank the audience screen to white")),
        ("Shift+F5", translate("shortcuts", "Move the audience to the next screen")),
        (
            "Ctrl+plus / Ctrl+minus",
            translate("shortcuts", "Larger / smaller text on the audience screen"),
        ),
        ("T", translate("shortcuts", "Time box for this card: 3, 5, 10 minutes")),
        ("Shift+T", translate("shortcuts", "Start or pause the card timer")),
        ("S", translate("shortcuts", "Votes by sector and role (revealed cards)")),
        ("P", translate("shortcuts", "Partnership profile and trust cycle")),
        ("H", translate("shortcuts", "Hide or show the control strip (one screen)")),
    ]
