"""Phone votes written on a thread of their own, through a sibling of the facilitator's store,
while the facilitator's thread writes too: as the app does it (ui/phones/feature.py), no Qt."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fault_injection import inject

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.phones import PhoneDesk, ThreadWriter, desk_for
from xsector_desktop.phones.writer import WriterStopped
from xsector_desktop.store import WorkshopStore
from xsector_desktop.store.faults import DiskFull, StoreFault

CARD = "charge"
NAMES = ("Ana", "Ben", "Cy", "Dee", "Eli", "Fay")


@dataclass
class App:
    path: Path
    store: WorkshopStore  # the facilitator's, on this (the test's) thread
    phones: WorkshopStore  # its sibling, owned by the writer thread
    writer: ThreadWriter
    desk: PhoneDesk
    ids: dict[str, int]

    def stop(self) -> None:
        """What PhoneVoting.stop does, in its order: writer, then the phones' connection."""
        self.writer.stop()
        self.phones.close()


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    path = tmp_path / "riverside.xsector"
    store = WorkshopStore.create(path, WorkshopInfo("Riverside"))
    ids = {n: store.add_participant(n, "community").record.id for n in NAMES}
    store.set_position(CARD, 1)
    phones = store.sibling()
    writer = ThreadWriter(phones)
    made = App(path, store, phones, writer, desk_for(writer), ids)
    yield made
    made.stop()
    store.close()


def test_a_phone_job_holds_the_files_write_turn(app: App) -> None:
    assert app.writer.call(lambda store: store.write_turn.mine()) is True
    assert not app.store.write_turn.mine()


def test_stopping_lets_the_running_job_finish_and_fails_the_queued_ones(app: App) -> None:
    started, gate = threading.Event(), threading.Event()

    def running(store: WorkshopStore) -> str:
        started.set()
        gate.wait(10)
        store.cast_vote(app.ids["Ana"], CARD, 1, 4, source="phone")
        return "finished"

    app.store.open_round(CARD)
    first = app.writer.submit(running)
    assert started.wait(10)
    queued = [app.writer.submit(lambda s: s.votes()) for _ in range(3)]
    stopping = threading.Thread(target=app.writer.stop)
    stopping.start()
    gate.set()
    stopping.join(10)
    assert first.result(0) == "finished"
    assert all(isinstance(q.exception(0), WriterStopped) for q in queued)
    late = app.writer.submit(lambda s: s.votes())
    assert isinstance(late.exception(0), WriterStopped)
    app.phones.close()
    app.store.close()
    with WorkshopStore.open(app.path) as again:
        assert [(v.participant_id, v.source) for v in again.votes(CARD, 1)] == [
            (app.ids["Ana"], "phone")
        ]


def test_stopping_while_the_facilitator_holds_the_turn_fails_the_waiting_job(app: App) -> None:
    """A job waiting for the write turn has not started: stopping fails it (and a stop asked
    for by the thread that holds the turn does not wait for ever)."""
    app.store.open_round(CARD)
    with app.store.write_turn:
        waiting = app.writer.submit(
            lambda s: s.cast_vote(app.ids["Ana"], CARD, 1, 4, source="phone")
        )
        app.writer.stop()
        assert isinstance(waiting.exception(10), WriterStopped)
    assert app.store.votes(CARD, 1) == []


def test_no_vote_is_acknowledged_but_missing_while_the_facilitator_writes_too(
    app: App,
) -> None:
    """Phones vote again and again while the facilitator keys votes and undoes them; phone
    voting stops midway. Every vote a phone was told is in is in the file after closing;
    none that was refused is."""
    desk, rng = app.desk, random.Random(15)
    tokens = {name: desk.join_name(pid) for name, pid in app.ids.items() if name != "Fay"}
    answers: list[tuple[str, int, Future[Any]]] = []
    stop_at = 150
    for i in range(300):
        name = rng.choice(sorted(tokens))
        value = rng.randint(1, 5)
        answers.append((name, value, desk.vote(tokens[name], CARD, 1, value, None)))
        if i % 10 == 9 and i < stop_at:
            answers[-1][2].exception(10)  # let the writer catch up now and then
            _vote, keyed = app.store.cast_vote(app.ids["Fay"], CARD, 1, rng.randint(1, 5))
            if rng.random() < 0.5:
                app.store.retract(keyed)
        if i == stop_at:
            app.stop()
    told_in = [(n, v) for n, v, a in answers if a.exception(10) is None]
    refused = [a.exception(0) for _n, _v, a in answers if a.exception(0) is not None]
    assert told_in and refused
    assert all(isinstance(e, WriterStopped) for e in refused)
    app.store.close()
    with WorkshopStore.open(app.path) as again:
        on_disk = [
            (r["participant_id"], r["value"])
            for r in again.vote_history()
            if r["source"] == "phone"
        ]
    # Order aside (a phone's second vote waits for the next batch), exactly these.
    assert sorted(on_disk) == sorted((app.ids[n], v) for n, v in told_in)


def test_a_fault_on_the_phones_connection_refuses_the_votes_and_is_told(app: App) -> None:
    told: list[StoreFault | None] = []
    app.phones.on_fault = told.append
    app.phones.on_recovered = lambda: told.append(None)
    app.store.open_round(CARD)
    app.desk.refresh().result(10)
    ana = app.desk.join_name(app.ids["Ana"])
    faulty = inject(app.phones)
    faulty.arm("disk-full")
    refused = app.desk.vote(ana, CARD, 1, 3, None)
    assert isinstance(refused.exception(10), DiskFull)
    assert [type(f) for f in told] == [DiskFull]
    assert app.store.votes(CARD, 1) == []
    app.store.cast_vote(app.ids["Ben"], CARD, 1, 2)  # the facilitator's own writes still work
    faulty.arm(None)
    app.desk.vote(ana, CARD, 1, 3, None).result(10)
    assert told[1:] == [None]
    assert {(v.participant_id, v.source) for v in app.store.votes(CARD, 1)} == {
        (app.ids["Ana"], "phone"),
        (app.ids["Ben"], "live"),
    }


def test_a_round_opened_by_a_phone_is_where_the_meeting_is(app: App) -> None:
    ana = app.desk.join_name(app.ids["Ana"])
    app.desk.vote(ana, CARD, 1, 4, None).result(10)
    assert [r.round for r in app.store.rounds(CARD)] == [1]
    assert app.store.position() == (CARD, 1)
    assert [v.source for v in app.store.votes(CARD, 1)] == ["phone"]
