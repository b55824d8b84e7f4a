"""One writer at a time, across processes; a killed writer leaves no lock and loses no vote."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from xsector_desktop.store import WorkshopInUse, WorkshopStore

# The child opens the workshop, records one tally hand, says so, then holds the file until its
# stdin closes: the parent decides when it ends, so no test needs to sleep.
FileStateOf = Callable[[Path], Any]  # the file_state fixture of conftest.py

HOLDER = """
import sys
from xsector_desktop.store import WorkshopStore
store = WorkshopStore.open(sys.argv[1])
store.cast_vote(None, "results", 1, int(sys.argv[2]))
print("ready", flush=True)
sys.stdin.read()
store.close()
"""


@pytest.fixture
def holder(store: WorkshopStore, workshop_path: Path) -> Iterator[subprocess.Popen[str]]:
    store.close()
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(workshop_path), "4"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait(timeout=30)


def test_a_second_process_is_told_the_file_is_in_use(
    holder: subprocess.Popen[str], workshop_path: Path
) -> None:
    with pytest.raises(WorkshopInUse, match="open in another xsector window") as refused:
        WorkshopStore.open(workshop_path)
    assert "open this one read-only" in str(refused.value)


def test_read_only_still_opens_and_sees_the_writers_votes(
    holder: subprocess.Popen[str], workshop_path: Path
) -> None:
    with WorkshopStore.open(workshop_path, read_only=True) as viewer:
        assert [vote.value for vote in viewer.votes()] == [4]


def test_the_lock_ends_with_a_clean_exit(
    holder: subprocess.Popen[str], workshop_path: Path
) -> None:
    holder.communicate("", timeout=30)
    assert holder.returncode == 0
    with WorkshopStore.open(workshop_path) as store:
        assert [vote.value for vote in store.votes()] == [4]


@pytest.mark.posix_only  # SIGKILL
def test_a_killed_writer_leaves_no_lock_and_its_vote_is_on_disk(
    holder: subprocess.Popen[str], workshop_path: Path
) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    assert holder.returncode == -signal.SIGKILL
    with WorkshopStore.open(workshop_path) as store:
        assert [vote.value for vote in store.votes()] == [4]
        store.cast_vote(None, "results", 1, 2)
    with WorkshopStore.open(workshop_path, read_only=True) as viewer:
        assert sorted(vote.value for vote in viewer.votes()) == [2, 4]


def test_a_refused_second_open_leaves_the_file_alone(
    holder: subprocess.Popen[str], workshop_path: Path, file_state: FileStateOf
) -> None:
    before = file_state(workshop_path).digest
    with pytest.raises(WorkshopInUse):
        WorkshopStore.open(workshop_path)
    assert file_state(workshop_path).digest == before  # the holder's -wal may change


def test_two_writers_in_one_process_are_refused_too(
    store: WorkshopStore, workshop_path: Path
) -> None:
    with pytest.raises(WorkshopInUse):
        WorkshopStore.open(workshop_path)
    store.close()
    WorkshopStore.open(workshop_path).close()


def test_a_reader_of_an_idle_file_holds_off_writers_until_it_closes(
    store: WorkshopStore, workshop_path: Path
) -> None:
    store.close()
    viewer = WorkshopStore.open(workshop_path, read_only=True)
    with pytest.raises(WorkshopInUse):
        WorkshopStore.open(workshop_path)
    viewer.close()
    WorkshopStore.open(workshop_path).close()
