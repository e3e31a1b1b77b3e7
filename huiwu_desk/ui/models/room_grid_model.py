"""The 排房 grid: one row per room the filter shows, one column per night, who sleeps there.

Fluid at 1,500 rooms × 5 nights: the rows are the service's ``GridRoom`` records as read
(``services/rooms/grid.py``); a row's texts and colours are worked out the first time the view
asks for that row (only the rows on screen), and a new grid or filter is a model reset.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...services.rooms.grid import GridRoom, GridSleeper, RoomGrid
from ..labels import gender_label, join_list, room_type_label

Index = QModelIndex | QPersistentModelIndex
FIXED = 5  # 酒店, 房号, 房型, 楼层, 床位; then one column per night

# what a night of a room is, by colour
EMPTY, PART, FULL, OVER, CLOSED = "empty", "part", "full", "over", "closed"
BACKGROUND = {
    EMPTY: QBrush(QColor("#dafbe1")),  # green: the whole room is free
    PART: QBrush(QColor("#fff8c5")),  # yellow: a bed is still free
    FULL: QBrush(QColor("#ddf4ff")),  # blue: every bed taken
    OVER: QBrush(QColor("#ffcecb")),  # red: more sleepers than beds
    CLOSED: QBrush(QColor("#d0d7de")),  # grey: the hotel does not give it that night
}
FOREGROUND = {OVER: QBrush(QColor("#a40e26")), CLOSED: QBrush(QColor("#57606a"))}
SPARE = QBrush(QColor("#8250df"))
CENTER = int(Qt.AlignmentFlag.AlignCenter)


def night_label(night: date) -> str:
    return night.strftime("%m-%d")


def number_text(room: GridRoom) -> str:
    """301, or 301 机动 for a room held back."""
    if room.spare:
        return room.number + QCoreApplication.translate("RoomGridModel", " 机动")
    return room.number


@dataclass(slots=True)
class _Row:
    texts: list[str]
    states: list[str]  # per night
    tips: list[str]  # per night


class RoomGridModel(QAbstractTableModel):
    first_night_column = FIXED

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid = RoomGrid((), ())
        self.rooms: list[GridRoom] = []
        self._free: list[int] = []  # per night, beds free in the rooms shown (not 机动)
        self._cache: dict[int, _Row] = {}
        self._rows_by_id: dict[str, int] | None = None
        self._headers = [
            QCoreApplication.translate("RoomGridModel", "酒店"),
            QCoreApplication.translate("RoomGridModel", "房号"),
            QCoreApplication.translate("RoomGridModel", "房型"),
            QCoreApplication.translate("RoomGridModel", "楼层"),
            QCoreApplication.translate("RoomGridModel", "床位"),
        ]

    # --- content ------------------------------------------------------------------------
    def set_rooms(self, grid: RoomGrid, rooms: list[GridRoom]) -> None:
        self.beginResetModel()
        self.grid, self.rooms = grid, rooms
        self._cache.clear()
        self._rows_by_id = None
        self._free = [
            sum(r.free(i, night) for r in rooms if not r.spare)
            for i, night in enumerate(grid.nights)
        ]
        self.endResetModel()

    def room_at(self, row: int) -> GridRoom | None:
        return self.rooms[row] if 0 <= row < len(self.rooms) else None

    def row_of_room(self, room_id: str) -> int:
        if self._rows_by_id is None:
            self._rows_by_id = {r.id: n for n, r in enumerate(self.rooms)}
        return self._rows_by_id.get(room_id, -1)

    def night_of(self, column: int) -> int | None:
        i = column - FIXED
        return i if 0 <= i < len(self.grid.nights) else None

    def sleepers_at(self, index: Index) -> list[GridSleeper]:
        """Who sleeps in that cell: its night's sleepers, or (a room's own columns) everyone
        in the room on any night, each once."""
        room = self.room_at(index.row())
        if room is None:
            return []
        i = self.night_of(index.column())
        cells = [room.cells[i]] if i is not None else room.cells
        return sorted({s.code: s for cell in cells for s in cell}.values(), key=_by_code)

    def free_text(self) -> list[tuple[date, int]]:
        return list(zip(self.grid.nights, self._free, strict=True))

    # --- QAbstractTableModel --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rooms)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(self.grid.nights)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        i = self.night_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if i is None:
                return self._headers[section] if 0 <= section < FIXED else None
            night = self.grid.nights[i]
            free = QCoreApplication.translate("RoomGridModel", "空床 {0}").format(self._free[i])
            return f"{night_label(night)}\n{free}"
        if role == Qt.ItemDataRole.ToolTipRole and i is not None:
            return QCoreApplication.translate(
                "RoomGridModel", "{0} 晚：所显示房间还有 {1} 张空床（不含机动房）"
            ).format(night_label(self.grid.nights[i]), self._free[i])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = index.column()
        i = column - FIXED
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column] if column < len(row.texts) else None
        if i >= 0:
            state = row.states[i]
            if role == Qt.ItemDataRole.BackgroundRole:
                return BACKGROUND[state]
            if role == Qt.ItemDataRole.ForegroundRole:
                return FOREGROUND.get(state)
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.tips[i]
            if role == Qt.ItemDataRole.FontRole and state == OVER:
                bold = QFont()
                bold.setBold(True)
                return bold
            return None
        room = self.rooms[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return room.hotel  # the column may be too narrow for the whole name
        if room.spare and column == 1:
            if role == Qt.ItemDataRole.ForegroundRole:
                return SPARE
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "RoomGridModel",
                    "机动房：预留给会务组调剂，排房建议不使用（除非勾选使用机动房）",
                )
        return None

    # --- a row's texts, worked out once -----------------------------------------------------
    def _row(self, n: int) -> _Row | None:
        found = self._cache.get(n)
        if found is None and 0 <= n < len(self.rooms):
            found = self._cache[n] = self._make_row(self.rooms[n])
        return found

    def _make_row(self, room: GridRoom) -> _Row:
        texts = [
            room.hotel,
            number_text(room),
            room_type_label(room.type),
            room.floor,
            str(room.beds),
        ]
        states, tips = [], []
        for i, night in enumerate(self.grid.nights):
            text, state, tip = self._cell(room, i, night)
            texts.append(text)
            states.append(state)
            tips.append(tip)
        return _Row(texts, states, tips)

    def _cell(self, room: GridRoom, i: int, night: date) -> tuple[str, str, str]:
        sleepers = sorted(room.cells[i], key=_by_code)
        names = join_list(s.name for s in sleepers)
        who = join_list(_who(s) for s in sleepers)
        day = night_label(night)
        if not room.is_open(night):
            if sleepers:  # slept in on a night the hotel does not give: say so, in red
                tip = QCoreApplication.translate(
                    "RoomGridModel", "{0}：酒店这一晚不提供此房间，但有人入住：{1}"
                )
                return names, OVER, tip.format(day, who)
            return (
                "—",
                CLOSED,
                QCoreApplication.translate("RoomGridModel", "{0}：酒店这一晚不提供此房间").format(
                    day
                ),
            )
        if room.over(i):
            tip = QCoreApplication.translate(
                "RoomGridModel", "{0}：超订！{1} 人住 {2} 张床：{3}。请把一人换到其他房间。"
            )
            return names, OVER, tip.format(day, len(sleepers), room.beds, who)
        free = room.free(i, night)
        if not sleepers:
            text = QCoreApplication.translate("RoomGridModel", "空 {0}").format(free)
            return (
                text,
                EMPTY,
                QCoreApplication.translate("RoomGridModel", "{0}：空房，{1} 张床").format(
                    day, free
                ),
            )
        if free:
            text = QCoreApplication.translate("RoomGridModel", "{0} · 空 {1}").format(names, free)
            tip = QCoreApplication.translate("RoomGridModel", "{0}：{1}；还有 {2} 张空床").format(
                day, who, free
            )
            return text, PART, tip
        return (
            names,
            FULL,
            QCoreApplication.translate("RoomGridModel", "{0}：{1}；已住满").format(day, who),
        )


def _by_code(s: GridSleeper) -> str:
    """Sleepers in code order: a cell reads the same however its beds were given."""
    return s.code


def _who(s: GridSleeper) -> str:
    """张三（A0001，男）"""
    word = gender_label(s.gender)
    if word:
        return QCoreApplication.translate("RoomGridModel", "{0}（{1}，{2}）").format(
            s.name, s.code, word
        )
    return QCoreApplication.translate("RoomGridModel", "{0}（{1}）").format(s.name, s.code)
