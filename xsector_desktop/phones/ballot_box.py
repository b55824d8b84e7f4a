"""Phone votes written in batches: every vote waiting when the writer gets to them goes into
the file in one transaction (one fsync), through the store's ``add_votes``.

When sixty phones vote within the same second, sixty commits one after another would hold the
writer (in the app, the GUI thread) for sixty disk flushes; a batch takes one. Each vote is
still checked on its own against the file just before the write, and each phone is answered
only once its vote is committed. A phone with two votes waiting has the second written in the
next batch, so that the history keeps both and an anonymous phone's earlier hand is taken back
first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, NamedTuple

from .writer import StoreWriter


class PendingVote(NamedTuple):
    """One phone's vote, checked against the room, waiting for the writer."""

    claim: Any  # the desk's Claim: whose vote it is
    card: str
    round: int
    value: int
    type_choice: str | None
    answer: Future[None]  # resolved once the vote is on disk, or with why it was refused


Check = Callable[[Any, PendingVote, dict[Any, Any]], None]  # (store, vote, memo): raises to refuse
# At most this many votes per transaction, so one turn of the writer stays short (in the app the
# writer is the GUI thread, which must get back to painting).
BATCH = 24
Written = Callable[[Any, PendingVote, Any], None]  # (store, vote, the stored Vote)


class BallotBox:
    def __init__(self, writer: StoreWriter, check: Check, written: Written) -> None:
        self.writer = writer
        self.check = check
        self.written = written
        self._lock = threading.Lock()
        self._waiting: list[PendingVote] = []
        self._flush_queued = False

    def put(self, vote: PendingVote) -> Future[None]:
        with self._lock:
            self._waiting.append(vote)
            queue = not self._flush_queued
            self._flush_queued = True
        if queue:
            self._queue_flush()
        return vote.answer

    def _queue_flush(self) -> None:
        self.writer.submit(self._flush).add_done_callback(self._flushed)

    def _flushed(self, flushing: Future[Any]) -> None:
        error = flushing.exception()
        if error is not None:  # the writer stopped (or the flush itself failed)
            self._fail_waiting(error)

    def _fail_waiting(self, error: BaseException) -> None:
        with self._lock:
            waiting, self._waiting = self._waiting, []
            self._flush_queued = False
        for vote in waiting:
            if not vote.answer.done():
                vote.answer.set_exception(error)

    def _flush(self, store: Any) -> None:
        with self._lock:
            waiting, self._waiting = self._waiting, []
            batch: list[PendingVote] = []
            later: list[PendingVote] = []
            for vote in waiting:
                busy = len(batch) >= BATCH or any(v.claim is vote.claim for v in batch)
                (later if busy else batch).append(vote)
            self._waiting = later + self._waiting
            self._flush_queued = bool(self._waiting)
        if later:
            self._queue_flush()
        accepted = []
        memo: dict[Any, Any] = {}  # what the checks read from the file, once per batch
        for vote in batch:
            try:
                self.check(store, vote, memo)
            except Exception as refused:  # handed to that phone's request, which answers it
                vote.answer.set_exception(refused)
            else:
                accepted.append(vote)
        if not accepted:
            return
        rows = [
            {
                "participant_id": v.claim.participant_id,
                "card": v.card,
                "round": v.round,
                "value": v.value,
                "type_choice": v.type_choice,
                "source": "phone",
            }
            for v in accepted
        ]
        try:
            stored = store.add_votes(rows).record
        except Exception as error:  # nothing of the batch was written: every phone is told
            for vote in accepted:
                vote.answer.set_exception(error)
            return
        for vote, row in zip(accepted, stored, strict=True):
            self.written(store, vote, row)
            vote.answer.set_result(None)
