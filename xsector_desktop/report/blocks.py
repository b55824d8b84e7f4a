"""Flowable building blocks shared by the summary, the handouts and the ballots."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ..core.deck import Card, Cycle, Deck
from ..core.scales import Scale
from .charts import tick_box
from .language import N_, tr
from .styles import ACCENT, ACCENT_LIGHT, MUTED, RULE, SHADE, escape, plain_table_style, styles

GROUP_NAMES = {"trait": N_("Foundational trait"), "factor": N_("Factor influencing success")}
GROUP_PLURALS = {"trait": N_("Foundational traits"), "factor": N_("Factors influencing success")}


def card_kicker(deck: Deck, card: Card) -> str:
    """ "FOUNDATIONAL TRAIT 3 OF 6": where a card sits in the framework."""
    group = deck.traits if card.group == "trait" else deck.factors
    kicker = tr("{group} {number} OF {count}").format(
        group=tr(GROUP_NAMES[card.group]).upper(), number=card.number, count=len(group)
    )
    return kicker


def source_line(deck: Deck) -> str:
    src = deck.source
    return tr("{publisher}, version {version}, {date}").format(
        publisher=src.publisher, version=src.version, date=src.date
    )


def proposed_types(card: Card) -> str:
    return ", ".join(t.name for t in card.types)


def card_heading(deck: Deck, card: Card) -> list[Flowable]:
    st = styles()
    return [
        Paragraph(card_kicker(deck, card), st.label),
        Paragraph(escape(card.title, bold=True), st.h1),
    ]


def types_box(card: Card, width: float) -> Table:
    """The card's type(s) with their characteristics, in a tinted panel."""
    st = styles()
    heading = tr("Proposed type") if len(card.types) == 1 else tr("Proposed types")
    rows: list[list[Flowable]] = [[Paragraph(heading.upper(), st.label)]]
    for card_type in card.types:
        rows.append([Paragraph(escape(card_type.name, bold=True), st.h3)])
        for trait in card_type.characteristics:
            rows.append([Paragraph(f"\u2022\u00a0 {escape(trait)}", st.body)])
    table = Table(rows, colWidths=[width])
    table.setStyle(
        plain_table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    return table


def tick_row(labels: Sequence[str], width: float, box: float = 12, align: str = "CENTER") -> Table:
    """A row of tick boxes, each with its label under it."""
    st = styles()
    count = max(len(labels), 1)
    boxes: list[Flowable] = [tick_box(box) for _ in labels]
    captions = [Paragraph(escape(label), st.cell_centre) for label in labels]
    table = Table([boxes, captions], colWidths=[width / count] * count, hAlign=align)
    table.setStyle(
        plain_table_style(
            [
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def scale_labels(scale: Scale, numbered: bool = True) -> list[str]:
    """Labels of the scale's points in the scale's own order, e.g. "4 Agree".

    Past six points the columns get too narrow for the long labels, so the short ones are used.
    """
    long_form = len(scale.points) <= 6
    labels = [tr(p.label) if long_form else tr(p.short) for p in scale.points]
    if numbered:
        return [f"{p.value}\u00a0{label}" for p, label in zip(scale.points, labels, strict=True)]
    return labels


def cycle_strip(cycle: Cycle, width: float) -> Table:
    """The stages of a cycle in a row, arrows between them, and a note that it loops."""
    st = styles()
    cells: list[Flowable] = []
    widths: list[float] = []
    arrow_w = 14.0
    box_w = (width - arrow_w * (len(cycle.stages) - 1)) / max(len(cycle.stages), 1)
    for i, stage in enumerate(cycle.stages):
        if i:
            cells.append(Paragraph("\u2192", st.cell_centre))
            widths.append(arrow_w)
        cells.append(Paragraph(f"<b>{i + 1}. {escape(stage.name, bold=True)}</b>", st.cell_centre))
        widths.append(box_w)
    table = Table([cells], colWidths=widths, rowHeights=[30])
    commands: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for col in range(0, len(cells), 2):
        commands += [
            ("BACKGROUND", (col, 0), (col, 0), SHADE),
            ("BOX", (col, 0), (col, 0), 0.6, RULE),
        ]
    table.setStyle(plain_table_style(commands))
    return table


def cycle_block(cycle: Cycle, width: float, with_summaries: bool = True) -> list[Flowable]:
    st = styles()
    block: list[Flowable] = [
        Paragraph(escape(cycle.title, bold=True), st.h2),
        Paragraph(escape(cycle.summary), st.body_muted),
        cycle_strip(cycle, width),
        Spacer(1, 6),
    ]
    if with_summaries:
        rows = [
            [
                Paragraph(f"<b>{escape(s.name, bold=True)}</b>", st.cell),
                Paragraph(escape(s.summary), st.cell),
            ]
            for s in cycle.stages
        ]
        table = Table(rows, colWidths=[width * 0.27, width * 0.73])
        table.setStyle(
            plain_table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        block.append(table)
    return [KeepTogether(block)]


def info_grid(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Label/value pairs in two columns, e.g. on a cover or a ballot head."""
    st = styles()
    rows = [
        [Paragraph(label.upper(), st.label), Paragraph(escape(value) or "\u2014", st.body)]
        for label, value in pairs
    ]
    table = Table(rows, colWidths=[width * 0.28, width * 0.72])
    table.setStyle(
        plain_table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BASELINE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
            ]
        )
    )
    return table
