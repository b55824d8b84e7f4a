"""The console's small live view of what the room sees, while presenting.

A scaled render of the audience window, redrawn when the audience window is (the presenter's
`shown`), so the facilitator sees the projector without turning round; when the room is blanked
it shows the blank colour and the word BLANKED. Under it, the keys that leave a view or the
presentation, since with one screen the console is hidden behind the room's screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from .. import theme
from ..plain_text import PlainLabel

WIDTH = 195  # the console's left column, inside its margins


class RoomPicture(QWidget):
    """The picture itself: the audience window scaled to fit, or the blank colour and BLANKED."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmap: QPixmap | None = None
        self.blanked = False
        self.blank_colour = "black"
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_aspect(1024, 768)

    def set_aspect(self, width: int, height: int) -> None:
        self.setFixedSize(QSize(WIDTH, max(40, round(WIDTH * height / max(1, width)))))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if self.blanked:
            white = self.blank_colour == "white"
            painter.fillRect(self.rect(), QColor("#ffffff" if white else "#000000"))
            font = QFont(self.font())
            font.setPixelSize(18)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(theme.INK if white else "#ffffff"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("BLANKED"))
        elif self.pixmap is not None:
            painter.drawPixmap(self.rect(), self.pixmap)
        painter.setPen(QColor(theme.MUTED))
        painter.drawRect(area)
        painter.end()


class RoomMonitor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room-monitor")
        caption = PlainLabel(self.tr("THE ROOM SEES"))
        caption.setObjectName("muted")
        caption.setFont(theme.font(9.5, bold=True))
        self.picture = RoomPicture()
        self.keys = PlainLabel(
            self.tr("Esc: back to the card, then stop\nB: black · W: white · any key: back")
        )
        self.keys.setObjectName("muted")
        self.keys.setFont(theme.font(9))
        self.keys.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(caption)
        layout.addWidget(self.picture)
        layout.addWidget(self.keys)
        self.setAccessibleName(self.tr("What the room sees"))
        self._source: QWidget | None = None
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)  # several changes in one go are drawn once
        self._pending.timeout.connect(self._grab)

    def watch(self, audience: QWidget | None) -> None:
        """Follow this audience window (None: not presenting, the monitor hides)."""
        self._source = audience
        self.setVisible(audience is not None)
        if audience is not None:
            self.update_soon()

    def update_soon(self) -> None:
        if self._source is not None:
            self._pending.start()

    def _grab(self) -> None:
        source = self._source
        if source is None:
            return
        blanked = bool(getattr(source, "blanked", False))
        self.picture.blanked = blanked
        self.picture.blank_colour = str(getattr(source, "blank_colour", "black"))
        self.picture.set_aspect(source.width(), source.height())
        if not blanked:
            # Blanked, the picture waits: what is behind the blank is not the room's to see.
            self.picture.pixmap = source.grab().scaled(
                self.picture.size() * self.devicePixelRatioF(),
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.setAccessibleDescription(self.tr("Blanked") if blanked else "")
        self.picture.update()

    @property
    def blanked(self) -> bool:
        return self.picture.blanked
