"""Which workshop a file holds, read without changing anything: for a drive that comes back.

A drive pulled out while a workshop is open usually comes back as a new device; the app then
checks that the file at the workshop's path is the same workshop before it reconnects, and says
so when it is another one (docs/reliability.md, "Faults"). The creation stamp is written once,
when the file is made, into the file itself (not only its `-wal`), and never changes, so an
immutable read-only look finds it without locks, without a `-shm` and without touching the file.
"""

import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from .errors import CorruptWorkshop, NotAWorkshop, WorkshopNotFound
from .faults import as_fault
from .fileformat import probe_header
from .opening import connect_read_only


class Identity(NamedTuple):
    """Which workshop a file holds: what tells it from any other, and its name to say so.

    Its annotations are evaluated (no `from __future__ import annotations` here): the window's
    start-up imports this module, and typing compiles string annotations of a record.
    """

    created_at: str  # WorkshopStore.identity() of the same workshop
    partnership: str  # as of the last checkpoint: for saying which workshop it is


def workshop_identity(path: Path) -> Identity:
    """The identity of the workshop at `path`.

    Raises WorkshopNotFound when nothing is there, NotAWorkshop or CorruptWorkshop for a file
    that is not a readable workshop, and a StoreFault (DriveGone) when it cannot be read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            probe_header(fd, path)
        finally:
            os.close(fd)
        conn = connect_read_only(path, immutable=True)
        try:
            row = conn.execute("SELECT created_at, partnership FROM workshop").fetchone()
        finally:
            conn.close()
    except FileNotFoundError:
        raise WorkshopNotFound(path, "there is no file here") from None
    except IsADirectoryError:
        raise NotAWorkshop(path, "this is a folder, not an xsector workshop") from None
    except (OSError, sqlite3.Error) as error:
        fault = as_fault(path, error)
        if fault is not None:
            raise fault from error
        raise CorruptWorkshop(path, f"the workshop cannot be read ({error})") from error
    if row is None or not isinstance(row[0], str):
        raise NotAWorkshop(path, "this file holds no workshop")
    return Identity(row[0], str(row[1]))
