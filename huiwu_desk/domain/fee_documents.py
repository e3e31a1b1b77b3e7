"""The cashier's printout besides the receipt: the Z-report of a shift (交班报表). (The void
slip is a ``ReceiptDocument`` with ``void``; job titles are in print_jobs.py.)

Printed on the receipt printer by the same renderers as receipts (label：value lines).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from .money import format_yuan


@dataclass(frozen=True, slots=True)
class MethodSums:
    method: str  # as shown: 现金, 微信…
    expected_fen: int
    counted_fen: int | None = None  # None: not counted (an open shift, or not reconciled)
    variance_fen: int | None = None


def yuan_text(fen: int) -> str:
    return f"￥{format_yuan(fen)}"


def signed_yuan(fen: int) -> str:
    return ("+" if fen > 0 else "") + format_yuan(fen)


@dataclass(frozen=True, slots=True)
class ShiftReportDocument:
    """交班报表 (a Z-report; while the shift is open, what it holds so far)."""

    shift_no: str
    desk: str
    operator: str
    opened_at: str
    closed_at: str = ""
    organizer: str = ""
    event_name: str = ""
    float_fen: int = 0
    first_receipt: str = ""
    last_receipt: str = ""
    methods: tuple[MethodSums, ...] = ()
    payments: int = 0
    payments_fen: int = 0
    refunds: int = 0
    refunds_fen: int = 0
    voids: int = 0
    voids_fen: int = 0
    invoices: int = 0
    reason: str = ""
    approved_by: str = ""
    printed_at: str = ""
    copy: bool = False

    @property
    def heading(self) -> str:
        text = "交班报表" if self.closed_at else "班中报表"
        return text + ("（补打）" if self.copy else "")

    def lines(self) -> list[tuple[str, str]]:
        rows = [
            ("班次", self.shift_no),
            ("报到台", self.desk),
            ("收款员", self.operator),
            ("开班", self.opened_at),
            ("交班", self.closed_at),
            ("备用金", yuan_text(self.float_fen)),
            ("首张收据", self.first_receipt or "—"),
            ("末张收据", self.last_receipt or "—"),
            ("收款", f"{self.payments} 笔 {yuan_text(self.payments_fen)}"),
            ("退款", f"{self.refunds} 笔 {yuan_text(self.refunds_fen)}"),
            ("作废", f"{self.voids} 笔 {yuan_text(self.voids_fen)}"),
            ("发票申请", f"{self.invoices} 张"),
        ]
        for m in self.methods:
            rows.append((f"{m.method}应有", yuan_text(m.expected_fen)))
            if m.counted_fen is not None:
                rows.append((f"{m.method}实点", yuan_text(m.counted_fen)))
            if m.variance_fen is not None:
                rows.append((f"{m.method}差额", signed_yuan(m.variance_fen)))
        rows += [
            ("差额原因", self.reason),
            ("批准人", self.approved_by),
            ("打印时间", self.printed_at),
        ]
        return [(k, v) for k, v in rows if v]

    @property
    def foot(self) -> str:
        return "收款员签字：__________  主管签字：__________"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ShiftReportDocument:
        values = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        values["methods"] = tuple(MethodSums(**m) for m in data.get("methods", ()))
        return cls(**values)
