"""Faults under the controllers (no Qt): a refused write changes neither the controller's state
nor the undo history nor the file, is announced once as the first fault, and the next write
after recovery lands where the screen is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fault_injection import FaultyConnection, SteppingClock, inject, other_writer, short_busy_wait

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore
from xsector_desktop.store.faults import DiskFull, FileInUse
from xsector_desktop.ui.controllers.ballot_entry import BallotEntry
from xsector_desktop.ui.controllers.session import Refusal, WorkshopSession
from xsector_desktop.ui.controllers.timer import CardTimer
from xsector_desktop.ui.controllers.walkthrough import WalkthroughController
from xsector_desktop.ui.controllers.workshop_settings import WorkshopSettingsController


class Meeting:
    """A session as the app builds it: every controller runs through the session's history."""

    def __init__(self, path: Path, clock: Any = None) -> None:
        kwargs = {"clock": clock} if clock else {}
        store = WorkshopStore.create(path, WorkshopInfo("Fault Partnership"), **kwargs)
        for name, sector in (("Ana", "government"), ("Ben", "business"), ("Cy", "nonprofit")):
            store.add_participant(name, sector)
        self.session = WorkshopSession(store, path)
        self.store = store
        self.walk = WalkthroughController(self.session, self.session.run)
        self.refusals: list[Refusal] = []
        self.recoveries: list[None] = []
        self.session.refused.connect(self.refusals.append)
        self.session.recovered.connect(self.recoveries.append)
        self.faulty: FaultyConnection = inject(store)
        self.ids = {p.name: p.id for p in store.participants()}

    def votes(self) -> list[tuple[str, str, int, int]]:
        names = {i: n for n, i in self.ids.items()}
        return [
            (names.get(v.participant_id or 0, "hand"), v.card, v.round, v.value)
            for v in self.store.votes()
        ]

    def undo_labels(self) -> tuple[list[str], list[str]]:
        done, undone = self.session.history.steps()
        return [a.text for a in done], [a.text for a in undone]


@pytest.fixture
def meeting(tmp_path: Path) -> Iterator[Meeting]:
    made = Meeting(tmp_path / "w.xsector")
    yield made
    made.faulty.arm(None)
    made.session.close()


@pytest.mark.parametrize("kind", ["disk-full", "drive-gone", "read-only"])
def test_a_refused_move_keeps_the_card_on_screen_and_the_next_vote_lands_there(
    meeting: Meeting, kind: str
) -> None:
    walk = meeting.walk
    assert walk.vote(meeting.ids["Ana"], 4)
    moves: list[str] = []
    walk.moved.connect(moves.append)
    meeting.faulty.arm(kind)
    assert walk.step(1) is False and walk.go_to("authority") is False
    assert walk.current == "results" and moves == []
    assert walk.vote(meeting.ids["Ben"], 2) is False
    meeting.faulty.arm(None)
    assert walk.vote(meeting.ids["Ben"], 5)
    # Every vote is on the card that was on screen when it was cast, in a round that was open.
    assert meeting.votes() == [("Ana", "results", 1, 4), ("Ben", "results", 1, 5)]
    assert [(r.card, r.round) for r in meeting.store.rounds()] == [("results", 1)]
    assert [r.first for r in meeting.refusals] == [True, False, False]
    assert [r.what for r in meeting.refusals] == [
        "the move to Charge",
        "the move to Authority",
        "vote 2 by Ben",
    ]
    assert len(meeting.recoveries) == 1
    assert walk.step(1) and meeting.store.position() == ("charge", 1)


