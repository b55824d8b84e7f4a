"""Bad workshop files: each refused with a clear one-line message, and never made worse.

Every file is tried four ways: the store's open, the app's Qt-free open_workshop controller,
the command line, and the whole app offscreen (``xsector FILE --quit-when-ready``, where the
refusal dialog's message is printed and the exit code is 3). A refused file keeps its SHA-256
and mtime, and nothing appears beside it: no ``-wal``, ``-shm``, journal or backup. The files a
facilitator can still use (read-only, in use elsewhere, an unusual path) open for what they
allow.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from reliability.hostile_files import HOSTILE, UNUSABLE_ADVICE, UNUSUAL_ADVICE

from xsector_desktop.store import (
    CorruptWorkshop,
    NewerWorkshop,
    NotAWorkshop,
    StoreError,
    WorkshopInUse,
    WorkshopReadOnly,
    WorkshopStore,
)
from xsector_desktop.store.errors import UnusableValue, UnusualSchema
from xsector_desktop.store.fileformat import FORMAT_VERSION
from xsector_desktop.ui.controllers.workshops import open_workshop

SEED = 7
Fixture = Callable[..., Any]

NOT_A_WORKSHOP = "Open a .xsector file made by xsector"
DAMAGED = "The file was not changed; open the newest copy in the .xsector-backups folder"
NEWER = "Open it with a newer version of xsector; this file was not changed"


def page_size_of(data: bytes) -> int:
    return int.from_bytes(data[16:18], "big")


def png_bytes() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    size = (2).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    pixels = zlib.compress(b"\x00\x10\x20\x00\x30\x40")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", size) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def other_programs_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")  # its own WAL, fully checkpointed on close
    conn.execute("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, title TEXT)")
    conn.executemany("INSERT INTO moz_bookmarks (title) VALUES (?)", [("a",), ("b",)])
    conn.commit()
    conn.close()


def from_a_newer_format(path: Path, workshop: bytes) -> None:
    path.write_bytes(workshop)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {FORMAT_VERSION + 1}")
    conn.close()


def with_a_future_schema_step(path: Path, workshop: bytes) -> None:
    path.write_bytes(workshop)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE votes ADD COLUMN confidence REAL")
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('xsector', 'm042_vote_confidence', '2031-05-01T09:00:00')"
    )
    conn.commit()
    conn.close()


def cut_to(keep: Callable[[int], int]) -> Callable[[Path, bytes], None]:
    """A copy of the workshop that stops after keep(size) bytes, as an interrupted copy does."""

    def make(path: Path, workshop: bytes) -> None:
        path.write_bytes(workshop[: keep(len(workshop))])

    return make


def scribble_middle_page(path: Path, workshop: bytes) -> None:
    data = bytearray(workshop)
    page = page_size_of(workshop)
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = random.Random(SEED).randbytes(page)
    path.write_bytes(bytes(data))


def header_then_noise(path: Path, workshop: bytes) -> None:
    path.write_bytes(workshop[:100] + random.Random(SEED).randbytes(len(workshop) - 100))


@dataclass(frozen=True)
class BadFile:
    label: str
    make: Callable[[Path, bytes], None]
    error: type[StoreError]
    problem: str
    advice: str

    @property
    def check_says(self) -> str:
        """What ``xsector check`` says of it when SQLite can read enough to report on it."""
        return {
            NotAWorkshop: "not an xsector workshop",
            CorruptWorkshop: "damaged",
            NewerWorkshop: "newer",
            UnusualSchema: self.problem,  # check names the same object the refusal names
            UnusableValue: self.problem,
        }[self.error]

    @property
    def check_advice(self) -> str:
        return {
            NotAWorkshop: NOT_A_WORKSHOP,
            CorruptWorkshop: "--repair",
            NewerWorkshop: NEWER,
            UnusualSchema: "--repair",
            UnusableValue: "--repair",
        }[self.error]


BAD_FILES = [
    BadFile("zero bytes", lambda p, w: p.write_bytes(b""), NotAWorkshop, "empty", NOT_A_WORKSHOP),
    BadFile(
        "random bytes",
        lambda p, w: p.write_bytes(random.Random(SEED).randbytes(12_000)),
        NotAWorkshop,
        "not an SQLite database",
        NOT_A_WORKSHOP,
    ),
    BadFile(
        "a PNG renamed",
        lambda p, w: p.write_bytes(png_bytes()),
        NotAWorkshop,
        "PNG",
        NOT_A_WORKSHOP,
    ),
    BadFile(
        "a PDF renamed",
        lambda p, w: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
        NotAWorkshop,
        "PDF",
        NOT_A_WORKSHOP,
    ),
    BadFile(
        "another program's SQLite database",
        lambda p, w: other_programs_database(p),
        NotAWorkshop,
        "another program",
        NOT_A_WORKSHOP,
    ),
    BadFile(
        "cut inside the header", cut_to(lambda size: 60), CorruptWorkshop, "cut short", DAMAGED
    ),
    BadFile("only the header", cut_to(lambda size: 100), CorruptWorkshop, "cut short", DAMAGED),
    BadFile(
        "only the first page", cut_to(lambda size: 4096), CorruptWorkshop, "cut short", DAMAGED
    ),
    BadFile("cut in half", cut_to(lambda size: size // 2), CorruptWorkshop, "cut short", DAMAGED),
    BadFile(
        "last page missing", cut_to(lambda size: size - 4096), CorruptWorkshop, "cut short", DAMAGED
    ),
    BadFile(
        "last byte missing", cut_to(lambda size: size - 1), CorruptWorkshop, "cut short", DAMAGED
    ),
    BadFile("a page of noise", scribble_middle_page, CorruptWorkshop, "damaged", DAMAGED),
    BadFile(
        "a workshop header, noise after", header_then_noise, CorruptWorkshop, "damaged", DAMAGED
    ),
    BadFile("a newer file format", from_a_newer_format, NewerWorkshop, "format 2", NEWER),
    BadFile("a newer schema step", with_a_future_schema_step, NewerWorkshop, "m042_vote", NEWER),
    # Files tampered with on purpose (hostile_files.py): triggers, views, values.
    *(
        BadFile(
            label,
            make,
            error,
            problem,
            UNUSUAL_ADVICE if error is UnusualSchema else UNUSABLE_ADVICE,
        )
        for label, make, error, problem in HOSTILE
    ),
]


def assert_one_clear_line(message: str, path: Path, problem: str, advice: str) -> None:
    assert "\n" not in message.strip(), message
    assert str(path) in message, message
    assert problem in message, message
    assert advice in message, message
    assert "Traceback" not in message


@pytest.fixture(scope="module")
def workshop_bytes(tmp_path_factory: pytest.TempPathFactory, real_workshop: Fixture) -> bytes:
    """Built once: every bad file is a mangled copy of these bytes."""
    data = real_workshop(tmp_path_factory.mktemp("real") / "real.xsector").read_bytes()
    assert page_size_of(data) == 4096 and len(data) > 20 * 4096  # the cuts above assume it
    return data


@pytest.fixture
def folders(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A folder for the bad file alone, and one for everything the commands write."""
    bad, work = tmp_path / "bad", tmp_path / "work"
    bad.mkdir()
    work.mkdir()
    (work / "people.csv").write_text("name,sector,role\nZoe,health,doer\n", encoding="utf-8")
    yield bad, work


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.label for b in BAD_FILES])
def test_a_bad_file_is_refused_clearly_and_left_byte_for_byte(
    bad: BadFile,
    workshop_bytes: bytes,
    folders: tuple[Path, Path],
    cli: Fixture,
    untouched: Fixture,
) -> None:
    folder, work = folders
    path = folder / "Workshop.xsector"
    bad.make(path, workshop_bytes)
    before = untouched(path)

    for open_it in (WorkshopStore.open, open_workshop):  # the store, and the app's controller
        for read_only in (False, True):
            with pytest.raises(bad.error) as refused:
                open_it(path, read_only=read_only)
            assert_one_clear_line(str(refused.value), path, bad.problem, bad.advice)

    for argv in (
        ("signals", path, "--json"),
        ("export", path, "--pdf", work / "summary.pdf"),
        ("import", path, "--participants", work / "people.csv"),
    ):
        run = cli(*argv)
        assert run.code == 3, (argv, run)
        assert run.err.startswith("xsector: ") and run.out == ""
        assert_one_clear_line(run.err, path, bad.problem, bad.advice)
    assert not (work / "summary.pdf").exists()

    checked = cli("check", path)
    assert checked.code == 3
    if checked.out:  # readable enough to report on: the report, then what to do, on stderr
        assert checked.out.splitlines()[0] == str(path)
        assert checked.out.rstrip().endswith("result: PROBLEMS FOUND")
        assert checked.err.startswith("xsector: ")
        assert_one_clear_line(checked.err, path, bad.check_says, bad.check_advice)
    else:  # not SQLite at all: refused in one line
        assert_one_clear_line(checked.err, path, bad.problem, bad.advice)

    assert untouched(path) == before


