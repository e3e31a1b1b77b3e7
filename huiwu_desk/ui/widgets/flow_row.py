"""A row of controls that goes on to a second line when the page is too narrow for it.

The attendees page's filters, count and import button need 1,060 px in English; at 125 % a
1366×768 laptop gives the page 800, and a row that cannot shrink made the whole page scroll
sideways. Here each control keeps its own width; what does not fit moves to the next line
(right-aligned, so the count and the import button stay at the right edge), and the one
``grow`` widget (the filter text) takes whatever its line has left.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowRow(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._grow: QWidget | None = None
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def add(self, widget: QWidget, *, grow: bool = False) -> None:
        self.addWidget(widget)
        if grow:
            self._grow = widget

    # --- QLayout --------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        width = sum(self._width(i) for i in shown) + self.spacing() * max(len(shown) - 1, 0)
        return QSize(width, max((i.sizeHint().height() for i in shown), default=0))

    def minimumSize(self) -> QSize:
        """As narrow as the widest control: the rest goes on further lines."""
        shown = self._shown()
        return QSize(
            max((self._width(i) for i in shown), default=0),
            max((i.minimumSize().height() for i in shown), default=0),
        )

    # --- the arrangement -------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _is_grow(self, item: QLayoutItem) -> bool:
        return isinstance(item, QWidgetItem) and item.widget() is self._grow

    def _width(self, item: QLayoutItem) -> int:
        if self._is_grow(item):  # as narrow as it may be; it gets what its line has left
            return item.minimumSize().width()
        return item.sizeHint().width()

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            needed = self._width(item) + (self.spacing() if lines[-1] else 0)
            if lines[-1] and used + needed > width:
                lines.append([])
                used, needed = 0, self._width(item)
            lines[-1].append(item)
            used += needed
        return lines

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        y = rect.y()
        for n, line in enumerate(self._lines(rect.width())):
            if not line:
                continue
            if n:
                y += self.spacing()
            height = max(i.sizeHint().height() for i in line)
            used = sum(self._width(i) for i in line) + self.spacing() * (len(line) - 1)
            spare = max(rect.width() - used, 0)
            has_grow = any(self._is_grow(i) for i in line)
            x = rect.x() + (0 if has_grow else spare)
            for item in line:
                width = self._width(item) + (spare if self._is_grow(item) else 0)
                width = min(width, rect.width())
                item_height = min(item.sizeHint().height(), height)
                if apply:
                    top = y + (height - item_height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, item_height)))
                x += width + self.spacing()
            y += height
        return y - rect.y()
