"""The summary's page per card: what it says, how the room voted, who stands where, what was
raised."""

from __future__ import annotations

from typing import NamedTuple

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ..core.deck import Card
from ..core.model import Disagreement, Level
from ..core.signals import RoundSignals
from ..core.snapshot import Analysis, WorkshopSnapshot, breakdown
from .blocks import card_heading, proposed_types
from .charts import LevelTag, distribution_chart
from .language import N_, decimal, tr
from .styles import (
    ACCENT,
    LEVEL_LOOKS,
    RULE,
    cell_text,
    escape,
    level_markup,
    plain_table_style,
    styles,
    table_style,
)
from .wording import (
    MEASURE_NOTES,
    level_name,
    measure_note,
    reason_text,
    role_name,
    sector_name,
    stance_text,
)

KIND_NAMES = {
    "objection": N_("Objection"),
    "concern": N_("Concern"),
    "proposal": N_("Proposal"),
    "parking-lot": N_("Parking lot"),
}
STATUS_NAMES = {"open": N_("open"), "resolved": N_("resolved")}


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def status_name(status: str) -> str:
    return tr(STATUS_NAMES[status]) if status in STATUS_NAMES else status


class SummaryContext(NamedTuple):
    """What the summary's pages are built from: workshop, analysis, printed names, frame width."""

    snapshot: WorkshopSnapshot
    analysis: Analysis
    names: dict[int, str]  # participant id -> name to print (alias when anonymised)
    width: float
    hidden: tuple[tuple[str, int], ...] = ()  # (card, round) never revealed to the room
    include_hidden: bool = False  # the facilitator asked for hidden rounds to be printed
    explain_measures_on: str | None = None  # the first card page with a table of measures

    def hidden_of(self, card: str) -> tuple[int, ...]:
        return tuple(r for c, r in self.hidden if c == card)

    def raised_by(self, item: Disagreement) -> str:
        if item.raised_by is None:
            return tr("not said")
        return self.names.get(item.raised_by, tr("not on the roster"))


def number(value: float | None, digits: int = 2) -> str:
    return "\u2014" if value is None else decimal(value, digits)


def level_cell(level: Level | None) -> Flowable | str:
    return tr("not voted") if level is None else LevelTag(level, level_name(level))


def duration(seconds: int) -> str:
    minutes, rest = divmod(max(seconds, 0), 60)
    if not minutes:
        return tr("{s} s").format(s=rest)
    if not rest:
        return tr("{m} min").format(m=minutes)
    return tr("{m} min {s} s").format(m=minutes, s=rest)


