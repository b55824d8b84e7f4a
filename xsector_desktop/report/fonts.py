"""The embedded Unicode font every xsector PDF is set in.

ReportLab's standard fonts (and its bundled Vera) stop at Western Latin, so a roster with Greek,
Cyrillic or Vietnamese names would print as boxes. DejaVu Sans (shipped in resources/fonts/,
Bitstream Vera licence) covers all of those, and the PDF embeds only the glyphs it uses.
"""

from __future__ import annotations

import threading
from typing import NamedTuple

from reportlab.graphics import shapes
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..core.resources import resource_path


class FontFamily(NamedTuple):
    """The names ReportLab knows the embedded font's faces by."""

    regular: str
    bold: str
    italic: str


FONTS = FontFamily(regular="XsectorSans", bold="XsectorSans-Bold", italic="XsectorSans-Oblique")

_FILES = {
    FONTS.regular: "DejaVuSans.ttf",
    FONTS.bold: "DejaVuSans-Bold.ttf",
    FONTS.italic: "DejaVuSans-Oblique.ttf",
}

# Exports may run on a worker thread while another starts; the registry is process-wide.
_lock = threading.Lock()
_registered = False


def register_fonts() -> FontFamily:
    """Register the family with ReportLab once per process and return its names."""
    global _registered
    with _lock:
        if not _registered:
            for name, filename in _FILES.items():
                path = resource_path("fonts", filename)
                if not path.is_file():
                    raise FileNotFoundError(f"{path}: bundled font is missing; reinstall xsector")
                pdfmetrics.registerFont(TTFont(name, str(path)))
            # <b> and <i> inside Paragraph markup resolve through these mappings.
            addMapping(FONTS.regular, 0, 0, FONTS.regular)
            addMapping(FONTS.regular, 1, 0, FONTS.bold)
            addMapping(FONTS.regular, 0, 1, FONTS.italic)
            addMapping(FONTS.regular, 1, 1, FONTS.bold)
            # The graphics renderer opens every drawing in its default font even when it draws
            # no text; pointing that default here keeps Helvetica (not embedded) out of the PDF.
            shapes.STATE_DEFAULTS["fontName"] = FONTS.regular
            _registered = True
    return FONTS


def covers(text: str) -> bool:
    """True when the regular face has a glyph for every character of text."""
    register_fonts()
    face = pdfmetrics.getFont(FONTS.regular).face
    glyphs: dict[int, int] = face.charToGlyph
    return all(ord(ch) in glyphs for ch in text if not ch.isspace())
