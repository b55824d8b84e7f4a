"""Paper ballots: a page per participant or blank ballot, every card, codes that read back."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from xsector_desktop.core.scales import get_scale
from xsector_desktop.core.snapshot import WorkshopSnapshot, parse_ballot_code
from xsector_desktop.report.ballots import build_ballots_pdf, build_ballots_pdf_for

CODE = re.compile(r"\b([PB]\d+-[0-9A-Z]{3})\b")


def test_one_page_per_participant_then_the_blank_ones(
    tmp_path: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    out = tmp_path / "ballots.pdf"
    build_ballots_pdf_for(snapshot, out, blank_count=3)
    pages = pdf.page_texts(out)
    assert len(pages) == len(snapshot.participants) + 3
    for page, person in zip(pages, snapshot.participants, strict=False):
        assert person.name in page
    assert all("Name (optional)" in page for page in pages[-3:])


def test_every_ballot_lists_every_card_point_and_type_choice(
    tmp_path: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    out = tmp_path / "ballots.pdf"
    build_ballots_pdf_for(snapshot, out)
    for page in pdf.page_texts(out):
        flat = pdf.squashed(page)
        assert pdf.squashed(snapshot.info.partnership) in flat
        for card in snapshot.deck.cards:
            assert pdf.squashed(card.title) in flat
            if card.has_type_choice:
                assert all(pdf.squashed(t.name) in flat for t in card.types)
        for point in snapshot.scale.points:
            assert pdf.squashed(point.short) in flat


def test_each_ballot_code_reads_back_to_its_participant(
    tmp_path: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    out = tmp_path / "ballots.pdf"
    build_ballots_pdf_for(snapshot, out, blank_count=2)
    found = [CODE.findall(page) for page in pdf.page_texts(out)]
    assert all(len(codes) == 1 for codes in found)
    decoded = [parse_ballot_code(snapshot.info, codes[0]) for codes in found]
    expected = [p.id for p in snapshot.participants]
    assert [d.participant_id for d in decoded[: len(expected)]] == expected
    assert [d.blank_number for d in decoded[len(expected) :]] == [1, 2]


def test_a_code_from_another_workshop_is_refused(snapshot: WorkshopSnapshot) -> None:
    other = snapshot.info._replace(partnership="Eastside Health Alliance")
    from xsector_desktop.core.snapshot import ballot_code

    code = ballot_code(other, 4)
    if code == ballot_code(snapshot.info, 4):
        pytest.skip("the check letters collide for this pair (1 in 32768)")
    with pytest.raises(ValueError, match="does not belong to this workshop"):
        parse_ballot_code(snapshot.info, code)


def test_a_ballot_code_forgives_lower_case_and_look_alike_letters(
    snapshot: WorkshopSnapshot,
) -> None:
    from xsector_desktop.core.snapshot import ballot_code

    code = ballot_code(snapshot.info, 12)
    typed = code.lower().replace("0", "o").replace("1", "l")
    assert parse_ballot_code(snapshot.info, typed).participant_id == 12


@pytest.mark.parametrize("scale_key", ["agree7", "fist5", "gradients8"])
def test_every_scale_fits_one_ballot_per_page(
    tmp_path: Path, snapshot: WorkshopSnapshot, scale_key: str, pdf: Any
) -> None:
    out = tmp_path / "b.pdf"
    scale = get_scale(scale_key)
    build_ballots_pdf(snapshot.info, snapshot.deck, scale, snapshot.participants[:2], out,
                      "Letter")  # fmt: skip
    assert pdf.page_count(out) == 2


def test_an_anonymous_workshop_gets_blank_ballots_only(
    tmp_path: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    anonymous = snapshot._replace(info=snapshot.info._replace(anonymous=True))
    out = tmp_path / "b.pdf"
    build_ballots_pdf_for(anonymous, out, blank_count=2)
    text = pdf.text(out)
    assert pdf.page_count(out) == 2 and "Ana Morales" not in text


def test_nothing_to_print_is_refused(tmp_path: Path, snapshot: WorkshopSnapshot) -> None:
    with pytest.raises(ValueError, match="nothing to print"):
        build_ballots_pdf(snapshot.info, snapshot.deck, snapshot.scale, (), tmp_path / "b.pdf")


def test_ballots_are_byte_identical_between_builds(
    tmp_path: Path, snapshot: WorkshopSnapshot
) -> None:
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    build_ballots_pdf_for(snapshot, first, blank_count=1)
    build_ballots_pdf_for(snapshot, second, blank_count=1)
    assert first.read_bytes() == second.read_bytes()
