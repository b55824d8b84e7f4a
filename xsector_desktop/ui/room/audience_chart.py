"""The revealed distribution for the room: a bar per scale point, big counts, full point labels."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from xsector_desktop.core.scales import Scale

from ..views.distribution import bar_slots
from . import projector_theme as pt


class AudienceChart(QWidget):
    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self._counts: dict[int, int] = {}
        self.unit = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)
        self.setAccessibleName(self.tr("Votes per point of the scale"))

    def rescale(self, unit: float) -> None:
        self.unit = unit
        self.setMinimumHeight(round(150 * unit))
        self.update()

    def set_counts(self, counts: Mapping[int, int]) -> None:
        self._counts = dict(counts)
        parts = [
            self.tr("{label}: {n}").format(label=p.label, n=self._counts.get(p.value, 0))
            for p in self._scale.points
        ]
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def counts(self) -> dict[int, int]:
        return dict(self._counts)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        u = self.unit
        points = self._scale.points
        width, height = self.width(), self.height()
        label_h = pt.LABEL * u * 3.0  # room for a point label on two lines
        count_h = pt.COUNT * u * 1.25
        bar_area = max(10.0, height - label_h - count_h)
        base = count_h + bar_area
        count_font = pt.px_font(pt.COUNT * u, bold=True)
        label_font = pt.px_font(pt.LABEL * u)
        for place in bar_slots(points, self._counts, width, count_h, bar_area, fill=0.72):
            point = place.point
            if place.votes:
                painter.setPen(QPen(QColor(pt.INK), max(1.0, u)))
                painter.setBrush(pt.scale_colour(point.rank, self._scale.k))
                painter.drawRect(place.bar)
            painter.setPen(QColor(pt.INK))
            painter.setFont(count_font)
            painter.drawText(
                place.count_box,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(place.votes),
            )
            painter.setFont(label_font)
            room = QRectF(place.left + 4, base + 6 * u, place.width - 8, label_h - 6 * u)
            flags = (
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            )
            text = f"{point.value}  {point.label}"
            needed = QFontMetrics(label_font).boundingRect(room.toRect(), int(flags), text)
            if needed.height() > room.height() or needed.width() > room.width():
                text = f"{point.value}  {point.short}"  # a long label would be cut off
            painter.drawText(room, flags, text)
        painter.setPen(QPen(QColor(pt.RULE), max(1.0, 2 * u)))
        painter.drawLine(0, round(base), width, round(base))
        painter.end()
