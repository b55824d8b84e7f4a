"""After a pulled drive comes back: the banner offers Reconnect, one click opens it again.

While the banner says the drive cannot be reached, the path of the workshop's file is looked at
every second on a worker thread (a read on a dead mount may hang, the window must not), and
which workshop is there is read without touching it (store/identity.py). When it is the same
workshop, the banner offers Reconnect: the broken connection is let go without a checkpoint or
anything else done by the file's name (WorkshopStore.let_go_on_close), the file is opened again
through the usual open path (all its checks; SQLite recovers every acknowledged write from the
`-wal`), and the facilitator is back on the same card with the same person picked, the room
presented as before. Phone voting stops with the old connection; the facilitator is told to
turn it on again. Another workshop at the path is never taken silently: the banner says so and
offers Open it or Leave it. See docs/reliability.md, "Faults".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from xsector_desktop.core.text import without_bidi_controls
from xsector_desktop.store.errors import StoreError

if TYPE_CHECKING:
    from xsector_desktop.store.identity import Identity

    from .file_safety import FileSafety


class _Seen(QObject):
    """Carries a look's result from the worker thread to the window's thread (queued)."""

    seen = Signal(object)


class DriveWatch(QObject):
    """Reads which workshop is at a path every INTERVAL_MS, one look at a time: a look that
    hangs on a dead mount holds up the next look, never the window."""

    INTERVAL_MS = 1000

    def __init__(self, parent: QObject, on_seen: Callable[[Identity | None], None]) -> None:
        super().__init__(parent)
        self._on_seen = on_seen
        self._path: Path | None = None
        self._generation = 0  # a look begun before watch() or stop() is not heeded
        self._looking = False
        self._carrier: _Seen | None = None
        self._timer: QTimer | None = None

    @property
    def timer(self) -> QTimer:
        """Made when first needed: most sessions never lose their drive."""
        if self._timer is None:
            self._carrier = _Seen()
            self._carrier.seen.connect(self._seen)
            self._timer = QTimer(self)
            self._timer.setInterval(self.INTERVAL_MS)
            self._timer.timeout.connect(self._look)
        return self._timer

    @property
    def watching(self) -> bool:
        return self._path is not None

    def watch(self, path: Path) -> None:
        if self._path == path:
            return
        self._path, self._generation = path, self._generation + 1
        self.timer.start()

    def stop(self) -> None:
        self._path, self._generation = None, self._generation + 1
        if self._timer is not None:
            self._timer.stop()

    def _look(self) -> None:
        if self._looking or self._path is None:
            return
        self._looking = True
        import threading  # not needed until a drive has gone

        threading.Thread(
            target=self._read,
            args=(self._path, self._generation),
            name="xsector drive watch",
            daemon=True,  # a look stuck on a dead mount must not keep the app from quitting
        ).start()

    def _read(self, path: Path, generation: int) -> None:
        from xsector_desktop.store.identity import workshop_identity

        result: Identity | None = None
        try:
            result = workshop_identity(path)
        except (StoreError, OSError, ValueError):
            # A StoreFault: the drive still does not answer. Any other StoreError: nothing
            # there yet, or no workshop. Either way nothing is offered.
            pass
        finally:  # told even when the look failed otherwise, so that the next look is made
            self._tell(generation, result)

    def _tell(self, generation: int, result: Identity | None) -> None:
        try:
            assert self._carrier is not None
            self._carrier.seen.emit((generation, result))
        except RuntimeError:
            pass  # the window closed while the look was under way

    def _seen(self, payload: tuple[int, Identity | None]) -> None:
        self._looking = False
        generation, result = payload
        if generation == self._generation and self._path is not None:
            self._on_seen(result)


class Reconnector(QObject):
    """Watches for the workshop's file while its drive is gone, and reconnects to it."""

    def __init__(self, safety: FileSafety) -> None:
        super().__init__(safety)
        self.safety = safety
        self.window = safety.window
        self.banner = safety.banner
        self.watch = DriveWatch(self, self._seen)
        self.action = safety.reconnect_action
        self.action.triggered.connect(self.reconnect)
        self.other: Identity | None = None  # another workshop now at the path, while offered
        self.left: str | None = None  # the other workshop the facilitator chose to leave
        self.back = False  # the same workshop is readable at the path again
        self._wired = False

    # -- a workshop comes and goes ------------------------------------------------------------

    def attach(self) -> None:
        """Another workshop was opened: nothing offered, nothing left."""
        self.stop()
        self.left = None

    def watch_for(self, path: Path) -> None:
        """The drive went away: look for the workshop's file at `path` until stopped."""
        self.watch.watch(path)

    def stop(self) -> None:
        self.watch.stop()
        self._offer(back=False, other=None)

    # -- what the banner offers ---------------------------------------------------------------

    def offer_text(self) -> str:
        if self.back:
            return self.tr(
                "The workshop's drive is back: Reconnect opens the workshop again here, on "
                "this card, with every change saved before the drive went away."
            )
        if self.other is not None:
            return self.tr(
                "The file now at this place is another workshop (“{name}”), not this one; it "
                "was not opened. Open it instead, or leave it and keep this one on screen."
            ).format(name=without_bidi_controls(self.other.partnership))
        return ""

    def _offer(self, *, back: bool, other: Identity | None) -> None:
        changed = (back, other) != (self.back, self.other)
        self.back, self.other = back, other
        self.action.setEnabled(back)
        if (back or other is not None) and not self._wired:
            self._wired = True  # the banner's buttons are made when first offered
            self.banner.reconnect.clicked.connect(self.reconnect)
            self.banner.open_other.clicked.connect(self.open_other)
            self.banner.leave.clicked.connect(self.leave)
        self.banner.offer(reconnect=back, other=other is not None)
        if changed and self.banner.isVisibleTo(self.window):
            self.safety.show_banner()

    def _seen(self, seen: Identity | None) -> None:
        if seen is None:
            self._offer(back=False, other=None)
        elif seen.created_at == self.safety.identity:
            self._offer(back=True, other=None)
        elif seen.created_at != self.left:
            self._offer(back=False, other=seen)

    # -- what the facilitator chose -----------------------------------------------------------

    def reconnect(self) -> bool:
        window, session = self.window, self.window.session
        if not self.back or session is None or session.path is None:
            return False
        from .reconnect_place import Place  # built when first needed: start-up pays nothing

        path, place, read_only = session.path, Place.of(window), session.read_only
        self.stop()
        session.store.let_go_on_close()  # nothing is done to the file now at the path
        window.close_workshop(to_start=False)
        if not window.open_path(path, read_only):  # the usual open; its refusal was told
            window.show_start()
            return False
        presented = place.restore(window)
        told = [self.tr("The workshop is connected again; every change saved is in it.")]
        if place.phones:
            told.append(
                self.tr(
                    "Phone voting was stopped with the lost connection: turn it on again "
                    "(Present > Phone voting). Phones then join again."
                )
            )
        if not presented:
            told.append(self.tr("Presenting could not start again: press F5."))
        if len(told) == 1:
            window.statusBar().showMessage(told[0], 15000)
        else:
            window.ask.tell(self.tr("Reconnected"), "\n\n".join(told))
        return True

    def open_other(self) -> bool:
        window, session, other = self.window, self.window.session, self.other
        if other is None or session is None or session.path is None:
            return False
        path = session.path
        self.left = other.created_at  # if it is refused, it is not offered again
        self._offer(back=False, other=None)
        session.store.let_go_on_close()  # the path is the other workshop now: never touch it
        return window.open_path(path, session.read_only)

    def leave(self) -> None:
        if self.other is not None:
            self.left = self.other.created_at
        self._offer(back=False, other=None)
