"""The banner above the page while changes are not being saved: one line of text, and the
buttons of what can be done about it (Reconnect when a pulled drive is back; Open it / Leave it
when another workshop is at the path). See docs/reliability.md, "Faults"."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from xsector_desktop.ui.plain_text import PlainLabel

from . import shortcuts

BANNER_STYLE = (
    "QFrame#fault_banner { background: #fff3cd; border-bottom: 2px solid #e69f00; }"
    " QFrame#fault_banner QLabel { color: #3d2e00; font-weight: bold; }"
    " QFrame#fault_banner QPushButton { padding: 4px 14px; font-weight: bold; }"
)


class FaultBanner(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fault_banner")
        self.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        self.label = PlainLabel()  # the message may quote a file or workshop name: plain text
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.reconnect = QPushButton()  # its key is the window's Reconnect action (reconnect.py)
        self.open_other = QPushButton()
        self.leave = QPushButton()
        for button in (self.reconnect, self.open_other, self.leave):
            row.addWidget(button)
            button.hide()
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Saving problem"))
        keys = shortcuts.shown_keys(shortcuts.SHORTCUTS["reconnect"])
        self.reconnect.setText(self.tr("Reconnect  {keys}").format(keys=keys))
        self.reconnect.setAccessibleName(self.tr("Reconnect the workshop"))
        self.open_other.setText(self.tr("Open it"))
        self.open_other.setAccessibleName(self.tr("Open the other workshop"))
        self.leave.setText(self.tr("Leave it"))
        self.leave.setAccessibleName(self.tr("Leave the other workshop closed"))

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # as a QLabel, which callers and tests use
        self.label.setText(text)

    def offer(self, *, reconnect: bool = False, other: bool = False) -> None:
        """Which buttons show: Reconnect, or Open it and Leave it, or none."""
        self.reconnect.setVisible(reconnect)
        self.open_other.setVisible(other)
        self.leave.setVisible(other)
