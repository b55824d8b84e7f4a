"""Rotating copies of a workshop in ``NAME.xsector-backups/`` beside it.

Copies are made with SQLite's online backup API, so they are consistent even while the session
is writing, and each appears under its final name only once complete.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

BACKUPS_KEPT = 5


def backup_folder(path: Path) -> Path:
    return path.with_name(path.name + "-backups")


def backups_of(path: Path) -> list[Path]:
    """The workshop's backups, newest first."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    prefix = path.stem + "-"
    found = [p for p in folder.iterdir() if p.name.startswith(prefix) and p.suffix == path.suffix]
    # The UTC stamp right after the prefix makes name order the same as time order.
    return sorted(found, key=lambda p: p.name, reverse=True)


def take_backup(source: sqlite3.Connection, path: Path, reason: str) -> Path:
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}-{reason}{path.suffix}"
    partial = target.with_name(target.name + ".part")
    destination = sqlite3.connect(partial)
    try:
        source.backup(destination)
    finally:
        destination.close()
    os.replace(partial, target)
    for old in backups_of(path)[BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)
    return target
