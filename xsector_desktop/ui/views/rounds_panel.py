"""Every round of the card side by side: the current one large, earlier ones for comparison.

A hidden round shows only how many have voted; its distribution appears on reveal.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from xsector_desktop.core.scales import Scale
from xsector_desktop.ui.plain_text import PlainLabel

from .. import theme
from ..controllers.walkthrough import RoundSummary
from .discard import discard
from .distribution import DistributionChart


class RoundBox(QFrame):
    def __init__(self, scale: Scale, summary: RoundSummary, *, current: bool) -> None:
        super().__init__()
        self.setObjectName("panel")
        self.summary = summary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        if summary.revealed:
            head = (
                self.tr("Round {n} · 1 vote")
                if summary.voted == 1
                else self.tr("Round {n} · {votes} votes")
            ).format(n=summary.number, votes=summary.voted)
            if current and summary.type_choices:
                head += "  ·  " + ", ".join(
                    f"{name} {count}" for name, count in summary.type_choices.items()
                )
        else:
            head = self._hidden_head(summary)
        self.title = PlainLabel(head)
        self.title.setFont(theme.font(11 if current else 9.5, bold=True))
        layout.addWidget(self.title)
        self.chart: DistributionChart | None = None
        if summary.revealed:
            self.chart = DistributionChart(scale, compact=not current)
            self.chart.set_counts(summary.distribution)
            self.chart.setAccessibleName(head)
            layout.addWidget(self.chart)
        else:
            waiting = PlainLabel(self.tr("Votes stay hidden until Reveal (R)"))
            waiting.setObjectName("muted")
            layout.addWidget(waiting)
        self.setAccessibleName(head)

    def _hidden_head(self, summary: RoundSummary) -> str:
        return self.tr("Round {n} · hidden · {votes} voted").format(
            n=summary.number, votes=summary.voted
        )

    def recount(self, summary: RoundSummary) -> bool:
        """Show a new count of a hidden round in place; False when more than that changed.

        Votes arriving one after another (phones) change only this count: rebuilding the
        box would lay the whole column out and repaint it each time."""
        old = self.summary
        if old.revealed or summary._replace(voted=old.voted) != old:
            return False
        head = self._hidden_head(summary)
        self.title.setText(head)
        self.setAccessibleName(head)
        self.summary = summary
        return True


class RoundsPanel(QWidget):
    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.boxes: list[RoundBox] = []
        self._shown: list[RoundSummary] = []
        self.setAccessibleName(self.tr("Rounds"))
        # A card with no round yet keeps the room a hidden round's box takes: the first vote
        # (often from a phone, amid a crowd's) then fills it, and the card above neither moves
        # nor is fitted again, the longest part of redrawing the console.
        self._reserved = RoundBox(scale, RoundSummary(1, False, 0, {}), current=True)
        self._reserved.setParent(self)
        self._reserved.hide()
        self._reserve(True)

    def _reserve(self, empty: bool) -> None:
        self._reserved.ensurePolished()
        self.setMinimumHeight(self._reserved.sizeHint().height() if empty else 0)

    def refresh(self, summaries: list[RoundSummary]) -> None:
        if summaries == self._shown:
            return
        visible = summaries[-4:]
        if len(visible) == len(self.boxes) and all(
            box.summary == summary or box.recount(summary)
            for box, summary in zip(self.boxes, visible, strict=True)
        ):
            self._shown = list(summaries)
            return
        self._shown = list(summaries)
        for box in self.boxes:
            self._layout.removeWidget(box)
            discard(box)
        self.boxes = []
        # The latest round gets the room; at most three earlier ones stay for comparison.
        for i, summary in enumerate(visible):
            current = i == len(visible) - 1
            box = RoundBox(self._scale, summary, current=current)
            self._layout.addWidget(box, 3 if current else 1)
            self.boxes.append(box)
        self._reserve(not summaries)
