"""What the printed profile says of rounds the room never saw, and the roster's small groups."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from xsector_desktop.core.snapshot import WorkshopSnapshot, analyse
from xsector_desktop.report.summary import build_summary_pdf


def hide(snapshot: WorkshopSnapshot, card: str, number: int) -> WorkshopSnapshot:
    rounds = tuple(
        r._replace(revealed_at="") if (r.card, r.round) == (card, number) else r
        for r in snapshot.rounds
    )
    return snapshot._replace(rounds=rounds)


def card_page(pages: list[str], title: str) -> str:
    """The card's own page: the one whose heading line is its title."""
    for page in pages:
        if re.search(rf"^{re.escape(title)}$", page, re.MULTILINE) and "at a glance" not in page:
            return str(page)
    raise AssertionError(f"no page for {title}")


def test_hidden_rounds_are_printed_as_not_revealed_with_none_of_their_numbers(
    tmp_path: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    # Round 2 of Structure hidden (round 1 was seen), and Lifespan's only round hidden.
    hidden = hide(hide(snapshot, "structure", 2), "lifespan", 1)
    whole = analyse(snapshot)
    secret = next(s for s in whole.signals if (s.card, s.round) == ("structure", 2))
    shown = next(s for s in whole.signals if (s.card, s.round) == ("structure", 1))
    assert secret.consensus is not None and shown.consensus is not None
    assert f"{secret.consensus:.2f}" != f"{shown.consensus:.2f}"

    out = tmp_path / "summary.pdf"
    build_summary_pdf(hidden, out)
    pages = pdf.page_texts(out)
    page = card_page(pages, "Structure")
    squashed = pdf.squashed(page)
    assert "Notrevealed." in squashed and "notrevealedintheroom" in squashed
    assert f"{secret.consensus:.2f}" not in page  # nothing of round 2's figures
    assert f"{shown.consensus:.2f}" in page  # round 1, which the room saw, is there
    assert "(not revealed)" not in page
    assert "1 round of votes" in page

    page = card_page(pages, "Lifespan")
    assert "not revealed in the room" in " ".join(page.split())
    assert "HOW THE ROOM VOTED" not in page and "Consensus" not in page
    assert "did not vote" not in page
    # The only numbers left: the page's furniture (page n of N, the deck's version and year),
    # the card's place ("5 of 5"), the round's number and the time spent on the card. None of
    # the hidden round's counts (9 agree, 2 unsure, 11 votes) or figures.
    furniture = {str(pages.index(page) + 1), str(len(pages)), "1.0", "2013"}
    numbers = set(re.findall(r"\d+(?:\.\d+)?", page)) - furniture
    minutes, seconds = divmod(hidden.card_seconds.get("lifespan", 0), 60)
    assert numbers <= {"5", "1", "0", str(minutes), str(seconds)}, numbers
    glance = next(p for p in pages if "at a glance" in p)
    assert "not revealed" in glance[glance.index("Lifespan") :]

    # The measures are explained where they first appear, not only in the appendix.
    first = next(i for i, p in enumerate(pages) if "Agreement A" in p)
    explained = pdf.squashed(pages[first])
    assert "AgreementA(vanderEijk):1foroneshared" in explained
    assert "Spread(Leik):0wheneveryoneisononepoint" in explained
    assert first < next(i for i, p in enumerate(pages) if "How the signals are worked out" in p)

    # Asked for, the hidden rounds are printed and each mention of one marked.
    marked = tmp_path / "marked.pdf"
    build_summary_pdf(hidden, marked, include_hidden=True)
    pages = pdf.page_texts(marked)
    page = card_page(pages, "Structure")
    assert f"{secret.consensus:.2f}" in page
    assert "2 (not revealed)" in page
    assert "printed here" in page and "facilitator's request" in " ".join(page.split())
    assert "1 (not revealed)" in card_page(pages, "Lifespan")


def test_the_roster_does_not_name_a_sector_under_three_beside_a_person(
    tmp_path: Path, snapshot: WorkshopSnapshot, pdf: Any
) -> None:
    out = tmp_path / "summary.pdf"
    build_summary_pdf(snapshot, out)
    roster = next(p for p in pdf.page_texts(out) if "Who took part" in p)
    assert "Keiko Tanaka" in roster  # everyone is listed...
    for small in ("Philanthropy", "Nonprofit"):  # ...but a sector of one is not named
        assert small not in roster
    assert "(a smaller sector)" in roster
    assert "Local government" in roster  # a sector of three is

    off = snapshot._replace(info=snapshot.info._replace(privacy_protection=False))
    build_summary_pdf(off, tmp_path / "off.pdf")
    roster = next(p for p in pdf.page_texts(tmp_path / "off.pdf") if "Who took part" in p)
    assert "Philanthropy" in roster and "(a smaller sector)" not in roster
