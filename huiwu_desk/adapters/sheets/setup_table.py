"""Finding the rows of a setup sheet as typed: the header by its words (in any of the first
rows, any column order, spaces and （） variants allowed), then every row that is neither
blank nor an example (first filled cell starting with 例：)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...domain.limit_errors import CellTooLong
from ...domain.limits import SETUP_CELL
from ...domain.setup_cells import header_key, is_blank, text_of
from ...domain.setup_model import SHEET_EVENT, RowProblem, Says
from .setup_layout import EVENT_HEAD, EVENT_ROWS, EXAMPLE_MARKS, Layout

HEADER_ROWS = 10  # the header may sit under a title line or two


@dataclass
class Row:
    """One row of a sheet: its cells by column key, its number as Excel shows it."""

    sheet: str
    number: int
    cells: dict[str, Any]

    def get(self, key: str) -> Any:
        return self.cells.get(key)

    def text(self, key: str) -> str:
        return text_of(self.cells.get(key))

    def blank(self, key: str) -> bool:
        return is_blank(self.cells.get(key))


def is_example(cells: list[Any]) -> bool:
    first = next((text_of(c) for c in cells if not is_blank(c)), "")
    return first.startswith(EXAMPLE_MARKS)


def table_rows(layout: Layout, raw: list[list[Any]], problems: list[RowProblem]) -> list[Row]:
    """The sheet's rows; a sheet without its required columns is one problem at its header."""
    if all(is_blank(c) for r in raw for c in r):
        return []  # an emptied sheet sets nothing
    names = {
        col.key: {header_key(col.title), *(header_key(a) for a in col.aliases)}
        for col in layout.cols
    }
    required = [col.key for col in layout.cols if col.required]
    best: tuple[int, dict[str, int]] | None = None
    nearest: tuple[int, dict[str, int]] = (0, {})
    for i, cells in enumerate(raw[:HEADER_ROWS]):
        columns: dict[str, int] = {}
        for j, cell in enumerate(cells):
            word = header_key(cell)
            key = next((k for k, n in names.items() if word in n and k not in columns), None)
            if key is not None:
                columns[key] = j
        if len(columns) > len(nearest[1]):
            nearest = (i, columns)
        # the row naming the most columns: a title line "资料" is not the header below it
        if all(k in columns for k in required) and (best is None or len(columns) > len(best[1])):
            best = (i, columns)
    if best is None:
        header_at, columns = nearest
        lacking = next(c.title for c in layout.cols if c.required and c.key not in columns)
        problems.append(RowProblem(layout.name, header_at + 1, Says("缺少“{0}”列。", lacking)))
        return []
    header_at, columns = best
    titles = {col.key: col.title for col in layout.cols}
    rows = []
    for i in range(header_at + 1, len(raw)):
        cells = raw[i]
        values = {k: cells[j] if j < len(cells) else None for k, j in columns.items()}
        if all(is_blank(v) for v in values.values()) or is_example(cells):
            continue
        if (long := too_long(values, titles)) is not None:
            problems.append(RowProblem(layout.name, i + 1, long))
            continue
        rows.append(Row(layout.name, i + 1, values))
    return rows


def too_long(values: dict[str, Any], titles: dict[str, str]) -> CellTooLong | None:
    """The first cell longer than a setup cell may be (domain/limits.py), as the row's problem."""
    for key, value in values.items():
        if isinstance(value, str) and len(value) > SETUP_CELL:
            column = titles.get(key, key)
            return CellTooLong(column=column, length=len(value), limit=SETUP_CELL)
    return None


def event_rows(raw: list[list[Any]], problems: list[RowProblem]) -> tuple[dict[str, Row], int]:
    """The event sheet's items by key (项目 | 内容; without that header, columns A and B),
    and the row the event's own problems are shown at."""
    head = header_key(EVENT_HEAD[0]), header_key(EVENT_HEAD[1])
    key_col, value_col, start = 0, 1, 0
    for i, cells in enumerate(raw[:HEADER_ROWS]):
        words = [header_key(c) for c in cells]
        if head[0] in words and head[1] in words:
            key_col, value_col, start = words.index(head[0]), words.index(head[1]), i + 1
            break
    labels = {
        word: key
        for key, title, _hint, aliases in EVENT_ROWS
        for word in (header_key(title), *(header_key(a) for a in aliases))
    }
    values: dict[str, Row] = {}
    for i in range(start, len(raw)):
        cells = raw[i]
        label = text_of(cells[key_col]) if key_col < len(cells) else ""
        value = cells[value_col] if value_col < len(cells) else None
        if not label or header_key(label) == head[0] or is_example(cells):
            continue
        key = labels.get(header_key(label))
        if key is not None and (long := too_long({key: value}, {key: label})) is not None:
            problems.append(RowProblem(SHEET_EVENT, i + 1, long))
        elif key is None:
            if not is_blank(value):
                problems.append(RowProblem(SHEET_EVENT, i + 1, Says("不认识的项目“{0}”。", label)))
        elif key in values:
            problems.append(RowProblem(SHEET_EVENT, i + 1, Says("项目“{0}”写了两次。", label)))
        else:
            values[key] = Row(SHEET_EVENT, i + 1, {key: value})
    first = values["name"].number if "name" in values else start + 1
    return values, first
