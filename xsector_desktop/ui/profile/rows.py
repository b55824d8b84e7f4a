"""The profile's card rows as a grid of labels, shared by the console and the audience screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from xsector_desktop.ui.plain_text import PlainLabel

from .. import numbers, words
from ..controllers.profile import ProfileRow
from ..room import projector_theme as pt


def position_text(row: ProfileRow, context: QObject, with_share: bool) -> str:
    """Where the group stands in words first ("United · does not fit"), then the middle vote."""
    if row.position_value is None:
        return QCoreApplication.translate("profile", "not voted")
    # The point stays on one line ("(4 De acuerdo)", never "(4 De" / "acuerdo)") when the
    # narrow column wraps.
    text = f"{row.position_value} {row.position_label}".replace(" ", "\u00a0")
    if row.stance is not None:
        text = QCoreApplication.translate("profile", "{unity} · {direction} ({point})").format(
            unity=words.unity(row.stance.unity),
            direction=words.direction(row.stance.direction),
            point=text,
        )
    if with_share and row.support_share is not None:
        text += QCoreApplication.translate("profile", " · {share} support").format(
            share=numbers.percent(row.support_share)
        )
    return text


class ProfileGrid(QWidget):
    """Level (shape and word) | card | framework type | position | consensus, one row a card."""

    COLUMNS = 5

    def __init__(
        self,
        size: float,
        *,
        with_share: bool = True,
        minimum: float = 0.0,
        with_types: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._size = size
        self._with_types = with_types  # the room's screen leaves them out: no room at its size
        self._minimum = minimum  # no text below this design size (the room's screen has one)
        self._with_share = with_share
        self.unit = 1.0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._labels: list[tuple[QLabel, float, bool]] = []
        self._shapes: list[pt.LevelShape] = []
        self.rows: list[ProfileRow] = []
        self.setAccessibleName(self.tr("Every card at a glance"))

    def _label(
        self, text: str, factor: float = 1.0, bold: bool = False, muted: bool = False
    ) -> QLabel:
        label = PlainLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if muted:
            label.setObjectName("muted")
        self._labels.append((label, max(self._minimum, self._size * factor), bold))
        return label

    def show_rows(self, rows: list[ProfileRow]) -> None:
        self.rows = list(rows)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._labels, self._shapes = [], []
        heads = [self.tr("Signal"), self.tr("Card")]
        if self._with_types:
            heads.append(self.tr("Framework's type"))
        heads += [self.tr("Where the group stands"), self.tr("Consensus")]
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
            cells = [level, self._label(row.title, bold=True)]
            if self._with_types:
                cells.append(self._label(" / ".join(row.framework_types), 0.9))
            consensus = numbers.decimal(row.consensus) if row.consensus is not None else "—"
            cells += [
                self._label(position_text(row, self, self._with_share), 0.9),
                self._label(consensus, 0.9),
            ]
            for column, cell in enumerate(cells):
                self._grid.addWidget(cell, r, column)
        for column in range(1, len(heads) - 1):
            self._grid.setColumnStretch(column, 3)
        self.rescale(self.unit)

    def rescale(self, unit: float) -> None:
        self.unit = unit
        for label, size, bold in self._labels:
            label.setFont(pt.px_font(size * unit, bold))
        for shape in self._shapes:
            shape.rescale(unit)
        self._grid.setHorizontalSpacing(round(14 * unit))
        self._grid.setVerticalSpacing(round(6 * unit))
