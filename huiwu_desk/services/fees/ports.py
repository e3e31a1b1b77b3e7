"""Ports of the cashier's day: the ledger of money lines (payments, refunds, voids) and the
shifts (``uow.money`` and ``uow.shifts``, implemented by adapters/db/money_repo.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ...domain.fees import BillTo, InvoiceRequest

KINDS = ("payment", "refund", "void")
# what money lines may be summed by besides kind, voided, invoice asked and method
GROUP_DIMENSIONS = ("desk_code", "operator", "fee_item_id")


@dataclass(frozen=True, slots=True)
class MoneyFilter:
    """What the 收费 page shows. Operator, desk, shift and time are the line's own (a refund
    made at desk B of a payment taken at desk A is desk B's); method, fee item and invoice
    are the payment's. ``None`` (or "") means any."""

    kinds: tuple[str, ...] = KINDS
    operator: str | None = None
    desk: str | None = None  # desk code, as people see it (A1)
    shift_id: str | None = None
    method: str | None = None
    fee_item_id: str | None = None
    since_ms: int | None = None  # at_ms >= since_ms
    until_ms: int | None = None  # at_ms < until_ms
    invoice: bool | None = None  # True: an invoice was asked for; False: none was
    receipt: str | None = None  # a payment's receipt (with its refunds and voids), or a refund's


@dataclass(frozen=True, slots=True)
class MoneyLine:
    """One line of the 收费 page: a payment, a refund, or a void of a payment."""

    kind: str  # payment | refund | void
    id: str  # the payment's, refund's or void's id
    receipt_no: str  # a refund's own receipt; a void's: the payment's
    payment_id: str
    payment_receipt_no: str
    at_ms: int
    desk_code: str
    operator: str
    supervisor: str
    shift_id: str
    attendee_id: str
    code: str
    name: str
    unit: str
    fee_item_id: str
    fee_item: str
    method: str
    amount_fen: int  # what this line moved: the payment, the refund, the voided payment
    payment_fen: int
    refunded_fen: int  # of the payment, so far
    voided: bool  # the payment is void
    reason: str = ""
    note: str = ""
    reference: str = ""
    tendered_fen: int = 0
    invoice: InvoiceRequest = field(default_factory=InvoiceRequest)
    bill: BillTo = field(default_factory=BillTo)


@dataclass(frozen=True, slots=True)
class MoneyGroup:
    """Lines summed by kind, voided, invoice asked, method, and the dimensions asked for
    (``GROUP_DIMENSIONS``; "" for one not asked)."""

    kind: str
    voided: bool
    invoice: bool
    desk_code: str
    operator: str
    method: str
    fee_item_id: str
    count: int
    fen: int


class MoneyLedger(Protocol):
    def page(self, wanted: MoneyFilter, offset: int, limit: int | None) -> list[MoneyLine]:
        """Newest first; ``limit=None``: every line (exports)."""
        ...

    def groups(
        self, wanted: MoneyFilter, by: tuple[str, ...] = GROUP_DIMENSIONS
    ) -> list[MoneyGroup]: ...


@dataclass(frozen=True, slots=True)
class ShiftRecord:
    id: str
    no: str
    desk_id: str
    desk_code: str
    operator: str
    float_fen: int
    opened_ms: int
    closed_ms: int | None = None
    closed_by: str = ""
    counted: dict[str, int] = field(default_factory=dict)
    expected: dict[str, int] = field(default_factory=dict)
    variance: dict[str, int] = field(default_factory=dict)
    reason: str = ""
    approved_by: str = ""

    @property
    def closed(self) -> bool:
        return self.closed_ms is not None


class ShiftRepo(Protocol):
    def open_for(self, desk_id: str, operator: str) -> ShiftRecord | None: ...
    def by_id(self, shift_id: str) -> ShiftRecord | None: ...
    def by_no(self, no: str) -> ShiftRecord | None: ...
    def all(self, operator: str | None = None) -> list[ShiftRecord]: ...
    def receipts(self, shift_id: str) -> tuple[str, str]:
        """The first and last receipt numbers given in the shift (payments and refunds)."""
        ...

    def of_ids(self, shift_ids: Sequence[str]) -> dict[str, ShiftRecord]: ...
