"""Recovery: ``xsector check --repair OUT`` and a failed upgrade, seen from the command line.

tests/store covers the store's side (a failed migration leaves the file and its backup intact,
repair_workshop on one scribbled page). These go through ``xsector`` and try harder: damage of
several kinds and at seeded random pages, a session killed with its votes still in the -wal,
and an OUT that already exists. Always: the damaged original keeps its SHA-256 and gains no
sidecar files, and whatever is recovered is a true subset of what was there.
"""

from __future__ import annotations

import random
import re
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore, check_workshop, schema
from xsector_desktop.store.backups import backup_folder

Fixture = Callable[..., Any]
VoteFacts = tuple[int | None, str, int, int, str]
PAGE = 4096


def facts(store: WorkshopStore) -> dict[int, VoteFacts]:
    return {
        row["id"]: (row["participant_id"], row["card"], row["round"], row["value"], row["comment"])
        for row in store.vote_history()
    }


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, dict[int, VoteFacts]]:
    """A closed workshop of 40 people and 3,000 votes, and every vote it holds."""
    path = tmp_path_factory.mktemp("healthy") / "healthy.xsector"
    with WorkshopStore.create(path, WorkshopInfo("Recovery partnership")) as store:
        people = store.add_participants(
            [{"name": f"Person {n}", "sector": "health", "role": "doer"} for n in range(40)]
        ).record
        store.add_votes(
            {
                "participant_id": people[i % 40].id,
                "card": ("results", "charge", "authority")[i % 3],
                "round": 1 + i // 1000,
                "value": i % 5 + 1,
                "comment": f"vote {i}: " + "because " * 8,
            }
            for i in range(3000)
        )
        everything = facts(store)
    data = path.read_bytes()
    assert int.from_bytes(data[16:18], "big") == PAGE
    return data, everything


def noise_pages(data: bytes, pages: list[int], seed: int) -> bytes:
    """Overwrite SQLite pages (numbered from 1, as SQLite does) with random bytes."""
    damaged = bytearray(data)
    noise = random.Random(seed)
    for page in pages:
        damaged[(page - 1) * PAGE : page * PAGE] = noise.randbytes(PAGE)
    return bytes(damaged)


def middle_pages(data: bytes, count: int) -> list[int]:
    middle = len(data) // PAGE // 2
    return list(range(middle, middle + count))


