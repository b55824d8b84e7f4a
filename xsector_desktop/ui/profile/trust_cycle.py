"""The trust cycle drawn as a cycle: Forming → Storming → Norming → Performing → back.

The suggested stage has a dashed ring and the word "suggested"; the stage the facilitator chose
is filled, with the word "chosen". Words and line styles carry the meaning, not colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
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
        self.min_pixels = 0.0  # the room's screen sets its minimum text size (design pixels)
        self.painted_pixels: list[int] = []  # the sizes last painted, for the legibility test
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 200)
        self.setAccessibleName(self.tr("Trust cycle"))

    def sizeHint(self) -> QSize:
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

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        size = min(w, h)
        # Each node as wide as its longest name, at the four corners of the ring (so two sit
        # side by side in a narrow column). The font shrinks only when the nodes would crowd.
        floor = max(9.0, self.min_pixels * self.unit)
        pixels = max(11.0, floor, min(size / 12, 26 * self.unit))  # never near the title's size
        names = ["✓ " + trust_words.stage(s) for s in TRUST_STAGES]
        while True:
            name_font = pt.px_font(pixels, bold=True)
            widest = max(QFontMetrics(name_font).horizontalAdvance(n) for n in names)
            node_w, node_h = widest + pixels * 1.6, pixels * 2.2
            half_x = w / 2 - node_w / 2 - pixels * 0.5  # from the middle to a node's centre
            half_y = h / 2 - node_h / 2 - pixels * 1.8  # room for "suggested" underneath
            if (
                2 * half_x >= node_w + pixels * 2.5 and 2 * half_y >= node_h * 2
            ) or pixels <= floor:
                break
            pixels -= 1
        tag_font = pt.px_font(max(floor, pixels * 0.75))
        self.painted_pixels = [name_font.pixelSize(), tag_font.pixelSize()]
        centre = QPointF(w / 2, h / 2 - pixels * 0.6)
        left, right = centre.x() - half_x, centre.x() + half_x
        top, bottom = centre.y() - half_y, centre.y() + half_y
        # Forming top left, then clockwise, as the cycle is read.
        centres = [
            QPointF(left, top),
            QPointF(right, top),
            QPointF(right, bottom),
            QPointF(left, bottom),
        ]
        pen = QPen(QColor(pt.RULE), max(1.5, size / 110))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        bend = min(half_x, half_y) * 0.8
        painter.drawRoundedRect(QRectF(left, top, 2 * half_x, 2 * half_y), bend, bend)
        head = max(6.0, pixels * 0.6)
        # An arrow head halfway along each side, pointing the way the cycle turns.
        sides = (
            (QPointF(centre.x(), top), (1.0, 0.0)),
            (QPointF(right, centre.y()), (0.0, 1.0)),
            (QPointF(centre.x(), bottom), (-1.0, 0.0)),
            (QPointF(left, centre.y()), (0.0, -1.0)),
        )
        painter.setBrush(QColor(pt.RULE))
        for tip, (dx, dy) in sides:
            painter.drawPolygon(
                QPolygonF(
                    [
                        tip + QPointF(dx * head, dy * head),
                        tip + QPointF(-dx * head - dy * head * 0.8, -dy * head + dx * head * 0.8),
                        tip + QPointF(-dx * head + dy * head * 0.8, -dy * head - dx * head * 0.8),
                    ]
                )
            )
        for stage, middle in zip(TRUST_STAGES, centres, strict=True):
            box = QRectF(middle.x() - node_w / 2, middle.y() - node_h / 2, node_w, node_h)
            chosen = stage == self.chosen
            suggested = stage == self.suggested
            path = QPainterPath()
            path.addRoundedRect(box, node_h / 2, node_h / 2)
            painter.setBrush(QColor(pt.ACCENT if chosen else pt.PAPER))
            painter.setPen(QPen(QColor(pt.INK), max(1.5, size / 140)))
            painter.drawPath(path)
            if suggested:
                grow = max(3.0, pixels * 0.3)
                painter.setPen(QPen(QColor(pt.INK), max(2.0, pixels / 7), Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(
                    box.adjusted(-grow, -grow, grow, grow), node_h / 2 + grow, node_h / 2 + grow
                )
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
                below = QRectF(
                    box.left() - node_w * 0.3,
                    box.bottom() + pixels * 0.35,
                    node_w * 1.6,
                    pixels * 1.4,
                )
                painter.drawText(
                    below,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    " · ".join(tags),
                )
        painter.end()