@pytest.mark.parametrize("kind", ["disk-full", "drive-gone", "read-only"])
def test_a_refused_undo_or_redo_moves_neither_the_history_nor_the_file(
    meeting: Meeting, kind: str
) -> None:
    walk, session = meeting.walk, meeting.session
    walk.vote(meeting.ids["Ana"], 4)
    walk.vote(meeting.ids["Ben"], 2)
    labels = meeting.undo_labels()
    assert labels == (["vote 4 by Ana", "vote 2 by Ben"], [])
    meeting.faulty.arm(kind)
    assert session.undo() is False
    assert meeting.undo_labels() == labels  # the menu still offers "Undo vote 2 by Ben"
    assert meeting.votes() == [("Ana", "results", 1, 4), ("Ben", "results", 1, 2)]
    meeting.faulty.arm(None)
    assert session.undo()
    assert meeting.votes() == [("Ana", "results", 1, 4)]
    meeting.faulty.arm(kind)
    assert session.redo() is False
    assert meeting.undo_labels() == (["vote 4 by Ana"], ["vote 2 by Ben"])
    assert session.undo() is False  # Ana's vote is not undone instead
    assert meeting.votes() == [("Ana", "results", 1, 4)]
    meeting.faulty.arm(None)
    assert session.redo()
    assert meeting.votes() == [("Ana", "results", 1, 4), ("Ben", "results", 1, 2)]
    assert meeting.undo_labels() == (["vote 4 by Ana", "vote 2 by Ben"], [])


def test_an_undo_refused_for_a_reason_of_the_store_keeps_the_history(meeting: Meeting) -> None:
    """Not a fault of the disk: the step's rows were undone behind the history's back."""
    meeting.walk.new_round()
    meeting.walk.vote(meeting.ids["Ana"], 4)
    done, _undone = meeting.session.history.steps()
    meeting.store.retract(done[-1].written)  # type: ignore[attr-defined]
    assert meeting.session.undo() is False
    assert meeting.undo_labels() == (["open round 1 on results", "vote 4 by Ana"], [])
    (refusal,) = meeting.refusals
    assert not refusal.is_fault and not refusal.first and meeting.session.fault is None
    assert "already undone" in str(refusal.error)


def test_a_first_vote_that_opens_round_1_is_all_or_nothing(meeting: Meeting) -> None:
    meeting.faulty.arm("disk-full", after=2)  # BEGIN and the round's INSERT pass; the vote fails
    assert meeting.walk.vote(meeting.ids["Ana"], 3) is False
    assert meeting.store.rounds() == [] and meeting.votes() == []
    assert meeting.undo_labels() == ([], [])
    assert isinstance(meeting.refusals[0].error, DiskFull)


def test_a_refused_chip_vote_keeps_the_chip_selected(meeting: Meeting) -> None:
    walk = meeting.walk
    walk.select(meeting.ids["Ana"])
    meeting.faulty.arm("disk-full")
    walk.vote_selected(4)
    assert walk.selected == meeting.ids["Ana"]
    meeting.faulty.arm(None)
    walk.vote_selected(4)
    assert walk.selected == meeting.ids["Ben"] and meeting.votes() == [("Ana", "results", 1, 4)]


def test_another_writer_is_one_fault_and_the_votes_after_it_count(meeting: Meeting) -> None:
    meeting.faulty.arm(None)
    short_busy_wait(meeting.store)
    walk = meeting.walk
    walk.vote(meeting.ids["Ana"], 1)
    with other_writer(meeting.store.path):
        for value in (2, 3, 4):
            assert walk.vote(meeting.ids["Ben"], value) is False
    assert walk.vote(meeting.ids["Cy"], 5)
    assert meeting.votes() == [("Ana", "results", 1, 1), ("Cy", "results", 1, 5)]
    assert [type(r.error) for r in meeting.refusals] == [FileInUse] * 3
    assert [r.first for r in meeting.refusals] == [True, False, False]
    assert meeting.undo_labels() == (["vote 1 by Ana", "vote 5 by Cy"], [])


def test_the_timer_shows_no_time_the_file_refused(meeting: Meeting) -> None:
    now = [0.0]
    timer = CardTimer(
        meeting.store,
        lambda: now[0],
        timed_cards=meeting.session.deck.card_keys,
        flush_every=30,
        attempt=meeting.session.attempt,
    )
    timer.show("results")
    timer.start()
    now[0] = 40
    meeting.faulty.arm("disk-full")
    timer.tick()
    assert meeting.store.card_times() == {} and timer.spent("results") == 40
    now[0] = 41
    timer.tick()  # waits before trying again: one refusal, not one a second
    assert len(meeting.refusals) == 1
    box = timer.box("results")
    timer.cycle_box()
    assert timer.box("results") == box  # a refused time box is not shown either
    meeting.faulty.arm(None)
    now[0] = 75
    timer.tick()
    assert meeting.store.card_times() == {"results": 75.0} and timer.spent("results") == 75


