"""Names in every script the PDFs promise print with a real glyph and read back as typed."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

import pytest
from reportlab.lib.enums import TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, Table

from xsector_desktop.core.deck import builtin_deck
from xsector_desktop.core.model import Disagreement, WorkshopInfo
from xsector_desktop.core.scales import get_scale
from xsector_desktop.core.snapshot import WorkshopSnapshot
from xsector_desktop.report import fonts, textruns
from xsector_desktop.report.ballots import build_ballots_pdf_for
from xsector_desktop.report.fonts import FONTS, Fallback
from xsector_desktop.report.pages import RunningHead, build, make_document
from xsector_desktop.report.styles import cell_text
from xsector_desktop.report.summary import build_summary_pdf
from xsector_desktop.report.textruns import display_order, markup, split_runs, text_width

from .conftest import PdfFont, PdfReadback, build_snapshot

# One participant per script; the roster fixture has eleven people, one per entry here.
NAMES: dict[str, str] = {
    "Greek": "Ἀλέξανδρος Παππάς",
    "Cyrillic": "Анна Петрова",
    "Vietnamese": "Nguyễn Thị Ánh",
    "Chinese": "王秀英",
    "Japanese": "佐藤さくら",
    "Korean": "김민준",
    "Devanagari": "प्रिया शर्मा",
    "Arabic": "فاطمة الزهراء",
    "Hebrew": "שרה כהן",
    "Ethiopic": "አበበ ቢቂላ",
    "Thai": "สมชาย ใจดี",
}
LATIN = "Zoë Ångström-Çelik"  # the facilitator: Latin with its accents
MIXED = "I agree with שרה כהן (and فاطمة) on step 2"
ARABIC_COMMENT = "نحتاج إلى مزيد من الوقت"


def _readable(text: str) -> str:
    """pypdf's text with Arabic presentation forms (the joined letters printed) as letters.

    The PDF holds the joined forms arabic-reshaper chose; their compatibility decomposition is
    exactly the letters typed. Nothing else is normalised.
    """
    return re.sub(
        "[\ufb50-\ufdff\ufe70-\ufeff]+",
        lambda m: unicodedata.normalize("NFKC", m.group()),
        text,
    )


@pytest.fixture(scope="module")
def world() -> WorkshopSnapshot:
    snapshot = build_snapshot(
        WorkshopInfo(partnership="Riverside", date="2026-03-12"),
        builtin_deck(),
        get_scale("agree5"),
    )
    people = tuple(
        p._replace(name=name) for p, name in zip(snapshot.participants, NAMES.values(), strict=True)
    )
    arabic_id = people[list(NAMES).index("Arabic")].id
    hebrew_id = people[list(NAMES).index("Hebrew")].id
    raised = (
        Disagreement(91, "results", 1, "concern", MIXED, hebrew_id),
        Disagreement(92, "results", 1, "proposal", ARABIC_COMMENT, arabic_id),
    )
    info = snapshot.info._replace(partnership="شراكة النهر · Riverside", facilitator=LATIN)
    return snapshot._replace(
        info=info, participants=people, disagreements=snapshot.disagreements + raised
    )


def test_every_character_of_every_name_has_a_glyph_in_its_run_font() -> None:
    for script, name in {**NAMES, "Latin": LATIN, "mixed": MIXED}.items():
        for bold in (False, True):
            main = FONTS.bold if bold else FONTS.regular
            runs = split_runs(display_order(name), main)
            assert "".join(chunk for _, chunk in runs) == display_order(name)
            for font, chunk in runs:
                cmap = pdmetrics_cmap(font)
                missing = [c for c in chunk if not c.isspace() and ord(c) not in cmap]
                assert not missing, f"{script} in {font}: no glyph for {missing}"


def pdmetrics_cmap(font: str) -> dict[int, int]:
    face = pdfmetrics.getFont(font).face
    cmap: dict[int, int] = face.charToGlyph
    return cmap


def test_each_script_gets_its_own_font() -> None:
    fonts = {script: {f for f, _ in split_runs(display_order(n))} for script, n in NAMES.items()}
    assert fonts["Greek"] == fonts["Cyrillic"] == fonts["Vietnamese"] == {FONTS.regular}
    assert fonts["Arabic"] == {"XsArabic"} and fonts["Hebrew"] == {"XsHebrew"}
    assert fonts["Chinese"] == {"XsHan"} and fonts["Korean"] == {"XsHangul"}
    assert fonts["Devanagari"] == {"XsDevanagari"} and fonts["Thai"] == {"XsThai"}
    assert {f for f, _ in split_runs("Ἀ", FONTS.bold)} == {FONTS.bold}
    assert {f for f, _ in split_runs("김", FONTS.bold)} == {"XsHangul-Bold"}


def test_right_to_left_runs_are_reversed_joined_and_mirrored() -> None:
    assert display_order("שרה כהן") == "ןהכ הרש"
    # A bracket inside a right-to-left run is drawn mirrored, so it still opens the aside.
    assert display_order("שרה (כהן)") == "(ןהכ) הרש"
    # The left-to-right sentence keeps its order; only the Hebrew name inside it turns round.
    assert display_order("met שרה כהן today") == "met ןהכ הרש today"
    # Arabic letters take their joined forms: the isolated letters would not join.
    shown = display_order("محمد")
    assert all("\ufe70" <= c <= "\ufeff" for c in shown)
    assert unicodedata.normalize("NFKC", shown[::-1]) == "محمد"
    # Accents stay after their letter once a right-to-left run is reversed.
    shalom = (
        "\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd"  # shin+qamats+shin dot, lamed, vav+holam, mem
    )
    assert display_order(shalom) == "\u05dd" + "\u05d5\u05b9" + "\u05dc" + "\u05e9\u05b8\u05c1"


def test_markup_keeps_text_as_text_in_every_script() -> None:
    hostile = "<b>שרה</b> & <font name='Helvetica'>x</font>"
    out = markup(hostile)
    # The only tags are the runs' own; everything typed is escaped.
    assert set(re.findall(r"<[^>]*>", out)) == {'<font name="XsHebrew">', "</font>"}
    assert "&lt;b&gt;" in out and "&amp;" in out and "&lt;font name='Helvetica'&gt;" in out
    assert markup("김", bold=True) == '<font name="XsHangul-Bold">김</font>'
    assert text_width("김민준", FONTS.regular, 10) > 20


class Printed(NamedTuple):
    """One PDF of the workshop, read back once: its pages' text and its fonts."""

    name: str
    pages: list[str]  # Arabic presentation forms already read as letters
    fonts: list[PdfFont]


