"""One list of keys (ui/shortcuts.py): what the window binds is what F1 shows, and nothing else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from xsector_desktop.ui import shortcuts
from xsector_desktop.ui.main_window import MainWindow


def _bound(window: MainWindow) -> set[str]:
    """Every key sequence the main window and its pages answer to."""
    found: set[str] = set()
    for action in window.findChildren(QAction):
        found |= {k.toString() for k in action.shortcuts()}
    for page in (window.walk_page, window.room.current.profile_page):
        if page is not None:
            for action in page.actions():
                found |= {k.toString() for k in action.shortcuts()}
    if window.walk_page is not None:
        for shortcut in window.walk_page.findChildren(QShortcut):
            found.add(shortcut.key().toString())
    return found - {""}


def test_every_key_bound_is_in_the_list_and_every_listed_key_is_bound(
    window: MainWindow, sample_file: Path
) -> None:
    window.open_path(sample_file)
    listed = {
        QKeySequence(k).toString(): name
        for name, entry in shortcuts.SHORTCUTS.items()
        for k in entry.keys
    }
    bound = _bound(window)
    assert bound - set(listed) == set()  # no key defined outside the list
    # Every entry is bound (digits only as far as the 5-point scale goes).
    unbound = {
        name
        for name in shortcuts.SHORTCUTS
        if not any(QKeySequence(k).toString() in bound for k in shortcuts.SHORTCUTS[name].keys)
    }
    assert unbound == set()
    for digit in "12345":
        assert digit in bound and f"Alt+{digit}" in bound


def test_f1_shows_every_entry_of_the_list(
    qtbot: QtBot, window: MainWindow, sample_file: Path
) -> None:
    window.open_path(sample_file)
    assert window.walk_page is not None
    qtbot.keyClick(window.walk_page.agenda, Qt.Key.Key_F1)
    assert window.help.isVisible()
    texts = [label.text() for label in window.help.findChildren(QLabel)]
    for keys, what in shortcuts.help_rows():
        assert keys in texts and what in texts
    for was_missing in ("Ctrl+E", "B or .", "P", "N", "Ctrl+O"):  # once left out of F1
        assert was_missing in texts
    card = window.help.findChild(QLabel).parentWidget()
    assert card.sizeHint().height() <= 660  # the whole list fits a 720-pixel screen
    assert card.sizeHint().width() <= 1260
