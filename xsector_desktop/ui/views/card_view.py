"""The card itself: title, definition, the framework's type(s) with characteristics, the question.

Laid out to be read from the back of a room: the title is the largest text on the screen, and
everything else steps down from it in a few clear sizes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QEnterEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from xsector_desktop.core.deck import Card, Cycle
from xsector_desktop.ui.plain_text import PlainLabel

from .. import theme
from .discard import discard

TITLE_PT = 28.0
BODY_PT = 14.0
TYPE_PT = 16.0
DETAIL_PT = 12.5
COLUMN_GAP = 18
TYPES_PADDING = 28  # the types panel's margins and its accent border


def _make_label(
    text: str,
    point_size: float,
    bold: bool,
    name: str,
    accessible: str,
    column: str,
    selectable: bool,
) -> QLabel:
    label = PlainLabel(text)
    label.setWordWrap(True)
    label.setFont(theme.font(point_size, bold))
    if selectable:
        label.setTextInteractionFlags(SELECTABLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    # A label's accessible name is its text (what a screen reader reads); what the label is
    # goes in the description, so the text itself is never hidden behind a fixed name.
    if accessible:
        label.setAccessibleDescription(accessible)
    label.setProperty("base_pt", point_size)
    label.setProperty("column", column)
    return label


# A selectable label lays its text out through a text document of its own: for the first card
# that was 50 million instructions, 4% of start-up. Nothing can be selected before the pointer
# is over the card, so the card's text becomes selectable then (CardView.enterEvent); it looks
# the same either way.
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse


def _scale_steps(low: float, high: float) -> tuple[float, ...]:
    return tuple(round(low + 0.05 * i, 2) for i in range(round((high - low) / 0.05) + 1))


class CardView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Card"))
        self.setObjectName("card")
        # The card fits itself to its space (fit()); a scroll bar only when even the smallest
        # type size does not fit, so its coming and going cannot make the fit swing.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(4, 0, 4, 4)
        self._layout.setSpacing(8)
        self.setWidget(self._body)
        self.title_label: QLabel | None = None
        self.scale = 1.0
        self._content = 0  # bumped for each card shown, so fit() knows the text changed
        self._fitted: tuple[int, int, int] | None = None
        self._fit_pending = False
        self._columns: QWidget | None = None
        self._columns_height = 0
        self._card_labels: list[QLabel] = []
        self._selectable = False  # the text can be selected once the pointer has come over it

    # The card shrinks to this share of its type sizes before it scrolls instead, and grows up
    # to MAX_SCALE on a big screen, where more of the room can read it.
    MIN_SCALE = 0.7
    MAX_SCALE = 1.5
    _STEPS = _scale_steps(MIN_SCALE, MAX_SCALE)

    def _labels(self) -> list[QLabel]:
        # The current card's, as made: asking the body for its QLabel children would also meet
        # the previous card's (not deleted yet) and walk every label's inner text objects.
        return [w for w in self._card_labels if w.isVisibleTo(self._body)]

    def _label(
        self,
        text: str,
        point_size: float,
        *,
        bold: bool = False,
        name: str = "",
        accessible: str = "",
        column: str = "full",
    ) -> QLabel:
        label = _make_label(text, point_size, bold, name, accessible, column, self._selectable)
        self._card_labels.append(label)
        return label

    def _apply_scale(self, scale: float) -> None:
        self.scale = scale
        for label in self._labels():
            font = label.font()
            font.setPointSizeF(float(label.property("base_pt")) * scale)
            label.setFont(font)

    def fit(self) -> None:
        """The largest even scale (MIN_SCALE to MAX_SCALE) at which the card fits unscrolled.

        Sizes stay in proportion, so the title is still the largest text on the screen. Done
        again only when the card or the space changes. One measurement at the current scale
        predicts the answer, and the search steps from the predicted size, away from the
        current one: every size measured loads that size's fonts and lays the card out again,
        the dearest part of showing a card.
        """
        if not self.isVisible():
            return
        # The scroll area has no frame, so its own size is the viewport's; asking the viewport
        # itself costs PySide a slow wrapper lookup on first use, felt at start-up.
        area = self.contentsRect()
        bar = self.verticalScrollBar()
        width = area.width() - (bar.width() if bar.isVisible() else 0)
        height = area.height()
        if width <= 0 or height <= 0:
            return
        key = (self._content, width, height)
        if key == self._fitted:
            return
        self._fitted = key
        steps = self._STEPS
        needed: dict[int, tuple[int, int]] = {}  # step -> (card height, columns height)

        def fits_at(step: int) -> bool:
            if step not in needed:
                self._apply_scale(steps[step])
                needed[step] = (self._needed_height(width), self._columns_height)
            return needed[step][0] <= height

        now = self._needed_height(width)
        if self.scale in steps:
            needed[steps.index(self.scale)] = (now, self._columns_height)
        # Height taken in proportion to the scale: wrapped text needs more than that (about
        # scale²), the gaps between labels need none, and on the sample's cards the two about
        # cancel, the gaps a little ahead. So the first size measured is the predicted one
        # when shrinking (where the answer usually is, or just below), and the step above it
        # when growing; the search goes on from there until the best step is known either way.
        predicted = self.scale * height / max(now, 1)
        best = max((i for i, scale in enumerate(steps) if scale <= predicted), default=0)
        if predicted < self.scale and not fits_at(best):
            while best > 0 and not fits_at(best):
                best -= 1
        elif best + 1 < len(steps) and fits_at(best + 1):
            best += 1
            while best + 1 < len(steps) and fits_at(best + 1):
                best += 1
        else:
            while best > 0 and not fits_at(best):
                best -= 1
        if self.scale != steps[best]:
            self._apply_scale(steps[best])
        if best not in needed:
            needed[best] = (self._needed_height(width), self._columns_height)
        fits, self._columns_height = needed[best][0] <= height, needed[best][1]
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if self._columns is not None:
            # Box layouts share height out by size hints, which for wrapped text assume some
            # other width; the measured height keeps the types panel from being cut short.
            self._columns.setMinimumHeight(self._columns_height)

    def fit_new_content(self) -> None:
        """Fit a card just built. On a view already shown, Qt shows the new labels only on the
        loop's next turn (a queued call posted as each is added), and a label not yet shown
        measures as nothing: the fit is queued behind them rather than run now, which would
        record the empty card as fitted and leave its text at 1.0 whatever the space."""
        if self.isVisible():
            self.fit_soon()

    def fit_soon(self) -> None:
        """Fit once the layouts have settled: a window being shown resizes the card several
        times in a row, and only the last size matters."""
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_now)  # not run once the view is deleted

    def _fit_now(self) -> None:
        self._fit_pending = False
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_soon()

    def _needed_height(self, width: int) -> int:
        """The card's height at `width`: each label's height at the width the layout gives it.

        The layout is settled first so each label has its real column width; the sum is taken
        by hand because a nested layout's heightForWidth over-counts wrapped labels.
        """
        self._body.resize(width, self._body.height())
        self._layout.activate()
        inner = width - 8
        shares = {
            "full": inner,
            "left": (inner - COLUMN_GAP) * 5 / 9,
            "right": (inner - COLUMN_GAP) * 4 / 9 - TYPES_PADDING,
        }
        # The card's own rows are 8 apart; inside a column, the style's spacing (about 6).
        totals = {"full": 0, "left": 6, "right": TYPES_PADDING - 12}
        for label in self._labels():
            column = str(label.property("column") or "full")
            gap = 8 if column == "full" else 6
            laid_out = label.width() if label.width() > 40 else int(shares[column])
            totals[column] += label.heightForWidth(min(laid_out, int(shares[column]))) + gap
        self._columns_height = max(totals["left"], totals["right"])
        return totals["full"] + self._columns_height

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        if not self._selectable:
            self._selectable = True
            for label in self._card_labels:
                label.setTextInteractionFlags(SELECTABLE)
            self._fitted = None  # measured again with the labels as they are now
            self.fit_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_soon()

    def _clear(self) -> None:
        self._content += 1
        self._card_labels = []
        self._columns = None
        self.scale = 1.0
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                discard(widget)
            elif item is not None and item.layout() is not None:
                _drop_layout(item.layout())

    def _title(self, title: str, kicker: str) -> None:
        self._layout.addWidget(self._label(kicker.upper(), DETAIL_PT - 2, bold=True, name="muted"))
        self.title_label = self._label(title, TITLE_PT, bold=True, name="card-title")
        self._layout.addWidget(self.title_label)

    def show_card(self, card: Card, position: int, total: int) -> None:
        self._clear()
        group = self.tr("Foundational trait") if card.group == "trait" else self.tr("Factor")
        self._title(
            card.title,
            self.tr("{group} {number} · card {position} of {total}").format(
                group=group, number=card.number, position=position, total=total
            ),
        )
        # Two columns, so the whole card fits on a laptop screen without scrolling: what the
        # card means and asks on the left, the framework's proposed type(s) on the right.
        self._columns = QWidget()
        columns = QHBoxLayout(self._columns)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(COLUMN_GAP)
        left = QVBoxLayout()
        left.addWidget(self._label(card.definition, BODY_PT, column="left"))
        left.addSpacing(6)
        left.addWidget(
            self._label(card.question, BODY_PT, bold=True, name="question", column="left")
        )
        left.addStretch(1)
        right_frame = QFrame()
        right_frame.setObjectName("types")
        right = QVBoxLayout(right_frame)
        right.setContentsMargins(12, 8, 12, 8)
        heading = self.tr("Proposed types") if len(card.types) > 1 else self.tr("Proposed type")
        right.addWidget(
            self._label(heading.upper(), DETAIL_PT - 2, bold=True, name="muted", column="right")
        )
        for card_type in card.types:
            right.addWidget(self._label(card_type.name, TYPE_PT, bold=True, column="right"))
            for trait in card_type.characteristics:
                right.addWidget(
                    self._label("•  " + trait, DETAIL_PT, accessible=trait, column="right")
                )
        right.addStretch(1)
        columns.addLayout(left, 5)
        columns.addWidget(right_frame, 4)
        self._layout.addWidget(self._columns)
        self._layout.addStretch(1)
        self.fit_new_content()

    def show_cycle(self, cycle: Cycle) -> None:
        self._clear()
        self._title(cycle.title, self.tr("Behaviour cycle"))
        self._layout.addWidget(self._label(cycle.summary, BODY_PT))
        for number, stage in enumerate(cycle.stages, start=1):
            self._layout.addWidget(self._label(f"{number}. {stage.name}", TYPE_PT, bold=True))
            self._layout.addWidget(self._label(stage.summary, DETAIL_PT))
        self._layout.addStretch(1)
        self.fit_new_content()


def _drop_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        if item.widget() is not None:
            discard(item.widget())
        elif item.layout() is not None:
            _drop_layout(item.layout())
