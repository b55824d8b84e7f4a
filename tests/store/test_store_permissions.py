"""A workshop on a read-only file or in a read-only folder: refused for editing, fine to view."""

from __future__ import annotations

from pathlib import Path

from store_helpers import file_digest, folder_listing, run_without_root, world_readable_folder

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore


def make_workshop(folder: Path) -> Path:
    path = folder / "board meeting.xsector"
    with WorkshopStore.create(path, WorkshopInfo("Board")) as store:
        store.cast_vote(None, "results", 1, 5)
    path.chmod(0o644)
    return path


def open_for_editing(path: Path) -> object:
    WorkshopStore.open(path).close()
    return "opened"


def view_votes(path: Path) -> object:
    with WorkshopStore.open(path, read_only=True) as viewer:
        return [vote.value for vote in viewer.votes()]


def test_a_read_only_file_is_refused_for_editing_but_opens_read_only() -> None:
    with world_readable_folder() as folder:
        path = make_workshop(folder)
        path.chmod(0o444)
        before, listing = file_digest(path), folder_listing(folder)
        kind, detail = run_without_root(lambda: open_for_editing(path))
        assert kind == "raised"
        assert str(detail).startswith(f"WorkshopReadOnly: {path}: the workshop file is read-only.")
        assert "Open it read-only" in str(detail)
        assert run_without_root(lambda: view_votes(path)) == ("returned", [5])
        assert file_digest(path) == before
        assert folder_listing(folder) == listing


def test_a_read_only_folder_is_refused_for_editing_but_opens_read_only() -> None:
    with world_readable_folder() as folder:
        inner = folder / "handed out"
        inner.mkdir()
        path = make_workshop(inner)
        path.chmod(0o666)  # the file itself may be written; only its folder may not
        inner.chmod(0o555)
        before, listing = file_digest(path), folder_listing(inner)
        kind, detail = run_without_root(lambda: open_for_editing(path))
        assert kind == "raised"
        assert "WorkshopReadOnly" in str(detail) and "folder cannot be written" in str(detail)
        assert run_without_root(lambda: view_votes(path)) == ("returned", [5])
        assert file_digest(path) == before
        assert folder_listing(inner) == listing


def test_the_unprivileged_child_really_cannot_write() -> None:
    # Guards the two tests above: if dropping root silently failed they would prove nothing.
    with world_readable_folder() as folder:
        target = folder / "locked.txt"
        target.write_text("x")
        target.chmod(0o444)
        kind, detail = run_without_root(lambda: target.write_text("y"))
        assert kind == "raised" and "PermissionError" in str(detail)
