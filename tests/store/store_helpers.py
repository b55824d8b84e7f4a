"""Helpers shared by the store tests (importable because pytest puts this folder on sys.path)."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

NOBODY = 65534


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def run_without_root(task: Callable[[], object]) -> tuple[str, object]:
    """Run task in a forked child that is not root, so file permissions really apply.

    Returns ("returned", value) or ("raised", "ErrorType: message"). Root ignores read-only
    permission bits, so a test of them run as root would prove nothing.
    """
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        outcome: tuple[str, object]
        try:
            os.close(reader)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            outcome = ("returned", task())
        except Exception as error:  # noqa: BLE001 - the child reports any failure to the parent
            outcome = ("raised", f"{type(error).__name__}: {error}")
        with os.fdopen(writer, "wb") as channel:
            pickle.dump(outcome, channel)
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as channel:
        data = channel.read()
    os.waitpid(pid, 0)
    result: tuple[str, object] = pickle.loads(data)
    return result


@contextmanager
def world_readable_folder() -> Iterator[Path]:
    """A folder an unprivileged child can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="xsector-perm-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in (folder, *folder.rglob("*")):
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(folder)
