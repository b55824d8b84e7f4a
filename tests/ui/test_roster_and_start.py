"""Roster page, start screen, store errors as dialogs, the crash handler."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore
from xsector_desktop.ui.crash import CrashHandler
from xsector_desktop.ui.dialogs import store_error_box
from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.views.log_panel import LogModel
from xsector_desktop.ui.views.roster_page import RosterModel

from .conftest import ScriptedAsker, make_window, unnamed_controls


def _empty(tmp_path: Path, name: str = "w", anonymous: bool = False) -> Path:
    path = tmp_path / f"{name}.xsector"
    WorkshopStore.create(path, WorkshopInfo(partnership=name.title(), anonymous=anonymous)).close()
    return path


def test_an_empty_workshop_opens_on_the_roster(window: MainWindow, tmp_path: Path) -> None:
    window.open_path(_empty(tmp_path))
    assert window.pages.currentWidget() is window.roster_page


def test_roster_edit_in_the_table_remove_with_delete_and_undo_each(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.open_path(_empty(tmp_path))
    page = window.roster_page
    assert page is not None
    for name in ("Ana", "Ben"):
        qtbot.keyClicks(page.name, name)
        qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert page.model.setData(page.model.index(0, 0), "Ana M.")
    assert page.model.index(0, 0).data() == "Ana M."
    page.table.setFocus()
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 1
    window.undo_action.trigger()
    assert page.model.rowCount() == 2
    window.undo_action.trigger()
    assert page.model.index(0, 0).data() == "Ana"
    window.undo_action.trigger()
    assert page.model.rowCount() == 1
    window.redo_action.trigger()
    assert page.model.rowCount() == 2


def test_a_duplicate_name_is_refused_with_the_store_s_words(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.open_path(_empty(tmp_path))
    page = window.roster_page
    assert page is not None
    for _ in range(2):
        qtbot.keyClicks(page.name, "Ana")
        qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    assert "already on the roster" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 1


def test_csv_import_all_or_nothing(
    window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    window.open_path(_empty(tmp_path))
    page = window.roster_page
    assert page is not None
    bad = tmp_path / "bad.csv"
    bad.write_text("name,sector,role\nAna,government,doer\nBen,,doer\n", encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text("name,sector,role\nAna,government,doer\nBen,Tenants union,\n", encoding="utf-8")
    asker.csv_answers += [bad, good]
    window.import_roster()
    assert page.model.rowCount() == 0 and "line 3" in page.message.text()
    window.import_roster()
    assert page.model.rowCount() == 2
    assert page.model.index(1, 1).data() == "Tenants union"
    window.undo_action.trigger()
    assert page.model.rowCount() == 0


def test_anonymous_mode_switches_the_voting_panel_to_tallies(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.open_path(_empty(tmp_path))
    page = window.roster_page
    assert page is not None and window.walk_page is not None
    page.anonymous.setFocus()
    qtbot.keyClick(page.anonymous, Qt.Key.Key_Space)
    assert window.session is not None and window.session.info.anonymous
    window.show_walkthrough()
    assert window.walk_page.voting.minus[3].isVisibleTo(window.walk_page)
    window.undo_action.trigger()
    assert not window.session.info.anonymous and not page.anonymous.isChecked()


def test_item_models_pass_the_model_tester(
    qtmodeltester,
    window: MainWindow,  # type: ignore[no-untyped-def]
    sample_file: Path,
) -> None:
    window.open_path(sample_file)
    assert window.walk is not None
    window.show_roster()
    qtmodeltester.check(window.roster_page.model)  # type: ignore[union-attr]
    window.walk.go_to("authority")
    qtmodeltester.check(window.walk_page.log_panel.model)  # type: ignore[union-attr]
    assert window.walk_page.log_panel.model.rowCount() == 2  # type: ignore[union-attr]
    qtmodeltester.check(LogModel())
    qtmodeltester.check(RosterModel(window.roster))


def test_log_add_toggle_and_undo(qtbot: QtBot, window: MainWindow, sample_file: Path) -> None:
    window.open_path(sample_file)
    assert window.walk is not None and window.walk_page is not None
    window.walk.go_to("charge")
    log = window.walk_page.log_panel
    log.kind.setCurrentIndex(log.kind.findData("parking-lot"))
    qtbot.keyClicks(log.text, "Who chairs the steering group?")
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    assert log.model.rowCount() == 1
    assert "Parking lot" in log.model.index(0, 0).data()
    log.list.setCurrentIndex(log.model.index(0, 0))
    qtbot.keyClick(log.list, Qt.Key.Key_Space)
    assert "resolved" in log.model.index(0, 0).data()
    window.undo_action.trigger()
    assert "resolved" not in log.model.index(0, 0).data()
    window.undo_action.trigger()
    assert log.model.rowCount() == 0


def test_reveal_and_new_round_are_undone_too(
    qtbot: QtBot, window: MainWindow, sample_file: Path
) -> None:
    window.open_path(sample_file)
    walk, page = window.walk, window.walk_page
    assert walk is not None and page is not None
    walk.go_to("results")
    qtbot.keyClick(page.agenda, Qt.Key.Key_N)
    assert [r.number for r in walk.rounds()] == [1, 2]
    window.undo_action.trigger()
    assert [(r.number, r.revealed) for r in walk.rounds()] == [(1, True)]
    window.undo_action.trigger()  # nothing of ours left to undo: the sample came revealed
    assert walk.rounds()[0].revealed


def test_recent_workshops_are_listed_and_reopened(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    first, second = _empty(tmp_path, "first"), _empty(tmp_path, "second")
    window, _ = make_window(qtbot, settings, tmp_path)
    assert window.start.recent_title.text() == "No recent workshops yet"  # not a bare heading
    window.open_path(first)
    window.open_path(second)
    window.close_workshop()
    assert [
        window.start.recent.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(window.start.recent.count())
    ] == [str(second), str(first)]
    assert window.start.recent_title.text() == "Recent workshops"
    window.start.recent.setCurrentRow(1)
    window.start.recent.itemActivated.emit(window.start.recent.item(1))
    assert window.session is not None and window.session.path == first
    window.close_workshop(to_start=False)


def _recent_in(settings: QSettings) -> list[str]:
    value = settings.value("recent", [])
    return [value] if isinstance(value, str) else [str(v) for v in value]


def test_the_recent_list_is_written_a_moment_after_opening_and_on_closing(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    first, second = _empty(tmp_path, "first"), _empty(tmp_path, "second")
    window, _ = make_window(qtbot, settings, tmp_path)
    window.recent_settings.timer.setInterval(10)  # the app waits a second; the test need not
    with qtbot.waitSignal(window.recent_settings.timer.timeout, timeout=5000):
        window.open_path(first)
        assert _recent_in(settings) == []  # not before the window has painted
    assert _recent_in(settings) == [str(first)]
    window.open_path(second)
    assert window.recent.paths() == [second, first]  # the start screen sees it at once
    window.close()
    assert _recent_in(settings) == [str(second), str(first)]
    assert settings.value("geometry") is not None


def test_a_window_that_does_not_remember_leaves_the_settings_as_they_were(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    settings.setValue("recent", [str(tmp_path / "earlier.xsector")])
    settings.sync()
    before = Path(settings.fileName()).read_bytes()
    window = MainWindow(settings, sample_folder=tmp_path / "samples", remember=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    workshop = _empty(tmp_path)
    window.open_path(workshop)
    assert window.recent.paths() == [workshop]  # this run still lists it
    window.close()
    settings.sync()
    assert Path(settings.fileName()).read_bytes() == before


def test_a_file_that_is_not_a_workshop_offers_another_file(
    window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    junk = tmp_path / "notes.xsector"
    junk.write_text("shopping list", encoding="utf-8")
    good = _empty(tmp_path)
    asker.error_answers.append("another")
    asker.open_answers.append(good)
    assert window.open_path(junk)
    assert "notes.xsector" in asker.messages[0] and asker.read_only_offered == [False]
    assert window.session is not None and window.session.path == good
    assert junk.read_text(encoding="utf-8") == "shopping list"


def test_a_workshop_open_elsewhere_is_offered_read_only(
    window: MainWindow, asker: ScriptedAsker, tmp_path: Path
) -> None:
    path = _empty(tmp_path)
    holder = WorkshopStore.open(path)
    try:
        asker.error_answers.append("read-only")
        assert window.open_path(path)
        assert asker.read_only_offered == [True]
        assert window.session is not None and window.session.read_only
        assert not window.roster_page.add_button.isEnabled()  # type: ignore[union-attr]
    finally:
        window.close_workshop(to_start=False)
        holder.close()


def test_the_store_error_dialog_says_what_can_be_done(qtbot: QtBot) -> None:
    box = store_error_box(None, "w.xsector: this file is in use. Close it there first.", True)
    qtbot.addWidget(box)
    labels = [b.text() for b in box.buttons()]
    assert "Open read-only" in labels and "Pick another file…" in labels
    box.buttons()[0].click()
    assert box.property("choice") == "read-only"


def test_the_crash_handler_logs_and_shows_a_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    handler = CrashHandler(tmp_path / "logs" / "crash.log")
    try:
        raise RuntimeError("the projector caught fire")
    except RuntimeError as error:
        handler(RuntimeError, error, error.__traceback__)
    assert handler.dialog is not None
    qtbot.addWidget(handler.dialog)
    assert "the projector caught fire" in handler.dialog.text()
    log = (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: the projector caught fire" in log


def test_read_only_walks_the_cards_but_changes_nothing(
    qtbot: QtBot, window: MainWindow, sample_file: Path
) -> None:
    assert window.open_path(sample_file, read_only=True)
    page, walk = window.walk_page, window.walk
    assert page is not None and walk is not None
    before = len(walk.votes("results", 1))
    qtbot.keyClick(page.agenda, Qt.Key.Key_Right)
    qtbot.keyClick(page.agenda, Qt.Key.Key_1)
    qtbot.keyClick(page.agenda, Qt.Key.Key_N)
    assert len(walk.votes("results", 1)) == before and len(walk.rounds("results")) == 1
    assert not page.voting.new_round_button.isEnabled()
    assert not any(b.isEnabled() for b in page.voting.points.values())
    assert "READ-ONLY" in page.heading.text()
    with qtbot.waitSignal(page.signals.moved):
        qtbot.keyClick(page.agenda, Qt.Key.Key_PageDown)
    assert walk.current == "charge"


def test_the_new_workshop_dialog_fills_in_the_workshop(qtbot: QtBot) -> None:
    from xsector_desktop.ui.dialogs import NewWorkshopDialog

    dialog = NewWorkshopDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.partnership, "Riverside Opportunity Partnership")
    qtbot.keyClicks(dialog.place, "Community Hall")
    dialog.scale.setCurrentIndex(dialog.scale.findData("fist5"))
    info = dialog.info()
    assert (info.partnership, info.place, info.scale) == (
        "Riverside Opportunity Partnership",
        "Community Hall",
        "fist5",
    )
    assert dialog.suggested_file_name() == "riverside-opportunity-partnership.xsector"


def test_an_other_sector_is_typed_in_the_facilitator_s_words(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from xsector_desktop.ui.views.roster_page import OTHER

    window.open_path(_empty(tmp_path))
    page = window.roster_page
    assert page is not None
    qtbot.keyClicks(page.name, "Tess")
    page.sector.setCurrentIndex(page.sector.findData(OTHER))
    assert page.other_sector.isVisibleTo(page)
    qtbot.keyClicks(page.other_sector, "Tenants' union")
    qtbot.keyClick(page.other_sector, Qt.Key.Key_Return)
    assert [(p.name, p.sector) for p in window.roster.participants()] == [
        ("Tess", "Tenants' union")
    ]


def test_every_roster_and_start_control_has_an_accessible_name(
    window: MainWindow, tmp_path: Path
) -> None:
    window.open_path(_empty(tmp_path))
    assert window.roster_page is not None
    assert unnamed_controls(window.roster_page) == []
    assert unnamed_controls(window.start) == []