def test_a_refused_ballot_stores_nothing_and_says_so(meeting: Meeting) -> None:
    from xsector_desktop.core.snapshot import ballot_code

    entry = BallotEntry(meeting.session, meeting.session.run)
    entry.enter_code(ballot_code(meeting.session.info, meeting.ids["Ana"]))
    for key in "54431453212" + "45":
        entry.key(key)
    meeting.faulty.arm("drive-gone")
    state = entry.key("enter")
    assert state.problem is not None and state.problem.kind == "not-stored"
    assert meeting.votes() == [] and meeting.store.rounds() == []
    assert meeting.undo_labels() == ([], [])
    meeting.faulty.arm(None)
    assert entry.key("enter").phase == "code"
    assert len(meeting.votes()) == 11


def test_a_refused_settings_change_keeps_the_settings(meeting: Meeting) -> None:
    settings = WorkshopSettingsController(meeting.session, meeting.session.run)
    wanted = settings.current()._replace(place="Library")
    meeting.faulty.arm("read-only")
    assert settings.apply(wanted) is False
    assert meeting.session.info.place == "" and settings.current().place == ""
    meeting.faulty.arm(None)
    assert settings.apply(wanted) and meeting.session.info.place == "Library"


def test_paper_ballots_refresh_the_signals_of_revealed_rounds(meeting: Meeting) -> None:
    from xsector_desktop.core.snapshot import ballot_code

    walk = meeting.walk
    walk.vote(meeting.ids["Ana"], 5)
    walk.reveal()
    before = walk.signals.latest("results")
    assert before is not None and before.n == 1
    entry = BallotEntry(meeting.session, meeting.session.run)
    entry.enter_code(ballot_code(meeting.session.info, meeting.ids["Ben"]))
    for key in "14431453212" + "45":
        entry.key(key)
    entry.key("enter")
    after = walk.signals.latest("results")
    assert after is not None and after.n == 2  # the ballot's vote for Results is counted
    assert [s.voted for s in walk.round_summaries()] == [2]


def test_with_the_clock_set_back_undo_takes_the_last_step_not_the_latest_time(
    tmp_path: Path,
) -> None:
    clock = SteppingClock()
    meeting = Meeting(tmp_path / "w.xsector", clock)
    walk = meeting.walk
    walk.vote(meeting.ids["Ana"], 4)
    clock.set_back(1)
    walk.vote(meeting.ids["Ana"], 2)  # stamped a day before the first
    assert meeting.votes() == [("Ana", "results", 1, 2)]
    assert meeting.session.undo()
    assert meeting.votes() == [("Ana", "results", 1, 4)]
    meeting.session.close()


def test_a_history_without_a_session_keeps_a_step_whose_undo_or_redo_raised(
    tmp_path: Path,
) -> None:
    """A script's History lets the store's error rise, and keeps its lists as they were."""
    from xsector_desktop.ui.controllers.actions import Action
    from xsector_desktop.ui.controllers.history import History

    class Flaky(Action):
        text = "flaky step"
        failing = False

        def apply(self) -> None:
            if self.failing:
                raise DiskFull(tmp_path / "w.xsector", "the disk is full")

        def revert(self) -> None:
            self.apply()

    step, history = Flaky(), History()
    history.run(step)
    step.failing = True
    with pytest.raises(DiskFull):
        history.undo()
    assert history.undo_text() == "flaky step" and not history.can_redo()
    step.failing = False
    assert history.undo()
    step.failing = True
    with pytest.raises(DiskFull):
        history.redo()
    assert history.redo_text() == "flaky step" and not history.can_undo()
