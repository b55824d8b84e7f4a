"""The card as the room sees it: title, proposed type, then who has voted or how the room voted.

It is drawn from an AudienceCard, which holds counts and codes only: no participant's name, no
individual vote. The definition and the question give way to the distribution once revealed, so
a revealed round still fits a 1024x768 projector.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from xsector_desktop.core.scales import Scale

from .. import words
from ..controllers.presenting import AudienceCard
from ..views.sector_view import ScaleLegend
from . import projector_theme as pt
from .audience_chart import AudienceChart


class VotedBar(QWidget):
    """How many of the room have voted, as a filled track: a count, never who."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rescale(1.0)

    def rescale(self, unit: float) -> None:
        self.setFixedHeight(max(8, round(22 * unit)))

    def set_share(self, share: float) -> None:
        self.share = max(0.0, min(1.0, share))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.height() / 2
        painter.setPen(QColor(pt.RULE))
        painter.setBrush(QColor(pt.TRACK))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), radius, radius)
        if self.share > 0:
            filled = QRectF(1, 1, (self.width() - 2) * self.share, self.height() - 2)
            painter.setBrush(QColor(pt.ACCENT))
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


class AudienceCardPage(QWidget):
    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scaled = pt.ScaledLabels()
        s = self.scaled
        self.title = s.label(pt.TITLE, bold=True)
        self.title.setAccessibleDescription(self.tr("Card title"))
        self.types = s.label(pt.TYPE, bold=True)
        self.definition = s.label(pt.BODY)
        self.question = s.label(pt.TYPE, bold=True)
        self.status = s.label(pt.STATUS, bold=True)
        self.voted = s.label(pt.COUNT, bold=True)
        self.voted_bar = VotedBar()
        self.chart = AudienceChart(scale)
        self.level_shape = pt.LevelShape(pt.TYPE * 1.2)
        self.level_word = s.label(pt.TYPE, bold=True, wrap=False)
        # Plain words first (the level, how united and which way, why), then the statistic,
        # explained where it stands.
        self.stance = s.label(pt.TYPE, bold=True)
        self.reasons = s.label(pt.REASON)
        self.measures = s.label(pt.MIN_TEXT, muted=True)
        self.scale = ScaleLegend(scale)  # what the numbers mean while the room votes
        self.type_choices = s.label(pt.BODY)
        self.stages = s.label(pt.TYPE, bold=True)

        headline = QHBoxLayout()
        headline.setContentsMargins(0, 0, 0, 0)
        headline.setSpacing(12)
        headline.addWidget(self.level_shape, 0, Qt.AlignmentFlag.AlignTop)
        headline.addWidget(self.level_word, 0, Qt.AlignmentFlag.AlignTop)
        headline.addWidget(self.stance, 1)
        badge = QVBoxLayout()
        badge.setSpacing(2)
        badge.addLayout(headline)
        badge.addWidget(self.reasons)
        badge.addWidget(self.measures)
        self.badge = QWidget()
        self.badge.setLayout(badge)
        badge.setContentsMargins(0, 0, 0, 0)

        voted_row = QHBoxLayout()
        voted_row.addWidget(self.status, 0)
        voted_row.addStretch(1)
        voted_row.addWidget(self.voted, 0)
        self.voted_row = QWidget()
        self.voted_row.setLayout(voted_row)
        voted_row.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for widget in (
            self.title,
            self.types,
            self.definition,
            self.stages,
            self.voted_row,
            self.voted_bar,
            self.question,
            self.scale,
            self.type_choices,
            self.badge,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.chart, 1)
        self.spacer = QWidget()
        layout.addWidget(self.spacer, 1)
        self.card: AudienceCard | None = None

    def rescale(self, unit: float) -> None:
        self.scaled.rescale(unit)
        self.scale.rescale(unit)
        self.chart.rescale(unit)
        self.level_shape.rescale(unit)
        self.voted_bar.rescale(unit)
        self.layout().setSpacing(round(10 * unit))

    def show_card(self, card: AudienceCard) -> None:
        self.card = card
        self.title.setText(card.title.upper())
        if card.is_cycle:
            self._show_cycle(card)
            return
        heading = self.tr("Proposed types:") if len(card.types) > 1 else self.tr("Proposed:")
        self.types.setText(f"{heading} {'  ·  '.join(t.upper() for t in card.types)}")
        self.types.show()
        self.stages.hide()
        self.definition.setText(card.definition)
        self.question.setText(card.question)
        revealed = card.revealed
        self.definition.setVisible(not revealed)
        self.question.setVisible(not revealed)  # the room votes on it: keep it in sight
        self.voted_row.setVisible(card.round > 0)
        hidden_round = card.round > 0 and not revealed
        self.voted_bar.setVisible(hidden_round and card.expected is not None)
        self.scale.setVisible(not revealed)  # the question and the points it is answered on
        if hidden_round:
            self.status.setText(self.tr("Round {r} · voting…").format(r=card.round))
            if card.expected is not None:
                self.voted.setText(
                    self.tr("{n} of {total} have voted").format(n=card.voted, total=card.expected)
                )
                self.voted_bar.set_share(card.voted / card.expected if card.expected else 0)
            else:
                self.voted.setText(
                    self.tr("1 hand counted")
                    if card.voted == 1
                    else self.tr("{n} hands counted").format(n=card.voted)
                )
        elif revealed:
            self.status.setText(self.tr("Round {r} · revealed").format(r=card.round))
            self.voted.setText(
                self.tr("1 vote") if card.voted == 1 else self.tr("{n} votes").format(n=card.voted)
            )
        self.chart.setVisible(revealed)
        self.spacer.setVisible(not revealed)
        if revealed:
            self.chart.set_counts(card.distribution)
        self.badge.setVisible(revealed and card.level is not None)
        self.level_shape.set_level(card.level)
        self.level_word.setText(words.level(card.level).upper() if card.level else "")
        stance = words.stance(card.stance, len(card.types)) if revealed else ""
        self.stance.setText(f"— {stance}" if stance else "")
        self.reasons.setText(" · ".join(words.reason(r) for r in card.reasons))
        measures = words.measures_line(card.consensus)
        self.measures.setText(measures[:1].upper() + measures[1:])
        self.measures.setVisible(bool(self.measures.text()))
        self.level_word.setAccessibleDescription(self.tr("Level"))
        choices = [f"{name}: {n}" for name, n in card.type_choices.items() if n]
        self.type_choices.setText(
            self.tr("Preferred type: {choices}").format(choices="   ·   ".join(choices))
            if revealed and choices
            else ""
        )
        self.type_choices.setVisible(bool(self.type_choices.text()))

    def _show_cycle(self, card: AudienceCard) -> None:
        self.types.hide()
        self.definition.setText(card.definition)
        self.definition.show()
        self.stages.setText("  →  ".join(card.stages) + "  ↺")
        self.stages.show()
        for widget in (
            self.question,
            self.scale,
            self.voted_row,
            self.voted_bar,
            self.chart,
            self.badge,
            self.type_choices,
        ):
            widget.hide()
        self.spacer.show()
