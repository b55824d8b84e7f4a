"""Vector graphics for the PDFs: vote distributions, level shapes, tick boxes, writing lines."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ..core.model import Level
from ..core.scales import Scale
from .fonts import FONTS, register_fonts
from .language import tr
from .styles import INK, LEVEL_LOOKS, MUTED, ROUND_COLOURS, RULE
from .textruns import draw_text, text_width


def _two_lines(label: str) -> str:
    """Break a long axis label at its middle space so neighbouring labels do not collide."""
    if len(label) <= 9 or " " not in label:
        return label
    words = label.split(" ")
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(label) / 2))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


class ChartText(NamedTuple):
    """One string written on the canvas over a chart: where, what, how big and how aligned."""

    x: float
    y: float
    text: str
    size: float
    anchor: str = "middle"  # "middle" or "start"


class DistributionChart(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A ReportLab bar chart (bars, axes, grid) with its words written straight on the canvas.

    The counts over the bars, the point labels and the legend are plain canvas strings: as
    graphics nodes they cost more to render than the rest of a card page together.
    """

    def __init__(self, drawing: Drawing, texts: Sequence[ChartText]) -> None:
        super().__init__()
        self.drawing = drawing
        self.texts = tuple(texts)
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        renderPDF.draw(self.drawing, canvas, 0, 0)
        canvas.setFillColor(INK)
        for item in self.texts:
            draw_text(canvas, item.x, item.y, item.text, FONTS.regular, item.size, item.anchor)


def distribution_chart(
    scale: Scale, rounds: Sequence[tuple[int, Mapping[int, int]]], width: float, height: float = 128
) -> DistributionChart:
    """Grouped bars: one group per scale point (in the scale's own order), one bar per round."""
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
    texts: list[ChartText] = []
    # _barPositions: per series, per category, (x, y, width, height) of the bar just drawn.
    positions = chart._barPositions
    for series, counts in zip(positions, data, strict=True):
        for (x, y, bar_width, bar_height), count in zip(series, counts, strict=True):
            if count:
                texts.append(ChartText(x + bar_width / 2, y + bar_height + 2, str(count), 6.5))
    for index, point in enumerate(scale.points):
        bars = [series[index] for series in positions]
        centre = (bars[0][0] + bars[-1][0] + bars[-1][2]) / 2
        for line, text in enumerate(_two_lines(tr(point.short)).split("\n")):
            texts.append(ChartText(centre, chart.y - 10 - 8.5 * line, text, 7))
    if legend_height:
        x = chart.x
        for i, (number, _) in enumerate(rounds):
            drawing.add(Rect(x, height - 9, 7, 7, fillColor=ROUND_COLOURS[i % len(ROUND_COLOURS)],
                             strokeColor=None))  # fmt: skip
            texts.append(
                ChartText(
                    x + 10, height - 8.5, tr("Round {number}").format(number=number), 7.5, "start"
                )
            )
            x += 62
    return DistributionChart(drawing, texts)


class LevelTag(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A level's coloured shape and its word, for table cells: drawn as two strings, no markup."""

    def __init__(self, level: Level, word: str, size: float = 8.8) -> None:
        super().__init__()
        self.look = LEVEL_LOOKS[level]
        self.word = word
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        glyph = stringWidth(self.look.glyph + "\u00a0", FONTS.regular, self.size)
        self.width = glyph + text_width(self.word, FONTS.bold, self.size)
        self.height = self.size * 1.2
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        baseline = self.size * 0.25
        canvas.setFillColor(colors.HexColor(self.look.colour))
        canvas.setFont(FONTS.regular, self.size)
        canvas.drawString(0, baseline, self.look.glyph + "\u00a0")
        glyph = stringWidth(self.look.glyph + "\u00a0", FONTS.regular, self.size)
        canvas.setFillColor(INK)
        draw_text(canvas, glyph, baseline, self.word, FONTS.bold, self.size)


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
