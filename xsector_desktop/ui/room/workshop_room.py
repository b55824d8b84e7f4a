"""The room of one open workshop: its card timer, what the room is shown, and the views of it.

RoomFeature builds one WorkshopRoom when a workshop opens and closes it, whole, when the
workshop closes; nothing of one workshop's room outlives it or leaks into the next
(docs/room.md). The profile, the presenter and the views over them are built when first used:
opening a workshop from the command line pays for none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QPushButton

from ..controllers.presenting import SETTINGS_TEXT_SCALE, PresentingController, ScreenInfo
from ..controllers.timer import CardTimer, Clock
from ..views.timer_widget import ConsoleTimer

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from ..controllers.profile import ProfileController
    from ..controllers.session import WorkshopSession
    from ..controllers.walkthrough import WalkthroughController
    from ..main_window import MainWindow
    from ..phones.feature import PhoneVoting
    from ..profile.profile_page import ProfilePage
    from ..walkthrough_page import WalkthroughPage
    from .monitor import RoomMonitor
    from .presenter import Presenter
    from .sector_dock import SectorDock

ScreenSource = Callable[[], list[ScreenInfo]]

# A literal context in each call, so that pyside6-lupdate files every phrase under it: the
# console's Present button and its words belong to the room feature (ui/room/feature.py).
translate = QCoreApplication.translate

TICK_MS = 250


class WorkshopRoom(QObject):
    def __init__(
        self,
        window: MainWindow,
        session: WorkshopSession,
        walk: WalkthroughController,
        walk_page: WalkthroughPage,
        *,
        clock: Clock,
        screens: ScreenSource,
        page_actions: list[QAction],
        actions_changed: Callable[[], None],
    ) -> None:
        super().__init__()  # no parent: dropping the last reference drops the room
        self.window, self.session, self.walk, self.walk_page = window, session, walk, walk_page
        self.screens = screens
        self.page_actions = page_actions
        self.actions_changed = actions_changed
        self.may_present = True
        self.timer = CardTimer(
            session.store,
            clock,
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
        self.present_button.setAccessibleName(translate("RoomFeature", "Present to the room"))
        self.present_button.clicked.connect(self.toggle_presenting)
        walk_page.header_right.addWidget(self.present_button)
        # Built when first used, and gone with the room.
        self.profile: ProfileController | None = None
        self.presenter: Presenter | None = None
        self.profile_page: ProfilePage | None = None
        self.sector_dock: SectorDock | None = None
        self.monitor: RoomMonitor | None = None
        self.phones: PhoneVoting | None = None  # while phone voting is on (ui/phones/menu.py)
        self.timer.changed.connect(self.console_timer.set_state)
        self.presenting.changed.connect(self._on_presenting)
        walk.moved.connect(self._on_moved)
        walk_page.signals.refreshed.connect(self._on_walk_refreshed)
        walk_page.addActions(page_actions)
        self.timer.show(walk.current)
        self.console_timer.set_state(self.timer.state())
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.timer.tick)
        self.ticker.start()

    def close(self) -> None:
        """Everything of this room stops: phones first (before the store closes), the timer
        writes the time spent on the card, and the room's windows and pages go."""
        if self.phones is not None:
            phones, self.phones = self.phones, None
            phones.stop()
        self.ticker.stop()
        if self.presenter is not None:
            self.presenter.shutdown()
            self.presenter.deleteLater()
        self.timer.close()  # every second spent on a card is in the file before it closes
        self.walk.moved.disconnect(self._on_moved)
        self.presenting.changed.disconnect(self._on_presenting)
        if self.profile_page is not None:
            self.window.pages.removeWidget(self.profile_page)
            self.profile_page.hide()
            self.profile_page.deleteLater()
        if self.sector_dock is not None:
            self.sector_dock.remove()
        # The monitor, the timer pill and the button live on the walk-through page, which goes
        # with the workshop.

    def ensure_profile(self) -> ProfileController:
        if self.profile is None:
            from ..controllers.profile import ProfileController

            self.profile = ProfileController(self.session, self.window.run)
        return self.profile

    def ensure_presenter(self) -> Presenter:
        if self.presenter is None:
            from .presenter import Presenter

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
        if self.presenter is None:
            return
        if self.monitor is None:
            if not running:
                return
            from .monitor import RoomMonitor

            self.monitor = RoomMonitor()
            self.walk_page.left_panel.layout().addWidget(self.monitor)
        self.monitor.watch(self.presenter.audience if running else None)

    def _room_redrawn(self) -> None:
        if self.monitor is not None:
            self.monitor.update_soon()

    def _intents(self) -> dict[str, Callable[[], object]]:
        stack = self.window.undo_stack
        return {
            "previous": lambda: self.step(-1),
            "next": lambda: self.step(1),
            "reveal": self.walk.reveal,
            "new_round": self.walk.new_round,
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
            self.walk.step(step)

    def _room_view(self) -> str | None:
        presenter, presenting = self.presenter, self.presenting
        if presenter is None or presenter.audience is None:
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
        if self.presenting.presenting:
            self.ensure_presenter().stop()
        elif self.may_present:
            self.ensure_presenter().start()

    def stop(self) -> None:
        if self.presenter is not None:
            self.presenter.stop()

    def toggle_blank(self) -> None:
        self.presenting.toggle_blank("black")

    def toggle_white(self) -> None:
        self.presenting.toggle_blank("white")

    def back_or_stop(self) -> None:
        """Esc: a side view (sectors, profile) goes back to the card; the card view stops."""
        if self.presenting.presenting:
            self.presenting.back_or_stop()
        elif self.presenting.view != "card":
            self.presenting.show("card")  # the console's own profile page, not presenting

    def next_screen(self) -> None:
        self.presenting.next_screen(self.screens(), self.ensure_presenter().console_screen())

    def choose_screen(self, name: str) -> None:
        self.presenting.choose_screen(
            name, self.screens(), self.ensure_presenter().console_screen()
        )

    def zoom(self, steps: int) -> None:
        self.presenting.zoom(steps)

    def _save_text_scale(self, scale: float) -> bool:
        session = self.session
        return session.attempt(
            translate("RoomFeature", "the room's text size"),
            lambda: session.store.update_settings({SETTINGS_TEXT_SCALE: scale}),
        )

    def toggle_timer(self) -> None:
        self.timer.toggle()

    def cycle_time_box(self) -> None:
        self.timer.cycle_box()

    def toggle_sector(self) -> None:
        self.presenting.toggle("sector")

    def toggle_profile(self) -> None:
        self.presenting.toggle("profile")

    def toggle_strip(self) -> None:
        if self.presenter is not None:
            self.presenter.toggle_strip()

    # -- keeping the console in step ----------------------------------------------------------

    def _on_moved(self, key: str) -> None:
        if self.presenting.view != "profile":
            self.timer.show(key)

    def _on_walk_refreshed(self) -> None:
        if self.presenter is not None:
            self.presenter.refresh()
        self._refresh_sector()

    def _on_presenting(self, _presenting: object = None) -> None:
        self.actions_changed()
        pages = self.window.pages
        if self.presenting.view == "profile":
            page = self._ensure_profile_page()
            if pages.currentWidget() is not page:
                page.refresh()
                pages.setCurrentWidget(page)
                page.setFocus()
            self.timer.show(None)
        else:
            if self.profile_page is not None and pages.currentWidget() is self.profile_page:
                self.window.show_walkthrough()
            self.timer.show(self.walk.current)
        self._refresh_sector()

    def page_changed(self) -> None:
        # Ctrl+1 / Ctrl+2 away from the profile: the room goes back to the card too.
        if (
            self.presenting.view == "profile"
            and self.window.pages.currentWidget() is not self.profile_page
        ):
            self.presenting.show("card")

    def _ensure_profile_page(self) -> ProfilePage:
        if self.profile_page is None:
            from ..profile.profile_page import ProfilePage

            self.profile_page = ProfilePage(self.ensure_profile())
            self.profile_page.back_requested.connect(lambda: self.presenting.show("card"))
            self.profile_page.page_turn.connect(self.turn_profile_page)
            self.profile_page.addActions(self.page_actions)
            self.window.pages.addWidget(self.profile_page)
        self.profile_page.notes.show_card(self.walk.current)
        return self.profile_page

    def _refresh_sector(self) -> None:
        walk = self.walk
        if self.presenting.view != "sector":
            if self.sector_dock is not None:
                self.sector_dock.hide()
            return
        if self.sector_dock is None:
            from .sector_dock import SectorDock

            self.sector_dock = SectorDock(self.window, walk.session.scale)
        view = self.ensure_profile().sector_view(walk.current) if walk.is_card() else None
        self.sector_dock.show_view(view)
