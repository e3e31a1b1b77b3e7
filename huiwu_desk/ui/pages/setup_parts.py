"""会议设置, one part a page: the event, categories, fees, materials, hotels and rooms, scan
points and payment methods. Each part shows what the event holds and gives back what the
person typed as a (partial) ``Setup``; the setup panel applies it through the one use case.

Cells are read as the setup workbook reads them (domain/setup_cells.py), so "资料袋, 密件×2",
"1,600", "2027-04-10 至 2027-04-12" mean the same here and in Excel.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import setup_cells as cells
from ...domain.model import RoomType
from ...domain.sentences import Sentence
from ...domain.setup_model import (
    CategorySetup,
    EventSetup,
    FeeItemSetup,
    FeeSetup,
    MaterialSetup,
    RoomSetup,
    Says,
    Setup,
    Where,
    parse_room_range,
    room_type_of,
)
from .. import i18n
from ..labels import room_type_label
from ..widgets.edit_table import Column, EditTable
from ..widgets.fonts import scale


class CellProblem(Exception):
    """A cell that cannot be read: which table row, and the sentence (UI language)."""

    def __init__(self, part: str, row: int, text: str) -> None:
        super().__init__(text)
        self.part, self.row, self.text = part, row, text


def sentence_text(said: object) -> str:
    """A core sentence in the UI's language."""
    return said.text(i18n.error_lang()) if isinstance(said, Sentence) else str(said)


