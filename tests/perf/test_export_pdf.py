"""Benchmark: the PDF summary of a big workshop against a bare ReportLab document of the same size.

Run with: XSECTOR_PERF=1 .venv/bin/python -m pytest tests/perf -s

The workshop: 60 participants, 11 cards, 3 rounds of votes on each, a few items raised per card.
The baseline is ReportLab alone building a document with the same number of pages, tables and
bar charts (plain cells, no styling logic), in the same process and the same fonts, so the
figure says what xsector's own work (analysis, layout decisions, markup) costs on top of
ReportLab. Target: at most 2.0 times the baseline, medians of several runs.
"""

from __future__ import annotations

import io
import random
import statistics
import time
from collections.abc import Callable

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table
from reportlab.platypus.doctemplate import SimpleDocTemplate

from xsector_desktop.core.deck import builtin_deck
from xsector_desktop.core.model import SECTORS, Disagreement, Participant, Vote, WorkshopInfo
from xsector_desktop.core.scales import get_scale
from xsector_desktop.core.snapshot import RoundRecord, WorkshopSnapshot
from xsector_desktop.report.charts import DistributionChart
from xsector_desktop.report.fonts import register_fonts
from xsector_desktop.report.styles import styles
from xsector_desktop.report.summary import build_summary_pdf, summary_story

PARTICIPANTS = 60
ROUNDS = 3
RUNS = 7
TARGET_RATIO = 2.0


def big_workshop() -> WorkshopSnapshot:
    rng = random.Random(20260312)
    deck = builtin_deck()
    scale = get_scale("agree5")
    roles = ("doer", "decision-maker", "unsaid")
    people = tuple(
        Participant(i, f"Participant {i}", SECTORS[i % len(SECTORS)], roles[i % 3])  # type: ignore[arg-type]
        for i in range(1, PARTICIPANTS + 1)
    )
    votes: list[Vote] = []
    items: list[Disagreement] = []
    for card in deck.cards:
        lean = rng.randint(2, 5)
        for number in range(1, ROUNDS + 1):
            for person in people:
                value = min(5, max(1, lean + rng.choice((-2, -1, 0, 0, 1))))
                choice = (
                    card.types[person.id % len(card.types)].name if card.has_type_choice else None
                )
                votes.append(Vote(len(votes) + 1, person.id, card.key, number, value, choice))
        for kind in ("objection", "concern", "proposal"):
            items.append(Disagreement(len(items) + 1, card.key, 1, kind,  # type: ignore[arg-type]
                                      f"A {kind} about {card.title.lower()} worth recording.",
                                      raised_by=rng.randint(1, PARTICIPANTS)))  # fmt: skip
    info = WorkshopInfo("Metro Benchmark Partnership", "2026-03-12", "Civic Centre", "Sam Ellery")
    # Every round was revealed in the room: a hidden round prints none of its numbers, and
    # the summary benchmarked is the one a facilitator prints after a workshop.
    rounds = tuple(
        RoundRecord(card.key, number, "2026-03-12T10:00:00", "2026-03-12T10:01:00")
        for card in deck.cards
        for number in range(1, ROUNDS + 1)
    )
    return WorkshopSnapshot(info=info, deck=deck, scale=scale, participants=people,
                            votes=tuple(votes), disagreements=tuple(items), rounds=rounds,
                            trust_stage="norming")  # fmt: skip


def count_parts(story: list[Flowable]) -> tuple[list[tuple[int, int]], int]:
    """The shape (rows, columns) of every table a story holds, and how many bar charts.

    Looks inside KeepTogether and inside table cells, where nested tables also count.
    """
    tables: list[tuple[int, int]] = []
    charts = 0
    stack: list[object] = list(story)
    while stack:
        item = stack.pop()
        if isinstance(item, KeepTogether):
            stack.extend(item._content)
        elif isinstance(item, Table):
            tables.append((item._nrows, item._ncols))
            for row in item._cellvalues:
                for cell in row:
                    stack.extend(cell if isinstance(cell, list | tuple) else [cell])
        elif isinstance(item, DistributionChart):
            charts += 1
    return tables, charts


def bare_document(pages: int, tables: list[tuple[int, int]], charts: int) -> Callable[[], bytes]:
    """ReportLab alone: as many pages, tables of the same shapes, and as many bar charts.

    Cells hold a short plain string and tables carry no styling beyond the font, so the
    difference to the summary is what xsector adds: analysis, wrapped text, markup, styling.
    """
    fonts = register_fonts()
    body = styles().body

    def build() -> bytes:
        buffer = io.BytesIO()
        story: list[Flowable] = []
        per_page_tables = -(-len(tables) // pages)
        per_page_charts = -(-charts // pages)
        pending_tables = list(tables)
        made_charts = 0
        for page in range(pages):
            story.append(Paragraph(f"Page {page + 1}", body))
            for _ in range(per_page_tables):
                if pending_tables:
                    rows, cols = pending_tables.pop()
                    table = Table([[f"r{r}c{c}" for c in range(cols)] for r in range(rows)])
                    table.setStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular)])
                    story.append(table)
            for _ in range(per_page_charts):
                if made_charts < charts:
                    drawing = Drawing(400, 110)
                    chart = VerticalBarChart()
                    chart.data = [[3, 5, 9, 20, 23], [2, 4, 10, 22, 22], [1, 3, 12, 22, 22]]
                    chart.categoryAxis.categoryNames = ["1", "2", "3", "4", "5"]
                    chart.categoryAxis.labels.fontName = fonts.regular
                    chart.valueAxis.labels.fontName = fonts.regular
                    drawing.add(chart)
                    story.append(drawing)
                    made_charts += 1
            story.append(PageBreak())
        SimpleDocTemplate(buffer, initialFontName=fonts.regular).build(story)
        return buffer.getvalue()

    return build


def medians(actions: list[Callable[[], object]], runs: int = RUNS) -> list[float]:
    """Median seconds of each action, run in turns so a busy machine slows them alike."""
    for action in actions:
        action()  # warm-up: imports, font tables
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(runs):
        for action, record in zip(actions, times, strict=True):
            # CPU time of this process: other work on a shared machine does not count.
            start = time.process_time()
            action()
            record.append(time.process_time() - start)
    return [statistics.median(record) for record in times]


def test_summary_export_is_within_twice_a_bare_reportlab_document() -> None:
    snapshot = big_workshop()
    pages_out = io.BytesIO()
    build_summary_pdf(snapshot, pages_out)
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pages_out.getvalue())).pages)
    tables, charts = count_parts(summary_story(snapshot))
    bare = bare_document(pages, tables, charts)
    ours, baseline = medians([lambda: build_summary_pdf(snapshot, io.BytesIO()), bare])
    ratio = ours / baseline
    print(
        f"\nsummary PDF, {PARTICIPANTS} participants x 11 cards x {ROUNDS} rounds: "
        f"{pages} pages, {len(tables)} tables, {charts} bar charts\n"
        f"  xsector summary  median {ours * 1000:.0f} ms\n"
        f"  bare ReportLab   median {baseline * 1000:.0f} ms\n"
        f"  ratio {ratio:.2f}x (target <= {TARGET_RATIO}x)"
    )
    assert ratio <= TARGET_RATIO
