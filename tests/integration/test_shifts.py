"""Cashiers' shifts (issue 15): a float, a blind close, the variance with its reason and a
supervisor past the limit, the report and its Z-report on the receipt printer, shifts of
another desk by sync, and the day's close (日结) of the whole event."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from huiwu_desk.adapters.printing import make_worker
from huiwu_desk.domain import errors, fee_errors
from huiwu_desk.domain.fees import InvoiceRequest, parse_counted
from huiwu_desk.domain.print_jobs import JobStatus
from huiwu_desk.services import desk, print_queue, printing
from huiwu_desk.services.fees import day_close, shifts
from tests.conftest import SmallEvent

from .fees_helpers import build_fee_event, counts
from .printing_support import text_outside_rasters
from .sync_helpers import exchange, make_desks


@pytest.fixture
def ev(tmp_path: Path):
    event = build_fee_event(tmp_path / "shift.huiwu")
    yield event
    event.store.close()


def _a_shift_of_work(ev: SmallEvent) -> shifts.ShiftReport:
    """李娜's shift: ¥500 float; 3 cash payments, 1 wechat, 1 voided, 1 refunded in part."""
    opened = shifts.open_shift(ev.uow, ev.ctx, 50000).result
    pay = desk.record_payment
    r1 = pay(ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash", tendered_fen=150000).result
    pay(ev.uow, ev.ctx, ev.codes["李四"], 120000, "wechat", reference="T1")
    r3 = pay(ev.uow, ev.ctx, ev.codes["单雄信"], 120000, "cash",
             invoice=InvoiceRequest(title="北京协和医院")).result  # fmt: skip
    r4 = pay(ev.uow, ev.ctx, ev.codes["王五"], 30000, "cash").result
    desk.void_payment(ev.uow, ev.sup, r4, "录错")  # counts nowhere
    desk.refund_payment(ev.uow, ev.sup, r1, 20000, "学生价")
    assert r3
    return opened


def test_open_close_blind_with_expected_per_method(ev: SmallEvent) -> None:
    opened = _a_shift_of_work(ev)
    assert opened.no == "A1-S001" and opened.float_fen == 50000 and not opened.closed
    with pytest.raises(fee_errors.ShiftAlreadyOpen) as again:
        shifts.open_shift(ev.uow, ev.ctx, 0)
    assert "A1-S001" in again.value.text("zh")
    now = shifts.current_shift(ev.uow, ev.ctx)
    assert now is not None
    # cash: 500 float + 1200 + 1200 − 200 refund (the voided 300 counts nowhere)
    assert now.expected == {"cash": 270000, "wechat": 120000}
    done = shifts.close_shift(ev.uow, ev.ctx, {"cash": 270000, "微信": 120000}).result
    report = done.report
    assert report.closed and report.counted == {"cash": 270000, "wechat": 120000}
    assert report.variance == {"cash": 0, "wechat": 0} and report.reason == ""
    assert (report.payments, report.payments_fen) == (3, 360000)
    assert (report.refunds, report.refunds_fen) == (1, 20000)
    assert (report.voids, report.voids_fen, report.invoices) == (1, 30000, 1)
    assert (report.first_receipt, report.last_receipt) == ("A1-000001", "A1-000005")
    assert done.job_id is None  # no receipt printer on this desk
    before = counts(ev)
    with pytest.raises(fee_errors.ShiftAlreadyClosed) as twice:
        shifts.close_shift(ev.uow, ev.ctx, {"cash": 270000, "wechat": 120000})
    assert "A1-S001" in twice.value.text("zh") and counts(ev) == before
    # a payment after the close is in no shift; the next shift is S002
    desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 100, "cash")
    assert shifts.shift_report(ev.uow, report.shift_id).payments == 3
    assert shifts.open_shift(ev.uow, ev.ctx, 0).result.no == "A1-S002"
    assert [s.no for s in shifts.shift_reports(ev.uow)] == ["A1-S001", "A1-S002"]
    assert shifts.shift_reports(ev.uow, "王芳") == []


