"""Phone voting while it is on: the server, the phones' writer thread, the panel, the QR.

Built by PhoneMenu each time the facilitator turns phone voting on, and held by the open
workshop's room until it stops: when turned off, when the workshop closes and when the app quits
(closing the window closes the workshop). Nothing listens before. Phone votes are written on a
thread of their own (ThreadWriter) through a sibling of the window's store: a second connection
to the open file, sharing its write turn, so the file has one writer at a time and the window
never waits on a phone's commit (docs/phones.md, "Keeping the window responsive"). The room the
phones see is read again after every change, on the window's thread, and handed to the server
as a value.
"""

from __future__ import annotations

import ipaddress
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QHostAddress, QNetworkInterface

from xsector_desktop.phones.desk import PhoneDesk, PhoneWrite
from xsector_desktop.phones.server import PhoneServer
from xsector_desktop.phones.view import build_view, workshop_facts
from xsector_desktop.phones.writer import ThreadWriter
from xsector_desktop.store.errors import StoreError

from ..controllers.actions import Change
from .audience_join import AudienceJoin
from .panel import PhonePanel

if TYPE_CHECKING:
    from ..room.workshop_room import WorkshopRoom
    from .menu import PhoneMenu

# Phone votes reach the console's chips and count once no phone has written for QUIET_MS, and
# at most REDRAW_MS after the first of them is on disk. Redrawing once a burst is over, rather
# than once per vote or batch, keeps the window responsive: amid a burst the server's and the
# writer's threads take the interpreter lock from the window's thread, and every redraw then
# takes two or three times as long (docs/phones.md, "Keeping the window responsive").
QUIET_MS = 100
REDRAW_MS = 600
# Between two views' redraws: time for the window to paint what the first changed, so a view's
# redraw and the painting of the one before do not fall in the same turn of the event loop.
STEP_GAP_MS = 5
# The server's thread and this one share Python's interpreter lock. This thread lets go of it
# at every SQLite step and many Qt calls, and while the server is busy answering a crowd each
# time it wants it back it may wait a whole switch interval (5 ms by default), many times per
# write. While phones are served the interval is 0.5 ms (restored when phone voting stops):
# with 300 phones voting at once this halved the longest block of the window (docs/phones.md).
SWITCH_INTERVAL_S = 0.0005


def room_address() -> str:
    """The laptop's address on the room's network: its first private IPv4 address that is up
    (a hotspot or a travel router hands out private addresses), else this machine only."""
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp or (
            flags & QNetworkInterface.InterfaceFlag.IsLoopBack
        ):
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QHostAddress.NetworkLayerProtocol.IPv4Protocol:
                continue
            address = ipaddress.ip_address(ip.toString())
            if address.is_private and not address.is_loopback and not address.is_link_local:
                return str(address)
    return "127.0.0.1"