def test_the_app_refuses_every_bad_file_in_one_line_and_leaves_it(
    tmp_path: Path, workshop_bytes: bytes, offline_run: Fixture, untouched: Fixture
) -> None:
    # The whole app, offscreen: `xsector FILE --quit-when-ready` opens the window on the file.
    # With nobody to answer, the refusal dialog's message is printed and the exit code is 3.
    paths = []
    for number, bad in enumerate(BAD_FILES):
        (tmp_path / str(number)).mkdir()
        paths.append(tmp_path / str(number) / "Workshop.xsector")
        bad.make(paths[-1], workshop_bytes)
    before = [untouched(path) for path in paths]
    report = offline_run(*([path, "--quit-when-ready"] for path in paths))
    assert report["codes"] == [3] * len(BAD_FILES), report["stderr"]
    for bad, path, said in zip(BAD_FILES, paths, report["errors"], strict=True):
        assert said.startswith("xsector: "), said
        assert_one_clear_line(said, path, bad.problem, bad.advice)
    assert [untouched(path) for path in paths] == before


def test_a_missing_file_and_a_folder_are_named(tmp_path: Path, cli: Fixture) -> None:
    missing = tmp_path / "nowhere.xsector"
    run = cli("signals", missing)
    assert (run.code, run.err.count("\n")) == (3, 1)
    assert str(missing) in run.err and "no such workshop file" in run.err
    folder = tmp_path / "looks like one.xsector"
    folder.mkdir()
    run = cli("signals", folder)
    assert (run.code, run.err.count("\n")) == (3, 1)
    assert "folder" in run.err and str(folder) in run.err
    assert list(folder.iterdir()) == []


