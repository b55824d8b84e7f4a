"""The card itself: title, definition, the framework's type(s) with characteristics, the question.

Laid out to be read from the back of a room: the title is the largest text on the screen, and
everything else steps down from it in a few clear sizes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QScrollArea, QVBoxLayout, QWidget

from xsector_desktop.core.deck import Card, Cycle

from .. import theme

TITLE_PT = 28.0
BODY_PT = 14.0
TYPE_PT = 16.0
DETAIL_PT = 12.5


def _label(text: str, point_size: float, *, bold: bool = False, name: str = "",
           accessible: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFont(theme.font(point_size, bold))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    label.setAccessibleName(accessible or text)
    return label


class CardView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Card"))
        self.setObjectName("card")
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(4, 0, 4, 4)
        self._layout.setSpacing(8)
        self.setWidget(self._body)
        self.title_label: QLabel | None = None

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
            elif item is not None and item.layout() is not None:
                _drop_layout(item.layout())

    def _title(self, title: str, kicker: str) -> None:
        self._layout.addWidget(_label(kicker.upper(), DETAIL_PT - 2, bold=True, name="muted"))
        self.title_label = _label(title, TITLE_PT, bold=True, name="card-title")
        self._layout.addWidget(self.title_label)

    def show_card(self, card: Card, position: int, total: int) -> None:
        self._clear()
        group = self.tr("Foundational trait") if card.group == "trait" else self.tr("Factor")
        self._title(card.title, self.tr("{group} {number} · card {position} of {total}").format(
            group=group, number=card.number, position=position, total=total))
        # Two columns, so the whole card fits on a laptop screen without scrolling: what the
        # card means and asks on the left, the framework's proposed type(s) on the right.
        columns = QHBoxLayout()
        columns.setSpacing(18)
        left = QVBoxLayout()
        left.addWidget(_label(card.definition, BODY_PT))
        left.addSpacing(6)
        left.addWidget(_label(card.question, BODY_PT, bold=True, name="question"))
        left.addStretch(1)
        right_frame = QFrame()
        right_frame.setObjectName("types")
        right = QVBoxLayout(right_frame)
        right.setContentsMargins(12, 8, 12, 8)
        heading = self.tr("Proposed types") if len(card.types) > 1 else self.tr("Proposed type")
        right.addWidget(_label(heading.upper(), DETAIL_PT - 2, bold=True, name="muted"))
        for card_type in card.types:
            right.addWidget(_label(card_type.name, TYPE_PT, bold=True))
            for trait in card_type.characteristics:
                right.addWidget(_label("•  " + trait, DETAIL_PT, accessible=trait))
        right.addStretch(1)
        columns.addLayout(left, 5)
        columns.addWidget(right_frame, 4)
        self._layout.addLayout(columns)
        self._layout.addStretch(1)

    def show_cycle(self, cycle: Cycle) -> None:
        self._clear()
        self._title(cycle.title, self.tr("Behaviour cycle"))
        self._layout.addWidget(_label(cycle.summary, BODY_PT))
        for number, stage in enumerate(cycle.stages, start=1):
            self._layout.addWidget(_label(f"{number}. {stage.name}", TYPE_PT, bold=True))
            self._layout.addWidget(_label(stage.summary, DETAIL_PT))
        self._layout.addStretch(1)


def _drop_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _drop_layout(item.layout())
