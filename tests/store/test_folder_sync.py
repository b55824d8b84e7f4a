"""A file linked or renamed into place has its folder synced afterwards, so the new name
survives a power cut or a pulled stick as the file's bytes do (core/folders.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from xsector_desktop.core.folders import sync_folder
from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.report.exports import write_whole
from xsector_desktop.store import WorkshopStore
from xsector_desktop.store.backups import backups_of
from xsector_desktop.store.snapshot_io import load_snapshot

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/fd").is_dir(), reason="names a descriptor's file through /proc (Linux)"
)


class Synced(list[tuple[Path, tuple[str, ...]]]):
    """Each folder synced, with the names in it at that moment."""


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> Iterator[Synced]:
    seen = Synced()
    real_fsync = os.fsync

    def recording_fsync(descriptor: int) -> None:
        target = Path(os.readlink(f"/proc/self/fd/{descriptor}"))
        if target.is_dir():
            seen.append((target, tuple(sorted(p.name for p in target.iterdir()))))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    yield seen


def test_a_new_workshop_is_named_on_disk_once_it_is_whole(tmp_path: Path, synced: Synced) -> None:
    path = tmp_path / "riverside.xsector"
    WorkshopStore.create(path, WorkshopInfo("Riverside")).close()
    folders = [(folder, names) for folder, names in synced if folder == tmp_path]
    assert folders, "the workshop's folder was never synced"
    first_names = folders[0][1]
    assert "riverside.xsector" in first_names
    assert not any(name.endswith(".creating") for name in first_names)  # the temporary is gone


def test_a_backup_a_copy_and_an_export_are_named_on_disk(tmp_path: Path, synced: Synced) -> None:
    path = tmp_path / "riverside.xsector"
    with WorkshopStore.create(path, WorkshopInfo("Riverside")) as store:
        store.add_participant("Ana", "community")
        (tmp_path / "copies").mkdir()
        copy = store.save_copy(tmp_path / "copies" / "copy.xsector")
    assert any(folder == copy.parent and copy.name in names for folder, names in synced)
    backup = backups_of(path)[0]
    assert any(folder == backup.parent and backup.name in names for folder, names in synced)
    with WorkshopStore.open(path) as store:
        snapshot = load_snapshot(store)
    out = tmp_path / "exports" / "riverside.json"
    out.parent.mkdir()
    write_whole("json", snapshot, out)
    assert any(folder == out.parent and out.name in names for folder, names in synced)
    tables = tmp_path / "exports" / "riverside-csv"
    write_whole("csv", snapshot, tables)
    assert any(folder == tables.parent and tables.name in names for folder, names in synced)
    written = tuple(sorted(p.name for p in tables.iterdir()))
    assert written and (tables, written) in synced  # each table's name in its own folder


def test_a_folder_that_cannot_be_synced_is_left_as_it_is(tmp_path: Path) -> None:
    sync_folder(tmp_path / "not-there")  # no folder: nothing to do, nothing raised
    sync_folder(tmp_path)
    assert list(tmp_path.iterdir()) == []