class PhoneVoting(QObject):
    """Phone voting for one open workshop, from the moment it listens until it stops: built
    whole by `open`, never restarted (turning it on again builds a new one)."""

    desk_changed = Signal()  # emitted from any thread when the phones' side moved
    _wrote = Signal()  # from the writer thread: phone writes are waiting to be redrawn
    _faulted = Signal(object)  # from the writer thread: a StoreFault refused phone votes
    _recovered = Signal()  # from the writer thread: a phone write worked again after a fault

    def __init__(self, menu: PhoneMenu, room: WorkshopRoom) -> None:
        """Listens at once; raises OSError (with nothing left open) when it cannot."""
        super().__init__()  # no parent: the workshop's room holds it while it is on
        self.menu, self.window, self.room = menu, menu.window, room
        self.session, self.walk = room.session, room.walk
        self._writes: dict[PhoneWrite, None] = {}  # filled on the writer thread
        self._writes_lock = threading.Lock()
        self._switch_interval = sys.getswitchinterval()
        self._publish = QTimer(self)
        self._publish.setSingleShot(True)
        self._publish.setInterval(0)
        self._publish.timeout.connect(self.publish)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.timeout.connect(self._redraw_due)
        self._first_write = self._last_write = 0.0  # time.monotonic(), the latter set anywhere
        # A redraw after phone votes is one view per turn of the event loop (see _redraw_console)
        self._steps: deque[Callable[[], None]] = deque()
        self._step = QTimer(self)
        self._step.setSingleShot(True)
        self._step.setInterval(STEP_GAP_MS)
        self._step.timeout.connect(self._next_step)
        self.longest_redraw_ms = 0.0  # the longest console redraw after phone votes (benchmark)
        store = self.session.store
        # The first restyle of a chip makes PySide build its QStyle type (some 20 to 30 ms,
        # once per run); done here, at the facilitator's click, not amid the first votes.
        self.window.style()
        try:
            self.phone_store = store.sibling()
        except StoreError as error:
            raise OSError(str(error)) from error
        self.phone_store.on_fault = self._faulted.emit
        self.phone_store.on_recovered = self._recovered.emit
        self._wrote.connect(self._after_write, Qt.ConnectionType.QueuedConnection)
        self._faulted.connect(self._phone_fault, Qt.ConnectionType.QueuedConnection)
        self._recovered.connect(self.session.worked_elsewhere, Qt.ConnectionType.QueuedConnection)
        self.writer = ThreadWriter(self.phone_store)
        facts = workshop_facts(store)
        desk = PhoneDesk(self.writer, facts, build_view(store, facts, self.walk.current))
        desk.phone_wrote.append(self._phone_wrote)
        desk.watch(self.desk_changed.emit)
        try:
            self.server = self._listen(desk)
        except OSError:
            self._stop_writer()
            raise
        sys.setswitchinterval(min(SWITCH_INTERVAL_S, self._switch_interval))
        self.desk: PhoneDesk = desk
        self.audience_join: AudienceJoin | None = None
        self.desk_changed.connect(self._show_joined, Qt.ConnectionType.QueuedConnection)
        self.session.changed.connect(self._changed)
        self.walk.moved.connect(self._moved)
        room.presenting.changed.connect(self._presenting_changed)
        self.stopped = False
        self.panel = self._build_panel(self.server.address)
        self._show_joined()
        self.show_on_audience()

    @classmethod
    def open(cls, menu: PhoneMenu, room: WorkshopRoom) -> PhoneVoting | None:
        """Phone voting on for `room`'s workshop, or None (told in the status bar)."""
        try:
            return cls(menu, room)
        except OSError as error:
            message = QCoreApplication.translate(
                "PhoneVoting", "Phone voting could not start: {error}"
            )
            menu.window.statusBar().showMessage(message.format(error=error))
            return None

    def _listen(self, desk: PhoneDesk) -> PhoneServer:
        host = self.menu.host or room_address()
        limits: dict[str, Any] = {"limits": self.menu.limits} if self.menu.limits else {}
        server = PhoneServer(desk, host, self.menu.port, **limits)
        try:
            server.start()
        except OSError:
            server = PhoneServer(desk, host, 0, **limits)  # the usual port is taken: any free one
            server.start()
        return server

    @property
    def address(self) -> str:
        return self.server.address

    def stop(self) -> None:
        """Stop listening and take down what the facilitator and the room saw of it."""
        self.stopped = True
        self.server.stop()
        sys.setswitchinterval(self._switch_interval)
        self._stop_writer()
        self._publish.stop()
        self._redraw.stop()
        self._step.stop()
        self._steps.clear()
        self.desk_changed.disconnect(self._show_joined)
        self.session.changed.disconnect(self._changed)
        self.walk.moved.disconnect(self._moved)
        self.room.presenting.changed.disconnect(self._presenting_changed)
        self._writes = {}
        self.window.removeDockWidget(self.panel)
        self.panel.hide()
        self.panel.deleteLater()
        self.hide_on_audience()

    def _stop_writer(self) -> None:
        """Queued phone jobs fail (their phones are told), the running one ends, and only then
        the phones' connection closes: before the workshop's own store closes and checkpoints."""
        self.writer.stop()
        self.phone_store.close()
        self._wrote.disconnect(self._after_write)
        self._faulted.disconnect(self._phone_fault)
        self._recovered.disconnect(self.session.worked_elsewhere)

    def _phone_fault(self, fault: StoreError) -> None:
        if self.stopped:  # posted before the writer stopped, delivered after
            return
        self.session.refused_elsewhere(self.tr("votes from phones"), fault)

    # -- keeping phones and console in step --------------------------------------------------

    def _changed(self, _change: Any) -> None:
        self._publish.start()

    def publish_soon(self) -> None:
        self._publish.start()

    def _moved(self, _key: str) -> None:
        # At once, not on the next turn: a phone vote queued meanwhile must be checked against
        # the card the facilitator is on now.
        self.publish()

    def publish(self) -> None:
        self.desk.publish(build_view(self.session.store, self.desk.facts, self.walk.current))

    def _phone_wrote(self, write: PhoneWrite) -> None:
        """On the writer thread, once the write is committed: the window is woken once."""
        self._last_write = time.monotonic()
        with self._writes_lock:
            wake = not self._writes
            self._writes[write] = None
        if wake:
            self._wrote.emit()

    def _after_write(self) -> None:
        if not self.stopped and not self._redraw.isActive():
            self._first_write = time.monotonic()
            self._redraw.start(QUIET_MS)

    def _redraw_due(self) -> None:
        """Redraw once the phones have been quiet for QUIET_MS, or REDRAW_MS have passed."""
        now = time.monotonic()
        waited_ms = (now - self._first_write) * 1000
        quiet_ms = (now - self._last_write) * 1000
        if waited_ms < REDRAW_MS and quiet_ms < QUIET_MS:
            self._redraw.start(max(1, min(int(QUIET_MS - quiet_ms), int(REDRAW_MS - waited_ms))))
            return
        self._redraw_console()

    def _redraw_console(self) -> None:
        """After phone writes: one redraw per card and round, not one per vote."""
        with self._writes_lock:
            writes, self._writes = list(self._writes), {}
        # A new round redraws the whole card, its votes included.
        opened = {(w.card, w.round) for w in writes if w.kind == "rounds"}
        writes = [w for w in writes if w.kind == "rounds" or (w.card, w.round) not in opened]
        for write in writes:
            change = Change(write.kind, write.card, write.round)  # type: ignore[arg-type]
            self._steps.extend(self.session.notify_in_steps(change))
        self._steps.append(self.session.tell_notices)  # e.g. a journal deleted meanwhile
        self._next_step()

    def _next_step(self) -> None:
        """One view's redraw, then the window's turn (painting, input) before the next: with
        hundreds of phones each view takes milliseconds, all of them together a frame or more.
        The views read the file themselves, so one that runs late shows what is there then."""
        if not self._steps:
            return
        step = self._steps.popleft()
        started = time.perf_counter()
        # With the file's write turn held, if free, the writer's thread waits rather than
        # competes for the interpreter lock while the window redraws.
        turn = self.phone_store.write_turn
        held = turn.try_acquire()
        try:
            step()
        finally:
            if held:
                turn.release()
        spent = (time.perf_counter() - started) * 1000
        self.longest_redraw_ms = max(self.longest_redraw_ms, spent)
        if self._steps:
            self._step.start()

    # -- what the facilitator sees ----------------------------------------------------------

    def _build_panel(self, address: str) -> PhonePanel:
        panel = PhonePanel(self.free, self.menu.stop)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
        panel.show_address(address)
        panel.show()
        return panel

    def _show_joined(self) -> None:
        desk, panel = self.desk, self.panel
        names = {p.id: p.name for p in self.walk.participants()}
        rows = []
        for joined in desk.joined():
            if joined.participant_id is None:
                text = self.tr("Anonymous phone {n}").format(n=joined.voter_number)
            else:
                text = names.get(joined.participant_id, "?")
            rows.append((joined.participant_id, joined.voter_number, text))
        expected = None if self.session.info.anonymous else len(names)
        panel.show_joined(rows, expected)

    def free(self, participant_id: int | None, voter: int) -> None:
        if participant_id is None:
            self.desk.free_voter(voter)
        else:
            self.desk.free(participant_id)

    def _presenting_changed(self, _presenting: object) -> None:
        # After the presenter built its window; never once this phone voting is gone.
        QTimer.singleShot(0, self, self.show_on_audience)

    def show_on_audience(self) -> None:
        """Put the join card on the audience screen, if it is up (called again when it comes)."""
        presenter = self.room.presenter
        audience = presenter.audience if presenter is not None else None
        if self.stopped or audience is None or not self.menu.audience_action.isChecked():
            return
        if self.audience_join is not None and self.audience_join.parent() is audience.content:
            return
        self.audience_join = AudienceJoin(audience.content, self.server.address, audience.views)

    def hide_on_audience(self) -> None:
        if self.audience_join is not None:
            self.audience_join.release()
            self.audience_join.deleteLater()
            self.audience_join = None
