"""Every look of every xsector PDF, in one place: palette, type, tables, page templates.

The builders (summary, handouts, ballots) only assemble flowables; how a page is framed, which
running head and footer it carries, and which colour means what are decided here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import BinaryIO, NamedTuple

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from ..core.model import LEVELS, Level
from ..core.palette import LEVEL_COLOURS, LEVEL_SHAPES, LEVEL_SYMBOLS, OKABE_ITO
from ..core.text import without_bidi_controls
from .fonts import FONTS, register_fonts
from .language import N_, tr
from .textruns import (
    draw_text,
    is_plain,
    markup,
    reads_right_to_left,
    right_to_left_lines,
    text_width,
)

# Same input, same bytes: no creation date, no random document id, stable font subset names.
rl_config.invariant = 1
# Streams stay binary (Flate only): ASCII85 text encoding makes files a quarter larger and, in
# pure Python, costs a sixth of the build time of a summary.
rl_config.useA85 = 0

Progress = Callable[[int, int], None]

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": letter}


def page_size_of(name: str) -> tuple[float, float]:
    if name not in PAGE_SIZES:
        raise ValueError(f"page size '{name}' is not known (use {' or '.join(PAGE_SIZES)})")
    return PAGE_SIZES[name]


INK = colors.HexColor("#1B1B1B")
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#BDBDBD")
SHADE = colors.HexColor("#F1F1EE")
ACCENT = colors.HexColor(OKABE_ITO["blue"])
ACCENT_LIGHT = colors.HexColor("#E3EEF6")

# Rounds are told apart by hue and by lightness, so a grey photocopy still separates them.
ROUND_COLOURS = (
    colors.HexColor(OKABE_ITO["sky_blue"]),
    colors.HexColor(OKABE_ITO["blue"]),
    colors.HexColor("#003A5C"),
    colors.HexColor(OKABE_ITO["reddish_purple"]),
)


class LevelLook(NamedTuple):
    """How print marks a signal level: its word, its shape, that shape as a glyph, its colour."""

    word: str
    shape: str  # "circle", "triangle" or "diamond"
    glyph: str  # the same shape as a character of the embedded font, for running text
    colour: str


# The level words as printed in running text, for the catalogue.
LEVEL_WORDS = (N_("calm"), N_("watch"), N_("storming"))

# Never colour alone: each level also has its own word and its own shape.
LEVEL_LOOKS: dict[Level, LevelLook] = {
    level: LevelLook(level, LEVEL_SHAPES[level], LEVEL_SYMBOLS[level], LEVEL_COLOURS[level])
    for level in LEVELS
}


def level_markup(level: Level, word: str | None = None) -> str:
    """Paragraph markup for a level: its coloured shape followed by its word in bold."""
    look = LEVEL_LOOKS[level]
    shape = f'<font color="{look.colour}">{look.glyph}</font>'
    return f"{shape}\u00a0<b>{escape(word or tr(look.word), bold=True)}</b>"


def escape(text: str, bold: bool = False) -> str:
    """User text as Paragraph markup: shown as typed, never as markup, in any script.

    bold: the text is set in bold (inside `<b>`, or in a bold style such as the headings).
    """
    return markup(text, bold)


class Styles(NamedTuple):
    """The paragraph styles the report is set in, one per kind of text."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    label: ParagraphStyle
    body: ParagraphStyle
    body_muted: ParagraphStyle
    statement: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_centre: ParagraphStyle
    big_number: ParagraphStyle


