"""Putting a folder's entries on disk: the name of a file just linked or renamed into place.

A workshop is built under a temporary name and linked into place, and backups, copies and
exports are renamed into place, so that nobody ever finds half a file. The file's bytes are
on disk before that (SQLite syncs them), but the new name lives in the folder, and until the
folder itself is synced a power cut or a pulled memory stick can lose the name, and with it
the whole file. POSIX syncs a folder through a descriptor of the folder; Windows cannot open
one, and NTFS journals the rename itself.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path


def sync_folder(folder: Path) -> None:
    """Sync `folder`'s entries to disk where the system allows it; never raises. A folder that
    cannot be opened or synced (Windows, some network or FUSE file systems) is left as it is: a
    failing drive shows itself at the workshop's next commit, which raises."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
