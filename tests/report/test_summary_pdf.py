"""The partnership profile summary, read back from the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from xsector_desktop.core.model import Vote
from xsector_desktop.core.scales import get_scale
from xsector_desktop.core.snapshot import WorkshopSnapshot, analyse
from xsector_desktop.report.blocks import card_kicker
from xsector_desktop.report.summary import build_summary_pdf
from xsector_desktop.report.wording import level_name, trust_stage_name

FIXED_PAGES = 3  # cover, profile at a glance, trust cycle
CLOSING_PAGES = 3  # parking lot / next steps / notes, who took part, how signals work


@pytest.fixture
def summary(tmp_path: Path, snapshot: WorkshopSnapshot) -> Path:
    out = tmp_path / "summary.pdf"
    build_summary_pdf(snapshot, out)
    return out


def test_pages_follow_the_page_plan(summary: Path, snapshot: WorkshopSnapshot, pdf: Any) -> None:
    pages = pdf.page_texts(summary)
    assert len(pages) == FIXED_PAGES + len(snapshot.deck.cards) + CLOSING_PAGES
    for index, card in enumerate(snapshot.deck.cards, start=FIXED_PAGES):
        page = pdf.squashed(pages[index])
        assert pdf.squashed(card_kicker(snapshot.deck, card) + card.title) in page
    assert "Parking lot" in pages[-3]
    assert "Who took part" in pages[-2]
    assert "How the signals are worked out" in pages[-1]


def test_cover_names_the_partnership_and_the_meeting(
    summary: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    cover = pdf.page_texts(summary)[0]
    assert pdf.squashed(snapshot.info.partnership) in pdf.squashed(cover)
    assert "12 March 2026" in cover
    assert snapshot.info.place in cover and snapshot.info.facilitator in cover


def test_every_card_title_and_type_name_is_printed(
    summary: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    text = pdf.squashed(pdf.text(summary))
    for card in snapshot.deck.cards:
        assert pdf.squashed(card.title) in text
        for card_type in card.types:
            assert pdf.squashed(card_type.name) in text


def test_each_card_page_shows_its_latest_level_in_words(
    summary: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    analysis = analyse(snapshot)
    pages = pdf.page_texts(summary)
    for index, card in enumerate(snapshot.deck.cards, start=FIXED_PAGES):
        latest = analysis.latest(card.key)
        assert latest is not None
        assert level_name(latest.level) in pages[index]


def test_trust_page_shows_the_suggestion_and_the_confirmed_stage(
    summary: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    page = pdf.page_texts(summary)[2]
    suggested = analyse(snapshot).trust.stage
    assert f"Suggested stage: {trust_stage_name(suggested)}" in page
    assert snapshot.trust_stage is not None
    assert f"The facilitator confirmed {trust_stage_name(snapshot.trust_stage)}" in page


def test_names_in_three_scripts_read_back_exactly(
    summary: Path, script_names: tuple[str, ...], pdf: Any
) -> None:
    text = pdf.text(summary)
    for name in script_names:
        assert name in text


def test_only_the_embedded_font_is_used(summary: Path, pdf: Any) -> None:
    fonts = pdf.fonts(summary)
    assert {f.base_font.split("+")[-1] for f in fonts} <= {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(f.embedded for f in fonts)


def test_two_builds_of_one_workshop_are_byte_identical(
    tmp_path: Path, snapshot: WorkshopSnapshot
) -> None:
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    build_summary_pdf(snapshot, first)
    build_summary_pdf(snapshot, second)
    assert first.read_bytes() == second.read_bytes()


def test_every_raised_item_is_printed_with_who_raised_it(
    summary: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    text = pdf.squashed(pdf.text(summary))
    for item in snapshot.disagreements:
        assert pdf.squashed(item.text) in text
        person = snapshot.participant(item.raised_by)
        if person is not None:
            assert pdf.squashed(person.name) in text


def test_a_sector_of_one_is_not_broken_out(
    tmp_path: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    out = tmp_path / "s.pdf"
    build_summary_pdf(snapshot, out)
    pages = pdf.page_texts(out)
    card_pages = pages[FIXED_PAGES : FIXED_PAGES + len(snapshot.deck.cards)]
    assert "Philanthropy" not in pages[0]
    assert "fewer than 3 people" in pages[0]
    assert all("Philanthropy" not in page for page in card_pages)
    assert all("Local government" in page for page in card_pages)


def test_with_privacy_protection_off_small_sectors_are_counted(
    tmp_path: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    out = tmp_path / "open.pdf"
    build_summary_pdf(snapshot._replace(info=snapshot.info._replace(privacy_protection=False)), out)
    cover = pdf.page_texts(out)[0]
    assert "Philanthropy" in cover and "Nonprofit" in cover
    assert "fewer than 3 people" not in cover


def test_anonymised_names_never_reach_the_pdf(
    tmp_path: Path, snapshot: WorkshopSnapshot, script_names: tuple[str, ...], pdf: Any
) -> None:
    out = tmp_path / "anon.pdf"
    build_summary_pdf(snapshot._replace(info=snapshot.info._replace(anonymise_names=True)), out)
    text = pdf.text(out)
    for person in snapshot.participants:
        assert person.name not in text
    assert "Participant 8" in text  # Maya Johnson raised the authority objection
    assert "replaced by aliases" in text


def test_letter_paper_gives_letter_pages(tmp_path: Path, snapshot: WorkshopSnapshot) -> None:
    out = tmp_path / "letter.pdf"
    build_summary_pdf(snapshot, out, page_size="Letter")
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_a_tally_workshop_with_no_roster_still_builds(
    tmp_path: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    tallies = tuple(v._replace(participant_id=None) for v in snapshot.votes)
    anonymous = snapshot._replace(
        info=snapshot.info._replace(anonymous=True),
        participants=(),
        votes=tallies,
        disagreements=tuple(d._replace(raised_by=None) for d in snapshot.disagreements),
    )
    out = tmp_path / "tally.pdf"
    build_summary_pdf(anonymous, out)
    text = pdf.text(out)
    assert "show-of-hands tallies" in text
    assert "Ana Morales" not in text


def test_cards_nobody_voted_on_say_so(tmp_path: Path, snapshot: WorkshopSnapshot, pdf: Any) -> None:
    only_results: tuple[Vote, ...] = tuple(v for v in snapshot.votes if v.card == "results")
    out = tmp_path / "partial.pdf"
    results_rounds = tuple(r for r in snapshot.rounds if r.card == "results")
    build_summary_pdf(snapshot._replace(votes=only_results, rounds=results_rounds), out)
    pages = pdf.page_texts(out)
    assert "did not vote on this card" in pages[FIXED_PAGES + 1]
    assert "1 of 11" in pages[0]


def test_progress_reaches_its_total(tmp_path: Path, snapshot: WorkshopSnapshot) -> None:
    calls: list[tuple[int, int]] = []
    build_summary_pdf(snapshot, tmp_path / "p.pdf", progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, calls[0][1]) and calls[-1][0] == calls[-1][1]
    assert len(calls) > 10


def test_markup_characters_in_user_text_print_as_typed(
    tmp_path: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    odd_name = "Bob <b>& Co</b>"
    people = (snapshot.participants[0]._replace(name=odd_name), *snapshot.participants[1:])
    items = (snapshot.disagreements[0]._replace(text="Budget < 5% & falling", raised_by=1),)
    out = tmp_path / "odd.pdf"
    build_summary_pdf(snapshot._replace(participants=people, disagreements=items), out)
    text = pdf.text(out)
    assert odd_name in text
    assert "Budget < 5% & falling" in text


def test_a_scale_with_points_counted_apart_and_vetoes_builds(
    tmp_path: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    gradients = get_scale("gradients8")
    # Map the 5-point votes onto gradients: some abstain (4), one veto (8) on authority.
    mapping = {1: 7, 2: 6, 3: 4, 4: 2, 5: 1}
    votes = tuple(
        v._replace(
            value=8 if (v.card == "authority" and v.participant_id == 7) else mapping[v.value]
        )
        for v in snapshot.votes
    )
    out = tmp_path / "g8.pdf"
    build_summary_pdf(snapshot._replace(scale=gradients, votes=votes, vote_history=()), out)
    pages = pdf.page_texts(out)
    assert len(pages) == FIXED_PAGES + len(snapshot.deck.cards) + CLOSING_PAGES
    authority = pages[FIXED_PAGES + 2]
    assert "Storming" in authority and "vetoed" in authority
    assert "Veto" in authority


def test_votes_without_a_sector_are_counted_in_the_right_number(
    tmp_path: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    first = snapshot.votes[0]
    one_unlisted = tuple(
        v._replace(participant_id=None) if v.id == first.id else v for v in snapshot.votes
    )
    out = tmp_path / "unlisted.pdf"
    build_summary_pdf(snapshot._replace(votes=one_unlisted), out)
    text = pdf.squashed(pdf.text(out))
    assert pdf.squashed("1 tally or unlisted vote has no sector.") in text
    assert "vote(s)" not in text