@cache
def styles() -> Styles:
    fonts = register_fonts()
    base = ParagraphStyle(
        "xs-body", fontName=fonts.regular, fontSize=10, leading=14, textColor=INK, spaceAfter=5
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(f"xs-{name}", parent=base, **kw)

    cell = derive("cell", fontSize=8.8, leading=11.2, spaceAfter=0)
    return Styles(
        title=derive("title", fontName=fonts.bold, fontSize=27, leading=32, spaceAfter=8),
        subtitle=derive("subtitle", fontSize=13, leading=17, textColor=MUTED, spaceAfter=16),
        h1=derive("h1", fontName=fonts.bold, fontSize=19, leading=23, spaceAfter=4, textColor=INK),
        h2=derive(
            "h2",
            fontName=fonts.bold,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
            textColor=ACCENT,
        ),
        h3=derive(
            "h3", fontName=fonts.bold, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3
        ),
        label=derive(
            "label",
            fontName=fonts.bold,
            fontSize=7.5,
            leading=10,
            textColor=MUTED,
            spaceBefore=6,
            spaceAfter=1,
        ),
        body=base,
        body_muted=derive("body-muted", textColor=MUTED),
        statement=derive("statement", fontSize=11.5, leading=16, spaceAfter=6),
        small=derive(
            "small", fontSize=8, leading=10.5, textColor=MUTED, spaceBefore=3, spaceAfter=3
        ),
        cell=cell,
        cell_bold=ParagraphStyle("xs-cell-bold", parent=cell, fontName=fonts.bold),
        cell_right=ParagraphStyle("xs-cell-right", parent=cell, alignment=TA_RIGHT),
        cell_centre=ParagraphStyle("xs-cell-centre", parent=cell, alignment=TA_CENTER),
        big_number=derive(
            "big",
            fontName=fonts.bold,
            fontSize=22,
            leading=25,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceAfter=0,
        ),
    )


def table_style(
    header_rows: int = 1, zebra: bool = True, extra: Sequence[tuple[object, ...]] = ()
) -> TableStyle:
    """The house table: a shaded header, hairline rows, no vertical rules."""
    fonts = register_fonts()
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("FONTSIZE", (0, 0), (-1, -1), 8.8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT_LIGHT),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, ACCENT),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), fonts.bold),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, SHADE]))
    commands.extend(extra)
    return TableStyle(commands)


CELL_PADDING = 5  # left and right, as table_style sets them


def cell_text(text: str, column_width: float) -> str | Paragraph:
    """Plain text for a table cell: a bare string when it fits on one line, else a Paragraph.

    A bare string costs a tenth of a Paragraph to lay out and draw, and most cells are short;
    only text that needs wrapping pays for it.
    """
    if not text.isascii():
        text = without_bidi_controls(text)  # they would reorder what is printed (core/text.py)
    cell = styles().cell
    room = column_width - 2 * CELL_PADDING
    # Text in another script, or right to left, needs the runs only a Paragraph can carry.
    if is_plain(text) and stringWidth(text, cell.fontName, cell.fontSize) <= room:
        return text
    if reads_right_to_left(text):
        lines = right_to_left_lines(text, room, cell.fontName, cell.fontSize)
        return Paragraph(lines, _right_aligned(cell))
    return Paragraph(escape(text), cell)


@cache
def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)


def plain_table_style(commands: Sequence[tuple[object, ...]]) -> TableStyle:
    """A table style that names the embedded font, so no cell falls back to Helvetica."""
    fonts = register_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular), *commands])


class RunningHead(NamedTuple):
    """What the header and footer of every body page say."""

    partnership: str
    document: str  # e.g. "Partnership profile summary"
    source: str  # the deck's source line, e.g. "Living Cities, ... v1.0, Nov 2013"


MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 19 * mm
_TOTAL_FORM = "xs-page-total"


