"""Blanking to black or white, Esc from every view of the room, the control strip kept above the
room's screen, and the console's live view of what the room sees."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from .conftest import Room, focused


def start(qtbot: QtBot, room: Room) -> None:
    room.window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F5)
    assert room.feature.current.presenting.presenting
    qtbot.waitUntil(lambda: room.audience.isVisible())


def share_of(widget: QWidget, colour: str) -> float:
    """The share of a 20x20 grid of the widget's pixels that are exactly `colour`."""
    image = widget.grab().toImage()
    wanted = QColor(colour)
    points = [
        (image.width() * (i + 0.5) / 20, image.height() * (j + 0.5) / 20)
        for i in range(20)
        for j in range(20)
    ]
    return sum(image.pixelColor(int(x), int(y)) == wanted for x, y in points) / len(points)


def test_b_blanks_the_room_to_black_and_w_to_white(qtbot: QtBot, room: Room) -> None:
    room.window.walk.go_to("authority")
    start(qtbot, room)
    audience = room.audience
    assert share_of(audience, "#000000") < 0.2  # the card: dark text on white
    qtbot.keyClick(audience, Qt.Key.Key_B)
    assert audience.blanked and audience.blank_colour == "black"
    assert share_of(audience, "#000000") == 1.0
    qtbot.keyClick(audience, Qt.Key.Key_X)  # any key brings the picture back
    assert not audience.blanked
    qtbot.keyClick(audience, Qt.Key.Key_W)
    assert audience.blanked and audience.blank_colour == "white"
    assert share_of(audience, "#ffffff") == 1.0
    qtbot.keyClick(audience, Qt.Key.Key_X)
    # B again is black again: the white rule does not stick.
    qtbot.keyClick(audience, Qt.Key.Key_B)
    assert share_of(audience, "#000000") == 1.0


def _room_keeps_the_screen(room: Room) -> None:
    """With one screen, the room's window fills it and is the active one: the console (names,
    votes) is behind it."""
    audience = room.audience
    assert room.feature.current.presenting.presenting
    assert audience.isVisible() and audience.isFullScreen()
    assert QApplication.activeWindow() is audience
    assert audience.geometry() == audience.screen().geometry()


def test_one_screen_esc_from_every_room_view_goes_back_to_the_card(
    qtbot: QtBot, room: Room
) -> None:
    walk = room.window.walk
    walk.go_to("authority")  # a revealed card: it has a sector view
    start(qtbot, room)
    audience = room.audience
    assert room.feature.current.presenting.placement.mode == "one-screen"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is audience)
    for key, view in ((Qt.Key.Key_S, "sector"), (Qt.Key.Key_P, "profile")):
        qtbot.keyClick(audience, key)
        assert audience.view == view
        _room_keeps_the_screen(room)
        qtbot.keyClick(audience, Qt.Key.Key_Escape)
        assert audience.view == "card" and room.feature.current.presenting.view == "card"
        _room_keeps_the_screen(room)
        assert room.window.pages.currentWidget() is room.window.walk_page
    # Blanked from a side view: the key only wakes the screen, Esc then goes back.
    qtbot.keyClick(audience, Qt.Key.Key_S)
    qtbot.keyClick(audience, Qt.Key.Key_B)
    qtbot.keyClick(audience, Qt.Key.Key_Escape)
    assert not audience.blanked and audience.view == "sector"
    qtbot.keyClick(audience, Qt.Key.Key_Escape)
    assert audience.view == "card"
    _room_keeps_the_screen(room)
    # On the card view, Esc ends presenting: the room's window goes, the console comes back.
    qtbot.keyClick(audience, Qt.Key.Key_Escape)
    assert not room.feature.current.presenting.presenting
    assert room.feature.current.presenter.audience is None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room.window)


