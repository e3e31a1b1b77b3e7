"""Port of the print queue (``uow.print_jobs``): this desk's jobs and printers, not ops.

Implemented by adapters/db/print_queue.py over the ``print_jobs`` and ``meta`` tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ..domain.print_jobs import PrintJob


@dataclass(frozen=True, slots=True)
class RefundRecord:
    """A refund with what its receipt needs from the payment it gave money back on."""

    receipt_no: str
    amount_fen: int
    reason: str
    at_ms: int
    desk_code: str
    operator: str
    supervisor: str
    payment_receipt_no: str
    attendee_id: str
    fee_item_id: str
    method: str


class PrintJobRepo(Protocol):
    def add(self, kind: str, ref_id: str, payload: dict[str, Any]) -> str: ...
    def get(self, job_id: str) -> PrintJob | None: ...
    def payload(self, job_id: str) -> dict[str, Any] | None: ...
    def recent(self, statuses: Sequence[str] | None, limit: int) -> list[PrintJob]: ...
    def pending(self) -> list[str]: ...  # queued jobs, oldest first
    def claim(self, job_id: str) -> bool: ...  # queued → sending; False if someone else has it
    def update(self, job_id: str, status: str, error: str = "", *, tried: bool = False) -> None: ...
    def set_uri(self, job_id: str, uri: str) -> None: ...
    def requeue_interrupted(self) -> int: ...  # sending → queued (a crash mid-send)
    def counts(self) -> dict[str, int]: ...
    def count_for(self, kind: str, ref_id: str) -> int: ...
    def printers(self) -> dict[str, str]: ...  # role → URI on this desk
    def set_printer(self, role: str, uri: str | None) -> None: ...
    def refund(self, receipt_no: str) -> RefundRecord | None: ...
