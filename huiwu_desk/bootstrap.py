"""The one place that builds the engine, unit of work and desk context for an event file."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .adapters.db.eventfile import EventStore, backup, create_event, open_event

if os.environ.get("HUIWU_TEST_CHEAP_PINS"):  # the test suite only: see domain/pins.set_cost
    from .domain import pins

    pins.set_cost(pins.ScryptCost(2**10, 8, 1))

if TYPE_CHECKING:
    from collections.abc import Callable

    from .domain.errors import UserFacingError
    from .services.sheet_ports import SheetIO

__all__ = [
    "EventStore",
    "backup",
    "create_event",
    "on_storage_notice",
    "open_event",
    "sheet_io_for",
]


def on_storage_notice(listener: Callable[[UserFacingError], None]) -> None:
    """``listener`` hears, on whichever thread committed, that the desk found its event file's
    WAL replaced and recovered (adapters/db/live_files.py). Registered once per process."""
    from .adapters.db import live_files

    if listener not in live_files.listeners:
        live_files.listeners.append(listener)


def sheet_io_for(store: EventStore) -> SheetIO:
    """The spreadsheet reader/writer for ``store`` (imports calamine/openpyxl on first use)."""
    from .adapters.sheets import sheet_io

    return sheet_io(store.uow)
