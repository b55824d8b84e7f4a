"""The room's screen read from the back row: no text below 1/30 of the screen's height, the card
title the largest, everything on the screen (the profile pages itself), and a console that
never grows past a 720-pixel panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from xsector_desktop.ui.controllers.presenting import audience_card
from xsector_desktop.ui.room.audience_window import AudienceWindow

from .conftest import Room, focused

SIZES = ((1024, 768), (1280, 720))


def text_sizes(window: AudienceWindow) -> dict[str, int]:
    """Pixel size of every text the room can see: the labels' fonts, and the fonts the painted
    parts (chart, bars, key, trust cycle, timer) draw with."""
    found: dict[str, int] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel) and widget.text():
            found[f"{name}:{widget.text()[:24]}"] = widget.font().pixelSize()
        painted = getattr(widget, "text_pixels", None)
        for i, size in enumerate(painted() if callable(painted) else []):
            found[f"{name}:painted{i}"] = size
        for i, size in enumerate(getattr(widget, "painted_pixels", [])):
            found[f"{name}:cycle{i}"] = size
    return found


def show(qtbot: QtBot, room: Room, width: int, height: int) -> AudienceWindow:
    window = AudienceWindow(room.window.walk.session.scale)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def fill(room: Room, window: AudienceWindow, view: str) -> None:
    presenter = room.feature.current.ensure_presenter()
    presenter.presenting.show(view)  # type: ignore[arg-type]
    presenter.fill(window)
    QApplication.processEvents()
    window.grab()  # paints: the painted parts report the sizes they drew with


def check(window: AudienceWindow, width: int, height: int, what: str) -> None:
    sizes = text_sizes(window)
    assert sizes, what
    smallest = min(sizes, key=lambda k: sizes[k])
    assert sizes[smallest] >= height / 30, f"{what}: {smallest} is {sizes[smallest]} px"
    assert window.size().width() == width and window.size().height() == height, what
    content = window.content.layout()
    assert content.heightForWidth(width) <= height, f"{what}: does not fit the screen"


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_no_text_on_the_rooms_screen_is_smaller_than_a_thirtieth_of_its_height(
    qtbot: QtBot, room: Room, width: int, height: int
) -> None:
    walk = room.window.walk
    walk.go_to("structure")
    walk.new_round()
    for person, value in zip(walk.participants()[:9], [4, 4, 3, 5, 2, 4, 3, 4, 4], strict=False):
        walk.vote(person.id, value)
    window = show(qtbot, room, width, height)
    fill(room, window, "card")
    check(window, width, height, "hidden round")
    page = window.card_page
    # The hidden round shows the question and the scale it is answered on.
    assert page.question.isVisible() and page.question.text() == audience_card(walk).question
    assert page.scale.isVisible()
    title = page.title.font().pixelSize()
    assert all(v < title for k, v in text_sizes(window).items() if "STRUCTURE" not in k)
    walk.go_to("authority")
    fill(room, window, "card")
    check(window, width, height, "revealed round")
    assert all(v < page.title.font().pixelSize() for k, v in text_sizes(window).items()
               if "AUTHORITY" not in k)  # fmt: skip
    fill(room, window, "sector")
    check(window, width, height, "sector view")
    fill(room, window, "profile")
    profile = window.profile_page
    assert profile.page_count() >= 2  # the cards do not fit one page at this size
    seen = set()
    for _ in range(profile.page_count()):
        check(window, width, height, f"profile page {profile.page + 1}")
        seen.update(row.card for grid in profile.grids[profile.page : profile.page + 1]
                    for row in grid.rows)  # fmt: skip
        profile.turn(1)
        QApplication.processEvents()
        window.grab()
    assert profile.pages.currentWidget() is profile.trust_page
    check(window, width, height, "trust cycle page")
    assert seen == set(walk.card_keys)  # every card is on some page
    fill(room, window, "card")


def test_page_down_turns_the_rooms_profile_and_not_the_cards(qtbot: QtBot, room: Room) -> None:
    walk = room.window.walk
    walk.go_to("authority")
    room.window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F5)
    audience = room.audience
    qtbot.waitUntil(audience.isVisible)
    qtbot.keyClick(audience, Qt.Key.Key_P)
    profile = audience.profile_page
    assert profile.page == 0 and profile.page_count() >= 2
    qtbot.keyClick(audience, Qt.Key.Key_PageDown)
    assert profile.page == 1 and walk.current == "authority"
    qtbot.keyClick(audience, Qt.Key.Key_PageUp)
    assert profile.page == 0
    qtbot.keyClick(audience, Qt.Key.Key_Escape)
    qtbot.keyClick(audience, Qt.Key.Key_PageDown)  # back on the card: the clicker moves on
    assert walk.current != "authority"


def test_the_sector_view_does_not_grow_the_console_past_its_screen(
    qtbot: QtBot, room: Room
) -> None:
    window = room.window
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.height() == 720)
    window.walk.go_to("authority")
    window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_S)
    dock = room.feature.current.sector_dock
    assert dock is not None and dock.isVisible()
    QApplication.processEvents()
    assert window.height() <= 720 and window.minimumSizeHint().height() <= 720
    qtbot.keyClick(focused(), Qt.Key.Key_S)
    assert not dock.isVisible() and window.height() <= 720


def test_a_sector_view_too_tall_for_the_screen_goes_on_two_pages(qtbot: QtBot, room: Room) -> None:
    from xsector_desktop.core.model import SECTORS
    from xsector_desktop.ui.controllers.profile import GroupRow, SectorView

    walk = room.window.walk
    walk.go_to("authority")
    counts = {1: 1, 2: 0, 3: 1, 4: 2, 5: 0}
    groups = [GroupRow("sector", key, 4, 3.0, counts) for key in SECTORS]
    groups += [GroupRow("role", key, 14, 3.0, counts) for key in ("doer", "decision-maker")]
    view = SectorView("authority", 2, tuple(groups), 0, 0, 3)  # a room of 28, seven sectors
    for width, height in SIZES:
        window = show(qtbot, room, width, height)
        window.show_sector(audience_card(walk), view)
        QApplication.processEvents()
        page = window.sector_page
        assert page.pages == [("sector",), ("role",)]
        for _ in page.pages:
            window.grab()
            check(window, width, height, f"sector page {page.page + 1}")
            page.turn(1)
        names = {label.text() for label in page.view.findChildren(QLabel)
                 if label.isVisibleTo(page)}  # fmt: skip
        assert "Doer" in names and "Government" not in names
        assert not page.turn(1)  # the last page
        window.close()


def test_one_voter_held_back_is_said_in_the_singular(qtbot: QtBot, room: Room) -> None:
    from xsector_desktop.ui.controllers.profile import GroupRow, SectorView

    walk = room.window.walk
    walk.go_to("authority")
    counts = {1: 0, 2: 1, 3: 1, 4: 2, 5: 0}
    groups = (GroupRow("sector", "business", 4, 3.0, counts),)
    view = SectorView("authority", 2, groups, 1, 1, 3)  # one small-sector voter, one tally
    window = show(qtbot, room, 1024, 768)
    window.show_sector(audience_card(walk), view)
    note = window.sector_page.view.note.text()
    assert "1 voter in a sector of fewer than 3 people is not shown on their own." in note
    assert "1 show-of-hands vote has no sector." in note
    window.close()
