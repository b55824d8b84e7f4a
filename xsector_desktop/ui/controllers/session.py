"""One open workshop: its store, deck and scale, and the single place changes are announced."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.core.scales import Scale, get_scale

from .actions import Change, StoreWrite
from .events import Event


@dataclass
class WorkshopSession:
    """What every controller of one open workshop shares.

    `store` is a WorkshopStore (typed loosely so GUI-free tests can pass a stand-in).
    """

    store: Any
    path: Path | None
    read_only: bool = False
    changed: Event[Change] = field(default_factory=Event)

    def __post_init__(self) -> None:
        from xsector_desktop.core.deck import builtin_deck

        self.info: WorkshopInfo = self.store.info()
        self.deck = builtin_deck(self.info.deck)
        self.scale: Scale = get_scale(self.info.scale)

    def notify(self, change: Change) -> None:
        if change.kind == "info":
            self.info = self.store.info()
        self.changed.emit(change)

    def write(
        self, text: str, write: Callable[[], Any], change: Change | Callable[[Any], Change]
    ) -> StoreWrite:
        """An undoable store write that announces `change` (or what it computes from the result)."""
        describe = change if callable(change) else (lambda _result: change)
        return StoreWrite(self.store, self.notify, text, write, describe)

    def close(self) -> None:
        self.store.close()
