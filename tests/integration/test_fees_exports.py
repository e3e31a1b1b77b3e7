"""The cashier's lists as finance opens them (issue 15): invoices, billing (签单 by unit),
shifts, and fees with fee item, shift and invoice columns — real xlsx read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from huiwu_desk.adapters.sheets import sheet_io
from huiwu_desk.domain.fees import BillTo, InvoiceRequest
from huiwu_desk.services import desk, exports
from huiwu_desk.services.fees import shifts
from tests.conftest import SmallEvent

from .fees_helpers import build_fee_event


@pytest.fixture
def ev(tmp_path: Path):
    event = build_fee_event(tmp_path / "export.huiwu")
    pay = desk.record_payment
    shifts.open_shift(event.uow, event.ctx, 50000)
    pay(event.uow, event.ctx, event.codes["张三"], 120000, "wechat", reference="42001",
        invoice=InvoiceRequest(type="special", title="北京协和医院",
                               tax_number="12100000400000624D",
                               address_phone="北京市东城区帅府园1号 010-69156114",
                               bank_account="工行东单支行 0200000709000000000",
                               content="会务费", email="fp@pumch.cn"))  # fmt: skip
    li = pay(event.uow, event.ctx, event.codes["李四"], 120000, "cash",
             invoice=InvoiceRequest(title="四川大学华西医院")).result  # fmt: skip
    desk.refund_payment(event.uow, event.sup, li, 20000, "学生价")
    gone = pay(event.uow, event.ctx, event.codes["单雄信"], 120000, "cash",
               invoice=InvoiceRequest(title="作废的抬头")).result  # fmt: skip
    desk.void_payment(event.uow, event.sup, gone, "录错")
    for name, unit in (("单雄信", "北京协和医院"), ("王五", "北京协和医院"), ("张三", "华西")):
        pay(event.uow, event.ctx, event.codes[name], 30000, "bill", item="住宿费",
            bill_to=BillTo(unit, "王主任"))  # fmt: skip
    shifts.close_shift(event.uow, event.sup, {"cash": 150000, "wechat": 120000}, "对过")
    yield event
    event.store.close()


def _sheets(ev: SmallEvent, kind: str, tmp_path: Path) -> dict[str, list[list]]:
    result = exports.export(ev.uow, sheet_io(ev.uow), kind, tmp_path / f"{kind}.xlsx")
    wb = openpyxl.load_workbook(result.path)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb}


def _rows(sheet: list[list]) -> list[dict]:
    head = sheet[1]  # row 1 is the title line
    return [dict(zip(head, r, strict=True)) for r in sheet[2:]]


def test_invoices_hold_what_finance_needs_for_each(ev: SmallEvent, tmp_path: Path) -> None:
    book = _sheets(ev, "invoices", tmp_path)
    assert list(book) == ["开票明细", "按抬头汇总"]
    rows = _rows(book["开票明细"])
    assert [r["发票抬头"] for r in rows] == ["北京协和医院", "四川大学华西医院"]  # void left out
    special, normal = rows
    assert special["发票类型"] == "专票" and special["税号"] == "12100000400000624D"
    assert special["地址电话"].startswith("北京市") and special["开户行及账号"].startswith("工行")
    assert special["发票内容"] == "会务费" and special["接收邮箱"] == "fp@pumch.cn"
    assert special["开票金额(元)"] == 1200 and special["交易号"] == "42001"
    assert normal["发票类型"] == "普票" and normal["开票金额(元)"] == 1000  # net of the refund
    assert normal["已退(元)"] == 200 and normal["姓名"] == "李四"
    assert _rows(book["按抬头汇总"])[0]["张数"] == 1


def test_billing_by_unit(ev: SmallEvent, tmp_path: Path) -> None:
    book = _sheets(ev, "billing", tmp_path)
    detail = _rows(book["签单明细"])
    assert [(r["签单单位"], r["姓名"]) for r in detail] == [
        ("北京协和医院", "单雄信"),
        ("北京协和医院", "王五"),
        ("华西", "张三"),
    ]
    units = {r["签单单位"]: r for r in _rows(book["按单位汇总"])}
    assert units["北京协和医院"]["人数"] == 2 and units["北京协和医院"]["应结算(元)"] == 600
    assert units["华西"]["联系人"] == "王主任"


def test_shifts_with_their_count(ev: SmallEvent, tmp_path: Path) -> None:
    book = _sheets(ev, "shifts", tmp_path)
    [shift] = _rows(book["班次"])
    assert shift["班次"] == "A1-S001" and shift["状态"] == "已交班" and shift["收款员"] == "李娜"
    assert shift["收款笔数"] == 5 and shift["退款笔数"] == 1 and shift["作废笔数"] == 1
    assert shift["首张收据"] == "A1-000001" and shift["差额原因"] == "对过"
    per_method = {r["收款方式"]: r for r in _rows(book["按收款方式"])}
    assert per_method["现金"]["应有(元)"] == 1500 and per_method["现金"]["差额(元)"] == 0
    assert per_method["签单/统一结算"]["实点(元)"] is None  # 签单 is not counted


def test_fees_gain_fee_item_shift_and_invoice_columns(ev: SmallEvent, tmp_path: Path) -> None:
    book = _sheets(ev, "fees", tmp_path)
    rows = _rows(book["收费明细"])
    first = rows[0]
    assert first["收费项目"] == "会务费" and first["班次"] == "A1-S001"
    assert first["发票类型"] == "专票" and first["发票抬头"] == "北京协和医院"
    assert first["发票内容"] == "会务费" and first["交易号"] == "42001"
    bills = [r for r in rows if r["签单单位"]]
    assert len(bills) == 3 and {r["收费项目"] for r in bills} == {"住宿费"}
    refund = next(r for r in rows if r["类型"] == "退款")
    assert refund["班次"] == "A1-S001" and refund["金额(元)"] == -200
