"""The card timer with a hand-moved clock: countdown, time boxes, and time written to the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore
from xsector_desktop.ui.controllers.timer import (
    DEFAULT_BOX,
    PRESET_BOXES,
    CardTimer,
    TimerState,
    clock_text,
)

CARDS = ("results", "charge", "authority")


class HandClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    made = WorkshopStore.create(tmp_path / "t.xsector", WorkshopInfo(partnership="Timed"))
    yield made
    made.close()


def test_counts_down_only_while_running(store: WorkshopStore) -> None:
    clock = HandClock()
    timer = CardTimer(store, clock, timed_cards=CARDS)
    timer.show("results")
    clock.advance(50)
    assert timer.state().spent == 0  # not started: looking at a card costs nothing
    timer.start()
    clock.advance(72)
    state = timer.state()
    assert state.remaining == DEFAULT_BOX - 72
    assert clock_text(state.remaining) == "03:48"
    assert state.phase == "plenty"
    timer.pause()
    clock.advance(500)
    assert timer.state().spent == 72


def test_phases_and_the_cue_after_the_box(store: WorkshopStore) -> None:
    clock = HandClock()
    timer = CardTimer(store, clock, timed_cards=CARDS)
    seen: list[TimerState] = []
    timer.changed.connect(seen.append)
    timer.show("charge")
    timer.start()
    clock.advance(DEFAULT_BOX - 30)
    timer.tick()
    assert seen[-1].phase == "ending"
    clock.advance(95)
    timer.tick()
    assert seen[-1].phase == "over"
    assert clock_text(seen[-1].remaining) == "+01:05"


def test_time_spent_is_in_the_file_after_moving_and_closing(store: WorkshopStore) -> None:
    clock = HandClock()
    timer = CardTimer(store, clock, timed_cards=CARDS)
    timer.show("results")
    timer.start()
    clock.advance(40)
    timer.show("charge")  # moving on writes the time on the card left behind
    assert store.card_times() == {"results": 40}
    clock.advance(25)
    timer.close()
    assert store.card_times() == {"results": 40, "charge": 25}


def test_a_long_card_is_written_in_slices_so_a_crash_loses_little(store: WorkshopStore) -> None:
    clock = HandClock()
    timer = CardTimer(store, clock, timed_cards=CARDS, flush_every=30)
    timer.show("authority")
    timer.start()
    for _ in range(10):
        clock.advance(10)
        timer.tick()
    # 100 s spent; written at 30, 60, 90: at most one slice is ever unwritten.
    assert store.card_times()["authority"] == 90
    assert timer.state().spent == 100


def test_returning_to_a_card_resumes_its_countdown(store: WorkshopStore) -> None:
    clock = HandClock()
    timer = CardTimer(store, clock, timed_cards=CARDS)
    timer.start()
    timer.show("results")
    clock.advance(100)
    timer.show("charge")
    clock.advance(10)
    timer.show("results")
    clock.advance(20)
    assert timer.state().spent == 120
    again = CardTimer(store, clock, timed_cards=CARDS)  # reopened: the file remembers
    again.show("results")
    assert again.state().spent == 100  # the running 20 s were not written yet
    timer.close()
    assert CardTimer(store, clock, timed_cards=CARDS).spent("results") == 120


def test_cycles_not_timed(store: WorkshopStore) -> None:
    clock = HandClock()
    timer = CardTimer(store, clock, timed_cards=CARDS)
    timer.start()
    timer.show("trust")
    clock.advance(60)
    timer.close()
    assert timer.state().card is None
    assert store.card_times() == {}


def test_t_cycles_the_box_and_the_file_keeps_it(store: WorkshopStore) -> None:
    clock = HandClock()
    timer = CardTimer(store, clock, timed_cards=CARDS)
    timer.show("authority")
    chosen = [timer.cycle_box() for _ in range(len(PRESET_BOXES))]
    assert chosen == [
        *PRESET_BOXES[PRESET_BOXES.index(DEFAULT_BOX) + 1 :],
        *PRESET_BOXES[: PRESET_BOXES.index(DEFAULT_BOX) + 1],
    ]
    timer.cycle_box()
    reopened = CardTimer(store, clock, timed_cards=CARDS)
    assert reopened.box("authority") == timer.box("authority") != DEFAULT_BOX
    assert reopened.box("results") == DEFAULT_BOX


def test_read_only_workshop_times_but_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "r.xsector"
    WorkshopStore.create(path, WorkshopInfo(partnership="R")).close()
    store = WorkshopStore.open(path, read_only=True)
    try:
        clock = HandClock()
        timer = CardTimer(store, clock, timed_cards=CARDS, read_only=True)
        timer.show("results")
        timer.start()
        clock.advance(30)
        timer.cycle_box()
        timer.close()
        assert timer.spent("results") == 30
        assert store.card_times() == {}
    finally:
        store.close()


def test_clock_text_rounds_time_left_up() -> None:
    assert clock_text(252.3) == "04:13"
    assert clock_text(60) == "01:00"
    assert clock_text(0) == "+00:00"
