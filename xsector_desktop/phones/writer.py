"""The thread that writes phone votes: phone requests are queued to it, never run beside it.

A WorkshopStore is used by one thread at a time (its docstring says so). :class:`ThreadWriter`
owns a store on a dedicated thread and runs queued jobs one after another, each while holding
the file's write turn (store/write_turn.py), its checks against the file included, so nothing
else writes the file between a job's checks and its commit. Headless (``xsector serve``, the
tests) that store is the workshop's own; in the app it is a sibling of the window's store, a
second connection to the same open file, so the window's thread never waits on a phone's disk
write unless it writes itself (docs/phones.md, "Keeping the window responsive"). A job runs to
completion, its commit included, before its future resolves: that is what lets a phone say
"your vote is in" only once the vote is on disk.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Protocol

Job = Callable[[Any], Any]  # takes the store, returns anything
TURN_POLL_S = 0.05  # how often a job waiting for the write turn looks whether the writer stopped


class WriterStopped(RuntimeError):
    """The job was not run: phone voting stopped (or the workshop closed) first."""


class StoreWriter(Protocol):
    def submit(self, job: Job) -> Future[Any]:
        """Queue `job(store)`; the future holds its result or the exception it raised."""
        ...


def run_job(store: Any, job: Job, future: Future[Any]) -> None:
    if not future.set_running_or_notify_cancel():
        return
    try:
        result = job(store)
    except BaseException as error:  # handed to the waiting request, which answers for it
        future.set_exception(error)
    else:
        future.set_result(result)


class ThreadWriter:
    """Owns a store on a dedicated thread and runs queued jobs one after another."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._jobs: deque[tuple[Job, Future[Any]]] = deque()
        self._ready = threading.Condition()
        self._closed = False
        self.longest_ms = 0.0  # the longest job, write turn held (for the benchmark)
        self._thread = threading.Thread(target=self._work, name="xsector-store-writer", daemon=True)
        self._thread.start()

    def submit(self, job: Job) -> Future[Any]:
        future: Future[Any] = Future()
        with self._ready:
            if self._closed:
                future.set_exception(WriterStopped("the workshop writer has stopped"))
                return future
            self._jobs.append((job, future))
            self._ready.notify()
        return future

    def call(self, job: Job, timeout: float = 10.0) -> Any:
        """Run a job and wait for it: for tests and the command line, never for a GUI thread."""
        return self.submit(job).result(timeout)

    def stop(self) -> None:
        """Refuse new jobs, fail the queued ones (their phones are told voting stopped), let the
        one running finish, then end the thread. The store stays open for its owner to close."""
        with self._ready:
            self._closed = True
            jobs, self._jobs = list(self._jobs), deque()
            self._ready.notify()
        for _job, future in jobs:
            if future.set_running_or_notify_cancel():
                future.set_exception(WriterStopped("the workshop writer has stopped"))
        if threading.current_thread() is not self._thread:
            self._thread.join()

    def _work(self) -> None:
        turn = self.store.write_turn
        while True:
            with self._ready:
                while not self._jobs and not self._closed:
                    self._ready.wait()
                if not self._jobs:
                    return
                job, future = self._jobs.popleft()
            # Waiting for the turn, a job has not started: stopping meanwhile fails it like a
            # queued one (and a stop asked for by whoever holds the turn cannot deadlock).
            while not turn.acquire(timeout=TURN_POLL_S):
                if self._closed:
                    if future.set_running_or_notify_cancel():
                        future.set_exception(WriterStopped("the workshop writer has stopped"))
                    break
            else:
                try:
                    started = time.perf_counter()
                    run_job(self.store, job, future)
                    spent = (time.perf_counter() - started) * 1000
                    self.longest_ms = max(self.longest_ms, spent)
                finally:
                    turn.release()
