"""The look of every xsector PDF, in one place: palette, level marks, paragraph styles, tables.

The builders (summary, handouts, ballots) only assemble flowables; which colour means what, which
style a kind of text is set in and how a table is ruled are decided here. How pages are framed
(margins, running head and footer, templates) is pages.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, TableStyle

from ..core.model import LEVELS, Level
from ..core.palette import LEVEL_COLOURS, LEVEL_SHAPES, LEVEL_SYMBOLS, OKABE_ITO
from ..core.text import without_bidi_controls
from .fonts import register_fonts
from .language import N_, tr
from .textruns import is_plain, markup, reads_right_to_left, right_to_left_lines

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
