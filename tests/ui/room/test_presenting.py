"""Presenting with one screen and with two (a virtual second screen), blanking, screens coming and
going, and what the audience window shows: never a name, never an individual vote."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from xsector_desktop.core.snapshot import breakdown
from xsector_desktop.store.snapshot_io import load_snapshot

from ..conftest import unnamed_controls
from .conftest import Room, focused, visible_texts


def start(qtbot: QtBot, room: Room) -> None:
    page = room.window.walk_page
    assert page is not None
    page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F5)
    assert room.feature.current.presenting.presenting
    qtbot.waitUntil(lambda: room.audience.isVisible())


def test_one_screen_fills_it_with_the_audience_and_shows_the_strip(
    qtbot: QtBot, room: Room
) -> None:
    start(qtbot, room)
    placement = room.feature.current.presenting.placement
    assert placement.mode == "one-screen"
    presenter = room.feature.current.presenter
    assert presenter.strip is not None and presenter.strip.isVisible()
    assert unnamed_controls(presenter.strip) == []
    # With one screen the keyboard is the audience window's: H hides the strip, Esc stops.
    qtbot.keyClick(room.audience, Qt.Key.Key_H)
    assert not presenter.strip.isVisible()
    qtbot.keyClick(room.audience, Qt.Key.Key_Escape)
    assert not room.feature.current.presenting.presenting
    assert presenter.audience is None


def test_two_screens_put_the_audience_on_the_projector_and_keep_the_console(
    qtbot: QtBot, room: Room
) -> None:
    projector = room.screens.plug_projector()
    start(qtbot, room)
    placement = room.feature.current.presenting.placement
    assert placement.mode == "two-screens" and placement.audience == projector
    assert room.audience.geometry() == QRect(projector.x, projector.y, 1024, 768)
    assert (
        room.feature.current.presenter.strip is None
        or not room.feature.current.presenter.strip.isVisible()
    )
    # The console keeps working: Esc on the walk-through stops presenting.
    room.window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not room.feature.current.presenting.presenting


def test_a_projector_plugged_in_and_out_during_the_meeting(qtbot: QtBot, room: Room) -> None:
    start(qtbot, room)
    assert room.feature.current.presenting.placement.mode == "one-screen"
    projector = room.screens.plug_projector()
    room.feature.current.presenter.screens_changed()  # what QGuiApplication.screenAdded calls
    assert room.feature.current.presenting.placement.audience == projector
    assert room.audience.geometry().topLeft().x() == projector.x
    room.screens.extra = []
    room.feature.current.presenter.screens_changed()  # screenRemoved
    assert room.feature.current.presenting.presenting
    assert room.feature.current.presenting.placement.mode == "one-screen"


def test_b_blanks_and_any_key_brings_the_picture_back(qtbot: QtBot, room: Room) -> None:
    room.screens.plug_projector()
    start(qtbot, room)
    room.window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_B)
    assert room.audience.blanked
    current = room.window.walk.current
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown)  # only wakes the screen, does not move on
    assert not room.audience.blanked
    assert room.window.walk.current == current
    # On the audience window itself too (one screen: the keyboard is there).
    qtbot.keyClick(room.audience, Qt.Key.Key_Period)
    assert room.audience.blanked
    qtbot.keyClick(room.audience, Qt.Key.Key_X)
    assert not room.audience.blanked


def test_hidden_round_shows_who_has_voted_by_count_only(qtbot: QtBot, room: Room) -> None:
    walk = room.window.walk
    walk.go_to("structure")
    walk.new_round()
    people = walk.participants()
    for person, value in zip(people[:14], [5, 1, 4, 2, 3, 5, 1, 4, 2, 3, 5, 1, 4, 2], strict=True):
        walk.vote(person.id, value)
    start(qtbot, room)
    page = room.audience.card_page
    assert page.title.text() == "STRUCTURE"
    assert page.voted.text() == f"14 of {len(people)} have voted"
    assert not page.chart.isVisible() and not page.badge.isVisible()
    texts = " | ".join(visible_texts(room.audience))
    for person in people:
        assert person.name not in texts
        assert person.name.split()[0] not in texts
    assert room.audience.card_page.chart.counts() == {}  # nothing of the hidden votes


def test_after_reveal_the_distribution_and_level_in_words_and_shape(
    qtbot: QtBot, room: Room
) -> None:
    walk = room.window.walk
    walk.go_to("authority")
    start(qtbot, room)
    page = room.audience.card_page
    assert page.chart.isVisible() and page.badge.isVisible()
    revealed = walk.round_summaries()[-1]
    assert page.chart.counts() == revealed.distribution
    level = walk.signals.latest("authority").level
    assert page.level_word.text() == level.upper() and page.level_shape.level == level
    assert page.reasons.text()
    texts = " | ".join(visible_texts(room.audience))
    for person in walk.participants():
        assert person.name not in texts


def test_sector_view_never_shows_a_group_under_three(qtbot: QtBot, room: Room) -> None:
    walk = room.window.walk
    start(qtbot, room)
    snapshot = load_snapshot(walk.session.store)
    for card in walk.card_keys:
        walk.go_to(card)
        if room.feature.current.presenting.view != "sector":
            qtbot.keyClick(room.audience, Qt.Key.Key_S)
        assert room.audience.view == "sector"
        number = walk.current_round().number
        whole = breakdown(snapshot, card, number, 1)  # every group, however small
        small = {g.key for g in whole.groups if g.n < 3}
        view = room.audience.sector_page.view
        shown = {label.text() for label in view.findChildren(QLabel) if label.isVisibleTo(view)}
        for group in view.view.groups:
            assert group.n >= 3
        from xsector_desktop.ui import words

        for key in small:
            assert words.sector(key) not in shown and words.role(key) not in shown
        counts = [t for t in shown if t.endswith(" voters")]
        assert counts and all(int(t.split()[0]) >= 3 for t in counts)


def test_text_scales_with_the_screen(qtbot: QtBot, room: Room) -> None:
    from xsector_desktop.ui.controllers.presenting import audience_card
    from xsector_desktop.ui.room.audience_window import AudienceWindow

    walk = room.window.walk
    walk.go_to("authority")
    audience = AudienceWindow(walk.session.scale)
    qtbot.addWidget(audience)
    audience.show_card(audience_card(walk))
    audience.resize(1024, 768)
    audience.show()
    qtbot.waitExposed(audience)
    small = audience.card_page.title.font().pixelSize()
    audience.resize(1920, 1080)
    qtbot.waitUntil(lambda: audience.width() == 1920)
    large = audience.card_page.title.font().pixelSize()
    assert large > small
    # The title is the largest text on the screen, at every size.
    for width, height in ((1024, 768), (1920, 1080)):
        audience.resize(width, height)
        qtbot.waitUntil(lambda w=width: audience.width() == w)
        title = audience.card_page.title.font().pixelSize()
        others = [
            label.font().pixelSize()
            for label in audience.findChildren(QLabel)
            if label is not audience.card_page.title and label.isVisibleTo(audience)
        ]
        assert max(others) < title


def test_ctrl_plus_and_minus_change_the_rooms_text_and_are_kept(qtbot: QtBot, room: Room) -> None:
    room.window.walk.go_to("authority")
    start(qtbot, room)
    audience = room.audience
    qtbot.waitUntil(lambda: audience.isVisible())
    before = audience.card_page.title.font().pixelSize()
    qtbot.keyClick(audience, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert audience.card_page.title.font().pixelSize() > before
    stored = room.window.session.store.settings()["audience_text_scale"]
    assert stored == room.feature.current.presenting.text_scale > 1.0
    # From the console too, and the size is kept for the next time.
    room.window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert audience.card_page.title.font().pixelSize() < before
    assert room.window.session.store.settings()["audience_text_scale"] < 1.0
    assert QApplication.activeModalWidget() is None
