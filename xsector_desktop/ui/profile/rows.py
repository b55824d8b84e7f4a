"""The profile's card rows as a grid of labels, shared by the console and the audience screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from xsector_desktop.ui.plain_text import PlainLabel

from .. import words
from ..controllers.profile import ProfileRow
from ..room import projector_theme as pt


def position_text(row: ProfileRow, context: QObject, with_share: bool) -> str:
    if row.position_value is None:
        return QCoreApplication.translate("profile", "not voted")
    text = f"{row.position_value} {row.position_label}"
    if with_share and row.support_share is not None:
        text += QCoreApplication.translate("profile", " · {share:.0%} support").format(
            share=row.support_share
        )
    return text


class ProfileGrid(QWidget):
    """Level (shape and word) | card | framework type | position | consensus, one row a card."""

    COLUMNS = 5

    def __init__(
        self, size: float, *, with_share: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._size = size
        self._with_share = with_share
        self.unit = 1.0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._labels: list[tuple[QLabel, float, bool]] = []
        self._shapes: list[pt.LevelShape] = []
        self.setAccessibleName(self.tr("Every card at a glance"))

    def _label(
        self, text: str, factor: float = 1.0, bold: bool = False, muted: bool = False
    ) -> QLabel:
        label = PlainLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if muted:
            label.setObjectName("muted")
        self._labels.append((label, self._size * factor, bold))
        return label

    def show_rows(self, rows: list[ProfileRow]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._labels, self._shapes = [], []
        heads = (
            self.tr("Signal"),
            self.tr("Card"),
            self.tr("Framework's type"),
            self.tr("Group's position"),
            self.tr("Consensus"),
        )
        for column, text in enumerate(heads):
            self._grid.addWidget(self._label(text.upper(), 0.75, bold=True, muted=True), 0, column)
        for r, row in enumerate(rows, start=1):
            level = QWidget()
            level_row = QHBoxLayout(level)
            level_row.setContentsMargins(0, 0, 0, 0)
            shape = pt.LevelShape(self._size * 1.1)
            shape.set_level(row.level)
            self._shapes.append(shape)
            level_row.addWidget(shape)
            level_row.addWidget(
                self._label(words.level(row.level) if row.level else "—", 0.9, bold=True), 1
            )
            self._grid.addWidget(level, r, 0)
            self._grid.addWidget(self._label(row.title, bold=True), r, 1)
            self._grid.addWidget(self._label(" / ".join(row.framework_types), 0.9), r, 2)
            self._grid.addWidget(self._label(position_text(row, self, self._with_share), 0.9), r, 3)
            consensus = f"{row.consensus:.2f}" if row.consensus is not None else "—"
            self._grid.addWidget(self._label(consensus, 0.9), r, 4)
        self._grid.setColumnStretch(1, 3)
        self._grid.setColumnStretch(2, 3)
        self._grid.setColumnStretch(3, 3)
        self.rescale(self.unit)

    def rescale(self, unit: float) -> None:
        self.unit = unit
        for label, size, bold in self._labels:
            label.setFont(pt.px_font(size * unit, bold))
        for shape in self._shapes:
            shape.rescale(unit)
        self._grid.setHorizontalSpacing(round(14 * unit))
        self._grid.setVerticalSpacing(round(6 * unit))
