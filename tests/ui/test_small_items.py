"""The small things a facilitator trips over: Recent after New, Tab in the date, the export
folder, the read-only second window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from xsector_desktop.ui.dialogs import NewWorkshop, NewWorkshopDialog
from xsector_desktop.ui.main_window import MainWindow

from .accessible_tree import accessible_problems
from .conftest import ScriptedAsker, make_window


def test_a_workshop_made_with_new_is_in_recent(
    window: MainWindow, asker: ScriptedAsker, new_workshop: NewWorkshop
) -> None:
    asker.new_answers.append(new_workshop)
    window.new_workshop()
    assert window.session is not None and window.session.path is not None
    assert window.recent.paths()[0] == window.session.path
    path = window.session.path
    window.close_workshop()  # back to the start screen, which lists it
    shown = [
        window.start.recent.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(window.start.recent.count())
    ]
    assert shown[0] == str(path)


def test_tab_leaves_the_date_and_the_place_typed_next_is_kept(qtbot: QtBot) -> None:
    dialog = NewWorkshopDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.partnership.setFocus()
    qtbot.keyClicks(dialog.partnership, "Rivers")
    qtbot.keyClick(dialog.partnership, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.date
    before = dialog.date.date()
    qtbot.keyClick(dialog.date, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.place  # not the date's month
    qtbot.keyClicks(dialog.focusWidget(), "Library")
    assert dialog.info().place == "Library"
    assert dialog.date.date() == before
    qtbot.keyClick(dialog.place, Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is dialog.date
    qtbot.keyClick(dialog.date, Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is dialog.partnership
    assert accessible_problems(dialog) == []  # every field read by its label


def test_export_starts_in_the_workshops_folder(
    window: MainWindow, sample_file: Path, settings: QSettings, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "another-workshops-exports"
    elsewhere.mkdir()
    settings.setValue("export/folder", str(elsewhere))  # used last for another workshop
    window.open_path(sample_file)
    dialog = window.printing.show_export()
    assert dialog is not None
    assert Path(dialog.choices.folder.text()) == sample_file.parent
    dialog.close()


def test_the_read_only_window_steps_aside_and_cannot_present(
    qtbot: QtBot, window: MainWindow, settings: QSettings, sample_file: Path, tmp_path: Path
) -> None:
    window.resize(1000, 600)
    window.move(20, 20)
    window.open_path(sample_file)
    first = window.geometry()
    settings.setValue("geometry", window.saveGeometry())
    second, asker = make_window(qtbot, settings, tmp_path)
    second.restoreGeometry(settings.value("geometry"))
    asker.error_answers.append("read-only")  # the file is in use: look at it read-only
    assert second.open_path(sample_file)
    assert second.session is not None and second.session.read_only
    assert second.geometry() != first
    assert second.geometry().topLeft() != first.topLeft()
    assert not second.room.present_menu.present_action.isEnabled()
    assert second.room.current.present_button is not None
    assert not second.room.current.present_button.isEnabled()
    second.room.current.toggle_presenting()
    assert not second.room.current.presenting.presenting
    assert window.room.present_menu.present_action.isEnabled()  # the working window can
    second.close()
    assert settings.value("geometry") == window.saveGeometry()  # its place is not remembered
