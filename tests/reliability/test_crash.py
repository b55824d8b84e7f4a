"""A vote the screen has shown survives SIGKILL, at any moment, again and again.

A child process (vote_caster.py) casts votes through ``WorkshopStore.cast_vote``, the call the app
makes when a facilitator records a vote, and prints each vote after the call returns. The test
kills it with SIGKILL at a seeded random moment: while it opens the file, while it votes, or
while it closes and takes a backup. After every kill, on the same file:

- SQLite's full ``PRAGMA integrity_check`` passes on the file exactly as the kill left it;
- the workshop opens read-only and for editing with no migration or lock error;
- every vote the child printed is there, with its participant, card, round and value.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore, check_workshop

pytestmark = pytest.mark.posix_only  # SIGKILL, and select() on pipes

SEED = 20260307
KILLS = 60
MOST_VOTES_BEFORE_A_KILL = 30
CHILD = Path(__file__).with_name("vote_caster.py")
PATIENCE_SECONDS = 30.0  # for a child that stopped talking: fail rather than hang

VoteFacts = tuple[int | None, str, int, int]  # participant, card, round, value


class ChildOutput:
    """Complete lines from a child's stdout, read without blocking past a deadline."""

    def __init__(self, child: subprocess.Popen[bytes]) -> None:
        assert child.stdout is not None
        self.child = child
        self.fd = child.stdout.fileno()
        self.pending = b""

    def line(self) -> str:
        deadline = time.monotonic() + PATIENCE_SECONDS
        while b"\n" not in self.pending:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self.fd], [], [], max(left, 0))
            if not ready:
                raise AssertionError(f"the vote caster said nothing for {PATIENCE_SECONDS} s")
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise AssertionError(f"the vote caster ended early: {self.child.wait()}")
            self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        return line.decode()

    def rest_after_death(self) -> list[str]:
        """Every complete line the child wrote before it died; a half-written one is not a vote."""
        while chunk := os.read(self.fd, 65536):
            self.pending += chunk
        *complete, _partial = self.pending.split(b"\n")
        return [line.decode() for line in complete]


@dataclass
class Tally:
    kills: int = 0
    kills_while_opening: int = 0
    acknowledged: dict[int, VoteFacts] = field(default_factory=dict)
    lost: list[int] = field(default_factory=list)

    def acknowledge(self, line: str) -> None:
        word, vote_id, participant, card, round_number, value = line.split()
        assert word == "vote", line
        person = None if participant == "None" else int(participant)
        self.acknowledged[int(vote_id)] = (person, card, int(round_number), int(value))


def spawn(path: Path, seed: int, errors: Path) -> tuple[subprocess.Popen[bytes], ChildOutput]:
    with errors.open("ab") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(seed)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
    return child, ChildOutput(child)


def stored_votes(store: WorkshopStore) -> dict[int, VoteFacts]:
    return {
        row["id"]: (row["participant_id"], row["card"], row["round"], row["value"])
        for row in store.vote_history()
    }


def missing_or_changed(stored: dict[int, VoteFacts], tally: Tally) -> list[int]:
    return [i for i, facts in tally.acknowledged.items() if stored.get(i) != facts]


def integrity_as_left(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def check_after_kill(path: Path, tally: Tally) -> None:
    kill = tally.kills
    assert integrity_as_left(path) == ["ok"], f"kill {kill}"
    with WorkshopStore.open(path, read_only=True) as viewer:
        lost = missing_or_changed(stored_votes(viewer), tally)
    with WorkshopStore.open(path) as store:  # what the app does on restart
        lost += missing_or_changed(stored_votes(store), tally)
    tally.lost.extend(sorted(set(lost)))
    assert not lost, f"kill {kill}: acknowledged votes {sorted(set(lost))} are missing or changed"
    result = check_workshop(path)
    assert result.ok and not result.pending_migrations, f"kill {kill}: {result.describe()}"


def make_workshop(path: Path) -> None:
    with WorkshopStore.create(path, WorkshopInfo("Crash test partnership")) as store:
        store.add_participants(
            [{"name": f"Voter {n}", "sector": "community", "role": "doer"} for n in range(12)]
        )


def test_acknowledged_votes_survive_sigkill_at_random_moments(tmp_path: Path) -> None:
    path = tmp_path / "kill me.xsector"
    make_workshop(path)
    errors = tmp_path / "child-stderr.txt"
    moments = random.Random(SEED)
    tally = Tally()
    started = time.monotonic()
    child, output = spawn(path, SEED, errors)
    try:
        for kill in range(1, KILLS + 1):
            assert output.line() == "ready", errors.read_text()
            assert child.stdin is not None
            child.stdin.write(b"go\n")
            child.stdin.flush()
            # The next child imports while this one votes: the imports dominate a child's life.
            successor = spawn(path, SEED + kill, errors)
            votes_first = moments.randint(-3, MOST_VOTES_BEFORE_A_KILL)
            if votes_first <= 0:
                tally.kills_while_opening += 1
            for _ in range(max(votes_first, 0)):
                tally.acknowledge(output.line())
            child.send_signal(signal.SIGKILL)
            assert child.wait(timeout=PATIENCE_SECONDS) == -signal.SIGKILL
            for line in output.rest_after_death():
                tally.acknowledge(line)
            tally.kills += 1
            check_after_kill(path, tally)
            child, output = successor
    finally:
        child.kill()
        child.wait()
    seconds = time.monotonic() - started
    print(
        f"\ncrash test: {tally.kills} kills ({tally.kills_while_opening} while opening),"
        f" {len(tally.acknowledged)} votes acknowledged, {len(tally.lost)} lost,"
        f" {seconds:.1f} s"
    )
    assert tally.kills >= 50 and tally.lost == []
    assert len(tally.acknowledged) >= 10 * KILLS  # the kills landed among real voting
    assert tally.kills_while_opening >= 3


def test_every_backup_left_by_the_kills_opens(tmp_path: Path) -> None:
    # Kills during close land in the middle of a backup: a half-written copy must never pass for
    # a backup, and every listed one must open.
    path = tmp_path / "backed up.xsector"
    make_workshop(path)
    errors = tmp_path / "child-stderr.txt"
    moments = random.Random(SEED + 1)
    for kill in range(8):
        child, output = spawn(path, SEED + 1000 + kill, errors)
        assert output.line() == "ready", errors.read_text()
        assert child.stdin is not None
        child.stdin.write(b"go\n")
        child.stdin.flush()
        for _ in range(moments.randint(20, 60)):
            output.line()
        child.kill()
        child.wait()
    with WorkshopStore.open(path, read_only=True) as viewer:
        backups = viewer.backups()
        everything = stored_votes(viewer).items()
    assert backups, "the caster closes now and then, so backups exist"
    for backup in backups:
        assert integrity_as_left(backup) == ["ok"], backup.name
        with WorkshopStore.open(backup, read_only=True) as copy:
            assert stored_votes(copy).items() <= everything, backup.name
