"""The trust cycle drawn as a cycle: Forming → Storming → Norming → Performing → back.

The suggested stage has a dashed ring and the word "suggested"; the stage the facilitator chose
is filled, with the word "chosen". Words and line styles carry the meaning, not colour alone.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from xsector_desktop.core.model import TRUST_STAGES

from ..room import projector_theme as pt
from . import trust_words


class TrustCycleDrawing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggested: str | None = None
        self.chosen: str | None = None
        self.unit = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 200)
        self.setAccessibleName(self.tr("Trust cycle"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(340, 300)

    def rescale(self, unit: float) -> None:
        self.unit = unit
        self.setMinimumSize(round(220 * unit), round(200 * unit))
        self.update()

    def set_reading(self, suggested: str | None, chosen: str | None) -> None:
        self.suggested, self.chosen = suggested, chosen
        bits = []
        if suggested:
            bits.append(self.tr("suggested: {s}").format(s=trust_words.stage(suggested)))
        if chosen:
            bits.append(self.tr("chosen: {s}").format(s=trust_words.stage(chosen)))
        self.setAccessibleDescription("; ".join(bits))
        self.update()

    def _centres(self) -> list[QPointF]:
        # Forming at the top, then clockwise, as the cycle is read.
        w, h = self.width(), self.height()
        rx, ry = w * 0.30, h * 0.30
        c = QPointF(w / 2, h / 2)
        return [QPointF(c.x() + rx * math.sin(a), c.y() - ry * math.cos(a))
                for a in (0, math.pi / 2, math.pi, 3 * math.pi / 2)]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        size = min(w, h)
        node_w, node_h = min(w * 0.40, size * 0.52), size * 0.15
        centres = self._centres()
        # The cycle's path: arcs between the nodes, each ending in an arrow head.
        ring = QRectF(w / 2 - w * 0.30, h / 2 - h * 0.30, w * 0.60, h * 0.60)
        pen = QPen(QColor(pt.RULE), max(1.5, size / 110))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring)
        for i in range(4):
            mid = (i + 0.5) * math.pi / 2
            tip = QPointF(w / 2 + w * 0.30 * math.sin(mid), h / 2 - h * 0.30 * math.cos(mid))
            tangent = (math.cos(mid) * w * 0.30, math.sin(mid) * h * 0.30)
            length = math.hypot(*tangent) or 1
            dx, dy = tangent[0] / length, tangent[1] / length
            head = size / 24
            painter.setBrush(QColor(pt.RULE))
            painter.drawPolygon(QPolygonF([
                tip + QPointF(dx * head, dy * head),
                tip + QPointF(-dx * head - dy * head * 0.7, -dy * head + dx * head * 0.7),
                tip + QPointF(-dx * head + dy * head * 0.7, -dy * head - dx * head * 0.7),
            ]))
        name_font = pt.px_font(max(11.0, size / 14), bold=True)
        tag_font = pt.px_font(max(9.0, size / 22))
        for stage, centre in zip(TRUST_STAGES, centres, strict=True):
            box = QRectF(centre.x() - node_w / 2, centre.y() - node_h / 2, node_w, node_h)
            chosen = stage == self.chosen
            suggested = stage == self.suggested
            path = QPainterPath()
            path.addRoundedRect(box, node_h / 2, node_h / 2)
            painter.setBrush(QColor(pt.ACCENT if chosen else pt.PAPER))
            painter.setPen(QPen(QColor(pt.INK), max(1.5, size / 140)))
            painter.drawPath(path)
            if suggested:
                ring_pen = QPen(QColor(pt.INK), max(2.0, size / 90), Qt.PenStyle.DashLine)
                painter.setPen(ring_pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                grow = size / 40
                painter.drawRoundedRect(box.adjusted(-grow, -grow, grow, grow),
                                        node_h / 2 + grow, node_h / 2 + grow)
            painter.setPen(QColor(pt.PAPER if chosen else pt.INK))
            painter.setFont(name_font)
            label = ("✓ " if chosen else "") + trust_words.stage(stage)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            tags = []
            if suggested:
                tags.append(self.tr("suggested"))
            if chosen:
                tags.append(self.tr("chosen"))
            if tags:
                painter.setPen(QColor(pt.INK))
                painter.setFont(tag_font)
                below = QRectF(box.left() - node_w * 0.2, box.bottom() + size / 40,
                               node_w * 1.4, size / 14)
                painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 " · ".join(tags))
        painter.end()
