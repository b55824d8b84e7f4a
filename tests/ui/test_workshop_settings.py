"""Workshop > Settings…, driven offscreen: thresholds, privacy protection, read-only, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.core.signal_settings import THRESHOLDS_KEY
from xsector_desktop.core.snapshot import breakdown, min_group_size
from xsector_desktop.store import WorkshopStore
from xsector_desktop.store.snapshot_io import load_snapshot
from xsector_desktop.ui.controllers.workshop_settings import WorkshopSettingsController
from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.settings_dialog import SettingsDialog
from xsector_desktop.ui.views.agenda import LEVEL_ROLE

from .conftest import unnamed_controls

# Results, round 1, revealed: consensus about 0.56 (watch by default, calm below 0.55), and a
# business sector of two voters far from government: hidden unless protection is off.
VOTERS = (
    ("Gina", "government", "doer", 4),
    ("Gus", "government", "doer", 4),
    ("Gwen", "government", "doer", 5),
    ("Bea", "business", "decision-maker", 2),
    ("Bob", "business", "decision-maker", 2),
    ("Cal", "community", "doer", 4),
)


@pytest.fixture
def small_sectors(tmp_path: Path) -> Path:
    path = tmp_path / "eastside.xsector"
    with WorkshopStore.create(path, WorkshopInfo("Eastside", date="2026-03-12")) as store:
        people = store.add_participants(
            [{"name": n, "sector": s, "role": r} for n, s, r, _ in VOTERS]
        ).record
        store.open_round("results")
        for person, (*_, value) in zip(people, VOTERS, strict=True):
            store.cast_vote(person.id, "results", 1, value)
        store.reveal("results", 1)
    return path


def _opened_dialog(window: MainWindow) -> SettingsDialog:
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.finished):
        button.click()


def _agenda_level(window: MainWindow, card: str) -> object:
    page = window.walk_page
    assert page is not None
    return page.agenda_model.index_of(card).data(LEVEL_ROLE)


def test_a_lower_consensus_threshold_calms_the_card_at_once_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow, small_sectors: Path
) -> None:
    assert window.open_path(small_sectors)
    page = window.walk_page
    assert page is not None and window.walk is not None and window.walk.current == "results"
    assert page.signal_panel.level == "watch" and _agenda_level(window, "results") == "watch"

    dialog = _opened_dialog(window)
    assert dialog.spins["consensus_watch"].value() == pytest.approx(0.7)
    dialog.spins["consensus_watch"].setValue(0.55)
    _ok(qtbot, dialog)

    assert page.signal_panel.level == "calm" and _agenda_level(window, "results") == "calm"
    assert window.session is not None
    assert window.session.store.settings()[THRESHOLDS_KEY] == {"consensus_watch": 0.55}
    window.undo_stack.undo()
    assert page.signal_panel.level == "watch" and _agenda_level(window, "results") == "watch"
    assert THRESHOLDS_KEY not in window.session.store.settings()


def test_turning_protection_off_asks_first_then_shows_the_two_person_sector(
    qtbot: QtBot, window: MainWindow, small_sectors: Path
) -> None:
    assert window.open_path(small_sectors)
    session = window.session
    assert session is not None
    asked: list[str] = []
    answers = [False, True]

    def confirm(_title: str, question: str) -> bool:
        asked.append(question)
        return answers.pop(0)

    def business_in_breakdown() -> bool:
        snapshot = load_snapshot(session.store)
        found = breakdown(snapshot, "results", 1, min_group_size(snapshot.info))
        return any(g.kind == "sector" and g.key == "business" for g in found.groups)

    dialog = SettingsDialog(WorkshopSettingsController(session, window.run), window, confirm)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.protect.setChecked(False)
    dialog.accept()  # answered "no": nothing changes and the dialog stays open
    assert "Groups of 2 will be shown on the projector and in the PDF" in asked[0]
    assert dialog.isVisible() and dialog.protect.isChecked()
    assert session.store.info().privacy_protection and not business_in_breakdown()

    dialog.protect.setChecked(False)
    _ok(qtbot, dialog)
    assert len(asked) == 2 and not session.store.info().privacy_protection
    assert business_in_breakdown()
    view = window.room.current.ensure_profile().sector_view("results")
    assert view is not None and [g.n for g in view.of("sector") if g.key == "business"] == [2]

    window.undo_stack.undo()
    assert session.store.info().privacy_protection and not business_in_breakdown()


def test_settings_that_cannot_apply_say_why_and_keep_the_dialog_open(
    window: MainWindow, small_sectors: Path
) -> None:
    assert window.open_path(small_sectors)
    dialog = _opened_dialog(window)
    dialog.spins["consensus_storming"].setValue(0.9)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "consensus" in dialog.message.text()
    dialog.restore_defaults()
    dialog.partnership.setText("")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.message.text()
    assert window.undo_stack.count() == 0
    dialog.reject()


def test_read_only_shows_the_settings_without_a_way_to_change_them(
    window: MainWindow, small_sectors: Path
) -> None:
    assert window.open_path(small_sectors, read_only=True)
    dialog = _opened_dialog(window)
    assert dialog.partnership.text() == "Eastside" and dialog.date.text() == "2026-03-12"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    assert not dialog.protect.isEnabled() and not dialog.spins["consensus_watch"].isEnabled()
    assert not dialog.restore.isEnabled()
    dialog.reject()


def test_every_control_has_a_name(window: MainWindow, small_sectors: Path) -> None:
    assert window.open_path(small_sectors)
    dialog = _opened_dialog(window)
    assert unnamed_controls(dialog) == []
    dialog.reject()


def test_a_rename_warns_that_printed_ballots_will_not_key_in(
    qtbot: QtBot, window: MainWindow, small_sectors: Path
) -> None:
    assert window.open_path(small_sectors)
    dialog = _opened_dialog(window)
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(title: str, question: str) -> bool:
        asked.append(question)
        return next(answers)

    dialog._confirm = confirm
    dialog.partnership.setText("Eastside Health Alliance")
    dialog.accept()  # answered No: nothing changes, the dialog stays
    assert window.session is not None
    assert window.session.store.info().partnership == "Eastside"
    assert dialog.isVisible() and "ballots" in asked[0].lower()
    _ok(qtbot, dialog)  # answered Yes
    assert window.session.store.info().partnership == "Eastside Health Alliance"
    assert len(asked) == 2
    assert window.windowTitle().startswith("Eastside Health Alliance")
