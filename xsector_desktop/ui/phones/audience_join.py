"""The join address and its QR code in a corner of the audience screen, while phones may join."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from .qr import qr_image


class AudienceJoin(QFrame):
    """A white card over the audience screen's content (so blanking the screen hides it too)."""

    def __init__(self, host: QWidget, address: str, beside: QWidget | None = None) -> None:
        super().__init__(host)
        # The widget the card sits beside (the audience screen's views): it gives up a strip on
        # its right so the card covers none of its text (a scale legend's last points were
        # hidden under it). The header above keeps its full width.
        self._beside = beside
        self.setObjectName("phone-join")
        self.setStyleSheet(
            "#phone-join { background: #ffffff; border: 2px solid #444444; border-radius: 8px; }"
            " QLabel { color: #111111; background: transparent; }"
        )
        self._address = address
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.caption = QLabel(self.tr("Vote on your phone"))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.address = QLabel(address)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.address.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        for label in (self.caption, self.qr, self.address):
            layout.addWidget(label)
        host.installEventFilter(self)
        self._place()
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        # Big enough to scan from the middle of the room, small enough to leave the card's text.
        side = max(96, round(min(host.width(), host.height()) * 0.24))
        self.qr.setPixmap(QPixmap.fromImage(qr_image(self._address, side)))
        # Read from the back of the room: the caption as large as the card's other small text.
        font = self.font()
        font.setPixelSize(max(14, side // 8))
        font.setBold(True)
        self.caption.setFont(font)
        small = self.font()
        small.setPixelSize(max(12, side // 12))
        self.address.setFont(small)
        self.address.setFixedWidth(side + 40)
        self.adjustSize()
        margin = max(8, side // 12)
        self.move(host.width() - self.width() - margin, host.height() - self.height() - margin)
        if self._beside is not None:
            self._beside.setContentsMargins(0, 0, self.width() + margin, 0)

    def release(self) -> None:
        """Give the strip back before the card goes."""
        if self._beside is not None:
            self._beside.setContentsMargins(0, 0, 0, 0)
            self._beside = None