def test_a_variance_needs_a_reason_and_over_the_limit_a_supervisor(ev: SmallEvent) -> None:
    _a_shift_of_work(ev)
    counted = {"cash": 260000, "wechat": 120000}  # ¥100 short: over the ¥50 limit
    before = counts(ev)
    with pytest.raises(fee_errors.VarianceNeedsReason) as why:
        shifts.close_shift(ev.uow, ev.ctx, counted)
    assert "现金 -100.00" in why.value.text("zh") and "cash -100.00" in why.value.text("en")
    with pytest.raises(fee_errors.VarianceNeedsApproval) as approval:
        shifts.close_shift(ev.uow, ev.ctx, counted, "找错零钱")
    assert "50" in approval.value.text("zh")
    for pin, error in (("", errors.PinRequired), ("1111", errors.WrongPin)):
        with pytest.raises(error):
            shifts.close_shift(ev.uow, replace(ev.sup, supervisor_pin=pin), counted, "找错零钱")
    assert counts(ev) == before
    report = shifts.close_shift(ev.uow, ev.sup, counted, "找错零钱").result.report
    assert report.variance == {"cash": -10000, "wechat": 0} and report.approved_by == "王芳"
    assert report.reason == "找错零钱" and report.total_variance_fen == 10000


def test_the_limit_is_the_events_and_a_small_variance_needs_no_supervisor(ev: SmallEvent) -> None:
    _a_shift_of_work(ev)
    assert shifts.variance_limit(ev.uow) == 5000
    shifts.set_variance_limit(ev.uow, ev.ctx, 20000)
    # wechat not counted: counted 0, so ¥1,200 short — over even the new limit
    with pytest.raises(fee_errors.VarianceNeedsApproval):
        shifts.close_shift(ev.uow, ev.ctx, {"cash": 270000}, "忘了微信")
    report = shifts.close_shift(
        ev.uow, ev.ctx, {"cash": 260000, "wechat": 120000}, "找错零钱"
    ).result.report
    assert report.approved_by == "" and report.variance["cash"] == -10000


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("cash=abc", fee_errors.MalformedAmount),
        ("cash", fee_errors.MalformedCount),
        ("bitcoin=5", fee_errors.MalformedCount),
        ("cash=1,cash=2", fee_errors.CountedTwice),
        ("cash=-5", fee_errors.MalformedAmount),
        ("cash=1.005", fee_errors.MalformedAmount),
        ("", fee_errors.MalformedCount),
    ],
)
def test_malformed_counts_are_refused(text: str, error: type) -> None:
    with pytest.raises(error):
        parse_counted(text)


def test_counts_read_as_typed() -> None:
    assert parse_counted("cash=1200,wechat=300.5") == {"cash": 120000, "wechat": 30050}
    assert parse_counted("现金=１２００，微信=0") == {"cash": 120000, "wechat": 0}


def test_no_open_shift_is_one_sentence(ev: SmallEvent) -> None:
    with pytest.raises(fee_errors.NoOpenShift):
        shifts.close_shift(ev.uow, ev.ctx, {"cash": 0})
    with pytest.raises(errors.InvalidAmount):
        shifts.open_shift(ev.uow, ev.ctx, -1)
    with pytest.raises(fee_errors.UnknownShift):
        shifts.shift_report(ev.uow, "A1-S999")


def test_the_close_prints_its_z_report(ev: SmallEvent, tmp_path: Path) -> None:
    out = tmp_path / "z.bin"
    printing.set_printer(ev.uow, "receipt", f"escpos-file://{out}")
    _a_shift_of_work(ev)
    assert not out.exists()  # desk.record_payment and friends queue nothing themselves
    done = shifts.close_shift(ev.uow, ev.sup, {"cash": 260000, "wechat": 120000}, "找错零钱")
    assert done.result.job_id is not None
    [job] = make_worker(ev.store).run_pending()
    assert job.status == JobStatus.DONE and job.title == "交班报表 A1-S001"
    assert job.title_text("en") == "Shift report A1-S001"
    text = text_outside_rasters(out.read_bytes())
    for expected in (
        "交班报表", "班次：A1-S001", "首张收据：A1-000001", "末张收据：A1-000005",
        "备用金：￥500.00", "现金应有：￥2,700.00", "现金实点：￥2,600.00", "现金差额：-100.00",
        "微信应有：￥1,200.00", "收款：3 笔 ￥3,600.00", "退款：1 笔 ￥200.00",
        "作废：1 笔 ￥300.00", "发票申请：1 张", "差额原因：找错零钱", "批准人：王芳",
    ):  # fmt: skip
        assert expected.encode("gb18030") in text, expected
    # printed again on demand: said to be a copy
    again = shifts.print_shift_report(ev.uow, ev.ctx, "A1-S001").result
    assert print_queue.get_job(ev.uow, again.job_id).title == "交班报表 A1-S001（补打）"


