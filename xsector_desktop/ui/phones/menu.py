"""Present > Phone voting and its options: built with the window, cheap until turned on.

The server, the panel and everything behind them (ui/phones/feature.py) are loaded the first
time the facilitator turns phone voting on: starting the app pays for none of them. While it is
on, the running PhoneVoting belongs to the open workshop's room and goes with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ..controllers.session import WorkshopSession
    from ..main_window import MainWindow
    from ..room.workshop_room import WorkshopRoom
    from .feature import PhoneVoting

# Workshop settings keys, as in xsector_desktop/phones/view.py (not imported: see above).
CODE_ONLY_SETTING = "phones_code_only"
SHOW_RESULTS_SETTING = "phones_show_results"
PORT = 8765


# A literal context in each call, so that pyside6-lupdate files every phrase under it.
translate = QCoreApplication.translate


class PhoneMenu:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.host: str | None = None  # None: the laptop's address on the room's network
        self.port = PORT
        self.limits: Any = None  # the server's own limits unless a test or benchmark says
        menu = window.room.present_menu.menu
        menu.addSeparator()
        self.action = QAction(translate("PhoneMenu", "Phone &voting"), window)
        self.action.setCheckable(True)
        self.action.toggled.connect(self._toggled)
        self.code_only_action = QAction(
            translate("PhoneMenu", "Phones join by ballot c&ode only"), window
        )
        self.code_only_action.setCheckable(True)
        self.code_only_action.toggled.connect(lambda on: self._set_option(CODE_ONLY_SETTING, on))
        self.results_action = QAction(
            translate("PhoneMenu", "Phones show the r&esult after a reveal"), window
        )
        self.results_action.setCheckable(True)
        self.results_action.toggled.connect(lambda on: self._set_option(SHOW_RESULTS_SETTING, on))
        # Once everyone has joined, the facilitator may want the whole screen for the card.
        self.audience_action = QAction(
            translate("PhoneMenu", "Join code on the a&udience screen"), window
        )
        self.audience_action.setCheckable(True)
        self.audience_action.setChecked(True)
        self.audience_action.toggled.connect(self._audience_toggled)
        self.actions = (
            self.action,
            self.code_only_action,
            self.results_action,
            self.audience_action,
        )
        for action in self.actions:
            menu.addAction(action)
            action.setEnabled(False)

    # -- a workshop comes and goes ----------------------------------------------------------

    @property
    def room(self) -> WorkshopRoom | None:
        return self.window.room.current

    @property
    def voting(self) -> PhoneVoting | None:
        """Phone voting for the open workshop while it is on."""
        room = self.room
        return room.phones if room is not None else None

    def attach(self, session: WorkshopSession) -> None:
        """Show the options as the workshop `session` has them."""
        settings = session.store.settings()
        for action, key, default in (
            (self.code_only_action, CODE_ONLY_SETTING, False),
            (self.results_action, SHOW_RESULTS_SETTING, True),
        ):
            self._check(action, bool(settings.get(key, default)))
        writable = not session.read_only
        self.action.setEnabled(writable)
        self.code_only_action.setEnabled(writable and not session.info.anonymous)
        self.results_action.setEnabled(writable)
        self.audience_action.setEnabled(writable)

    def detach(self) -> None:
        """Phone voting stops before the workshop closes (and so when the app quits)."""
        self.stop()
        for action in self.actions:
            action.setEnabled(False)

    # -- on and off -------------------------------------------------------------------------

    def start(self) -> str | None:
        """Serve the open workshop; returns the join address, or None when it cannot."""
        room = self.room
        if room is None or room.session.read_only:
            return None
        if room.phones is None:
            from .feature import PhoneVoting

            room.phones = PhoneVoting.open(self, room)
        address = room.phones.address if room.phones is not None else None
        self._check(self.action, address is not None)
        return address

    def stop(self) -> None:
        room = self.room
        if room is not None and room.phones is not None:
            voting, room.phones = room.phones, None
            voting.stop()
        self._check(self.action, False)

    def _toggled(self, on: bool) -> None:
        if on:
            self.start()
        else:
            self.stop()

    @staticmethod
    def _check(action: QAction, on: bool) -> None:
        action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(False)

    def _set_option(self, key: str, on: bool) -> None:
        room = self.room
        if room is not None and not room.session.read_only:
            room.session.store.update_settings({key: on})
            if self.voting is not None:
                self.voting.publish_soon()

    def _audience_toggled(self, on: bool) -> None:
        if self.voting is not None:
            self.voting.show_on_audience() if on else self.voting.hide_on_audience()

    # -- what tests and the benchmark look at -----------------------------------------------

    def __getattr__(self, name: str) -> Any:
        # server, desk, writer, panel, audience_join, longest_redraw_ms: the running phone
        # voting's, or None while it is off.
        if name in {"server", "desk", "writer", "panel", "audience_join", "longest_redraw_ms"}:
            voting = self.voting
            return getattr(voting, name) if voting is not None else None
        raise AttributeError(name)
