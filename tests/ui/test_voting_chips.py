"""The chips as votes come in: who a typed vote goes to, chips that never move, corrections."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore
from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.walkthrough_page import WalkthroughPage

# Names of very different lengths: a chip sized to its own text would grow with a tick or value.
NAMES = ["Al", "Bartholomew Okonkwo-Smith", "Cy", "Dee", "Evangelina", "Fay", "Gus", "Hui"]


@pytest.fixture
def eight_people(tmp_path: Path) -> Path:
    path = tmp_path / "eight.xsector"
    store = WorkshopStore.create(path, WorkshopInfo(partnership="Eight"))
    store.add_participants([{"name": n, "sector": "business", "role": "doer"} for n in NAMES])
    store.close()
    return path


def _page(window: MainWindow, path: Path) -> WalkthroughPage:
    window.open_path(path)
    assert window.walk_page is not None
    return window.walk_page


def _rects(page: WalkthroughPage) -> dict[int, QRect]:
    return {pid: QRect(chip.geometry()) for pid, chip in page.voting.chips.items()}


def test_typed_votes_start_at_the_first_person_without_a_vote_on_each_card(
    qtbot: QtBot, window: MainWindow, eight_people: Path
) -> None:
    page = _page(window, eight_people)
    walk = window.walk
    assert walk is not None
    ids = list(page.voting.chips)
    assert page.voting.chips[ids[0]].isChecked()
    qtbot.mouseClick(page.voting.chips[ids[5]], Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.agenda, Qt.Key.Key_4)  # Fay votes, the pick moves to Gus
    assert walk.selected == ids[6]
    with qtbot.waitSignal(page.signals.moved):
        qtbot.keyClick(page.agenda, Qt.Key.Key_PageDown)
    assert page.voting.chips[ids[0]].isChecked()  # a new card starts at the first person
    with qtbot.waitSignal(page.signals.moved):
        qtbot.keyClick(page.agenda, Qt.Key.Key_PageUp)
    assert walk.selected == ids[0]  # the first one on Results without a vote
    for _ in range(7):
        qtbot.keyClick(page.agenda, Qt.Key.Key_3)
    state = walk.voting_state()
    assert state.voted == 8 and walk.selected is None
    assert [c.voted for c in state.chips] == [True] * 8


def test_chips_keep_their_size_and_place_as_votes_come_in_and_on_reveal(
    qtbot: QtBot, window: MainWindow, eight_people: Path
) -> None:
    page = _page(window, eight_people)
    before = _rects(page)
    widths = {rect.width() for rect in before.values()}
    assert len(widths) == 1  # one width for everybody: a grid
    assert len({rect.y() for rect in before.values()}) >= 2  # 8 chips wrap at 1280 px
    ids = list(before)
    box = page.voting.strip.widget()
    # Backwards, so the pick never lands on the person by moving on after a vote.
    for person, value in zip(reversed(ids), (5, 1, 3, 2, 4, 5, 1, 2), strict=True):
        # Whatever is under the spot where this person's chip was before any vote is theirs.
        target = before[person].center()
        under = box.childAt(target)
        assert under is page.voting.chips[person]
        qtbot.mouseClick(under, Qt.MouseButton.LeftButton)
        assert window.walk is not None and window.walk.selected == person
        qtbot.keyClick(page.agenda, str(value))
        assert _rects(page) == before
    qtbot.keyClick(page.agenda, Qt.Key.Key_R)
    assert page.voting.chips[ids[1]].text() == f"{NAMES[1]}  1"  # the 7th vote, backwards
    assert _rects(page) == before
    # The widest text each chip can show fits: nothing is cut short.
    for chip in page.voting.chips.values():
        assert chip.fontMetrics().horizontalAdvance(chip.text()) < chip.width()


def test_a_vote_on_a_revealed_round_asks_and_cancel_changes_nothing(
    qtbot: QtBot, window: MainWindow, eight_people: Path
) -> None:
    page = _page(window, eight_people)
    walk = window.walk
    assert walk is not None
    for _ in NAMES:
        qtbot.keyClick(page.agenda, Qt.Key.Key_4)
    qtbot.keyClick(page.agenda, Qt.Key.Key_R)
    assert walk.selected is None
    assert not page.voting.points[2].isEnabled()  # nobody picked: a typed number does nothing
    qtbot.keyClick(page.agenda, Qt.Key.Key_2)
    answers = ["cancel", "correct", "new-round"]
    asked: list[tuple[str, int]] = []

    def answer(_parent: object, name: str, number: int) -> str:
        asked.append((name, number))
        return answers.pop(0)

    page.voting.ask_correction = answer  # type: ignore[assignment]
    cy = list(page.voting.chips)[2]
    qtbot.mouseClick(page.voting.chips[cy], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.voting.points[2], Qt.MouseButton.LeftButton)
    assert asked == [("Cy", 1)]
    assert [c.value for c in walk.voting_state().chips] == [4] * 8  # cancelled
    qtbot.keyClick(page.agenda, Qt.Key.Key_2)
    assert [c.value for c in walk.voting_state().chips][2] == 2  # the chosen correction
    assert walk.voting_state().round == 1
    qtbot.keyClick(page.agenda, Qt.Key.Key_1)
    state = walk.voting_state()
    assert (state.round, state.revealed, state.voted) == (2, False, 1)  # a new round instead
    assert asked == [("Cy", 1), ("Cy", 1), ("Cy", 1)]
    assert [r.number for r in walk.rounds()] == [1, 2]
    assert walk.selected == list(page.voting.chips)[3]  # then on to the next without a vote


def test_hands_on_a_revealed_round_are_asked_about_too(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "hands.xsector"
    WorkshopStore.create(path, WorkshopInfo(partnership="Hands", anonymous=True)).close()
    page = _page(window, path)
    walk = window.walk
    assert walk is not None
    for key in (Qt.Key.Key_4, Qt.Key.Key_4, Qt.Key.Key_2):
        qtbot.keyClick(page.agenda, key)
    qtbot.keyClick(page.agenda, Qt.Key.Key_R)
    answers = ["cancel", "correct", "cancel", "correct"]
    asked: list[str] = []

    def answer(_parent: object, what: str, number: int) -> str:
        asked.append(f"{what} / round {number}")
        return answers.pop(0)

    page.voting.ask_correction = answer  # type: ignore[assignment]
    qtbot.keyClick(page.agenda, Qt.Key.Key_4)  # cancelled
    assert walk.voting_state().tally[4] == 2
    qtbot.mouseClick(page.voting.points[4], Qt.MouseButton.LeftButton)  # corrected
    assert walk.voting_state().tally[4] == 3
    qtbot.mouseClick(page.voting.minus[2], Qt.MouseButton.LeftButton)  # cancelled
    assert walk.voting_state().tally[2] == 1
    qtbot.keyClick(page.agenda, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # corrected
    assert walk.voting_state().tally[2] == 0
    assert asked == [
        "one hand more for Agree / round 1",
        "one hand more for Agree / round 1",
        "one hand fewer for Disagree / round 1",
        "one hand fewer for Disagree / round 1",
    ]
    assert walk.voting_state().revealed and walk.voting_state().round == 1


def test_a_number_typed_on_the_room_s_screen_never_asks_and_never_changes_a_revealed_round(
    qtbot: QtBot, window: MainWindow, eight_people: Path
) -> None:
    page = _page(window, eight_people)
    walk = window.walk
    assert walk is not None
    for _ in NAMES:
        qtbot.keyClick(page.agenda, Qt.Key.Key_3)
    qtbot.keyClick(page.agenda, Qt.Key.Key_R)
    walk.select(next(iter(page.voting.chips)))

    def must_not_ask(*_args: object) -> str:
        raise AssertionError("a question on a screen the facilitator may not be looking at")

    page.voting.ask_correction = must_not_ask  # type: ignore[assignment]
    page.room_number_key(5)  # what the one-screen audience window calls for a digit
    assert [c.value for c in walk.voting_state().chips] == [3] * len(NAMES)


def test_a_workshop_with_no_one_on_the_roster_says_where_people_come_from(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "empty.xsector"
    WorkshopStore.create(path, WorkshopInfo(partnership="Empty")).close()
    page = _page(window, path)
    voting = page.voting
    assert voting.status.text() == "No participants yet: add them on the roster (Ctrl+1)"
    assert voting.strip.isHidden()  # no empty strip where chips would be
    assert window.roster.add("Ana", "business", "doer")  # the first person on the roster
    qtbot.waitUntil(lambda: voting.status.text() == "No round yet: vote to open round 1")
    assert not voting.strip.isHidden() and len(voting.chips) == 1
