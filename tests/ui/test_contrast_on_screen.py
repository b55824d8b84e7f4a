"""The palette's contrast, measured where it is drawn: the screens use core.palette and nothing
fainter (the ratios themselves are tested without Qt in tests/core/test_palette.py)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from xsector_desktop.core import palette
from xsector_desktop.core.palette import contrast
from xsector_desktop.ui import theme
from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.room import projector_theme as pt

PALETTE_COLOURS = {
    value.lower()
    for name, value in vars(palette).items()
    if name.isupper() and isinstance(value, str) and value.startswith("#")
} | {c.lower() for c in palette.OKABE_ITO.values()}


def test_both_style_sheets_take_every_colour_from_the_one_palette() -> None:
    for sheet in (theme.STYLESHEET, pt.STYLESHEET):
        used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", sheet)}
        assert used and used <= PALETTE_COLOURS, used - PALETTE_COLOURS
    for phase, colours in pt.TIMER_COLOURS.items():
        ink, fill, _edge = colours
        assert contrast(ink, fill) >= 4.5, phase


def test_the_console_and_the_projector_colour_each_scale_point_alike() -> None:
    for k in range(2, 10):
        for rank in [None, *range(1, k + 1)]:
            assert theme.scale_colour(rank, k) == pt.scale_colour(rank, k)


def test_the_placeholder_is_as_dark_as_muted_text(window: MainWindow, sample_file: Path) -> None:
    window.open_path(sample_file)
    assert window.walk_page is not None
    field = window.walk_page.log_panel.text
    assert field.placeholderText() and not field.text()
    field.ensurePolished()
    shown = field.palette().color(QPalette.ColorRole.PlaceholderText)
    base = field.palette().color(QPalette.ColorRole.Base).name()
    seen = palette.blend(shown.name(), base, shown.alphaF())
    assert contrast(seen, base) >= 4.5


def test_the_watch_triangle_has_an_edge_the_eye_can_find_on_white(qtbot: QtBot) -> None:
    image = QImage(48, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(palette.PAPER))
    painter = QPainter(image)
    theme.paint_level(painter, "watch", QRectF(4, 4, 40, 40))
    painter.end()
    # Across the middle row: the darkest pixel is the shape's edge (its outline).
    row = [image.pixelColor(x, 26).name() for x in range(48)]
    edge = min(row, key=palette.relative_luminance)
    assert contrast(edge, palette.PAPER) >= 3.0
    assert palette.LEVEL_COLOURS["watch"].lower() in row  # and the orange fill inside it
