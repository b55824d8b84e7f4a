"""For the reliability tests: real workshops to break, and proof that a file was not touched."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from xsector_desktop.cli import main
from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopStore


@dataclass(frozen=True)
class Untouched:
    """What a refused file must keep: its bytes (SHA-256), its mtime and every file around it.

    ``around`` lists the whole folder, backups folder included, so a ``-wal``, ``-shm``, journal
    or backup left next to a refused file shows up as a difference.
    """

    sha256: str
    mtime_ns: int
    around: tuple[str, ...]

    @classmethod
    def of(cls, path: Path) -> Untouched:
        return cls(
            hashlib.sha256(path.read_bytes()).hexdigest(),
            path.stat().st_mtime_ns,
            tuple(sorted(str(p.relative_to(path.parent)) for p in path.parent.rglob("*"))),
        )


@pytest.fixture
def untouched() -> Callable[[Path], Untouched]:
    return Untouched.of


def build_real_workshop(path: Path, votes: int = 300) -> Path:
    """A workshop with a roster, rounds and enough votes to span many pages."""
    with WorkshopStore.create(path, WorkshopInfo("Riverside Opportunity Partnership")) as store:
        ana = store.add_participant("Ana", "government", "decision-maker").record
        ben = store.add_participant("Ben", "business", "doer").record
        store.open_round("results")
        store.add_votes(
            {
                "participant_id": (ana.id, ben.id, None)[i % 3],
                "card": "results",
                "round": 1,
                "value": i % 5 + 1,
                "comment": f"comment {i} " + "x" * 40,
            }
            for i in range(votes)
        )
    return path


@pytest.fixture(scope="session")
def real_workshop() -> Callable[..., Path]:
    return build_real_workshop


@dataclass(frozen=True)
class CliRun:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliRun]:
    """Run ``xsector ARGS`` in this process (the same ``main`` the installed command runs)."""

    def run(*argv: object) -> CliRun:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return CliRun(code, captured.out, captured.err)

    return run


GUARD = Path(__file__).with_name("offline_guard.py")


@pytest.fixture
def offline_run(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., dict[str, Any]]:
    """Run ``xsector`` commands in one child process watched for sockets (offline_guard.py).

    Qt runs offscreen, and HOME points at a fresh folder so the app's settings, recent files and
    crash log stay out of the real home. Returns the guard's report plus the child's stderr.
    """
    home = tmp_path_factory.mktemp("home")

    def run(*commands: list[str]) -> dict[str, Any]:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
        }
        done = subprocess.run(
            [sys.executable, str(GUARD), json.dumps([[str(a) for a in c] for c in commands])],
            capture_output=True,
            text=True,
            timeout=180,
            env=env,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        report["stderr"] = done.stderr
        return report

    return run