def test_shifts_of_another_desk_arrive_by_sync_and_the_day_closes_across_desks(tmp_path):
    a, b = make_desks(tmp_path, 2)
    try:
        codes = {}
        with a.uow.reading():
            for summary in a.uow.attendees.search("", None):
                codes[summary.name] = summary.code
        ctx_a, ctx_b = a.context("李娜"), b.context("助手1")
        shifts.open_shift(a.uow, ctx_a, 10000)
        shifts.open_shift(b.uow, ctx_b, 20000)
        desk.record_payment(a.uow, ctx_a, codes["张三"], 120000, "cash")
        desk.record_payment(b.uow, ctx_b, codes["李四"], 120000, "wechat")
        desk.record_payment(b.uow, ctx_b, codes["单雄信"], 60000, "cash")
        shifts.close_shift(b.uow, ctx_b, {"cash": 80000, "wechat": 120000})
        exchange(b, a, tmp_path)
        exchange(a, b, tmp_path)
        on_a = {s.no: s for s in shifts.shift_reports(a.uow)}
        on_b = {s.no: s for s in shifts.shift_reports(b.uow)}
        assert set(on_a) == set(on_b) == {"A1-S001", "B1-S001"}
        assert on_a["B1-S001"] == on_b["B1-S001"]
        assert on_a["B1-S001"].closed and on_a["B1-S001"].payments == 2
        assert not on_a["A1-S001"].closed and on_b["A1-S001"].expected["cash"] == 130000
        today = day_close.day_close(a.uow, date.today())
        assert today == day_close.day_close(b.uow, date.today())
        assert today.total.paid_fen == 300000 and today.open_shifts == 1
        assert {r.key: r.totals.paid_fen for r in today.by_desk} == {"A1": 120000, "B1": 180000}
        assert {r.key: r.totals.paid_fen for r in today.by_method} == {
            "cash": 180000,
            "wechat": 120000,
        }
        assert {r.key for r in today.by_operator} == {"李娜", "助手1"}
        assert [r.key for r in today.by_fee_item] == ["会务费"]
        assert day_close.day_close(a.uow, date(2020, 1, 1)).total.lines == 0
    finally:
        a.close()
        b.close()


def test_the_limit_is_set_in_the_setup_workbooks_event_sheet(ev: SmallEvent, tmp_path: Path):
    import openpyxl

    from huiwu_desk.adapters.sheets import sheet_io
    from huiwu_desk.services import setup_book

    files = sheet_io(ev.uow).setup_book
    book = setup_book.export_setup_book(ev.uow, files, tmp_path / "setup.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb["会议"]
    [row] = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "交班差额上限"]
    assert ws.cell(row, 2).value == 50  # yuan, the default
    ws.cell(row, 2).value = "２００"
    wb.save(book)
    report = setup_book.import_setup_book(ev.uow, ev.ctx, files, book)
    assert not report.rejected_rows and report.updated >= 0
    assert shifts.variance_limit(ev.uow) == 20000
    ws.cell(row, 2).value = "很多"
    wb.save(book)
    refused = setup_book.import_setup_book(ev.uow, ev.ctx, files, book)
    assert [(p.sheet, p.row) for p in refused.rejected_rows] == [("会议", row)]
    assert shifts.variance_limit(ev.uow) == 20000


def test_switching_operator_needs_their_pin(ev: SmallEvent) -> None:
    from huiwu_desk.domain.model import Role
    from huiwu_desk.services import operators

    operators.set_pin(ev.uow, ev.sup, "李娜", "1357")  # a first PIN: 王芳 approves
    operators.add_operator(ev.uow, ev.ctx, "赵六", Role.OPERATOR)
    with pytest.raises(fee_errors.OperatorPinRequired):
        operators.sign_in(ev.uow, "李娜")
    with pytest.raises(errors.WrongPin):
        operators.sign_in(ev.uow, "李娜", "0000")
    with pytest.raises(errors.UnknownOperator):
        operators.sign_in(ev.uow, "无名氏", "1357")
    assert operators.sign_in(ev.uow, "李娜", "1357").name == "李娜"
    assert operators.sign_in(ev.uow, "赵六").has_pin is False  # no PIN: by name


def test_the_z_report_preview_while_open_and_once_closed(ev: SmallEvent) -> None:
    _a_shift_of_work(ev)
    open_doc = shifts.shift_document(ev.uow, "A1-S001")
    assert open_doc.heading == "班中报表" and ("现金应有", "￥2,700.00") in open_doc.lines()
    assert not [label for label, _ in open_doc.lines() if label.endswith("差额")]
    shifts.close_shift(ev.uow, ev.ctx, {"cash": 270000, "wechat": 120000})
    closed = shifts.shift_document(ev.uow, "A1-S001")
    assert closed.heading == "交班报表" and ("现金差额", "0.00") in closed.lines()
