"""The top of the 排房 page: the filters — a room number or a sleeper (Alt+S), hotel (Alt+H),
room type (Alt+Y), floor (Alt+L), gender (Alt+X: rooms a man or a woman can still take),
只看有空床 (Alt+K) — with how many rooms they keep (one line where it fits, else two:
FlowRow), and under them the block's numbers night by night (rooms used / free beds; per
hotel in the tooltip, as the hotel bills from them: ``hotel_numbers``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.rooms.grid import GridFilter, RoomGrid
from ...services.rooms.hotel_numbers import NightCount
from ..labels import room_type_label
from ..models.room_grid_model import night_label
from ..widgets.flow_row import FlowRow


class RoomFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hotel = self._combo("hotelFilter", self.tr("全部"))
        self.room_type = self._combo("typeFilter", self.tr("全部"))
        self.floor = self._combo("floorFilter", self.tr("全部"))
        self.gender = self._combo("genderFilter", self.tr("不限"))
        self.gender.addItem(self.tr("可住男"), "M")
        self.gender.addItem(self.tr("可住女"), "F")
        self.free_only = QCheckBox(self.tr("只看有空床(&K)"))
        self.free_only.setObjectName("freeOnlyFilter")
        self.search = QLineEdit()
        self.search.setObjectName("roomSearch")
        self.search.setPlaceholderText(self.tr("房号，或入住人姓名/编号"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 12)
        self.count = QLabel()
        self.count.setObjectName("roomCount")
        self.summary = QLabel()
        self.summary.setObjectName("roomSummary")
        self.summary.setWordWrap(True)
        row = FlowRow()
        pairs = [
            (self.tr("查找(&S)"), self.search),
            (self.tr("酒店(&H)"), self.hotel),
            (self.tr("房型(&Y)"), self.room_type),
            (self.tr("楼层(&L)"), self.floor),
            (self.tr("性别(&X)"), self.gender),
        ]
        for n, (text, field) in enumerate(pairs):
            label = QLabel(text)
            label.setBuddy(field)
            both = QWidget()
            line = QHBoxLayout(both)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(label)
            line.addWidget(field, 1)
            row.add(both, grow=n == 0)
        row.add(self.free_only)
        row.add(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        for box in (self.hotel, self.room_type, self.floor, self.gender):
            box.currentIndexChanged.connect(self.changed)
        self.free_only.toggled.connect(self.changed)
        self.search.textChanged.connect(self.changed)

    def _combo(self, name: str, everything: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.addItem(everything, "")
        return box

    def value(self) -> GridFilter:
        return GridFilter(
            hotel=self.hotel.currentData() or "",
            type=self.room_type.currentData() or "",
            floor=self.floor.currentData() or "",
            gender=self.gender.currentData() or "",
            free_only=self.free_only.isChecked(),
            text=self.search.text().strip(),
        )

    def set_choices(self, grid: RoomGrid) -> None:
        """The hotels, types and floors of the block; what was chosen stays chosen."""
        kinds = sorted({r.type for r in grid.rooms})
        for box, values in (
            (self.hotel, [(h, h) for h in grid.hotels]),
            (self.room_type, [(room_type_label(k), k) for k in kinds]),
            (self.floor, [(f, f) for f in grid.floors]),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for text, value in values:
                box.addItem(text, value)
            box.setCurrentIndex(max(box.findData(chosen), 0))
            box.blockSignals(False)

    def show_count(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("{0} / {1} 间").format(shown, total))

    def show_numbers(self, counts: list[NightCount]) -> None:
        """每晚用房（间）/空床（张）：12-03 812/34 … — the whole block, whatever the filter."""
        per_night: dict[date, list[NightCount]] = {}
        for c in counts:
            per_night.setdefault(c.night, []).append(c)
        parts, tips = [], []
        for night, same in per_night.items():
            used = sum(c.rooms_used for c in same)
            free = sum(c.free_beds for c in same)
            parts.append(f"{night_label(night)} {used}/{free}")
            for c in same:
                tips.append(
                    self.tr("{0} {1}：用房 {2} 间（单住 {3}），空房 {4} 间，空床 {5} 张，"
                            "机动房已用 {6} 间、未用 {7} 间，入住 {8} 人").format(
                        night_label(night), c.hotel, c.rooms_used, c.singles, c.free_rooms,
                        c.free_beds, c.spare_used, c.spare_held, c.guests,
                    )
                )  # fmt: skip
        if not parts:
            self.summary.clear()
            self.summary.setToolTip("")
            return
        spare = max((sum(c.spare_held for c in same) for same in per_night.values()), default=0)
        text = self.tr("每晚用房（间）/空床（张）：") + "　".join(parts)
        if spare:
            text += self.tr("　机动房未用 {0} 间").format(spare)
        self.summary.setText(text)
        self.summary.setToolTip("\n".join(tips))
