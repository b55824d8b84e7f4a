"""The card's storming signal: level (word, shape, colour), reasons in words, convergence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from xsector_desktop.ui.plain_text import PlainLabel

from .. import theme, words

if TYPE_CHECKING:
    from xsector_desktop.core.signals import RoundSignals


class LevelMark(QWidget):
    """The level's shape in its colour; paired with the word, never colour alone."""

    def __init__(self, size: int = 28, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level: str | None = None
        self.setFixedSize(QSize(size, size))

    def set_level(self, level: str | None) -> None:
        self._level = level
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._level:
            painter = QPainter(self)
            theme.paint_level(
                painter, self._level, QRectF(2, 2, self.width() - 4, self.height() - 4)
            )
            painter.end()


class SignalsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark = LevelMark()
        self.level_label = PlainLabel()
        self.level_label.setFont(theme.font(18, bold=True))
        head = QHBoxLayout()
        head.addWidget(self.mark)
        head.addWidget(self.level_label, 1)
        # Plain words first (how united, which way), the statistics after them, explained.
        self.stance = PlainLabel()
        self.stance.setWordWrap(True)
        self.stance.setFont(theme.font(11.5, bold=True))
        self.figures = PlainLabel()
        self.figures.setWordWrap(True)
        self.figures.setObjectName("muted")
        self.reasons = PlainLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setFont(theme.font(11.5))
        self.convergence = PlainLabel()
        self.convergence.setWordWrap(True)
        self.convergence.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = PlainLabel(self.tr("SIGNAL"))
        caption.setObjectName("muted")
        caption.setFont(theme.font(9.5, bold=True))
        layout.addWidget(caption)
        layout.addLayout(head)
        layout.addWidget(self.stance)
        layout.addWidget(self.reasons)
        layout.addWidget(self.figures)
        layout.addWidget(self.convergence)
        self.setAccessibleName(self.tr("Signal"))
        self.level: str | None = None

    def refresh(self, latest: RoundSignals | None, current_hidden: bool, types: int = 1) -> None:
        if latest is None:
            self.level = None
            self.mark.set_level(None)
            self.level_label.setText(self.tr("—"))
            self.stance.setText("")
            self.figures.setText(self.tr("The signal appears when a round is revealed."))
            self.reasons.setText("")
            self.convergence.setText("")
            self.setAccessibleDescription(self.figures.text())
            return
        self.level = latest.level
        self.mark.set_level(latest.level)
        self.level_label.setText(words.level(latest.level).upper())
        self.stance.setText(words.stance(latest.stance, types))
        parts = [self.tr("Round {r}").format(r=latest.round)]
        measures = words.measures_line(latest.consensus, latest.agreement_a)
        if measures:
            parts.append(measures)
        if current_hidden:
            parts.append(self.tr("(a newer round is still hidden)"))
        self.figures.setText(" · ".join(parts))
        self.reasons.setText("\n".join("• " + words.reason(r) for r in latest.reasons))
        if latest.convergence is not None and latest.round > 1:
            self.convergence.setText(words.convergence(latest.convergence, latest.round - 1))
        else:
            self.convergence.setText("")
        self.setAccessibleDescription(
            f"{self.level_label.text()}. {self.stance.text()}. {self.reasons.text()}. "
            f"{self.figures.text()}"
        )
