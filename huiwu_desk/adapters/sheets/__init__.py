"""Spreadsheet adapters: calamine/CSV reader, openpyxl writer, bulk event rows, the setup
workbook.

``sheet_io(store.uow)`` is what the CLI and the window pass to ``services.roster_import`` and
``services.exports`` (and its ``setup_book`` to ``services.setup_book``).

Nothing is imported here until it is asked for: the child process that reads a spreadsheet
(``sheet_child.py``) starts in this package and must not pay for SQLAlchemy and openpyxl.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...services.sheet_ports import SheetIO
    from .event_rows import SqlEventRows
    from .reader import SheetFileReader
    from .setup_book import SetupBookFiles
    from .writer import OpenpyxlWriter

_WHERE = {
    "OpenpyxlWriter": "writer",
    "SetupBookFiles": "setup_book",
    "SheetFileReader": "reader",
    "SqlEventRows": "event_rows",
}


def sheet_io(uow: Any) -> SheetIO:
    from ...services.sheet_ports import SheetIO
    from .event_rows import SqlEventRows
    from .reader import SheetFileReader
    from .setup_book import SetupBookFiles
    from .writer import OpenpyxlWriter

    return SheetIO(SheetFileReader(), OpenpyxlWriter(), SqlEventRows(uow), SetupBookFiles())


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)


__all__ = ["OpenpyxlWriter", "SetupBookFiles", "SheetFileReader", "SqlEventRows", "sheet_io"]
