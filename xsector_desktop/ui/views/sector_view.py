"""A revealed round broken out by sector and by role: one stacked bar per group.

Only the groups the controller hands over are drawn, and the controller hands over only groups
of at least the workshop's minimum size (3 with privacy protection on); the voters in smaller
groups are counted in one line, never named or placed.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from xsector_desktop.core import palette
from xsector_desktop.core.scales import Scale
from xsector_desktop.ui.plain_text import PlainLabel

from .. import words
from ..controllers.profile import GroupRow, SectorView
from ..room import projector_theme as pt

GROUP_TEXT = pt.MIN_TEXT
HEADING_TEXT = pt.TYPE
NOTE_TEXT = pt.MIN_TEXT


class StackedBar(QWidget):
    """One group's votes per scale point, as shares of a full-width bar, counts inside."""

    def __init__(self, scale: Scale, row: GroupRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self.row = row
        self.unit = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rescale(1.0)
        self.setAccessibleName(
            words.sector(row.key) if row.kind == "sector" else words.role(row.key)
        )
        self.setAccessibleDescription(
            "; ".join(f"{scale.point(v).label}: {n}" for v, n in row.counts.items())
        )

    def rescale(self, unit: float) -> None:
        self.unit = unit
        self.setFixedHeight(max(14, round(40 * unit)))
        self.update()

    def text_pixels(self) -> list[int]:
        """The pixel sizes of the text it paints (a test holds them to the room's minimum)."""
        return [pt.px_font(NOTE_TEXT * self.unit).pixelSize()]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        total = sum(self.row.counts.values()) or 1
        x = 0.0
        painter.setFont(pt.px_font(NOTE_TEXT * self.unit, bold=True))
        for point in self._scale.ranked:
            count = self.row.counts.get(point.value, 0)
            if not count:
                continue
            width = self.width() * count / total
            segment = QRectF(x, 0, width, self.height())
            colour = pt.scale_colour(point.rank, self._scale.k)
            painter.setPen(QPen(QColor(palette.OUTLINE), 1.5))  # pale fills need the edge
            painter.setBrush(colour)
            painter.drawRect(segment)
            painter.setPen(QColor(pt.text_on(colour)))
            # The point's name with its count where it fits, so colour is never all there is.
            text = f"{point.short} {count}"
            if QFontMetrics(painter.font()).horizontalAdvance(text) > width - 8:
                text = f"{point.value}: {count}"
            if QFontMetrics(painter.font()).horizontalAdvance(text) > width - 4:
                text = str(count)
            painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, text)
            x += width
        painter.end()


