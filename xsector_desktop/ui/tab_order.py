"""Tab in reading order: region by region, then row by row, left to right (docs/accessibility.md).

Qt's default Tab order is the order widgets were made in, so controls added later (chips built
for the current card, the room's buttons in the header) land at the end of the chain, far from
where they are on screen.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLayout, QScrollArea, QWidget


def _tab_stops(root: QWidget) -> list[QWidget]:
    stops = []
    for widget in root.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_") or _inside(widget, QComboBox, root):
            continue
        stops.append(widget)
    return stops


def _inside(widget: QWidget, kind: type, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


def reading_order(root: QWidget, regions: Sequence[QWidget]) -> list[QWidget]:
    """`root`'s Tab stops in reading order. Stops inside `regions` (columns, say) come region by
    region; a stop outside them goes before the regions if it is above them, else after."""
    top = min((r.mapTo(root, QPoint(0, 0)).y() for r in regions), default=0)

    def region(widget: QWidget) -> int:
        for index, area in enumerate(regions):
            if area is widget or area.isAncestorOf(widget):
                return index + 1
        return 0 if widget.mapTo(root, QPoint(0, 0)).y() < top else len(regions) + 1

    def centre_y(widget: QWidget) -> float:
        return widget.mapTo(root, QPoint(0, 0)).y() + widget.height() / 2

    ordered: list[QWidget] = []
    by_region: dict[int, list[QWidget]] = {}
    for widget in _tab_stops(root):
        by_region.setdefault(region(widget), []).append(widget)
    for index in sorted(by_region):
        # Rows: widgets whose vertical centres are within half a widget's height of each other
        # are side by side (a line edit and its button differ by a pixel or two).
        column = sorted(by_region[index], key=centre_y)
        rows: list[list[QWidget]] = []
        for widget in column:
            if (
                rows
                and abs(centre_y(widget) - centre_y(rows[-1][0]))
                < min(widget.height(), rows[-1][0].height()) / 2
            ):
                rows[-1].append(widget)
            else:
                rows.append([widget])
        for row in rows:
            ordered += sorted(row, key=lambda w: w.mapTo(root, QPoint(0, 0)).x())
    return ordered


def layout_order(root: QWidget) -> list[QWidget]:
    """`root`'s Tab stops in the order its layouts hold them: boxes and grids in reading order,
    known before anything has a place on screen (chips just built, say)."""
    every_stop = _tab_stops(root)
    stops = set(every_stop)
    ordered: list[QWidget] = []
    placed: set[QWidget] = set()

    def visit_widget(widget: QWidget) -> None:
        if widget in stops and widget not in placed:
            ordered.append(widget)
            placed.add(widget)
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            visit_widget(widget.widget())
        layout = widget.layout()
        if layout is not None:
            visit_layout(layout)

    def visit_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            if item.widget() is not None:
                visit_widget(item.widget())
            elif item.layout() is not None:
                visit_layout(item.layout())

    visit_widget(root)
    # Anything not reached through a layout keeps its place after the rest.
    return ordered + [w for w in every_stop if w not in placed]


def follow_layout(root: QWidget) -> list[QWidget]:
    """Set the Tab order of `root`'s stops to the order of its layouts; returns that order."""
    ordered = layout_order(root)
    for first, second in itertools.pairwise(ordered):
        QWidget.setTabOrder(first, second)
    return ordered
