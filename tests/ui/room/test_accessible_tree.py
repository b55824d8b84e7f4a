"""The console and the audience screen as a screen reader reads them (QAccessible tree)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ..accessible_tree import NAME, accessible_problems, walk
from .conftest import Room, focused


def _present(qtbot: QtBot, room: Room) -> None:
    room.screens.plug_projector()
    room.window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: room.audience.isVisible())


def test_every_control_and_label_of_console_and_room_can_be_read(qtbot: QtBot, room: Room) -> None:
    window = room.window
    seen: dict[str, list[str]] = {}
    window.walk.go_to("authority")  # two rounds, revealed, with reasons
    _present(qtbot, room)
    seen["console, revealed card"] = accessible_problems(window)
    seen["room, revealed card"] = accessible_problems(room.audience)
    window.walk.new_round()  # a hidden round
    seen["console, hidden round"] = accessible_problems(window)
    seen["room, hidden round"] = accessible_problems(room.audience)
    window.undo_action.trigger()
    window.walk_page.agenda.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_S)
    assert room.audience.view == "sector"
    seen["console, sector dock"] = accessible_problems(window)
    seen["room, sector view"] = accessible_problems(room.audience)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.keyClick(focused(), Qt.Key.Key_P)
    assert window.pages.currentWidget() is room.feature.current.profile_page
    seen["console, profile"] = accessible_problems(window)
    seen["room, profile"] = accessible_problems(room.audience)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    window.show_roster()
    seen["console, roster"] = accessible_problems(window)
    assert seen == {where: [] for where in seen}


def test_the_checker_finds_a_value_named_combo_a_hidden_label_and_a_nameless_button(
    qtbot: QtBot,
) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    combo = QComboBox()
    combo.addItems(["Objection", "Concern"])
    title = QLabel("Authority")
    title.setAccessibleName("Card title")
    row.addWidget(combo)
    row.addWidget(title)
    row.addWidget(QPushButton())
    box.show()
    qtbot.waitExposed(box)
    problems = accessible_problems(box)
    assert len(problems) == 3
    assert "named only by its value 'Objection'" in problems[0]
    assert "label 'Authority' is read as 'Card title'" in problems[1]
    assert problems[2].endswith("no name")


def test_chips_say_who_voted_how_once_revealed_and_which_is_picked(
    qtbot: QtBot, room: Room
) -> None:
    window = room.window
    page = window.walk_page
    window.walk.go_to("authority")
    window.walk.new_round()
    first, second = list(page.voting.chips)[:2]
    assert window.walk.selected == first
    assert window.walk.vote_selected(2)
    chips = {
        node.object(): node
        for node in walk(page.voting)
        if isinstance(node.object(), QPushButton) and node.object().objectName() == "chip"
    }
    assert len(chips) == len(page.voting.chips)
    one, two = chips[page.voting.chips[first]], chips[page.voting.chips[second]]
    assert one.role() == QAccessible.Role.CheckBox  # pressed = the person typed votes go to
    assert one.text(NAME).endswith(": has voted") and "2" not in one.text(NAME)
    assert two.text(NAME).endswith(": has not voted")
    assert two.state().checked and not one.state().checked  # the pick moved on to the next
    for participant in list(page.voting.chips)[1:]:
        window.walk.vote(participant, 4)
    window.walk.reveal()
    assert one.text(NAME).endswith(": voted 2, Disagree")
    assert not any(node.state().checked for node in chips.values())  # nobody picked now