@pytest.mark.posix_only  # make_read_only: permission bits, or chattr as root
def test_a_read_only_file_is_refused_for_editing_and_still_readable(
    tmp_path: Path,
    real_workshop: Fixture,
    make_read_only: Fixture,
    cli: Fixture,
    untouched: Fixture,
    offline_run: Fixture,
) -> None:
    (tmp_path / "shared").mkdir()
    path = real_workshop(tmp_path / "shared" / "handed out.xsector")
    people = tmp_path / "people.csv"
    people.write_text("name,sector\nZoe,health\n", encoding="utf-8")
    make_read_only(path)
    before = untouched(path)

    with pytest.raises(WorkshopReadOnly) as refused:
        WorkshopStore.open(path)
    assert_one_clear_line(str(refused.value), path, "read-only", "Open it read-only")
    run = cli("import", path, "--participants", people)
    assert run.code == 3
    assert_one_clear_line(run.err, path, "read-only", "copy it to a folder you can write to")

    with WorkshopStore.open(path, read_only=True) as viewer:
        assert len(viewer.votes()) > 0
    assert cli("signals", path, "--json").code == 0
    assert cli("check", path).code == 0
    assert cli("export", path, "--json", tmp_path / "data.json").code == 0

    app = offline_run([path, "--quit-when-ready"], [path, "--read-only", "--quit-when-ready"])
    assert app["codes"] == [3, 0], app["stderr"]
    assert_one_clear_line(app["errors"][0], path, "the workshop file is read-only", "read-only")
    assert untouched(path) == before


