"""Handouts: an overview page, a sheet per card, a sheet on the cycles; every term printed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from xsector_desktop.core.deck import Deck
from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.core.scales import Scale, get_scale
from xsector_desktop.report.handouts import build_handouts_pdf


@pytest.fixture
def handouts(tmp_path: Path, deck: Deck, scale: Scale, info: WorkshopInfo) -> Path:
    out = tmp_path / "handouts.pdf"
    build_handouts_pdf(deck, scale, out, "A4", info=info)
    return out


def test_one_overview_page_one_page_per_card_and_a_cycles_page(
    pdf: Any, handouts: Path, deck: Deck
) -> None:
    assert pdf.page_count(handouts) == 1 + len(deck.cards) + 1


def test_each_card_sheet_carries_its_title_types_and_characteristics(
    pdf: Any, handouts: Path, deck: Deck
) -> None:
    pages = [pdf.squashed(t) for t in pdf.page_texts(handouts)]
    for index, card in enumerate(deck.cards, start=1):
        sheet = pages[index]
        assert pdf.squashed(card.title) in sheet
        assert pdf.squashed(card.definition) in sheet
        for card_type in card.types:
            assert pdf.squashed(card_type.name) in sheet
            for trait in card_type.characteristics:
                assert pdf.squashed(trait) in sheet


def test_overview_names_every_card_and_type(pdf: Any, handouts: Path, deck: Deck) -> None:
    overview = pdf.squashed(pdf.page_texts(handouts)[0])
    for card in deck.cards:
        assert pdf.squashed(card.title) in overview
        for card_type in card.types:
            assert pdf.squashed(card_type.name) in overview


def test_every_scale_point_is_a_tick_box_label(pdf: Any, handouts: Path, scale: Scale) -> None:
    sheet = pdf.squashed(pdf.page_texts(handouts)[1])
    for point in scale.points:
        assert pdf.squashed(point.label) in sheet


def test_the_cycles_page_names_every_stage(pdf: Any, handouts: Path, deck: Deck) -> None:
    last = pdf.squashed(pdf.page_texts(handouts)[-1])
    for cycle in deck.cycles:
        assert pdf.squashed(cycle.title) in last
        for stage in cycle.stages:
            assert pdf.squashed(stage.name) in last


def test_footer_counts_pages_and_names_the_source(pdf: Any, handouts: Path, deck: Deck) -> None:
    pages = pdf.page_texts(handouts)
    assert f"Page 2 of\n{len(pages)}" in pages[1] or f"Page 2 of {len(pages)}" in pages[1]
    assert deck.source.publisher in pages[1]


def test_only_embedded_fonts_are_used(pdf: Any, handouts: Path) -> None:
    fonts = pdf.fonts(handouts)
    assert fonts and all(f.embedded for f in fonts)
    assert any("DejaVuSans" in f.base_font for f in fonts)


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
@pytest.mark.parametrize("scale_key", ["agree7", "fist5", "gradients8"])
def test_every_scale_and_page_size_keeps_one_page_per_card(
    pdf: Any, tmp_path: Path, deck: Deck, scale_key: str, page_size: str
) -> None:
    out = tmp_path / "h.pdf"
    build_handouts_pdf(deck, get_scale(scale_key), out, page_size)
    assert pdf.page_count(out) == len(deck.cards) + 2
    assert pdf.squashed(get_scale(scale_key).points[-1].short) in pdf.squashed(pdf.text(out))


def test_the_same_deck_gives_the_same_bytes(tmp_path: Path, deck: Deck, scale: Scale) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    build_handouts_pdf(deck, scale, first)
    build_handouts_pdf(deck, scale, second)
    assert first.read_bytes() == second.read_bytes()


def test_progress_is_reported_up_to_done(tmp_path: Path, deck: Deck, scale: Scale) -> None:
    seen: list[tuple[int, int]] = []
    build_handouts_pdf(deck, scale, tmp_path / "h.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_an_unknown_page_size_is_refused(tmp_path: Path, deck: Deck, scale: Scale) -> None:
    with pytest.raises(ValueError, match="page size 'A5'"):
        build_handouts_pdf(deck, scale, tmp_path / "h.pdf", "A5")
