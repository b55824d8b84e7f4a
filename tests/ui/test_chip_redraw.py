"""A vote redraws only its own chip; a crowd's votes are redrawn a few milliseconds at a time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore
from xsector_desktop.ui.controllers.actions import Change
from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.views import chip_strip
from xsector_desktop.ui.views.chip_strip import ChipStrip
from xsector_desktop.ui.walkthrough_page import WalkthroughPage

CARD = "results"


def _room(tmp_path: Path, people: int) -> Path:
    path = tmp_path / "room.xsector"
    with WorkshopStore.create(path, WorkshopInfo("Riverside")) as store:
        store.add_participants(
            [{"name": f"Guest {i:03d}", "sector": "community"} for i in range(1, people + 1)]
        )
    return path


def _page(window: MainWindow, path: Path) -> WalkthroughPage:
    assert window.open_path(path)
    assert window.walk is not None and window.walk_page is not None
    window.walk.go_to(CARD)
    return window.walk_page


def _record_redraws(strip: ChipStrip) -> list[int]:
    """Which chips the strip redraws, in order (it still redraws them)."""
    redrawn: list[int] = []
    redraw = strip._redraw_chip
    by_button = {id(button): pid for pid, button in strip.chips.items()}

    def recording(button: object, chip: object, revealed: bool) -> None:
        redrawn.append(by_button[id(button)])
        redraw(button, chip, revealed)  # type: ignore[arg-type]

    strip._redraw_chip = recording  # type: ignore[method-assign]
    return redrawn


class SteppingClock:
    """A clock that moves on a millisecond each time it is read: the panel's work 'costs' time."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 0.001
        return self.now


@pytest.fixture
def twelve(tmp_path: Path) -> Iterator[Path]:
    yield _room(tmp_path, 12)


def test_one_vote_redraws_only_its_own_chip(qtbot: QtBot, window: MainWindow, twelve: Path) -> None:
    page = _page(window, twelve)
    walk = window.walk
    assert walk is not None
    ids = list(page.voting.chips)
    walk.vote(ids[0], 3)  # opens round 1
    redrawn = _record_redraws(page.voting.strip)
    walk.vote(ids[4], 2)
    assert redrawn == [ids[4]]
    assert page.voting.chips[ids[4]].text().startswith("✓ ")
    assert page.voting.chips[ids[4]].property("voted") is True
    assert not page.voting.chips[ids[5]].text().startswith("✓ ")
    assert page.voting.status.text().endswith("2 of 12 have voted")
    redrawn.clear()
    walk.vote(ids[4], 5)  # a changed vote, hidden: the chip looks the same, nothing redrawn
    assert redrawn == []
    # The reveal shows every value: each chip with a vote is redrawn, once.
    walk.reveal()
    assert sorted(redrawn) == sorted([ids[0], ids[4]])
    assert page.voting.chips[ids[4]].text().endswith("  5")


def test_a_crowd_of_votes_is_redrawn_a_few_milliseconds_per_turn(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    people = 100
    page = _page(window, _room(tmp_path, people))
    session = window.session
    assert session is not None
    panel = page.voting
    panel.strip.clock = SteppingClock()  # each chip "costs" a millisecond
    ids = list(panel.chips)
    redrawn = _record_redraws(panel.strip)
    turns: list[int] = []
    panel.strip._more.timeout.connect(lambda: turns.append(len(redrawn)))
    session.store.add_votes(
        [{"participant_id": pid, "card": CARD, "round": 1, "value": 4, "source": "phone"}
         for pid in ids]
    )  # fmt: skip
    session.notify(Change("votes", CARD, 1))
    # The count is right at once; the first chips too, the rest follow turn by turn.
    assert panel.status.text().endswith(f"{people} of {people} have voted")
    assert len(redrawn) == chip_strip.CHIPS_AT_ONCE
    assert panel.strip.chips_waiting == people - chip_strip.CHIPS_AT_ONCE
    qtbot.waitUntil(lambda: panel.strip.chips_waiting == 0)
    # Each later turn stopped once its budget was spent: a millisecond a chip, so at most
    # the budget's worth of chips per turn (plus the one that crossed it).
    steps = [b - a for a, b in zip([chip_strip.CHIPS_AT_ONCE, *turns], turns, strict=False)]
    most = int(chip_strip.CHIP_BUDGET_MS) + 1
    assert steps and all(1 <= step <= most for step in steps[:-1])
    assert sorted(redrawn) == sorted(ids)  # every chip once, none twice
    assert all(panel.chips[pid].text().startswith("✓ ") for pid in ids)
    assert all(panel.chips[pid].property("phone") is True for pid in ids)


def test_a_newer_refresh_replaces_what_was_still_waiting(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = _page(window, _room(tmp_path, 60))
    session, walk = window.session, window.walk
    assert session is not None and walk is not None
    panel = page.voting
    panel.strip.clock = SteppingClock()
    ids = list(panel.chips)
    session.store.add_votes(
        [{"participant_id": pid, "card": CARD, "round": 1, "value": 2, "source": "phone"}
         for pid in ids]
    )  # fmt: skip
    session.notify(Change("votes", CARD, 1))
    assert panel.strip.chips_waiting > 0
    walk.reveal()  # before the rest were drawn: every chip now shows its value
    qtbot.waitUntil(lambda: panel.strip.chips_waiting == 0)
    assert all(panel.chips[pid].text().endswith("  2") for pid in ids)


def test_a_new_round_redraws_the_panels_but_not_the_card_on_screen(
    qtbot: QtBot, window: MainWindow, twelve: Path
) -> None:
    page = _page(window, twelve)
    walk = window.walk
    assert walk is not None
    ids = list(page.voting.chips)
    title = page.card.title_label
    assert title is not None
    walk.vote(ids[0], 3)  # the first vote opens round 1
    walk.reveal()
    walk.new_round()
    assert page.card.title_label is title  # the same card, not built again
    assert page.voting.status.text().startswith("Round 2 (hidden)")
    assert not page.voting.chips[ids[0]].text().startswith("✓ ")  # nobody has voted in round 2
    other = next(key for key in walk.keys if key != CARD and walk.is_card(key))
    walk.go_to(other)  # another card is shown afresh
    assert walk.current == other
    assert page.card.title_label is not title


def test_the_chip_rows_height_is_worked_out_once_per_width_until_a_chip_changes(
    qtbot: QtBot,
) -> None:
    from PySide6.QtWidgets import QPushButton, QWidget

    from xsector_desktop.ui.views.flow_layout import FlowLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = FlowLayout(box, spacing=5)
    chips = []
    for _ in range(10):
        chip = QPushButton()
        chip.setFixedSize(100, 30)
        layout.addWidget(chip)
        chips.append(chip)
    walks = []
    arrange = layout._arrange

    def counting(*args: object, **kwargs: object) -> int:
        walks.append(args)
        return arrange(*args, **kwargs)  # type: ignore[arg-type]

    layout._arrange = counting  # type: ignore[method-assign]
    assert layout.heightForWidth(420) == 3 * 30 + 2 * 5  # four chips a row: three rows
    assert layout.heightForWidth(420) == 100
    assert len(walks) == 1
    chips[0].setFixedSize(400, 30)  # a chip grows, alone on its row: worked out again
    assert layout.heightForWidth(420) == 4 * 30 + 3 * 5
    assert len(walks) == 2
    layout.addWidget(QPushButton())
    layout.heightForWidth(420)
    assert len(walks) == 3
