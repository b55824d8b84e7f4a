"""Any script on a PDF page: right-to-left text put in display order, and a font per run.

ReportLab draws characters left to right, one glyph each, in the one font it is given. So
before text reaches it:

- Arabic letters take their joined forms (arabic-reshaper: the presentation forms the fonts
  carry) and right-to-left runs are put in the order they are seen (python-bidi's Unicode
  Bidirectional Algorithm levels; brackets mirrored, accents kept after their letter).
- The text is cut into runs by which font has each character (fonts.FALLBACKS), and each run
  is set in its own font: `<font name=...>` in Paragraph markup, one drawString per run on a
  canvas.

Devanagari and Thai are drawn glyph by glyph without a shaping engine: every letter prints
and reads back, but Devanagari conjuncts and the pre-base vowel sign are not formed (see
docs/printing.md).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import arabic_reshaper
import bidi
from arabic_reshaper import ligatures
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..core.text import BIDI_CONTROLS, without_bidi_controls
from . import fonts
from .fonts import FALLBACKS, FONTS

Run = tuple[str, str]  # (font name, text)

_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_LEVEL = re.compile(r"Level\(\s*(\d+),\s*\)")

_MANDATORY_LIGATURES = {
    "ARABIC LIGATURE LAM WITH ALEF",
    "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
    "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW",
    "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE",
}


@cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    # Vowel marks are kept (they are part of a name), and only the lam-alef ligatures that
    # Arabic requires are formed, so the printed text reads back as what was typed.
    config: dict[str, bool] = {"delete_harakat": False, "support_ligatures": True}
    for group in (ligatures.SENTENCES_LIGATURES, ligatures.WORDS_LIGATURES,
                  ligatures.LETTERS_LIGATURES):  # fmt: skip
        for name, _ in group:
            config[name] = name in _MANDATORY_LIGATURES
    return arabic_reshaper.ArabicReshaper(configuration=config)


def _levels(text: str) -> list[int]:
    """The Bidirectional Algorithm's embedding level of each character of one paragraph."""
    info = str(bidi.get_display(text, debug=True))
    section = info.split("levels:", 1)[1].split("paragraphs:", 1)[0]
    per_byte = [int(level) for level in _LEVEL.findall(section)]
    levels = []
    offset = 0
    for char in text:
        levels.append(per_byte[offset])
        offset += len(char.encode())
    base = bidi.get_base_level(text)
    # Rule L1: whitespace at the end of the line goes back to the paragraph's direction.
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
        levels[end] = base
    return levels


def _mirrored(char: str) -> str:
    return _MIRRORS.get(char, char)


_MIRRORS = {a: b for a, b in ("()", ")(", "[]", "][", "{}", "}{", "<>", "><", "«»", "»«",
                              "\u2039\u203a", "\u203a\u2039")}  # fmt: skip


def _display_line(text: str) -> str:
    levels = _levels(text)
    # An accent travels with its letter (rule L3), so it is still drawn after it.
    clusters: list[tuple[str, int]] = []
    for char, level in zip(text, levels, strict=True):
        if clusters and unicodedata.combining(char):
            clusters[-1] = (clusters[-1][0] + char, clusters[-1][1])
        else:
            clusters.append((char, level))
    order = list(range(len(clusters)))
    lowest_odd = min((level for _, level in clusters if level % 2), default=None)
    if lowest_odd is not None:
        for level in range(max(lv for _, lv in clusters), lowest_odd - 1, -1):
            i = 0
            while i < len(order):
                if clusters[order[i]][1] < level:
                    i += 1
                    continue
                j = i
                while j < len(order) and clusters[order[j]][1] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
    out = []
    for index in order:
        cluster, level = clusters[index]
        out.append(_mirrored(cluster[0]) + cluster[1:] if level % 2 else cluster)
    return "".join(out)


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def reads_right_to_left(text: str) -> bool:
    """True when text's first strong letter is right-to-left (its paragraph runs that way)."""
    return has_rtl(text) and bidi.get_base_level(text) == 1


def display_order(text: str) -> str:
    """Text as it is seen: Arabic joined, right-to-left runs reversed. Other text unchanged."""
    if text.isascii() or not has_rtl(text):
        return text
    shaped = _reshaper().reshape(text)
    return "\n".join(_display_line(line) if has_rtl(line) else line
                     for line in shaped.split("\n"))  # fmt: skip


