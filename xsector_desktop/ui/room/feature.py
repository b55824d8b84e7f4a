"""The room, plugged into the main window: the Present menu, and the room of the open workshop.

The main window builds one RoomFeature and tells it when a workshop is attached and detached.
What lives with a workshop (its timer, what the room is shown, the views of it) is one
WorkshopRoom, built on attach and closed whole on detach (docs/room.md); this object keeps only
what outlives workshops: the menu, the clock and the screens.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .present_menu import PresentMenu
from .workshop_room import ScreenSource, WorkshopRoom

if TYPE_CHECKING:
    from ..controllers.presenting import ScreenInfo
    from ..controllers.session import WorkshopSession
    from ..controllers.timer import Clock
    from ..controllers.walkthrough import WalkthroughController
    from ..main_window import MainWindow
    from ..walkthrough_page import WalkthroughPage


class RoomFeature(QObject):
    def __init__(
        self, window: MainWindow, clock: Clock = time.monotonic, screens: ScreenSource | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.screens = screens or _real_screens
        self.current: WorkshopRoom | None = None  # the open workshop's room
        self.present_menu = PresentMenu(self)
        self._update_actions()
        window.pages.currentChanged.connect(self._page_changed)

    def set_may_present(self, allowed: bool) -> None:
        """False for a second look at a workshop another window is running: the projector
        stays with that window."""
        if self.current is not None:
            self.current.may_present = allowed
        self._update_actions()

    def _update_actions(self) -> None:
        room = self.current
        on = room is not None and room.presenting.presenting
        self.present_menu.update(has_workshop=room is not None, presenting=on)
        can_present = on or (room is not None and room.may_present)
        self.present_menu.present_action.setEnabled(can_present)
        if room is not None:
            room.present_button.setText(self.tr("Stop  Esc") if on else self.tr("Present  F5"))
            room.present_button.setEnabled(can_present)

    # -- a workshop comes and goes ------------------------------------------------------------

    def attach(
        self, session: WorkshopSession, walk: WalkthroughController, walk_page: WalkthroughPage
    ) -> None:
        self.detach()
        self.current = WorkshopRoom(
            self.window,
            session,
            walk,
            walk_page,
            clock=self.clock,
            screens=self.screens,
            page_actions=self.present_menu.page_actions,
            actions_changed=self._update_actions,
        )
        self._update_actions()

    def detach(self) -> None:
        room, self.current = self.current, None
        if room is not None:
            room.close()
        self._update_actions()

    # -- the menu's intents go to the open workshop's room --------------------------------------

    def on_room(self, intent: Callable[[WorkshopRoom], object]) -> Callable[[], None]:
        """A slot that does `intent` to the open workshop's room, and nothing without one."""

        def slot() -> None:
            if self.current is not None:
                intent(self.current)

        return slot

    def _page_changed(self, _index: int) -> None:
        if self.current is not None:
            self.current.page_changed()


def _real_screens() -> list[ScreenInfo]:
    from .presenter import real_screens

    return real_screens()
