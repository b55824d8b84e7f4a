"""The profile as the room sees it: every card's level and stance, and the trust cycle.

No notes here: notes are the facilitator's working text and may name people.

The room's text never shrinks below the projector theme's minimum, so the profile does not
always fit one screen: it pages itself. The cards are dealt onto as many pages as the screen
needs, and the trust cycle has a page of its own; Page Down / Page Up (or the arrows, or Space)
turn the pages while the profile is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from ..controllers.profile import ProfileRow, TrustView
from ..room import projector_theme as pt
from . import trust_words
from .rows import ProfileGrid
from .trust_cycle import TrustCycleDrawing

ROW_LINES = 2  # a row may wrap onto two lines (a long card title or type)


class TrustPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scaled = pt.ScaledLabels()
        self.cycle = TrustCycleDrawing()
        self.cycle.min_pixels = pt.MIN_TEXT
        self.cycle.setMinimumWidth(0)
        self.stage = self.scaled.label(pt.TYPE, bold=True)
        self.reasons = self.scaled.label(pt.REASON)
        words = QVBoxLayout()
        words.addWidget(self.stage)
        words.addWidget(self.reasons)
        words.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cycle, 3)  # room for the stage names at the room's text size
        layout.addLayout(words, 2)

    def rescale(self, unit: float) -> None:
        self.scaled.rescale(unit)
        self.cycle.rescale(unit)


class AudienceProfilePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scaled = pt.ScaledLabels()
        self.title = self.scaled.label(pt.TITLE * 0.8, bold=True)
        self.title.setText(self.tr("PARTNERSHIP PROFILE"))
        self.pager = self.scaled.label(pt.MIN_TEXT, muted=True, wrap=False)
        self.pager.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.pager)
        self.pages = QStackedWidget()
        self.trust_page = TrustPage()
        self.grids: list[ProfileGrid] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.pages, 1)
        self.unit = 1.0
        self.rows: list[ProfileRow] = []
        self.page = 0

    @property
    def cycle(self) -> TrustCycleDrawing:
        """The trust cycle, on the profile's last page."""
        return self.trust_page.cycle

    def rescale(self, unit: float) -> None:
        self.unit = unit
        self.scaled.rescale(unit)
        self.trust_page.rescale(unit)
        self._deal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._deal()

    def rows_per_page(self) -> int:
        """How many card rows one page holds at this size, each allowed two lines."""
        line = pt.MIN_TEXT * self.unit * 1.45
        row = ROW_LINES * line + 6 * self.unit
        head = self.title.sizeHint().height() + 12 * self.unit
        room = max(1.0, self.height() - head - row)  # less the grid's own heading row
        return max(1, int(room // row))

    def page_count(self) -> int:
        return self.pages.count()

    def show_profile(self, rows: list[ProfileRow], trust: TrustView) -> None:
        self.rows = list(rows)
        page = self.trust_page
        page.cycle.set_reading(trust.suggested, trust.chosen)
        shown = trust.chosen or trust.suggested
        if trust.chosen is None:
            page.stage.setText(
                self.tr("Trust cycle: {s}? (suggested)").format(s=trust_words.stage(shown))
            )
        elif trust.chosen == trust.suggested:
            page.stage.setText(self.tr("Trust cycle: {s}").format(s=trust_words.stage(shown)))
        else:
            page.stage.setText(
                self.tr("Trust cycle: {s} (the signals suggested {t})").format(
                    s=trust_words.stage(shown), t=trust_words.stage(trust.suggested)
                )
            )
        page.reasons.setText("\n".join("• " + trust_words.reason(r) for r in trust.reasons))
        self._deal(force=True)

    def _deal(self, force: bool = False) -> None:
        """Deal the rows onto pages for the present size; the trust cycle is the last page."""
        per_page = self.rows_per_page()
        chunks = [self.rows[i : i + per_page] for i in range(0, len(self.rows), per_page)]
        if (
            not force
            and len(chunks) == len(self.grids)
            and all(grid.rows == chunk for grid, chunk in zip(self.grids, chunks, strict=True))
        ):
            for grid in self.grids:
                grid.rescale(self.unit)
            self._show_page(self.page)
            return
        for grid in self.grids:
            self.pages.removeWidget(grid)
            grid.hide()
            grid.deleteLater()
        self.pages.removeWidget(self.trust_page)
        self.grids = []
        for chunk in chunks:
            grid = ProfileGrid(pt.MIN_TEXT, with_share=False, minimum=pt.MIN_TEXT, with_types=False)
            grid.show_rows(chunk)
            grid.rescale(self.unit)
            self.pages.addWidget(grid)
            self.grids.append(grid)
        self.pages.addWidget(self.trust_page)
        self._show_page(min(self.page, self.pages.count() - 1))

    def turn(self, step: int) -> bool:
        """Page Down (+1) / Page Up (-1); False at either end."""
        target = self.page + step
        if not 0 <= target < self.pages.count():
            return False
        self._show_page(target)
        return True

    def _show_page(self, index: int) -> None:
        self.page = max(0, index)
        self.pages.setCurrentIndex(self.page)
        total = self.pages.count()
        self.pager.setText(
            self.tr("{n} of {total} · Page Down").format(n=self.page + 1, total=total)
            if total > 1 and self.page + 1 < total
            else self.tr("{n} of {total}").format(n=self.page + 1, total=total)
            if total > 1
            else ""
        )
