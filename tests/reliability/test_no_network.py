"""xsector never uses the network: the suite runs with sockets blocked, and the commands use none.

tests/conftest.py replaces ``socket.socket``, ``create_connection`` and ``socketpair`` in every
test; the first tests prove that block is in force. The others run the real commands in a
child process watched by offline_guard.py: a Python audit hook that sees every socket created,
connected, bound or resolved, and a look at /proc/self/fd at exit for sockets made in C.
"""

from __future__ import annotations

import importlib.util
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Run = Callable[..., dict[str, Any]]  # the offline_run fixture of conftest.py


def test_the_suite_wide_block_refuses_every_way_to_make_a_socket() -> None:
    attempts = (
        lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM),
        lambda: socket.socket(socket.AF_UNIX, socket.SOCK_STREAM),
        lambda: socket.create_connection(("192.0.2.1", 80), timeout=0.01),
        socket.socketpair,
    )
    for attempt in attempts:
        with pytest.raises(RuntimeError, match="runs offline") as refused:
            attempt()
        assert type(refused.value).__name__ == "NetworkBlocked"


def test_a_socket_class_taken_before_the_tests_is_refused_too() -> None:
    # `_socket.socket` is what socket.socket wraps; code that kept a reference to it, or to the
    # class before the fixture patched it, would slip past a monkeypatch but not the audit hook.
    import _socket

    for attempt in (
        lambda: _socket.socket(socket.AF_INET, socket.SOCK_STREAM),
        lambda: socket.getaddrinfo("example.org", 80),
    ):
        with pytest.raises(RuntimeError, match="runs offline") as refused:
            attempt()
        assert type(refused.value).__name__ == "NetworkBlocked"


def test_the_guard_sees_a_socket_when_there_is_one(offline_run: Run) -> None:
    # Without this, the tests below could pass with a guard that sees nothing.
    report = offline_run(["probe-socket"])
    assert report["codes"] == ["refused"]
    assert report["socket_events"] and report["socket_events"][0].startswith("socket.__new__")


def test_every_command_line_command_runs_without_a_socket(tmp_path: Path, offline_run: Run) -> None:
    sample = tmp_path / "sample.xsector"
    fresh = tmp_path / "fresh.xsector"
    people = tmp_path / "people.csv"
    people.write_text("name,sector,role\nAna,government,doer\nBen,business,\n", "utf-8")
    votes = tmp_path / "votes.csv"
    votes.write_text("participant,card,round,value\nAna,results,1,4\n,results,1,2\n", "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    report = offline_run(
        ["demo", str(sample)],
        ["signals", str(sample), "--json"],
        ["signals", str(sample)],
        ["export", str(sample), "--pdf", str(out / "summary.pdf")],
        ["export", str(sample), "--handouts", str(out / "h.pdf"), "--ballots", str(out / "b.pdf")],
        ["export", str(sample), "--csv", str(out / "csv"), "--json", str(out / "all.json")],
        ["check", str(sample)],
        ["new", str(fresh), "--partnership", "Offline"],
        ["import", str(fresh), "--participants", str(people)],
        ["import", str(fresh), "--votes", str(votes)],
        ["check", str(fresh), "--repair", str(tmp_path / "copy.xsector")],
    )
    assert report["codes"] == [0] * 11, report["stderr"]
    assert report["socket_events"] == []
    assert report["open_at_exit"] == []
    assert (out / "summary.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(
    importlib.util.find_spec("xsector_desktop.ui.app") is None,
    reason="the app (xsector_desktop/ui/app.py) has not landed on this branch yet",
)
def test_the_app_opens_a_workshop_and_paints_without_a_socket(
    tmp_path: Path, offline_run: Run
) -> None:
    sample = tmp_path / "sample.xsector"
    report = offline_run(["demo", sample], [sample, "--quit-when-ready"])
    assert report["codes"] == [0, 0], report["stderr"]
    assert report["socket_events"] == []
    assert report["open_at_exit"] == []
