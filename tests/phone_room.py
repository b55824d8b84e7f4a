"""A workshop served to phones in process: a store on its writer thread, a desk and a client.

Shared by tests/phones (fixtures re-exported by its conftest) and tests/perf."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.phones import Limits, PhoneDesk, ThreadWriter, desk_for
from xsector_desktop.phones.limits import DEFAULT_LIMITS
from xsector_desktop.phones.web import build_app
from xsector_desktop.store import WorkshopStore

NAMES = ("Ana", "Ben", "Cy", "Dee")
HEADERS = {"X-Xsector": "phone"}


@dataclass
class Room:
    path: Path
    writer: ThreadWriter
    desk: PhoneDesk
    ids: dict[str, int]
    app: Any

    @property
    def base(self) -> str:
        return f"/j/{self.desk.secret}/"

    def phone(self) -> TestClient:
        client = TestClient(self.app)
        client.__enter__()
        self._clients.append(client)
        return client

    def facilitate(self, job: Callable[[WorkshopStore], Any]) -> Any:
        """Do what the facilitator does, on the store's own thread, and tell the phones."""
        result = self.writer.call(job)
        self.desk.refresh().result(10)
        return result

    def votes_on_disk(self) -> list[Any]:
        return list(self.writer.call(lambda s: s.vote_history()))

    def close(self) -> None:
        for client in self._clients:
            client.__exit__(None, None, None)

    def __post_init__(self) -> None:
        self._clients: list[TestClient] = []


def make_room(
    tmp_path: Path,
    *,
    anonymous: bool = False,
    settings: dict[str, Any] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    deck: str = "living-cities-2013",
) -> tuple[Room, WorkshopStore]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "riverside.xsector"
    info = WorkshopInfo("Riverside Opportunity", date="2026-03-12", deck=deck, anonymous=anonymous)
    store = WorkshopStore.create(path, info, settings)
    ids = {} if anonymous else {n: store.add_participant(n, "community").record.id for n in NAMES}
    store.set_position("charge", 1)
    writer = ThreadWriter(store)
    desk = desk_for(writer)
    return Room(path, writer, desk, ids, build_app(desk, limits)), store


@pytest.fixture
def room_factory(tmp_path: Path) -> Iterator[Callable[..., Room]]:
    made: list[tuple[Room, WorkshopStore]] = []

    def build(**options: Any) -> Room:
        made.append(make_room(tmp_path / f"room{len(made)}", **options))
        return made[-1][0]

    yield build
    for room, store in made:
        room.close()
        room.writer.stop()
        store.close()


@pytest.fixture
def room(room_factory: Callable[..., Room]) -> Room:
    return room_factory()
