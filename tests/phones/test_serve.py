"""`xsector serve`: the join address first, the write lock held, stopped by SIGTERM."""

from __future__ import annotations

import select
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx2
import pytest

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.store import WorkshopInUse, WorkshopStore


def _serve(path: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "xsector_desktop", "serve", str(path), *extra],
        stdin=subprocess.DEVNULL,  # no commands coming: it serves on until a signal
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _first_line(process: subprocess.Popen[str], timeout: float = 60) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    assert ready, "xsector serve printed nothing"
    return process.stdout.readline().strip()


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    path = tmp_path / "riverside.xsector"
    with WorkshopStore.create(path, WorkshopInfo("Riverside")) as store:
        store.add_participant("Ana", "community")
        store.set_position("results", 1)
    return path


def test_serve_prints_the_join_address_and_holds_the_lock(workshop: Path) -> None:
    process = _serve(workshop, "--host", "127.0.0.1", "--port", "0")
    try:
        address = _first_line(process)
        assert address.startswith("http://127.0.0.1:") and "/j/" in address
        page = httpx2.get(address, timeout=10)
        assert page.status_code == 200 and "phone.js" in page.text
        state = httpx2.get(address + "api/state", headers={"X-Xsector": "phone"}, timeout=10)
        assert state.json()["card"]["key"] == "results"
        with pytest.raises(WorkshopInUse):
            WorkshopStore.open(workshop)
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(30) == 0
    with pytest.raises(httpx2.ConnectError):  # nothing listens once it has stopped
        httpx2.get(address, timeout=5)
    WorkshopStore.open(workshop).close()  # and the lock is let go


def test_a_read_only_workshop_will_not_serve(
    workshop: Path, make_read_only: Callable[[Path], None]
) -> None:
    make_read_only(workshop)
    process = _serve(workshop, "--port", "0")
    try:
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 3 and out == ""
    assert str(workshop) in err and len(err.strip().splitlines()) == 1


def test_a_bad_host_is_a_usage_error(workshop: Path) -> None:
    process = _serve(workshop, "--host", "every-interface")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2 and "--host" in err


def test_a_script_moves_the_room_through_standard_input(workshop: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "xsector_desktop", "serve", str(workshop), "--port", "0"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdin is not None
    headers = {"X-Xsector": "phone"}
    try:
        address = _first_line(process)

        def say(command: str) -> str:
            assert process.stdin is not None
            process.stdin.write(command + "\n")
            process.stdin.flush()
            return _first_line(process)

        assert say("card authority") == "ok card authority"
        assert say("card nonsense") == "error: no card 'nonsense'"
        assert say("round") == "ok round 1"
        state = httpx2.get(address + "api/state", headers=headers, timeout=10).json()
        assert state["card"]["key"] == "authority" and state["round"] == 1
        assert say("round") == "error: round 1 of authority is still open"
        assert say("reveal") == "ok revealed authority round 1"
        state = httpx2.get(address + "api/state", headers=headers, timeout=10).json()
        assert state["revealed"] and not state["accepting"]
        assert say("quit") == "ok quit"
        assert process.wait(30) == 0
    finally:
        process.kill()
