"""How every xsector PDF is paged: paper sizes, margins, the running head and footer, the cover
and body page templates, and the build that lays a story out and writes the file.

The looks (colours, type, tables) come from styles.py; the builders (summary, handouts, ballots)
only assemble flowables and hand them to `make_document` and `build` here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, NamedTuple

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ..core.text import without_bidi_controls
from .fonts import FONTS, register_fonts
from .language import tr
from .styles import ACCENT, INK, MUTED, RULE
from .textruns import draw_text, text_width

# Same input, same bytes: no creation date, no random document id, stable font subset names.
rl_config.invariant = 1
# Streams stay binary (Flate only): ASCII85 text encoding makes files a quarter larger and, in
# pure Python, costs a sixth of the build time of a summary.
rl_config.useA85 = 0

Progress = Callable[[int, int], None]

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": letter}


def page_size_of(name: str) -> tuple[float, float]:
    if name not in PAGE_SIZES:
        raise ValueError(f"page size '{name}' is not known (use {' or '.join(PAGE_SIZES)})")
    return PAGE_SIZES[name]


class RunningHead(NamedTuple):
    """What the header and footer of every body page say."""

    partnership: str
    document: str  # e.g. "Partnership profile summary"
    source: str  # the deck's source line, e.g. "Living Cities, ... v1.0, Nov 2013"


MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 19 * mm
_TOTAL_FORM = "xs-page-total"


class _PageTotalCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
    """Draws "of N" once the last page is known, as a form every footer already refers to."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        # Without this every page names Helvetica, a font that is not embedded.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONTS.regular
        super().__init__(*args, **kwargs)

    def save(self) -> None:
        # After the final showPage the counter already points at a page that will never exist.
        total = self._pageNumber - 1 if not self._code else self._pageNumber
        self.beginForm(_TOTAL_FORM)
        self.setFont(FONTS.regular, 7.5)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


def _draw_footer(canvas: Canvas, doc: BaseDocTemplate, head: RunningHead) -> None:
    width, _ = doc.pagesize
    y = MARGIN_BOTTOM - 9 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 10, width - MARGIN_X, y + 10)
    canvas.setFont(FONTS.regular, 7.5)
    canvas.setFillColor(MUTED)
    footer = _fit(f"xsector \u00b7 {head.source}", width * 0.62)
    draw_text(canvas, MARGIN_X, y, footer, FONTS.regular, 7.5)
    # "Page 3 of" sits to the left of a fixed slot where the total form is stamped at save.
    slot_x = width - MARGIN_X - 12
    page = tr("Page {number} of").format(number=canvas.getPageNumber())
    draw_text(canvas, slot_x - 3, y, page, FONTS.regular, 7.5, "end")
    canvas.saveState()
    canvas.translate(slot_x, y)
    canvas.doForm(_TOTAL_FORM)
    canvas.restoreState()


def _draw_header(canvas: Canvas, doc: BaseDocTemplate, head: RunningHead) -> None:
    width, height = doc.pagesize
    y = height - MARGIN_TOP + 8 * mm
    canvas.setFont(FONTS.bold, 8)
    canvas.setFillColor(INK)
    draw_text(
        canvas, MARGIN_X, y, _fit(head.partnership, width * 0.5, FONTS.bold, 8), FONTS.bold, 8
    )
    canvas.setFont(FONTS.regular, 8)
    canvas.setFillColor(MUTED)
    draw_text(canvas, width - MARGIN_X, y, head.document, FONTS.regular, 8, "end")
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_X, y - 4, width - MARGIN_X, y - 4)


def _fit(text: str, max_width: float, font: str = FONTS.regular, size: float = 7.5) -> str:
    """Shorten text with an ellipsis so a long partnership name cannot run into the page number."""
    if text_width(text, font, size) <= max_width:
        return text
    while text and text_width(text + "\u2026", font, size) > max_width:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def make_document(
    out: Path | str | BinaryIO, page_size: str, head: RunningHead, with_cover: bool = False
) -> BaseDocTemplate:
    """A document with a "body" template (header + footer) and, if asked, a "cover" one (footer)."""
    register_fonts()
    size = page_size_of(page_size)
    width, height = size
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width - 2 * MARGIN_X,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    cover_frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width - 2 * MARGIN_X,
        height - MARGIN_BOTTOM - 16 * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="cover",
    )

    def on_body(canvas: Canvas, doc: BaseDocTemplate) -> None:
        _draw_header(canvas, doc, head)
        _draw_footer(canvas, doc, head)

    def on_cover(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
        _draw_footer(canvas, doc, head)

    templates = [PageTemplate(id="body", frames=[frame], onPage=on_body, pagesize=size)]
    if with_cover:
        templates.insert(
            0, PageTemplate(id="cover", frames=[cover_frame], onPage=on_cover, pagesize=size)
        )
    target = str(out) if isinstance(out, (str, Path)) else out
    doc = BaseDocTemplate(
        target,
        pagesize=size,
        pageTemplates=templates,
        title=f"{head.document}: {without_bidi_controls(head.partnership)}",
        author="xsector",
        creator="xsector",
        subject=head.source,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    return doc


# ReportLab keeps per-process state (font subsets, the graphics defaults) and does not promise
# thread safety, so two exports started from two worker threads take turns at the layout step.
_build_lock = threading.Lock()


def build(doc: BaseDocTemplate, story: list[Flowable], progress: Progress | None = None) -> None:
    """Lay the story out and write the file; progress(done, total) counts flowables placed."""
    if progress is not None:
        report = progress
        state = {"total": max(len(story), 1), "done": 0}

        def on_progress(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                state["total"] = max(int(value), 1)
                report(0, state["total"])
            elif kind == "PROGRESS":
                # A flowable split across pages puts its remainder back in the queue, so the
                # raw count can step back; a progress bar must not.
                done = min(max(int(value), state["done"]), state["total"])
                if done != state["done"]:
                    state["done"] = done
                    report(done, state["total"])
            elif kind == "FINISHED":
                report(state["total"], state["total"])

        doc.setProgressCallBack(on_progress)
    with _build_lock:
        doc.build(story, canvasmaker=_PageTotalCanvas)
