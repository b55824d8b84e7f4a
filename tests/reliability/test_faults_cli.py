"""Faults under the command line: a full disk, a vanished drive, a read-only file or another
writer gives one line on stderr and exit 3, never a traceback; the workshop keeps every vote it
had, and an export that fails leaves the earlier one whole."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fault_injection import FaultyConnection, fill, other_writer, posix_only, small_tmpfs

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore, opening, schema
from xsector_desktop.store.backups import backup_folder

Fixture = Callable[..., Any]


def workshop(path: Path) -> Path:
    with WorkshopStore.create(path, WorkshopInfo("Fault Partnership")) as store:
        store.add_participant("Ana", "government")
        store.add_participant("Ben", "business")
        store.open_round("results")
        store.cast_vote(1, "results", 1, 4)
    return path


def votes_csv(folder: Path) -> Path:
    csv = folder / "votes.csv"
    csv.write_text("participant,card,round,value\nBen,results,1,2\n,charge,1,3\n", "utf-8")
    return csv


def one_line(run: Any) -> str:
    assert run.code == 3, run.err
    assert run.err.startswith("xsector: ") and run.err.count("\n") == 1, run.err
    assert "Traceback" not in run.err
    return str(run.err)


def vote_count(path: Path) -> int:
    with WorkshopStore.open(path, read_only=True) as store:
        return len(store.votes())


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("disk-full", "the disk is full"),
        ("drive-gone", "Reconnect the drive"),
        ("read-only", "cannot be written"),
    ],
)
@pytest.mark.parametrize("what", ["--votes", "--participants"])
def test_an_import_refused_by_a_fault_exits_3_in_one_line(
    tmp_path: Path,
    cli: Fixture,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    words: str,
    what: str,
) -> None:
    path = workshop(tmp_path / "w.xsector")
    people = tmp_path / "people.csv"
    people.write_text("name,sector\nCy,health\n", "utf-8")
    source = votes_csv(tmp_path) if what == "--votes" else people
    real = opening.connect_writable

    def faulty(target: Path) -> Any:
        conn = FaultyConnection(real(target))
        conn.arm(kind)
        return conn

    monkeypatch.setattr(opening, "connect_writable", faulty)
    err = one_line(cli("import", path, what, source))
    assert words in err and str(path) in err
    monkeypatch.setattr(opening, "connect_writable", real)
    assert vote_count(path) == 1
    assert cli("import", path, what, source).code == 0  # the same import works afterwards


def test_an_import_while_another_program_writes_exits_3(tmp_path: Path, cli: Fixture) -> None:
    path = workshop(tmp_path / "w.xsector")
    with other_writer(path):
        err = one_line(cli("import", path, "--votes", votes_csv(tmp_path)))
    assert "another program has the file locked" in err and "close it" in err
    assert vote_count(path) == 1


@posix_only
def test_new_on_a_full_disk_exits_3_and_leaves_nothing(tmp_path: Path, cli: Fixture) -> None:
    with small_tmpfs(tmp_path / "disk", "1m") as disk:
        filler = fill(disk)
        err = one_line(cli("new", disk / "w.xsector", "--partnership", "Full"))
        assert "the disk is full" in err
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]
        filler.unlink()


@posix_only
def test_an_upgrade_on_a_full_disk_exits_3_and_leaves_the_file(
    tmp_path: Path, cli: Fixture, monkeypatch: pytest.MonkeyPatch, untouched: Fixture
) -> None:
    with small_tmpfs(tmp_path / "disk", "2m") as disk:
        path = workshop(disk / "w.xsector")
        before = untouched(path)
        monkeypatch.setattr(schema, "STEPS", (*schema.STEPS, ("m999_harmless", lambda db: None)))
        people = tmp_path / "people.csv"
        people.write_text("name,sector\nCy,health\n", "utf-8")
        filler = fill(disk)
        err = one_line(cli("import", path, "--participants", people))
        assert "the disk is full" in err
        after = untouched(path)
        assert (after.sha256, after.mtime_ns) == (before.sha256, before.mtime_ns)
        folder = backup_folder(path)
        assert not folder.exists() or not any(".part" in p.name for p in folder.iterdir())
        filler.unlink()


@posix_only
def test_a_repair_onto_a_full_disk_exits_3(tmp_path: Path, cli: Fixture) -> None:
    path = workshop(tmp_path / "w.xsector")
    with small_tmpfs(tmp_path / "disk", "1m") as disk:
        filler = fill(disk)
        err = one_line(cli("check", path, "--repair", disk / "repaired.xsector"))
        assert "repaired.xsector" in err
        filler.unlink()
    assert vote_count(path) == 1


@posix_only
@pytest.mark.parametrize("kind", ["pdf", "json"])
def test_an_export_onto_a_full_disk_keeps_the_earlier_one_whole(
    tmp_path: Path, cli: Fixture, kind: str
) -> None:
    path = workshop(tmp_path / "w.xsector")
    with small_tmpfs(tmp_path / "disk", "4m") as disk:
        out = disk / f"summary.{kind}"
        assert cli("export", path, f"--{kind}", out).code == 0
        good = out.read_bytes()
        with WorkshopStore.open(path) as store:  # something new, so the next export differs
            store.update_info(place="Library")
        filler = fill(disk)
        err = one_line(cli("export", path, f"--{kind}", out))
        assert "cannot be written" in err and str(out) in err
        assert out.read_bytes() == good
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin", out.name]
        filler.unlink()


def test_an_export_refused_by_the_folder_leaves_no_partial(tmp_path: Path, cli: Fixture) -> None:
    path = workshop(tmp_path / "w.xsector")
    err = one_line(cli("export", path, "--json", tmp_path / "missing" / "out.json"))
    assert "out.json" in err


def test_an_unexpected_sqlite_error_of_a_command_is_one_line(
    tmp_path: Path, cli: Fixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever fault no handler named still ends in one line and exit 3."""
    from xsector_desktop import cli_actions

    path = workshop(tmp_path / "w.xsector")

    def broken(_args: object) -> int:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = 778  # type: ignore[attr-defined]
        raise error

    monkeypatch.setitem(cli_actions.HANDLERS, "signals", broken)
    err = one_line(cli("signals", path))
    assert str(path) in err and "Reconnect the drive" in err
