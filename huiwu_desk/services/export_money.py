"""The cashier's lists (issue 15): ``invoices`` (what finance needs to issue each requested
invoice), ``billing`` (签单 by unit) and ``shifts`` (every shift with its count). Pure
functions over the ledger's lines and the shifts, read in the export's one transaction."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from ..domain.fees import invoice_type_zh
from ..domain.model import PaymentMethod
from .fees.ports import MoneyFilter, MoneyLine
from .fees.receipts import method_zh
from .fees.shift_report import ShiftReport, report_of
from .ports import UnitOfWork
from .sheet_ports import Column, SheetSpec


def _when(ms: int | None) -> datetime | None:
    return datetime.fromtimestamp(ms / 1000) if ms else None


def _yuan(fen: int) -> float:
    return fen / 100


def _oldest_first(uow: UnitOfWork, wanted: MoneyFilter) -> list[MoneyLine]:
    return sorted(uow.money.page(wanted, 0, None), key=lambda x: (x.at_ms, x.receipt_no))


def invoices(uow: UnitOfWork) -> list[SheetSpec]:
    """Every payment that asked for an invoice and still stands, for the amount it still holds
    (a payment refunded in full needs none); then per title and tax number."""
    wanted = MoneyFilter(kinds=("payment",), invoice=True)
    lines = [
        x for x in _oldest_first(uow, wanted) if not x.voided and x.payment_fen > x.refunded_fen
    ]
    cols = [
        Column("序号", "int"),
        Column("收据号"),
        Column("收款时间", "datetime"),
        Column("编号"),
        Column("姓名"),
        Column("工作单位"),
        Column("发票类型"),
        Column("发票抬头"),
        Column("税号"),
        Column("地址电话"),
        Column("开户行及账号"),
        Column("发票内容"),
        Column("开票金额(元)", "money"),
        Column("收款金额(元)", "money"),
        Column("已退(元)", "money"),
        Column("收费项目"),
        Column("收款方式"),
        Column("交易号"),
        Column("接收手机"),
        Column("接收邮箱"),
        Column("报到台"),
        Column("操作员"),
    ]
    rows: list[list[Any]] = []
    per_title: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for n, x in enumerate(lines, start=1):
        net = x.payment_fen - x.refunded_fen
        inv = x.invoice
        rows.append(
            [
                n, x.receipt_no, _when(x.at_ms), x.code, x.name, x.unit, invoice_type_zh(inv.type),
                inv.title, inv.tax_number, inv.address_phone, inv.bank_account,
                inv.content or x.fee_item, _yuan(net), _yuan(x.payment_fen),
                _yuan(x.refunded_fen), x.fee_item, method_zh(x.method), x.reference, inv.phone,
                inv.email, x.desk_code, x.operator,
            ]
        )  # fmt: skip
        total = per_title[(inv.title, inv.tax_number)]
        total[0] += 1
        total[1] += net
    sums = [[title, tax, n, _yuan(fen)] for (title, tax), (n, fen) in sorted(per_title.items())]
    sum_cols = [
        Column("发票抬头"),
        Column("税号"),
        Column("张数", "int"),
        Column("金额(元)", "money"),
    ]
    return [SheetSpec("开票明细", cols, rows), SheetSpec("按抬头汇总", sum_cols, sums)]


def billing(uow: UnitOfWork) -> list[SheetSpec]:
    """签单 / 统一结算: what each unit owes, payment by payment, then per unit."""
    wanted = MoneyFilter(kinds=("payment",), method=PaymentMethod.BILL.value)
    lines = [x for x in _oldest_first(uow, wanted) if not x.voided]
    cols = [
        Column("签单单位"),
        Column("联系人"),
        Column("收据号"),
        Column("时间", "datetime"),
        Column("编号"),
        Column("姓名"),
        Column("工作单位"),
        Column("收费项目"),
        Column("金额(元)", "money"),
        Column("已退(元)", "money"),
        Column("应结算(元)", "money"),
        Column("发票抬头"),
        Column("报到台"),
        Column("操作员"),
    ]
    rows: list[list[Any]] = []
    units: dict[str, dict[str, Any]] = {}
    for x in sorted(lines, key=lambda x: (x.bill.unit, x.at_ms)):
        net = x.payment_fen - x.refunded_fen
        rows.append(
            [
                x.bill.unit, x.bill.contact, x.receipt_no, _when(x.at_ms), x.code, x.name,
                x.unit, x.fee_item, _yuan(x.payment_fen), _yuan(x.refunded_fen), _yuan(net),
                x.invoice.title, x.desk_code, x.operator,
            ]
        )  # fmt: skip
        unit = units.setdefault(x.bill.unit, {"contacts": [], "people": set(), "n": 0, "fen": 0})
        if x.bill.contact not in unit["contacts"]:
            unit["contacts"].append(x.bill.contact)
        unit["people"].add(x.attendee_id)
        unit["n"] += 1
        unit["fen"] += net
    sums = [
        [name, "、".join(u["contacts"]), len(u["people"]), u["n"], _yuan(u["fen"])]
        for name, u in sorted(units.items())
    ]
    sum_cols = [
        Column("签单单位"),
        Column("联系人"),
        Column("人数", "int"),
        Column("笔数", "int"),
        Column("应结算(元)", "money"),
    ]
    return [SheetSpec("签单明细", cols, rows), SheetSpec("按单位汇总", sum_cols, sums)]


def shift_sheets(uow: UnitOfWork) -> list[SheetSpec]:
    """Every shift of the event (this desk's and, by sync, the others'), then per method."""
    found: list[ShiftReport] = [report_of(uow, s) for s in uow.shifts.all()]
    cols = [
        Column("班次"),
        Column("报到台"),
        Column("收款员"),
        Column("状态"),
        Column("开班时间", "datetime"),
        Column("交班时间", "datetime"),
        Column("备用金(元)", "money"),
        Column("首张收据"),
        Column("末张收据"),
        Column("收款笔数", "int"),
        Column("收款(元)", "money"),
        Column("退款笔数", "int"),
        Column("退款(元)", "money"),
        Column("作废笔数", "int"),
        Column("作废(元)", "money"),
        Column("发票申请", "int"),
        Column("应有合计(元)", "money"),
        Column("实点合计(元)", "money"),
        Column("差额合计(元)", "money"),
        Column("差额原因"),
        Column("批准人"),
        Column("交班人"),
    ]
    rows = [
        [
            s.no, s.desk, s.operator, "已交班" if s.closed else "未交班", _when(s.opened_ms),
            _when(s.closed_ms), _yuan(s.float_fen), s.first_receipt, s.last_receipt, s.payments,
            _yuan(s.payments_fen), s.refunds, _yuan(s.refunds_fen), s.voids, _yuan(s.voids_fen),
            s.invoices, _yuan(sum(s.expected.values())),
            _yuan(sum(s.counted.values())) if s.closed else None,
            _yuan(sum(s.variance.values())) if s.closed else None,
            s.reason, s.approved_by, s.closed_by,
        ]
        for s in found
    ]  # fmt: skip
    method_cols = [
        Column("班次"),
        Column("报到台"),
        Column("收款员"),
        Column("收款方式"),
        Column("应有(元)", "money"),
        Column("实点(元)", "money"),
        Column("差额(元)", "money"),
    ]
    per_method = [
        [
            s.no, s.desk, s.operator, method_zh(m.method), _yuan(m.expected_fen),
            None if m.counted_fen is None else _yuan(m.counted_fen),
            None if m.variance_fen is None else _yuan(m.variance_fen),
        ]
        for s in found
        for m in s.methods()
    ]  # fmt: skip
    return [SheetSpec("班次", cols, rows), SheetSpec("按收款方式", method_cols, per_method)]
