"""Reading the setup workbook as an organizer filled it in Excel or WPS.

The file goes through the roster's reader (``SheetFileReader``: a live event file, a missing,
encrypted, damaged or hostile file are refused with one sentence; every sheet is read at once,
in one child process with limits) after a size check of its own. Headers
are found by name in the first rows (spaces, （） and other spellings allowed, any column
order); rows starting with ``例：`` and blank rows are skipped. A bad cell is a ``RowProblem``
at its sheet and Excel row; the rows each part of the ``Setup`` came from are returned as a
``Where`` (the rooms of a range "301-330" all point at the range's row).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from ...domain.limit_errors import TooManyRooms
from ...domain.limits import SETUP_ROOMS
from ...domain.setup_cells import (
    date_of,
    dates_of,
    fen_of,
    is_blank,
    methods_of,
    names_of,
    quantities_of,
    text_of,
    whole,
    yes_no,
)
from ...domain.setup_model import (
    DEFAULT_BEDS,
    SHEET_EVENT,
    CategorySetup,
    EventSetup,
    FeeItemSetup,
    FeeSetup,
    MaterialSetup,
    PointSetup,
    RoomSetup,
    RowProblem,
    Says,
    Setup,
    Where,
    clean,
    parse_room_range,
    point_minute,
    point_rules,
    room_type_of,
)
from ...domain.sheet_errors import NotASetupBook, SetupSheetMissing
from ..db import live_files
from .reader import SheetFileReader
from .setup_layout import (
    CATEGORIES,
    FEES,
    MATERIALS,
    POINT_KIND_WORDS,
    POINTS,
    ROOMS,
    SHEET_ORDER,
    Layout,
)
from .setup_table import Row, event_rows, table_rows
from .zip_check import check_setup_size

T = TypeVar("T")
_SPAN = re.compile(r"([A-Za-z]*)(\d+)\s*[-–—~至到]\s*([A-Za-z]*)(\d+)")


def read_setup_book(path: Path | str) -> tuple[Setup, Where, list[RowProblem]]:
    path = Path(path)
    reader = SheetFileReader()
    live_files.refuse_live(path)  # before anything here opens it (CONTRIBUTING, rule 3)
    if path.is_file():
        check_setup_size(path)  # before calamine reads a byte of it
    # missing, not a sheet, encrypted, damaged, hostile: one sentence; all sheets in one read
    names, sheets = reader.read_every(path)
    found = {clean(name): name for name in names}
    if not any(name in found for name in SHEET_ORDER):
        raise NotASetupBook(path=str(path))
    missing = [name for name in SHEET_ORDER if name not in found]
    if missing:
        raise SetupSheetMissing(path=str(path), sheets="、".join(missing))
    raw = {name: sheets.get(found[name], []) for name in SHEET_ORDER}
    book = _Book()
    book.event(raw[SHEET_EVENT])
    book.categories(book.table(CATEGORIES, raw[CATEGORIES.name]))
    book.fees(book.table(FEES, raw[FEES.name]))
    book.materials(book.table(MATERIALS, raw[MATERIALS.name]))
    book.rooms(book.table(ROOMS, raw[ROOMS.name]))
    book.points(book.table(POINTS, raw[POINTS.name]))
    return book.setup, book.where, book.problems


def read_room_list(path: Path | str, hotel: str) -> tuple[Setup, Where, list[RowProblem]]:
    """A hotel's own room list: its 酒店房间 sheet, else its first sheet, read with the setup
    workbook's room columns (only 房号 is needed); rooms without a hotel are ``hotel``'s."""
    path = Path(path)
    reader = SheetFileReader()
    live_files.refuse_live(path)
    if path.is_file():
        check_setup_size(path)
    names, sheets = reader.read_every(path)
    found = {clean(name): name for name in names}
    sheet = found.get(ROOMS.name, names[0] if names else ROOMS.name)
    layout = replace(
        ROOMS,
        name=clean(sheet),
        cols=tuple(replace(c, required=c.key == "number") for c in ROOMS.cols),
    )
    book = _Book()
    rows = book.table(layout, sheets.get(sheet, []))
    for row in rows:
        if row.blank("hotel"):
            row.cells["hotel"] = hotel
    book.setup.hotels.append(hotel)
    book.rooms(rows)
    return book.setup, book.where, book.problems


@dataclass
class _Book:
    setup: Setup = field(default_factory=Setup)
    where: Where = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)

    def bad(self, sheet: str, row: int, text: str, *args: object) -> None:
        self.problems.append(RowProblem(sheet, row, Says(text, *args)))

    def cell(self, row: Row, key: str, parse: Callable[[Any], T], fallback: T) -> T:
        """The cell read by ``parse``; a cell it cannot read is the row's problem."""
        try:
            return parse(row.get(key))
        except ValueError as exc:
            reason = exc.args[0] if exc.args else Says("{0}", str(exc))
            self.problems.append(RowProblem(row.sheet, row.number, reason))
            return fallback

    def put(self, part: str, items: list[Any], item: Any, row: Row) -> None:
        self.where[(part, len(items))] = (row.sheet, row.number)
        items.append(item)

    def table(self, layout: Layout, raw: list[list[Any]]) -> list[Row]:
        return table_rows(layout, raw, self.problems)

    # --- the sheets -------------------------------------------------------------------
    def event(self, raw: list[list[Any]]) -> None:
        values, first_row = event_rows(raw, self.problems)
        self._event(values, first_row)

    def _event(self, values: dict[str, Row], first_row: int) -> None:
        def text(key: str) -> str:
            return values[key].text(key) if key in values else ""

        def read(key: str, parse: Callable[[Any], T], fallback: T) -> T:
            return self.cell(values[key], key, parse, fallback) if key in values else fallback

        def blank_or(parse: Callable[[Any], T]) -> Callable[[Any], T | None]:
            return lambda v: None if is_blank(v) else parse(v)

        ev = EventSetup(
            text("name"),
            text("organizer"),
            text("venue"),
            read("start_date", blank_or(date_of), None),
            read("end_date", blank_or(date_of), None),
            read("nights", dates_of, []),
            text("credit_project"),
            text("credit_category"),
        )
        if ev.start_date and ev.end_date and ev.end_date < ev.start_date:
            self.bad(SHEET_EVENT, values["end_date"].number, "结束日期早于开始日期。")
            ev.end_date = None  # said once, at its row (the rules would say it again)
        if len(set(ev.nights)) != len(ev.nights):
            self.bad(SHEET_EVENT, values["nights"].number, "住宿晚有重复的日期。")
            ev.nights = sorted(set(ev.nights))
        if "methods" in values:
            methods, unknown = methods_of(values["methods"].get("methods"))
            for word in unknown:
                self.bad(SHEET_EVENT, values["methods"].number, "不认识的收款方式“{0}”。", word)
            self.setup.payment_methods = methods
        if "variance_limit" in values:
            self.setup.variance_limit_fen = read("variance_limit", blank_or(fen_of), None)
        if "one_night_single" in values:
            alone = values["one_night_single"].get("one_night_single")
            if not is_blank(alone):
                self.setup.one_night_single = read(
                    "one_night_single", lambda v: yes_no(v, True), None
                )
        self.setup.event = ev
        self.where[("event", 0)] = (
            SHEET_EVENT,
            values["name"].number if "name" in values else first_row,
        )

    def categories(self, rows: list[Row]) -> None:
        for r in rows:
            color = r.text("color")
            if re.fullmatch(r"[0-9a-fA-F]{6}", color):
                color = f"#{color}"
            category = CategorySetup(
                r.text("name"),
                r.text("key"),
                color or CategorySetup("").color,
                r.text("template"),
                self.cell(r, "pay_first", lambda v: yes_no(v, True), True),
                quantities_of(r.get("materials")),
                names_of(r.get("meals")),
            )
            self.put("categories", self.setup.categories, category, r)

    def fees(self, rows: list[Row]) -> None:
        declared: dict[str, tuple[int, bool]] = {}
        priced: list[tuple[Row, str, bool]] = []
        for r in rows:
            item, category = r.text("item"), r.text("category")
            per_night = self.cell(r, "per_night", lambda v: yes_no(v, False), False)
            if not category:
                if not (r.blank("early") and r.blank("onsite")):
                    self.bad(r.sheet, r.number, "只声明收费项目的行（类别留空）不填价格。")
                if item in declared:
                    self.bad(r.sheet, r.number, "收费项目“{0}”重复。", item)
                    continue
                declared[item] = (r.number, per_night)
                self.put("fee_items", self.setup.fee_items, FeeItemSetup(item, per_night), r)
                continue
            if not item:
                self.bad(r.sheet, r.number, "收费项目名称不能为空。")
                continue
            if r.blank("early"):
                self.bad(r.sheet, r.number, "价格不能为空。")
            early = 0 if r.blank("early") else self.cell(r, "early", fen_of, 0)
            onsite = None if r.blank("onsite") else self.cell(r, "onsite", fen_of, None)
            if not r.blank("per_night"):
                priced.append((r, item, per_night))
            self.put("fees", self.setup.fees, FeeSetup(item, category, early, onsite), r)
        for r, item, per_night in priced:
            if item in declared and declared[item][1] != per_night:
                self.bad(
                    r.sheet,
                    r.number,
                    "按晚计费与第 {0} 行（“{1}”）不一致。",
                    declared[item][0],
                    item,
                )

    def materials(self, rows: list[Row]) -> None:
        for r in rows:
            material = MaterialSetup(
                r.text("name"),
                stock=self.cell(r, "stock", whole, 0),
                returnable=self.cell(r, "returnable", lambda v: yes_no(v, False), False),
            )
            self.put("materials", self.setup.materials, material, r)

    def rooms(self, rows: list[Row]) -> None:
        hotels = self.setup.hotels
        for r in rows:
            hotel = r.text("hotel")
            if hotel and hotel not in hotels:
                hotels.append(hotel)
            rest = ("number", "type", "beds", "floor", "spare", "nights")
            if hotel and all(r.blank(k) for k in rest):
                continue  # a hotel without rooms (yet)
            rooms = self.cell(r, "number", functools.partial(_numbers, hotel=hotel), [])
            kind = room_type_of(r.text("type")) if not r.blank("type") else None
            if not r.blank("type") and kind is None:
                self.bad(
                    r.sheet,
                    r.number,
                    "不认识的房型“{0}”（标间、大床、单人间、套房）。",
                    r.text("type"),
                )
            beds = None if r.blank("beds") else self.cell(r, "beds", whole, None)
            floor = r.text("floor")
            spare = self.cell(r, "spare", lambda v: yes_no(v, False), False)
            nights = self.cell(r, "nights", dates_of, [])
            if len(self.setup.rooms) + len(rooms) > SETUP_ROOMS:
                self.problems.append(RowProblem(r.sheet, r.number, TooManyRooms(limit=SETUP_ROOMS)))
                return
            for room in rooms:
                if kind is not None:
                    room.type = kind
                    room.beds = DEFAULT_BEDS[kind]
                if beds is not None:
                    room.beds = beds
                room.floor, room.spare, room.nights = floor, spare, list(nights)
                self.put("rooms", self.setup.rooms, room, r)

    def points(self, rows: list[Row]) -> None:
        for r in rows:
            word = r.text("kind")
            kind = POINT_KIND_WORDS.get(word.lower(), word) or "materials"
            once, daily, tolerance = self.cell(r, "rules", point_rules, (False, False, 15))
            point = PointSetup(
                r.text("name"),
                kind,
                names_of(r.get("categories")),
                self.cell(r, "start", point_minute, None),
                self.cell(r, "end", point_minute, None),
                r.text("credits"),
                once,
                daily,
                tolerance,
            )
            self.put("points", self.setup.points, point, r)


def _numbers(value: Any, hotel: str) -> list[RoomSetup]:
    """A room number (301, "A101", "1-101") or a range: "301-330", "A101-A120", or the whole
    "301-330 标间 2床" in one cell. A dash between numbers of different widths is part of
    one room's number (building 1, room 101), not a range."""
    text = text_of(value)
    span = _SPAN.fullmatch(text)
    if " " in text or (span and len(span[2]) == len(span[4]) and span[3] in ("", span[1])):
        return parse_room_range(text, hotel)
    return [RoomSetup(hotel, text)]
