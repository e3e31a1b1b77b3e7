"""A roster sheet with its detected header and mapping, and the parsing of its data rows."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..domain import limits
from ..domain.import_notes import FieldNote, NoName
from ..domain.limit_errors import TooLong
from ..domain.sentences import Sentence, Words
from ..domain.sheet_errors import EmptySheet, NoHeaderRow, UnknownImportField
from . import roster_cells as cells
from .roster_columns import (
    FIELD_LABELS,
    FIELD_WORDS,
    HEADER_SCAN_ROWS,
    find_header,
    has_name,
    header_titles,
)
from .sheet_ports import RawSheet


@dataclass
class RosterTable:
    """What the wizard shows after choosing a file and a sheet; ``mapping`` may be edited."""

    path: Path
    sheet: str
    sheet_names: list[str]
    header_row: int  # the sheet's own row number (1-based)
    data_start: int  # index into ``rows`` of the first data row
    headers: list[str]  # visible title of each column
    mapping: dict[int, str]  # column index → field key (roster_columns.FIELDS)
    rows: list[list[Any]]
    encoding: str | None = None

    def sample(self, count: int = 20) -> list[tuple[int, list[Any]]]:
        """The first data rows with their row numbers, for the preview grid."""
        end = min(len(self.rows), self.data_start + count)
        return [(i + 1, self.rows[i]) for i in range(self.data_start, end)]

    def mapped_headers(self) -> dict[str, str]:
        """Header title → field label, as the report and the CLI show the mapping."""
        return {
            self.headers[c] or f"#{c + 1}": FIELD_LABELS[f]
            for c, f in self.mapping.items()
            if c < len(self.headers)
        }

    def with_mapping(self, mapping: dict[int, str | None]) -> RosterTable:
        """The user's choice in the wizard: None or "" leaves a column out."""
        clean: dict[int, str] = {}
        for col, key in mapping.items():
            if not key:
                continue
            if key not in FIELD_LABELS:
                raise UnknownImportField(field=key)
            clean[col] = key
        if not has_name(clean):
            raise NoHeaderRow(sheet=self.sheet, rows=HEADER_SCAN_ROWS)
        return replace(self, mapping=dict(sorted(clean.items())))


def table_from_sheet(path: Path, raw: RawSheet) -> RosterTable:
    rows = raw.rows
    if not any(any(not cells.is_empty(v) for v in r) for r in rows):
        raise EmptySheet(sheet=raw.name)
    guess = find_header(rows)
    if guess is None:
        raise NoHeaderRow(sheet=raw.name, rows=HEADER_SCAN_ROWS)
    width = max(len(r) for r in rows)
    return RosterTable(
        path=path,
        sheet=raw.name,
        sheet_names=raw.sheet_names,
        header_row=guess.row + 1,
        data_start=guess.data_start,
        headers=header_titles(rows, guess, width),
        mapping=guess.mapping,
        rows=rows,
        encoding=raw.encoding,
    )


@dataclass
class ParsedRow:
    row: int
    fields: dict[str, Any]  # clean values; "category" is the word as typed (normalized)
    code: str = ""
    category_text: str = ""
    notes: list[Sentence] = field(default_factory=list)


SKIP, REJECT = "skip", "reject"
_FOOTER_START = frozenset("合总小共注备说填制联审tTsS")


def _may_be_footer(value: Any) -> bool:
    """Cheap pre-check before normalizing: footers start with 合计, 共, 注, Total…"""
    return isinstance(value, str) and value.lstrip()[:1] in _FOOTER_START


_SECTION = re.compile(r"^[一二三四五六七八九十]+[、.]|^第[一二三四五六七八九十\d]+[组部类]")


def _stay(value: Any) -> tuple[bool, str]:
    return cells.stay(value)


# field → (converter, cache?) : repetitive columns (units, titles, dates…) are memoized.
def _converters(year: int) -> dict[str, tuple[Callable[[Any], Any], bool]]:
    return {
        "name": (cells.name, False),
        "_first": (cells.text, False),
        "_last": (cells.text, False),
        "gender": (cells.gender, True),
        "unit": (cells.text, True),
        "department": (cells.text, True),
        "title": (cells.text, True),
        "phone": (cells.phone, False),
        "id_number": (cells.id_number, False),
        "category": (cells.category_word, True),
        "needs_room": (_stay, True),
        "arrival": (lambda v: cells.day(v, year), True),
        "departure": (lambda v: cells.day(v, year), True),
        "room_pref": (cells.room_pref, True),
        "roommate_request": (cells.text, False),
        "wants_credits": (cells.yes_no, True),
        "email": (cells.email, False),
        "notes": (cells.text, False),
        "code": (lambda v: cells.text(v).replace(" ", "").upper(), False),
        "province": (cells.text, True),
        "city": (cells.text, True),
    }


_NAME_WORDS = ("name", "姓名")

# The longest value a column takes (domain/limits.py): a longer one rejects its row.
_CAPS = {**limits.ROSTER_TEXT, "_first": limits.NAME, "_last": limits.NAME}

