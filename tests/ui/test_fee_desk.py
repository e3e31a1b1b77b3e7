"""F2 by keyboard (issue 15): the fee item the person still owes, cash with its change, 签单
and 专票 refused while incomplete — the same payment use case as `pay`, on a real event file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from huiwu_desk.bootstrap import open_event
from huiwu_desk.domain.setup_model import FeeItemSetup, FeeSetup, Setup
from huiwu_desk.services import card, desk, rooms, setup_plan
from huiwu_desk.ui.app import DeskApp

from ..conftest import SmallEvent, build_small_event
from .desk_helpers import (
    commit,
    open_desk,
    press,
    scan,
    settle,
    type_text,
    wait_dialog,
    wait_result,
)


def two_item_event(path: Path) -> SmallEvent:
    """会务费 ¥1,600 and 住宿费 ¥400 a night for 代表; 张三 in room 301 for the 3 nights."""
    ev = build_small_event(path)
    items = [FeeItemSetup("会务费"), FeeItemSetup("住宿费", per_night=True)]
    fees = [FeeSetup("会务费", "代表", 160000), FeeSetup("住宿费", "代表", 40000)]
    report = setup_plan.apply_setup(ev.store.uow, ev.ctx, Setup(fee_items=items, fees=fees))
    assert not report.rejected_rows
    rooms.assign_room(ev.store.uow, ev.ctx, ev.codes["张三"], "301")
    ev.store.close()
    return ev


def payments(path: Path, code: str):  # type: ignore[no-untyped-def]
    with open_event(path, write=False) as store:
        return card.attendee_card(store.uow, code).payments


def warning_text(dialog) -> str:  # type: ignore[no-untyped-def]
    return dialog.warning.text() if dialog.warning.isVisible() else ""


def test_f2_offers_what_is_still_owed_first_with_nights_times_price(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = two_item_event(tmp_path / "event.huiwu")
    with open_event(ev.store.path) as store:  # 会务费 paid beforehand
        desk.record_payment(store.uow, store.context("李娜"), ev.codes["张三"], 160000, "transfer")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["张三"])
    press(qtbot, Qt.Key.Key_F2)
    dialog = wait_dialog(qtbot, page, "paymentDialog")
    assert dialog.item.currentText() == "住宿费（待收 ¥1,200.00）"
    assert dialog.item.itemText(1) == "会务费（已缴清）"
    assert dialog.item_detail.text() == "3 晚 × ¥400.00 = ¥1,200.00 · 已收 ¥0.00 · 待收 ¥1,200.00"
    assert dialog.amount.text() == "1200.00" and dialog.methods.hasFocus()
    assert dialog.invoice.content.currentText() == "住宿费"
    # Shift+Tab reaches the item; the other one prefills what is left on it (nothing)
    press(qtbot, Qt.Key.Key_Backtab)
    assert dialog.item.hasFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.amount.text() == "" and "应收 ¥1,600.00" in dialog.item_detail.text()
    press(qtbot, Qt.Key.Key_Up)
    assert dialog.amount.text() == "1200.00"
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.methods.hasFocus()
    press(qtbot, Qt.Key.Key_3)  # Alipay
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "收据号")
    assert text == "✓ 已收 张三 住宿费 ¥1,200.00（支付宝），收据号 A1-000002。"
    settle(qtbot, page)
    desk_app.session.close()
    paid = payments(ev.store.path, ev.codes["张三"])
    assert [(p.method, p.amount_fen) for p in paid] == [("transfer", 160000), ("alipay", 120000)]
    with open_event(ev.store.path, write=False) as store, store.uow.reading():
        items = {i.id: i.name for i in store.uow.catalog.fee_items()}
    assert [items[p.fee_item_id] for p in paid] == ["会务费", "住宿费"]


def test_cash_tendered_shows_the_change_live_and_records_it(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = two_item_event(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["李四"])
    press(qtbot, Qt.Key.Key_F2)
    dialog = wait_dialog(qtbot, page, "paymentDialog")
    assert dialog.item.currentText() == "会务费（待收 ¥1,600.00）"
    assert dialog.amount.text() == "1600.00" and dialog.method() == "cash"
    assert dialog.cash.tendered.isVisible() and not dialog.reference.reference.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.cash.tendered.hasFocus()
    type_text(qtbot, "150")
    assert dialog.cash.change.text() == "还差 ¥1,450.00"
    type_text(qtbot, "0")
    press(qtbot, Qt.Key.Key_Return)  # 1,500 for 1,600: refused, nothing written
    assert warning_text(dialog) == "实收现金 ¥1,500.00 少于收款金额 ¥1,600.00。"
    assert dialog.cash.tendered.hasFocus() and page.tasks.dialog is dialog
    type_text(qtbot, "2000")  # the field was selected: typed over
    assert dialog.cash.change.text() == "¥400.00"
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "收据号")
    assert text == "✓ 已收 李四 会务费 ¥1,600.00（现金），找零 ¥400.00，收据号 A1-000001。"
    assert page.tasks.dialog is None and page.scan.hasFocus()
    settle(qtbot, page)
    desk_app.session.close()
    paid = payments(ev.store.path, ev.codes["李四"])
    assert [(p.method, p.amount_fen, p.tendered_fen) for p in paid] == [("cash", 160000, 200000)]


def test_bill_to_a_unit_needs_the_unit_and_a_contact(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = two_item_event(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["李四"])
    press(qtbot, Qt.Key.Key_F2)
    dialog = wait_dialog(qtbot, page, "paymentDialog")
    press(qtbot, Qt.Key.Key_6)  # 签单
    assert dialog.bill.unit.isVisible() and not dialog.cash.tendered.isVisible()
    assert dialog.bill.unit.text() == "四川大学华西医院"  # the person's unit, to change
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.bill.unit.hasFocus()
    press(qtbot, Qt.Key.Key_Backspace)  # selected on Tab: emptied
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "13900001111")
    press(qtbot, Qt.Key.Key_Return)
    assert warning_text(dialog) == "签单需要填写签单单位和联系人（缺少单位）。"
    assert dialog.bill.unit.hasFocus() and page.tasks.dialog is dialog
    commit("华西医院医务部")
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "收据号")
    assert text.startswith("✓ 已收 李四 会务费 ¥1,600.00（签单/统一结算）")
    settle(qtbot, page)
    desk_app.session.close()
    paid = payments(ev.store.path, ev.codes["李四"])
    assert [(p.method, p.bill_unit, p.bill_contact) for p in paid] == [
        ("bill", "华西医院医务部", "13900001111")
    ]


def test_a_special_invoice_needs_tax_number_address_and_bank(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = two_item_event(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["李四"])
    press(qtbot, Qt.Key.Key_F2)
    dialog = wait_dialog(qtbot, page, "paymentDialog")
    press(qtbot, Qt.Key.Key_2)  # WeChat
    assert not dialog.invoice.kind.isVisible()  # no title yet: no invoice rows
    for _ in range(3):  # amount, transaction number, invoice title
        press(qtbot, Qt.Key.Key_Tab)
    assert dialog.invoice.title.hasFocus()
    commit("四川大学华西医院")
    qtbot.waitUntil(dialog.invoice.kind.isVisible)
    assert not dialog.invoice.bank_account.isVisible()  # 普票 first
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.invoice.kind.hasFocus()
    press(qtbot, Qt.Key.Key_Down)  # 专票
    qtbot.waitUntil(dialog.invoice.bank_account.isVisible)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12510000450717498M")
    press(qtbot, Qt.Key.Key_Return)
    assert warning_text(dialog) == "开专票还需要：地址电话、开户行及账号。"
    assert dialog.invoice.address_phone.hasFocus() and page.tasks.dialog is dialog
    commit("成都市国学巷37号 028-85422114")
    press(qtbot, Qt.Key.Key_Tab)
    commit("工商银行成都分行 4402")
    for _ in range(2):  # content (会务费, suggested from the item), the e-fapiao's address
        press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "cw@example.cn")
    press(qtbot, Qt.Key.Key_Return)
    wait_result(qtbot, page, "收据号")
    settle(qtbot, page)
    desk_app.session.close()
    with open_event(ev.store.path, write=False) as store:
        (paid,) = card.attendee_card(store.uow, ev.codes["李四"]).payments
        assert (paid.invoice_type, paid.invoice_title, paid.tax_number) == (
            "special",
            "四川大学华西医院",
            "12510000450717498M",
        )
        assert paid.invoice_content == "会务费"
        assert paid.method == "wechat"
