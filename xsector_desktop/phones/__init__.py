"""Phone voting: a small page served on the local network, writing through the store; no Qt.

Build a desk over a writer that owns the store, then serve it::

    writer = ThreadWriter(store)
    desk = desk_for(writer)
    with PhoneServer(desk, host, port) as server:
        print(server.address)

Names are loaded when first used: the app imports this package as it starts, and needs the
server (uvicorn, Starlette) and the desk only once phone voting is turned on.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .desk import Joined, PhoneDesk, PhoneWrite, Refused
    from .limits import Limits
    from .server import PhoneServer
    from .view import (
        CODE_ONLY_SETTING,
        SHOW_RESULTS_SETTING,
        RoomView,
        WorkshopFacts,
        build_view,
        workshop_facts,
    )
    from .writer import StoreWriter, ThreadWriter

_WHERE = {
    "Joined": "desk",
    "PhoneDesk": "desk",
    "PhoneWrite": "desk",
    "Refused": "desk",
    "Limits": "limits",
    "PhoneServer": "server",
    "CODE_ONLY_SETTING": "view",
    "SHOW_RESULTS_SETTING": "view",
    "RoomView": "view",
    "WorkshopFacts": "view",
    "build_view": "view",
    "workshop_facts": "view",
    "StoreWriter": "writer",
    "ThreadWriter": "writer",
}


def __getattr__(name: str) -> Any:
    if name == "desk_for":
        return desk_for
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_WHERE[name]}", __name__), name)


def desk_for(writer: ThreadWriter, secret: str | None = None) -> PhoneDesk:
    """A desk over a store owned by a ThreadWriter (the command line and tests)."""
    from .desk import PhoneDesk
    from .view import build_view, workshop_facts

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
