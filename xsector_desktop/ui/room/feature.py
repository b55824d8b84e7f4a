"""The room, plugged into the main window: presenting, the timer, the profile, the sector view.

The main window only builds one RoomFeature and tells it when a workshop is attached and
detached; everything of the room (docs/room.md) hangs off here, so the console's own files stay
as they were.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton

from ..controllers.presenting import SETTINGS_TEXT_SCALE, PresentingController, ScreenInfo
from ..controllers.timer import CardTimer, Clock
from .present_menu import PresentMenu

if TYPE_CHECKING:
    from ..controllers.profile import ProfileController
    from ..controllers.session import WorkshopSession
    from ..controllers.walkthrough import WalkthroughController
    from ..main_window import MainWindow
    from ..profile.profile_page import ProfilePage
    from ..views.timer_widget import ConsoleTimer
    from ..walkthrough_page import WalkthroughPage
    from .monitor import RoomMonitor
    from .presenter import Presenter
    from .sector_dock import SectorDock

ScreenSource = Callable[[], list[ScreenInfo]]

TICK_MS = 250


class RoomFeature(QObject):
    def __init__(
        self, window: MainWindow, clock: Clock = time.monotonic, screens: ScreenSource | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.screens = screens or _real_screens
        self.session: WorkshopSession | None = None
        self.walk: WalkthroughController | None = None
        self.walk_page: WalkthroughPage | None = None
        self.profile: ProfileController | None = None
        self.timer: CardTimer | None = None
        self.presenting: PresentingController | None = None
        self.presenter: Presenter | None = None
        self.profile_page: ProfilePage | None = None
        self.console_timer: ConsoleTimer | None = None
        self.sector_dock: SectorDock | None = None
        self.monitor: RoomMonitor | None = None
        self.present_button: QPushButton | None = None
        self.may_present = True
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        self.present_menu = PresentMenu(self)
        self._update_actions()
        window.pages.currentChanged.connect(self._page_changed)

    def set_may_present(self, allowed: bool) -> None:
        """False for a second look at a workshop another window is running: the projector
        stays with that window."""
        self.may_present = allowed
        self._update_actions()

    def _update_actions(self) -> None:
        on = bool(self.presenting and self.presenting.presenting)
        self.present_menu.update(has_workshop=self.session is not None, presenting=on)
        can_present = on or (self.session is not None and self.may_present)
        self.present_menu.present_action.setEnabled(can_present)
        if self.present_button is not None:
            self.present_button.setText(self.tr("Stop  Esc") if on else self.tr("Present  F5"))
            self.present_button.setEnabled(can_present)

    # -- a workshop comes and goes ------------------------------------------------------------

    def attach(
        self, session: WorkshopSession, walk: WalkthroughController, walk_page: WalkthroughPage
    ) -> None:
        from ..views.timer_widget import ConsoleTimer

        self.detach()
        self.session, self.walk, self.walk_page = session, walk, walk_page
        self.timer = CardTimer(
            session.store,
            self.clock,
            timed_cards=session.deck.card_keys,
            read_only=session.read_only,
            attempt=session.attempt,
        )
        saved = session.store.settings().get(SETTINGS_TEXT_SCALE, 1.0)
        self.presenting = PresentingController(
            float(saved), None if session.read_only else self._save_text_scale
        )
        self.console_timer = ConsoleTimer(self.toggle_timer, self.cycle_time_box)
        walk_page.header_right.addWidget(self.console_timer)
        self.present_button = QPushButton()
        self.present_button.setAccessibleName(self.tr("Present to the room"))
        self.present_button.clicked.connect(self.toggle_presenting)
        walk_page.header_right.addWidget(self.present_button)
        self.timer.changed.connect(self.console_timer.set_state)
        self.presenting.changed.connect(lambda _p: self._on_presenting())
        walk.moved.connect(self._on_moved)
        walk_page.signals.refreshed.connect(self._on_walk_refreshed)
        walk_page.addActions(self.present_menu.page_actions)
        self.timer.show(walk.current)
        self.console_timer.set_state(self.timer.state())
        self.ticker.start()
        self._update_actions()

    def detach(self) -> None:
        self.may_present = True  # the next workshop decides for itself
        if self.session is None:
            return
        self.ticker.stop()
        if self.presenter is not None:
            self.presenter.shutdown()
            self.presenter.deleteLater()
        if self.timer is not None:
            self.timer.close()  # every second spent on a card is in the file before it closes
        if self.walk is not None:
            self.walk.moved.disconnect(self._on_moved)
        if self.profile_page is not None:
            self.window.pages.removeWidget(self.profile_page)
            self.profile_page.hide()
            self.profile_page.deleteLater()
        if self.sector_dock is not None:
            self.sector_dock.remove()
        self.session = self.walk = self.walk_page = None
        self.profile = self.timer = self.presenting = self.presenter = None
        self.profile_page = self.console_timer = None
        self.sector_dock = None
        self.monitor = None  # it lived on the walk-through page, which goes with the workshop
        self.present_button = None
        self._update_actions()

    # The profile and the presenter are built when first used: opening a workshop from the
    # command line pays for neither.

    def ensure_profile(self) -> ProfileController:
        if self.profile is None:
            from ..controllers.profile import ProfileController

            assert self.session is not None
            self.profile = ProfileController(self.session, self.window.run)
        return self.profile

    def ensure_presenter(self) -> Presenter:
        if self.presenter is None:
            from .presenter import Presenter

            assert self.walk is not None and self.walk_page is not None
            assert self.timer is not None and self.presenting is not None
            self.presenter = Presenter(
                self.walk,
                self.ensure_profile(),
                self.timer,
                self.presenting,
                self.window,
                self._intents(),
                self.screens,
                self.walk_page.room_number_key,
                self,
            )
            self.presenter.running_changed.connect(self._watch_room)
            self.presenter.shown.connect(self._room_redrawn)
        return self.presenter

    def _watch_room(self, running: bool) -> None:
        """The console's live view of the room, under the agenda, while presenting."""
        presenter, page = self.presenter, self.walk_page
        if presenter is None or page is None:
            return
        if self.monitor is None:
            if not running:
                return
            from .monitor import RoomMonitor

            self.monitor = RoomMonitor()
            page.left_panel.layout().addWidget(self.monitor)
        self.monitor.watch(presenter.audience if running else None)

    def _room_redrawn(self) -> None:
        if self.monitor is not None:
            self.monitor.update_soon()

    def _intents(self) -> dict[str, Callable[[], object]]:
        walk = self.walk
        assert walk is not None
        stack = self.window.undo_stack
        return {
            "previous": lambda: self.step(-1),
            "next": lambda: self.step(1),
            "reveal": walk.reveal,
            "new_round": walk.new_round,
            "timer": self.toggle_timer,
            "time_box": self.cycle_time_box,
            "sector": self.toggle_sector,
            "profile": self.toggle_profile,
            "blank": self.toggle_blank,
            "white": self.toggle_white,
            "stop": self.stop,
            "escape": self.back_or_stop,
            "strip": self.toggle_strip,
            "larger": lambda: self.zoom(+1),
            "smaller": lambda: self.zoom(-1),
            "reset_size": lambda: self.zoom(0),
            "next_screen": self.next_screen,
            "undo": stack.undo,
            "redo": stack.redo,  # the session's history, through the window's mirror
        }

    # -- intents ------------------------------------------------------------------------------

    def step(self, step: int) -> None:
        """The clicker's keys: on the room's profile they turn its pages; on a sector view of
        two pages, its pages first, then the cards; otherwise the cards."""
        turned = self.turn_profile_page(step)
        if turned is None or (not turned and self._room_view() == "sector"):
            if self.walk is not None:
                self.walk.step(step)

    def _room_view(self) -> str | None:
        presenter, presenting = self.presenter, self.presenting
        if presenting is None or presenter is None or presenter.audience is None:
            return None
        return presenting.view if presenting.presenting else None

    def turn_profile_page(self, step: int) -> bool | None:
        """Turn the room's profile (or sector view) a page; None when neither is shown."""
        view = self._room_view()
        if view is None or view == "card" or self.presenter is None:
            return None
        audience = self.presenter.audience
        assert audience is not None
        page = audience.profile_page if view == "profile" else audience.sector_page
        return page.turn(step)

    def toggle_presenting(self) -> None:
        if self.presenting is None:
            return
        if not self.may_present and not self.presenting.presenting:
            return
        if self.presenting.presenting:
            self.ensure_presenter().stop()
        else:
            self.ensure_presenter().start()

    def stop(self) -> None:
        if self.presenter is not None:
            self.presenter.stop()

    def toggle_blank(self) -> None:
        if self.presenting is not None:
            self.presenting.toggle_blank("black")

    def toggle_white(self) -> None:
        if self.presenting is not None:
            self.presenting.toggle_blank("white")

    def back_or_stop(self) -> None:
        """Esc: a side view (sectors, profile) goes back to the card; the card view stops."""
        if self.presenting is not None and self.presenting.presenting:
            self.presenting.back_or_stop()
        elif self.presenting is not None and self.presenting.view != "card":
            self.presenting.show("card")  # the console's own profile page, not presenting

    def next_screen(self) -> None:
        if self.presenting is not None:
            self.presenting.next_screen(self.screens(), self.ensure_presenter().console_screen())

    def choose_screen(self, name: str) -> None:
        if self.presenting is not None:
            self.presenting.choose_screen(
                name, self.screens(), self.ensure_presenter().console_screen()
            )

    def zoom(self, steps: int) -> None:
        if self.presenting is not None:
            self.presenting.zoom(steps)

    def _save_text_scale(self, scale: float) -> bool:
        session = self.session
        if session is None:
            return False
        return session.attempt(
            self.tr("the room's text size"),
            lambda: session.store.update_settings({SETTINGS_TEXT_SCALE: scale}),
        )

    def toggle_timer(self) -> None:
        if self.timer is not None:
            self.timer.toggle()

    def cycle_time_box(self) -> None:
        if self.timer is not None:
            self.timer.cycle_box()

    def toggle_sector(self) -> None:
        if self.presenting is not None:
            self.presenting.toggle("sector")

    def toggle_profile(self) -> None:
        if self.presenting is not None:
            self.presenting.toggle("profile")

    def toggle_strip(self) -> None:
        if self.presenter is not None:
            self.presenter.toggle_strip()

    # -- keeping the console in step ----------------------------------------------------------

    def _tick(self) -> None:
        if self.timer is not None:
            self.timer.tick()

    def _on_moved(self, key: str) -> None:
        if (
            self.timer is not None
            and self.presenting is not None
            and self.presenting.view != "profile"
        ):
            self.timer.show(key)

    def _on_walk_refreshed(self) -> None:
        if self.presenter is not None:
            self.presenter.refresh()
        self._refresh_sector()

    def _on_presenting(self) -> None:
        presenting = self.presenting
        if presenting is None or self.walk is None:
            return
        self._update_actions()
        if presenting.view == "profile":
            page = self._ensure_profile_page()
            if self.window.pages.currentWidget() is not page:
                page.refresh()
                self.window.pages.setCurrentWidget(page)
                page.setFocus()
            if self.timer is not None:
                self.timer.show(None)
        else:
            if (
                self.profile_page is not None
                and self.window.pages.currentWidget() is self.profile_page
            ):
                self.window.show_walkthrough()
            if self.timer is not None:
                self.timer.show(self.walk.current)
        self._refresh_sector()

    def _page_changed(self, _index: int) -> None:
        # Ctrl+1 / Ctrl+2 away from the profile: the room goes back to the card too.
        if (
            self.presenting is not None
            and self.presenting.view == "profile"
            and self.window.pages.currentWidget() is not self.profile_page
        ):
            self.presenting.show("card")

    def _ensure_profile_page(self) -> ProfilePage:
        if self.profile_page is None:
            from ..profile.profile_page import ProfilePage

            self.profile_page = ProfilePage(self.ensure_profile())
            self.profile_page.back_requested.connect(
                lambda: self.presenting and self.presenting.show("card")
            )
            self.profile_page.page_turn.connect(self.turn_profile_page)
            self.profile_page.addActions(self.present_menu.page_actions)
            self.window.pages.addWidget(self.profile_page)
        if self.walk is not None:
            self.profile_page.notes.show_card(self.walk.current)
        return self.profile_page

    def _refresh_sector(self) -> None:
        presenting, walk = self.presenting, self.walk
        if presenting is None or walk is None:
            return
        if presenting.view != "sector":
            if self.sector_dock is not None:
                self.sector_dock.hide()
            return
        if self.sector_dock is None:
            from .sector_dock import SectorDock

            self.sector_dock = SectorDock(self.window, walk.session.scale)
        view = self.ensure_profile().sector_view(walk.current) if walk.is_card() else None
        self.sector_dock.show_view(view)


def _real_screens() -> list[ScreenInfo]:
    from .presenter import real_screens

    return real_screens()