def level_banner(latest: RoundSignals, width: float, types: int = 1) -> Table:
    """The card's latest level (shape and word), then in plain words how united the group is
    and where it stands, then the reasons."""
    st = styles()
    look = LEVEL_LOOKS[latest.level]
    reasons = " ".join(escape(reason_text(r)) for r in latest.reasons) or tr("No reason recorded.")
    stance = escape(stance_text(latest.stance, types), bold=True)
    heading = Paragraph(
        f'<font size="13">{level_markup(latest.level, level_name(latest.level))}</font>',
        st.body,
    )
    table = Table(
        [[heading, Paragraph(f"<b>{stance}</b><br/>{reasons}", st.body)]],
        colWidths=[width * 0.2, width * 0.8],
    )
    table.setStyle(
        plain_table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F6F6F3")),
                ("LINEBEFORE", (0, 0), (0, -1), 4, colors.HexColor(look.colour)),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def rounds_table(
    rounds: tuple[RoundSignals, ...], width: float, hidden: tuple[int, ...] = ()
) -> Table:
    styles()
    head = [
        tr("Round"),
        tr("Votes"),
        tr("Consensus"),
        tr("Agreement A"),
        tr("Spread (Leik)"),
        tr("Blocks"),
        tr("Level"),
    ]
    rows: list[list[Flowable | str]] = [list(head)]
    for rs in rounds:
        rows.append(
            [
                tr("{n} (not revealed)").format(n=rs.round)
                if rs.round in hidden
                else str(rs.round),
                str(rs.n),
                number(rs.consensus),
                number(rs.agreement_a),
                number(rs.dispersion_leik),
                str(rs.blocks),
                level_cell(rs.level),
            ]
        )
    fractions = (0.14, 0.09, 0.14, 0.15, 0.15, 0.09, 0.24)
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(table_style(extra=[("ALIGN", (0, 1), (5, -1), "CENTER")]))
    return table


def convergence_sentence(rounds: tuple[RoundSignals, ...]) -> str:
    if len(rounds) < 2:
        return tr("One round of votes; no re-vote to compare.")
    first, last = rounds[0], rounds[-1]
    if first.consensus is None or last.consensus is None:
        return tr("{n} rounds; consensus could not be compared.").format(n=len(rounds))
    change = last.consensus - first.consensus
    if abs(change) < 0.005:
        return tr("Across {n} rounds consensus stayed at {value}.").format(
            n=len(rounds), value=decimal(last.consensus)
        )
    template = (
        tr("Consensus rose from {a} in round {r1} to {b} in round {r2} ({change}).")
        if change > 0
        else tr("Consensus fell from {a} in round {r1} to {b} in round {r2} ({change}).")
    )
    return template.format(
        a=decimal(first.consensus),
        r1=first.round,
        b=decimal(last.consensus),
        r2=last.round,
        change=decimal(change, signed=True),
    )


class PositionMarker(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A dot on a line from the least to the most support, at a group's mean position.

    Drawn straight on the canvas: a card page has one per group, and the graphics renderer
    would cost more than the rest of the page.
    """

    def __init__(self, mean: float, k: int, width: float, height: float = 12) -> None:
        super().__init__()
        self.mean, self.k, self.width, self.height = mean, k, width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        left, right = 4.0, self.width - 4.0
        y = self.height / 2
        # The line and its ticks are the same for every group of the document: drawn once as a
        # form and placed by reference, so each marker adds only its dot.
        axis = f"xs-axis-{self.k}-{self.width:.2f}-{self.height:.2f}"
        if not canvas.hasForm(axis):
            canvas.beginForm(axis)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(1)
            canvas.line(left, y, right, y)
            canvas.setLineWidth(0.8)
            step = (right - left) / max(self.k - 1, 1)
            canvas.lines(
                [(left + step * i, y - 2.5, left + step * i, y + 2.5) for i in range(self.k)]
            )
            canvas.endForm()
        canvas.doForm(axis)
        x = left + (right - left) * (self.mean - 1) / max(self.k - 1, 1)
        canvas.setFillColor(ACCENT)
        canvas.setStrokeColor(colors.white)
        canvas.circle(x, y, 3.6, stroke=1, fill=1)


def breakdown_block(ctx: SummaryContext, card: str, round_number: int) -> list[Flowable]:
    st = styles()
    scale = ctx.snapshot.scale
    result = breakdown(ctx.snapshot, card, round_number, ctx.analysis.settings.min_group)
    out: list[Flowable] = [
        Paragraph(tr("BY SECTOR AND ROLE \u00b7 ROUND {n}").format(n=round_number), st.label)
    ]
    if not result.groups:
        out.append(
            Paragraph(
                tr(
                    "No sector or role group had {n} or more voters on this card, so none is "
                    "shown on its own."
                ).format(n=ctx.analysis.settings.min_group),
                st.body_muted,
            )
        )
        return out
    ranked = scale.ranked
    axis = f"{tr(ranked[0].short)} \u2192 {tr(ranked[-1].short)}"
    head = [tr("Group"), tr("Voters"), tr("Mean position"), axis]
    rows: list[list[Flowable | str]] = [list(head)]
    marker_width = ctx.width * 0.42
    for group in result.groups:
        label = sector_name(group.key) if group.kind == "sector" else role_name(group.key)
        rows.append(
            [
                cell_text(label, ctx.width * 0.3),
                str(group.n),
                tr("{mean} of {k}").format(mean=decimal(group.mean_rank, 1), k=scale.k),
                PositionMarker(group.mean_rank, scale.k, marker_width - 10),
            ]
        )
    table = Table(rows, colWidths=[ctx.width * f for f in (0.3, 0.1, 0.18, 0.42)])
    table.setStyle(table_style(extra=[("ALIGN", (1, 1), (2, -1), "CENTER")]))
    out.append(table)
    notes = []
    if result.held_back:
        template = (
            tr(
                "{n} voter in sectors with fewer than {m} voters is counted in the totals but "
                "not shown by sector."
            )
            if result.held_back == 1
            else tr(
                "{n} voters in sectors with fewer than {m} voters are counted in the totals but "
                "not shown by sector."
            )
        )
        notes.append(template.format(n=result.held_back, m=ctx.analysis.settings.min_group))
    if result.unknown:
        unknown = (
            tr("{n} tally or unlisted vote has no sector.")
            if result.unknown == 1
            else tr("{n} tally or unlisted votes have no sector.")
        )
        notes.append(unknown.format(n=result.unknown))
    if notes:
        out.append(Paragraph(" ".join(notes), st.small))
    return out


def raised_block(ctx: SummaryContext, card: str) -> list[Flowable]:
    st = styles()
    items = [d for d in ctx.snapshot.disagreements if d.card == card]
    out: list[Flowable] = [Paragraph(tr("RAISED DURING THE DISCUSSION"), st.label)]
    if not items:
        out.append(Paragraph(tr("Nothing was raised on this card."), st.body_muted))
        return out
    head = [tr("What"), tr("Raised by"), tr("What was said"), tr("Round"), tr("Status")]
    rows: list[list[Flowable | str]] = [list(head)]
    widths = [ctx.width * f for f in (0.15, 0.17, 0.45, 0.1, 0.13)]
    for item in sorted(items, key=lambda d: (d.round, d.id)):
        rows.append(
            [
                kind_name(item.kind),
                cell_text(ctx.raised_by(item), widths[1]),
                cell_text(item.text, widths[2]),
                str(item.round),
                status_name(item.status),
            ]
        )
    table = Table(rows, colWidths=widths)
    table.setStyle(table_style(extra=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out.append(table)
    return out


def _hidden_note(ctx: SummaryContext, card: str) -> list[Flowable]:
    """What the page says of rounds the room never saw: their round numbers and nothing else."""
    hidden = ctx.hidden_of(card)
    if not hidden:
        return []
    names = ", ".join(str(r) for r in hidden)
    plural = len(hidden) != 1
    if ctx.include_hidden:
        template = (
            tr(
                "Rounds {rounds} were not revealed in the room; printed here, marked "
                "\u201cnot revealed\u201d, at the facilitator's request."
            )
            if plural
            else tr(
                "Round {rounds} was not revealed in the room; printed here, marked "
                "\u201cnot revealed\u201d, at the facilitator's request."
            )
        )
    else:
        template = (
            tr("Rounds {rounds} were not revealed in the room, so their votes are not printed.")
            if plural
            else tr("Round {rounds} was not revealed in the room, so its votes are not printed.")
        )
    text = escape(template.format(rounds=names))
    return [Paragraph(f"<b>{tr('Not revealed.')}</b> {text}", styles().body)]


def card_page(ctx: SummaryContext, card: Card) -> list[Flowable]:
    st = styles()
    rounds = ctx.analysis.card_signals(card.key)
    seconds = ctx.snapshot.card_seconds.get(card.key)
    proposed = f"<b>{escape(proposed_types(card), bold=True)}</b>"
    meta = [tr("Proposed: {types}").format(types=proposed)]
    rounds_text = tr("1 round of votes") if len(rounds) == 1 else tr("{n} rounds of votes")
    meta.append(rounds_text.format(n=len(rounds)))
    if seconds:
        meta.append(tr("{time} on this card").format(time=duration(seconds)))
    story: list[Flowable] = [
        *card_heading(ctx.snapshot.deck, card),
        Paragraph(" \u00b7 ".join(meta), st.body_muted),
        Paragraph(escape(card.definition), st.statement),
        *_hidden_note(ctx, card.key),
    ]
    if not rounds:
        if not ctx.hidden_of(card.key):
            story.append(Paragraph(tr("The group did not vote on this card."), st.body))
        story += [Spacer(1, 6), *raised_block(ctx, card.key)]
        return story
    latest = rounds[-1]
    story += [level_banner(latest, ctx.width, len(card.type_names)), Spacer(1, 4)]
    chart_rounds = [(rs.round, rs.distribution) for rs in rounds]
    story.append(
        KeepTogether(
            [
                Paragraph(tr("HOW THE ROOM VOTED"), st.label),
                distribution_chart(ctx.snapshot.scale, chart_rounds, ctx.width, 120),
            ]
        )
    )
    hidden = ctx.hidden_of(card.key) if ctx.include_hidden else ()
    story += [
        rounds_table(rounds, ctx.width, hidden),
        Paragraph(convergence_sentence(rounds), st.small),
    ]
    if card.key == ctx.explain_measures_on:
        # Explained where they first appear, not only in the appendix.
        notes = " ".join(escape(measure_note(k)) for k in MEASURE_NOTES)
        story.append(Paragraph(notes, st.small))
    if latest.type_choices:
        choices = " \u00b7 ".join(
            f"{escape(name)} <b>{count}</b>" for name, count in latest.type_choices.items()
        )
        which = tr("Which type fits us, round {n}: {choices}")
        story.append(Paragraph(which.format(n=latest.round, choices=choices), st.body))
    story += breakdown_block(ctx, card.key, latest.round)
    story += raised_block(ctx, card.key)
    return story
