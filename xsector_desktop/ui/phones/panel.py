"""The console's phone-voting panel: the QR code and address, who has joined, freeing a name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .qr import qr_image

QR_SIDE = 168


class PhonePanel(QDockWidget):
    def __init__(self, free: Callable[[int | None, int], None], stop: Callable[[], None]) -> None:
        super().__init__()
        self._shown: tuple[list[tuple[int | None, int, str]], int | None] | None = None
        self.setObjectName("phone-panel")
        self.setWindowTitle(self.tr("Phone voting"))
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self._free = free
        body = QWidget()
        layout = QVBoxLayout(body)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.qr.setAccessibleName(self.tr("QR code of the join address"))
        self.address = QLabel()
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.joined = QListWidget()
        self.joined.setAccessibleName(self.tr("Phones that have joined"))
        self.free_button = QPushButton(self.tr("Free the name"))
        self.free_button.setToolTip(self.tr("Let another phone take the chosen name"))
        self.free_button.clicked.connect(self._free_chosen)
        self.stop_button = QPushButton(self.tr("Stop phone voting"))
        self.stop_button.clicked.connect(stop)
        for widget in (self.qr, self.address, self.count, self.joined):
            layout.addWidget(widget)
        layout.addWidget(self.free_button)
        layout.addWidget(self.stop_button)
        # A fixed width: with the wrapped address the dock's preferred width depended on its
        # current one, and every layout pass (a burst of phone votes makes many) narrowed it a
        # little, laying the console out again and refitting the card each time.
        self.count.setWordWrap(True)
        self.setWidget(body)
        self._fix_width()

    def _fix_width(self) -> None:
        body, margins = self.widget(), self.widget().layout().contentsMargins()
        widest = max(QR_SIDE, *(b.sizeHint().width() for b in (self.free_button, self.stop_button)))
        body.setFixedWidth(widest + margins.left() + margins.right())

    def showEvent(self, event: QShowEvent) -> None:
        # Once in the window the buttons take the window's style sheet, which pads them: the
        # width measured before that cut their words ("Detener la votación por móvi").
        self._fix_width()
        super().showEvent(event)

    def show_address(self, address: str) -> None:
        self.address.setText(address)
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(qr_image(address, round(QR_SIDE * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        self.qr.setPixmap(pixmap)

    def show_joined(self, rows: list[tuple[int | None, int, str]], expected: int | None) -> None:
        """rows: (participant id or None, voter number, what to show)."""
        # Told again after every change the phones see (a new round too): with hundreds of
        # phones, rebuilding the same list would cost the window a frame for nothing.
        shown = (rows, expected)
        if shown == self._shown:
            return
        self._shown = shown
        self.joined.clear()
        for participant_id, voter, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (participant_id, voter))
            self.joined.addItem(item)
        if expected is None:
            self.count.setText(
                self.tr("1 phone has joined")
                if len(rows) == 1
                else self.tr("{n} phones have joined").format(n=len(rows))
            )
        else:
            self.count.setText(
                self.tr("{n} of {expected} have joined by phone").format(
                    n=len(rows), expected=expected
                )
            )

    def _free_chosen(self) -> None:
        item = self.joined.currentItem()
        if item is not None:
            participant_id, voter = item.data(Qt.ItemDataRole.UserRole)
            self._free(participant_id, voter)
