"""Spreadsheet work for the import wizard and the reports page, run on the database worker.

The functions below are what ``Session.run_query``/``run_use_case`` hand to the worker: they
build the sheet reader/writer there (``bootstrap.sheet_io_for`` imports calamine and openpyxl
on first use, never while the window starts). ``ProgressRelay`` is the ``progress`` callback
of the core: called on the worker, it reports on the GUI thread and carries the Cancel.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..bootstrap import EventStore, sheet_io_for
from ..domain.model import DeskContext
from ..services import export_templates, exports
from ..services.changes import Changes
from ..services.export_templates import ExportTemplate
from ..services.exports import ExportResult
from ..services.ports import UnitOfWork

if TYPE_CHECKING:  # the import modules load with the wizard, not with the window
    from ..services.roster_import import ImportReport
    from ..services.roster_rows import RosterTable

EXPORT_KINDS = tuple(exports.KINDS)
TEMPLATE_KINDS = export_templates.TEMPLATE_KINDS


class ProgressRelay(QObject):
    """``relay(done, total)`` on the worker → ``progressed`` on the GUI thread; False once
    ``cancel()`` was asked (an import then rolls back)."""

    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def __call__(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)  # queued: the relay lives on the GUI thread
        return not self._cancel.is_set()


# --- import ---------------------------------------------------------------------------------
def sheet_names(store: EventStore, path: Path) -> list[str]:
    from ..services import roster_import

    return roster_import.list_sheets(sheet_io_for(store), path)


def read_roster(store: EventStore, path: Path, sheet: str | None) -> RosterTable:
    from ..services import roster_import

    return roster_import.open_roster(sheet_io_for(store), path, sheet)


def preview_import(uow: UnitOfWork, store: EventStore, table: RosterTable) -> ImportReport:
    from ..services import roster_import

    return roster_import.preview_import(uow, sheet_io_for(store), table)


def commit_import(
    uow: UnitOfWork,
    ctx: DeskContext,
    store: EventStore,
    table: RosterTable,
    progress: ProgressRelay,
) -> Changes:
    from ..services import roster_import

    return roster_import.commit_import(uow, ctx, sheet_io_for(store), table, progress)


def save_report(store: EventStore, report: ImportReport, path: Path, lang: str) -> Path:
    from ..services import roster_import

    return roster_import.save_report(sheet_io_for(store), report, path, lang)


# --- export ---------------------------------------------------------------------------------
def export(
    uow: UnitOfWork, store: EventStore, kind: str, out: Path, progress: ProgressRelay
) -> ExportResult:
    return exports.export(uow, sheet_io_for(store), kind, out, progress=progress)


def default_file_name(title: str, now: datetime | None = None) -> str:
    """学分名单-2026-11-27.xlsx"""
    return f"{title}-{(now or datetime.now()):%Y-%m-%d}.xlsx"


def load_template(uow: UnitOfWork, kind: str) -> ExportTemplate:
    return export_templates.get_template(uow, kind)


def store_template(uow: UnitOfWork, ctx: DeskContext, template: ExportTemplate) -> Changes:
    """Save the layout; the default layout itself is stored as "no layout" (reset)."""
    if template == export_templates.default_template(template.kind):
        return export_templates.reset_template(uow, ctx, template.kind)
    return export_templates.save_template(uow, ctx, template)
