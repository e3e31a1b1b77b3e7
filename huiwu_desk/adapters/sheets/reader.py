"""Reading .xlsx/.xls (python-calamine, ~9× faster than openpyxl) and .csv into a RawSheet.

The file is read in a child process with memory and time limits (sheet_process.py): a
hostile file is one sentence (``UnsafeSheet``), never a dead desk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...domain.sheet_errors import (
    SheetFileMissing,
    UnknownSheet,
    UnreadableSheet,
    UnsupportedSheetType,
)
from ...services.sheet_ports import RawSheet
from ..db import live_files
from .sheet_process import EVERY, NAMES, ONE, read_in_child

EXCEL = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")


def _check(path: Path) -> str:
    # calamine opens files natively, where the audit hook of live_files cannot see it
    live_files.refuse_live(path)
    if not path.is_file():
        raise SheetFileMissing(path=str(path))
    suffix = path.suffix.lower()
    if suffix not in (*EXCEL, ".csv", ".txt"):
        raise UnsupportedSheetType(path=str(path))
    return suffix


class SheetFileReader:
    """The SheetReader port."""

    def sheet_names(self, path: Path) -> list[str]:
        path = Path(path)
        if _check(path) in (".csv", ".txt"):
            return [path.stem]
        return read_in_child(path, NAMES).names

    def read(self, path: Path, sheet: str | None = None) -> RawSheet:
        path = Path(path)
        if _check(path) in (".csv", ".txt") and sheet is not None and sheet != path.stem:
            raise UnknownSheet(sheet=sheet, available=path.stem)
        read = read_in_child(path, ONE, sheet)
        if sheet is not None and sheet not in read.names:
            raise UnknownSheet(sheet=sheet, available="、".join(read.names))
        if not read.names:
            raise UnreadableSheet(path=str(path))
        name = sheet if sheet is not None else read.names[0]
        return RawSheet(name, read.sheets.get(name, []), read.names, read.encoding)

    def read_every(self, path: Path) -> tuple[list[str], dict[str, list[list[Any]]]]:
        """All sheets at once (a setup workbook, a hotel's room list): names, rows by name."""
        path = Path(path)
        _check(path)
        read = read_in_child(path, EVERY)
        return read.names, read.sheets
