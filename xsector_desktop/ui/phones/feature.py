"""Present > Phone voting: starts and stops the phone server for the open workshop.

Nothing listens until the facilitator turns it on; it stops when turned off, when the workshop
closes and when the app quits (closing the window closes the workshop). Phone writes run on
the GUI thread through GuiThreadWriter, so the store keeps its one user; the room the phones see
is read again after every change, on this thread, and handed to the server as a value.
"""

from __future__ import annotations

import ipaddress
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction

from xsector_desktop.phones import (
    CODE_ONLY_SETTING,
    SHOW_RESULTS_SETTING,
    PhoneDesk,
    PhoneWrite,
    build_view,
    workshop_facts,
)

from ..controllers.actions import Change
from .gui_writer import GuiThreadWriter

if TYPE_CHECKING:
    from xsector_desktop.phones.server import PhoneServer

    from ..controllers.session import WorkshopSession
    from ..controllers.walkthrough import WalkthroughController
    from ..main_window import MainWindow
    from .audience_join import AudienceJoin
    from .panel import PhonePanel

PORT = 8765
# Phone votes reach the console's chips and count at most this long after they are on disk;
# redrawing once per batch rather than once per vote keeps the window responsive in a burst.
REDRAW_MS = 150


def room_address() -> str:
    """The laptop's address on the room's network: its first private IPv4 address that is up
    (a hotspot or a travel router hands out private addresses), else this machine only."""
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

    def __init__(self, window: MainWindow, host: str | None = None, port: int = PORT) -> None:
        super().__init__(window)
        self.window = window
        self.host, self.port = host, port
        self.limits: Any = None  # the server's default limits unless a test or benchmark says
        self.session: WorkshopSession | None = None
        self.walk: WalkthroughController | None = None
        self.server: PhoneServer | None = None
        self.writer: GuiThreadWriter | None = None
        self.panel: PhonePanel | None = None
        self.audience_join: AudienceJoin | None = None
        self._writes: dict[PhoneWrite, None] = {}
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
        menu = window.room.present_menu.menu
        menu.addSeparator()
        self.action = QAction(self.tr("Phone &voting"), window)
        self.action.setCheckable(True)
        self.action.toggled.connect(self._toggled)
        self.code_only_action = QAction(self.tr("Phones join by ballot c&ode only"), window)
        self.code_only_action.setCheckable(True)
        self.code_only_action.toggled.connect(lambda on: self._set_option(CODE_ONLY_SETTING, on))
        self.results_action = QAction(self.tr("Phones show the r&esult after a reveal"), window)
        self.results_action.setCheckable(True)
        self.results_action.toggled.connect(lambda on: self._set_option(SHOW_RESULTS_SETTING, on))
        # Once everyone has joined, the facilitator may want the whole screen for the card.
        self.audience_action = QAction(self.tr("Join code on the a&udience screen"), window)
        self.audience_action.setCheckable(True)
        self.audience_action.setChecked(True)
        self.audience_action.toggled.connect(self._audience_toggled)
        for action in (
            self.action,
            self.code_only_action,
            self.results_action,
            self.audience_action,
        ):
            menu.addAction(action)
            action.setEnabled(False)

    @property
    def desk(self) -> PhoneDesk | None:
        return self.server.desk if self.server is not None else None

    # -- a workshop comes and goes ----------------------------------------------------------

    def attach(self, session: WorkshopSession, walk: WalkthroughController) -> None:
        self.detach()
        self.session, self.walk = session, walk
        settings = session.store.settings()
        for action, key, default in (
            (self.code_only_action, CODE_ONLY_SETTING, False),
            (self.results_action, SHOW_RESULTS_SETTING, True),
        ):
            action.blockSignals(True)
            action.setChecked(bool(settings.get(key, default)))
            action.blockSignals(False)
        presenting = self.window.room.presenting
        if presenting is not None:  # the audience screen is built when first presented
            presenting.changed.connect(lambda _p: QTimer.singleShot(0, self.show_on_audience))
        self.action.setEnabled(not session.read_only)
        self.code_only_action.setEnabled(not session.info.anonymous and not session.read_only)
        self.results_action.setEnabled(not session.read_only)
        self.audience_action.setEnabled(not session.read_only)

    def detach(self) -> None:
        self.stop()
        self.session = self.walk = None
        for action in (
            self.action,
            self.code_only_action,
            self.results_action,
            self.audience_action,
        ):
            action.setEnabled(False)

    # -- on and off -------------------------------------------------------------------------

    def _toggled(self, on: bool) -> None:
        if on and self.server is None:
            if self.start() is None:
                self.action.setChecked(False)
        elif not on:
            self.stop()

    def start(self) -> str | None:
        """Serve the open workshop; returns the join address, or None when it cannot."""
        session, walk = self.session, self.walk
        if session is None or walk is None or session.read_only or self.server is not None:
            return None
        store = session.store
        self.writer = GuiThreadWriter(store, self._after_batch)
        facts = workshop_facts(store)
        desk = PhoneDesk(self.writer, facts, build_view(store, facts, walk.current))
        desk.phone_wrote.append(self._phone_wrote)
        desk.watch(self.desk_changed.emit)
        from xsector_desktop.phones.server import PhoneServer

        host = self.host or room_address()
        limits = {"limits": self.limits} if self.limits is not None else {}
        server = PhoneServer(desk, host, self.port, **limits)
        try:
            address = server.start()
        except OSError:
            server = PhoneServer(desk, host, 0, **limits)  # the usual port is taken: any free one
            try:
                address = server.start()
            except OSError as error:
                self.writer.close()
                self.writer = None
                self.window.statusBar().showMessage(
                    self.tr("Phone voting could not start: {error}").format(error=error)
                )
                return None
        self.server = server
        session.changed.connect(self._changed)
        walk.moved.connect(self._moved)
        self._show_panel(address)
        self.show_on_audience()
        self.action.blockSignals(True)
        self.action.setChecked(True)
        self.action.blockSignals(False)
        return address

    def stop(self) -> None:
        if self.server is None:
            return
        self.server.stop()
        if self.writer is not None:
            self.writer.close()
        self.server = None
        self.writer = None
        if self.session is not None:
            self.session.changed.disconnect(self._changed)
        if self.walk is not None:
            self.walk.moved.disconnect(self._moved)
        if self.panel is not None:
            self.panel.hide()
        if self.audience_join is not None:
            self.audience_join.deleteLater()
            self.audience_join = None
        self.action.blockSignals(True)
        self.action.setChecked(False)
        self.action.blockSignals(False)

    # -- keeping phones and console in step --------------------------------------------------

    def _changed(self, _change: Any) -> None:
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
        started = time.perf_counter()
        for write in writes:
            self.session.notify(Change(write.kind, write.card, write.round))  # type: ignore[arg-type]
        spent = (time.perf_counter() - started) * 1000
        self.longest_redraw_ms = max(self.longest_redraw_ms, spent)

    def _set_option(self, key: str, on: bool) -> None:
        if self.session is not None and not self.session.read_only:
            self.session.store.update_settings({key: on})
            self._publish.start()

    # -- what the facilitator sees ----------------------------------------------------------

    def _show_panel(self, address: str) -> None:
        from .panel import PhonePanel

        if self.panel is None:
            self.panel = PhonePanel(self.free, self.stop)
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

    def _audience_toggled(self, on: bool) -> None:
        if on:
            self.show_on_audience()
        elif self.audience_join is not None:
            self.audience_join.deleteLater()
            self.audience_join = None

    def show_on_audience(self) -> None:
        """Put the join card on the audience screen, if it is up (called again when it comes)."""
        from .audience_join import AudienceJoin

        presenter = self.window.room.presenter
        audience = getattr(presenter, "audience", None) if presenter is not None else None
        if self.server is None or audience is None or not self.audience_action.isChecked():
            return
        if self.audience_join is not None and self.audience_join.parent() is audience.content:
            return
        self.audience_join = AudienceJoin(audience.content, self.server.address)
