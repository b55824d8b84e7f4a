"""A workshop on the Spanish deck prints its profile, handouts and ballots in Spanish."""

from __future__ import annotations

import re

import pytest

from xsector_desktop.core.deck import builtin_deck
from xsector_desktop.core.model import Disagreement, WorkshopInfo
from xsector_desktop.core.scales import get_scale
from xsector_desktop.core.snapshot import Note, WorkshopSnapshot
from xsector_desktop.report.ballots import build_ballots_pdf_for
from xsector_desktop.report.handouts import build_handouts_pdf
from xsector_desktop.report.language import catalogue
from xsector_desktop.report.summary import build_summary_pdf

from .conftest import TYPE_CHOICES, PdfReadback, build_snapshot

SPANISH_DECK = "living-cities-2013-es"


def spanish_workshop(scale_key: str) -> WorkshopSnapshot:
    """The report tests' workshop, run on the Spanish deck, with what people said in Spanish."""
    deck = builtin_deck(SPANISH_DECK)
    info = WorkshopInfo(
        partnership="Alianza Ribera", date="2026-03-12", place="Centro cívico",
        facilitator="Lucía Pérez", deck=SPANISH_DECK, scale=scale_key,
    )  # fmt: skip
    snap = build_snapshot(info, deck, get_scale("agree5"))
    # The type a person ticks is stored by its name, which is the Spanish deck's name here.
    names = {
        english: spanish.name
        for card, pair in TYPE_CHOICES.items()
        for english, spanish in zip(pair, deck.card(card).types, strict=True)
    }
    votes = tuple(v._replace(type_choice=names.get(v.type_choice or "")) for v in snap.votes)
    said = (
        Disagreement(1, "authority", 1, "objection", "Los vecinos nunca dieron esa autoridad.", 8),
        Disagreement(2, "structure", 1, "proposal", "Dos reuniones de barrio para confirmarlo.", 9),
        Disagreement(3, "time-frame", 1, "concern", "Choca con el presupuesto bienal.", 1,
                     status="resolved"),
        Disagreement(4, "financial-resources", 1, "parking-lot", "¿Quién decide el gasto?", None),
    )  # fmt: skip
    notes = (
        Note("La asistencia baja cada primavera.", stage="observing"),
        Note("Ana redactará una cláusula de revisión.", kind="next-step"),
    )
    return snap._replace(
        votes=votes, vote_history=(), disagreements=said, notes=notes,
        scale=get_scale(scale_key),
    )  # fmt: skip


def english_phrases() -> list[str]:
    """Every piece of English the report code would print: each catalogue phrase that Spanish
    says differently, cut at its placeholders and markup, pieces of at least four letters."""
    pieces: set[str] = set()
    for english, spanish in catalogue("es").items():
        if english == spanish:
            continue
        for piece in re.split(r"\{[^}]*\}|<[^>]+>", english):
            piece = " ".join(piece.split()).strip(" .,:;()\u00b7\u2014")
            if sum(c.isalpha() for c in piece) >= 4 and piece.lower() != spanish.lower():
                pieces.add(piece)
    return sorted(pieces)


@pytest.fixture(scope="module", params=["agree5", "gradients8"])
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The profile, the handouts and the ballots of a Spanish workshop, as one text."""
    snap = spanish_workshop(request.param)
    folder = tmp_path_factory.mktemp("es")
    profile, handouts, ballots = (folder / n for n in ("p.pdf", "h.pdf", "b.pdf"))
    build_summary_pdf(snap, profile)
    build_handouts_pdf(snap.deck, snap.scale, handouts, info=snap.info)
    build_ballots_pdf_for(snap, ballots, blank_count=1)
    reader = PdfReadback()
    text = "\n".join(reader.text(p) for p in (profile, handouts, ballots))
    return " ".join(text.split())


def test_no_english_phrase_of_the_catalogue_is_printed(printed: str) -> None:
    phrases = english_phrases()
    assert len(phrases) > 150
    found = [p for p in phrases if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", printed)]
    assert found == []


def test_the_spanish_words_are_printed(printed: str) -> None:
    for spanish in (
        "Resumen del perfil de la alianza",
        "PERFIL DE LA ALIANZA",
        "12 de marzo de 2026",
        "Página 1 de",
        "Material del marco",
        "PAPELETA",
        "Resultados",
        "Rasgos fundamentales",
        "Cómo se calculan las señales",
        "Living Cities, versión 1.0, noviembre de 2013",
    ):
        assert spanish in printed


def test_numbers_take_the_decimal_comma(printed: str) -> None:
    assert re.search(r"\b0,\d\d\b", printed)
    assert not re.search(r"\b0\.\d\d\b", printed)


def test_the_spanish_profile_at_a_glance_fits_its_page_and_breaks_no_word(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # Spanish stances are longer ("Mayormente de acuerdo · encaja"): with the English column
    # widths the table ran one legend onto a page of its own, and "Reorientados/alineados" was cut
    # mid-word to fit the type column.
    profile = tmp_path_factory.mktemp("glance") / "p.pdf"
    build_summary_pdf(spanish_workshop("agree5"), profile, page_size="A4")
    glance = PdfReadback.page_texts(profile)[1]
    assert "El perfil de un vistazo" in glance and "Últimas rondas" in glance
    assert "Reorientados/alineados" in glance