@pytest.mark.posix_only  # make_read_only: permission bits, or chattr as root
def test_a_read_only_folder_is_refused_for_editing_and_still_readable(
    tmp_path: Path,
    real_workshop: Fixture,
    make_read_only: Fixture,
    cli: Fixture,
    untouched: Fixture,
    offline_run: Fixture,
) -> None:
    folder = tmp_path / "on the projector's stick"
    folder.mkdir()
    path = real_workshop(folder / "Workshop.xsector")
    for backup_folder in folder.glob("*-backups"):
        for backup in backup_folder.iterdir():
            backup.unlink()
        backup_folder.rmdir()
    people = tmp_path / "people.csv"
    people.write_text("name,sector\nZoe,health\n", encoding="utf-8")
    make_read_only(folder)
    before = untouched(path)

    with pytest.raises(WorkshopReadOnly) as refused:
        WorkshopStore.open(path)
    assert_one_clear_line(str(refused.value), path, "folder cannot be written", "read-only")
    run = cli("import", path, "--participants", people)
    assert run.code == 3
    assert_one_clear_line(run.err, path, "folder cannot be written", "copy it to a folder")

    with WorkshopStore.open(path, read_only=True) as viewer:
        assert len(viewer.votes()) > 0
    assert cli("signals", path).code == 0
    assert cli("export", path, "--pdf", tmp_path / "summary.pdf").code == 0

    app = offline_run([path, "--quit-when-ready"], [path, "--read-only", "--quit-when-ready"])
    assert app["codes"] == [3, 0], app["stderr"]
    assert_one_clear_line(app["errors"][0], path, "folder cannot be written", "read-only")
    assert untouched(path) == before


HOLDER = """
import sys
from xsector_desktop.store import WorkshopStore
store = WorkshopStore.open(sys.argv[1])
store.cast_vote(None, "charge", 1, 2)
print("holding", flush=True)
sys.stdin.read()
store.close()
"""


def test_a_file_open_in_another_process_is_refused_for_editing_and_readable(
    tmp_path: Path,
    real_workshop: Fixture,
    cli: Fixture,
    untouched: Fixture,
    offline_run: Fixture,
) -> None:
    (tmp_path / "shared").mkdir()
    path = real_workshop(tmp_path / "shared" / "Workshop.xsector")
    people = tmp_path / "people.csv"
    people.write_text("name,sector\nZoe,health\n", encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        before = untouched(path)
        with pytest.raises(WorkshopInUse) as refused:
            WorkshopStore.open(path)
        assert_one_clear_line(str(refused.value), path, "open in another", "Close it there")
        run = cli("import", path, "--participants", people)
        assert run.code == 3
        assert_one_clear_line(run.err, path, "open in another", "open this one read-only")
        signals = cli("signals", path, "--json")
        assert signals.code == 0 and '"card": "charge"' in signals.out  # sees the holder's vote
        assert cli("check", path).code == 0

        app = offline_run([path, "--quit-when-ready"], [path, "--read-only", "--quit-when-ready"])
        assert app["codes"] == [3, 0], app["stderr"]
        assert_one_clear_line(app["errors"][0], path, "open in another xsector window", "read-only")
        assert untouched(path) == before
    finally:
        holder.communicate("", timeout=30)
    assert holder.returncode == 0
    with WorkshopStore.open(path, read_only=True) as viewer:
        assert [p.name for p in viewer.participants()] == ["Ana", "Ben"]  # Zoe never went in


def test_a_path_with_spaces_and_non_latin_letters_works_everywhere(
    tmp_path: Path, cli: Fixture, offline_run: Fixture
) -> None:
    folder = tmp_path / "Réunion d'été 2026" / "Встреча  #2 ? & 東京"
    folder.mkdir(parents=True)
    path = folder / "Ρίβερσαϊντ ünion ☕.xsector"
    people = folder / "personnes à inviter.csv"
    people.write_text("name,sector,role\nАнна,government,doer\nجود,community,\n", "utf-8")
    votes = folder / "votes — tour 1.csv"
    votes.write_text(
        "participant,card,round,value,comment\nАнна,results,1,4,ça va\nجود,results,1,2,\n", "utf-8"
    )
    assert cli("new", path, "--partnership", "Ρίβερσαϊντ").code == 0
    assert cli("import", path, "--participants", people).code == 0
    assert cli("import", path, "--votes", votes).code == 0
    signals = cli("signals", path, "--json")
    assert signals.code == 0 and '"n": 2' in signals.out
    assert cli("export", path, "--pdf", folder / "résumé.pdf").code == 0
    assert (folder / "résumé.pdf").read_bytes().startswith(b"%PDF")
    assert cli("check", path).code == 0
    with WorkshopStore.open(path) as store:
        assert store.info().partnership == "Ρίβερσαϊντ"
        assert [p.name for p in store.participants()] == ["Анна", "جود"]
        assert sorted(v.value for v in store.votes()) == [2, 4]
    with WorkshopStore.open(path, read_only=True) as viewer:
        assert len(viewer.votes()) == 2
    app = offline_run([path, "--quit-when-ready"])
    assert app["codes"] == [0], app["stderr"]
