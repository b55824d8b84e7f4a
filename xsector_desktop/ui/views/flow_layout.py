"""A layout that wraps its items onto new lines, like words in a paragraph (for vote chips)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # Qt asks for the height at a width many times per layout pass, and with hundreds of
        # chips each answer walks them all: kept until the layout is invalidated (an item
        # added, taken or resized, which Qt reports through invalidate()).
        self._heights: dict[int, int] = {}
        # Likewise the minimum size, and the rectangle the items were last placed in: a chip
        # restyled (a vote arrived) makes Qt lay the rows out again, though nothing moved.
        self._minimum: QSize | None = None
        self._placed: QRect | None = None
        self._sizes: list[tuple[int, int]] | None = None  # each item's size hint
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def invalidate(self) -> None:
        self._forget()
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._forget()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._forget()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def _forget(self) -> None:
        self._heights.clear()
        self._minimum = self._placed = None
        self._sizes = None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        if rect != self._placed:
            self._arrange(rect, move=True)
            self._placed = QRect(rect)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        if self._minimum is None:
            size = QSize()
            for item in self._items:
                size = size.expandedTo(item.minimumSize())
            m = self.contentsMargins()
            self._minimum = size + QSize(m.left() + m.right(), m.top() + m.bottom())
        return QSize(self._minimum)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        if self._sizes is None:
            self._sizes = [(h.width(), h.height()) for h in (i.sizeHint() for i in self._items)]
        x, y, line_height = area.x(), area.y(), 0
        left, right, spacing = area.x(), area.right() + 1, self._spacing
        for item, (width, height) in zip(self._items, self._sizes, strict=True):
            if x + width > right and line_height > 0:
                x, y = left, y + line_height + spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(x, y, width, height))
            x += width + spacing
            line_height = max(line_height, height)
        return y + line_height - rect.y() + m.bottom()
