"""The audience window: what the room sees on the projector, full screen, no names, no controls.

It shows the current card (or the sector view, or the profile), the timer, or a black screen.
It holds no logic: the presenter hands it plain values and routes the keys it receives.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from xsector_desktop.core.scales import Scale

from ..controllers.presenting import AudienceCard, AudienceView, text_unit
from ..controllers.profile import ProfileRow, SectorView, TrustView
from ..controllers.timer import TimerState
from ..profile.audience_profile import AudienceProfilePage
from ..views.sector_view import SectorViewWidget
from ..views.timer_widget import TimerPill
from . import projector_theme as pt
from .audience_card import AudienceCardPage


class AudienceSectorPage(QWidget):
    """The sector view for the room. When its bars do not fit the screen at the room's text
    size (many sectors), the sectors and the roles go on two pages (Page Down / Page Up)."""

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scaled = pt.ScaledLabels()
        self.title = self.scaled.label(pt.TITLE, bold=True)
        self.pager = self.scaled.label(pt.MIN_TEXT, muted=True, wrap=False)
        self.pager.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.pager)
        self.view = SectorViewWidget(scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        self.card: AudienceCard | None = None
        self.data: SectorView | None = None
        self.pages: list[tuple[str, ...]] = [("sector", "role")]
        self.page = 0

    def rescale(self, unit: float) -> None:
        self.scaled.rescale(unit)
        self.view.rescale(unit)
        self._deal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._deal()

    def show_view(self, card: AudienceCard, view: SectorView | None) -> None:
        if card.key != (self.card.key if self.card else None):
            self.page = 0
        self.card, self.data = card, view
        self.title.setText(card.title.upper())
        self._deal()

    def _deal(self) -> None:
        """Both kinds on one page if they fit, else one page each."""
        both: tuple[str, ...] = ("sector", "role")
        room = self.height() - self.title.sizeHint().height()
        data = self.data
        if (
            data is not None
            and room > 0
            and self.view.needed_height(data, self.width(), both) > room
        ):
            self.pages = [("sector",), ("role",)]
        else:
            self.pages = [both]
        self.page = min(self.page, len(self.pages) - 1)
        self._show_page()

    def _show_page(self) -> None:
        kinds = self.pages[self.page]
        self.view.show_view(self.data, kinds)
        if len(self.pages) > 1:
            self.pager.setText(
                self.tr("{n} of {total} · Page Down").format(n=self.page + 1, total=len(self.pages))
                if self.page + 1 < len(self.pages)
                else self.tr("{n} of {total}").format(n=self.page + 1, total=len(self.pages))
            )
        else:
            self.pager.setText("")

    def turn(self, step: int) -> bool:
        target = self.page + step
        if not 0 <= target < len(self.pages):
            return False
        self.page = target
        self._show_page()
        return True


class AudienceWindow(QWidget):
    key_pressed = Signal(QKeyEvent)
    closed = Signal()

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("audience")
        self.setWindowTitle(self.tr("xsector — audience screen"))
        self.setAccessibleName(self.tr("Audience screen"))
        self.setStyleSheet(pt.STYLESHEET)
        self.text_scale = 1.0
        self.unit = 1.0
        self.scaled = pt.ScaledLabels()
        self.kicker = self.scaled.label(pt.KICKER, bold=True, muted=True)
        self.timer = TimerPill(pt.TIMER)
        self.timer.hide()
        header = QHBoxLayout()
        header.addWidget(self.kicker, 1, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignTop)

        self.card_page = AudienceCardPage(scale)
        self.sector_page = AudienceSectorPage(scale)
        self.profile_page = AudienceProfilePage()
        self.views = QStackedWidget()
        for page in (self.card_page, self.sector_page, self.profile_page):
            self.views.addWidget(page)
        self.content = QWidget()
        content = QVBoxLayout(self.content)
        self._content_layout = content
        content.addLayout(header)
        content.addWidget(self.views, 1)

        self.blank = QWidget()
        self.blank.setObjectName("blank")
        self.blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.screens = QStackedWidget()
        self.screens.addWidget(self.content)
        self.screens.addWidget(self.blank)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # The window is the screen's size, full stop: a layout that asks for more (even for a
        # moment, while a view swaps its parts) must not grow it past the projector's edge.
        outer.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        outer.addWidget(self.screens)
        self.view: AudienceView = "card"
        self._rescale()

    # -- size --------------------------------------------------------------------------------

    def set_text_scale(self, scale: float) -> None:
        self.text_scale = scale
        self._rescale()

    def _rescale(self) -> None:
        unit = text_unit(max(1, self.width()), max(1, self.height()), self.text_scale)
        self.unit = unit
        margin = round(pt.MARGIN * unit)
        self._content_layout.setContentsMargins(margin, round(margin * 0.6), margin, margin)
        self._content_layout.setSpacing(round(10 * unit))
        self.scaled.rescale(unit)
        self.timer.rescale(unit)
        self.card_page.rescale(unit)
        self.sector_page.rescale(unit)
        self.profile_page.rescale(unit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    # -- content -----------------------------------------------------------------------------

    def set_kicker(self, text: str) -> None:
        self.kicker.setText(text)

    def show_card(self, card: AudienceCard) -> None:
        self.card_page.show_card(card)
        self._show("card", self.card_page)

    def show_sector(self, card: AudienceCard, view: SectorView | None) -> None:
        self.sector_page.show_view(card, view)
        self._show("sector", self.sector_page)

    def show_profile(self, rows: list[ProfileRow], trust: TrustView) -> None:
        self.profile_page.show_profile(rows, trust)
        self._show("profile", self.profile_page)

    def _show(self, view: AudienceView, page: QWidget) -> None:
        self.view = view
        self.views.setCurrentWidget(page)

    def set_timer(self, state: TimerState) -> None:
        self.timer.set_state(state)

    def set_blank(self, blank: bool, colour: str = "black") -> None:
        if self.blank.property("colour") != colour:
            self.blank.setProperty("colour", colour)
            # A dynamic property in a selector needs the style applied again to take effect.
            self.blank.style().unpolish(self.blank)
            self.blank.style().polish(self.blank)
        self.screens.setCurrentWidget(self.blank if blank else self.content)

    @property
    def blank_colour(self) -> str:
        return str(self.blank.property("colour") or "black")

    @property
    def blanked(self) -> bool:
        return self.screens.currentWidget() is self.blank

    # -- keys go to the presenter: with one screen, this window is where the keyboard is ----

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed by the window manager (or Alt+F4): presenting stops, the console carries on.
        self.closed.emit()
        super().closeEvent(event)
