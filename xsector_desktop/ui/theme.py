"""The look: Okabe-Ito colours, the three level marks (word, shape, colour), and type sizes.

Levels never rely on colour alone: each has a word and a shape (calm a circle, watch a triangle,
storming a diamond). The colours come from the Okabe-Ito palette, which stays distinct for the
common kinds of colour blindness.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from xsector_desktop.core import palette
from xsector_desktop.core.palette import LEVEL_COLOURS, OKABE_ITO

# One palette for the console and the projector (core.palette, where their contrast is kept).
ACCENT = palette.ACCENT
INK = palette.INK
MUTED = palette.MUTED
PAPER = palette.PAPER
PANEL = palette.PANEL


def scale_colour(rank: int | None, k: int) -> QColor:
    """A scale point's colour, the same as on the projector."""
    return QColor(palette.scale_colour(rank, k))


def level_path(level: str, rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    c = rect.center()
    r = min(rect.width(), rect.height()) / 2
    if level == "calm":
        path.addEllipse(c, r, r)
    elif level == "watch":
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), c.y() - r),
                    QPointF(c.x() + r, c.y() + r * 0.8),
                    QPointF(c.x() - r, c.y() + r * 0.8),
                ]
            )
        )
        path.closeSubpath()
    else:
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), c.y() - r),
                    QPointF(c.x() + r, c.y()),
                    QPointF(c.x(), c.y() + r),
                    QPointF(c.x() - r, c.y()),
                ]
            )
        )
        path.closeSubpath()
    return path


def paint_level(painter: QPainter, level: str, rect: QRectF) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The fill alone can be pale (orange is 2.25:1 on white); the dark outline makes the shape.
    painter.setPen(QPen(QColor(palette.OUTLINE), max(1.0, rect.width() / 16)))
    painter.setBrush(QColor(LEVEL_COLOURS.get(level, MUTED)))
    painter.drawPath(level_path(level, rect))
    painter.restore()


_icons: dict[tuple[str, int], QIcon] = {}


def level_icon(level: str, size: int = 16) -> QIcon:
    key = (level, size)
    if key not in _icons:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_level(painter, level, QRectF(1, 1, size - 2, size - 2))
        painter.end()
        _icons[key] = QIcon(pixmap)
    return _icons[key]


def font(point_size: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(point_size)
    f.setBold(bold)
    return f


STYLESHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QWidget#console {{ background: {PAPER}; }}
QFrame#panel {{ background: {PANEL}; border: none; border-radius: 6px; }}
QFrame#types {{ background: {PANEL}; border-left: 4px solid {ACCENT}; border-radius: 4px; }}
QScrollArea#card, QScrollArea#card > QWidget > QWidget {{ background: {PAPER}; }}
QLabel#muted {{ color: {MUTED}; }}
QLineEdit, QTextEdit, QPlainTextEdit {{ placeholder-text-color: {MUTED}; }}
QPushButton {{ padding: 6px 12px; border: 1px solid {palette.BORDER}; border-radius: 5px;
  background: {PAPER}; }}
QPushButton:hover {{ background: {palette.HOVER}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:checked {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton:disabled {{ color: {palette.DISABLED_TEXT}; background: {palette.DISABLED_FILL};
  border-color: {palette.DISABLED_FILL}; }}
QPushButton#chip {{ border-radius: 14px; padding: 4px 10px; }}
QPushButton#point, QPushButton#round-action {{ padding: 6px 6px; }}
QPushButton#chip[voted="true"] {{ background: {palette.VOTED_FILL};
  border-color: {OKABE_ITO["bluish_green"]}; }}
QPushButton#chip[phone="true"] {{ border-style: dashed; }}
QPushButton#chip:checked {{ background: {ACCENT}; color: white; border: 2px solid {INK}; }}
QTreeView, QTableView, QListWidget {{ border: none; background: {PAPER}; }}
QTreeView::item {{ padding: 3px 0; }}
QTreeView::item:selected {{ background: {ACCENT}; color: white; }}
"""
