"""Presenting: puts the audience window on the right screen and keeps it in step with the meeting.

The decisions (which screen, blanked or not, which view) are the PresentingController's; this
class only turns them into windows, follows screens being plugged in and out, and routes the
keys pressed while the audience window has the keyboard (with one screen it always does).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from xsector_desktop.core.model import TRUST_STAGES

from ..controllers.presenting import (
    AudienceCard,
    Placement,
    PresentingController,
    ScreenInfo,
    audience_card,
)
from ..controllers.profile import ProfileController
from ..controllers.timer import CardTimer, TimerState
from ..controllers.walkthrough import WalkthroughController
from .audience_window import AudienceWindow
from .control_strip import ControlStrip

ScreenSource = Callable[[], list[ScreenInfo]]
MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock,
}


def screen_info(screen: QScreen) -> ScreenInfo:
    rect = screen.geometry()
    return ScreenInfo(
        screen.name(),
        rect.x(),
        rect.y(),
        rect.width(),
        rect.height(),
        screen is QGuiApplication.primaryScreen(),
    )


def real_screens() -> list[ScreenInfo]:
    return [screen_info(s) for s in QGuiApplication.screens()]


class Presenter(QObject):
    """`intents` maps the names of the strip's buttons (and keys) to what they do."""

    shown = Signal()  # the audience window was redrawn: tests and screenshots wait on it
    running_changed = Signal(bool)

    def __init__(
        self,
        walk: WalkthroughController,
        profile: ProfileController,
        timer: CardTimer,
        presenting: PresentingController,
        console: QWidget,
        intents: dict[str, Callable[[], object]],
        screens: ScreenSource = real_screens,
        on_number: Callable[[int], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.walk, self.profile, self.timer = walk, profile, timer
        self.presenting = presenting
        self.console = console
        self.intents = intents
        self.screens = screens
        self.on_number = on_number  # a digit: a vote or a hand, as on the console
        self.audience: AudienceWindow | None = None
        self.strip: ControlStrip | None = None
        self.strip_wanted = True
        self._placed: Placement | None = None
        self._filtering = False
        presenting.changed.connect(lambda _p: self._on_presenting())
        timer.changed.connect(self._on_timer)
        profile.changed.connect(lambda _none: self.refresh())
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self.screens_changed)
        app.screenRemoved.connect(self.screens_changed)

    # -- starting and stopping ----------------------------------------------------------------

    def console_screen(self) -> str | None:
        screen = self.console.screen()
        return screen.name() if screen is not None else None

    def start(self) -> Placement | None:
        placement = self.presenting.start(self.screens(), self.console_screen())
        if placement is not None:
            self.timer.start()  # the meeting is on: time what each card takes
        return placement

    def stop(self) -> None:
        self.presenting.stop()

    def _on_presenting(self) -> None:
        p = self.presenting
        if not p.presenting:
            self._close_windows()
            self._blank_filter(False)
            self.console.activateWindow()  # the keyboard comes back to the console
            self.running_changed.emit(False)
            return
        fresh = self.audience is None
        if fresh:
            self.audience = AudienceWindow(self.walk.session.scale)
            self.audience.key_pressed.connect(self.key)
            self.audience.closed.connect(self._audience_closed)
        assert self.audience is not None and p.placement is not None
        self.audience.set_text_scale(p.text_scale)
        if p.placement != self._placed:  # not on every blank, view or text-size change
            self._place(p.placement)
        self._blank_filter(p.blanked)
        self.refresh()
        if fresh:
            self.running_changed.emit(True)

    def _place(self, placement: Placement) -> None:
        window = self.audience
        assert window is not None
        self._placed = placement
        target = placement.audience
        real = next((s for s in QGuiApplication.screens() if s.name() == target.name), None)
        if real is not None:
            if window.isFullScreen() and window.screen() is not real:
                window.showNormal()  # a full-screen window does not move to another screen
            window.setScreen(real)
            window.setGeometry(real.geometry())
            window.showFullScreen()
        else:  # a screen known only to a test's screen list
            window.setGeometry(QRect(target.x, target.y, target.width, target.height))
            window.show()
        if placement.mode == "two-screens":
            self._hide_strip()
            self.console.activateWindow()  # the laptop keeps the keyboard
        else:
            self._show_strip(target)
            window.activateWindow()  # with one screen, the keyboard drives the audience window

    def _show_strip(self, screen: ScreenInfo) -> None:
        if self.strip is None:
            # A tool window owned by the audience window: window managers keep it above its
            # owner, where a free-standing always-on-top strip went behind a full-screen window.
            self.strip = ControlStrip(self.intents, self.audience)
        if not self.strip_wanted:
            self.strip.hide()
            return
        self.strip.adjustSize()
        self.strip.move(
            screen.x + screen.width - self.strip.width() - 12,
            screen.y + screen.height - self.strip.height() - 12,
        )
        self.strip.show()
        self.strip.raise_()

    def _hide_strip(self) -> None:
        if self.strip is not None:
            self.strip.hide()

    def toggle_strip(self) -> None:
        self.strip_wanted = not self.strip_wanted
        placement = self.presenting.placement
        if placement is not None and placement.mode == "one-screen":
            self._show_strip(placement.audience)

    def _close_windows(self) -> None:
        self._placed = None
        if self.strip is not None:
            self.strip.hide()
            self.strip.deleteLater()
            self.strip = None
        if self.audience is not None:
            window, self.audience = self.audience, None
            window.closed.disconnect(self._audience_closed)
            window.close()
            window.deleteLater()

    def _audience_closed(self) -> None:
        self.presenting.stop()

    def screens_changed(self, _screen: QScreen | None = None) -> None:
        """A screen was plugged in or out (QGuiApplication.screenAdded / screenRemoved)."""
        if self.presenting.presenting:
            self.presenting.screens_changed(self.screens(), self.console_screen())

    def shutdown(self) -> None:
        self.presenting.stop()
        self._close_windows()
        self._blank_filter(False)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.disconnect(self.screens_changed)
            app.screenRemoved.disconnect(self.screens_changed)

    # -- drawing ------------------------------------------------------------------------------

    def audience_card(self) -> AudienceCard:
        return audience_card(self.walk)

    def refresh(self) -> None:
        window = self.audience
        if window is None or not self.presenting.presenting:
            return
        self.fill(window)
        self.shown.emit()

    def fill(self, window: AudienceWindow) -> None:
        """Draw what the room should see now into `window` (the screenshot script uses it too)."""
        card = self.audience_card()
        session = self.walk.session
        view = self.presenting.view
        if view == "profile":
            where = self.tr("Partnership profile")
        elif card.is_cycle:
            where = self.tr("Behaviour cycle")
        else:
            where = self.tr("Card {n} of {total}").format(n=card.position, total=card.total)
        window.set_kicker("  ·  ".join(b for b in (session.info.partnership, where) if b))
        if view == "profile":
            window.show_profile(self.profile.rows(), self.profile.trust())
        elif view == "sector" and not card.is_cycle:
            window.show_sector(card, self.profile.sector_view(card.key))
        else:
            window.show_card(card)
        window.set_timer(self.timer.state())
        window.set_blank(self.presenting.blanked, self.presenting.blank_colour)

    def _on_timer(self, state: TimerState) -> None:
        if self.audience is not None:
            self.audience.set_timer(state)

    # -- keys ---------------------------------------------------------------------------------

    def _blank_filter(self, on: bool) -> None:
        """While blanked, the next key anywhere in the app brings the picture back."""
        app = QApplication.instance()
        if app is None or on == self._filtering:
            return
        self._filtering = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.presenting.blanked
            or not isinstance(event, QKeyEvent)
            or event.key() in MODIFIER_KEYS
        ):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # Claim the key before any shortcut sees it: it must not also act (move on, reveal).
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            self.presenting.unblank()
            return True  # the key only wakes the screen, as in presentation software
        return False

    def key(self, event: QKeyEvent) -> None:
        """A key pressed in the audience window (with one screen, every key of the meeting)."""
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if self.presenting.blanked:
            self.presenting.unblank()
            return
        name = _key_intent(key, ctrl, shift)
        if name is not None and name in self.intents:
            self.intents[name]()
        elif not ctrl and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = int(key) - int(Qt.Key.Key_0)
            if self.presenting.view == "profile":
                # As on the console's profile: 1 to 4 confirm or choose a trust stage.
                if 1 <= digit <= len(TRUST_STAGES):
                    self.profile.choose_stage(TRUST_STAGES[digit - 1])
            elif self.on_number is not None:
                self.on_number(digit)


def _key_intent(key: int, ctrl: bool, shift: bool) -> str | None:
    K = Qt.Key
    if ctrl:
        return {
            K.Key_Plus: "larger",
            K.Key_Equal: "larger",
            K.Key_Minus: "smaller",
            K.Key_0: "reset_size",
            K.Key_Z: "redo" if shift else "undo",
            K.Key_Y: "redo",
        }.get(K(key))
    if shift and key == K.Key_T:
        return "timer"
    if shift and key == K.Key_F5:
        return "next_screen"
    return {
        K.Key_Escape: "escape",
        K.Key_F5: "stop",
        K.Key_B: "blank",
        K.Key_Period: "blank",
        K.Key_W: "white",
        K.Key_PageUp: "previous",
        K.Key_Left: "previous",
        K.Key_Up: "previous",
        K.Key_PageDown: "next",
        K.Key_Right: "next",
        K.Key_Down: "next",
        K.Key_Space: "next",
        K.Key_R: "reveal",
        K.Key_N: "new_round",
        K.Key_T: "time_box",
        K.Key_S: "sector",
        K.Key_P: "profile",
        K.Key_H: "strip",
        K.Key_F1: "help",
        K.Key_Question: "help",
    }.get(K(key))
