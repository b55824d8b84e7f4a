"""Paper ballots: one page per participant (or blank), every card with the scale as tick boxes.

Each ballot carries the workshop, the participant's name and a short ballot code (see
core.snapshot.ballot_code), so a facilitator can key it in later and a ballot from another
workshop, or a mistyped code, is caught.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from ..core.deck import Card, Deck
from ..core.model import Participant, WorkshopInfo
from ..core.scales import Scale
from ..core.snapshot import WorkshopSnapshot, ballot_code
from .blocks import GROUP_PLURALS, source_line
from .charts import TickBox, WritingLines
from .language import N_, long_date, speaking, tr
from .pages import MARGIN_X, Progress, RunningHead, build, make_document, page_size_of
from .styles import ACCENT, ACCENT_LIGHT, RULE, SHADE, escape, plain_table_style, styles
from .textruns import text_width

DOCUMENT = N_("Paper ballot")


def _head(info: WorkshopInfo, name: str | None, code: str, width: float) -> Table:
    st = styles()
    when = " \u00b7 ".join(x for x in (long_date(info.date), info.place) if x)
    who = (
        Paragraph(f"<b>{escape(name, bold=True)}</b>", st.statement)
        if name
        else Paragraph(tr("Name (optional):") + " ______________________________", st.statement)
    )
    left = [
        Paragraph(tr("PAPER BALLOT"), st.label),
        Paragraph(escape(info.partnership, bold=True), st.h2),
        Paragraph(escape(when), st.small),
        Spacer(1, 4),
        who,
    ]
    right = [
        Paragraph(tr("BALLOT CODE"), st.label),
        Paragraph(f'<font size="16"><b>{code}</b></font>', st.body),
        Spacer(1, 6),
        Paragraph(tr("Round:") + " ______", st.body),
    ]
    table = Table([[left, right]], colWidths=[width * 0.7, width * 0.3])
    table.setStyle(
        plain_table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("BOX", (1, 0), (1, 0), 1, ACCENT),
                ("BACKGROUND", (1, 0), (1, 0), ACCENT_LIGHT),
                ("LEFTPADDING", (1, 0), (1, 0), 8),
                ("TOPPADDING", (1, 0), (1, 0), 4),
            ]
        )
    )
    return table


def _type_row(card: Card, columns: int) -> list[Flowable | str]:
    st = styles()
    choices: list[Flowable] = [Paragraph(tr("Which type fits us?"), st.small)]
    widths = [90.0]
    for card_type in card.types:
        choices += [TickBox(9), Paragraph(escape(card_type.name), st.cell)]
        name_width = text_width(card_type.name, st.cell.fontName, st.cell.fontSize)
        widths += [15.0, name_width + 18]
    inner = Table([choices], colWidths=widths, hAlign="LEFT")
    inner.setStyle(
        plain_table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [inner] + [""] * (columns - 1)


def _cards_table(deck: Deck, scale: Scale, width: float) -> Table:
    st = styles()
    points = scale.points
    crowded = len(points) > 6
    name_width = width * (0.24 if crowded else 0.27)
    point_width = (width - name_width) / len(points)
    header: list[Flowable | str] = [Paragraph(tr("Card"), st.cell_bold)]
    label_style = (
        st.cell_centre
        if not crowded
        else ParagraphStyle("xs-ballot-point", parent=st.cell_centre, fontSize=6.6, leading=8)
    )
    header += [
        Paragraph(f"<b>{p.value}</b><br/>{escape(tr(p.short))}", label_style) for p in points
    ]
    rows: list[list[Flowable | str]] = [header]
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (1, 0), (-1, 0), 1.5),
        ("RIGHTPADDING", (1, 0), (-1, 0), 1.5),
    ]
    for group in ("trait", "factor"):
        cards = [c for c in deck.cards if c.group == group]
        if not cards:
            continue
        commands += [
            ("SPAN", (0, len(rows)), (-1, len(rows))),
            ("TOPPADDING", (0, len(rows)), (-1, len(rows)), 6),
        ]
        rows.append([Paragraph(tr(GROUP_PLURALS[group]).upper(), st.label)] + [""] * len(points))
        for card in cards:
            commands += [
                ("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.5, RULE),
                ("BACKGROUND", (1, len(rows)), (-1, len(rows)), SHADE),
            ]
            rows.append(
                [Paragraph(f"<b>{card.number}. {escape(card.title, bold=True)}</b>", st.cell)]
                + [TickBox(12) for _ in points]
            )
            if card.has_type_choice:
                commands.append(("SPAN", (0, len(rows)), (-1, len(rows))))
                rows.append(_type_row(card, len(points) + 1))
    commands.append(("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE))
    table = Table(rows, colWidths=[name_width] + [point_width] * len(points), repeatRows=1)
    table.setStyle(plain_table_style(commands))
    return table


def ballot_story(
    info: WorkshopInfo, deck: Deck, scale: Scale, name: str | None, code: str, width: float
) -> list[Flowable]:
    st = styles()
    return [
        _head(info, name, code, width),
        Spacer(1, 8),
        Paragraph(
            tr(
                "For each card, tick <b>one</b> box: how far do you agree that the framework's "
                "proposed type is the right way for this partnership? Where a card offers a "
                "choice of types, tick the one you prefer too. Hand the ballot to the facilitator."
            ),
            st.body,
        ),
        _cards_table(deck, scale, width),
        Spacer(1, 8),
        KeepTogether(
            [
                Paragraph(tr("HOW WOULD YOU CHANGE IT? (NAME THE CARD)"), st.label),
                WritingLines(3, spacing=19, fill=True, most=8),
            ]
        ),
    ]


def build_ballots_pdf(
    info: WorkshopInfo,
    deck: Deck,
    scale: Scale,
    participants: Sequence[Participant],
    out_path: Path | str | BinaryIO,
    page_size: str = "A4",
    blank_count: int = 0,
    progress: Progress | None = None,
) -> None:
    """One ballot page per participant, in roster order, then blank_count blank ballots."""
    if blank_count < 0:
        raise ValueError(f"blank_count is {blank_count}: must be 0 or more")
    if not participants and not blank_count:
        raise ValueError("no participants and no blank ballots: nothing to print")
    width = float(page_size_of(page_size)[0] - 2 * MARGIN_X)
    ballots: list[tuple[str | None, str]] = [
        (p.name, ballot_code(info, p.id)) for p in participants
    ]
    ballots += [(None, ballot_code(info, None, n)) for n in range(1, blank_count + 1)]
    story: list[Flowable] = []
    with speaking(deck.language):
        for index, (name, code) in enumerate(ballots):
            if index:
                story.append(PageBreak())
            story += ballot_story(info, deck, scale, name, code, width)
        head = RunningHead(info.partnership, tr(DOCUMENT), source_line(deck))
        build(make_document(out_path, page_size, head), story, progress)


def build_ballots_pdf_for(
    snapshot: WorkshopSnapshot,
    out_path: Path | str | BinaryIO,
    page_size: str = "A4",
    blank_count: int = 0,
    progress: Progress | None = None,
) -> None:
    """Ballots for a workshop's roster; an anonymous workshop gets blank ones only."""
    people = () if snapshot.info.anonymous else snapshot.participants
    build_ballots_pdf(
        snapshot.info,
        snapshot.deck,
        snapshot.scale,
        people,
        out_path,
        page_size,
        blank_count,
        progress,
    )
