"""The app's store writer: phone jobs run on the GUI thread, the store's one user.

The server's thread queues a job and wakes this object through a queued signal; the GUI thread
runs queued jobs until BUDGET_MS have passed in a turn of its event loop, then yields to
painting and input. A job (a batch of votes with its commit) is never cut short, so a turn lasts
at least one job: with a busy disk, longer than a frame (docs/phones.md). The future of a job
resolves after its commit, which is when the phone is told its vote is in.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from xsector_desktop.phones.writer import Job, WriterStopped, run_job

BUDGET_MS = 6.0


class GuiThreadWriter(QObject):
    _wake = Signal()

    def __init__(self, store: Any, after_batch: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.store = store
        self.after_batch = after_batch
        self._jobs: deque[tuple[Job, Future[Any]]] = deque()
        self._lock = threading.Lock()
        self._woken = False
        self._closed = False
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self.longest_ms = 0.0  # the longest single turn spent writing, for the benchmark

    def submit(self, job: Job) -> Future[Any]:
        future: Future[Any] = Future()
        with self._lock:
            if self._closed:
                future.set_exception(WriterStopped("phone voting has stopped"))
                return future
            self._jobs.append((job, future))
            wake = not self._woken
            self._woken = True
        if wake:
            self._wake.emit()
        return future

    def _drain(self) -> None:
        started = time.perf_counter()
        while True:
            with self._lock:
                if not self._jobs or self._closed:
                    self._woken = False
                    break
                job, future = self._jobs.popleft()
            run_job(self.store, job, future)
            if (time.perf_counter() - started) * 1000 >= BUDGET_MS:
                self._wake.emit()  # the rest after the window has had its turn
                break
        if self.after_batch is not None:
            self.after_batch()
        self.longest_ms = max(self.longest_ms, (time.perf_counter() - started) * 1000)

    def close(self) -> None:
        """Refuse new jobs and fail the queued ones (their phones are told to try again)."""
        with self._lock:
            self._closed = True
            jobs, self._jobs = list(self._jobs), deque()
        for _job, future in jobs:
            if future.set_running_or_notify_cancel():
                future.set_exception(WriterStopped("phone voting has stopped"))
