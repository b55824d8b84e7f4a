"""Every key of the main window, defined once: the menus and the walk-through bind their keys
from this list, and the help overlay (F1) is built from it, so the two cannot drift apart.

tests/ui/test_shortcuts.py checks both ways: every key bound in the window is in this list, and
every entry here is bound.
"""

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence


class Shortcut(NamedTuple):
    """One command's keys and its line in the F1 help."""

    keys: tuple[str, ...]  # in QKeySequence's portable text
    help: str  # the help overlay's line (translated through QCoreApplication, context "keys")
    # How the help writes the keys, when a list of them would be clumsy (translated in "keys" too:
    # key names are words, "Av Pág" in Spanish).
    shown: str = ""


DIGITS = tuple(str(d) for d in (1, 2, 3, 4, 5, 6, 7, 8, 9, 0))

# In the order the help lists them: the walk-through first, then the menus' order.
SHORTCUTS: dict[str, Shortcut] = {
    "pick": Shortcut(
        ("Left", "Right"), QT_TRANSLATE_NOOP("keys", "Previous / next person (chip)"), "← →"
    ),
    "vote": Shortcut(
        DIGITS,
        QT_TRANSLATE_NOOP("keys", "Vote that point for the picked person, then move on"),
        "1 … 9, 0",
    ),
    "hand-fewer": Shortcut(
        tuple(f"Alt+{d}" for d in DIGITS),
        QT_TRANSLATE_NOOP("keys", "Anonymous mode: one hand fewer on that point"),
        QT_TRANSLATE_NOOP("keys", "Alt + number"),
    ),
    "type-choice": Shortcut(
        ("C",), QT_TRANSLATE_NOOP("keys", "Cycle the type choice (cards with two or more types)")
    ),
    "reveal": Shortcut(("R",), QT_TRANSLATE_NOOP("keys", "Reveal the votes of this round")),
    "new-round": Shortcut(
        ("N",), QT_TRANSLATE_NOOP("keys", "New round on this card (after reveal)")
    ),
    "card": Shortcut(
        ("PgUp", "PgDown"),
        QT_TRANSLATE_NOOP("keys", "Previous / next card"),
        QT_TRANSLATE_NOOP("keys", "Page Up / Page Down"),
    ),
    "log": Shortcut(("Ctrl+L",), QT_TRANSLATE_NOOP("keys", "Write in the disagreement log")),
    "undo": Shortcut(("Ctrl+Z",), QT_TRANSLATE_NOOP("keys", "Undo")),
    "redo": Shortcut(("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("keys", "Redo")),
    "roster": Shortcut(("Ctrl+1",), QT_TRANSLATE_NOOP("keys", "The roster")),
    "walk-through": Shortcut(("Ctrl+2",), QT_TRANSLATE_NOOP("keys", "The walk-through")),
    "ballots": Shortcut(("Ctrl+B",), QT_TRANSLATE_NOOP("keys", "Enter paper ballots")),
    "new": Shortcut(("Ctrl+N",), QT_TRANSLATE_NOOP("keys", "New workshop")),
    "open": Shortcut(("Ctrl+O",), QT_TRANSLATE_NOOP("keys", "Open a workshop")),
    "save-copy": Shortcut(
        ("Ctrl+Shift+S",), QT_TRANSLATE_NOOP("keys", "Save a copy of the workshop")
    ),
    "export": Shortcut(
        ("Ctrl+E",), QT_TRANSLATE_NOOP("keys", "Export the profile, handouts, ballots, CSV, JSON")
    ),
    "print": Shortcut(("Ctrl+P",), QT_TRANSLATE_NOOP("keys", "Print (from a preview)")),
    "close": Shortcut(("Ctrl+Shift+W",), QT_TRANSLATE_NOOP("keys", "Close the workshop")),
    "quit": Shortcut(("Ctrl+Q",), QT_TRANSLATE_NOOP("keys", "Quit")),
    "present": Shortcut(("F5",), QT_TRANSLATE_NOOP("keys", "Present to the room (again: stop)")),
    "back-or-stop": Shortcut(
        ("Esc",),
        QT_TRANSLATE_NOOP(
            "keys", "Back to the card (sector view, profile); on the card, stop presenting"
        ),
    ),
    "blank": Shortcut(
        ("B", "."),
        QT_TRANSLATE_NOOP("keys", "Blank the audience screen to black; any key brings it back"),
    ),
    "white": Shortcut(("W",), QT_TRANSLATE_NOOP("keys", "Blank the audience screen to white")),
    "next-screen": Shortcut(
        ("Shift+F5",), QT_TRANSLATE_NOOP("keys", "Move the audience to the next screen")
    ),
    "larger": Shortcut(
        ("Ctrl++", "Ctrl+="), QT_TRANSLATE_NOOP("keys", "Larger text on the audience screen")
    ),
    "smaller": Shortcut(
        ("Ctrl+-",), QT_TRANSLATE_NOOP("keys", "Smaller text on the audience screen")
    ),
    "text-reset": Shortcut(
        ("Ctrl+0",), QT_TRANSLATE_NOOP("keys", "Text on the audience screen at 100%")
    ),
    "time-box": Shortcut(
        ("T",), QT_TRANSLATE_NOOP("keys", "Time box for this card: 3, 5, 10 minutes")
    ),
    "timer": Shortcut(("Shift+T",), QT_TRANSLATE_NOOP("keys", "Start or pause the card timer")),
    "sector": Shortcut(
        ("S",), QT_TRANSLATE_NOOP("keys", "Votes by sector and role (revealed cards)")
    ),
    "profile": Shortcut(("P",), QT_TRANSLATE_NOOP("keys", "Partnership profile and trust cycle")),
    "strip": Shortcut(
        ("H",), QT_TRANSLATE_NOOP("keys", "Hide or show the control strip (one screen)")
    ),
    "reconnect": Shortcut(
        ("Ctrl+Shift+R",),
        QT_TRANSLATE_NOOP("keys", "Reconnect the workshop when its drive is back (banner)"),
    ),
    "help": Shortcut(("F1", "?"), QT_TRANSLATE_NOOP("keys", "Show or hide this help")),
}


def keys(name: str) -> list[QKeySequence]:
    """The key sequences of one entry, for QAction.setShortcuts or QShortcut."""
    return [QKeySequence(k) for k in SHORTCUTS[name].keys]


def key(name: str, index: int = 0) -> QKeySequence:
    return QKeySequence(SHORTCUTS[name].keys[index])


def shown_keys(shortcut: Shortcut) -> str:
    if shortcut.shown:
        return QCoreApplication.translate("keys", shortcut.shown)
    texts = [
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in shortcut.keys
    ]
    return QCoreApplication.translate("keys", " or ").join(texts)


def help_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for the help overlay, in the list's order."""
    return [(shown_keys(s), QCoreApplication.translate("keys", s.help)) for s in SHORTCUTS.values()]
