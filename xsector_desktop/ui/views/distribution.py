"""A bar per scale point with its count: the revealed distribution of one round."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from xsector_desktop.core.scales import Scale

from .. import theme


class DistributionChart(QWidget):
    def __init__(
        self, scale: Scale, *, compact: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._scale = scale
        self._counts: dict[int, int] = {}
        self._compact = compact
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(240, 54 if self._compact else 96)

    def set_counts(self, counts: dict[int, int]) -> None:
        self._counts = dict(counts)
        total = sum(self._counts.values())
        parts = [f"{p.label}: {self._counts.get(p.value, 0)}" for p in self._scale.points]
        self.setAccessibleDescription(f"{total} votes. " + "; ".join(parts))
        self.update()

    def counts(self) -> dict[int, int]:
        return dict(self._counts)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        points = self._scale.points
        width, height = self.width(), self.height()
        label_h = 14 if self._compact else 32
        count_h = 14 if self._compact else 20
        slot = width / max(1, len(points))
        peak = max([1, *self._counts.values()])
        bar_area = height - label_h - count_h
        small = theme.font(8 if self._compact else 9.5)
        big = theme.font(9 if self._compact else 14, bold=True)
        for i, point in enumerate(points):
            count = self._counts.get(point.value, 0)
            bar_h = bar_area * count / peak
            x = i * slot + slot * 0.15
            bar = QRectF(x, count_h + bar_area - bar_h, slot * 0.7, bar_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.scale_colour(point.rank, self._scale.k))
            painter.drawRect(bar)
            painter.setPen(QColor(theme.INK))
            painter.setFont(big)
            painter.drawText(
                QRectF(i * slot, bar.top() - count_h, slot, count_h),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(count),
            )
            painter.setFont(small)
            text = str(point.value) if self._compact else f"{point.value}\n{point.short}"
            painter.drawText(
                QRectF(i * slot, height - label_h, slot, label_h),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                text,
            )
        painter.setPen(QColor("#9aa0a6"))
        painter.drawLine(0, int(count_h + bar_area), width, int(count_h + bar_area))
        painter.end()
