"""A roster sheet with its detected header and mapping, and the parsing of its data rows."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..domain.sheet_errors import EmptySheet, NoHeaderRow, UnknownImportField
from . import roster_cells as cells
from .roster_columns import FIELD_LABELS, HEADER_SCAN_ROWS, find_header, has_name, header_titles
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
    notes: list[str] = field(default_factory=list)


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


class RowParser:
    """Turns one raw row into a ParsedRow, or SKIP (blank, total, note) or (REJECT, reason)."""

    def __init__(self, table: RosterTable, year: int) -> None:
        conv = _converters(year)
        self.columns = [(c, f, *conv[f]) for c, f in table.mapping.items() if f != "_seq"]
        self.caches: dict[str, dict[Any, Any]] = {f: {} for _, f, _, cache in self.columns if cache}

    def _convert(self, fld: str, fn: Callable[[Any], Any], cache: bool, value: Any) -> Any:
        if not cache or isinstance(value, list):
            return fn(value)
        memo = self.caches[fld]
        try:
            hit = memo[value]
        except KeyError:
            try:
                hit = fn(value)
            except cells.CellProblem as exc:
                hit = exc
            memo[value] = hit
        if isinstance(hit, cells.CellProblem):
            raise hit
        return hit

    def parse(self, number: int, raw: list[Any]) -> ParsedRow | str | tuple[str, str]:
        values: dict[str, Any] = {}
        for col, fld, fn, cache in self.columns:
            if col < len(raw) and fld not in values and not cells.is_empty(raw[col]):
                values[fld] = (raw[col], fn, cache)
        first: list[Any] = []  # the first three filled cells are enough to spot 合计 / 注：
        for v in raw:
            if not cells.is_empty(v):
                first.append(v)
                if len(first) == 3:
                    break
        texts = [cells.text(v) for v in first] if any(map(_may_be_footer, first)) else []
        if not values or cells.is_footer(texts):
            return SKIP
        row = ParsedRow(number, {})
        for fld, (value, fn, cache) in values.items():
            try:
                out = self._convert(fld, fn, cache, value)
            except cells.CellProblem as exc:
                row.notes.append(f"{FIELD_LABELS[fld]}：{exc}")
                continue
            self._store(row, fld, out, value)
        if "name" not in row.fields and ("_first" in row.fields or "_last" in row.fields):
            row.fields["name"] = cells.name(
                f"{row.fields.get('_first', '')} {row.fields.get('_last', '')}"
            )
        row.fields.pop("_first", None)
        row.fields.pop("_last", None)
        if not row.fields.get("name"):
            return REJECT, "姓名为空 (no name)"
        if FIELD_LABELS["name"] == row.fields["name"] or cells.category_word(
            row.fields["name"]
        ) in ("name", "姓名"):
            return SKIP  # the header repeated on a printed page break
        if len(values) == 1 and _SECTION.match(row.fields["name"]):
            return SKIP  # 一、专家 — a group title between the rows
        return row

    @staticmethod
    def _store(row: ParsedRow, fld: str, out: Any, raw: Any) -> None:
        if isinstance(out, tuple) and fld in ("phone", "id_number", "email"):
            out, warning = out
            if warning:
                row.notes.append(f"{FIELD_LABELS[fld]}：{warning}")
        if fld == "needs_room":
            needs, pref = out
            row.fields["needs_room"] = needs
            if pref:
                row.fields.setdefault("room_pref", pref)
            return
        if fld == "code":
            row.code = out
            return
        if fld == "category":
            row.category_text = cells.text(raw)
        if out != "":
            row.fields[fld] = out
