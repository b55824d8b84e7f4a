"""No plain-text table cell in the profile is wider than its column: ReportLab does not wrap a
plain string, it draws it over the next column (the glance table's "Where the group stands"
once ran into "Consensus")."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Table

from xsector_desktop.core.snapshot import WorkshopSnapshot
from xsector_desktop.report.fonts import register_fonts
from xsector_desktop.report.summary import summary_story


def _tables(flowables: list[Flowable]) -> list[Table]:
    found: list[Table] = []
    for item in flowables:
        if isinstance(item, Table):
            found.append(item)
            for row in item._cellvalues:
                for cell in row:
                    if isinstance(cell, list):
                        found += _tables(cell)
        elif isinstance(item, KeepTogether):
            found += _tables(item._content)
    return found


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_plain_cells_fit_their_columns(snapshot: WorkshopSnapshot, page_size: str) -> None:
    fonts = register_fonts()
    tables = _tables(summary_story(snapshot, page_size=page_size))
    assert tables, "the profile has tables"
    too_wide = []
    for table in tables:
        widths = table._colWidths
        for row_index, row in enumerate(table._cellvalues):
            for column, cell in enumerate(row):
                width = widths[column]
                if not isinstance(cell, str) or not cell or width is None:
                    continue
                spanned = any(
                    cmd[0] == "SPAN" and cmd[1][1] == row_index for cmd in table._spanCmds
                )
                bold = row_index == 0
                text_width = stringWidth(cell, fonts.bold if bold else fonts.regular, 8.8)
                # Its own left padding is taken; running into the right padding still leaves
                # the next column's left padding between the two texts.
                if not spanned and text_width > float(width) - 5:
                    too_wide.append((cell, round(text_width), float(width)))
    assert not too_wide, too_wide
