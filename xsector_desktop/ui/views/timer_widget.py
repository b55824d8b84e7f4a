"""The card timer's face: "04:12" counting down, a tinted pill in the last minute and after.

The same pill is on the console and on the audience screen. The console adds a start/pause
button and the time box (T cycles it); neither ever opens a dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from xsector_desktop.ui.plain_text import PlainLabel

from ..controllers.timer import TimerState, clock_text
from ..room import projector_theme as pt


class TimerPill(PlainLabel):
    def __init__(self, size: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self.unit = 1.0
        self.phase = "plenty"
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleDescription(self.tr("Time left on this card"))
        self.rescale(1.0)

    def rescale(self, unit: float) -> None:
        self.unit = unit
        self.setFont(pt.px_font(self._size * unit, bold=True))
        self._style()

    def _style(self) -> None:
        ink, fill, edge = pt.TIMER_COLOURS[self.phase]
        pad_v, pad_h = round(self._size * self.unit * 0.12), round(self._size * self.unit * 0.4)
        self.setStyleSheet(
            f"QLabel {{ color: {ink}; background: {fill}; border: 2px solid {edge};"
            f" border-radius: {round(self._size * self.unit * 0.45)}px;"
            f" padding: {pad_v}px {pad_h}px; }}"
        )

    def set_state(self, state: TimerState) -> None:
        if state.card is None:
            self.hide()
            return
        phase = state.phase
        if phase != self.phase:
            self.phase = phase
            self._style()
        if phase == "over":
            text = self.tr("time's up {over}").format(over=clock_text(state.remaining))
        else:
            text = clock_text(state.remaining)
        if not state.running:
            text += " ❚❚"
        self.setText(text)
        self.show()


class ConsoleTimer(QWidget):
    """The console's timer: the pill, start/pause (Shift+T) and the time box (T)."""

    def __init__(
        self,
        toggle: Callable[[], None],
        cycle_box: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pill = TimerPill(15.0)
        self.run_button = QToolButton()
        self.run_button.setAccessibleName(self.tr("Start or pause the card timer"))
        self.run_button.setToolTip(self.tr("Start or pause the card timer (Shift+T)"))
        self.run_button.clicked.connect(toggle)
        self.box_button = QToolButton()
        self.box_button.setAccessibleName(self.tr("Time box for this card"))
        self.box_button.setToolTip(self.tr("Time box for this card: T cycles 3, 5, 10 minutes"))
        self.box_button.clicked.connect(cycle_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.pill)
        layout.addWidget(self.run_button)
        layout.addWidget(self.box_button)

    def set_state(self, state: TimerState) -> None:
        self.pill.set_state(state)
        timed = state.card is not None
        self.run_button.setVisible(timed)
        self.box_button.setVisible(timed)
        self.run_button.setText(self.tr("Pause") if state.running else self.tr("Start timer"))
        self.box_button.setText(self.tr("{m} min box").format(m=round(state.box / 60)))
