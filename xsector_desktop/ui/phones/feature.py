"""Phone voting while it is on: the server, the writer on the GUI thread, the panel, the QR.

Built by PhoneMenu the first time the facilitator turns phone voting on. Nothing listens until
then; it stops when turned off, when the workshop closes and when the app quits (closing the
window closes the workshop). Phone writes run on the GUI thread through GuiThreadWriter, so the
store keeps its one user; the room the phones see is read again after every change, on this
thread, and handed to the server as a value.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from xsector_desktop.phones.desk import PhoneDesk, PhoneWrite
from xsector_desktop.phones.server import PhoneServer
from xsector_desktop.phones.view import build_view, workshop_facts

from ..controllers.actions import Change
from .gui_writer import GuiThreadWriter

if TYPE_CHECKING:
    from ..controllers.session import WorkshopSession
    from ..controllers.walkthrough import WalkthroughController
    from .audience_join import AudienceJoin
    from .menu import PhoneMenu
    from .panel import PhonePanel

# Phone votes reach the console's chips and count at most this long after they are on disk;
# redrawing once per batch rather than once per vote keeps the window responsive in a burst.
REDRAW_MS = 150
# The server's thread and this one share Python's interpreter lock. This thread lets go of it
# at every SQLite step and many Qt calls, and while the server is busy answering a crowd each
# time it wants it back it may wait a whole switch interval (5 ms by default), many times per
# write. While phones are served the interval is 0.5 ms (restored when phone voting stops):
# with 300 phones voting at once this halved the longest block of the window (docs/phones.md).
SWITCH_INTERVAL_S = 0.0005


def room_address() -> str:
    """The laptop's address on the room's network: its first private IPv4 address that is up
    (a hotspot or a travel router hands out private addresses), else this machine only."""
    import ipaddress

    from PySide6.QtNetwork import QHostAddress, QNetworkInterface

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
    desk_changed = Signal()  # emitted from any thread when the phones' side moved

    def __init__(self, menu: PhoneMenu) -> None:
        super().__init__(menu.window)
        self.menu = menu
        self.window = menu.window
        self.session: WorkshopSession | None = None
        self.walk: WalkthroughController | None = None
        self.server: PhoneServer | None = None
        self.writer: GuiThreadWriter | None = None
        self.panel: PhonePanel | None = None
        self.audience_join: AudienceJoin | None = None
        self._writes: dict[PhoneWrite, None] = {}
        self._switch_interval = sys.getswitchinterval()
        self._publish = QTimer(self)
        self._publish.setSingleShot(True)
        self._publish.setInterval(0)
        self._publish.timeout.connect(self.publish)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_MS)
        self._redraw.timeout.connect(self._redraw_console)
        self.longest_redraw_ms = 0.0  # the longest console redraw after phone votes (benchmark)
        self.desk_changed.connect(self._show_joined, Qt.ConnectionType.QueuedConnection)

    @property
    def desk(self) -> PhoneDesk | None:
        return self.server.desk if self.server is not None else None

    # -- on and off -------------------------------------------------------------------------

    def start(self, session: WorkshopSession, walk: WalkthroughController) -> str | None:
        if self.server is not None:
            return self.server.address
        store = session.store
        # The first restyle of a chip makes PySide build its QStyle type (some 20 to 30 ms,
        # once per run); done here, at the facilitator's click, not amid the first votes.
        self.window.style()
        writer = GuiThreadWriter(store, self._after_batch)
        facts = workshop_facts(store)
        desk = PhoneDesk(writer, facts, build_view(store, facts, walk.current))
        desk.phone_wrote.append(self._phone_wrote)
        desk.watch(self.desk_changed.emit)
        host = self.menu.host or room_address()
        limits: dict[str, Any] = {"limits": self.menu.limits} if self.menu.limits else {}
        server = PhoneServer(desk, host, self.menu.port, **limits)
        try:
            address = server.start()
        except OSError:
            server = PhoneServer(desk, host, 0, **limits)  # the usual port is taken: any free one
            try:
                address = server.start()
            except OSError as error:
                writer.close()
                self.window.statusBar().showMessage(
                    self.tr("Phone voting could not start: {error}").format(error=error)
                )
                return None
        self.session, self.walk, self.writer, self.server = session, walk, writer, server
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(SWITCH_INTERVAL_S, self._switch_interval))
        session.changed.connect(self._changed)
        walk.moved.connect(self._moved)
        presenting = self.window.room.presenting
        if presenting is not None:  # the audience screen is built when first presented
            presenting.changed.connect(self._presenting_changed)
        self._show_panel(address)
        self.show_on_audience()
        return address

    def stop(self) -> None:
        if self.server is None:
            return
        self.server.stop()
        sys.setswitchinterval(self._switch_interval)
        if self.writer is not None:
            self.writer.close()
        self.server = self.writer = None
        if self.session is not None:
            self.session.changed.disconnect(self._changed)
        if self.walk is not None:
            self.walk.moved.disconnect(self._moved)
        presenting = self.window.room.presenting
        if presenting is not None:
            presenting.changed.disconnect(self._presenting_changed)
        self.session = self.walk = None
        self._writes = {}
        if self.panel is not None:
            self.panel.hide()
        self.hide_on_audience()

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
        desk, session, walk = self.desk, self.session, self.walk
        if desk is not None and session is not None and walk is not None:
            desk.publish(build_view(session.store, desk.facts, walk.current))

    def _phone_wrote(self, write: PhoneWrite) -> None:
        self._writes[write] = None

    def _after_batch(self) -> None:
        if self._writes and not self._redraw.isActive():
            self._redraw.start()

    def _redraw_console(self) -> None:
        """After phone writes: one redraw per card and round, not one per vote."""
        writes, self._writes = list(self._writes), {}
        if self.session is None:
            return
        # A new round redraws the whole card, its votes included.
        opened = {(w.card, w.round) for w in writes if w.kind == "rounds"}
        writes = [w for w in writes if w.kind == "rounds" or (w.card, w.round) not in opened]
        started = time.perf_counter()
        for write in writes:
            self.session.notify(Change(write.kind, write.card, write.round))  # type: ignore[arg-type]
        spent = (time.perf_counter() - started) * 1000
        self.longest_redraw_ms = max(self.longest_redraw_ms, spent)

    # -- what the facilitator sees ----------------------------------------------------------

    def _show_panel(self, address: str) -> None:
        from .panel import PhonePanel

        if self.panel is None:
            self.panel = PhonePanel(self.free, self.menu.stop)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.show_address(address)
        self.panel.show()
        self._show_joined()

    def _show_joined(self) -> None:
        desk, panel, walk = self.desk, self.panel, self.walk
        if desk is None or panel is None or walk is None:
            return
        names = {p.id: p.name for p in walk.participants()}
        rows = []
        for joined in desk.joined():
            if joined.participant_id is None:
                text = self.tr("Anonymous phone {n}").format(n=joined.voter_number)
            else:
                text = names.get(joined.participant_id, "?")
            rows.append((joined.participant_id, joined.voter_number, text))
        expected = None if self.session is None or self.session.info.anonymous else len(names)
        panel.show_joined(rows, expected)

    def free(self, participant_id: int | None, voter: int) -> None:
        desk = self.desk
        if desk is None:
            return
        if participant_id is None:
            desk.free_voter(voter)
        else:
            desk.free(participant_id)

    def _presenting_changed(self, _presenting: object) -> None:
        QTimer.singleShot(0, self.show_on_audience)  # after the presenter built its window

    def show_on_audience(self) -> None:
        """Put the join card on the audience screen, if it is up (called again when it comes)."""
        from .audience_join import AudienceJoin

        presenter = self.window.room.presenter
        audience = getattr(presenter, "audience", None) if presenter is not None else None
        if self.server is None or audience is None or not self.menu.audience_action.isChecked():
            return
        if self.audience_join is not None and self.audience_join.parent() is audience.content:
            return
        self.audience_join = AudienceJoin(audience.content, self.server.address)

    def hide_on_audience(self) -> None:
        if self.audience_join is not None:
            self.audience_join.deleteLater()
            self.audience_join = None
