"""The embedded font: registered once, covers the scripts a roster may hold, ends up in the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import Paragraph

from xsector_desktop.core.resources import resource_path
from xsector_desktop.report.fonts import FONTS, covers, register_fonts
from xsector_desktop.report.pages import RunningHead, build, make_document
from xsector_desktop.report.styles import styles


def test_bundled_fonts_ship_with_their_licence() -> None:
    folder = resource_path("fonts")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert (folder / name).stat().st_size > 100_000
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_registering_twice_gives_the_same_family() -> None:
    assert register_fonts() == register_fonts() == FONTS


def test_the_font_covers_greek_cyrillic_vietnamese_and_level_shapes(
    script_names: tuple[str, ...],
) -> None:
    assert covers("".join(script_names) + "ÀÉÎÕÜçøß\u25cf\u25b2\u25c6")


def test_the_font_reports_a_script_it_lacks() -> None:
    assert not covers("\u4e2d\u6587")  # CJK is outside DejaVu Sans


def test_names_in_three_scripts_read_back_exactly(
    tmp_path: Path, pdf: Any, script_names: tuple[str, ...]
) -> None:
    out = tmp_path / "names.pdf"
    doc = make_document(out, "A4", RunningHead("Names", "Test", "xsector tests"))
    build(doc, [Paragraph(n, styles().body) for n in script_names])
    lines = pdf.text(out).splitlines()
    for name in script_names:
        assert name in lines
    fonts = pdf.fonts(out)
    assert fonts and all(f.embedded for f in fonts)
