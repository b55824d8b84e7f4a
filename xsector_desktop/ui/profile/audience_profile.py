"""The profile as the room sees it: every card's level and position, and the trust cycle.

No notes here: notes are the facilitator's working text and may name people.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..controllers.profile import ProfileRow, TrustView
from ..room import projector_theme as pt
from . import trust_words
from .rows import ProfileGrid
from .trust_cycle import TrustCycleDrawing


class AudienceProfilePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scaled = pt.ScaledLabels()
        self.title = self.scaled.label(pt.TITLE * 0.8, bold=True)
        self.title.setText(self.tr("PARTNERSHIP PROFILE"))
        self.grid = ProfileGrid(17.0, with_share=False)
        self.cycle = TrustCycleDrawing()
        self.cycle.setMinimumWidth(0)
        self.stage = self.scaled.label(pt.TYPE * 0.8, bold=True)
        self.reasons = self.scaled.label(pt.LABEL)
        right = QVBoxLayout()
        right.addWidget(self.cycle, 1)
        right.addWidget(self.stage)
        right.addWidget(self.reasons)
        body = QHBoxLayout()
        body.addWidget(self.grid, 4)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)

    def rescale(self, unit: float) -> None:
        self.scaled.rescale(unit)
        self.grid.rescale(unit)
        self.cycle.rescale(unit)

    def show_profile(self, rows: list[ProfileRow], trust: TrustView) -> None:
        self.grid.show_rows(rows)
        self.cycle.set_reading(trust.suggested, trust.chosen)
        shown = trust.chosen or trust.suggested
        if trust.chosen is None:
            self.stage.setText(
                self.tr("Trust cycle: {s}? (suggested)").format(s=trust_words.stage(shown))
            )
        elif trust.chosen == trust.suggested:
            self.stage.setText(self.tr("Trust cycle: {s}").format(s=trust_words.stage(shown)))
        else:
            self.stage.setText(
                self.tr("Trust cycle: {s} (the signals suggested {t})").format(
                    s=trust_words.stage(shown), t=trust_words.stage(trust.suggested)
                )
            )
        self.reasons.setText("\n".join("• " + trust_words.reason(r) for r in trust.reasons))
