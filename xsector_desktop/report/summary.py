"""The partnership profile summary: the PDF a facilitator hands out after the workshop.

Page plan: cover; the profile at a glance; the trust-cycle reading (summary_overview.py); one
page per card (summary_cards.py); parking lot, next steps and problem-solving notes; the
appendix: who took part (one page up to about 80 people), and how the signals are worked out
(summary_appendix.py). summary_story() puts the pages in order as flowables;
build_summary_pdf() writes them.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from ..core.snapshot import (
    Analysis,
    WorkshopSnapshot,
    analyse,
    display_names,
    hidden_rounds,
    revealed_only,
)
from .blocks import source_line
from .language import N_, speaking, tr
from .pages import MARGIN_X, Progress, RunningHead, build, make_document, page_size_of
from .summary_appendix import appendix_story, closing_story
from .summary_cards import SummaryContext, card_page
from .summary_overview import cover_story, glance_story, trust_story

DOCUMENT = N_("Partnership profile summary")


def summary_story(
    snapshot: WorkshopSnapshot,
    analysis: Analysis | None = None,
    page_size: str = "A4",
    include_hidden: bool = False,
) -> list[Flowable]:
    """The whole summary as flowables (pure: no file is touched).

    A round the room never saw is printed as "not revealed", with none of its numbers, unless
    the facilitator asks for hidden rounds (`include_hidden`); then each one is marked.
    """
    width = float(page_size_of(page_size)[0] - 2 * MARGIN_X)
    hidden = hidden_rounds(snapshot)
    shown = snapshot if include_hidden else revealed_only(snapshot)
    if analysis is None or (hidden and not include_hidden):
        analysis = analyse(shown)
    ctx = SummaryContext(
        snapshot=shown,
        analysis=analysis,
        names=display_names(snapshot),
        width=width,
        hidden=hidden,
        include_hidden=include_hidden,
        explain_measures_on=next(
            (c.key for c in snapshot.deck.cards if analysis.card_signals(c.key)), None
        ),
    )
    story: list[Flowable] = [*cover_story(ctx), NextPageTemplate("body"), PageBreak()]
    story += [*glance_story(ctx), PageBreak(), *trust_story(ctx)]
    for card in snapshot.deck.cards:
        story += [PageBreak(), *card_page(ctx, card)]
    story += [PageBreak(), *closing_story(ctx), PageBreak(), *appendix_story(ctx)]
    return story


def build_summary_pdf(
    snapshot: WorkshopSnapshot,
    out_path: Path | str | BinaryIO,
    page_size: str = "A4",
    progress: Progress | None = None,
    include_hidden: bool = False,
) -> None:
    """Write the summary; progress(done, total) may be called from the calling (worker) thread."""
    with speaking(snapshot.deck.language):
        head = RunningHead(
            partnership=snapshot.info.partnership,
            document=tr(DOCUMENT),
            source=source_line(snapshot.deck),
        )
        doc = make_document(out_path, page_size, head, with_cover=True)
        story = summary_story(snapshot, page_size=page_size, include_hidden=include_hidden)
        build(doc, story, progress)
