"""Phone voting: a small page served on the local network, writing through the store; no Qt.

Build a desk over a writer that owns the store, then serve it::

    writer = ThreadWriter(store)
    desk = desk_for(writer)
    with PhoneServer(desk, host, port) as server:
        print(server.address)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .desk import Joined, PhoneDesk, PhoneWrite, Refused
from .view import (
    CODE_ONLY_SETTING,
    SHOW_RESULTS_SETTING,
    RoomView,
    WorkshopFacts,
    build_view,
    workshop_facts,
)
from .writer import StoreWriter, ThreadWriter

if TYPE_CHECKING:
    from .limits import Limits
    from .server import PhoneServer


def __getattr__(name: str) -> Any:
    # The app imports this package when it starts; uvicorn and Starlette only when phone voting
    # is turned on.
    if name == "PhoneServer":
        from .server import PhoneServer

        return PhoneServer
    if name == "Limits":
        from .limits import Limits

        return Limits
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def desk_for(writer: ThreadWriter, secret: str | None = None) -> PhoneDesk:
    """A desk over a store owned by a ThreadWriter (the command line and tests)."""
    facts = writer.call(workshop_facts)
    view = writer.call(lambda store: build_view(store, facts))
    return PhoneDesk(writer, facts, view, secret)


__all__ = [
    "CODE_ONLY_SETTING",
    "SHOW_RESULTS_SETTING",
    "Joined",
    "Limits",
    "PhoneDesk",
    "PhoneServer",
    "PhoneWrite",
    "Refused",
    "RoomView",
    "StoreWriter",
    "ThreadWriter",
    "WorkshopFacts",
    "build_view",
    "desk_for",
    "workshop_facts",
]
