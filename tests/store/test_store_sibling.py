"""A sibling store: a second connection to an open workshop, for a thread that writes beside the
window's, sharing one write turn with the store it came from (store/write_turn.py)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fault_injection import inject

from xsector_desktop.store import WorkshopStore
from xsector_desktop.store.errors import StoreError, WorkshopReadOnly
from xsector_desktop.store.faults import DiskFull, StoreFault
from xsector_desktop.store.fileformat import sidecar
from xsector_desktop.store.write_turn import WriteTurn

CARD = "charge"


@pytest.fixture
def pair(store: WorkshopStore) -> tuple[WorkshopStore, WorkshopStore, list[int]]:
    ids = [store.add_participant(n, "community").record.id for n in ("Ana", "Ben", "Cy")]
    store.open_round(CARD)
    return store, store.sibling(), ids


def in_thread(work: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    done: dict[str, Any] = {}

    def run() -> None:
        try:
            done["result"] = work()
        except BaseException as error:
            done["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, done


def test_each_store_reads_what_the_other_committed(pair: Any) -> None:
    store, sibling, (ana, ben, _cy) = pair
    sibling.cast_vote(ana, CARD, 1, 4, source="phone")
    store.cast_vote(ben, CARD, 1, 2)
    for reader in (store, sibling):
        assert {(v.participant_id, v.value) for v in reader.votes(CARD, 1)} == {(ana, 4), (ben, 2)}
    assert store.changed  # the session wrote, through either connection


def test_a_sibling_takes_no_second_lock_and_cannot_be_had_of_a_read_only_or_closed_store(
    workshop_path: Path, pair: Any
) -> None:
    store, sibling, _ids = pair
    with pytest.raises(StoreError):
        sibling.sibling()
    store.close()
    with pytest.raises(StoreError):
        store.sibling()
    with WorkshopStore.open(workshop_path, read_only=True) as reader:
        with pytest.raises(WorkshopReadOnly):
            reader.sibling()


def test_one_writer_at_a_time_even_when_sqlite_would_not_wait(pair: Any) -> None:
    """With SQLite's own busy wait off, two connections writing at once would fail with
    "database is locked"; the shared turn keeps them apart, so none does."""
    store, sibling, ids = pair
    for conn in (store._conn, sibling._conn):
        conn.execute("PRAGMA busy_timeout=0")
    start = threading.Barrier(2)

    def hammer(which: WorkshopStore, source: str) -> int:
        start.wait(10)
        for i in range(150):
            with which.batch():
                which.cast_vote(ids[i % 3], CARD, 1, 1 + i % 5, source=source)
                which.cast_vote(ids[(i + 1) % 3], CARD, 1, 1 + i % 5, source=source)
        return 300

    phone_thread, phone = in_thread(lambda: hammer(sibling, "phone"))
    console_thread, console = in_thread(lambda: hammer(store, "live"))
    phone_thread.join(60)
    console_thread.join(60)
    assert phone == {"result": 300} and console == {"result": 300}
    sources = [v["source"] for v in store.vote_history()]
    assert sources.count("phone") == 300 and sources.count("live") == 300


def test_a_console_write_waits_for_the_other_threads_turn_and_then_goes_through(
    pair: Any,
) -> None:
    store, sibling, (ana, ben, _cy) = pair
    inside, release = threading.Event(), threading.Event()

    def phone_batch() -> None:
        with sibling.write_turn:
            sibling.cast_vote(ana, CARD, 1, 5, source="phone")
            inside.set()
            release.wait(10)

    phone_thread, _ = in_thread(phone_batch)
    assert inside.wait(10)
    console_thread, console = in_thread(lambda: store.cast_vote(ben, CARD, 1, 3))
    console_thread.join(0.2)
    assert console_thread.is_alive() and console == {}  # waiting for the turn, not failing
    assert not store.write_turn.mine()
    release.set()
    console_thread.join(10)
    phone_thread.join(10)
    assert "error" not in console
    assert {(v.participant_id, v.value) for v in store.votes(CARD, 1)} == {(ana, 5), (ben, 3)}


def test_reads_never_wait_for_the_turn(pair: Any) -> None:
    store, sibling, (ana, _ben, _cy) = pair
    with sibling.write_turn:
        sibling.cast_vote(ana, CARD, 1, 2, source="phone")
        # The window's thread reads while the writer holds the turn: WAL, no waiting.
        _thread, read = in_thread(lambda: [v.value for v in store.votes(CARD, 1)])
        _thread.join(10)
        assert read == {"result": [2]}


def test_the_turn_is_given_back_when_a_write_fails(pair: Any) -> None:
    store, sibling, (ana, _ben, _cy) = pair
    with pytest.raises(StoreError):
        store.cast_vote(ana, "no-such-card", 1, 3)
    with pytest.raises(StoreError), store.batch():
        store.cast_vote(ana, "no-such-card", 1, 3)
    assert not store.write_turn.mine() and store.write_turn.depth() == 0
    # ...so the other thread's write goes through at once.
    thread, done = in_thread(lambda: sibling.cast_vote(ana, CARD, 1, 4, source="phone"))
    thread.join(10)
    assert "result" in done


def test_a_scale_changed_on_one_connection_checks_the_others_votes(pair: Any) -> None:
    store, sibling, (ana, ben, _cy) = pair
    sibling.cast_vote(ana, CARD, 1, 5, source="phone")  # reads (and keeps) the 5-point scale
    with pytest.raises(StoreError):
        sibling.cast_vote(ben, CARD, 1, 7, source="phone")
    store.update_info(scale="agree7")
    sibling.cast_vote(ben, CARD, 1, 7, source="phone")  # the sibling knows the new scale
    store.update_info(scale="agree5")
    with pytest.raises(StoreError):
        sibling.cast_vote(ben, CARD, 1, 6, source="phone")


@pytest.mark.parametrize("order", ["console first", "phone first"])
def test_undoing_a_console_vote_is_right_whatever_the_other_connection_wrote(
    pair: Any, order: str
) -> None:
    store, sibling, (ana, ben, _cy) = pair
    if order == "phone first":
        sibling.cast_vote(ana, CARD, 1, 2, source="phone")
    _vote, console = store.cast_vote(ana, CARD, 1, 4)
    if order == "console first":
        sibling.cast_vote(ana, CARD, 1, 2, source="phone")
    sibling.cast_vote(ben, CARD, 1, 1, source="phone")
    store.retract(console)  # the facilitator's undo
    counted = {v.participant_id: (v.value, v.source) for v in store.votes(CARD, 1)}
    assert counted == {ana: (2, "phone"), ben: (1, "phone")}
    store.restore(console)  # redo
    counted = {v.participant_id: (v.value, v.source) for v in sibling.votes(CARD, 1)}
    expected_ana = (4, "live") if order == "phone first" else (2, "phone")
    assert counted == {ana: expected_ana, ben: (1, "phone")}


def test_a_fault_on_the_sibling_is_told_once_and_its_recovery_too(pair: Any) -> None:
    _store, sibling, (ana, _ben, _cy) = pair
    told: list[StoreFault | None] = []
    sibling.on_fault = told.append
    sibling.on_recovered = lambda: told.append(None)
    faulty = inject(sibling)
    faulty.arm("disk-full")
    rows = [{"participant_id": ana, "card": CARD, "round": 1, "value": 3, "source": "phone"}]
    with pytest.raises(DiskFull):
        sibling.add_votes(rows)
    assert [type(f) for f in told] == [DiskFull]
    assert sibling.votes(CARD, 1) == []
    assert not sibling.write_turn.mine()
    faulty.arm(None)
    sibling.add_votes(rows)
    assert told[1:] == [None]
    sibling.add_votes(rows)
    assert len(told) == 2  # recovery is told once


def test_closing_the_store_closes_its_sibling_first_and_leaves_the_file_whole(
    workshop_path: Path, pair: Any
) -> None:
    store, sibling, (ana, _ben, _cy) = pair
    sibling.cast_vote(ana, CARD, 1, 4, source="phone")
    store.close()
    with pytest.raises(sqlite3.ProgrammingError):
        sibling._conn.execute("SELECT 1")
    assert not sidecar(workshop_path, "-wal").exists()  # checkpointed, journal emptied
    assert store.backups()  # the session wrote (through its sibling): a backup copy is left
    with WorkshopStore.open(workshop_path) as again:
        assert [(v.participant_id, v.source) for v in again.votes(CARD, 1)] == [(ana, "phone")]


def test_a_sibling_closed_first_leaves_the_store_working(pair: Any) -> None:
    store, sibling, (ana, _ben, _cy) = pair
    sibling.cast_vote(ana, CARD, 1, 4, source="phone")
    sibling.close()
    sibling.close()  # twice is harmless
    store.cast_vote(ana, CARD, 1, 5)
    assert [v.value for v in store.votes(CARD, 1)] == [5]


def test_the_write_turn_counts_its_holders_depth() -> None:
    turn = WriteTurn()
    assert turn.depth() == 0 and not turn.mine()
    with turn:
        turn.take()  # already held: no deeper
        assert turn.depth() == 1
        with turn:
            assert turn.depth() == 2
        assert turn.try_acquire() and turn.depth() == 2
        turn.release_to(1)
        assert turn.depth() == 1
    assert turn.depth() == 0
    with pytest.raises(RuntimeError):
        turn.release()
    other, done = in_thread(lambda: turn.try_acquire())
    other.join(10)
    assert done == {"result": True}  # that thread holds it now (and ended with it held)
    assert not turn.try_acquire()


def test_what_a_store_remembers_of_its_reads_follows_the_other_connections_writes(
    pair: Any,
) -> None:
    """Votes, rounds and the roster are read again only when the file changed, whichever
    connection changed it, and never kept from a write that was rolled back."""
    store, sibling, (ana, ben, _cy) = pair
    assert store.votes(CARD, 1) == [] and store.votes(CARD, 1) == []  # the second, remembered
    assert [r.round for r in store.rounds(CARD)] == [1]
    sibling.cast_vote(ana, CARD, 1, 4, source="phone")
    sibling.add_participant("Dee", "business")
    with sibling.batch():
        sibling.reveal(CARD, 1)
        sibling.open_round(CARD)
    assert [(v.participant_id, v.value) for v in store.votes(CARD, 1)] == [(ana, 4)]
    assert [r.round for r in store.rounds(CARD)] == [1, 2]
    assert [p.name for p in store.participants()][-1] == "Dee"
    with pytest.raises(RuntimeError), store.batch():
        store.cast_vote(ben, CARD, 2, 5)
        assert [v.participant_id for v in store.votes(CARD, 2)] == [ben]  # inside: seen
        raise RuntimeError("the facilitator's write fails after it")
    assert store.votes(CARD, 2) == []  # rolled back: not remembered
    returned = store.votes(CARD, 1)
    returned.clear()  # a caller's list is its own
    assert len(store.votes(CARD, 1)) == 1


def test_a_journal_deleted_while_the_sibling_writes_is_told_through_the_store(pair: Any) -> None:
    store, sibling, (ana, ben, _cy) = pair
    sibling.cast_vote(ana, CARD, 1, 4, source="phone")
    sidecar(store.path, "-wal").unlink()  # a cleaner, while the phones vote
    sibling.cast_vote(ben, CARD, 1, 2, source="phone")  # the sibling notices and rescues it
    notices = store.take_notices()
    assert [type(n).__name__ for n in notices] == ["JournalRemoved"]
    assert "-wal" in str(notices[0])
    assert store.take_notices() == []  # told once
    assert {(v.participant_id, v.value) for v in store.votes(CARD, 1)} == {(ana, 4), (ben, 2)}


def test_after_a_rescued_journal_both_connections_read_and_write_the_same_file(
    workshop_path: Path, pair: Any
) -> None:
    store, sibling, (ana, ben, cy) = pair
    sibling.cast_vote(ana, CARD, 1, 4, source="phone")
    sidecar(store.path, "-wal").unlink()
    sibling.cast_vote(ben, CARD, 1, 2, source="phone")  # rescued: a new journal begins
    sibling.cast_vote(cy, CARD, 1, 5, source="phone")  # written to the new journal
    expected = {(ana, 4), (ben, 2), (cy, 5)}
    assert {(v.participant_id, v.value) for v in store.votes(CARD, 1)} == expected
    store.cast_vote(ana, CARD, 1, 1)  # the window's connection writes the new journal too
    expected = {(ana, 1), (ben, 2), (cy, 5)}
    assert {(v.participant_id, v.value) for v in sibling.votes(CARD, 1)} == expected
    store.close()
    with WorkshopStore.open(workshop_path) as again:
        assert {(v.participant_id, v.value) for v in again.votes(CARD, 1)} == expected
