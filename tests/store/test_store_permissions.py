"""A workshop on a read-only file or in a read-only folder: refused for editing, fine to view.

The store runs in a forked child that has dropped root (fixture ``run_without_root``), because
root ignores permission bits and such a test would prove nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore

pytestmark = pytest.mark.posix_only  # a forked child that drops root

FileStateOf = Callable[[Path], Any]
RunWithoutRoot = Callable[[Callable[[], object]], tuple[str, object]]


def make_workshop(folder: Path) -> Path:
    path = folder / "board meeting.xsector"
    with WorkshopStore.create(path, WorkshopInfo("Board")) as store:
        store.cast_vote(None, "results", 1, 5)
    return path


def open_for_editing(path: Path) -> object:
    WorkshopStore.open(path).close()
    return "opened"


def view_votes(path: Path) -> object:
    with WorkshopStore.open(path, read_only=True) as viewer:
        return [vote.value for vote in viewer.votes()]


def test_a_read_only_file_is_refused_for_editing_but_opens_read_only(
    world_readable_folder: Path, run_without_root: RunWithoutRoot, file_state: FileStateOf
) -> None:
    path = make_workshop(world_readable_folder)
    path.chmod(0o444)
    before = file_state(path)
    kind, detail = run_without_root(lambda: open_for_editing(path))
    assert kind == "raised"
    assert str(detail).startswith(f"WorkshopReadOnly: {path}: the workshop file is read-only.")
    assert "Open it read-only" in str(detail)
    assert run_without_root(lambda: view_votes(path)) == ("returned", [5])
    assert file_state(path) == before


def test_a_read_only_folder_is_refused_for_editing_but_opens_read_only(
    world_readable_folder: Path, run_without_root: RunWithoutRoot, file_state: FileStateOf
) -> None:
    inner = world_readable_folder / "handed out"
    inner.mkdir()
    path = make_workshop(inner)
    path.chmod(0o666)  # the file itself may be written; only its folder may not
    inner.chmod(0o555)
    before = file_state(path)
    kind, detail = run_without_root(lambda: open_for_editing(path))
    assert kind == "raised"
    assert "WorkshopReadOnly" in str(detail) and "folder cannot be written" in str(detail)
    assert run_without_root(lambda: view_votes(path)) == ("returned", [5])
    assert file_state(path) == before


def test_the_unprivileged_child_really_cannot_write(
    world_readable_folder: Path, run_without_root: RunWithoutRoot
) -> None:
    # Guards the two tests above: if dropping root silently failed they would prove nothing.
    target = world_readable_folder / "locked.txt"
    target.write_text("x")
    target.chmod(0o444)
    kind, detail = run_without_root(lambda: target.write_text("y"))
    assert kind == "raised" and "PermissionError" in str(detail)
