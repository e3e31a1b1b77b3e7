"""How the 排房 page's two tables fit a 1366×768 laptop: columns as wide as what they usually
hold (measured in the window's font and language, not guessed), and the grid beside the waiting
list when its nights fit (the usual 3), else the list under it, both the full width (5 nights
and more), rather than nights cut off at the right.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import RoomType
from ...services.rooms.grid import RoomGrid
from ..labels import gender_label, room_type_label
from ..models.room_grid_model import RoomGridModel, number_text
from ..models.room_waiting_model import RoomWaitingModel


def table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def tables(
    model: RoomGridModel, waiting: RoomWaitingModel
) -> tuple[QTableView, QTableView, QSplitter]:
    """The grid (Alt+R) and the waiting list (Alt+W), each under its label, in a splitter."""
    grid = table("roomGrid")
    grid.setModel(model)
    grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    grid.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    people = table("waitingList")
    people.setModel(waiting)
    people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    people.horizontalHeader().setStretchLastSection(True)
    split = QSplitter(Qt.Orientation.Horizontal)
    split.setChildrenCollapsible(False)
    for view, text, name in (
        (grid, QCoreApplication.translate("RoomsPage", "房间(&R)"), "gridLabel"),
        (people, QCoreApplication.translate("RoomsPage", "待排(&W)"), "waitingLabel"),
    ):
        label = QLabel(text)
        label.setObjectName(name)
        label.setBuddy(view)
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label)
        box.addWidget(view, 1)
        split.addWidget(side)
    return grid, people, split


def _title_metrics(view: QTableView) -> QFontMetrics:
    bold = QFont(view.horizontalHeader().font())
    bold.setBold(True)  # the current column's title is bold: measure it so
    return QFontMetrics(bold)


def fit_waiting(view: QTableView, model: RoomWaitingModel) -> None:
    m, titles = view.fontMetrics(), _title_metrics(view)
    genders = [gender_label("M"), gender_label("F")]
    single = QCoreApplication.translate("RoomWaitingModel", "单住")
    samples = ["A000000", "欧阳晓明", max(genders, key=m.horizontalAdvance), "✓"]
    samples += ["12-03–12-07", single, ""]
    for n, sample in enumerate(samples):
        title = titles.horizontalAdvance(model.headers[n]) + 12
        view.setColumnWidth(n, max(title, m.horizontalAdvance(sample) + 12))


def fit_grid(
    grid: QTableView, model: RoomGridModel, full: RoomGrid, waiting: QTableView, split: QSplitter
) -> None:
    """The grid's columns, then the grid beside the list or above it."""
    m, titles = grid.fontMetrics(), _title_metrics(grid)
    numbers = {number_text(r) for r in full.rooms} or {"0000"}
    types = [room_type_label(t.value) for t in RoomType]
    samples = ["国际会议", max(numbers, key=m.horizontalAdvance)]
    samples += [max(types, key=m.horizontalAdvance), "00", "0"]
    for n, sample in enumerate(samples):
        title = str(model.headerData(n, Qt.Orientation.Horizontal) or "")
        grid.setColumnWidth(
            n, max(titles.horizontalAdvance(title) + 12, m.horizontalAdvance(sample) + 12)
        )
    free = QCoreApplication.translate("RoomGridModel", "空床 {0}").format(8888)
    night = max(m.horizontalAdvance("李茜彤、钟菱娅") + 14, titles.horizontalAdvance(free) + 12)
    for n in range(model.first_night_column, model.columnCount()):
        grid.setColumnWidth(n, night)
    grid.setColumnHidden(0, len(full.hotels) <= 1)  # one hotel: said once, not on each row
    need = sum(
        grid.columnWidth(n) for n in range(model.columnCount()) if not grid.isColumnHidden(n)
    )
    need += grid.verticalScrollBar().sizeHint().width() + 2 * grid.frameWidth() + 4
    total = split.width()
    beside = sum(waiting.columnWidth(n) for n in range(6)) + 60
    if need + beside <= total:
        split.setOrientation(Qt.Orientation.Horizontal)
        split.setStretchFactor(0, 0)  # a wider window widens the list (its 单位)
        split.setStretchFactor(1, 1)
        split.setSizes([need, total - need])
        return
    split.setOrientation(Qt.Orientation.Vertical)
    hotels = [h[:10] for h in full.hotels] or [""]  # the full width: room for whole names
    widest = max(m.horizontalAdvance(h) for h in hotels) + 14
    grid.setColumnWidth(0, max(grid.columnWidth(0), widest))
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    height = split.height() or 500
    split.setSizes([height * 3 // 5, height * 2 // 5])
