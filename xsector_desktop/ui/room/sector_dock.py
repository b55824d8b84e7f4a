"""The console's copy of the sector view (S), docked under the walk-through.

It shows exactly what the room sees, small-group rule included, so the facilitator talks about
the same bars the room is looking at.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea

from xsector_desktop.core.scales import Scale

from ..controllers.profile import SectorView
from ..views.sector_view import SectorViewWidget

CONSOLE_UNIT = 0.6  # the projector's design sizes, scaled down for a laptop panel
# At most this share of the window's height: the walk-through keeps the rest, and the dock
# scrolls rather than growing the window past the screen (a 720-pixel laptop panel).
MOST_HEIGHT = 0.3


class SectorDock(QDockWidget):
    def __init__(self, window: QMainWindow, scale: Scale) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("By sector and role (S)"))
        self.setObjectName("sector-dock")
        self.setAccessibleName(self.tr("Votes by sector and role"))
        self.view = SectorViewWidget(scale)
        self.view.rescale(CONSOLE_UNIT)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.view)
        self.scroll.setMaximumHeight(max(120, round(window.height() * MOST_HEIGHT)))
        self.setWidget(self.scroll)
        self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self._window = window
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)

    def show_view(self, view: SectorView | None) -> None:
        self.view.show_view(view)
        self.show()

    def remove(self) -> None:
        self._window.removeDockWidget(self)
        self.deleteLater()