# How a converted value is stored: as the field, unless ""; (value, warning) from phone, ID
# number and email; 是否住宿's (needs a room, room wish); the roster's code; the category word
# with the category as typed.
_PLAIN, _WARNED, _STAY, _CODE, _CATEGORY = range(5)
_STORE_KIND = {
    "phone": _WARNED,
    "id_number": _WARNED,
    "email": _WARNED,
    "needs_room": _STAY,
    "code": _CODE,
    "category": _CATEGORY,
}


class RowParser:
    """Turns one raw row into a ParsedRow, or SKIP (blank, total, note) or (REJECT, reason).

    Everything that depends only on the column (converter, memo, how the value is stored, the
    label of its warnings, its cap) is chosen once here, not per cell. A value longer than its
    field's cap (domain/limits.py) rejects the row with that reason: nobody's data is cut.
    """

    def __init__(self, table: RosterTable, year: int) -> None:
        conv = _converters(year)
        self.caches: dict[str, dict[Any, Any]] = {}
        # (column, field, converter, memo or None, how to store, label, cap)
        self.columns: list[
            tuple[int, str, Callable[[Any], Any], dict[Any, Any] | None, int, Words, int]
        ] = []
        for c, f in table.mapping.items():
            if f == "_seq":
                continue
            fn, cache = conv[f]
            memo = self.caches.setdefault(f, {}) if cache else None
            kind = _STORE_KIND.get(f, _PLAIN)
            self.columns.append((c, f, fn, memo, kind, FIELD_WORDS[f], _CAPS.get(f, 0)))
        self.has_parts = any(f in ("_first", "_last") for _, f, *_ in self.columns)
        self.repeated = len({f for _, f, *_ in self.columns}) < len(self.columns)

    def parse(self, number: int, raw: list[Any]) -> ParsedRow | str | tuple[str, Sentence]:
        if self._footer(raw):
            return SKIP
        is_empty = cells.is_empty
        size = len(raw)
        row = ParsedRow(number, {})
        fields = row.fields
        filled = 0  # fields with a value in this row
        taken: set[str] | None = set() if self.repeated else None
        # in column order, each field from its first filled column: the order of the warnings
        for col, fld, fn, memo, store, label, cap in self.columns:
            if col >= size:
                continue
            value = raw[col]
            if value is None:
                continue
            kind = value.__class__
            if kind is str:
                if not value.strip():
                    continue
            elif kind is float:
                if value != value:
                    continue
            elif is_empty(value):
                continue
            if taken is not None:
                if fld in taken:
                    continue
                taken.add(fld)
            filled += 1
            if memo is None or isinstance(value, list):
                try:
                    out = fn(value)
                except cells.CellProblem as exc:
                    row.notes.append(FieldNote(field=label, note=exc.note))
                    continue
            else:
                try:
                    out = memo[value]
                except KeyError:
                    try:
                        out = fn(value)
                    except cells.CellProblem as exc:
                        out = exc
                    memo[value] = out
                if isinstance(out, cells.CellProblem):
                    row.notes.append(FieldNote(field=label, note=out.note))
                    continue
            if cap:
                kept = out[0] if store == _WARNED else out
                if kept.__class__ is str and len(kept) > cap:
                    return REJECT, TooLong(field=label, length=len(kept), limit=cap)
            if store == _PLAIN:
                if out != "":
                    fields[fld] = out
            elif store == _WARNED:
                out, warning = out
                if warning:
                    row.notes.append(FieldNote(field=label, note=warning))
                if out != "":
                    fields[fld] = out
            elif store == _STAY:
                needs, pref = out
                fields["needs_room"] = needs
                if pref:
                    fields.setdefault("room_pref", pref)
            elif store == _CODE:
                row.code = out
            else:  # _CATEGORY
                row.category_text = cells.text(value)
                if out != "":
                    fields[fld] = out
        if not filled:
            return SKIP
        if self.has_parts:
            if "name" not in fields and ("_first" in fields or "_last" in fields):
                fields["name"] = cells.name(f"{fields.get('_first', '')} {fields.get('_last', '')}")
                if len(fields["name"]) > limits.NAME:
                    label, length = FIELD_WORDS["name"], len(fields["name"])
                    return REJECT, TooLong(field=label, length=length, limit=limits.NAME)
            fields.pop("_first", None)
            fields.pop("_last", None)
        name = fields.get("name")
        if not name:
            return REJECT, NoName()
        if FIELD_LABELS["name"] == name or cells.category_word(name) in _NAME_WORDS:
            return SKIP  # the header repeated on a printed page break
        if filled == 1 and _SECTION.match(name):
            return SKIP  # 一、专家 — a group title between the rows
        return row

    @staticmethod
    def _footer(raw: list[Any]) -> bool:
        """A total or note row, judged by its first three filled cells (合计 / 注：…)."""
        first: list[Any] = []
        footer = False
        for v in raw:
            if v is None:
                continue
            if v.__class__ is str:
                if not v.strip():
                    continue
                footer = footer or v.lstrip()[:1] in _FOOTER_START
            elif cells.is_empty(v):
                continue
            else:
                footer = footer or _may_be_footer(v)
            first.append(v)
            if len(first) == 3:
                break
        return footer and cells.is_footer([cells.text(v) for v in first])
