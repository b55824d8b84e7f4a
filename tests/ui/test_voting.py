"""Voting on the walk-through: chips and points by mouse, number keys, reveal, rounds, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.walkthrough_page import WalkthroughPage

from .conftest import unnamed_controls
from .sample_workshop import build_riverside


@pytest.fixture
def hidden_round_file(tmp_path: Path) -> Path:
    """The sample's people, with no votes yet on any card."""
    from xsector_desktop.core.model import WorkshopInfo
    from xsector_desktop.store import WorkshopStore

    store = WorkshopStore.create(tmp_path / "empty.xsector", WorkshopInfo(partnership="Rivers"))
    store.add_participants(
        [
            {"name": n, "sector": s, "role": "doer"}
            for n, s in [
                ("Ana", "government"),
                ("Ben", "business"),
                ("Cy", "community"),
                ("Dee", "government"),
            ]
        ]
    )
    store.close()
    return tmp_path / "empty.xsector"


def _page(window: MainWindow) -> WalkthroughPage:
    assert window.walk_page is not None
    return window.walk_page


def test_pick_a_chip_then_a_point_by_mouse_votes_and_keeps_it_hidden(
    qtbot: QtBot, window: MainWindow, hidden_round_file: Path
) -> None:
    window.open_path(hidden_round_file)
    page = _page(window)
    ana = next(iter(page.voting.chips))
    qtbot.mouseClick(page.voting.chips[ana], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.signals.refreshed):
        qtbot.mouseClick(page.voting.points[4], Qt.MouseButton.LeftButton)
    assert page.voting.status.text() == "Round 1 (hidden) · 1 of 4 have voted"
    assert "4" not in page.voting.chips[ana].text()  # who voted shows, how does not
    assert page.voting.chips[ana].text().startswith("✓")
    assert page.signal_panel.level is None


def test_number_keys_vote_for_each_chip_in_turn_and_r_reveals(
    qtbot: QtBot, window: MainWindow, hidden_round_file: Path
) -> None:
    window.open_path(hidden_round_file)
    page = _page(window)
    for key in (Qt.Key.Key_5, Qt.Key.Key_4, Qt.Key.Key_4, Qt.Key.Key_2):
        qtbot.keyClick(page.agenda, key)
    assert page.voting.status.text() == "Round 1 (hidden) · 4 of 4 have voted"
    qtbot.keyClick(page.agenda, Qt.Key.Key_R)
    assert page.voting.status.text().startswith("Round 1 (revealed)")
    assert page.rounds.boxes[-1].chart is not None
    assert page.rounds.boxes[-1].chart.counts() == {1: 0, 2: 1, 3: 0, 4: 2, 5: 1}
    assert page.signal_panel.level in ("calm", "watch", "storming")
    assert page.signal_panel.reasons.text()


def test_new_round_keeps_the_earlier_round_visible(
    qtbot: QtBot, window: MainWindow, hidden_round_file: Path
) -> None:
    window.open_path(hidden_round_file)
    page = _page(window)
    for key in (Qt.Key.Key_1, Qt.Key.Key_5, Qt.Key.Key_1, Qt.Key.Key_5):
        qtbot.keyClick(page.agenda, key)
    qtbot.keyClick(page.agenda, Qt.Key.Key_R)
    qtbot.keyClick(page.agenda, Qt.Key.Key_N)
    assert [b.summary.number for b in page.rounds.boxes] == [1, 2]
    assert page.rounds.boxes[0].chart is not None and page.rounds.boxes[1].chart is None
    assert page.voting.status.text() == "Round 2 (hidden) · 0 of 4 have voted"


def test_ctrl_z_undoes_a_vote_and_ctrl_shift_z_redoes_it(
    qtbot: QtBot, window: MainWindow, hidden_round_file: Path
) -> None:
    window.open_path(hidden_round_file)
    page = _page(window)
    qtbot.keyClick(page.agenda, Qt.Key.Key_3)
    qtbot.keyClick(page.agenda, Qt.Key.Key_4)
    assert page.voting.status.text().endswith("2 of 4 have voted")
    qtbot.keyClick(page.agenda, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.voting.status.text().endswith("1 of 4 have voted")
    qtbot.keyClick(
        page.agenda,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.voting.status.text().endswith("2 of 4 have voted")


def test_anonymous_tallies_by_plus_and_minus(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from xsector_desktop.core.model import WorkshopInfo
    from xsector_desktop.store import WorkshopStore

    path = tmp_path / "hands.xsector"
    WorkshopStore.create(path, WorkshopInfo(partnership="Hands", anonymous=True)).close()
    window.open_path(path)
    page = _page(window)
    assert not page.voting.chips
    qtbot.mouseClick(page.voting.points[4], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.voting.points[4], Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.agenda, Qt.Key.Key_2)
    qtbot.mouseClick(page.voting.minus[4], Qt.MouseButton.LeftButton)
    assert page.voting.points[4].text().endswith("·  1")
    assert page.voting.points[2].text().endswith("·  1")
    assert page.voting.status.text() == "Round 1 (hidden) · 2 hands counted"


def test_type_choice_buttons_on_a_two_type_card(
    qtbot: QtBot, window: MainWindow, hidden_round_file: Path
) -> None:
    window.open_path(hidden_round_file)
    page = _page(window)
    assert window.walk is not None
    window.walk.go_to("representatives")
    options = window.walk.voting_state().type_options
    assert len(options) == 2
    qtbot.mouseClick(page.voting._type_buttons[options[1]], Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.agenda, Qt.Key.Key_4)
    qtbot.keyClick(page.agenda, Qt.Key.Key_R)
    first = next(iter(page.voting.chips.values()))
    assert first.toolTip() == options[1]
    assert f"{options[1]} 1" in page.rounds.boxes[-1].title.text()


def test_every_control_has_an_accessible_name(window: MainWindow, sample_file: Path) -> None:
    window.open_path(sample_file)
    assert unnamed_controls(_page(window)) == []
    assert window.walk is not None
    window.walk.go_to("representatives")  # with its type-choice buttons
    assert unnamed_controls(_page(window)) == []


def test_help_overlay_lists_the_shortcuts(
    qtbot: QtBot, window: MainWindow, sample_file: Path
) -> None:
    window.open_path(sample_file)
    qtbot.keyClick(_page(window).agenda, Qt.Key.Key_F1)
    assert window.help.isVisible()
    from PySide6.QtWidgets import QLabel

    texts = {w.text() for w in window.help.findChildren(QLabel)}
    assert {"R", "N", "Ctrl+Z"} <= texts
    qtbot.keyClick(window.help, Qt.Key.Key_Escape)
    assert not window.help.isVisible()


def test_many_participants_fit_and_resume_on_the_saved_card(
    window: MainWindow, tmp_path: Path
) -> None:
    path = build_riverside(tmp_path / "big.xsector", extra_people=42)
    from xsector_desktop.store import WorkshopStore

    store = WorkshopStore.open(path)
    store.set_position("structure", 1)
    store.close()
    window.open_path(path)
    assert window.walk is not None and window.walk.current == "structure"
    assert len(_page(window).voting.chips) == 60
