"""Styled .xlsx lists with openpyxl (write-only mode: 20k rows in about a second).

Title line (event, list, export time), bold frozen header, widths from the content, dates as
real dates, money as numbers, and every piece of text written as text: a cell typed
``=HYPERLINK(...)`` or ``+86 138…`` can never become a formula. Every string is written
through ``domain.text.clean_text`` (line breaks kept): a name stored with a control character
(an old file, an op from before the desks cleaned their input) exports, without it, instead
of stopping the list with openpyxl's IllegalCharacterError; sheet names lose what Excel
forbids in them. ``-o`` must name a regular file (or nothing yet): a device, a folder or a
pipe is refused before anything is written (``os.replace`` would put a file in its place).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ...domain.errors import DiskFull, LiveEventFile
from ...domain.output_errors import OutputNotAFile, what_it_is
from ...domain.sheet_errors import OutputNotWritable
from ...domain.text import clean_text
from ...services.sheet_ports import Column, Progress, SheetSpec, WorkbookSpec
from ..db import live_files

_TITLE_FONT = Font(bold=True, size=13)
_HEAD_FONT = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_HEAD_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_FORMATS = {"date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm", "money": "#,##0.00"}
_RISKY = ("=", "+", "-", "@", "\t", "\r")
PROGRESS_EVERY = 500
_NOT_IN_SHEET_NAME = re.compile(r"[\\*?:/\[\]\n]")  # Excel's rule, and no line break


def safe_text(value: str) -> str:
    """A stored string as a cell can hold it: no control character but a line break."""
    return clean_text(value, multiline=True)


def sheet_name(name: str, taken: set[str]) -> str:
    """A sheet name Excel accepts: no ``\\ * ? : / [ ]``, 31 characters, unique in the book."""
    base = _NOT_IN_SHEET_NAME.sub("_", safe_text(name)).strip("'")[:31] or "Sheet"
    name, number = base, 1
    while name.lower() in taken:
        number += 1
        name = f"{base[: 31 - len(str(number)) - 1]}_{number}"
    taken.add(name.lower())
    return name


def display_width(value: Any) -> int:
    """Characters as Excel lays them out: Chinese characters are two wide."""
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    text = str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _widths(sheet: SheetSpec) -> list[float]:
    sample = sheet.rows[:300]  # enough to size a column, cheap on 20k rows
    widths = []
    for index, col in enumerate(sheet.columns):
        if col.width is not None:
            widths.append(col.width)
            continue
        longest = max(
            [display_width(col.title)]
            + [display_width(r[index]) for r in sample if r[index] not in (None, "")]
        )
        widths.append(min(max(longest + 2, 6), 60))
    return widths


class _CellMaker:
    """Builds the cells of one sheet, sharing style objects between cells."""

    def __init__(self, ws: Any, columns: list[Column]) -> None:
        self.ws = ws
        self.columns = columns

    def cell(self, value: Any, col: Column) -> Any:
        if value is None or value == "":
            return None
        if isinstance(value, str):
            value = safe_text(value)
            if value.startswith(_RISKY):
                cell = WriteOnlyCell(self.ws, value)
                cell.data_type = "s"  # text, never a formula
                cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
                return cell
            return value
        fmt = _FORMATS.get(col.kind)
        if fmt is None or isinstance(value, bool):
            return value
        cell = WriteOnlyCell(self.ws, value)
        cell.number_format = fmt
        return cell


def _write_sheet(wb: Workbook, sheet: SheetSpec, tick: Any, taken: set[str]) -> None:
    ws = wb.create_sheet(title=sheet_name(sheet.name, taken))
    widths = _widths(sheet)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    # Everything above the rows (widths, frozen panes) is written with the first append.
    ws.freeze_panes = f"A{3 if sheet.title else 2}"
    if sheet.title:
        title = WriteOnlyCell(ws, safe_text(sheet.title))
        title.font = _TITLE_FONT
        title.data_type = "s"
        ws.append([title])
        if len(sheet.columns) > 1:
            ws.merged_cells.add(f"A1:{get_column_letter(len(sheet.columns))}1")
    header = []
    for col in sheet.columns:
        cell = WriteOnlyCell(ws, safe_text(col.title))
        cell.font, cell.fill, cell.alignment = _HEAD_FONT, _HEAD_FILL, _HEAD_ALIGN
        cell.data_type = "s"
        header.append(cell)
    ws.append(header)
    maker = _CellMaker(ws, sheet.columns)
    columns = sheet.columns
    for row in sheet.rows:
        ws.append([maker.cell(v, c) for v, c in zip(row, columns, strict=True)])
        tick()


class OpenpyxlWriter:
    """The SheetWriter port."""

    def write(self, path: Path, book: WorkbookSpec, progress: Progress | None = None) -> None:
        path = Path(path)
        total = book.row_count
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)

        refuse_unless_regular(path)  # before the work: a device or a folder is no list
        wb = Workbook(write_only=True)
        taken: set[str] = set()
        try:
            for sheet in book.sheets:
                _write_sheet(wb, sheet, tick, taken)
        except BaseException:
            _discard(wb)
            raise
        save_atomically(wb, path)
        if progress is not None:
            progress(total, total)


def _discard(wb: Workbook) -> None:
    """A write-only sheet streams into a temporary file of openpyxl's; close and remove it."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            ws.close()
            os.remove(ws._writer.out)


def refuse_unless_regular(path: Path) -> None:
    """``OutputNotAFile`` when ``path`` exists and is not a regular file (symlinks followed)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # nothing there yet (or unreachable: the write says why)
    if not stat.S_ISREG(mode):
        zh, en = what_it_is(mode)
        raise OutputNotAFile(path=str(path), what=zh, what_en=en)


def save_atomically(wb: Workbook, path: Path) -> None:
    """Temp file in the same folder, fsync, rename: a crash never leaves half a workbook.

    ``path`` must be a regular file or new; a symlink to one is written through (the link
    stays a link)."""
    if live_files.is_live(path):  # "-o" naming the event file itself: say so, plainly
        _discard(wb)
        raise LiveEventFile(path=str(path))
    try:
        refuse_unless_regular(path)
    except OutputNotAFile:
        _discard(wb)
        raise
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputNotWritable(path=str(path), reason=exc.strerror or str(exc)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            wb.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a list is meant to be shared
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno == 28:
            raise DiskFull() from exc
        raise OutputNotWritable(path=str(path), reason=exc.strerror or str(exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
