"""The 收费 page's listing (issue 15): every payment, refund and void, filtered by operator,
desk, shift, method, fee item, time and invoice, page by page, with the totals of all shown;
receipts, refund slips, void slips and reprints as the printer gets them."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import text

from huiwu_desk.adapters.db.projector import rebuild
from huiwu_desk.adapters.printing import make_worker
from huiwu_desk.domain.fees import BillTo, InvoiceRequest
from huiwu_desk.services import desk, print_queue, printing
from huiwu_desk.services.fees import money_list, shifts
from huiwu_desk.services.fees.ports import MoneyFilter
from tests.conftest import SmallEvent

from .fees_helpers import build_fee_event
from .printing_support import text_outside_rasters


@pytest.fixture
def ev(tmp_path: Path):
    event = build_fee_event(tmp_path / "money.huiwu")
    yield event
    event.store.close()


def _day(ev: SmallEvent) -> dict[str, str]:
    """Two operators, one with a shift; cash, wechat, 签单; a refund, a void, an invoice."""
    wang = ev.store.context("王芳")
    shift = shifts.open_shift(ev.uow, ev.ctx, 0).result.shift_id
    r = {
        "zhang": desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash").result,
        "li": desk.record_payment(
            ev.uow, ev.ctx, ev.codes["李四"], 120000, "wechat",
            invoice=InvoiceRequest(title="四川大学华西医院", tax_number="12510000450717547P"),
        ).result,
        "shan": desk.record_payment(
            ev.uow, wang, ev.codes["单雄信"], 30000, "bill", item="住宿费",
            bill_to=BillTo("北京协和医院", "王主任"),
        ).result,
        "wu": desk.record_payment(ev.uow, wang, ev.codes["王五"], 500, "cash").result,
    }  # fmt: skip
    r["refund"] = desk.refund_payment(ev.uow, ev.sup, r["li"], 20000, "学生价").result
    desk.void_payment(ev.uow, ev.sup, r["wu"], "录错")
    r["shift"] = shift
    return r


def _receipts(page: money_list.MoneyPage) -> list[tuple[str, str]]:
    return [(line.kind, line.receipt_no) for line in page.lines]


def test_every_line_newest_first_with_totals(ev: SmallEvent) -> None:
    r = _day(ev)
    page = money_list.list_money(ev.uow)
    assert _receipts(page) == [
        ("void", r["wu"]),
        ("refund", r["refund"]),
        ("payment", r["wu"]),
        ("payment", r["shan"]),
        ("payment", r["li"]),
        ("payment", r["zhang"]),
    ]
    totals = page.totals
    assert totals is not None and totals.lines == 6
    assert (totals.payments, totals.paid_fen) == (3, 270000)
    assert (totals.voided, totals.voided_fen, totals.voids) == (1, 500, 1)
    assert (totals.refunds, totals.refunded_fen, totals.net_fen) == (1, 20000, 250000)
    assert totals.by_method == {"cash": 120000, "wechat": 100000, "bill": 30000}
    assert totals.invoices == 1
    refund = page.lines[1]
    assert refund.payment_receipt_no == r["li"] and refund.supervisor == "王芳"
    assert refund.reason == "学生价" and refund.name == "李四" and refund.method == "wechat"
    void = page.lines[0]
    assert void.voided and void.reason == "录错" and void.operator == "李娜"


def test_filters_each_and_together(ev: SmallEvent) -> None:
    r = _day(ev)
    with ev.uow.reading():
        items = {i.name: i.id for i in ev.uow.catalog.fee_items()}

    def shown(**wanted: object) -> list[tuple[str, str]]:
        return _receipts(money_list.list_money(ev.uow, MoneyFilter(**wanted)))  # type: ignore[arg-type]

    # a refund and a void are their operator's, desk's and shift's; method, item and invoice
    # are their payment's
    assert shown(operator="王芳") == [("payment", r["wu"]), ("payment", r["shan"])]
    assert shown(shift_id=r["shift"]) == [
        ("void", r["wu"]), ("refund", r["refund"]), ("payment", r["li"]), ("payment", r["zhang"]),
    ]  # fmt: skip
    assert shown(method="wechat") == [("refund", r["refund"]), ("payment", r["li"])]
    assert shown(fee_item_id=items["住宿费"]) == [("payment", r["shan"])]
    assert shown(invoice=True) == [("refund", r["refund"]), ("payment", r["li"])]
    assert len(shown(invoice=False)) == 4
    assert shown(desk="B9") == [] and len(shown(desk="A1")) == 6
    assert shown(kinds=("refund", "void")) == [("void", r["wu"]), ("refund", r["refund"])]
    assert shown(operator="李娜", method="cash", kinds=("payment",)) == [("payment", r["zhang"])]
    now = int(time.time() * 1000)
    assert len(shown(since_ms=now - 60_000, until_ms=now + 60_000)) == 6
    assert shown(until_ms=now - 60_000) == []
    # a receipt: the payment with its refund
    assert [(x.kind) for x in money_list.find_receipt(ev.uow, r["li"])] == ["refund", "payment"]
    totals = money_list.money_totals(ev.uow, MoneyFilter(operator="王芳"))
    assert (totals.payments, totals.voided, totals.net_fen) == (1, 1, 30000)


def test_pages_and_scrolling(ev: SmallEvent) -> None:
    for n in range(25):
        desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 100 + n, "cash")
    first = money_list.list_money(ev.uow, limit=10)
    assert first.totals is not None and first.totals.lines == 25 and len(first.lines) == 10
    rest = money_list.list_money(ev.uow, offset=10, limit=100, totals=False)
    assert rest.totals is None and len(rest.lines) == 15
    amounts = [line.amount_fen for line in first.lines + rest.lines]
    assert amounts == sorted(amounts, reverse=True)  # newest first: the last paid most
    assert len(money_list.list_money(ev.uow, limit=None).lines) == 25


def test_receipts_as_printed_change_reference_invoice_bill_reprint_and_void_slip(
    ev: SmallEvent, tmp_path: Path
) -> None:
    out = tmp_path / "r.bin"
    printing.set_printer(ev.uow, "receipt", f"escpos-file://{out}")
    shifts.open_shift(ev.uow, ev.ctx, 0)
    cash = printing.pay_with_receipt(
        ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash", tendered_fen=150000,
        invoice=InvoiceRequest(title="北京协和医院", tax_number="12100000400000624D",
                               content="会务费"),
    ).result  # fmt: skip
    make_worker(ev.store).run_pending()
    printed = text_outside_rasters(out.read_bytes())
    for expected in (
        "实收：￥1,500.00", "找零：￥300.00", "发票类型：普票", "发票抬头：北京协和医院",
        "税号：12100000400000624D", "发票内容：会务费", "班次：A1-S001", "项目：会务费",
    ):  # fmt: skip
        assert expected.encode("gb18030") in printed, expected
    out.unlink()
    bill = printing.pay_with_receipt(
        ev.uow, ev.ctx, ev.codes["李四"], 30000, "bill", item="住宿费",
        bill_to=BillTo("四川大学华西医院", "刘老师 13912345678"),
    ).result  # fmt: skip
    make_worker(ev.store).run_pending()  # each job is the whole file (a printer's stream)
    printed = text_outside_rasters(out.read_bytes())
    for expected in ("签单单位：四川大学华西医院", "联系人：刘老师 13912345678", "收款方式：签单"):
        assert expected.encode("gb18030") in printed, expected
    assert "找零".encode("gb18030") not in printed and bill.value
    wechat = printing.pay_with_receipt(
        ev.uow, ev.ctx, ev.codes["单雄信"], 120000, "wechat", reference="420000123"
    ).result
    make_worker(ev.store).run_pending()
    assert "交易号：420000123".encode("gb18030") in text_outside_rasters(out.read_bytes())
    out.unlink()
    # the 收费 page's 补打: marked a copy, whichever desk printed it first
    again = printing.reprint_receipt(ev.uow, ev.ctx, cash.value).result
    assert print_queue.get_job(ev.uow, again.job_id).title == f"收据 {cash.value}（补打）"
    make_worker(ev.store).run_pending()
    assert "收  据（补打）".encode("gb18030") in text_outside_rasters(out.read_bytes())
    out.unlink()
    # the void prints its own slip
    voided = printing.void_with_slip(ev.uow, ev.sup, wechat.value, "重复扫码").result
    job = print_queue.get_job(ev.uow, voided.job_id)
    assert job.title == f"作废凭证 {wechat.value}" and job.title_text("en").startswith("Void slip")
    make_worker(ev.store).run_pending()
    printed = text_outside_rasters(out.read_bytes())
    for expected in (
        "作废凭证", f"收据号：{wechat.value}", "作废金额：￥1,200.00", "作废原因：重复扫码",
        "批准人：王芳", "经办人：李娜",
    ):  # fmt: skip
        assert expected.encode("gb18030") in printed, expected


def test_the_projection_is_the_same_after_a_rebuild(ev: SmallEvent) -> None:
    _day(ev)
    shifts.close_shift(ev.uow, ev.sup, {"cash": 120000, "wechat": 100000}, "对账")
    tables = ("payments", "refunds", "payment_voids", "shifts")

    def snapshot() -> dict[str, list[tuple]]:
        with ev.store.engine.connect() as conn:
            return {
                name: sorted(tuple(r) for r in conn.execute(text(f"SELECT * FROM {name}")))
                for name in tables
            }

    before = snapshot()
    with ev.store.engine.begin() as conn:
        rebuild(conn)
    assert snapshot() == before
    assert all(before[name] for name in tables)
