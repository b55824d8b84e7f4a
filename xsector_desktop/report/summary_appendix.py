"""The summary's closing pages: parking lot and next steps, problem-solving notes, the appendix."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from ..core.model import Disagreement
from ..core.snapshot import Note, min_group_size
from .blocks import cycle_strip
from .language import N_, decimal, percent, tr
from .styles import cell_text, escape, level_markup, styles, table_style
from .summary_cards import SummaryContext, kind_name, status_name
from .wording import sector_name

PROBLEM_SOLVING = "problem-solving"
ROLE_SINGULAR = {"doer": N_("Doer"), "decision-maker": N_("Decision-maker")}
# Up to this many people the roster is one list; a bigger one is two lists side by side, so
# a workshop of 60 still fits on one page. Column shares of the frame width for each layout:
ONE_LIST_MOST = 36
ONE_LIST_SHARES = (0.4, 0.32, 0.2)
SIDE_BY_SIDE_SHARES = (0.146, 0.17, 0.164)
GUTTER_SHARE = 0.04


def _card_title(ctx: SummaryContext, key: str | None) -> str:
    if key is None:
        return tr("Whole workshop")
    deck = ctx.snapshot.deck
    return deck.card(key).title if deck.has_card(key) else key


def _items_table(ctx: SummaryContext, items: list[Disagreement], with_kind: bool) -> Table:
    styles()
    head = [
        tr("Card"),
        *([tr("What")] if with_kind else []),
        tr("Item"),
        tr("Raised by"),
        tr("Status"),
    ]
    fractions = (0.2, 0.13, 0.45, 0.12, 0.1) if with_kind else (0.22, 0.54, 0.14, 0.1)
    rows: list[list[Flowable | str]] = [list(head)]
    col = [ctx.width * f for f in fractions]
    for item in items:
        row: list[Flowable | str] = [cell_text(_card_title(ctx, item.card), col[0])]
        if with_kind:
            row.append(kind_name(item.kind))
        row += [
            cell_text(item.text, col[-3]),
            cell_text(ctx.raised_by(item), col[-2]),
            status_name(item.status),
        ]
        rows.append(row)
    table = Table(rows, colWidths=col, repeatRows=1)
    table.setStyle(table_style(extra=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _deck_order(ctx: SummaryContext, item: Disagreement) -> tuple[int, int, int]:
    keys = ctx.snapshot.deck.card_keys
    position = keys.index(item.card) if item.card in keys else len(keys)
    return position, item.round, item.id


def _note_line(ctx: SummaryContext, note: Note) -> Paragraph:
    where = f"<b>{escape(_card_title(ctx, note.card), bold=True)}:</b> " if note.card else ""
    return Paragraph(f"\u2022\u00a0 {where}{escape(note.text)}", styles().body)


def closing_story(ctx: SummaryContext) -> list[Flowable]:
    st = styles()
    snap = ctx.snapshot
    ordered = sorted(snap.disagreements, key=lambda d: _deck_order(ctx, d))
    parking = [d for d in ordered if d.kind == "parking-lot"]
    still_open = [d for d in ordered if d.kind != "parking-lot" and d.status == "open"]
    next_steps = [n for n in snap.notes if n.kind == "next-step"]
    story: list[Flowable] = [Paragraph(tr("Parking lot and next steps"), st.h1)]
    story.append(Paragraph(tr("Parking lot"), st.h2))
    if parking:
        story.append(_items_table(ctx, parking, with_kind=False))
    else:
        story.append(Paragraph(tr("Nothing was put in the parking lot."), st.body_muted))
    story.append(Paragraph(tr("Next steps"), st.h2))
    if next_steps:
        story += [_note_line(ctx, n) for n in next_steps]
    else:
        story.append(Paragraph(tr("No next steps were recorded."), st.body_muted))
    story.append(Paragraph(tr("Still open"), st.h2))
    if still_open:
        story.append(
            Paragraph(
                tr("Objections, concerns and proposals nobody has closed yet."), st.body_muted
            )
        )
        story.append(_items_table(ctx, still_open, with_kind=True))
    else:
        story.append(Paragraph(tr("Every objection, concern and proposal was resolved."), st.body))
    story += [Spacer(1, 8), *problem_solving_story(ctx)]
    return story


def problem_solving_story(ctx: SummaryContext) -> list[Flowable]:
    st = styles()
    deck = ctx.snapshot.deck
    notes = [n for n in ctx.snapshot.notes if n.kind == "note"]
    story: list[Flowable] = [Paragraph(tr("Problem-solving notes"), st.h2)]
    cycle = next((c for c in deck.cycles if c.key == PROBLEM_SOLVING), None)
    if cycle is not None:
        story += [cycle_strip(cycle, ctx.width), Spacer(1, 6)]
    stages = list(cycle.stages) if cycle else []
    for stage in stages:
        here = [n for n in notes if n.stage == stage.key]
        if here:
            block: list[Flowable] = [Paragraph(escape(stage.name, bold=True), st.h3)]
            block += [_note_line(ctx, n) for n in here]
            story.append(KeepTogether(block))
    known = {s.key for s in stages}
    other = [n for n in notes if n.stage not in known]
    if other:
        story.append(Paragraph(tr("Other notes"), st.h3))
        story += [_note_line(ctx, n) for n in other]
    if not notes:
        story.append(Paragraph(tr("No problem-solving notes were taken."), st.body_muted))
    return story


def _roster_table(ctx: SummaryContext) -> Table:
    """Everyone who took part: one list, or two side by side when it would not fit a page."""
    people = ctx.snapshot.participants
    anonymised = ctx.snapshot.info.anonymise_names
    side_by_side = len(people) > ONE_LIST_MOST
    shares = SIDE_BY_SIDE_SHARES if side_by_side else ONE_LIST_SHARES
    widths = [ctx.width * f for f in shares]
    entries: list[list[Flowable | str]] = []
    small_sectors, small_roles = _small_groups(ctx)
    for person in people:
        name = cell_text(ctx.names[person.id], widths[0])
        if anonymised:
            entries.append([name, "", ""])
            continue
        # A sector or role of fewer than the protected size is not named beside a person:
        # with it, a name and a group average would give that person's vote away.
        small = tr(SMALL_GROUP)
        sector = small if person.sector in small_sectors else sector_name(person.sector)
        role = tr(ROLE_SINGULAR[person.role]) if person.role in ROLE_SINGULAR else ""
        role = "" if person.role in small_roles else role
        entries.append([name, cell_text(sector, widths[1]), cell_text(role, widths[2])])
    head = [tr("Name"), tr("Sector"), tr("Role")] if not anonymised else [tr("Alias"), "", ""]
    extra: list[tuple[object, ...]] = [
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if side_by_side:
        half = (len(entries) + 1) // 2
        left, right = entries[:half], entries[half:]
        rows: list[list[Flowable | str]] = [[*head, "", *head]]
        for i in range(half):
            other = right[i] if i < len(right) else ["", "", ""]
            rows.append([*left[i], "", *other])
        widths = [*widths, ctx.width * GUTTER_SHARE, *widths]
        extra += [
            ("BACKGROUND", (3, 0), (3, -1), "white"),
            ("LINEBELOW", (3, 0), (3, -1), 0, "white"),
        ]
    else:
        rows = [list(head), *entries]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(extra=extra))
    return table


SMALL_GROUP = N_("(a smaller sector)")


def _small_groups(ctx: SummaryContext) -> tuple[set[str], set[str]]:
    """Sectors and roles with fewer people than the workshop's privacy protection allows."""
    info = ctx.snapshot.info
    if not info.privacy_protection:
        return set(), set()
    smallest = min_group_size(info)
    sectors: dict[str, int] = {}
    roles: dict[str, int] = {}
    for person in ctx.snapshot.participants:
        sectors[person.sector] = sectors.get(person.sector, 0) + 1
        roles[person.role] = roles.get(person.role, 0) + 1
    return (
        {s for s, n in sectors.items() if n < smallest},
        {r for r, n in roles.items() if n < smallest},
    )


