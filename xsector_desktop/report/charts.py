"""Vector graphics for the PDFs: vote distributions, level shapes, tick boxes, writing lines."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable

from ..core.model import Level
from ..core.scales import Scale
from .fonts import FONTS, register_fonts
from .styles import INK, LEVEL_LOOKS, MUTED, ROUND_COLOURS, RULE


def _two_lines(label: str) -> str:
    """Break a long axis label at its middle space so neighbouring labels do not collide."""
    if len(label) <= 9 or " " not in label:
        return label
    words = label.split(" ")
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(label) / 2))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


def distribution_chart(
    scale: Scale, rounds: Sequence[tuple[int, Mapping[int, int]]], width: float, height: float = 128
) -> Drawing:
    """Grouped bars: one group per scale point (in the scale's own order), one bar per round.

    ReportLab's bar chart lays out the axes and bars; the counts over the bars, the point labels
    and the legend are plain strings placed from its bar positions, because its label widgets
    cost more to render than the rest of a card page together.
    """
    fonts = register_fonts()
    drawing = Drawing(width, height)
    legend_height = 14 if len(rounds) > 1 else 0
    chart = VerticalBarChart()
    chart.x = 26
    chart.y = 30
    chart.width = width - chart.x - 4
    chart.height = height - chart.y - 12 - legend_height
    values = [p.value for p in scale.points]
    data = [[dist.get(v, 0) for v in values] for _, dist in rounds] or [[0] * len(values)]
    chart.data = data
    top = max((max(series) for series in data), default=0)
    value_axis = chart.valueAxis
    value_axis.valueMin = 0
    value_axis.valueMax = max(top + (1 if top < 5 else top // 5), 1)
    value_axis.valueStep = max(1, (value_axis.valueMax + 4) // 5)
    value_axis.labels.fontName = fonts.regular
    value_axis.labels.fontSize = 7
    value_axis.labels.fillColor = MUTED
    value_axis.strokeColor = RULE
    value_axis.visibleGrid = True
    value_axis.gridStrokeColor = colors.HexColor("#E4E4E4")
    value_axis.gridStrokeWidth = 0.4
    chart.categoryAxis.categoryNames = [str(v) for v in values]
    chart.categoryAxis.visibleLabels = False
    chart.categoryAxis.strokeColor = RULE
    chart.groupSpacing = 8
    chart.barSpacing = 1.5
    for i in range(len(data)):
        chart.bars[i].fillColor = ROUND_COLOURS[i % len(ROUND_COLOURS)]
        chart.bars[i].strokeColor = None
    drawing.add(chart.draw())
    # _barPositions: per series, per category, (x, y, width, height) of the bar just drawn.
    positions = chart._barPositions
    for series, counts in zip(positions, data, strict=True):
        for (x, y, bar_width, bar_height), count in zip(series, counts, strict=True):
            if count:
                drawing.add(_text(x + bar_width / 2, y + bar_height + 2, str(count), 6.5, INK))
    for index, point in enumerate(scale.points):
        bars = [series[index] for series in positions]
        centre = (bars[0][0] + bars[-1][0] + bars[-1][2]) / 2
        for line, text in enumerate(_two_lines(point.short).split("\n")):
            drawing.add(_text(centre, chart.y - 10 - 8.5 * line, text, 7, INK))
    if legend_height:
        x = chart.x
        for i, (number, _) in enumerate(rounds):
            drawing.add(Rect(x, height - 9, 7, 7, fillColor=ROUND_COLOURS[i % len(ROUND_COLOURS)],
                             strokeColor=None))  # fmt: skip
            drawing.add(_text(x + 10, height - 8.5, f"Round {number}", 7.5, INK, "start"))
            x += 62
    return drawing


def _text(x: float, y: float, text: str, size: float, colour: colors.Color,
          anchor: str = "middle") -> String:  # fmt: skip
    return String(x, y, text, fontName=FONTS.regular, fontSize=size, fillColor=colour,
                  textAnchor=anchor)  # fmt: skip


def level_shape(level: Level, size: float = 9) -> Drawing:
    """The level's own shape in its own colour: circle, triangle or diamond."""
    look = LEVEL_LOOKS[level]
    fill = colors.HexColor(look.colour)
    drawing = Drawing(size, size)
    half = size / 2
    if look.shape == "circle":
        drawing.add(Circle(half, half, half * 0.9, fillColor=fill, strokeColor=None))
    elif look.shape == "triangle":
        drawing.add(Polygon([0, 0.5, size, 0.5, half, size], fillColor=fill, strokeColor=None))
    else:
        drawing.add(
            Polygon([half, 0, size, half, half, size, 0, half], fillColor=fill, strokeColor=None)
        )
    return drawing


class TickBox(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """An empty square to tick by hand; drawn straight on the canvas, as ballots need hundreds."""

    def __init__(self, size: float = 10) -> None:
        super().__init__()
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0.4, 0.4, self.size - 0.8, self.size - 0.8, stroke=1, fill=0)


def tick_box(size: float = 10) -> TickBox:
    return TickBox(size)


class WritingLines(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Ruled lines to write on by hand; with fill, as many as the rest of the frame holds."""

    def __init__(self, count: int, spacing: float = 21, fill: bool = False, most: int = 16) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing
        self.fill = fill
        self.most = most

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        lines = self.count
        if self.fill:
            lines = max(self.count, min(self.most, int(available_height // self.spacing)))
        self.height = lines * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        for i in range(round(self.height / self.spacing)):
            y = self.height - (i + 1) * self.spacing + 2
            self.canv.line(0, y, self.width, y)
