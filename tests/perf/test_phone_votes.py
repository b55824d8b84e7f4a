"""Benchmark: 60, then 300 phones vote within the same second, with the app's window open.

Run with: XSECTOR_PERF=1 .venv/bin/python -m pytest tests/perf/test_phone_votes.py -s

Each phone is a thread with its own keep-alive connection (tests/flood.py), in a process of its
own (phone_swarm.py) as real phones would be; once all have joined, all send their vote at once.
Measured: every vote on disk, each phone's time from sending the
vote to reading "your vote is in" (median and 99th percentile), and the longest time the GUI's
event loop was blocked meanwhile, as the largest gap between the ticks of a 2 ms precise timer
(less its interval). The rate limits are set aside: on a real network each phone has its own
address, here all 300 come from 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.phones.limits import Limits
from xsector_desktop.store import WorkshopStore
from xsector_desktop.ui.main_window import MainWindow

TICK_MS = 2
CARD = "results"


class LoopWatch:
    """The longest gap between ticks of a precise timer on the GUI thread, less its interval."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0
        self.worst_at = (0.0, 0.0)  # when the longest gap began and ended (perf_counter)
        self.cpu = 0.0
        self.worst_cpu = 0.0  # CPU time the GUI thread itself used in the longest gap

    def start(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0
        self.cpu = time.thread_time()
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = (now - self.last) * 1000 - TICK_MS
        if gap > self.worst:
            self.worst, self.worst_at = gap, (self.last, now)
            self.worst_cpu = (cpu - self.cpu) * 1000
        self.last, self.cpu = now, cpu

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


class StackSampler:
    """With XSECTOR_PERF_STACKS=1: what the GUI thread was doing during the longest gap, from
    its stack sampled every half millisecond by another thread (a diagnosis, not a figure)."""

    def __init__(self) -> None:
        self.gui = threading.get_ident()
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self.running = True
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        while self.running:
            frame = sys._current_frames().get(self.gui)
            where = []
            while frame is not None and len(where) < 12:
                code = frame.f_code
                where.append(f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), tuple(where)))
            time.sleep(0.0005)

    def report(self, begin: float, end: float) -> str:
        self.running = False
        self.thread.join()
        inside = [stack for at, stack in self.samples if begin <= at <= end]
        counts: dict[tuple[str, ...], int] = {}
        for stack in inside:
            counts[stack] = counts.get(stack, 0) + 1
        lines = [f"{len(inside)} samples in the longest gap ({(end - begin) * 1000:.1f} ms):"]
        for stack, n in sorted(counts.items(), key=lambda item: -item[1])[:8]:
            lines.append(f"  {n} x " + " <- ".join(stack[:8]))
        return "\n".join(lines)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize(
    ("people", "round_open"),
    [(60, False), (300, False), (300, True)],
    ids=["60", "300", "300-open"],
)
def test_phones_voting_in_the_same_second(
    qtbot: QtBot, tmp_path: Path, people: int, round_open: bool, loopback_only: None
) -> None:
    """`round_open`: the facilitator opened the round before (N); otherwise the first phone
    vote opens it, and the console lays its centre column out again for the new round."""
    path = tmp_path / "room.xsector"
    with WorkshopStore.create(path, WorkshopInfo("Riverside")) as store:
        store.add_participants(
            [{"name": f"Guest {i:03d}", "sector": "community"} for i in range(1, people + 1)]
        )
    window = MainWindow(
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), sample_folder=tmp_path
    )
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(path)
    assert window.walk is not None and window.session is not None
    window.walk.go_to(CARD)
    if round_open:
        window.walk.new_round()
    phones = window.phones
    phones.host, phones.port = "127.0.0.1", 0
    phones.limits = Limits(per_device=1e6, device_burst=1e6, per_address=1e6, address_burst=1e6)
    address = phones.start()
    assert address is not None
    ids = [p.id for p in window.walk.participants()]

    swarm = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("phone_swarm.py")), address, CARD,
         ",".join(map(str, ids))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert swarm.stdout is not None and swarm.stdin is not None
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(swarm.stdout), daemon=True)  # type: ignore[arg-type]
    reader.start()
    qtbot.waitUntil(lambda: "joined\n" in lines, timeout=120_000)  # joining is not measured
    watch = LoopWatch()
    watch.start()
    qtbot.wait(1000)  # the baseline: this machine's own hiccups with nothing to do
    idle_block = watch.stop()
    sampler = StackSampler() if os.environ.get("XSECTOR_PERF_STACKS") else None
    watch.start()
    started = time.perf_counter()
    swarm.stdin.write("go\n")
    swarm.stdin.flush()
    qtbot.waitUntil(lambda: len(lines) >= 2, timeout=120_000)
    wall = time.perf_counter() - started
    page = window.walk_page
    assert page is not None
    qtbot.waitUntil(
        lambda: page.voting.status.text().endswith(f"{people} of {people} have voted"),
        timeout=5_000,
    )
    qtbot.wait(50)  # the timer's next tick ends the gap of the redraw that showed the count
    worst_block = watch.stop()
    if sampler is not None:
        print("\n" + sampler.report(*watch.worst_at))
    swarm.wait(30)
    result = json.loads(lines[-1])
    latencies, failures = result["latencies_ms"], result["failures"]
    assert failures == []
    on_disk = window.session.store.votes(CARD, 1)
    assert sorted(v.participant_id for v in on_disk) == sorted(ids)
    assert all(v.source == "phone" for v in on_disk)
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * len(ordered)) - 1)]
    print(
        f"\n{people} phones{' (round open before)' if round_open else ''}:"
        f" all {len(on_disk)} votes on disk in {wall:.2f} s;"
        f" request to ack median {statistics.median(ordered):.0f} ms, p99 {p99:.0f} ms;"
        f" longest GUI event-loop block {worst_block:.1f} ms, of which the GUI thread ran"
        f" {watch.worst_cpu:.1f} ms (idle baseline {idle_block:.1f} ms;"
        f" longest in one turn: phone writes"
        f" {window.phones.writer.longest_ms:.1f} ms, console redraw"  # type: ignore[union-attr]
        f" {window.phones.longest_redraw_ms:.1f} ms); load average {os.getloadavg()[0]:.1f}"
    )
    phones.stop()
    window.close_workshop(to_start=False)