@cache
def _font_for(char: str) -> str | None:
    """The font a character is set in; None for characters any font will do (spaces)."""
    fonts.register_fonts()
    code = ord(char)
    if char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
        return None
    for fallback in FALLBACKS:
        if any(lo <= code <= hi for lo, hi in fallback.preferred) and fonts.load_fallback(fallback):
            if fonts.has_glyph(fallback.name, char):
                return fallback.name
    if fonts.has_glyph(FONTS.regular, char):
        return FONTS.regular
    for fallback in FALLBACKS:
        if fonts.load_fallback(fallback) and fonts.has_glyph(fallback.name, char):
            return fallback.name
    fonts.warn_missing_fallbacks()
    return FONTS.regular


def _sticks(char: str) -> bool:
    """Marks and common punctuation stay in the run they follow when its font has them."""
    return unicodedata.combining(char) != 0 or unicodedata.category(char)[0] in "PNSZ"


def split_runs(text: str, font: str = FONTS.regular) -> list[Run]:
    """Cut display-ordered text into runs, each with the font that has its characters.

    font is the face the text is set in (the main family's regular or bold); runs in a
    fallback take that fallback's matching face.
    """
    if text.isascii():
        return [(font, text)] if text else []
    bold = font == FONTS.bold
    runs: list[list[str]] = []
    for char in text:
        wanted = _font_for(char)
        if runs and (wanted is None or (wanted != runs[-1][0] and _sticks(char)
                                        and fonts.has_glyph(runs[-1][0], char))):  # fmt: skip
            runs[-1][1] += char
            continue
        wanted = wanted or FONTS.regular
        if runs and runs[-1][0] == wanted:
            runs[-1][1] += char
        else:
            runs.append([wanted, char])
    out: list[Run] = []
    for name, chunk in runs:
        if name == FONTS.regular:
            out.append((font, chunk))
        else:
            out.append((fonts.bold_of(name) if bold else name, chunk))
    return out


def is_plain(text: str) -> bool:
    """True when text needs neither reordering nor any font but the main one."""
    if text.isascii():
        return True
    if any(c in BIDI_CONTROLS for c in text):
        return False
    return not has_rtl(text) and all(_font_for(c) in (None, FONTS.regular) for c in text)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup that shows text as it is: escaped, in display order, a font per run.

    Runs in the main font carry no tag, so they take the paragraph's face. A `<font>` tag
    resets ReportLab's bold flag, so text set in bold (in `<b>` or a bold style) says so.
    """
    if text.isascii():
        return _xml(text)
    text = without_bidi_controls(text)  # they would reorder what is printed (core/text.py)
    parts = []
    main = FONTS.bold if bold else FONTS.regular
    for name, chunk in split_runs(display_order(text), main):
        if name == main:
            parts.append(_xml(chunk))
        else:
            parts.append(f'<font name="{name}">{_xml(chunk)}</font>')
    return "".join(parts)


def right_to_left_lines(text: str, width: float, font: str, size: float) -> str:
    """Markup for a right-to-left paragraph broken into lines of at most width, in reading order.

    Reordering happens per line, after the break: reordered first, the paragraph's last words
    would land on its first line.
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and text_width(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    return "<br/>".join(markup(each, font == FONTS.bold) for each in lines)


def text_width(text: str, font: str, size: float) -> float:
    """How wide text prints, each run measured in its own font."""
    if text.isascii():
        return float(stringWidth(text, font, size))
    runs = split_runs(display_order(without_bidi_controls(text)), font)
    return sum(float(stringWidth(chunk, name, size)) for name, chunk in runs)


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, anchor: str = "start"
) -> None:
    """drawString for any script: anchor is "start", "middle" or "end" (of x)."""
    if text.isascii():  # one run in the given font: ReportLab's own calls, and no font change
        if canvas._fontname != font or canvas._fontsize != size:
            canvas.setFont(font, size)
        if anchor == "start":
            canvas.drawString(x, y, text)
        elif anchor == "middle":
            canvas.drawCentredString(x, y, text)
        else:
            canvas.drawRightString(x, y, text)
        return
    runs = split_runs(display_order(without_bidi_controls(text)), font)
    if anchor != "start":
        width = sum(float(stringWidth(chunk, name, size)) for name, chunk in runs)
        x -= width / 2 if anchor == "middle" else width
    for name, chunk in runs:
        canvas.setFont(name, size)
        canvas.drawString(x, y, chunk)
        x += float(stringWidth(chunk, name, size))
    canvas.setFont(font, size)
