"""Ports of the spreadsheet use cases: reading a file, writing a workbook, bulk event rows,
the setup workbook.

Implemented by ``adapters.sheets`` (``sheet_io(uow)`` builds all four); the import and export
services only see these Protocols and plain dataclasses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..domain.model import Attendee
from ..domain.setup_model import RowProblem, Setup, Where

# progress(done, total) → False to cancel (an import then rolls back); None/True go on.
Progress = Callable[[int, int], bool | None]


@dataclass
class RawSheet:
    """The cells of one sheet as read: ``rows[i]`` is the sheet's own row number ``i + 1``."""

    name: str
    rows: list[list[Any]]
    sheet_names: list[str]
    encoding: str | None = None  # CSV only: how the bytes were decoded


class SheetReader(Protocol):
    def sheet_names(self, path: Path) -> list[str]: ...
    def read(self, path: Path, sheet: str | None = None) -> RawSheet: ...


@dataclass(frozen=True)
class Column:
    """One column of an exported sheet. ``kind``: text, int, money (yuan), date, datetime."""

    title: str
    kind: str = "text"
    width: float | None = None  # characters; None = from the content


@dataclass
class SheetSpec:
    name: str
    columns: list[Column]
    rows: Sequence[Sequence[Any]]
    title: str = ""  # first line: event name, list name, export time


@dataclass
class WorkbookSpec:
    sheets: list[SheetSpec] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sheets)


class SheetWriter(Protocol):
    def write(self, path: Path, book: WorkbookSpec, progress: Progress | None = None) -> None:
        """Write atomically: a temporary file beside ``path``, renamed into place."""
        ...


@dataclass(frozen=True, slots=True)
class PersonRow:
    attendee: Attendee
    category_key: str
    category_name: str
    category_sort: int
    checkin_ms: int | None  # first valid check-in
    checkin_desk: str


@dataclass(frozen=True, slots=True)
class MoneyRow:
    """A payment (amount > 0) or a refund (amount < 0), as a line of the fees list."""

    receipt_no: str
    at_ms: int
    desk_code: str
    operator: str
    supervisor: str
    code: str
    name: str
    unit: str
    fee_item: str
    method: str
    amount_fen: int
    voided: bool
    invoice_title: str
    tax_number: str
    note: str
    shift_no: str = ""  # the payment's, or the refund's own
    invoice_type: str = ""  # normal | special
    invoice_content: str = ""
    reference: str = ""
    bill_unit: str = ""


@dataclass(frozen=True, slots=True)
class RoomNightRow:
    hotel: str
    night: str  # ISO date
    room: str
    room_type: str
    beds: int
    code: str
    name: str
    gender: str
    nights: tuple[str, ...]  # all nights of that assignment, ISO dates


@dataclass(frozen=True, slots=True)
class HandoutCount:
    category_name: str
    material: str
    handed_out: int
    returned: int


class EventRows(Protocol):
    """Bulk reads for lists and imports: one query each, inside the caller's transaction."""

    def people(self) -> list[PersonRow]: ...
    def money(self) -> list[MoneyRow]: ...
    def room_nights(self) -> list[RoomNightRow]: ...
    def handouts_by_category(self) -> list[HandoutCount]: ...
    def take_counter_block(self, name: str, count: int) -> int:
        """Advance a per-desk counter by ``count``; returns the first number of the block."""
        ...


class SetupBookFile(Protocol):
    """The setup workbook (services/setup_book.py): one sheet per part of the setup."""

    def read(self, path: Path) -> tuple[Setup, Where, list[RowProblem]]:
        """The setup as filled in, the sheet and row of each part, the cells it cannot read.
        A file that is no setup workbook at all raises a ``UserFacingError``."""
        ...

    def write(self, setup: Setup, path: Path) -> None:
        """Write atomically, with an example row on each empty sheet."""
        ...

    def read_rooms(self, path: Path, hotel: str) -> tuple[Setup, Where, list[RowProblem]]:
        """A hotel's own room list (only a 房号 column is needed), as rooms of ``hotel``."""
        ...


@dataclass
class SheetIO:
    reader: SheetReader
    writer: SheetWriter
    rows: EventRows
    setup_book: SetupBookFile
