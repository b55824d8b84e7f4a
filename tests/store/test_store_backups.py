"""Rotating backups on close and before an upgrade; a failed upgrade harms nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import MigrationFailed, WorkshopStore, schema
from xsector_desktop.store.backups import BACKUPS_KEPT, backup_folder

FileStateOf = Callable[[Path], Any]  # the file_state fixture of conftest.py

RELEASED = [name for name, _ in schema.STEPS]


def applied_migrations(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()


def add_weight_column(db: Database) -> None:
    db.execute("ALTER TABLE votes ADD COLUMN weight REAL NOT NULL DEFAULT 1")


def break_halfway(db: Database) -> None:
    db.execute("CREATE TABLE half_done (x INTEGER)")
    raise RuntimeError("disk said no")


@pytest.fixture
def older_workshop(workshop_path: Path) -> Path:
    with WorkshopStore.create(workshop_path, WorkshopInfo("Older")) as store:
        ana = store.add_participant("Ana", "government").record
        store.cast_vote(ana.id, "results", 1, 4)
    for backup in backup_folder(workshop_path).iterdir():
        backup.unlink()
    return workshop_path


def test_a_session_that_wrote_leaves_a_usable_backup(
    store: WorkshopStore, workshop_path: Path
) -> None:
    vote = store.cast_vote(None, "results", 1, 3).record
    store.close()
    [backup] = store.backups()
    assert backup.parent == workshop_path.with_name("riverside.xsector-backups")
    assert backup.name.endswith("-on-close.xsector")
    with WorkshopStore.open(backup, read_only=True) as copy:
        assert copy.votes() == [vote]


def test_a_session_that_only_read_leaves_no_backup(
    store: WorkshopStore, workshop_path: Path
) -> None:
    store.votes()
    store.close()
    assert not backup_folder(workshop_path).exists()


def test_only_the_newest_backups_are_kept(store: WorkshopStore, workshop_path: Path) -> None:
    store.close()
    for value in range(1, BACKUPS_KEPT + 3):
        with WorkshopStore.open(workshop_path) as session:
            session.cast_vote(None, "results", 1, value % 5 + 1)
    kept = store.backups()
    assert len(kept) == BACKUPS_KEPT
    newest = kept[0]
    with WorkshopStore.open(newest, read_only=True) as copy:
        assert len(copy.votes()) == BACKUPS_KEPT + 2
    with WorkshopStore.open(kept[-1], read_only=True) as copy:
        assert len(copy.votes()) == 3  # the two oldest copies (1 and 2 votes) were rotated out


def test_an_upgrade_backs_up_first_then_migrates(
    older_workshop: Path, monkeypatch: pytest.MonkeyPatch, file_state: FileStateOf
) -> None:
    before = file_state(older_workshop).digest
    monkeypatch.setattr(schema, "STEPS", (*schema.STEPS, ("m999_vote_weight", add_weight_column)))
    with WorkshopStore.open(older_workshop) as store:
        assert len(store.votes()) == 1
    assert applied_migrations(older_workshop) == [*RELEASED, "m999_vote_weight"]
    [backup] = [p for p in store.backups() if p.name.endswith("-before-upgrade.xsector")]
    assert applied_migrations(backup) == RELEASED
    assert file_state(older_workshop).digest != before
    with WorkshopStore.open(backup, read_only=True) as copy:  # read-only: upgraded in memory
        assert [vote.value for vote in copy.votes()] == [4]


def test_a_failed_upgrade_leaves_the_file_intact_and_the_backup_usable(
    older_workshop: Path, monkeypatch: pytest.MonkeyPatch, file_state: FileStateOf
) -> None:
    original_steps = schema.STEPS
    before = file_state(older_workshop)
    monkeypatch.setattr(schema, "STEPS", (*original_steps, ("m999_broken", break_halfway)))
    with pytest.raises(MigrationFailed, match="disk said no") as failure:
        WorkshopStore.open(older_workshop)
    assert "\n" not in str(failure.value)
    after = file_state(older_workshop)
    assert after.digest == before.digest and after.mtime_ns == before.mtime_ns
    assert after.neighbours == (older_workshop.name, backup_folder(older_workshop).name)
    assert applied_migrations(older_workshop) == RELEASED
    monkeypatch.setattr(schema, "STEPS", original_steps)
    [backup] = list(backup_folder(older_workshop).iterdir())
    with WorkshopStore.open(backup) as copy:
        assert [vote.value for vote in copy.votes()] == [4]
    with WorkshopStore.open(older_workshop) as store:
        assert [vote.value for vote in store.votes()] == [4]


def test_a_read_only_open_of_an_older_file_upgrades_only_in_memory(
    older_workshop: Path, monkeypatch: pytest.MonkeyPatch, file_state: FileStateOf
) -> None:
    before = file_state(older_workshop)
    monkeypatch.setattr(schema, "STEPS", (*schema.STEPS, ("m999_vote_weight", add_weight_column)))
    with WorkshopStore.open(older_workshop, read_only=True) as viewer:
        assert [vote.value for vote in viewer.votes()] == [4]
    assert file_state(older_workshop) == before


def test_a_file_from_the_first_release_gains_the_current_views(
    workshop_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full_steps = schema.STEPS
    monkeypatch.setattr(schema, "STEPS", full_steps[:1])
    with WorkshopStore.create(workshop_path, WorkshopInfo("First release")) as old:
        old.cast_vote(None, "results", 1, 2)
    assert applied_migrations(workshop_path) == [full_steps[0][0]]
    monkeypatch.setattr(schema, "STEPS", full_steps)
    with WorkshopStore.open(workshop_path) as store:
        assert [vote.value for vote in store.votes()] == [2]
    assert applied_migrations(workshop_path) == RELEASED
    assert any(p.name.endswith("-before-upgrade.xsector") for p in store.backups())
