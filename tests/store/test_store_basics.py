"""Creating and reopening a workshop, the roster, rounds and votes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import (
    DuplicateParticipant,
    StoreError,
    UnknownRecord,
    WorkshopExists,
    WorkshopReadOnly,
    WorkshopStore,
)


def test_a_new_workshop_keeps_its_info_after_reopening(workshop_path: Path) -> None:
    info = WorkshopInfo(
        "Riverside",
        date="2026-03-12",
        place="Library",
        facilitator="Jo",
        scale="fist5",
        anonymous=True,
        privacy_protection=False,
    )
    WorkshopStore.create(workshop_path, info).close()
    with WorkshopStore.open(workshop_path) as reopened:
        assert reopened.info() == info
        assert reopened.path == workshop_path
        assert not reopened.read_only


def test_create_refuses_to_replace_a_file(workshop_path: Path) -> None:
    workshop_path.write_bytes(b"precious")
    with pytest.raises(WorkshopExists):
        WorkshopStore.create(workshop_path, WorkshopInfo("Riverside"))
    assert workshop_path.read_bytes() == b"precious"


def test_create_leaves_no_temporary_files(workshop_path: Path) -> None:
    WorkshopStore.create(workshop_path, WorkshopInfo("Riverside")).close()
    assert sorted(p.name for p in workshop_path.parent.iterdir()) == [workshop_path.name]


def test_update_info_settings_and_position_persist(
    store: WorkshopStore, workshop_path: Path
) -> None:
    store.update_info(place="Church hall", anonymous=True)
    store.update_settings({"storming_consensus": 0.4}, watch_gap=1.5)
    store.update_settings(watch_gap=None)
    store.set_position("authority", 2)
    store.close()
    with WorkshopStore.open(workshop_path) as reopened:
        assert reopened.info().place == "Church hall"
        assert reopened.info().anonymous is True
        assert reopened.settings() == {"storming_consensus": 0.4}
        assert reopened.position() == ("authority", 2)


def test_position_is_none_before_the_first_card(store: WorkshopStore) -> None:
    assert store.position() is None


def test_roster_add_edit_remove(store: WorkshopStore) -> None:
    ana = store.add_participant("Ana", "government", "doer").record
    ben = store.add_participant("  Ben   Okafor ", "business").record
    assert ben.name == "Ben Okafor" and ben.role == "unsaid"
    store.update_participant(ana.id, sector="community", role="decision-maker")
    store.remove_participant(ben.id)
    assert store.participants() == [ana.__class__(ana.id, "Ana", "community", "decision-maker")]


def test_names_are_unique_among_active_participants_ignoring_case(store: WorkshopStore) -> None:
    ana = store.add_participant("Ana", "government").record
    with pytest.raises(DuplicateParticipant, match="'ANA' is already on the roster"):
        store.add_participant("ANA", "business")
    store.remove_participant(ana.id)
    assert store.add_participant("ana", "business").record.name == "ana"


def test_add_participants_is_all_or_nothing(store: WorkshopStore) -> None:
    store.add_participant("Cy", "health")
    rows = [{"name": "Dee", "sector": "education"}, {"name": "Eli", "sector": "x", "role": "boss"}]
    with pytest.raises(StoreError, match="row 2: role 'boss'"):
        store.add_participants(rows)
    with pytest.raises(DuplicateParticipant, match="row 2"):
        store.add_participants([{"name": "Fay", "sector": "health"}, {"name": "cy", "sector": ""}])
    assert [p.name for p in store.participants()] == ["Cy"]
    added = store.add_participants(
        [
            {"name": "Dee", "sector": "education", "role": "doer"},
            {"name": "Eli", "sector": "nonprofit"},
        ]
    ).record
    assert [p.name for p in store.participants()] == ["Cy", "Dee", "Eli"]
    assert [p.id for p in added] == [p.id for p in store.participants()[1:]]


def test_rounds_number_from_one_per_card_and_reveal(store: WorkshopStore) -> None:
    assert store.open_round("results").record == 1
    assert store.open_round("results").record == 2
    assert store.open_round("charge").record == 1
    store.reveal("results", 1)
    states = {(r.card, r.round): r.revealed for r in store.rounds()}
    assert states == {("results", 1): True, ("results", 2): False, ("charge", 1): False}
    assert [r.round for r in store.rounds("results")] == [1, 2]
    with pytest.raises(UnknownRecord):
        store.reveal("charge", 7)


def test_a_changed_vote_is_a_new_row_and_the_latest_counts(store: WorkshopStore) -> None:
    ana = store.add_participant("Ana", "government").record
    store.open_round("results")
    first = store.cast_vote(ana.id, "results", 1, 2).record
    second = store.cast_vote(ana.id, "results", 1, 5, type_choice="specific", comment="ok").record
    assert store.votes("results", 1) == [second]
    history = store.vote_history()
    assert [(row["id"], row["effective"], row["retracted"]) for row in history] == [
        (first.id, False, False),
        (second.id, True, False),
    ]


def test_every_tally_row_is_one_hand(store: WorkshopStore) -> None:
    store.open_round("charge")
    hands = [store.cast_vote(None, "charge", 1, value).record for value in (3, 3, 4)]
    assert store.votes("charge", 1) == hands
    assert {vote.source for vote in hands} == {"tally"}


def test_votes_filter_by_card_and_round(store: WorkshopStore) -> None:
    ana = store.add_participant("Ana", "government").record
    a = store.cast_vote(ana.id, "results", 1, 4).record
    b = store.cast_vote(ana.id, "results", 2, 5).record
    c = store.cast_vote(ana.id, "charge", 1, 1).record
    assert store.votes() == [a, b, c]
    assert store.votes("results") == [a, b]
    assert store.votes(round=1) == [a, c]


def test_a_vote_for_an_unknown_participant_is_refused(store: WorkshopStore) -> None:
    with pytest.raises(UnknownRecord, match="participant 99"):
        store.cast_vote(99, "results", 1, 3)
    assert store.votes() == []


@pytest.mark.parametrize("bad", [{"round": 0}, {"value": 2.5}, {"card": ""}, {"source": "x"}])
def test_a_malformed_vote_is_refused(store: WorkshopStore, bad: dict[str, object]) -> None:
    vote: dict[str, object] = {"participant_id": None, "card": "results", "round": 1, "value": 3}
    vote.update(bad)
    with pytest.raises(StoreError):
        store.cast_vote(**vote)  # type: ignore[arg-type]
    assert store.votes() == []


def test_add_votes_is_all_or_nothing_and_opens_missing_rounds(store: WorkshopStore) -> None:
    ana = store.add_participant("Ana", "government").record
    good = {"participant_id": ana.id, "card": "results", "round": 1, "value": 4}
    with pytest.raises(UnknownRecord, match="vote 2: participant 42"):
        store.add_votes([good, {**good, "participant_id": 42}])
    with pytest.raises(StoreError, match="vote 2: 'value' is missing"):
        store.add_votes([good, {"card": "results", "round": 1}])
    assert store.votes() == [] and store.rounds() == []
    votes = store.add_votes(
        [
            good,
            {"participant_id": None, "card": "charge", "round": 2, "value": 1, "comment": "paper"},
        ]
    ).record
    assert store.votes() == votes
    assert {v.source for v in votes} == {"import"}
    assert [(r.card, r.round) for r in store.rounds()] == [("results", 1), ("charge", 2)]


def test_votes_survive_reopening(store: WorkshopStore, workshop_path: Path) -> None:
    ana = store.add_participant("Ana", "government").record
    vote = store.cast_vote(ana.id, "results", 1, 4).record
    store.close()
    with WorkshopStore.open(workshop_path, read_only=True) as reopened:
        assert reopened.votes() == [vote]
        assert reopened.participants() == [ana]


def test_a_read_only_session_refuses_writes(store: WorkshopStore, workshop_path: Path) -> None:
    store.close()
    with WorkshopStore.open(workshop_path, read_only=True) as viewer:
        assert viewer.read_only
        with pytest.raises(WorkshopReadOnly, match="opened read-only"):
            viewer.cast_vote(None, "results", 1, 3)
        assert not viewer.changed


def test_changed_says_whether_this_session_wrote(store: WorkshopStore) -> None:
    assert not store.changed
    store.participants()
    assert not store.changed
    store.open_round("results")
    assert store.changed


def test_the_file_is_in_wal_mode_and_writes_are_fully_synced(
    store: WorkshopStore, workshop_path: Path
) -> None:
    header = workshop_path.read_bytes()[:100]
    assert header[18:20] == b"\x02\x02"  # WAL, as recorded in the file itself
    assert int.from_bytes(header[68:72], "big") == int.from_bytes(b"XSEC", "big")
    connection = store._conn  # connection-level settings are not visible from outside
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert connection.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    assert connection.execute("PRAGMA foreign_keys").fetchone() == (1,)


def test_a_write_is_visible_to_another_connection_as_soon_as_it_returns(
    store: WorkshopStore, workshop_path: Path
) -> None:
    store.add_participant("Ana", "government")
    vote = store.cast_vote(None, "results", 1, 3).record
    other = sqlite3.connect(workshop_path)
    try:
        assert other.execute("SELECT id, value FROM votes").fetchall() == [(vote.id, 3)]
        assert other.execute("SELECT count(*) FROM participants").fetchone() == (1,)
    finally:
        other.close()


def test_notes_keep_their_card_stage_and_kind(store: WorkshopStore, workshop_path: Path) -> None:
    first = store.add_note("results", "observing", "Attendance drops each spring").record
    second = store.add_note(None, None, "Send the profile to the board", kind="next-step").record
    with pytest.raises(StoreError, match="'todo' is not one of note, next-step"):
        store.add_note(None, None, "x", kind="todo")  # type: ignore[arg-type]
    store.close()
    with WorkshopStore.open(workshop_path, read_only=True) as reopened:
        assert reopened.notes() == [first, second]
        assert [note.kind for note in reopened.notes()] == ["note", "next-step"]