def test_two_screens_esc_on_the_console_leaves_a_view_before_it_stops(
    qtbot: QtBot, room: Room
) -> None:
    room.screens.plug_projector()
    room.window.walk.go_to("authority")
    start(qtbot, room)
    audience = room.audience
    page = room.window.walk_page
    page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_S)
    assert audience.view == "sector"
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert audience.view == "card" and room.feature.current.presenting.presenting
    qtbot.keyClick(focused(), Qt.Key.Key_P)
    assert room.window.pages.currentWidget() is room.feature.current.profile_page
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert audience.view == "card" and room.feature.current.presenting.presenting
    assert room.window.pages.currentWidget() is page
    page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not room.feature.current.presenting.presenting


def test_the_control_strip_belongs_to_the_rooms_window(qtbot: QtBot, room: Room) -> None:
    start(qtbot, room)
    strip = room.feature.current.presenter.strip
    assert strip is not None and strip.isVisible()
    # Owned by the audience window, a tool window stays above it under a window manager.
    assert strip.windowHandle().transientParent() is room.audience.windowHandle()
    assert strip.windowFlags() & Qt.WindowType.Tool
    assert {"blank", "white", "stop"} <= set(strip.buttons)
    assert strip.geometry().intersects(room.audience.geometry())


def test_the_console_shows_what_the_room_sees_and_when_it_is_blanked(
    qtbot: QtBot, room: Room
) -> None:
    room.screens.plug_projector()
    walk = room.window.walk
    walk.go_to("structure")
    start(qtbot, room)
    monitor = room.feature.current.monitor
    assert monitor is not None and monitor.isVisible()
    qtbot.waitUntil(lambda: monitor.picture.pixmap is not None)
    assert monitor.picture.width() <= room.window.walk_page.left_panel.width()
    before = monitor.picture.pixmap.toImage()
    walk.new_round()  # the room now sees "Round 2 · voting…": so does the console
    qtbot.waitUntil(lambda: monitor.picture.pixmap.toImage() != before)
    room.window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_B)
    qtbot.waitUntil(lambda: monitor.blanked)
    picture = monitor.picture.grab().toImage()
    assert picture.pixelColor(3, 3) == QColor("#000000")
    assert monitor.accessibleDescription() == "Blanked"
    qtbot.keyClick(focused(), Qt.Key.Key_X)
    qtbot.waitUntil(lambda: not monitor.blanked)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not room.feature.current.presenting.presenting
    assert not monitor.isVisible()


def test_a_unanimous_strongly_disagree_says_the_type_does_not_fit(qtbot: QtBot, room: Room) -> None:
    walk = room.window.walk
    walk.go_to("results")
    walk.new_round()
    for person in walk.participants():
        walk.vote(person.id, 1)
    walk.reveal()
    latest = walk.signals.latest("results")
    assert latest is not None and latest.level == "calm"  # people agree with each other...
    # ...and every screen says which way: against the proposed type.
    panel = room.window.walk_page.signal_panel
    assert panel.stance.text() == "United: the proposed type does not fit us"
    assert "Broad agreement" not in panel.reasons.text()
    entry = next(e for e in walk.agenda() if e.key == "results")
    assert "does not fit" in room.window.walk_page.agenda_model.state_words(entry)
    start(qtbot, room)
    page = room.audience.card_page
    assert page.level_word.text() == "CALM"
    assert "United: the proposed type does not fit us" in page.stance.text()
    assert page.measures.text().startswith("Consensus 1.00, where 1 is everyone on one point")
    qtbot.keyClick(room.audience, Qt.Key.Key_P)
    grid = room.audience.profile_page.grids[0]
    texts = [label.text() for label in grid.findChildren(QLabel)]
    # The point is one unbreakable run, so a wrapping column never splits it.
    point = "(1\u00a0Strongly\u00a0disagree)"
    assert any(t.startswith(f"United · does not fit {point}") for t in texts)


def test_a_round_of_one_vote_says_vote_not_votes(qtbot: QtBot, room: Room) -> None:
    walk = room.window.walk
    walk.go_to("results")
    walk.new_round()
    walk.vote(walk.participants()[0].id, 4)
    walk.reveal()
    heads = [box.title.text() for box in room.window.walk_page.rounds.boxes]
    assert heads[-1].endswith("· 1 vote")
    start(qtbot, room)
    assert room.audience.card_page.voted.text() == "1 vote"