def method_story(ctx: SummaryContext) -> list[Flowable]:
    st = styles()
    s = ctx.analysis.settings
    k = ctx.snapshot.scale.k
    watch_gap = s.split_watch_share * (k - 1)
    storm_gap = s.split_storming_share * (k - 1)
    d = decimal
    privacy = (
        tr(
            "<b>Privacy</b>: a sector or role group with fewer than {n} voters is never shown on "
            "its own, so no one's vote can be worked out from a group average."
        )
        if ctx.snapshot.info.privacy_protection
        else tr(
            "<b>Privacy</b>: a sector or role group with fewer than {n} voters is never shown on "
            "its own (the facilitator turned the stricter rule of 3 off for this workshop)."
        )
    )
    points = [
        tr(
            "Every vote counts in the totals. On scales that have them, abstentions, requests "
            "for more discussion and vetoes are counted apart from the ordered support scale."
        ),
        tr(
            "<b>Consensus</b> (Tastle and Wierman) runs from 0, a room split between the two "
            "ends of the scale, to 1, everyone on the same point. Below {watch} a card is on "
            "watch; below {storming} it is storming."
        ).format(watch=d(s.consensus_watch), storming=d(s.consensus_storming)),
        tr(
            "<b>Agreement A</b> (van der Eijk) runs from \u22121, two opposed camps, to 1, one "
            "shared view. Below {storming} the room is polarised: storming."
        ).format(storming=d(s.agreement_storming)),
        tr(
            "<b>Spread</b> (Leik's ordinal dispersion) runs from 0, all on one point, to 1, "
            "split between the extremes. It is shown for reference and does not set the level."
        ),
        tr(
            "<b>Blocks</b>: a fist or a veto means someone cannot go along with the card; from "
            "{n} block on, the card is storming."
        ).format(n=s.blocks_storming),
        tr(
            "<b>Sector split</b>: the largest gap between the average positions of two sectors "
            "that each have at least {n} voters. {watch} points or more on this {k}-point scale "
            "is watch; {storming} or more is storming. The <b>role split</b> compares doers and "
            "decision-makers the same way."
        ).format(n=s.min_group, watch=d(watch_gap, 1), k=k, storming=d(storm_gap, 1)),
        tr(
            "<b>Open objections</b>: from {n} objection still open, a card is on watch. So it "
            "is when {share} or more of the room ask for more discussion."
        ).format(n=s.objections_watch, share=percent(s.discuss_share_watch)),
        tr(
            "A card's level is the most serious level any of these gives, and every level is "
            "printed with its reasons. <b>Convergence</b> is the change in consensus between a "
            "card's rounds."
        ),
        privacy.format(n=s.min_group),
        tr(
            "The <b>trust-cycle reading</b> looks at the latest round of every card: many "
            "storming cards or open objections suggest Storming; differences that were worked "
            "through by a re-vote suggest Norming; broad, tested agreement suggests Performing; "
            "and few cards, or easy agreement that was never tested, suggest Forming."
        ),
    ]
    legend = ", ".join(level_markup(level) for level in ("calm", "watch", "storming"))
    story: list[Flowable] = [
        Paragraph(tr("APPENDIX"), st.label),
        Paragraph(tr("How the signals are worked out"), st.h1),
        Paragraph(
            tr("Each card and round gets one of three levels: {legend}.").format(legend=legend),
            st.body,
        ),
    ]
    story += [Paragraph(f"\u2022\u00a0 {p}", st.body) for p in points]
    return story


def appendix_story(ctx: SummaryContext) -> list[Flowable]:
    st = styles()
    snap = ctx.snapshot
    story: list[Flowable] = [
        Paragraph(tr("APPENDIX"), st.label),
        Paragraph(tr("Who took part"), st.h1),
    ]
    if not snap.participants:
        story.append(
            Paragraph(tr("Votes were taken as show-of-hands tallies; no one is named."), st.body)
        )
    else:
        count = len(snap.participants)
        intro = (tr("1 person took part.") if count == 1 else tr("{n} people took part.")).format(
            n=count
        )
        if snap.info.anonymise_names:
            intro += " " + tr("At the facilitator's request, names are replaced by aliases.")
        elif any(_small_groups(ctx)):
            intro += " " + tr(
                "Sectors and roles with fewer than {n} people are not named beside anyone "
                "(shown as \u201c{small}\u201d or left blank), as on the first page: privacy "
                "protection is on."
            ).format(n=min_group_size(snap.info), small=tr(SMALL_GROUP))
        story += [Paragraph(intro, st.body_muted), _roster_table(ctx)]
    story += [PageBreak(), *method_story(ctx)]
    return story
