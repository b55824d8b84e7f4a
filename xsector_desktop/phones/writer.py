"""The one thread that writes the workshop: phone requests are queued to it, never run beside it.

A WorkshopStore is used by one thread at a time (its docstring says so). In the app that thread
is the GUI's, so the app hands the server a writer that runs jobs there (ui/phones); headless,
``xsector serve`` and the tests use :class:`ThreadWriter`, which owns the store on a thread of
its own. Either way a job runs to completion, its commit included, before its future resolves:
that is what lets a phone say "your vote is in" only once the vote is on disk.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Protocol

Job = Callable[[Any], Any]  # takes the store, returns anything


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
        self._jobs: queue.SimpleQueue[tuple[Job, Future[Any]] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._work, name="xsector-store-writer", daemon=True)
        self._thread.start()

    def submit(self, job: Job) -> Future[Any]:
        future: Future[Any] = Future()
        if not self._thread.is_alive():
            future.set_exception(WriterStopped("the workshop writer has stopped"))
            return future
        self._jobs.put((job, future))
        return future

    def call(self, job: Job, timeout: float = 10.0) -> Any:
        """Run a job and wait for it: for tests and the command line, never for a GUI thread."""
        return self.submit(job).result(timeout)

    def stop(self) -> None:
        """Finish the queued jobs, then end the thread; the store stays open for its owner."""
        self._jobs.put(None)
        self._thread.join()

    def _work(self) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            run_job(self.store, *item)
