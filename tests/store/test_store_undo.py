"""Undo is a retraction row, redo retracts the retraction; nothing is ever deleted."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from xsector_desktop.core.model import Participant
from xsector_desktop.store import (
    Change,
    DuplicateParticipant,
    RowRef,
    UnknownRecord,
    WorkshopStore,
    Written,
)


def table_sizes(store: WorkshopStore) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for entry in store.history():
        sizes[entry.table] = sizes.get(entry.table, 0) + 1
    return sizes


def snapshot(store: WorkshopStore) -> tuple[object, ...]:
    return (
        store.participants(),
        store.votes(),
        store.rounds(),
        store.disagreements(),
        store.notes(),
        store.trust_reading(),
        store.card_times(),
    )


@pytest.fixture
def meeting(store: WorkshopStore) -> WorkshopStore:
    """A workshop part-way through: two people, a round with votes, a disagreement."""
    ana = store.add_participant("Ana", "government", "doer").record
    store.add_participant("Ben", "business", "decision-maker")
    store.open_round("results")
    store.cast_vote(ana.id, "results", 1, 4)
    store.cast_vote(None, "results", 1, 2)
    store.add_disagreement("results", 1, "objection", "Too vague", raised_by=ana.id)
    return store


def ana(store: WorkshopStore) -> Participant:
    return next(p for p in store.participants() if p.name == "Ana")


ACTIONS: dict[str, Callable[[WorkshopStore], object]] = {
    "vote": lambda s: s.cast_vote(ana(s).id, "results", 1, 1),
    "tally click": lambda s: s.cast_vote(None, "results", 1, 5),
    "reveal": lambda s: s.reveal("results", 1),
    "new round": lambda s: s.open_round("results"),
    "disagreement": lambda s: s.add_disagreement("results", 1, "proposal", "Say 'measurable'"),
    "status change": lambda s: s.set_disagreement_status(s.disagreements()[0].id, "resolved"),
    "roster add": lambda s: s.add_participant("Cy", "health"),
    "roster batch add": lambda s: s.add_participants(
        [{"name": "Dee", "sector": "x"}, {"name": "Eli", "sector": "y"}]
    ),
    "roster edit": lambda s: s.update_participant(ana(s).id, name="Anabel", role="unsaid"),
    "roster remove": lambda s: s.remove_participant(ana(s).id),
    "import": lambda s: s.add_votes(
        [{"participant_id": None, "card": "charge", "round": 1, "value": 3}]
    ),
    "note": lambda s: s.add_note("results", "observing", "Data exists in two agencies"),
    "trust reading": lambda s: s.record_trust_reading("storming", "norming"),
    "card time": lambda s: s.record_card_time("results", 312.5),
}


@pytest.mark.parametrize("action", list(ACTIONS), ids=list(ACTIONS))
def test_every_action_can_be_undone_and_redone_repeatedly(
    meeting: WorkshopStore, action: str
) -> None:
    before = snapshot(meeting)
    outcome = ACTIONS[action](meeting)
    after = snapshot(meeting)
    assert after != before
    # A write that makes a record returns it with its Change; the others, the Change alone.
    change = outcome.change if isinstance(outcome, Written) else outcome
    assert isinstance(change, Change) and change.rows
    rows_before_undo = table_sizes(meeting)
    for _ in range(2):
        meeting.retract(change)
        assert snapshot(meeting) == before
        meeting.restore(change)
        assert snapshot(meeting) == after
    # Undo and redo only ever added rows.
    grown = table_sizes(meeting)
    assert all(grown[table] >= count for table, count in rows_before_undo.items())
    assert grown["retractions"] == rows_before_undo.get("retractions", 0) + 4 * len(change.rows)


def test_undoing_a_changed_vote_brings_back_the_previous_one(meeting: WorkshopStore) -> None:
    person = ana(meeting)
    first = meeting.votes("results", 1)[0]
    _, change = meeting.cast_vote(person.id, "results", 1, 1)
    meeting.retract(change)
    assert first in meeting.votes("results", 1)
    history = {row["id"]: row for row in meeting.vote_history()}
    assert len(history) == 3
    assert [row["retracted"] for row in history.values()] == [False, False, True]


def test_undoing_one_tally_click_removes_one_hand(store: WorkshopStore) -> None:
    hands = [store.cast_vote(None, "charge", 1, 3).record for _ in range(3)]
    store.retract(Change("cast_vote", (RowRef("votes", hands[1].id),)))
    assert store.votes("charge", 1) == [hands[0], hands[2]]


def test_undo_survives_reopening(meeting: WorkshopStore, workshop_path: Path) -> None:
    change = meeting.cast_vote(None, "results", 1, 5).change
    meeting.retract(change)
    expected = snapshot(meeting)
    meeting.close()
    with WorkshopStore.open(workshop_path) as reopened:
        assert snapshot(reopened) == expected
        reopened.restore(change)
        assert len(reopened.votes()) == len(expected[1]) + 1  # type: ignore[arg-type]


def test_undo_twice_or_redo_without_undo_is_refused(meeting: WorkshopStore) -> None:
    change = meeting.set_disagreement_status(meeting.disagreements()[0].id, "resolved")
    with pytest.raises(UnknownRecord, match="is not undone"):
        meeting.restore(change)
    meeting.retract(change)
    with pytest.raises(UnknownRecord, match="already undone"):
        meeting.retract(change)


def test_a_redo_that_would_duplicate_a_name_is_refused_and_changes_nothing(
    store: WorkshopStore,
) -> None:
    added = store.add_participant("Cy", "health").change
    store.retract(added)
    store.add_participant("cy", "education")
    with pytest.raises(DuplicateParticipant, match="two participants named"):
        store.restore(added)
    assert [p.sector for p in store.participants()] == ["education"]


def test_only_history_tables_can_be_retracted(store: WorkshopStore) -> None:
    with pytest.raises(ValueError, match="workshop"):
        store.retract(Change("edit", (RowRef("workshop", 1),)))


def test_history_lists_everything_with_its_state(meeting: WorkshopStore) -> None:
    change = meeting.cast_vote(None, "results", 1, 5).change
    meeting.retract(change)
    history = meeting.history()
    assert [entry.at for entry in history] == sorted(entry.at for entry in history)
    retracted = [(e.table, e.id) for e in history if e.retracted]
    assert retracted == [(ref.table, ref.id) for ref in change.rows]
    kinds = {entry.table for entry in history}
    assert {"participant_changes", "votes", "rounds", "disagreements", "retractions"} <= kinds
    vote_entry = next(e for e in history if e.table == "votes" and e.retracted)
    assert vote_entry.fields["value"] == 5


def test_plain_sqlite_readers_see_the_current_state_through_views(
    meeting: WorkshopStore, workshop_path: Path
) -> None:
    change = meeting.cast_vote(None, "results", 1, 5).change
    meeting.retract(change)
    meeting.remove_participant(ana(meeting).id)
    reader = sqlite3.connect(workshop_path)
    try:
        votes = reader.execute("SELECT id, value FROM current_votes ORDER BY id").fetchall()
        names = reader.execute("SELECT name FROM current_participants").fetchall()
        rounds = reader.execute("SELECT card, round, revealed_at FROM current_rounds").fetchall()
    finally:
        reader.close()
    assert votes == [(vote.id, vote.value) for vote in meeting.votes()]
    assert names == [("Ben",)]
    assert rounds == [("results", 1, None)]