@pytest.fixture(scope="module")
def printed(world: WorkshopSnapshot, tmp_path_factory: pytest.TempPathFactory) -> list[Printed]:
    """The profile and the ballots of the workshop with a name in every script."""
    folder = tmp_path_factory.mktemp("scripts")
    profile, ballots = folder / "profile.pdf", folder / "ballots.pdf"
    build_summary_pdf(world, profile)
    build_ballots_pdf_for(world, ballots)
    reader = PdfReadback()
    return [
        Printed(path.name, [_readable(t) for t in reader.page_texts(path)], reader.fonts(path))
        for path in (profile, ballots)
    ]


def test_names_in_every_script_read_back_from_the_profile_and_the_ballots(
    printed: list[Printed],
) -> None:
    for pdf in printed:
        lines = {line.strip() for page in pdf.pages for line in page.splitlines()}
        text = "\n".join(lines)
        for script, name in NAMES.items():
            assert name in text, f"{script} name {name!r} not read back from {pdf.name}"
        embedded = {f.base_font.split("+")[-1] for f in pdf.fonts}
        for font in ("NotoSansArabic", "NotoSansHebrew", "NotoSansDevanagari", "NanumGothic"):
            assert any(e.startswith(font) for e in embedded), f"{font} not in {pdf.name}"
        assert all(f.embedded for f in pdf.fonts)
    profile_text = "\n".join(printed[0].pages)
    assert LATIN in profile_text
    assert ARABIC_COMMENT in profile_text


def test_the_ballot_of_each_person_carries_their_own_name_on_a_line_of_its_own(
    printed: list[Printed],
) -> None:
    pages = printed[1].pages
    assert len(pages) == len(NAMES)
    for page, name in zip(pages, NAMES.values(), strict=True):
        assert name in [line.strip() for line in page.splitlines()]
        others = [n for n in NAMES.values() if n != name]
        assert not any(n in page for n in others)


def test_a_workshop_name_in_arabic_heads_every_page(printed: list[Printed]) -> None:
    for pdf in printed:
        assert all("شراكة النهر" in page for page in pdf.pages[1:])


def test_a_right_to_left_comment_wraps_in_reading_order(tmp_path: Path) -> None:
    words = ["نحتاج", "إلى", "مزيد", "من", "الوقت", "لمناقشة", "هذه", "البطاقة", "مع", "الجميع"]
    comment = " ".join(words)
    cell = cell_text(comment, 110)
    assert isinstance(cell, Paragraph) and cell.style.alignment == TA_RIGHT
    out = tmp_path / "comment.pdf"
    table = Table([[cell]], colWidths=[110])
    build(make_document(out, "A4", RunningHead("x", "y", "z")), [table])
    lines = [ln.strip() for ln in _readable(PdfReadback().text(out)).splitlines()]
    body = [ln for ln in lines if any(w in ln for w in words)]
    assert len(body) >= 3  # it did wrap
    # Read top to bottom, each line right to left, the comment comes back whole and in order.
    assert " ".join(body) == comment


def test_a_missing_fallback_font_prints_boxes_and_names_its_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    missing = Fallback("XsMissing", "NoSuchFont-Regular.ttf", None, "fonts-not-there", "Thai")
    monkeypatch.setattr(textruns, "FALLBACKS", (missing,))
    monkeypatch.setattr(fonts, "FALLBACKS", (missing,))
    monkeypatch.setattr(fonts, "_warned", False)
    textruns._font_for.cache_clear()
    try:
        with pytest.warns(UserWarning, match="fonts-not-there"):
            runs = split_runs("สมชาย")
        assert runs == [(FONTS.regular, "สมชาย")]  # DejaVu Sans: the export still works
    finally:
        textruns._font_for.cache_clear()
        fonts._loaded.pop("XsMissing", None)
