"""Handouts for before the meeting: the framework at a glance, a sheet per card, the cycles.

Page plan: 1 overview page, then one page per card, then one page for the behaviour cycles, so a
deck of 11 cards prints as 13 pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from ..core.deck import Card, Deck
from ..core.model import WorkshopInfo
from ..core.scales import Scale
from .blocks import (
    GROUP_PLURALS,
    card_heading,
    cycle_block,
    proposed_types,
    scale_labels,
    source_line,
    tick_row,
    types_box,
)
from .charts import WritingLines
from .language import N_, speaking, tr
from .pages import MARGIN_X, Progress, RunningHead, build, make_document, page_size_of
from .styles import escape, styles, table_style

DOCUMENT = N_("Framework handouts")


def _frame_width(page_size: str) -> float:
    return float(page_size_of(page_size)[0] - 2 * MARGIN_X)


def overview_story(deck: Deck, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph(escape(deck.title, bold=True), st.title),
        Paragraph(
            f"{tr('The framework at a glance')} \u00b7 {escape(source_line(deck))}", st.subtitle
        ),
        Paragraph(
            tr(
                "Each card names one part of a partnership and the type the framework proposes "
                "for it. For every card the group is asked the same two things: is this the "
                "right way for us, and how would you change it?"
            ),
            st.body,
        ),
    ]
    for group in ("trait", "factor"):
        cards = deck.traits if group == "trait" else deck.factors
        if not cards:
            continue
        rows: list[list[Flowable | str]] = [
            [
                Paragraph(h, st.cell_bold)
                for h in (
                    "#",
                    escape(tr(GROUP_PLURALS[group])),
                    tr("What it is"),
                    tr("Proposed type"),
                )
            ]
        ]
        rows += [
            [
                str(c.number),
                Paragraph(f"<b>{escape(c.title, bold=True)}</b>", st.cell),
                Paragraph(escape(c.definition), st.cell),
                Paragraph(escape(proposed_types(c)), st.cell),
            ]
            for c in cards
        ]
        table = Table(rows, colWidths=[width * f for f in (0.05, 0.24, 0.46, 0.25)], repeatRows=1)
        table.setStyle(table_style())
        story += [Spacer(1, 8), table]
    if deck.cycles:
        names = "; ".join(
            f"<b>{escape(c.title, bold=True)}</b>: "
            + " \u2192 ".join(escape(s.name) for s in c.stages)
            for c in deck.cycles
        )
        story += [
            Spacer(1, 10),
            Paragraph(tr("BEHAVIOUR CYCLES"), st.label),
            Paragraph(names, st.body),
        ]
    return story


def card_sheet(deck: Deck, card: Card, scale: Scale, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        *card_heading(deck, card),
        Paragraph(escape(card.definition), st.statement),
        types_box(card, width),
        Spacer(1, 10),
        Paragraph(escape(card.question, bold=True), st.h3),
    ]
    vote: list[Flowable] = [
        Paragraph(tr("YOUR VIEW (TICK ONE)"), st.label),
        tick_row(scale_labels(scale), width),
    ]
    if card.has_type_choice:
        vote += [
            Paragraph(tr("WHICH TYPE FITS US BEST? (TICK ONE)"), st.label),
            tick_row(
                [t.name for t in card.types], width * min(1.0, 0.25 * len(card.types)), align="LEFT"
            ),
        ]
    story += [
        KeepTogether(vote),
        Spacer(1, 6),
        Paragraph(tr("HOW WOULD YOU CHANGE THIS?"), st.label),
        WritingLines(6, fill=True),
    ]
    return story


def cycles_sheet(deck: Deck, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph(tr("BEHAVIOURS"), st.label),
        Paragraph(tr("The two behaviour cycles"), st.h1),
        Paragraph(
            tr(
                "Partnerships move through these cycles again and again; a "
                "stage is a place to notice, not a grade."
            ),
            st.body_muted,
        ),
    ]
    for cycle in deck.cycles:
        story += cycle_block(cycle, width)
        story += [
            KeepTogether(
                [
                    Paragraph(tr("WHERE DO YOU THINK WE ARE NOW? (TICK ONE)"), st.label),
                    tick_row([s.name for s in cycle.stages], width),
                ]
            ),
            Spacer(1, 8),
        ]
    return story


def handouts_story(deck: Deck, scale: Scale, page_size: str = "A4") -> list[Flowable]:
    """The whole handout as flowables: overview, a page per card, the cycles page."""
    width = _frame_width(page_size)
    story = overview_story(deck, width)
    for card in deck.cards:
        story += [PageBreak(), *card_sheet(deck, card, scale, width)]
    if deck.cycles:
        story += [PageBreak(), *cycles_sheet(deck, width)]
    return [NextPageTemplate("body"), *story]


def build_handouts_pdf(
    deck: Deck,
    scale: Scale,
    out_path: Path | str | BinaryIO,
    page_size: str = "A4",
    info: WorkshopInfo | None = None,
    progress: Progress | None = None,
) -> None:
    with speaking(deck.language):
        head = RunningHead(
            partnership=info.partnership if info else deck.title,
            document=tr(DOCUMENT),
            source=source_line(deck),
        )
        doc = make_document(out_path, page_size, head)
        build(doc, handouts_story(deck, scale, page_size), progress)
