"""With one screen: a small always-on-top strip of the presenting controls, for a mouse.

The same keys drive everything (the strip says so); H hides the strip when the room should not
see it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from .. import theme


class ControlStrip(QWidget):
    def __init__(
        self, intents: dict[str, Callable[[], object]], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName("control-strip")
        self.setAccessibleName(self.tr("Presenting controls"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setStyleSheet(
            theme.STYLESHEET + "QWidget#control-strip { background: #f3f4f6;"
            " border: 1px solid #8a8f98; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        labels = {
            "previous": (self.tr("◀"), self.tr("Previous card (Page Up)")),
            "next": (self.tr("▶"), self.tr("Next card (Page Down)")),
            "reveal": (self.tr("Reveal"), self.tr("Reveal the votes (R)")),
            "new_round": (self.tr("New round"), self.tr("New round (N)")),
            "timer": (self.tr("Timer"), self.tr("Start or pause the timer (Shift+T)")),
            "sector": (self.tr("Sectors"), self.tr("Sector and role view (S)")),
            "profile": (self.tr("Profile"), self.tr("Partnership profile (P)")),
            "blank": (self.tr("Blank"), self.tr("Blank the screen black (B)")),
            "white": (self.tr("White"), self.tr("Blank the screen white (W)")),
            "stop": (self.tr("Stop"), self.tr("Stop presenting (Esc on the card)")),
        }
        for key, (text, tip) in labels.items():
            if key not in intents:
                continue
            button = QPushButton(text)
            button.setAccessibleName(tip)
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the audience window
            button.clicked.connect(intents[key])
            layout.addWidget(button)
            self.buttons[key] = button
