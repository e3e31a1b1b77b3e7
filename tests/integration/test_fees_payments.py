"""Payments by fee item (issue 15): what a person owes per item, where a payment goes, what a
payment carries (change, transaction number, invoice request, 签单, shift), and every refusal
as one sentence with nothing written."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from huiwu_desk.bootstrap import create_event
from huiwu_desk.domain import errors, fee_errors
from huiwu_desk.domain.fees import BillTo, InvoiceRequest
from huiwu_desk.domain.model import Role
from huiwu_desk.services import attendees, desk, printing, rooms
from huiwu_desk.services.fees import dues, money_list, shifts
from huiwu_desk.services.fees.ports import MoneyFilter
from tests.conftest import SmallEvent

from .fees_helpers import build_fee_event, counts


@pytest.fixture
def ev(tmp_path: Path):
    event = build_fee_event(tmp_path / "fees.huiwu")
    yield event
    event.store.close()


def _left(ev: SmallEvent, code: str) -> dict[str, tuple[int, int, int]]:
    return {
        d.item: (d.due_fen, d.paid_fen, d.left_fen) for d in dues.person_dues(ev.uow, code).dues
    }


def test_dues_per_item_early_onsite_and_per_night(ev: SmallEvent) -> None:
    zhang = ev.codes["张三"]
    assert _left(ev, zhang) == {"会务费": (120000, 0, 120000), "住宿费": (0, 0, 0)}
    rooms.assign_room(ev.uow, ev.ctx, zhang, "301")  # three nights
    got = dues.person_dues(ev.uow, zhang)
    assert _left(ev, zhang)["住宿费"] == (90000, 0, 90000)
    assert got.nights == 3 and got.left_fen == 210000 and got.next_item is not None
    walk_in = attendees.register_walk_in(
        ev.uow, ev.ctx, {"name": "现场人", "category_id": ev.categories["delegate"]}
    ).result
    assert _left(ev, walk_in)["会务费"] == (150000, 0, 150000)  # the on-site price
    expert = dues.person_dues(ev.uow, ev.codes["王五"])  # no price for experts: exempt
    assert expert.due_fen == 0 and expert.next_item is None


def test_a_payment_goes_to_the_first_item_with_something_left(ev: SmallEvent) -> None:
    zhang = ev.codes["张三"]
    rooms.assign_room(ev.uow, ev.ctx, zhang, "301")
    first = printing.pay_with_receipt(ev.uow, ev.ctx, zhang, 120000, "wechat").result
    assert first.payment.item == "会务费"
    second = printing.pay_with_receipt(ev.uow, ev.ctx, zhang, 90000, "wechat").result
    assert second.payment.item == "住宿费"  # not blindly the first fee item
    assert _left(ev, zhang) == {"会务费": (120000, 120000, 0), "住宿费": (90000, 90000, 0)}
    # nothing left anywhere: the first item takes it (the desk asked to collect more)
    extra = printing.pay_with_receipt(ev.uow, ev.ctx, zhang, 100, "cash").result
    assert extra.payment.item == "会务费"
    # the desk names the item
    li = ev.codes["李四"]
    chosen = printing.pay_with_receipt(ev.uow, ev.ctx, li, 30000, "cash", item="住宿费").result
    assert chosen.payment.item == "住宿费"
    before = counts(ev)
    with pytest.raises(fee_errors.UnknownFeeItem) as refused:
        printing.pay_with_receipt(ev.uow, ev.ctx, li, 30000, "cash", item="餐费")
    assert "会务费、住宿费" in refused.value.text("zh") and counts(ev) == before


def test_a_voided_or_refunded_payment_leaves_its_item_owed(ev: SmallEvent) -> None:
    zhang = ev.codes["张三"]
    receipt = desk.record_payment(ev.uow, ev.ctx, zhang, 120000, "cash").result
    desk.void_payment(ev.uow, ev.sup, receipt, "录错金额")
    assert _left(ev, zhang)["会务费"] == (120000, 0, 120000)
    receipt = desk.record_payment(ev.uow, ev.ctx, zhang, 120000, "cash").result
    desk.refund_payment(ev.uow, ev.sup, receipt, 20000, "学生价")
    assert _left(ev, zhang)["会务费"] == (120000, 100000, 20000)


def test_cash_tendered_gives_change_and_other_details_are_kept(ev: SmallEvent) -> None:
    zhang = ev.codes["张三"]
    cash = printing.pay_with_receipt(ev.uow, ev.ctx, zhang, 120000, "cash", tendered_fen=150000)
    assert cash.result.payment.change_fen == 30000
    plain = printing.pay_with_receipt(ev.uow, ev.ctx, ev.codes["李四"], 100, "cash").result
    assert plain.payment.change_fen == 0 and plain.payment.tendered_fen is None
    wechat = printing.pay_with_receipt(
        ev.uow, ev.ctx, ev.codes["单雄信"], 120000, "wechat", reference=" 4200001234 ",
        invoice=InvoiceRequest(
            type="special", title="北京协和医院", tax_number="12100000400000624d",
            address_phone="北京市东城区帅府园1号 010-69156114",
            bank_account="工行东单支行 0200000709000000000", content="会务费",
            phone="13800138000", email="fapiao@pumch.cn",
        ),
    ).result  # fmt: skip
    assert wechat.payment.change_fen is None
    [line] = money_list.find_receipt(ev.uow, wechat.value)
    assert line.reference == "4200001234" and line.invoice.type == "special"
    assert line.invoice.tax_number == "12100000400000624D"  # upper case, as on the invoice
    assert line.invoice.bank_account.startswith("工行") and line.invoice.email == "fapiao@pumch.cn"
    bill = printing.pay_with_receipt(
        ev.uow, ev.ctx, ev.codes["王五"], 50000, "bill", bill_to=BillTo("四川省卫健委", "刘处 139")
    ).result
    [line] = money_list.find_receipt(ev.uow, bill.value)
    assert (line.bill.unit, line.bill.contact) == ("四川省卫健委", "刘处 139")
    # the older keywords still ask for a 普票
    old = desk.record_payment(
        ev.uow, ev.ctx, zhang, 100, "card", invoice_title="协和", tax_number="91110000100000000X"
    ).result
    [line] = money_list.find_receipt(ev.uow, old)
    assert line.invoice.type == "normal" and line.invoice.requested


BAD_PAYMENTS = [
    ({"amount_fen": 0}, errors.InvalidAmount),
    ({"method": "bitcoin"}, errors.UnknownPaymentMethod),
    ({"tendered_fen": 100000}, fee_errors.TenderedTooLittle),
    ({"method": "wechat", "tendered_fen": 200000}, fee_errors.TenderedNotCash),
    ({"method": "bill"}, fee_errors.BillToMissing),
    ({"method": "bill", "bill_to": BillTo("四川省卫健委")}, fee_errors.BillToMissing),
    ({"invoice": InvoiceRequest(tax_number="91110000100000000X")}, fee_errors.InvoiceTitleMissing),
    ({"invoice": InvoiceRequest(type="红票", title="A")}, fee_errors.UnknownInvoiceType),
    ({"invoice": InvoiceRequest(title="A", tax_number="123")}, fee_errors.BadTaxNumber),
    (
        {"invoice": InvoiceRequest(type="special", title="A", tax_number="91110000100000000X")},
        fee_errors.SpecialInvoiceIncomplete,
    ),
    ({"item": "餐费"}, fee_errors.UnknownFeeItem),
    ({"code": "NOPE"}, errors.UnknownCode),
]


@pytest.mark.parametrize(("change", "error"), BAD_PAYMENTS, ids=lambda v: str(v)[:40])
def test_a_bad_payment_is_one_sentence_and_nothing_is_written_or_printed(
    ev: SmallEvent, tmp_path: Path, change: dict, error: type
) -> None:
    out = tmp_path / "receipt.bin"
    printing.set_printer(ev.uow, "receipt", f"escpos-file://{out}")
    args = {"code": ev.codes["张三"], "amount_fen": 120000, "method": "cash", **change}
    before = counts(ev)
    with pytest.raises(error) as refused:
        printing.pay_with_receipt(ev.uow, ev.ctx, **args)
    assert counts(ev) == before and not out.exists()
    for lang in ("zh", "en"):
        text = refused.value.text(lang)
        assert text and "\n" not in text and "{" not in text


def test_no_fee_item_set_up_says_where_to_set_it(tmp_path: Path) -> None:
    store = create_event(
        tmp_path / "bare.huiwu", "空会议", "A1", operators=[("王芳", Role.SUPERVISOR)]
    )
    try:
        code = attendees.add_attendee(store.uow, store.context(), {"name": "张三"}).result
        with pytest.raises(errors.NoFeeItems) as refused:
            printing.pay_with_receipt(store.uow, store.context(), code, 100, "cash")
        assert refused.value.part == "fees" and "收费项目" in refused.value.text("zh")
        assert dues.person_dues(store.uow, code).dues == ()
    finally:
        store.close()


def test_void_refuses_a_void_a_refunded_payment_and_a_wrong_or_missing_pin(
    ev: SmallEvent, tmp_path: Path
) -> None:
    out = tmp_path / "slip.bin"
    printing.set_printer(ev.uow, "receipt", f"escpos-file://{out}")
    zhang = ev.codes["张三"]
    receipt = desk.record_payment(ev.uow, ev.ctx, zhang, 120000, "cash").result
    before = counts(ev)
    for ctx, reason, error in (
        (ev.ctx, "录错", errors.SupervisorRequired),
        (replace(ev.sup, supervisor_pin=""), "录错", errors.PinRequired),
        (replace(ev.sup, supervisor_pin="1111"), "录错", errors.WrongPin),
        (ev.sup, " ", fee_errors.VoidReasonMissing),
    ):
        with pytest.raises(error):
            printing.void_with_slip(ev.uow, ctx, receipt, reason)
    with pytest.raises(errors.UnknownPayment):
        printing.void_with_slip(ev.uow, ev.sup, "A1-999999", "录错")
    assert counts(ev) == before
    printing.void_with_slip(ev.uow, ev.sup, receipt, "录错")
    before = counts(ev)
    with pytest.raises(fee_errors.PaymentAlreadyVoided):
        printing.void_with_slip(ev.uow, ev.sup, receipt, "又录错")
    with pytest.raises(errors.PaymentAlreadyCancelled):  # a void cannot be refunded either
        printing.refund_with_receipt(ev.uow, ev.sup, receipt)
    refunded = desk.record_payment(ev.uow, ev.ctx, zhang, 120000, "cash").result
    desk.refund_payment(ev.uow, ev.sup, refunded, 100, "零头")
    before = counts(ev)
    with pytest.raises(fee_errors.PaymentHasRefunds) as refused:
        printing.void_with_slip(ev.uow, ev.sup, refunded, "录错")
    assert "1" in refused.value.text("zh") and counts(ev) == before


def test_a_refund_above_what_is_left_writes_and_prints_nothing(
    ev: SmallEvent, tmp_path: Path
) -> None:
    out = tmp_path / "refund.bin"
    printing.set_printer(ev.uow, "receipt", f"escpos-file://{out}")
    receipt = desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash").result
    printing.refund_with_receipt(ev.uow, ev.sup, receipt, 100000, "提前离会")
    before = counts(ev)
    with pytest.raises(errors.RefundTooLarge) as refused:
        printing.refund_with_receipt(ev.uow, ev.sup, receipt, 20001)
    assert "200.01" in refused.value.text("zh") and "200" in refused.value.text("en")
    assert counts(ev) == before


def test_an_open_shift_is_stamped_on_payments_refunds_and_voids(ev: SmallEvent) -> None:
    shift = shifts.open_shift(ev.uow, ev.ctx, 50000).result
    receipt = desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash").result
    other = desk.record_payment(ev.uow, ev.ctx, ev.codes["李四"], 120000, "cash").result
    desk.refund_payment(ev.uow, ev.sup, receipt, 100, "零头")  # 李娜 refunds, 王芳 approves
    desk.void_payment(ev.uow, ev.sup, other, "录错")
    outside = desk.record_payment(
        ev.uow, ev.store.context("王芳"), ev.codes["单雄信"], 100, "cash"
    ).result  # 王芳 has no shift: her payment has none
    lines = money_list.list_money(ev.uow, MoneyFilter(shift_id=shift.shift_id)).lines
    assert sorted(line.kind for line in lines) == ["payment", "payment", "refund", "void"]
    assert outside not in {line.receipt_no for line in lines}