class ScaleLegend(QWidget):
    """A swatch, number and label per point of the continuum: the key to the bars' colours."""

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self.unit = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Key"))
        self.setAccessibleDescription("; ".join(f"{p.value} {p.label}" for p in scale.ranked))
        self.rescale(1.0)

    def rescale(self, unit: float) -> None:
        self.unit = unit
        self._fit()
        self.update()

    def text_pixels(self) -> list[int]:
        return [pt.px_font(NOTE_TEXT * self.unit).pixelSize()]

    def _line_height(self) -> float:
        return max(12.0, NOTE_TEXT * 1.6 * self.unit)

    def _places(self, width: float) -> list[tuple[float, int, str]]:
        """(x, line, text) of each point's swatch: on as many lines as the width needs, since
        the room's text size does not shrink to fit."""
        metrics = QFontMetrics(pt.px_font(NOTE_TEXT * self.unit))
        side = self._line_height() * 0.7
        places, x, line = [], 0.0, 0
        for point in self._scale.ranked:
            text = f"{point.value} {point.label}"
            if metrics.horizontalAdvance(text) > width / 2:
                text = f"{point.value} {point.short}"
            needed = side * 1.4 + metrics.horizontalAdvance(text)
            if x > 0 and x + needed > width:
                x, line = 0.0, line + 1
            places.append((x, line, text))
            x += needed + side * 1.6
        return places

    def _fit(self) -> None:
        lines = 1 + max((line for _x, line, _t in self._places(max(1, self.width()))), default=0)
        self.setFixedHeight(round(self._line_height() * lines))

    def resizeEvent(self, event: object) -> None:
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(pt.px_font(NOTE_TEXT * self.unit))
        line_h = self._line_height()
        side = line_h * 0.7
        for (x, line, text), point in zip(
            self._places(self.width()), self._scale.ranked, strict=True
        ):
            top = line * line_h
            painter.setPen(QPen(QColor(pt.INK), 1))
            painter.setBrush(pt.scale_colour(point.rank, self._scale.k))
            painter.drawRect(QRectF(x, top + (line_h - side) / 2, side, side))
            painter.setPen(QColor(pt.INK))
            painter.drawText(
                QRectF(x + side * 1.4, top, self.width() - x - side * 1.4, line_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        painter.end()


class SectorViewWidget(QWidget):
    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self.scaled = pt.ScaledLabels()
        self.unit = 1.0
        self.setAccessibleName(self.tr("Votes by sector and by role"))
        self.heading = self.scaled.label(HEADING_TEXT, bold=True)
        self.legend = ScaleLegend(scale)
        self.empty = self.scaled.label(HEADING_TEXT)
        self.note = self.scaled.label(NOTE_TEXT, muted=True)
        self._rows = QWidget()
        self._grid = QGridLayout(self._rows)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._bars: list[StackedBar] = []
        self._row_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.legend)
        layout.addWidget(self.empty)
        layout.addWidget(self._rows)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.view: SectorView | None = None

    def rescale(self, unit: float) -> None:
        self.unit = unit
        self.scaled.rescale(unit)
        self.legend.rescale(unit)
        for label in self._row_labels:
            label.setFont(pt.px_font(GROUP_TEXT * unit, bold=label.objectName() != "muted"))
        for bar in self._bars:
            bar.rescale(unit)
        self._grid.setHorizontalSpacing(round(16 * unit))
        self._grid.setVerticalSpacing(round(10 * unit))

    def needed_height(self, view: SectorView, width: int, kinds: tuple[str, ...]) -> float:
        """The height `view` takes at this width, worked out from the sizes it is drawn at
        (measuring the layout right after a rebuild reads stale sizes)."""
        u = self.unit
        line = GROUP_TEXT * u * 1.45
        row = max(40 * u, line) + 10 * u
        legend = self.legend._line_height() * (
            1 + max((ln for _x, ln, _t in self.legend._places(max(1, width))), default=0)
        )
        groups = [g for g in view.groups if g.kind in kinds]
        headers = len({g.kind for g in groups})
        notes = bool(view.held_back) + bool(view.unknown)
        spacing = 6 * 4
        return (
            HEADING_TEXT * u * 1.45
            + legend
            + headers * row
            + len(groups) * row
            + (notes * NOTE_TEXT * u * 1.45)
            + spacing
        )

    def show_view(
        self, view: SectorView | None, kinds: tuple[str, ...] = ("sector", "role")
    ) -> None:
        """Draw `view`; `kinds` limits it to the sectors or the roles (one page of several)."""
        self.view = view
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self._bars, self._row_labels = [], []
        if view is None:
            self.heading.setText(self.tr("By sector and role"))
            self.legend.hide()
            self.empty.setText(self.tr("Shown once this card's votes are revealed."))
            self.empty.show()
            self.note.setText("")
            return
        self.heading.setText(self.tr("Round {r} by sector and by role").format(r=view.round))
        self.legend.show()
        self.empty.setVisible(not view.groups)
        self.empty.setText(self.tr("No group is large enough to show on its own."))
        row = 0
        for kind, caption in (("sector", self.tr("Sector")), ("role", self.tr("Role"))):
            if kind not in kinds:
                continue
            groups = view.of(kind)  # type: ignore[arg-type]
            if not groups:
                continue
            header = PlainLabel(caption.upper())
            header.setObjectName("muted")
            self._grid.addWidget(header, row, 0, 1, 3)
            self._row_labels.append(header)
            row += 1
            for group in groups:
                name = PlainLabel(
                    words.sector(group.key) if kind == "sector" else words.role(group.key)
                )
                count = PlainLabel(self.tr("{n} voters").format(n=group.n))
                count.setObjectName("muted")
                bar = StackedBar(self._scale, group)
                self._grid.addWidget(name, row, 0)
                self._grid.addWidget(count, row, 1)
                self._grid.addWidget(bar, row, 2)
                self._row_labels += [name, count]
                self._bars.append(bar)
                row += 1
        self._grid.setColumnStretch(2, 1)
        for widget in (*self._row_labels, *self._bars):
            widget.show()  # now, not on the next turn of the event loop
        notes = []
        if view.held_back:
            held_back = (
                self.tr("1 voter in a sector of fewer than {m} people is not shown on their own.")
                if view.held_back == 1
                else self.tr(
                    "{n} voters in sectors of fewer than {m} people are not shown on their own."
                )
            )
            notes.append(held_back.format(n=view.held_back, m=view.min_group))
        if view.unknown:
            notes.append(
                self.tr("1 show-of-hands vote has no sector.")
                if view.unknown == 1
                else self.tr("{n} show-of-hands votes have no sector.").format(n=view.unknown)
            )
        self.note.setText("\n".join(notes))
        self.rescale(self.unit)
