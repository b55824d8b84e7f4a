"""A bar per scale point with its count: the revealed distribution of one round."""

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from xsector_desktop.core import palette
from xsector_desktop.core.scales import Scale, ScalePoint

from .. import theme


class BarSlot(NamedTuple):
    """Where one scale point's bar and count go: shared by the console and the audience chart."""

    point: ScalePoint
    votes: int
    left: float  # the slot's left edge; every slot is as wide as `width`
    width: float
    bar: QRectF
    count_box: QRectF  # just above the bar


def bar_slots(
    points: Sequence[ScalePoint],
    counts: Mapping[int, int],
    width: float,
    count_height: float,
    bar_area: float,
    fill: float,
) -> list[BarSlot]:
    """One slot per point across `width`; bars scaled to the tallest, filling `fill` of a slot."""
    slot = width / max(1, len(points))
    peak = max([1, *counts.values()])
    base = count_height + bar_area
    slots = []
    for i, point in enumerate(points):
        count = counts.get(point.value, 0)
        bar_h = bar_area * count / peak
        bar = QRectF(i * slot + slot * (1 - fill) / 2, base - bar_h, slot * fill, bar_h)
        box = QRectF(i * slot, bar.top() - count_height, slot, count_height)
        slots.append(BarSlot(point, count, i * slot, slot, bar, box))
    return slots


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
        return QSize(240, 54 if self._compact else 104)

    def _label_font(self) -> QFont:
        return theme.font(8 if self._compact else 9.5)

    def _count_font(self) -> QFont:
        return theme.font(9 if self._compact else 14, bold=True)

    def label_height(self) -> int:
        """Room under the bars for each point's label: its own line height, so a larger system
        font never cuts the point's name off."""
        lines = 1 if self._compact else 2
        return QFontMetrics(self._label_font()).lineSpacing() * lines + 2

    def set_counts(self, counts: Mapping[int, int]) -> None:
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
        small, big = self._label_font(), self._count_font()
        label_h = self.label_height()
        count_h = QFontMetrics(big).height()
        bar_area = max(0, height - label_h - count_h)
        for place in bar_slots(points, self._counts, width, count_h, bar_area, fill=0.7):
            # Pale fills (orange, sky blue) are under 3:1 on white: the outline gives the bar
            # its edge (docs/accessibility.md).
            painter.setPen(QPen(QColor(palette.OUTLINE), 1))
            painter.setBrush(theme.scale_colour(place.point.rank, self._scale.k))
            painter.drawRect(place.bar)
            painter.setPen(QColor(theme.INK))
            painter.setFont(big)
            painter.drawText(
                place.count_box,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(place.votes),
            )
            painter.setFont(small)
            point = place.point
            text = str(point.value) if self._compact else f"{point.value}\n{point.short}"
            painter.drawText(
                QRectF(place.left, height - label_h, place.width, label_h),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                text,
            )
        painter.setPen(QColor(palette.RULE))  # the baseline: 6.4:1 on white (was 2.6:1)
        painter.drawLine(0, int(count_h + bar_area), width, int(count_h + bar_area))
        painter.end()
