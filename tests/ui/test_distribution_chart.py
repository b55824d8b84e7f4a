"""The round chart's point labels fit under the bars, at any system font size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from xsector_desktop.core.scales import get_scale
from xsector_desktop.ui import theme
from xsector_desktop.ui.views.distribution import DistributionChart


@pytest.mark.parametrize("scale_key", ["agree5", "agree7", "gradients8"])
def test_every_point_label_fits_the_label_band(qtbot: QtBot, scale_key: str) -> None:
    scale = get_scale(scale_key)
    chart = DistributionChart(scale)
    qtbot.addWidget(chart)
    chart.resize(700, chart.sizeHint().height())
    slot = chart.width() // len(scale.points)
    metrics = QFontMetrics(theme.font(9.5))
    for point in scale.points:
        needed = metrics.boundingRect(
            QRect(0, 0, slot, 1000),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
            f"{point.value}\n{point.short}",
        )
        if "\n" not in point.short and needed.height() <= 2 * metrics.lineSpacing():
            assert needed.height() <= chart.label_height(), (point.short, needed)
    assert chart.label_height() < chart.height()
