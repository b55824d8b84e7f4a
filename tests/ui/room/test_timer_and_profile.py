"""The card timer on both screens (a hand-moved clock, no sleeps) and the profile: the trust-cycle
choice stored, problem-solving notes, and the profile on the audience screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import TRUST_STAGES
from xsector_desktop.store import WorkshopStore
from xsector_desktop.ui.controllers.timer import DEFAULT_BOX, PRESET_BOXES

from ..conftest import unnamed_controls
from .conftest import Room, focused, visible_texts


def test_timer_counts_down_on_both_screens_and_cues_gently_at_the_end(
    qtbot: QtBot, room: Room
) -> None:
    walk, feature = room.window.walk, room.feature
    walk.go_to("charge")
    room.window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F5)  # presenting starts the timer
    console = feature.current.console_timer
    assert console is not None and unnamed_controls(console) == []
    room.clock.advance(72)
    feature.current.timer.tick()
    expected = f"{(DEFAULT_BOX - 72) // 60:02d}:{(DEFAULT_BOX - 72) % 60:02d}"
    assert console.pill.text() == expected == room.audience.timer.text()
    room.clock.advance(DEFAULT_BOX)
    feature.current.timer.tick()
    assert room.audience.timer.phase == "over" == console.pill.phase
    assert "time's up" in room.audience.timer.text()
    assert QApplication.activeModalWidget() is None  # never a dialog


def test_t_sets_the_time_box_in_one_keystroke_and_shift_t_pauses(qtbot: QtBot, room: Room) -> None:
    feature = room.feature
    room.window.walk.go_to("results")
    room.window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_T)
    following = next(p for p in PRESET_BOXES if p > DEFAULT_BOX)
    assert feature.current.timer.box("results") == following
    assert room.window.session.store.settings()["time_boxes"]["results"] == following
    assert not feature.current.timer.running
    qtbot.keyClick(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    assert feature.current.timer.running
    qtbot.keyClick(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    assert not feature.current.timer.running


def test_time_spent_per_card_is_in_the_file_after_closing(qtbot: QtBot, room: Room) -> None:
    walk = room.window.walk
    walk.go_to("results")
    room.window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F5)
    room.clock.advance(95)
    qtbot.keyClick(room.audience, Qt.Key.Key_PageDown)
    assert walk.current == "charge"
    room.clock.advance(40)
    room.window.close_workshop(to_start=False)  # nothing lost on close
    store = WorkshopStore.open(room.path)
    try:
        assert store.card_times() == {"results": 95, "charge": 40}
    finally:
        store.close()


def test_p_opens_the_profile_and_the_trust_override_is_stored(qtbot: QtBot, room: Room) -> None:
    room.window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_P)
    page = room.feature.current.profile_page
    assert page is not None and room.window.pages.currentWidget() is page
    assert unnamed_controls(page) == []
    trust = room.feature.current.profile.trust()
    other = next(s for s in TRUST_STAGES if s != trust.suggested)
    with qtbot.waitSignal(page.refreshed):
        qtbot.keyClick(focused(), str(TRUST_STAGES.index(other) + 1))
    assert page.stage_buttons[other].isChecked()
    stored = room.window.session.store.trust_reading()
    assert stored is not None and (stored.suggested, stored.chosen) == (trust.suggested, other)
    assert "suggested" in page.suggestion.text() and page.cycle.chosen == other
    # Undo takes the choice back, as every action can be undone.
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert room.window.session.store.trust_reading() is None
    qtbot.keyClick(focused(), Qt.Key.Key_P)
    assert room.window.pages.currentWidget() is room.window.walk_page


def test_problem_solving_notes_typed_on_the_profile(qtbot: QtBot, room: Room) -> None:
    room.window.walk.go_to("structure")
    room.window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_P)
    notes = room.feature.current.profile_page.notes
    assert notes.card.currentData() == "structure"  # the card the meeting is on
    notes.stage.setCurrentIndex(notes.stage.findData("interpreting"))
    notes.text.setFocus()
    qtbot.keyClicks(notes.text, "Accountability is the worry, not informality")
    qtbot.keyClick(notes.text, Qt.Key.Key_Return)
    stored = room.window.session.store.notes()[-1]
    assert (stored.card, stored.cycle_stage, stored.text) == (
        "structure",
        "interpreting",
        "Accountability is the worry, not informality",
    )
    assert "Accountability is the worry" in notes.listing.text()
    assert notes.text.text() == ""


def test_the_profile_on_the_audience_screen_has_no_names_and_no_notes(
    qtbot: QtBot, room: Room
) -> None:
    room.window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F5)
    qtbot.keyClick(room.audience, Qt.Key.Key_P)
    assert room.audience.view == "profile"
    assert room.window.pages.currentWidget() is room.feature.current.profile_page
    page = room.audience.profile_page
    texts = " | ".join(visible_texts(room.audience))
    for card in room.window.session.deck.cards:
        assert card.title in texts
    for person in room.window.walk.participants():
        assert person.name not in texts
    for note in room.window.session.store.notes():
        assert note.text not in texts
    assert page.cycle.suggested in TRUST_STAGES
    assert room.audience.timer.isHidden()  # no card is being timed on the profile


def test_s_on_the_console_docks_the_sector_view_the_room_would_see(
    qtbot: QtBot, room: Room
) -> None:
    room.window.walk.go_to("authority")
    room.window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_S)
    dock = room.feature.current.sector_dock
    assert dock is not None and dock.isVisible()
    assert dock.view.view is not None and all(g.n >= 3 for g in dock.view.view.groups)
    qtbot.keyClick(focused(), Qt.Key.Key_S)
    assert not dock.isVisible()
    assert unnamed_controls(room.window.walk_page) == []


def test_a_read_only_workshop_can_be_presented_but_writes_nothing(qtbot: QtBot, room: Room) -> None:
    window = room.window
    path = room.path
    window.close_workshop(to_start=False)
    assert window.open_path(path, read_only=True)
    window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_T)
    qtbot.keyClick(focused(), Qt.Key.Key_F5)
    assert room.feature.current.presenting.presenting
    room.clock.advance(30)
    qtbot.keyClick(room.audience, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(room.audience, Qt.Key.Key_P)
    qtbot.keyClick(room.audience, Qt.Key.Key_2)
    page = room.feature.current.profile_page
    assert not any(b.isEnabled() for b in page.stage_buttons.values())
    window.close_workshop(to_start=False)
    store = WorkshopStore.open(path)
    try:
        assert store.card_times() == {} and store.trust_reading() is None
        assert "time_boxes" not in store.settings()
        assert "audience_text_scale" not in store.settings()
    finally:
        store.close()
