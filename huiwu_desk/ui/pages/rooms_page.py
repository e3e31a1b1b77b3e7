"""排房 (Ctrl+5): every room × every night with who sleeps there, filtered (hotel, type, floor,
gender, only free beds, a room number or a sleeper), and 待排 — everyone still without a bed on
a night of their stay. The acts (排入, 换房, 退房, 对调, 住期, 排房建议) are room_actions.py.

Keyboard first: Alt+R the grid, Alt+W the waiting list, Alt+S the search box. In the waiting
list Enter goes to the grid; in the grid Enter puts the chosen waiting person in the room
(排入). In either, M 换房, Delete 退房, S 对调, D 住期; Ctrl+P 排房建议 anywhere on the page.

The grid is read whole (``room_grid``: 80–200 ms at 1,500 rooms × 5 nights) and drawn at
once, the waiting list read and drawn after it. A change to a few people (an act here, a check-in) reads only their
rooms and lines (``grid_update``) and the page shows it at once; a sync or a setup change
reads everything again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.changes import Changes
from ...services.rooms.grid import GridRoom, RoomGrid, Waiting, filtered
from ...services.rooms.grid import room_grid as read_grid
from ...services.rooms.grid import waiting_list as read_waiting
from ...services.rooms.grid_rows import MANY, GridUpdate, grid_update, merged
from ...services.rooms.hotel_numbers import NightCount, night_counts
from ..hub import Hub
from ..models.room_grid_model import RoomGridModel
from ..models.room_waiting_model import RoomWaitingModel
from ..session import Session
from ..widgets.result_line import ResultLine
from .lazy_refresh import LazyRefresh
from .room_actions import RoomActions
from .room_filters import RoomFilters
from .room_layout import fit_grid, fit_waiting, tables


class RoomsPage(QWidget):
    acted = Signal()  # a room act answered (before the page shows it): the bench times from it

    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.full = RoomGrid((), ())  # as read; the model shows the rooms the filter keeps
        self.counts: list[NightCount] = []
        self.model = RoomGridModel(self)
        self.waiting = RoomWaitingModel(self)
        self._generation = 0
        self._shared_numbers: set[str] | None = None  # room numbers two hotels both have
        self.loading = False
        self.origin = "grid"  # the view the person acted on comes from (the last one focused)

        self.filters = RoomFilters()
        self.search = self.filters.search
        self.summary = self.filters.summary

        self.grid, self.waiting_view, self.split = tables(self.model, self.waiting)
        self.waiting_label = self.split.findChild(QLabel, "waitingLabel")
        fit_waiting(self.waiting_view, self.waiting)
        for view in (self.grid, self.waiting_view):
            view.installEventFilter(self)

        self.actions = RoomActions(self)
        self.buttons = self.actions.button_row((self.grid, self.waiting_view))
        self.result = ResultLine()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.filters)
        layout.addWidget(self.split, 1)
        layout.addLayout(self.buttons)
        layout.addWidget(self.result)

        self.filters.changed.connect(self.apply_filter)
        self.search.returnPressed.connect(self.to_grid)
        self.search.installEventFilter(self)
        self.grid.activated.connect(lambda _index: self.actions.assign())  # Enter, double-click
        self.waiting_view.activated.connect(lambda _index: self.to_grid())
        self.waiting.modelReset.connect(self._show_waiting_count)
        self.refresh = LazyRefresh(self, self.reload)
        hub.event_opened.connect(self._on_opened)
        hub.event_closed.connect(self._on_closed)
        hub.changes_applied.connect(self._on_changes)
        if session.event is not None:
            self._on_opened(session.event)

    # --- page ---------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh.shown()
        view = self.waiting_view if self.origin == "waiting" else self.grid
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._keep_current(view)

    def _on_opened(self, _event: object) -> None:
        self._generation += 1
        self.full, self.counts = RoomGrid((), ()), []
        self.model.set_rooms(self.full, [])
        self.waiting.set_people([])
        self.result.clear()
        self.refresh.stale = True
        self.refresh.changed()

    def _on_closed(self) -> None:
        self._generation += 1
        self.full = RoomGrid((), ())
        self.model.set_rooms(self.full, [])
        self.waiting.set_people([])

    def _on_changes(self, changes: Changes) -> None:
        if changes.everything or changes.setup:
            self.refresh.changed()
        elif changes.rooms or changes.checkins or changes.attendees:
            if not self.isVisible():
                self.refresh.stale = True
            elif changes.attendees and len(changes.attendees) <= MANY:
                self.session.run_query(
                    grid_update, sorted(changes.attendees), on_done=self._updated
                )
            else:
                self.refresh.changed()

    # --- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        """Everything again: the grid first (drawn as soon as it is in), then the list."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.session.run_query(
            _grid_and_counts,
            on_done=lambda got: self._grid_read(generation, got),
            on_error=self._read_failed,
        )
        self.session.run_query(
            read_waiting,
            on_done=lambda people: self._waiting_read(generation, people),
            on_error=self._read_failed,
        )

    def _read_failed(self, sentence: str) -> None:
        self.loading = False
        self.result.refusal(sentence)

    def _grid_read(self, generation: int, got: tuple[RoomGrid, list[NightCount]]) -> None:
        if generation != self._generation:
            return
        first = not self.full.rooms
        self.full, self.counts = got
        self._shared_numbers = None
        self.filters.set_choices(self.full)
        self._show()
        if first:
            fit_grid(self.grid, self.model, self.full, self.waiting_view, self.split)
        if not self.full.rooms:
            self.result.info(
                self.tr("本会议还没有房间：请在“设置 → 会议设置 → 酒店房间”中添加酒店和房间。")
            )

    def _waiting_read(self, generation: int, people: list[Waiting]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        current = self.current_waiting()
        self.waiting.set_people(people)
        self._select_waiting(current.code if current else "", 0)

    def _updated(self, update: GridUpdate) -> None:
        """A few people changed: their rooms now, and out of the rooms they left."""
        if not self.full.rooms:
            return  # the first read is still coming
        fresh = merged(self.full, update)
        if fresh is None:  # a room that was not there: the block changed meanwhile
            self.reload()
            return
        self.full = fresh
        self.counts = night_counts(self.full)
        self._show()
        current = self.current_waiting()
        row = self.waiting_view.currentIndex().row()
        self.waiting.update(update.waiting)
        self._select_waiting(current.code if current else "", row)

    # --- filtering ----------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._show()

    def _show(self) -> None:
        """The rooms the filter keeps, the same cell chosen as before."""
        index = self.grid.currentIndex()
        room = self.model.room_at(index.row()) if index.isValid() else None
        column = index.column() if index.isValid() else self.model.first_night_column
        rooms = filtered(self.full, self.filters.value())
        self.model.set_rooms(self.full, rooms)
        self.filters.show_count(len(rooms), len(self.full.rooms))
        self.filters.show_numbers(self.counts)
        row = self.model.row_of_room(room.id) if room is not None else -1
        if row < 0 and rooms:
            row = 0 if room is None else min(index.row(), len(rooms) - 1)
        if row >= 0:
            self.grid.selectionModel().setCurrentIndex(
                self.model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _show_waiting_count(self) -> None:
        self.waiting_label.setText(self.tr("待排(&W)：{0} 人").format(len(self.waiting.people)))

    def room_ref(self, hotel: str, number: str) -> str:
        """301, or 华美酒店/301 when another hotel has a 301 too (as the desk types it)."""
        if self._shared_numbers is None:
            seen: dict[str, str] = {}
            shared = set()
            for r in self.full.rooms:
                if seen.setdefault(r.number, r.hotel) != r.hotel:
                    shared.add(r.number)
            self._shared_numbers = shared
        return f"{hotel}/{number}" if number in self._shared_numbers else number

    # --- the chosen room, cell and person -----------------------------------------------
    def current_room(self) -> GridRoom | None:
        index = self.grid.currentIndex()
        return self.model.room_at(index.row()) if index.isValid() else None

    def current_waiting(self) -> Waiting | None:
        index = self.waiting_view.currentIndex()
        return self.waiting.person_at(index.row()) if index.isValid() else None

    def _select_waiting(self, code: str, row: int) -> None:
        """The same person again, else whoever is now on their line (the next one)."""
        found = self.waiting.row_of(code) if code else -1
        if found < 0:
            found = min(row, self.waiting.rowCount() - 1) if row >= 0 else -1
        if found >= 0:
            self.waiting_view.selectionModel().setCurrentIndex(
                self.waiting.index(found, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def to_grid(self) -> None:
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
        self._keep_current(self.grid)

    def _keep_current(self, view: QTableView) -> None:
        model = view.model()
        if not view.currentIndex().isValid() and model.rowCount():
            column = self.model.first_night_column if view is self.grid else 0
            view.setCurrentIndex(model.index(0, column))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            if watched is self.grid:
                self.origin = "grid"
            elif watched is self.waiting_view:
                self.origin = "waiting"
        elif (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):  # ↓ in the search box: on to the grid
            self.to_grid()
            return True
        return super().eventFilter(watched, event)

    def give_back_focus(self) -> None:
        """A dialog closed: the view the person acted from has the keyboard again."""
        self.window().activateWindow()
        view = self.waiting_view if self.origin == "waiting" else self.grid
        QTimer.singleShot(0, lambda: view.setFocus(Qt.FocusReason.OtherFocusReason))


def _grid_and_counts(uow: Any) -> tuple[RoomGrid, list[NightCount]]:
    """On the worker: the grid and the hotel's numbers per night (pure, from the grid)."""
    grid = read_grid(uow)
    return grid, night_counts(grid)
