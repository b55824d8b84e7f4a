"""A drive that comes back: which workshop the file at the path is, and letting go of the old
connection without touching the file now at its path (docs/reliability.md, "Faults")."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore
from xsector_desktop.store.backups import backups_of
from xsector_desktop.store.errors import CorruptWorkshop, NotAWorkshop, WorkshopNotFound
from xsector_desktop.store.identity import workshop_identity


def make(path: Path, name: str = "River Partnership") -> Path:
    with WorkshopStore.create(path, WorkshopInfo(name)) as store:
        store.add_participant("Ana", "government")
        store.add_participant("Ben", "business")
        store.open_round("results")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def seen_as(path: Path) -> str:
    """A file's digest; a folder and the -shm (the open store's own shared memory, which its
    reads mark) by name only."""
    return "" if path.is_dir() or path.name.endswith("-shm") else digest(path)


def test_the_identity_read_from_the_file_is_the_open_stores_and_changes_nothing(
    tmp_path: Path,
) -> None:
    path = make(tmp_path / "w.xsector")
    other = make(tmp_path / "other.xsector", "Other")
    with WorkshopStore.open(path) as store:
        ana = store.participants()[0]
        store.cast_vote(ana.id, "results", 1, 4)  # in the -wal only
        # The -shm is the open store's own shared memory (its reads mark it): named, not read.
        before = {p.name: seen_as(p) for p in tmp_path.iterdir()}
        seen = workshop_identity(path)
        assert seen.created_at == store.identity() and seen.partnership == "River Partnership"
        assert workshop_identity(other).created_at != store.identity()
        after = {p.name: seen_as(p) for p in tmp_path.iterdir()}
        assert after == before  # no -shm made, nothing written


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (None, WorkshopNotFound),
        (b"", NotAWorkshop),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 200, NotAWorkshop),
        (b"cut", CorruptWorkshop),  # a workshop cut short at 60 bytes
    ],
)
def test_a_file_that_is_no_workshop_is_named_so(
    tmp_path: Path, content: bytes | None, error: type[Exception]
) -> None:
    path = tmp_path / "w.xsector"
    if content == b"cut":
        os.truncate(make(path), 60)
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(error):
        workshop_identity(path)


def test_another_programs_database_is_not_a_workshop(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "w.xsector"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE workshop (created_at TEXT, partnership TEXT)")
    conn.execute("INSERT INTO workshop VALUES ('x', 'y')")
    conn.commit()
    conn.close()
    with pytest.raises(NotAWorkshop):
        workshop_identity(path)


def test_letting_go_keeps_the_wal_and_a_reopen_recovers_every_vote(tmp_path: Path) -> None:
    path = make(tmp_path / "w.xsector")
    wal = path.with_name(path.name + "-wal")
    store = WorkshopStore.open(path)
    twin = store.sibling()
    ana, ben = store.participants()
    store.cast_vote(ana.id, "results", 1, 4)
    twin.cast_vote(ben.id, "results", 1, 5)
    main_before, wal_before = digest(path), digest(wal)
    backups_before = list(store.backups())
    store.let_go_on_close()
    store.close()  # no checkpoint, no backup: the path may be a file on another device now
    assert digest(path) == main_before and wal.exists() and digest(wal) == wal_before
    assert backups_of(path) == backups_before
    with WorkshopStore.open(path) as again:  # the lock was let go; the -wal is recovered
        assert [v.value for v in again.votes()] == [4, 5]
        assert again.identity() == workshop_identity(path).created_at


def test_letting_go_of_a_file_gone_from_its_path_raises_nothing(tmp_path: Path) -> None:
    path = make(tmp_path / "w.xsector")
    store = WorkshopStore.open(path)
    store.cast_vote(store.participants()[0].id, "results", 1, 3)
    away = tmp_path / "away"
    away.mkdir()
    for name in os.listdir(tmp_path):
        if name.startswith("w.xsector"):
            os.rename(tmp_path / name, away / name)
    store.let_go_on_close()
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["away"]  # nothing made at the path
