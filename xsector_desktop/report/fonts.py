"""The fonts every xsector PDF is set in: DejaVu Sans, then a fallback chain for other scripts.

ReportLab's standard fonts stop at Western Latin. DejaVu Sans (shipped in resources/fonts/,
Bitstream Vera licence) covers Latin, Greek, Cyrillic, Vietnamese, Hebrew and Arabic; the
fallbacks add what it lacks (Devanagari, Ethiopic, Thai, Chinese, Japanese, Korean) and nicer
Arabic and Hebrew. ReportLab embeds only the glyphs a document uses (TTF subsets).

The fallbacks are Debian font packages (see resources/fonts/README.md for why they are not in
the repository): a file is looked for first in resources/fonts/ (where a bundle puts a copy),
then in the folders named by XSECTOR_FONT_DIRS, then in Debian's own folders. A fallback is
only opened the first time some text needs it, so a Latin-only PDF never reads them.
"""

from __future__ import annotations

import os
import threading
import warnings
from pathlib import Path
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

Ranges = tuple[tuple[int, int], ...]


class Fallback(NamedTuple):
    """A font for scripts DejaVu Sans lacks (or draws less well), and where to get it."""

    name: str  # the ReportLab name of its regular face; "-Bold" is appended for bold
    regular: str  # file name
    bold: str | None  # file name; None: bold text uses the regular face
    package: str  # the Debian package that installs it
    scripts: str  # what it adds, for messages and the README
    # Characters in these ranges take this font even where DejaVu Sans has them too.
    preferred: Ranges = ()


ARABIC: Ranges = ((0x0600, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
HEBREW: Ranges = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
HANGUL: Ranges = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF))

FALLBACKS: tuple[Fallback, ...] = (
    Fallback("XsArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
             "fonts-noto-core", "Arabic", ARABIC),
    Fallback("XsHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
             "fonts-noto-core", "Hebrew", HEBREW),
    Fallback("XsDevanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf",
             "fonts-noto-core", "Devanagari"),
    Fallback("XsEthiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf",
             "fonts-noto-core", "Ethiopic"),
    Fallback("XsThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf",
             "fonts-noto-core", "Thai"),
    Fallback("XsHan", "DroidSansFallbackFull.ttf", None, "fonts-droid-fallback",
             "Chinese and Japanese"),
    Fallback("XsHangul", "NanumGothic.ttf", "NanumGothicBold.ttf", "fonts-nanum", "Korean",
             HANGUL),
)  # fmt: skip

# Debian's folders for the packages above.
SYSTEM_FONT_DIRS = (
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/truetype/nanum",
    "/usr/share/fonts/truetype/droid",
)

# Exports may run on a worker thread while another starts; the registry is process-wide.
_lock = threading.RLock()
_registered = False
_loaded: dict[str, bool] = {}  # fallback name -> registered (False: its file is missing)
_warned = False


def font_dirs() -> list[Path]:
    """Where fallback font files are looked for, in order."""
    dirs = [resource_path("fonts")]
    extra = os.environ.get("XSECTOR_FONT_DIRS", "")
    dirs += [Path(d) for d in extra.split(os.pathsep) if d]
    dirs += [Path(d) for d in SYSTEM_FONT_DIRS]
    return dirs


def find_font_file(filename: str) -> Path | None:
    for folder in font_dirs():
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    return None


def register_fonts() -> FontFamily:
    """Register the main family with ReportLab once per process and return its names."""
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


def load_fallback(fallback: Fallback) -> bool:
    """Register a fallback's faces the first time it is needed; False when it is not installed."""
    with _lock:
        if fallback.name in _loaded:
            return _loaded[fallback.name]
        regular = find_font_file(fallback.regular)
        bold = find_font_file(fallback.bold) if fallback.bold else None
        if regular is None:
            _loaded[fallback.name] = False
            return False
        pdfmetrics.registerFont(TTFont(fallback.name, str(regular)))
        bold_name = f"{fallback.name}-Bold"
        pdfmetrics.registerFont(TTFont(bold_name, str(bold or regular)))
        addMapping(fallback.name, 0, 0, fallback.name)
        addMapping(fallback.name, 1, 0, bold_name)
        addMapping(fallback.name, 0, 1, fallback.name)
        addMapping(fallback.name, 1, 1, bold_name)
        _loaded[fallback.name] = True
        return True


def warn_missing_fallbacks() -> None:
    """Say once, naming the packages, that some text will print as boxes for want of a font."""
    global _warned
    with _lock:
        missing = [f for f in FALLBACKS if _loaded.get(f.name) is False]
        if _warned or not missing:
            return
        _warned = True
    packages = " ".join(sorted({f.package for f in missing}))
    scripts = ", ".join(f.scripts for f in missing)
    warnings.warn(
        f"some text ({scripts}) prints as empty boxes: its fonts are not installed "
        f"(apt-get install {packages}, or put the files in {resource_path('fonts')})",
        stacklevel=3,
    )


def bold_of(name: str) -> str:
    """The bold face's name of a registered family name (the main family or a fallback)."""
    if name in (FONTS.regular, FONTS.bold):
        return FONTS.bold
    return name if name.endswith("-Bold") else f"{name}-Bold"


def has_glyph(name: str, char: str) -> bool:
    """True when the registered font name maps char to a glyph of its own (not .notdef)."""
    face = pdfmetrics.getFont(name).face
    return ord(char) in face.charToGlyph


def covers(text: str) -> bool:
    """True when the regular face has a glyph for every character of text."""
    register_fonts()
    face = pdfmetrics.getFont(FONTS.regular).face
    glyphs: dict[int, int] = face.charToGlyph
    return all(ord(ch) in glyphs for ch in text if not ch.isspace())
