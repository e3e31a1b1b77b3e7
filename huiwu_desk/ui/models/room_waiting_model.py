"""待排: everyone who needs a room and has no bed on a night of their stay, in code order
(``services/rooms/grid.waiting_list``); a change to a few people replaces only their lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...services.rooms.grid import Waiting
from ..labels import gender_label, join_list

Index = QModelIndex | QPersistentModelIndex
CENTER = int(Qt.AlignmentFlag.AlignCenter)


def nights_text(nights: Iterable[date]) -> str:
    """12-03、12-05–12-07: single nights and runs of nights."""
    runs: list[list[date]] = []
    for night in sorted(nights):
        if runs and night - runs[-1][-1] == timedelta(days=1):
            runs[-1].append(night)
        else:
            runs.append([night])
    parts = [f"{r[0]:%m-%d}" if len(r) == 1 else f"{r[0]:%m-%d}–{r[-1]:%m-%d}" for r in runs]
    return join_list(parts)


def wish_text(w: Waiting) -> str:
    """要求: a room alone, the roommate asked for."""
    wishes = []
    if w.room_pref == "single":
        wishes.append(QCoreApplication.translate("RoomWaitingModel", "单住"))
    if w.roommate_request.strip():
        wishes.append(
            QCoreApplication.translate("RoomWaitingModel", "同住：{0}").format(
                w.roommate_request.strip()
            )
        )
    return join_list(wishes)


class RoomWaitingModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[Waiting] = []
        self._rows: dict[str, int] | None = None
        self.headers = [
            QCoreApplication.translate("RoomWaitingModel", "编号"),
            QCoreApplication.translate("RoomWaitingModel", "姓名"),
            QCoreApplication.translate("RoomWaitingModel", "性别"),
            QCoreApplication.translate("RoomWaitingModel", "报到"),
            QCoreApplication.translate("RoomWaitingModel", "缺房晚"),
            QCoreApplication.translate("RoomWaitingModel", "要求"),
            QCoreApplication.translate("RoomWaitingModel", "单位"),  # last: what a narrow list cuts
        ]

    def set_people(self, people: list[Waiting]) -> None:
        self.beginResetModel()
        self.people = people
        self._rows = None
        self.endResetModel()

    def update(self, changed: Mapping[str, Waiting | None]) -> None:
        """Some people's lines again (attendee id → line, None: no longer waiting)."""
        kept = [w for w in self.people if w.id not in changed]
        kept += [w for w in changed.values() if w is not None]
        kept.sort(key=lambda w: w.code)
        self.set_people(kept)

    def person_at(self, row: int) -> Waiting | None:
        return self.people[row] if 0 <= row < len(self.people) else None

    def row_of(self, code: str) -> int:
        if self._rows is None:
            self._rows = {w.code: n for n, w in enumerate(self.people)}
        return self._rows.get(code, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        w = self.person_at(index.row()) if index.isValid() else None
        if w is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return w.code
            if column == 1:
                return w.name
            if column == 2:
                return gender_label(w.gender)
            if column == 3:
                return "✓" if w.arrived else ""
            if column == 4:
                return nights_text(w.missing)
            if column == 5:
                return wish_text(w)
            if column == 6:
                return w.unit
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(w)
        return None

    def _tip(self, w: Waiting) -> str:
        lines = [
            " · ".join(x for x in (w.name, w.code, w.category, w.unit, w.department) if x),
            QCoreApplication.translate("RoomWaitingModel", "住宿 {0}；还缺 {1}").format(
                nights_text(w.nights), nights_text(w.missing)
            ),
            QCoreApplication.translate("RoomWaitingModel", "已报到")
            if w.arrived
            else QCoreApplication.translate("RoomWaitingModel", "未报到"),
        ]
        wish = wish_text(w)
        if wish:
            lines.append(QCoreApplication.translate("RoomWaitingModel", "要求：{0}").format(wish))
        return "\n".join(lines)
