"""The main window's hooks: Ctrl+E, Ctrl+P and Ctrl+B open their dialogs; a ballot undoes from
the window's own Edit menu; closing the workshop closes the dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from xsector_desktop.core.snapshot import ballot_code
from xsector_desktop.ui.main_window import MainWindow


def test_shortcuts_need_an_open_workshop(window: MainWindow) -> None:
    printing = window.printing
    assert not printing.export_action.isEnabled() and not printing.ballots_action.isEnabled()
    assert printing.show_export() is None and printing.show_ballot_entry() is None


def test_export_print_and_ballots_from_the_main_window(
    qtbot: QtBot, window: MainWindow, sample_file: Path, tmp_path: Path
) -> None:
    window.printing.choose_folder = lambda _start: tmp_path
    assert window.open_path(sample_file)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.printing.export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.printing.export_dialog is dialog and dialog.isVisible()
    assert dialog.focusWidget() is dialog.choices.rows["pdf"].preview  # Enter previews, then Print
    dialog.close()

    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    entry = window.printing.ballot_dialog
    assert entry is not None and entry.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.code)
    assert window.session is not None
    person = window.session.store.participants()[0]
    qtbot.keyClicks(entry.code, ballot_code(window.session.info, person.id))
    qtbot.keyClick(entry.code, Qt.Key.Key_Return)
    qtbot.keyClicks(entry.sheet, "5555155555155")
    qtbot.keyClick(entry.sheet, Qt.Key.Key_Return)
    paper = [v for v in window.session.store.votes() if v.source == "paper"]
    assert len(paper) == 11
    assert window.undo_action.text().startswith("&Undo Enter paper ballot P")
    window.undo_action.trigger()
    assert [v for v in window.session.store.votes() if v.source == "paper"] == []

    window.close_workshop()
    assert window.printing.ballot_dialog is None and window.printing.export_dialog is None
