"""Fresh workshop files for the store tests, in the spirit of sqlite-utils' fresh_db."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    return tmp_path / "riverside.xsector"


@pytest.fixture
def store(workshop_path: Path) -> Iterator[WorkshopStore]:
    with WorkshopStore.create(workshop_path, WorkshopInfo("Riverside Opportunity")) as opened:
        yield opened


@dataclass(frozen=True)
class FileState:
    """Everything a refused open must leave as it was: bytes, mtime and the files beside it."""

    digest: str
    mtime_ns: int
    neighbours: tuple[str, ...]

    @classmethod
    def of(cls, path: Path) -> FileState:
        return cls(
            hashlib.sha256(path.read_bytes()).hexdigest(),
            os.stat(path).st_mtime_ns,
            tuple(sorted(p.name for p in path.parent.iterdir())),
        )


@pytest.fixture
def file_state() -> Callable[[Path], FileState]:
    return FileState.of


NOBODY = 65534
Outcome = tuple[str, object]


def _run_without_root(task: Callable[[], object]) -> Outcome:
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        outcome: Outcome
        try:
            os.close(reader)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            outcome = ("returned", task())
        except Exception as error:
            outcome = ("raised", f"{type(error).__name__}: {error}")
        with os.fdopen(writer, "wb") as channel:
            pickle.dump(outcome, channel)
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as channel:
        data = channel.read()
    os.waitpid(pid, 0)
    result: Outcome = pickle.loads(data)
    return result


@pytest.fixture
def run_without_root() -> Callable[[Callable[[], object]], Outcome]:
    """Run a task in a forked child that is not root, so file permissions really apply.

    The task's result comes back as ("returned", value) or ("raised", "ErrorType: message").
    Root ignores read-only permission bits, so such a test run as root would prove nothing.
    """
    return _run_without_root


@pytest.fixture
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
