"""The setup workbook (openpyxl to write, the roster's calamine reader to read): one sheet per
part of the setup, in the order of ``setup_layout.SHEET_ORDER``, Chinese headers (bold,
frozen, a note on each saying how to fill it), an example row where a sheet is empty.

``SetupBookFiles`` is the ``SetupBookFile`` port of ``services.setup_book``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ...domain.doors import rules_text
from ...domain.model import ROOM_TYPE_ZH
from ...domain.money import yuan_number
from ...domain.setup_cells import dates_text, methods_text, quantities_text
from ...domain.setup_model import SHEET_EVENT, RowProblem, Setup, Where
from .setup_layout import EVENT_HEAD, EVENT_ROWS, LISTS, NOTE, POINT_KIND_ZH, Layout
from .setup_read import read_room_list, read_setup_book
from .writer import _RISKY, display_width, safe_text, save_atomically

FONT = "宋体"  # SimSun: on every Chinese Windows, in WPS; LibreOffice falls back to its CJK font
_BODY = Font(name=FONT, size=11)
_HEAD = Font(name=FONT, size=11, bold=True)
_GREY = Font(name=FONT, size=10, italic=True, color="808080")
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_WRAP = Alignment(vertical="top", wrap_text=True)
VALIDATED_ROWS = 2000

__all__ = ["SetupBookFiles", "read_setup_book", "write_setup_book"]


class SetupBookFiles:
    """The SetupBookFile port."""

    def read(self, path: Path) -> tuple[Setup, Where, list[RowProblem]]:
        return read_setup_book(path)

    def write(self, setup: Setup, path: Path) -> None:
        write_setup_book(setup, path)

    def read_rooms(self, path: Path, hotel: str) -> tuple[Setup, Where, list[RowProblem]]:
        return read_room_list(path, hotel)


def write_setup_book(setup: Setup, path: Path | str) -> None:
    """Write ``setup`` as the workbook, atomically (temp file, fsync, rename)."""
    wb = Workbook()
    wb.remove(wb.active)
    _event_sheet(wb, setup)
    rows = (_categories(setup), _fees(setup), _materials(setup), _rooms(setup), _points(setup))
    for layout, values in zip(LISTS, rows, strict=True):
        _list_sheet(wb, layout, values)
    save_atomically(wb, Path(path))


# --- what each sheet holds ------------------------------------------------------------
def _yn(flag: bool) -> str:
    return "是" if flag else "否"


def _categories(setup: Setup) -> list[list[Any]]:
    return [
        [
            c.name,
            c.key,
            c.color,
            c.template,
            _yn(c.pay_before_badge),
            quantities_text(c.materials),
            ", ".join(c.meals),
        ]
        for c in setup.categories
    ]


def _fees(setup: Setup) -> list[list[Any]]:
    """Per fee item: the row that declares it, then its price for each category."""
    order = {c.name: i for i, c in enumerate(setup.categories)}
    rows: list[list[Any]] = []
    for item in setup.fee_items:
        rows.append([item.name, "", None, None, _yn(item.per_night)])
        prices = sorted(
            (f for f in setup.fees if f.item == item.name),
            key=lambda f: (order.get(f.category, len(order)), f.category),
        )
        for f in prices:
            onsite = None if f.onsite == f.early_fen else yuan_number(f.onsite)
            rows.append([f.item, f.category, yuan_number(f.early_fen), onsite, None])
    return rows


def _materials(setup: Setup) -> list[list[Any]]:
    return [[m.name, m.stock, _yn(m.returnable)] for m in setup.materials]


def _rooms(setup: Setup) -> list[list[Any]]:
    rows: list[list[Any]] = []
    hotels = list(dict.fromkeys([*setup.hotels, *(r.hotel for r in setup.rooms)]))
    for hotel in hotels:
        rooms = [r for r in setup.rooms if r.hotel == hotel]
        if not rooms:
            rows.append([hotel, "", None, None, "", None, ""])
        rows += [
            [
                hotel,
                r.number,
                ROOM_TYPE_ZH[r.type],
                r.beds,
                r.floor,
                _yn(r.spare),
                dates_text(r.nights),
            ]
            for r in rooms
        ]
    return rows


def _points(setup: Setup) -> list[list[Any]]:
    return [
        [
            p.name,
            POINT_KIND_ZH.get(p.kind, p.kind),
            ", ".join(p.categories),
            p.start,
            p.end,
            p.credits,
            rules_text(p.once, p.once_per_day, p.tolerance_min),
        ]
        for p in setup.points
    ]


def _event_values(setup: Setup) -> dict[str, Any]:
    ev = setup.event
    limit = setup.variance_limit_fen
    common = {
        "methods": methods_text(setup.payment_methods),
        "variance_limit": None if limit is None else yuan_number(limit),
        "one_night_single": None if setup.one_night_single is None else _yn(setup.one_night_single),
    }
    if ev is None:
        return common
    return {
        **common,
        "name": ev.name,
        "organizer": ev.organizer,
        "venue": ev.venue,
        "start_date": ev.start_date,
        "end_date": ev.end_date,
        "nights": dates_text(ev.nights),
        "credit_project": ev.credit_project,
        "credit_category": ev.credit_category,
    }


# --- cells and styles -----------------------------------------------------------------
def _put(ws: Any, row: int, col: int, value: Any, font: Font = _BODY) -> Any:
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        value = safe_text(value)  # a name stored with a control character (older desks)
    if value is not None and value != "":
        cell.value = value
        if isinstance(value, str) and value.startswith(_RISKY):
            cell.data_type = "s"  # text, never a formula
            cell.quotePrefix = True
        elif hasattr(value, "isoformat"):
            cell.number_format = "yyyy-mm-dd"
    cell.font = font
    return cell


def _header(ws: Any, col: int, title: str, hint: str) -> None:
    cell = _put(ws, 1, col, title, _HEAD)
    cell.fill = _HEAD_FILL
    cell.alignment = Alignment(horizontal="center", vertical="center")
    if hint:
        cell.comment = Comment(hint, "会务报到台", width=260, height=110)


def _note(ws: Any, col: int) -> None:
    cell = _put(ws, 1, col, NOTE, _GREY)
    cell.alignment = _WRAP
    ws.column_dimensions[get_column_letter(col)].width = 48
    ws.row_dimensions[1].height = 58


def _event_sheet(wb: Workbook, setup: Setup) -> None:
    ws = wb.create_sheet(SHEET_EVENT)
    for col, title in enumerate(EVENT_HEAD, start=1):
        _header(ws, col, title, "")
    values = _event_values(setup)
    for row, (key, label, hint, _aliases) in enumerate(EVENT_ROWS, start=2):
        _put(ws, row, 1, label, _HEAD)
        _put(ws, row, 2, values.get(key))
        _put(ws, row, 3, hint, _GREY)
    for col, width in enumerate((12, 44, 70), start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "B2"


def _list_sheet(wb: Workbook, layout: Layout, rows: list[list[Any]]) -> None:
    ws = wb.create_sheet(layout.name)
    for col, spec in enumerate(layout.cols, start=1):
        _header(ws, col, spec.title, spec.hint)
    _note(ws, len(layout.cols) + 2)
    example = not rows
    for r, values in enumerate(rows or [list(e) for e in layout.examples], start=2):
        for col, value in enumerate(values, start=1):
            _put(ws, r, col, value, _GREY if example else _BODY)
    for col, spec in enumerate(layout.cols, start=1):
        longest = max([0] + [display_width(v[col - 1]) for v in rows[:300] if v[col - 1]])
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = min(max(spec.width, longest + 2), 60)
        if spec.choices:
            # a drop-down where a word is to be chosen; other spellings may still be typed
            box = DataValidation(
                type="list", formula1=f'"{",".join(spec.choices)}"', allow_blank=True
            )
            box.showErrorMessage = False
            box.add(f"{letter}2:{letter}{max(VALIDATED_ROWS, len(rows) + 100)}")
            ws.add_data_validation(box)
    ws.freeze_panes = "A2"
