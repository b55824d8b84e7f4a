"""A minimal observer, so controllers can announce changes without knowing about Qt.

The Qt views subscribe through a small bridge (ui/bridge.py) that turns each call into a Qt
signal; GUI-free tests subscribe with a plain list.append.
"""

from __future__ import annotations

from collections.abc import Callable


class Event[T]:
    def __init__(self) -> None:
        self._listeners: list[Callable[[T], None]] = []

    def connect(self, listener: Callable[[T], None]) -> None:
        self._listeners.append(listener)

    def disconnect(self, listener: Callable[[T], None]) -> None:
        self._listeners.remove(listener)

    def listeners(self) -> list[Callable[[T], None]]:
        """A copy of who listens, in order (to call them one at a time, see ui/phones)."""
        return list(self._listeners)

    def emit(self, value: T) -> None:
        # Copy, so a listener that disconnects itself does not skip its neighbour.
        for listener in list(self._listeners):
            listener(value)
