"""The summary's opening pages, which read the workshop as a whole: the cover (who, where, the key
figures, who was in the room), the profile at a glance (a row per card) and the trust-cycle
reading. The page per card is summary_cards.py; what follows it, summary_appendix.py.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ..core.model import TRUST_STAGES, Level
from ..core.snapshot import roster_by_sector
from ..core.stance import Stance
from .blocks import GROUP_PLURALS, info_grid, proposed_types, source_line
from .fonts import FONTS
from .language import N_, long_date, percent, tr
from .styles import (
    ACCENT,
    ACCENT_LIGHT,
    LEVEL_LOOKS,
    RULE,
    SHADE,
    cell_text,
    escape,
    level_markup,
    plain_table_style,
    styles,
    table_style,
)
from .summary_cards import SummaryContext, level_cell, number
from .wording import (
    level_name,
    reason_text,
    sector_name,
    stance_short,
    trust_stage_description,
    trust_stage_name,
)

LONG_LABEL = 22


def _key_figures(ctx: SummaryContext) -> Table:
    st = styles()
    snap = ctx.snapshot
    voted = sum(1 for p in ctx.analysis.profile if p.voted)
    figures = (
        (str(len(snap.participants)) if snap.participants else tr("tally"), tr("participants")),
        (tr("{n} of {total}").format(n=voted, total=len(snap.deck.cards)), tr("cards voted")),
        (str(len(ctx.analysis.signals)), tr("voting rounds")),
        (str(len(snap.disagreements)), tr("items raised")),
    )
    cells = [
        [Paragraph(escape(big, bold=True), st.big_number) for big, _ in figures],
        [Paragraph(escape(label), st.cell_centre) for _, label in figures],
    ]
    table = Table(cells, colWidths=[ctx.width / 4] * 4)
    table.setStyle(
        plain_table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEAFTER", (0, 0), (-2, -1), 1.5, "white"),
                ("TOPPADDING", (0, 0), (-1, 0), 10),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
            ]
        )
    )
    return table


def cover_story(ctx: SummaryContext) -> list[Flowable]:
    st = styles()
    snap, info = ctx.snapshot, ctx.snapshot.info
    story: list[Flowable] = [
        Spacer(1, 28),
        Paragraph(tr("PARTNERSHIP PROFILE"), st.label),
        Paragraph(escape(info.partnership, bold=True), st.title),
        Paragraph(tr("Where the group stands on each card of the framework, and why"), st.subtitle),
        info_grid(
            [
                (tr("Date"), long_date(info.date)),
                (tr("Place"), info.place),
                (tr("Facilitator"), info.facilitator),
                (tr("Framework"), snap.deck.title),
                (tr("Source"), source_line(snap.deck)),
                (tr("Vote scale"), tr(snap.scale.name)),
            ],
            ctx.width,
        ),
        Spacer(1, 16),
        _key_figures(ctx),
        Spacer(1, 18),
        Paragraph(tr("Who was in the room"), st.h2),
    ]
    sectors = roster_by_sector(snap)
    if not sectors:
        note = tr("Votes were taken as show-of-hands tallies, with no roster.")
        story.append(Paragraph(note, st.body_muted))
        return story
    rows: list[list[Flowable | str]] = [
        [
            Paragraph(tr("Sector"), st.cell_bold),
            Paragraph(f"<b>{tr('People')}</b>", st.cell_centre),
        ]
    ]
    for row in sectors:
        label = (
            sector_name(row.sector)
            if row.sector is not None
            else tr("Other sectors, each with fewer than 3 people")
        )
        rows.append([cell_text(label, ctx.width * 0.6), str(row.people)])
    table = Table(rows, colWidths=[ctx.width * 0.6, ctx.width * 0.15], hAlign="LEFT")
    table.setStyle(table_style(extra=[("ALIGN", (1, 1), (1, -1), "CENTER")]))
    story.append(table)
    if any(r.sector is None for r in sectors):
        story.append(
            Paragraph(
                tr(
                    "Sectors with fewer than 3 people are counted together so that no one is "
                    "singled out (privacy protection is on)."
                ),
                st.small,
            )
        )
    return story


def position_text(
    ctx: SummaryContext, value: int | None, support: float | None, stance: Stance | None = None
) -> str:
    if value is None:
        return "\u2014"
    point = ctx.snapshot.scale.point(value)
    # Long labels (gradients of agreement) would make every row three lines deep.
    long_label, short_label = tr(point.label), tr(point.short)
    label = escape(long_label if len(long_label) <= LONG_LABEL else short_label)
    if stance is not None:  # the plain words first: how united, and whether the type fits
        label = f"<b>{escape(stance_short(stance), bold=True)}</b><br/>{label}"
    if support is None:
        return label
    side = tr("{share} on the support side").format(share=percent(support))
    return f"{label}<br/><font size='7.5' color='#5A5A5A'>{side}</font>"


def glance_story(ctx: SummaryContext) -> list[Flowable]:
    st = styles()
    deck = ctx.snapshot.deck
    story: list[Flowable] = [
        Paragraph(tr("The profile at a glance"), st.h1),
        Paragraph(
            tr(
                "Each row is one card of the framework: the type it proposes, where the group "
                "landed in its last revealed round (how united it is and whether the type fits, "
                "then the middle vote), how far the group agreed with one another (consensus: 1 "
                "when everyone is on the same point, 0 when the room is split between the two "
                "ends), and the storming signal."
            ),
            st.body_muted,
        ),
    ]
    # Paragraphs, so a heading wider than its column wraps instead of running into the next.
    head: list[Flowable | str] = [
        Paragraph(escape(tr(text), bold=True), st.cell_bold)
        for text in (
            N_("Card"),
            N_("Framework type"),
            N_("Where the group stands"),
            N_("Consensus"),
            N_("Signal"),
        )
    ]
    rows: list[list[Flowable | str]] = [head]
    group_rows: list[int] = []
    for group in ("trait", "factor"):
        cards = [c for c in deck.cards if c.group == group]
        if not cards:
            continue
        group_rows.append(len(rows))
        rows.append([Paragraph(tr(GROUP_PLURALS[group]).upper(), st.label), "", "", "", ""])
        for card in cards:
            profile = next(p for p in ctx.analysis.profile if p.card == card.key)
            consensus = profile.latest.consensus if profile.latest else None
            rows.append(
                [
                    Paragraph(f"<b>{card.number}. {escape(card.title, bold=True)}</b>", st.cell),
                    cell_text(proposed_types(card), ctx.width * 0.22),
                    Paragraph(
                        position_text(
                            ctx,
                            profile.position_value,
                            profile.support_share,
                            profile.latest.stance if profile.latest else None,
                        ),
                        st.cell,
                    ),
                    number(consensus),
                    level_cell(profile.level)
                    if profile.level is not None or not ctx.hidden_of(card.key)
                    else tr("not revealed"),
                ]
            )
    extra: list[tuple[object, ...]] = [("ALIGN", (3, 1), (3, -1), "CENTER")]
    for index in group_rows:
        extra += [
            ("SPAN", (0, index), (-1, index)),
            ("BACKGROUND", (0, index), (-1, index), "white"),
            ("TOPPADDING", (0, index), (-1, index), 8),
        ]
    table = Table(
        rows, colWidths=[ctx.width * f for f in (0.21, 0.24, 0.28, 0.13, 0.14)], repeatRows=1
    )
    table.setStyle(table_style(extra=extra))
    meanings: tuple[tuple[Level, str], ...] = (
        ("calm", tr("votes close together, nothing open")),
        ("watch", tr("worth a closer look")),
        ("storming", tr("real differences to work through")),
    )
    legend = "\u2003\u2003 ".join(f"{level_markup(lvl)}: {escape(text)}" for lvl, text in meanings)
    counts = ctx.analysis.trust.counts
    tally = ", ".join(
        f"{counts.get(level, 0)} {level_name(level).lower()}" for level in LEVEL_LOOKS
    )
    story += [
        table,
        Spacer(1, 8),
        Paragraph(legend, st.small),
        Paragraph(tr("Latest rounds: {tally}.").format(tally=tally), st.small),
    ]
    return story


def trust_story(ctx: SummaryContext) -> list[Flowable]:
    st = styles()
    reading = ctx.analysis.trust
    confirmed = ctx.snapshot.trust_stage
    story: list[Flowable] = [
        Paragraph(tr("The trust-building cycle"), st.h1),
        Paragraph(
            tr(
                "From the signals across all cards, xsector suggests where the partnership "
                "stands in the trust cycle. It is a suggestion for the facilitator to weigh; the "
                "stage the facilitator confirmed is the one that counts."
            ),
            st.body_muted,
        ),
        Spacer(1, 6),
    ]
    cells: list[Flowable] = []
    for stage in TRUST_STAGES:
        marks = []
        if stage == reading.stage:
            marks.append(tr("suggested"))
        if stage == confirmed:
            marks.append(f"<b>{tr('confirmed')}</b>")
        joined = " \u00b7 ".join(marks)
        note = f"<br/><font size='7.5'>{joined}</font>" if marks else ""
        cells.append(Paragraph(f"<b>{trust_stage_name(stage)}</b>{note}", st.cell_centre))
    strip = Table([cells], colWidths=[ctx.width / len(TRUST_STAGES)] * len(TRUST_STAGES))
    commands: list[tuple[object, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
    ]
    if reading.stage in TRUST_STAGES:
        col = TRUST_STAGES.index(reading.stage)
        commands.append(("BACKGROUND", (col, 0), (col, 0), ACCENT_LIGHT))
    if confirmed in TRUST_STAGES:
        col = TRUST_STAGES.index(confirmed)
        commands.append(("BOX", (col, 0), (col, 0), 2, ACCENT))
    strip.setStyle(plain_table_style(commands))
    story += [strip, Spacer(1, 10)]
    suggested = tr("Suggested stage: {stage}").format(
        stage=f"<b>{trust_stage_name(reading.stage)}</b>"
    )
    story.append(Paragraph(suggested, st.h3))
    story.append(Paragraph(escape(trust_stage_description(reading.stage)), st.body))
    story.append(Paragraph(tr("WHY"), st.label))
    for reason in reading.reasons:
        story.append(Paragraph(f"\u2022\u00a0 {escape(reason_text(reason))}", st.body))
    story.append(Spacer(1, 8))
    if confirmed is None:
        story.append(Paragraph(tr("The facilitator has not confirmed a stage yet."), st.body_muted))
    else:
        template = (
            tr("The facilitator confirmed {stage}, agreeing with the suggestion.")
            if confirmed == reading.stage
            else tr("The facilitator confirmed {stage}, instead of the suggestion.")
        )
        stage_name = f"<b>{trust_stage_name(confirmed)}</b>"
        story.append(Paragraph(template.format(stage=stage_name), st.body))
        if confirmed != reading.stage:
            story.append(Paragraph(escape(trust_stage_description(confirmed)), st.body_muted))
    story += _stages_reference(ctx)
    return [KeepTogether(story)]


def _stages_reference(ctx: SummaryContext) -> list[Flowable]:
    """What each stage of the deck's trust cycle means, for readers who missed the workshop."""
    st = styles()
    deck = ctx.snapshot.deck
    cycle = next((c for c in deck.cycles if c.key == "trust"), None)
    if cycle is None:
        return []
    rows = [[stage.name, cell_text(stage.summary, ctx.width * 0.78)] for stage in cycle.stages]
    table = Table(rows, colWidths=[ctx.width * 0.22, ctx.width * 0.78])
    table.setStyle(table_style(header_rows=0, zebra=False,
                               extra=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("FONTNAME", (0, 0), (0, -1), FONTS.bold)]))  # fmt: skip
    return [Spacer(1, 14), Paragraph(tr("THE FOUR STAGES"), st.label), table]