def _read(part: str, row: int, fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except ValueError as exc:
        said = exc.args[0] if exc.args else exc
        raise CellProblem(part, row, sentence_text(said)) from None


class SetupPart(QWidget):
    """One page of 会议设置."""

    key = ""
    edited = Signal()

    def title(self) -> str:
        raise NotImplementedError

    def load(self, setup: Setup) -> None:
        raise NotImplementedError

    def wanted(self) -> tuple[Setup, Where]:
        """What the page says now, and where each row of it is (table row + 1)."""
        raise NotImplementedError

    def show_row(self, part: str, row: int) -> None:
        """Bring the row a problem is about into view (row as in ``wanted``'s Where)."""

    def _frame(self, explain: str) -> QVBoxLayout:
        heading = QLabel(self.title())
        scale(heading, 1.3, bold=True)
        hint = QLabel(explain)
        hint.setWordWrap(True)
        hint.setObjectName("setupHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint)
        return layout

    def _table_hint(self) -> str:
        return self.tr("在表格中直接输入；Insert 或 Ctrl+N 加一行，空格勾选，Ctrl+S 保存。")


def _pair(first: QWidget, label: str, second: QWidget) -> QWidget:
    """Two fields on one form row: ``first``, then ``label`` and ``second``."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(first, 1)
    layout.addWidget(QLabel(label))
    layout.addWidget(second, 1)
    return row


def _where(part: str, rows: list[int], title: str) -> Where:
    return {(part, i): (title, r + 1) for i, r in enumerate(rows)}


# --- the event ---------------------------------------------------------------------------
class EventPart(SetupPart):
    key = "event"

    def title(self) -> str:
        return self.tr("会议")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self._frame(
            self.tr("会议名称、地点和日期；住宿晚是酒店房间的晚数，排房按这些晚计算。")
        )
        self.name = QLineEdit(objectName="setupEventName")
        self.organizer = QLineEdit(objectName="setupOrganizer")
        self.venue = QLineEdit(objectName="setupVenue")
        self.start = self._date_edit("setupStart")
        self.end = self._date_edit("setupEnd")
        self.nights = QListWidget(objectName="setupNights")
        self.nights.setMaximumHeight(120)
        self.nights.setMinimumHeight(60)
        self.credit_project = QLineEdit(objectName="setupCreditProject")
        self.credit_category = QLineEdit(objectName="setupCreditCategory")
        form = QFormLayout()
        form.addRow(self.tr("会议名称"), self.name)
        form.addRow(self.tr("主办单位"), self.organizer)
        form.addRow(self.tr("会议地点"), self.venue)
        # pairs on one row: the page fits a 1366×768 laptop at 125 %
        form.addRow(self.tr("开始日期"), _pair(self.start, self.tr("结束日期"), self.end))
        form.addRow(self.tr("住宿晚"), self.nights)
        form.addRow(
            self.tr("学分项目编号"),
            _pair(self.credit_project, self.tr("学分类别"), self.credit_category),
        )
        layout.addLayout(form)
        layout.addStretch(1)
        for edit in (self.name, self.organizer, self.venue, self.credit_project):
            edit.textEdited.connect(self.edited)
        self.credit_category.textEdited.connect(self.edited)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self._dates_changed)
        self.nights.itemChanged.connect(lambda _i: self.edited.emit())

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def load(self, setup: Setup) -> None:
        ev = setup.event or EventSetup("")
        self.name.setText(ev.name)
        self.organizer.setText(ev.organizer)
        self.venue.setText(ev.venue)
        self.credit_project.setText(ev.credit_project)
        self.credit_category.setText(ev.credit_category)
        nights = sorted(ev.nights)
        start = ev.start_date or (nights[0] if nights else date.today())
        end = ev.end_date or (nights[-1] + timedelta(days=1) if nights else start)
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._fill_nights(set(nights))

    def _day(self, edit: QDateEdit) -> date:
        d = edit.date()
        return date(d.year(), d.month(), d.day())

    def _fill_nights(self, ticked: set[date]) -> None:
        start, end = self._day(self.start), self._day(self.end)
        days = [start + timedelta(days=i) for i in range(max((end - start).days, 0))]
        days = sorted(set(days) | ticked)
        self.nights.blockSignals(True)
        self.nights.clear()
        for day in days[:60]:
            item = QListWidgetItem(self.tr("{0} 晚").format(day.isoformat()))
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if day in ticked else Qt.CheckState.Unchecked)
            self.nights.addItem(item)
        self.nights.blockSignals(False)

    def _ticked(self) -> set[date]:
        found = set()
        for i in range(self.nights.count()):
            item = self.nights.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                found.add(date.fromisoformat(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def _dates_changed(self) -> None:
        # a new date range ticks its nights (an organizer's block is usually every night)
        start, end = self._day(self.start), self._day(self.end)
        span = {start + timedelta(days=i) for i in range(max((end - start).days, 0))}
        self._fill_nights({d for d in self._ticked() if d in span} | span)
        self.edited.emit()

    def wanted(self) -> tuple[Setup, Where]:
        ev = EventSetup(
            self.name.text().strip(),
            self.organizer.text().strip(),
            self.venue.text().strip(),
            self._day(self.start),
            self._day(self.end),
            sorted(self._ticked()),
            self.credit_project.text().strip(),
            self.credit_category.text().strip(),
        )
        return Setup(event=ev), {("event", 0): (self.title(), 1)}


# --- categories ----------------------------------------------------------------------------
class CategoriesPart(SetupPart):
    key = "categories"

    def title(self) -> str:
        return self.tr("参会类别")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self._frame(
            self.tr(
                "每类参会人员的证件颜色、应领资料（如“资料袋, 密件×2”）和餐次；"
                "价格在“收费项目”中设置。"
            )
            + " "
            + self._table_hint()
        )
        self.table = EditTable(
            "setupCategories",
            [
                Column(self.tr("类别名称")),
                Column(self.tr("证件颜色")),
                Column(self.tr("证件模板")),
                Column(self.tr("先缴费后发证"), yes_no=True),
                Column(self.tr("应领资料"), stretch=True),
                Column(self.tr("餐次")),
            ],
            new_row=["", "#1f6feb", "", True, "", ""],
        )
        self.table.edited.connect(self.edited)
        layout.addWidget(self.table, 1)
        self._keys: dict[str, str] = {}

    def load(self, setup: Setup) -> None:
        self._keys = {c.id: c.key for c in setup.categories}
        self.table.set_rows(
            [
                (
                    c.id,
                    [
                        c.name,
                        c.color,
                        c.template,
                        c.pay_before_badge,
                        cells.quantities_text(c.materials),
                        ", ".join(c.meals),
                    ],
                )
                for c in setup.categories
            ]
        )

    def wanted(self) -> tuple[Setup, Where]:
        t, rows, found = self.table, self.table.filled_rows(), []
        for r in rows:
            row_id = t.row_id(r)
            found.append(
                CategorySetup(
                    t.text(r, 0),
                    self._keys.get(row_id, ""),
                    t.text(r, 1) or "#1f6feb",
                    t.text(r, 2),
                    t.ticked(r, 3),
                    _read(self.key, r, cells.quantities_of, t.text(r, 4)),
                    cells.names_of(t.text(r, 5)),
                    id=row_id,
                )
            )
        return Setup(categories=found), _where(self.key, rows, self.title())

    def show_row(self, part: str, row: int) -> None:
        self.table.show_row(row - 1)


# --- fees ------------------------------------------------------------------------------------
class FeesPart(SetupPart):
    key = "fees"

    def title(self) -> str:
        return self.tr("收费项目")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self._frame(
            self.tr(
                "上表是收费项目（会务费、住宿费…），勾选“按晚计费”的项目按每晚价格；"
                "下表是每类人员的价格（元），现场价留空即与早鸟价相同。"
            )
            + " "
            + self._table_hint()
        )
        self.items = EditTable(
            "setupFeeItems",
            [Column(self.tr("收费项目"), stretch=True), Column(self.tr("按晚计费"), yes_no=True)],
        )
        self.items.setMaximumHeight(170)
        self.prices = EditTable(
            "setupPrices",
            [
                Column(self.tr("收费项目")),
                Column(self.tr("类别")),
                Column(self.tr("早鸟价（元）")),
                Column(self.tr("现场价（元）")),
            ],
        )
        for table in (self.items, self.prices):
            table.edited.connect(self.edited)
        layout.addWidget(self.items)
        layout.addWidget(self.prices, 1)

    def load(self, setup: Setup) -> None:
        self.items.set_rows([(i.id, [i.name, i.per_night]) for i in setup.fee_items])
        self.prices.set_rows(
            [
                (
                    f"{f.item}|{f.category}",
                    [
                        f.item,
                        f.category,
                        _yuan(f.early_fen),
                        "" if f.onsite == f.early_fen else _yuan(f.onsite),
                    ],
                )
                for f in setup.fees
            ]
        )

    def wanted(self) -> tuple[Setup, Where]:
        t, item_rows = self.items, self.items.filled_rows()
        items = [FeeItemSetup(t.text(r, 0), t.ticked(r, 1), id=t.row_id(r)) for r in item_rows]
        p, price_rows, fees = self.prices, self.prices.filled_rows(), []
        for r in price_rows:
            onsite = p.text(r, 3)
            fees.append(
                FeeSetup(
                    p.text(r, 0),
                    p.text(r, 1),
                    _read(self.key, r, cells.fen_of, p.text(r, 2)),
                    _read(self.key, r, cells.fen_of, onsite) if onsite else None,
                )
            )
        where = _where("fee_items", item_rows, self.title())
        where.update(_where("fees", price_rows, self.title()))
        return Setup(fee_items=items, fees=fees), where

    def show_row(self, part: str, row: int) -> None:
        (self.items if part == "fee_items" else self.prices).show_row(row - 1)


def _yuan(fen: int) -> str:
    return f"{fen // 100}" if fen % 100 == 0 else f"{fen / 100:.2f}"


# --- materials ---------------------------------------------------------------------------------
class MaterialsPart(SetupPart):
    key = "materials"

    def title(self) -> str:
        return self.tr("资料")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self._frame(
            self.tr("资料、礼品和票券的库存；“需清退”的文件会后要收回。") + " " + self._table_hint()
        )
        self.table = EditTable(
            "setupMaterials",
            [
                Column(self.tr("资料名称"), stretch=True),
                Column(self.tr("库存")),
                Column(self.tr("需清退"), yes_no=True),
            ],
        )
        self.table.edited.connect(self.edited)
        layout.addWidget(self.table, 1)

    def load(self, setup: Setup) -> None:
        self.table.set_rows([(m.id, [m.name, str(m.stock), m.returnable]) for m in setup.materials])

    def wanted(self) -> tuple[Setup, Where]:
        t, rows = self.table, self.table.filled_rows()
        found = [
            MaterialSetup(
                t.text(r, 0),
                _read(self.key, r, cells.whole, t.text(r, 1)),
                t.ticked(r, 2),
                id=t.row_id(r),
            )
            for r in rows
        ]
        return Setup(materials=found), _where(self.key, rows, self.title())

    def show_row(self, part: str, row: int) -> None:
        self.table.show_row(row - 1)


# --- hotels and rooms --------------------------------------------------------------------------
class RoomsPart(SetupPart):
    key = "rooms"
    room_list_requested = Signal(str)  # the hotel whose own room list (Excel) to import

    def title(self) -> str:
        return self.tr("酒店房间")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self._frame(
            self.tr(
                "一次添加一段房号：酒店名称和“301-330 标间 2床”，回车添加。"
                "“机动”房留作调配，报到台不推荐；“可住晚”留空表示每晚都可住。"
            )
            + " "
            + self._table_hint()
        )
        self.hotel = QLineEdit(objectName="setupRangeHotel")
        self.hotel.setPlaceholderText(self.tr("酒店名称"))
        self.range = QLineEdit(objectName="setupRoomRange")
        self.range.setPlaceholderText(self.tr("301-330 标间 2床"))
        self.add = QPushButton(self.tr("添加房间(&A)"), objectName="setupAddRooms")
        self.from_list = QPushButton(self.tr("从酒店房间表导入…"), objectName="setupRoomList")
        self.from_list.setToolTip(
            self.tr("酒店提供的 Excel 房间表：有“房号”列即可，房型、床位、楼层有则一并读入。")
        )
        self.from_list.clicked.connect(self._ask_room_list)
        self.add_result = QLabel(objectName="setupRangeResult")
        self.add_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.hotel, 2)
        row.addWidget(self.range, 3)
        row.addWidget(self.add)
        row.addWidget(self.from_list)
        layout.addLayout(row)
        layout.addWidget(self.add_result)
        self.table = EditTable(
            "setupRooms",
            [
                Column(self.tr("酒店")),
                Column(self.tr("房号")),
                Column(self.tr("房型")),
                Column(self.tr("床位")),
                Column(self.tr("楼层")),
                Column(self.tr("机动"), yes_no=True),
                Column(self.tr("可住晚"), stretch=True),
            ],
        )
        self.table.edited.connect(self.edited)
        layout.addWidget(self.table, 1)
        self.range.returnPressed.connect(self.add_range)
        self.add.clicked.connect(self.add_range)

    def _ask_room_list(self) -> None:
        hotel = self.hotel.text().strip()
        if not hotel:
            self.add_result.setText(self.tr("请先写酒店名称。"))
            self.hotel.setFocus()
            return
        self.room_list_requested.emit(hotel)

    def add_range(self) -> None:
        hotel = self.hotel.text().strip()
        if not hotel:
            self.add_result.setText(self.tr("请先写酒店名称。"))
            self.hotel.setFocus()
            return
        try:
            rooms = parse_room_range(self.range.text(), hotel)
        except ValueError as exc:
            self.add_result.setText(sentence_text(exc.args[0]))
            return
        have = {
            (self.table.text(r, 0), self.table.text(r, 1)) for r in range(self.table.rowCount())
        }
        added = 0
        for room in rooms:
            if (room.hotel, room.number) in have:
                continue
            self.table.add_row(
                [
                    room.hotel,
                    room.number,
                    room_type_label(room.type.value),
                    str(room.beds),
                    "",
                    False,
                    "",
                ]
            )
            added += 1
        self.add_result.setText(
            self.tr("已添加 {0} 间（保存后生效）；{1} 间已在表中。").format(
                added, len(rooms) - added
            )
        )
        self.range.clear()

    def load(self, setup: Setup) -> None:
        self.table.set_rows(
            [
                (
                    r.id,
                    [
                        r.hotel,
                        r.number,
                        room_type_label(r.type.value),
                        str(r.beds),
                        r.floor,
                        r.spare,
                        cells.dates_text(r.nights),
                    ],
                )
                for r in setup.rooms
            ]
        )
        if setup.hotels and not self.hotel.text():
            self.hotel.setText(setup.hotels[0])

    def wanted(self) -> tuple[Setup, Where]:
        t, rows, found = self.table, self.table.filled_rows(), []
        for r in rows:
            kind = room_type_of(t.text(r, 2)) if t.text(r, 2) else RoomType.TWIN
            if kind is None:
                kind = _read(self.key, r, _unknown_type, t.text(r, 2))
            found.append(
                RoomSetup(
                    t.text(r, 0),
                    t.text(r, 1),
                    kind,
                    _read(self.key, r, cells.whole, t.text(r, 3), 1),
                    t.text(r, 4),
                    t.ticked(r, 5),
                    _read(self.key, r, cells.dates_of, t.text(r, 6)),
                    id=t.row_id(r),
                )
            )
        hotels = sorted({room.hotel for room in found if room.hotel})
        return Setup(hotels=hotels, rooms=found), _where(self.key, rows, self.title())

    def show_row(self, part: str, row: int) -> None:
        self.table.show_row(row - 1)


def _unknown_type(text: str) -> RoomType:
    raise ValueError(Says("不认识的房型“{0}”（标间、大床、单人间、套房）。", text))


def all_parts() -> list[SetupPart]:
    from .setup_points import PointsPart  # its own module: it imports this one

    return [EventPart(), CategoriesPart(), FeesPart(), MaterialsPart(), RoomsPart(), PointsPart()]