def table_of_page(data: bytes, page: int) -> str:
    conn = sqlite3.connect(":memory:")
    conn.deserialize(data[:18] + b"\x01\x01" + data[20:])  # memory cannot be in WAL mode
    try:
        [(name,)] = conn.execute("SELECT name FROM dbstat WHERE pageno = ?", (page,))
        return str(name)
    finally:
        conn.close()


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "one page of noise in the middle": lambda d: noise_pages(d, middle_pages(d, 1), 1),
    "five pages of noise in the middle": lambda d: noise_pages(d, middle_pages(d, 5), 2),
    "five pages zeroed": lambda d: d[: len(d) // 3] + bytes(5 * PAGE) + d[len(d) // 3 + 5 * PAGE :],
    "cut short at 60 percent": lambda d: d[: (len(d) * 6 // 10) // PAGE * PAGE],
    "noise on the last page": lambda d: noise_pages(d, [len(d) // PAGE], 3),
}


def recovered_votes(out: Path) -> dict[int, VoteFacts]:
    assert check_workshop(out).ok, check_workshop(out).describe()
    with WorkshopStore.open(out, read_only=True) as rescued:
        return facts(rescued)


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_repair_recovers_what_sqlite_can_read_and_leaves_the_original(
    damage: str,
    healthy: tuple[bytes, dict[int, VoteFacts]],
    tmp_path: Path,
    cli: Fixture,
    untouched: Fixture,
) -> None:
    data, everything = healthy
    (tmp_path / "damaged").mkdir()
    damaged = tmp_path / "damaged" / "workshop.xsector"
    damaged.write_bytes(DAMAGE[damage](data))
    out = tmp_path / "rescued.xsector"
    before = untouched(damaged)

    checked = cli("check", damaged)
    assert checked.code == 3 and "--repair" in checked.err
    repaired = cli("check", damaged, "--repair", out)
    assert repaired.code == 0, repaired.err
    assert repaired.out.count("\n") == 1 and "recovered" in repaired.out

    assert untouched(damaged) == before
    rescued = recovered_votes(out)
    assert rescued.items() <= everything.items()  # nothing invented, nothing altered
    # Page damage costs a few dozen votes; the copy cut at 60% keeps about half of them.
    assert len(rescued) >= len(everything) // 3, f"only {len(rescued)} of {len(everything)}"
    assert "damaged: votes" in repaired.out
    assert cli("signals", out, "--json").code == 0


@pytest.mark.parametrize("seed", range(10))
def test_repair_after_damage_at_random_pages_never_invents_or_touches(
    seed: int,
    healthy: tuple[bytes, dict[int, VoteFacts]],
    tmp_path: Path,
    cli: Fixture,
    untouched: Fixture,
) -> None:
    data, everything = healthy
    chooser = random.Random(seed)
    pages = chooser.sample(range(2, len(data) // PAGE + 1), chooser.randint(1, 4))
    hit = {table_of_page(data, page) for page in pages}
    (tmp_path / "damaged").mkdir()
    damaged = tmp_path / "damaged" / "workshop.xsector"
    damaged.write_bytes(noise_pages(data, pages, seed))
    before = untouched(damaged)
    out = tmp_path / "rescued.xsector"
    repaired = cli("check", damaged, "--repair", out)
    assert untouched(damaged) == before
    if repaired.code == 0:
        rescued = recovered_votes(out)
        assert rescued.items() <= everything.items()
        if len(rescued) < len(everything):  # the summary must not hide a loss
            assert re.search(r"damaged: [^;]*\bvotes\b", repaired.out), (hit, repaired.out)
    else:  # too little left to build a workshop from: said in one line, no half-made OUT
        assert repaired.code == 3 and repaired.err.count("\n") == 1, repaired
        assert not out.exists()


def test_repair_never_replaces_an_existing_file(
    healthy: tuple[bytes, dict[int, VoteFacts]], tmp_path: Path, cli: Fixture
) -> None:
    damaged = tmp_path / "workshop.xsector"
    damaged.write_bytes(DAMAGE["one page of noise in the middle"](healthy[0]))
    out = tmp_path / "precious.xsector"
    out.write_bytes(b"somebody else's file")
    repaired = cli("check", damaged, "--repair", out)
    assert repaired.code == 3 and "already exists" in repaired.err
    assert out.read_bytes() == b"somebody else's file"


KILLED_WRITER = """
import sys
from xsector_desktop.store import WorkshopStore
store = WorkshopStore.open(sys.argv[1])
for value in (1, 2, 3, 4, 5):
    store.cast_vote(None, "lifespan", 1, value)
print("cast", flush=True)
sys.stdin.read()
"""


@pytest.mark.posix_only  # SIGKILL
def test_repair_reads_the_votes_a_killed_session_left_in_the_wal(
    healthy: tuple[bytes, dict[int, VoteFacts]], tmp_path: Path, cli: Fixture
) -> None:
    path = tmp_path / "workshop.xsector"
    path.write_bytes(healthy[0])
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None and writer.stdout.readline() == "cast\n"
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0  # the five votes are only in the -wal
    main_and_wal = (path.read_bytes(), wal.read_bytes())

    out = tmp_path / "rescued.xsector"
    assert cli("check", path, "--repair", out).code == 0
    assert (path.read_bytes(), wal.read_bytes()) == main_and_wal
    lifespan = [v for v in recovered_votes(out).values() if v[1] == "lifespan"]
    assert sorted(v[3] for v in lifespan) == [1, 2, 3, 4, 5]
    assert len(recovered_votes(out)) == len(healthy[1]) + 5


def break_halfway(db: Database) -> None:
    db.execute("CREATE TABLE half_done (x INTEGER)")
    raise sqlite3.OperationalError("disk I/O error")


def test_a_failed_upgrade_through_the_cli_leaves_the_file_and_a_usable_backup(
    healthy: tuple[bytes, dict[int, VoteFacts]],
    tmp_path: Path,
    cli: Fixture,
    untouched: Fixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "workshop.xsector"
    path.write_bytes(healthy[0])
    people = tmp_path / "people.csv"
    people.write_text("name,sector\nZoe,health\n", "utf-8")
    before = untouched(path)
    released = schema.STEPS
    monkeypatch.setattr(schema, "STEPS", (*released, ("m999_broken", break_halfway)))

    viewed = cli("signals", path)  # read-only: the upgrade runs in memory, and fails there
    assert viewed.code == 3 and "upgrading the workshop failed" in viewed.err
    assert untouched(path) == before
    imported = cli("import", path, "--participants", people)
    assert imported.code == 3 and imported.err.count("\n") == 1
    assert "upgrading the workshop failed" in imported.err and "not changed" in imported.err
    after = untouched(path)
    assert (after.sha256, after.mtime_ns) == (before.sha256, before.mtime_ns)

    monkeypatch.setattr(schema, "STEPS", released)
    [backup] = backup_folder(path).iterdir()
    assert check_workshop(backup).ok
    with WorkshopStore.open(backup, read_only=True) as copy:
        assert facts(copy) == healthy[1]
    with WorkshopStore.open(path) as store:
        assert facts(store) == healthy[1] and "Zoe" not in {p.name for p in store.participants()}
