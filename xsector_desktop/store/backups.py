"""Rotating copies of a workshop in ``NAME.xsector-backups/`` beside it.

Copies are made with SQLite's online backup API, so they are consistent even while the session
is writing, and each appears under its final name only once complete.

Each name carries a sequence number right after the workshop's name
(``river-000042-20261207T051200Z-on-close.xsector``); the newest backup is the one with the
highest number, whatever the clock said when it was taken. A clock set back a day must not make
rotation delete the copy just taken (docs/reliability.md, "Faults").
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from ..core.folders import sync_folder

BACKUPS_KEPT = 5
_SEQUENCE = re.compile(r"(\d{6,})-")
_UNFINISHED = (".part", ".part-journal", ".part-wal", ".part-shm")


def backup_folder(path: Path) -> Path:
    return path.with_name(path.name + "-backups")


def _sequence(prefix: str, backup: Path) -> int:
    """The backup's number; copies named before numbering (a UTC stamp there) count as 0."""
    found = _SEQUENCE.match(backup.name[len(prefix) :])
    return int(found.group(1)) if found else 0


def backups_of(path: Path) -> list[Path]:
    """The workshop's backups, newest first."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    prefix = path.stem + "-"
    found = [p for p in folder.iterdir() if p.name.startswith(prefix) and p.suffix == path.suffix]
    return sorted(found, key=lambda p: (_sequence(prefix, p), p.name), reverse=True)


def _remove_unfinished(folder: Path, prefix: str) -> None:
    # Only one process writes a workshop (the file lock), so a half-made copy found here is
    # left over from a backup that failed or was killed.
    for leftover in folder.iterdir():
        if leftover.name.startswith(prefix) and leftover.name.endswith(_UNFINISHED):
            with suppress(OSError):
                leftover.unlink()


def take_backup(
    source: sqlite3.Connection,
    path: Path,
    reason: str,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Path:
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    prefix = path.stem + "-"
    _remove_unfinished(folder, prefix)
    existing = backups_of(path)
    number = _sequence(prefix, existing[0]) + 1 if existing else 1
    when = clock().astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{prefix}{number:06d}-{when}-{reason}{path.suffix}"
    partial = target.with_name(target.name + ".part")
    try:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
        finally:
            destination.close()
        os.replace(partial, target)
        sync_folder(folder)
    except BaseException:
        _remove_unfinished(folder, prefix)
        raise
    for old in backups_of(path)[BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)
    return target
