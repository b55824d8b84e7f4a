"""The projector theme: near-black on white, Okabe-Ito colours, sizes that follow the screen.

A washed-out projector flattens light greys and pale colours to white, so nothing the room must
read is lighter than MUTED, and every coloured mark has a dark outline and a word beside it.
Sizes are design pixels for a 1024x768 screen, multiplied by a unit that follows the screen
(controllers.presenting.text_unit) and the facilitator's Ctrl+plus / Ctrl+minus.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QLabel, QWidget

from xsector_desktop.core import palette
from xsector_desktop.ui.plain_text import PlainLabel

from .. import theme

# The console's palette (core.palette), with the room's darker text.
INK = palette.INK_ROOM
MUTED = palette.MUTED_ROOM  # the lightest text the room is asked to read
RULE = palette.RULE
PAPER = palette.PAPER
TRACK = palette.TRACK
BLANK = palette.BLANK  # B: a dark hall stays dark
BLANK_WHITE = palette.PAPER  # W: for a whiteboard-style pause
ACCENT = palette.ACCENT
LEVEL_COLOURS = palette.LEVEL_COLOURS

# Design pixels at 1024x768. The title is the largest text on the screen, always, and nothing
# is smaller than MIN_TEXT: 1/30 of the screen's height, which a back row can still read
# (25.6 px at 768; text_unit keeps the proportion at every screen size).
MIN_TEXT = 26.0
TITLE = 60.0
TIMER = 40.0
COUNT = 40.0
TYPE = 30.0
STATUS = 30.0
BODY = MIN_TEXT
REASON = MIN_TEXT
LABEL = MIN_TEXT
KICKER = MIN_TEXT
MARGIN = 36.0

# Timer phases: plenty reads as plain text; the last minute and the time over the box are
# gentle cues (a tinted pill, never a flash and never a dialog).
TIMER_COLOURS = {
    "plenty": (INK, PAPER, RULE),
    "ending": (INK, palette.ENDING_FILL, theme.OKABE_ITO["orange"]),
    "over": (PAPER, palette.VERMILLION_DARK, "#7a2e00"),
}

# The blank screen's rule names its ancestor too: a bare `QWidget#blank` is less specific than
# `QWidget#audience QWidget` and lost to it, so B blanked the room to white.
STYLESHEET = f"""
QWidget#audience, QWidget#audience QWidget {{ background: {PAPER}; color: {INK}; }}
QWidget#audience QLabel#muted {{ color: {MUTED}; }}
QWidget#audience QWidget#blank {{ background: {BLANK}; }}
QWidget#audience QWidget#blank[colour="white"] {{ background: {BLANK_WHITE}; }}
"""


APART_COLOUR = palette.APART  # abstain, more discussion, veto


def scale_colour(rank: int | None, k: int) -> QColor:
    """The colour of a scale point for the room (its number and label are always beside it)."""
    return QColor(palette.scale_colour(rank, k))


def text_on(colour: QColor) -> str:
    """Ink or white, whichever has more contrast on `colour` (WCAG's ratio)."""
    return palette.text_on(colour.name())


def px_font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(6, round(pixels)))
    font.setBold(bold)
    return font


class ScaledLabels:
    """Labels whose size is a design size times the window's unit; rescaled all at once."""

    def __init__(self) -> None:
        self._sized: list[tuple[QLabel, float, bool]] = []
        self.unit = 1.0

    def label(
        self, size: float, *, bold: bool = False, muted: bool = False, wrap: bool = True
    ) -> QLabel:
        label = PlainLabel()
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if muted:
            label.setObjectName("muted")
        label.setFont(px_font(size * self.unit, bold))
        self._sized.append((label, size, bold))
        return label

    def rescale(self, unit: float) -> None:
        self.unit = unit
        for label, size, bold in self._sized:
            label.setFont(px_font(size * unit, bold))


def paint_level_mark(painter: QPainter, level: str, rect: QRectF) -> None:
    """The level's shape in its colour with a dark outline, so it survives a pale projector."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(INK), max(1.5, rect.width() / 22)))
    painter.setBrush(QColor(LEVEL_COLOURS.get(level, MUTED)))
    painter.drawPath(theme.level_path(level, rect))
    painter.restore()


class LevelShape(QWidget):
    """The level's shape, sized by the unit; always shown next to the level's word."""

    def __init__(self, size: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self.level: str | None = None
        self.rescale(1.0)

    def rescale(self, unit: float) -> None:
        side = max(12, round(self._size * unit))
        self.setFixedSize(side, side)

    def set_level(self, level: str | None) -> None:
        self.level = level
        self.update()

    def paintEvent(self, event: object) -> None:
        if self.level:
            painter = QPainter(self)
            inset = max(2.0, self.width() / 14)
            paint_level_mark(
                painter,
                self.level,
                QRectF(inset, inset, self.width() - 2 * inset, self.height() - 2 * inset),
            )
            painter.end()
