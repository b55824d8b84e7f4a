"""Faults at the store: every write refused by a full disk, a vanished drive, a read-only file or
another writer raises one typed StoreFault, changes nothing, and the next write works."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fault_injection import (
    SteppingClock,
    fill,
    inject,
    loop_drive,
    other_writer,
    posix_only,
    pull,
    short_busy_wait,
    small_tmpfs,
)

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import Change, RowRef, WorkshopStore
from xsector_desktop.store.backups import backup_folder
from xsector_desktop.store.errors import JournalRemoved, NotCheckpointed
from xsector_desktop.store.faults import (
    DiskFull,
    DriveGone,
    FileInUse,
    FileReadOnlyNow,
    StoreFault,
)

TYPED = {
    "disk-full": DiskFull,
    "drive-gone": DriveGone,
    "read-only": FileReadOnlyNow,
    "in-use": FileInUse,
}


def fresh(path: Path, **kwargs: Any) -> WorkshopStore:
    store = WorkshopStore.create(path, WorkshopInfo("Fault Partnership"), **kwargs)
    store.add_participant("Ana", "government")
    store.add_participant("Ben", "business")
    return store


def acknowledged(store: WorkshopStore) -> list[tuple[Any, ...]]:
    return [(v.participant_id, v.card, v.round, v.value) for v in store.votes()]


WRITES: dict[str, Callable[[WorkshopStore], object]] = {
    "cast_vote": lambda s: s.cast_vote(1, "results", 1, 5),
    "add_votes": lambda s: s.add_votes(
        [{"participant_id": 2, "card": "charge", "round": 1, "value": 2}]
    ),
    "open_round": lambda s: s.open_round("results"),
    "reveal": lambda s: s.reveal("results", 1),
    "set_position": lambda s: s.set_position("charge", 1),
    "update_settings": lambda s: s.update_settings({"x": 1}),
    "add_participant": lambda s: s.add_participant("Cy", "nonprofit"),
    "retract": lambda s: s.retract(Change("cast_vote", (RowRef("votes", s.votes()[-1].id),))),
    "add_disagreement": lambda s: s.add_disagreement("results", 1, "objection", "no"),
}


@pytest.mark.parametrize("kind", ["disk-full", "drive-gone", "read-only"])
def test_every_write_refused_by_an_injected_fault_is_typed_and_changes_nothing(
    tmp_path: Path, kind: str
) -> None:
    store = fresh(tmp_path / "w.xsector")
    store.open_round("results")
    store.cast_vote(1, "results", 1, 3)
    before = (acknowledged(store), store.rounds(), store.position(), store.settings())
    before_history = len(store.history())
    faulty = inject(store)
    for name, write in WRITES.items():
        faulty.fault = kind
        with pytest.raises(TYPED[kind]) as refused:
            write(store)
        assert isinstance(refused.value, StoreFault), name
        assert str(store.path) in str(refused.value) and "\n" not in str(refused.value)
        faulty.fault = None
        assert not store._conn.in_transaction, name  # rolled back, nothing left open
        assert (acknowledged(store), store.rounds(), store.position(), store.settings()) == before
        assert len(store.history()) == before_history, name
    # Writes work again, and a batch that fails half way leaves nothing either.
    store.cast_vote(2, "results", 1, 4)
    with pytest.raises(DiskFull), store.batch():
        store.cast_vote(1, "results", 1, 1)
        faulty.fault = "disk-full"
        store.cast_vote(2, "results", 1, 1)
    faulty.fault = None
    assert acknowledged(store) == [*before[0], (2, "results", 1, 4)]
    store.close()


def test_another_writer_holding_the_lock_is_a_typed_fault_until_it_lets_go(
    tmp_path: Path,
) -> None:
    store = fresh(tmp_path / "w.xsector")
    store.open_round("results")
    store.cast_vote(1, "results", 1, 3)
    short_busy_wait(store)
    with other_writer(store.path):
        for name, write in WRITES.items():
            if name == "retract":
                continue
            with pytest.raises(FileInUse, match="another program has the file locked"):
                write(store)
            assert not store._conn.in_transaction
        assert acknowledged(store) == [(1, "results", 1, 3)]  # reads still work
    store.cast_vote(2, "results", 1, 4)
    assert acknowledged(store) == [(1, "results", 1, 3), (2, "results", 1, 4)]
    store.close()


@posix_only
def test_a_full_tmpfs_refuses_votes_and_loses_none_that_were_acknowledged(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", "1m") as disk:
        store = fresh(disk / "w.xsector")
        store.open_round("results")
        filler = fill(disk, leave=256 * 1024)  # room for some votes, then full
        acknowledged_votes, refused = [], 0
        for i in range(400):
            try:
                store.cast_vote(None, "results", 1, i % 5 + 1, comment="x" * 200)
            except DiskFull as error:
                refused += 1
                assert "the disk is full" in str(error) and "Free some space" in str(error)
                continue
            acknowledged_votes.append(i % 5 + 1)
        assert refused > 0, "the disk never filled"
        assert len(acknowledged_votes) > 5, "the disk was full from the start"
        filler.unlink()
        store.cast_vote(None, "results", 1, 1)  # space again: writes work again
        acknowledged_votes.append(1)
        store.close()
        with WorkshopStore.open(disk / "w.xsector", read_only=True) as again:
            assert [v.value for v in again.votes()] == acknowledged_votes


@posix_only
def test_a_pulled_drive_is_a_typed_fault_for_writes_and_reads(tmp_path: Path) -> None:
    with loop_drive(tmp_path) as stick:
        store = fresh(stick / "w.xsector")
        store.cast_vote(1, "results", 1, 3)
        pull(stick)
        with pytest.raises(DriveGone, match="Reconnect the drive"):
            store.cast_vote(2, "results", 1, 4)
        with pytest.raises(DriveGone):
            store.votes()  # SQLite says "malformed": the drive, not the file
        with pytest.raises(DriveGone):
            store.cast_vote(2, "results", 1, 4)  # again the same fault, not "within a transaction"
        with pytest.raises(Exception) as closing:
            store.close()
        assert isinstance(closing.value, NotCheckpointed | StoreFault | sqlite3.Error | OSError)


@posix_only
def test_a_file_made_read_only_during_the_session_is_a_typed_fault(tmp_path: Path) -> None:
    if shutil.which("chattr") is None:
        pytest.skip("chattr is needed to make a file read-only for root")
    import subprocess

    store = fresh(tmp_path / "w.xsector")
    store.cast_vote(1, "results", 1, 3)
    files = [str(store.path), str(store.path) + "-wal"]
    if subprocess.run(["chattr", "+i", *files], check=False).returncode != 0:
        pytest.skip("this file system has no immutable attribute")
    try:
        with pytest.raises(FileReadOnlyNow, match="cannot be written"):
            store.cast_vote(2, "results", 1, 4)
    finally:
        subprocess.run(["chattr", "-i", *files], check=True)
    store.cast_vote(2, "results", 1, 5)
    assert acknowledged(store) == [(1, "results", 1, 3), (2, "results", 1, 5)]
    store.close()


def test_a_clock_set_back_orders_nothing(tmp_path: Path) -> None:
    """Backups are ordered by their number: with the clock set back a day, the copy just
    taken is kept and the oldest goes; votes and undo never depend on the clock."""
    clock = SteppingClock()
    path = tmp_path / "w.xsector"
    fresh(path, clock=clock).close()
    taken = []
    for value in range(1, 8):
        store = WorkshopStore.open(path, clock=clock)
        store.cast_vote(1, "results", 1, value % 5 + 1)
        if value == 4:
            clock.set_back(1)
        store.close()
        taken.append(store.backups()[0])
        assert store.backups()[0].exists()
    kept = WorkshopStore.open(path, read_only=True)
    assert kept.backups() == taken[::-1][:5]  # the newest five, newest first, by number
    assert [v.value for v in kept.votes()] == [3]  # the last written (7 % 5 + 1), not by time
    kept.close()


def test_leftovers_of_failed_backups_are_removed_by_the_next(tmp_path: Path) -> None:
    store = fresh(tmp_path / "w.xsector")
    folder = backup_folder(store.path)
    folder.mkdir()
    half = "w-000009-20260101T000000Z-on-close.xsector"
    leftovers = [folder / f"{half}{suffix}" for suffix in (".part", ".part-journal")]
    for leftover in leftovers:
        leftover.write_bytes(b"half a copy")
    store.cast_vote(1, "results", 1, 2)
    store.close()
    assert not any(p.exists() for p in leftovers)
    assert [p.name.split("-")[1] for p in store.backups()] == ["000001"]


def test_close_with_an_idle_reader_leaves_the_xsector_alone_the_whole_workshop(
    tmp_path: Path,
) -> None:
    store = fresh(tmp_path / "w.xsector")
    for value in (1, 2, 3, 4):
        store.cast_vote(None, "results", 1, value)
    reader = sqlite3.connect(store.path)  # Datasette with the file open, between requests
    assert reader.execute("SELECT count(*) FROM votes").fetchone() == (4,)
    store.close()
    alone = tmp_path / "mailed" / "w.xsector"
    alone.parent.mkdir()
    shutil.copy(store.path, alone)  # what a facilitator mails: the .xsector, no -wal
    with WorkshopStore.open(alone, read_only=True) as copy:
        assert [v.value for v in copy.votes()] == [1, 2, 3, 4]
    reader.close()


def test_close_with_a_reader_in_a_transaction_retries_then_says_so(tmp_path: Path) -> None:
    store = fresh(tmp_path / "w.xsector")
    reader = sqlite3.connect(store.path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM votes").fetchone()  # a snapshot from before the votes
    store.cast_vote(None, "results", 1, 5)
    with pytest.raises(NotCheckpointed, match="-wal because another program"):
        store.close(checkpoint_seconds=0.3)
    reader.execute("COMMIT")
    reader.close()
    # Nothing was lost: the journal beside it still has the vote, and opening takes it in.
    with WorkshopStore.open(store.path) as again:
        assert [v.value for v in again.votes()] == [5]


def test_close_waits_for_a_reader_that_finishes_in_time(tmp_path: Path) -> None:
    store = fresh(tmp_path / "w.xsector")
    reader = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM votes").fetchone()
    store.cast_vote(None, "results", 1, 5)
    finished = threading.Timer(0.3, lambda: reader.execute("COMMIT"))
    finished.start()
    store.close(checkpoint_seconds=5)  # no error: it retried until the reader let go
    finished.join()
    reader.close()
    alone = tmp_path / "alone.xsector"
    shutil.copy(store.path, alone)
    with WorkshopStore.open(alone, read_only=True) as copy:
        assert [v.value for v in copy.votes()] == [5]


def test_a_reveal_a_round_and_a_card_change_each_leave_the_xsector_whole(tmp_path: Path) -> None:
    store = fresh(tmp_path / "w.xsector")
    steps: list[tuple[str, Callable[[], object]]] = [
        ("round", lambda: store.open_round("results")),
        ("vote", lambda: store.cast_vote(1, "results", 1, 4)),
        ("reveal", lambda: store.reveal("results", 1)),
        ("card", lambda: store.set_position("charge", 1)),
    ]
    for name, step in steps:
        step()
        if name == "vote":
            continue
        alone = tmp_path / f"after-{name}.xsector"
        shutil.copy(store.path, alone)  # the file alone, as a copy made now would be
        with WorkshopStore.open(alone, read_only=True) as copy:
            assert copy.rounds() == store.rounds() and copy.position() == store.position()
            assert acknowledged(copy) == acknowledged(store)
    store.close()


def test_save_a_copy_holds_every_vote_alone(tmp_path: Path) -> None:
    store = fresh(tmp_path / "w.xsector")
    store.open_round("results")
    for value in (1, 2, 3, 4, 5):
        store.cast_vote(None, "results", 1, value)  # in the -wal: no checkpoint since the round
    (tmp_path / "usb").mkdir()
    written = store.save_copy(tmp_path / "usb" / "copy.xsector")
    assert sorted(p.name for p in written.parent.iterdir()) == ["copy.xsector"]
    store.cast_vote(None, "results", 1, 1)  # later votes are not in the copy
    with WorkshopStore.open(written, read_only=True) as copy:
        assert [v.value for v in copy.votes()] == [1, 2, 3, 4, 5]
        assert copy.info().partnership == "Fault Partnership"
    with pytest.raises(Exception, match="this is the workshop itself"):
        store.save_copy(store.path)
    store.close()


def test_a_copy_that_cannot_be_written_is_a_typed_fault_and_leaves_nothing(
    tmp_path: Path,
) -> None:
    store = fresh(tmp_path / "w.xsector")
    with pytest.raises(StoreFault):
        store.save_copy(tmp_path / "no-such-folder" / "copy.xsector")
    store.close()


def test_a_wal_removed_from_outside_is_noticed_and_its_changes_kept(tmp_path: Path) -> None:
    store = fresh(tmp_path / "w.xsector")
    store.open_round("results")
    store.cast_vote(1, "results", 1, 4)
    wal = store.path.with_name(store.path.name + "-wal")
    wal.unlink()  # a cleaner, a sync tool, a facilitator tidying up
    store.cast_vote(2, "results", 1, 2)
    notices = store.take_notices()
    assert len(notices) == 1 and isinstance(notices[0], JournalRemoved)
    assert "deleted w.xsector-wal" in str(notices[0])
    assert wal.exists()  # a new journal
    assert store.take_notices() == []
    # A crash now would lose nothing: the .xsector alone has every vote.
    alone = tmp_path / "alone.xsector"
    shutil.copy(store.path, alone)
    with WorkshopStore.open(alone, read_only=True) as copy:
        assert acknowledged(copy) == [(1, "results", 1, 4), (2, "results", 1, 2)]
    store.close()


def test_a_file_that_reads_as_damaged_while_its_drive_answers_is_said_to_be_damaged(
    tmp_path: Path,
) -> None:
    """ "Malformed" from SQLite on a pulled drive is the drive (above); on a drive that still
    reads, it is the file, and the advice is the check and the backups, not a cable."""
    from xsector_desktop.store.faults import FileDamaged, as_fault

    store = fresh(tmp_path / "w.xsector")
    error = sqlite3.DatabaseError("database disk image is malformed")
    error.sqlite_errorcode = 11  # type: ignore[attr-defined]
    fault = as_fault(store.path, error)
    assert isinstance(fault, FileDamaged) and "xsector check" in str(fault)
    store.close()


def test_while_another_program_holds_the_lock_refusals_come_quickly(tmp_path: Path) -> None:
    """The first refused write waits the full 2 s for the lock; once the facilitator has been
    told, each further one waits 0.2 s, and a write that goes through restores the wait."""
    import time

    store = fresh(tmp_path / "w.xsector")
    waits = []
    with other_writer(store.path):
        for value in (1, 2, 3):
            started = time.monotonic()
            with pytest.raises(FileInUse):
                store.cast_vote(1, "results", 1, value)
            waits.append(time.monotonic() - started)
    assert waits[0] >= 1.9 and max(waits[1:]) < 1.0, waits
    store.cast_vote(1, "results", 1, 4)
    assert store._conn.execute("PRAGMA busy_timeout").fetchone() == (2000,)
    store.close()
