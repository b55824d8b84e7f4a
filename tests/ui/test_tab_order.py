"""Tab walks the console in reading order: header, then each column top to bottom, left to
right within a row (chips row by row), whatever was built last."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from xsector_desktop.ui import walkthrough_page
from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.tab_order import reading_order


def _tab_through(qtbot: QtBot, first: QWidget, count: int) -> list[QWidget]:
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [first]
    for _ in range(count - 1):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return visited


def _names(widgets: list[QWidget]) -> list[str]:
    return [w.accessibleName() or type(w).__name__ for w in widgets]


def test_tab_follows_the_walk_through_layout(
    qtbot: QtBot, window: MainWindow, sample_file: Path
) -> None:
    window.open_path(sample_file)
    page = window.walk_page
    assert page is not None and window.walk is not None
    window.walk.go_to("authority")
    window.walk.new_round()  # points enabled, chips picked: every kind of stop is there
    qtbot.waitUntil(lambda: page.voting.chips[next(iter(page.voting.chips))].y() >= 0)
    expected = [w for w in reading_order(page, page.columns) if w.isEnabled()]
    assert len(expected) > 30
    visited = _tab_through(qtbot, expected[0], len(expected))
    assert _names(visited) == _names(expected)
    # The header's controls (the room's timer and Present) come before the agenda; the chips
    # before the scale's points; the log last.
    names = _names(visited)
    assert names.index("Present to the room") < names.index("Agenda")
    chip_names = [n for n in names if ": has " in n]
    assert len(chip_names) == len(page.voting.chips)
    assert names.index(chip_names[-1]) < names.index("Vote 1: Strongly disagree")
    assert names[-1] == "Add to the log"


def test_tab_follows_the_roster_layout(qtbot: QtBot, window: MainWindow, sample_file: Path) -> None:
    window.open_path(sample_file)
    window.show_roster()
    page = window.roster_page
    assert page is not None
    qtbot.waitExposed(page)
    expected = [w for w in reading_order(page, []) if w.isEnabled()]
    visited = _tab_through(qtbot, expected[0], len(expected))
    assert _names(visited) == _names(expected)
    assert _names(visited)[:3] == [
        "Save a roster template CSV",
        "Import participants from a CSV file",
        "Go to the walk-through",
    ]


def test_a_card_chosen_while_the_page_is_hidden_is_in_order_when_shown(
    qtbot: QtBot, window: MainWindow, sample_file: Path
) -> None:
    # The page orders its stops when it is shown, not on every refresh behind another page.
    window.open_path(sample_file)
    page = window.walk_page
    assert page is not None and window.walk is not None
    window.show_roster()
    assert not page.isVisible()
    window.walk.go_to("authority")
    window.walk.new_round()  # chips and points built while hidden
    window.show_walkthrough()
    qtbot.waitUntil(page.isVisible)
    qtbot.waitUntil(lambda: page.voting.chips[next(iter(page.voting.chips))].y() >= 0)
    expected = [w for w in reading_order(page, page.columns) if w.isEnabled()]
    visited = _tab_through(qtbot, expected[0], len(expected))
    assert _names(visited) == _names(expected)


def test_closing_the_workshop_does_not_work_out_the_tab_order(
    qtbot: QtBot, window: MainWindow, sample_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hiding the page with the focus in it makes Qt ask it for the next stop; the page is
    going, so its order is not worked out for that."""
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(sample_file)
    page = window.walk_page
    assert page is not None
    page.agenda.setFocus()
    qtbot.waitUntil(page.agenda.hasFocus)
    worked_out: list[QWidget] = []
    monkeypatch.setattr(walkthrough_page, "follow_layout", worked_out.append)
    window.close_workshop()
    assert window.walk_page is None
    assert worked_out == []
