"""Spreadsheet adapters: calamine/CSV reader, openpyxl writer, bulk event rows, the setup
workbook.

``sheet_io(store.uow)`` is what the CLI and the window pass to ``services.roster_import`` and
``services.exports`` (and its ``setup_book`` to ``services.setup_book``).
"""

from __future__ import annotations

from typing import Any

from ...services.sheet_ports import SheetIO
from .event_rows import SqlEventRows
from .reader import SheetFileReader
from .setup_book import SetupBookFiles
from .writer import OpenpyxlWriter


def sheet_io(uow: Any) -> SheetIO:
    return SheetIO(SheetFileReader(), OpenpyxlWriter(), SqlEventRows(uow), SetupBookFiles())


__all__ = ["OpenpyxlWriter", "SetupBookFiles", "SheetFileReader", "SqlEventRows", "sheet_io"]