class _PageTotalCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
    """Draws "of N" once the last page is known, as a form every footer already refers to."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        # Without this every page names Helvetica, a font that is not embedded.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONTS.regular
        super().__init__(*args, **kwargs)

    def save(self) -> None:
        # After the final showPage the counter already points at a page that will never exist.
        total = self._pageNumber - 1 if not self._code else self._pageNumber
        self.beginForm(_TOTAL_FORM)
        self.setFont(FONTS.regular, 7.5)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


def _draw_footer(canvas: Canvas, doc: BaseDocTemplate, head: RunningHead) -> None:
    width, _ = doc.pagesize
    y = MARGIN_BOTTOM - 9 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 10, width - MARGIN_X, y + 10)
    canvas.setFont(FONTS.regular, 7.5)
    canvas.setFillColor(MUTED)
    footer = _fit(f"xsector \u00b7 {head.source}", width * 0.62)
    draw_text(canvas, MARGIN_X, y, footer, FONTS.regular, 7.5)
    # "Page 3 of" sits to the left of a fixed slot where the total form is stamped at save.
    slot_x = width - MARGIN_X - 12
    page = tr("Page {number} of").format(number=canvas.getPageNumber())
    draw_text(canvas, slot_x - 3, y, page, FONTS.regular, 7.5, "end")
    canvas.saveState()
    canvas.translate(slot_x, y)
    canvas.doForm(_TOTAL_FORM)
    canvas.restoreState()


def _draw_header(canvas: Canvas, doc: BaseDocTemplate, head: RunningHead) -> None:
    width, height = doc.pagesize
    y = height - MARGIN_TOP + 8 * mm
    canvas.setFont(FONTS.bold, 8)
    canvas.setFillColor(INK)
    draw_text(
        canvas, MARGIN_X, y, _fit(head.partnership, width * 0.5, FONTS.bold, 8), FONTS.bold, 8
    )
    canvas.setFont(FONTS.regular, 8)
    canvas.setFillColor(MUTED)
    draw_text(canvas, width - MARGIN_X, y, head.document, FONTS.regular, 8, "end")
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_X, y - 4, width - MARGIN_X, y - 4)


def _fit(text: str, max_width: float, font: str = FONTS.regular, size: float = 7.5) -> str:
    """Shorten text with an ellipsis so a long partnership name cannot run into the page number."""
    if text_width(text, font, size) <= max_width:
        return text
    while text and text_width(text + "\u2026", font, size) > max_width:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def make_document(
    out: Path | str | BinaryIO, page_size: str, head: RunningHead, with_cover: bool = False
) -> BaseDocTemplate:
    """A document with a "body" template (header + footer) and, if asked, a "cover" one (footer)."""
    register_fonts()
    size = page_size_of(page_size)
    width, height = size
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width - 2 * MARGIN_X,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    cover_frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width - 2 * MARGIN_X,
        height - MARGIN_BOTTOM - 16 * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="cover",
    )

    def on_body(canvas: Canvas, doc: BaseDocTemplate) -> None:
        _draw_header(canvas, doc, head)
        _draw_footer(canvas, doc, head)

    def on_cover(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
        _draw_footer(canvas, doc, head)

    templates = [PageTemplate(id="body", frames=[frame], onPage=on_body, pagesize=size)]
    if with_cover:
        templates.insert(
            0, PageTemplate(id="cover", frames=[cover_frame], onPage=on_cover, pagesize=size)
        )
    target = str(out) if isinstance(out, (str, Path)) else out
    doc = BaseDocTemplate(
        target,
        pagesize=size,
        pageTemplates=templates,
        title=f"{head.document}: {without_bidi_controls(head.partnership)}",
        author="xsector",
        creator="xsector",
        subject=head.source,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    return doc


# ReportLab keeps per-process state (font subsets, the graphics defaults) and does not promise
# thread safety, so two exports started from two worker threads take turns at the layout step.
_build_lock = threading.Lock()


def build(doc: BaseDocTemplate, story: list[Flowable], progress: Progress | None = None) -> None:
    """Lay the story out and write the file; progress(done, total) counts flowables placed."""
    if progress is not None:
        report = progress
        state = {"total": max(len(story), 1), "done": 0}

        def on_progress(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                state["total"] = max(int(value), 1)
                report(0, state["total"])
            elif kind == "PROGRESS":
                # A flowable split across pages puts its remainder back in the queue, so the
                # raw count can step back; a progress bar must not.
                done = min(max(int(value), state["done"]), state["total"])
                if done != state["done"]:
                    state["done"] = done
                    report(done, state["total"])
            elif kind == "FINISHED":
                report(state["total"], state["total"])

        doc.setProgressCallBack(on_progress)
    with _build_lock:
        doc.build(story, canvasmaker=_PageTotalCanvas)
