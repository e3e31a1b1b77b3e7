"""The one place that builds the engine, unit of work and desk context for an event file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .adapters.db.eventfile import EventStore, backup, create_event, open_event

if TYPE_CHECKING:
    from .services.sheet_ports import SheetIO

__all__ = ["EventStore", "backup", "create_event", "open_event", "sheet_io_for"]


def sheet_io_for(store: EventStore) -> SheetIO:
    """The spreadsheet reader/writer for ``store`` (imports calamine/openpyxl on first use)."""
    from .adapters.sheets import sheet_io

    return sheet_io(store.uow)
