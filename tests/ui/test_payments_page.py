"""收费 (Ctrl+3): every payment, refund and void, filtered with totals; a receipt number jumps
to it; 补打 through the receipt queue; 作废 and 退款 with the supervisor's PIN; 日结 and the
shifts of two desks as the services say them.

Event files are built through the services; printers are ``escpos-file://`` files (the bytes
a printer would get)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import desk, operators, printing
from huiwu_desk.services.fees import day_close, money_list, shifts
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.main_window import MainWindow
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.payments_page import PaymentsPage

from ..conftest import SmallEvent, build_small_event
from ..integration.printing_support import text_outside_rasters
from ..integration.sync_helpers import exchange, make_desks
from .desk_helpers import focused, open_desk, press, type_text

PIN = "246802"


def paid_event(tmp_path: Path, printer: Path | None = None) -> SmallEvent:
    """张三 cash and 李四 WeChat taken by 李娜, 单雄信 cash by 王芳 (a supervisor with a PIN)."""
    ev = build_small_event(tmp_path / "event.huiwu")
    operators.set_pin(ev.uow, ev.ctx, "王芳", PIN)
    lina, wangfang = ev.store.context("李娜"), ev.store.context("王芳")
    desk.record_payment(ev.uow, lina, ev.codes["张三"], 120000, "cash")
    desk.record_payment(ev.uow, lina, ev.codes["李四"], 120000, "wechat")
    desk.record_payment(ev.uow, wangfang, ev.codes["单雄信"], 60000, "cash")
    if printer is not None:
        printing.set_printer(ev.uow, "receipt", f"escpos-file://{printer}")
    ev.store.close()
    return ev


def payments_page(desk_app: DeskApp, qtbot, path: Path) -> tuple[MainWindow, PaymentsPage]:  # type: ignore[no-untyped-def]
    window, _desk = open_desk(desk_app, qtbot, path)
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page() is PageId.PAYMENTS)
    page = window.pages[PageId.PAYMENTS]
    assert isinstance(page, PaymentsPage)
    qtbot.waitUntil(page.money.search.hasFocus)
    settle(qtbot, page)
    return window, page


def settle(qtbot, page: PaymentsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.session.ops.pending == 0 and not page.money.model.loading)


def receipts(page: PaymentsPage) -> list[str]:
    return [f"{x.kind}:{x.receipt_no}" for x in page.money.model.lines]


def stored_totals(path: Path) -> money_list.MoneyTotals:
    with open_event(path, write=False) as store:
        return money_list.money_totals(store.uow)


def test_lists_filters_by_method_and_operator_with_totals(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = paid_event(tmp_path)
    _window, page = payments_page(desk_app, qtbot, ev.store.path)
    money = page.money
    assert receipts(page) == ["payment:A1-000003", "payment:A1-000002", "payment:A1-000001"]
    assert money.totals.text() == "共 3 条 · 收款 3 笔 ¥3,000.00 · 退款 0 笔 ¥0.00 · 净额 ¥3,000.00"
    assert money.by_method.text() == "按方式（净额）：现金 ¥1,800.00　微信 ¥1,200.00"
    row = [money.model.index(2, c).data() for c in range(money.model.columnCount())]
    assert row[1:8] == ["A1-000001", f"张三 {ev.codes['张三']}", "会务费", "¥1,200.00", "现金",
                        "李娜", "A1"]  # fmt: skip

    money.filters.choose(money.filters.method, "cash")
    settle(qtbot, page)
    assert receipts(page) == ["payment:A1-000003", "payment:A1-000001"]
    assert money.totals.text().startswith("共 2 条 · 收款 2 笔 ¥1,800.00")

    money.filters.choose(money.filters.operator, "王芳")
    settle(qtbot, page)
    assert receipts(page) == ["payment:A1-000003"]
    assert money.model.totals is not None and money.model.totals.paid_fen == 60000
    assert money.by_method.text() == "按方式（净额）：现金 ¥600.00"

    money.filters.choose(money.filters.method, None)
    money.filters.choose(money.filters.operator, "李娜")
    settle(qtbot, page)
    assert receipts(page) == ["payment:A1-000002", "payment:A1-000001"]
    assert money.totals.text().startswith("共 2 条 · 收款 2 笔 ¥2,400.00")


def test_receipt_search_jumps_to_the_receipt(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = paid_event(tmp_path)
    _window, page = payments_page(desk_app, qtbot, ev.store.path)
    money = page.money
    type_text(qtbot, "a1-000002")  # as typed; a scanner sends the same and Enter
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(money.table.hasFocus)
    line = money.current_line()
    assert line is not None and line.receipt_no == "A1-000002" and line.name == "李四"
    assert "A1-000002" in money.searching.text()

    money.search.setFocus()
    type_text(qtbot, "B9-000001")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "没有找到收据 B9-000001" in money.result.text())
    assert focused() is money.search
    press(qtbot, Qt.Key.Key_Escape)  # back to the filter: everything of today
    settle(qtbot, page)
    assert len(money.model.lines) == 3 and money.searching.isHidden()


def test_p_reprints_the_receipt_marked_as_a_copy(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "receipt.bin"
    ev = paid_event(tmp_path, printer=out)
    _window, page = payments_page(desk_app, qtbot, ev.store.path)
    press(qtbot, Qt.Key.Key_Down)  # into the table, the newest line
    qtbot.waitUntil(page.money.table.hasFocus)
    assert page.money.reprint_button.text() == "补打收据 (P)"
    press(qtbot, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: "A1-000003 已送去补打" in page.money.result.text())
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 200, timeout=15000)
    printed = text_outside_rasters(out.read_bytes())
    assert "A1-000003".encode("gb18030") in printed
    assert "补打".encode("gb18030") in printed and b"600.00" in printed


def test_void_needs_the_right_pin_and_the_totals_drop(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = paid_event(tmp_path)
    _window, page = payments_page(desk_app, qtbot, ev.store.path)
    money = page.money
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(money.table.hasFocus)
    press(qtbot, Qt.Key.Key_Down)  # A1-000002, 李四 WeChat
    assert money.current_line().receipt_no == "A1-000002"  # type: ignore[union-attr]
    before = stored_totals(ev.store.path)
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: money.actions.dialog is not None)
    dialog = money.actions.dialog
    assert dialog is not None and dialog.objectName() == "voidDialog"
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused()))
    type_text(qtbot, "wrong amount")  # the reason
    dialog.approval.pin.setFocus()
    type_text(qtbot, "111111")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.warning.isVisible())
    assert "PIN" in dialog.warning.text() and dialog.isVisible()
    settle(qtbot, page)
    assert stored_totals(ev.store.path) == before  # nothing written

    assert focused() is dialog.approval.pin  # cleared, ready for another try
    type_text(qtbot, PIN)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: money.actions.dialog is None)
    qtbot.waitUntil(lambda: "A1-000002" in money.result.text() and "已作废" in money.result.text())
    settle(qtbot, page)
    assert receipts(page)[:2] == ["void:A1-000002", "payment:A1-000003"]
    voided = next(x for x in money.model.lines if x.kind == "payment" and x.voided)
    assert voided.receipt_no == "A1-000002"
    assert money.model.index(money.model.lines.index(voided), 10).data() == "已作废"
    assert money.totals.text().startswith("共 4 条 · 收款 2 笔 ¥1,800.00")
    assert "作废 1 笔 ¥1,200.00" in money.totals.text()
    assert money.by_method.text() == "按方式（净额）：现金 ¥1,800.00"
    after = stored_totals(ev.store.path)
    assert (after.paid_fen, after.voided) == (180000, 1)

    # a void of a void: one sentence in the dialog, nothing written
    money.table.setFocus()
    money.table.selectRow(money.model.lines.index(voided))
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: money.actions.dialog is not None)
    again = money.actions.dialog
    assert again is not None
    qtbot.waitUntil(lambda: again.isAncestorOf(focused()))
    type_text(qtbot, "again")
    again.approval.pin.setFocus()
    type_text(qtbot, PIN)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.warning.isVisible())
    assert "A1-000002" in again.warning.text() and "作废" in again.warning.text()
    assert stored_totals(ev.store.path) == after


def test_partial_refund_with_the_pin_prints_the_refund_slip(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "receipt.bin"
    ev = paid_event(tmp_path, printer=out)
    _window, page = payments_page(desk_app, qtbot, ev.store.path)
    money = page.money
    type_text(qtbot, "A1-000001")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(money.table.hasFocus)
    press(qtbot, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: money.actions.dialog is not None)
    dialog = money.actions.dialog
    assert dialog is not None and dialog.objectName() == "refundDialog"
    qtbot.waitUntil(lambda: focused() is dialog.amount)  # type: ignore[attr-defined]
    assert dialog.amount.text() == "1200.00"  # type: ignore[attr-defined]

    # more than is left: the use case refuses, nothing is written
    type_text(qtbot, "1300")
    dialog.pin.setFocus()  # type: ignore[attr-defined]
    type_text(qtbot, PIN)
    dialog.reason.setFocus()  # type: ignore[attr-defined]
    type_text(qtbot, "left early")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.warning.isVisible())
    assert "1300" in dialog.warning.text() or "1,300" in dialog.warning.text()
    assert stored_totals(ev.store.path).refunds == 0

    dialog.amount.setFocus()  # type: ignore[attr-defined]
    dialog.amount.selectAll()  # type: ignore[attr-defined]
    type_text(qtbot, "200")
    dialog.pin.setFocus()  # type: ignore[attr-defined]
    type_text(qtbot, PIN)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: money.actions.dialog is None)
    qtbot.waitUntil(lambda: "已退还收据 A1-000001 的 ¥200.00" in money.result.text())
    settle(qtbot, page)
    refund = money.model.lines[0]
    assert (refund.kind, refund.receipt_no, refund.amount_fen) == ("refund", "A1-000004", 20000)
    payment = next(x for x in money.model.lines if x.kind == "payment")
    assert money.model.index(money.model.lines.index(payment), 10).data() == "已退 ¥200.00"
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 200, timeout=15000)
    assert "A1-000004".encode("gb18030") in text_outside_rasters(out.read_bytes())
    totals = stored_totals(ev.store.path)
    assert (totals.refunded_fen, totals.net_fen) == (20000, 280000)
    press(qtbot, Qt.Key.Key_Escape)  # the table: Esc does nothing harmful
    money.search.setFocus()
    press(qtbot, Qt.Key.Key_Escape)  # back to the day's list: the net drops by the refund
    settle(qtbot, page)
    assert money.totals.text() == (
        "共 4 条 · 收款 3 笔 ¥3,000.00 · 退款 1 笔 ¥200.00 · 净额 ¥2,800.00"
    )


def test_day_close_and_shifts_of_two_desks_as_the_services_say(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    a, b = make_desks(tmp_path, 2)
    try:
        with a.uow.reading():
            codes = {s.name: s.code for s in a.uow.attendees.search("", None)}
        ctx_a, ctx_b = a.context("李娜"), b.context("助手1")
        shifts.open_shift(a.uow, ctx_a, 10000)
        shifts.open_shift(b.uow, ctx_b, 20000)
        desk.record_payment(a.uow, ctx_a, codes["张三"], 120000, "cash")
        desk.record_payment(b.uow, ctx_b, codes["李四"], 120000, "wechat")
        desk.record_payment(b.uow, ctx_b, codes["单雄信"], 60000, "cash")
        shifts.close_shift(b.uow, ctx_b, {"cash": 79000, "wechat": 120000}, reason="少找")
        exchange(b, a, tmp_path)
        expected = day_close.day_close(a.uow, date.today())
        reports = shifts.shift_reports(a.uow)
        path = a.path
    finally:
        a.close()
        b.close()
    _window, page = payments_page(desk_app, qtbot, path)
    assert len(page.money.model.lines) == 3  # B1's payments arrived by sync
    press(qtbot, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    day = page.day
    qtbot.waitUntil(day.day.hasFocus)
    qtbot.waitUntil(lambda: day.report is not None and len(day.shifts) == 2)
    assert day.report == expected
    table = day.table
    rows = {
        table.item(n, 0).text().strip(): [table.item(n, c).text() for c in range(1, 5)]
        for n in range(table.rowCount())
        if table.item(n, 1) is not None
    }
    assert rows["合计"] == ["3", "¥3,000.00", "¥0.00", "¥3,000.00"]
    assert rows["A1"] == ["1", "¥1,200.00", "¥0.00", "¥1,200.00"]
    assert rows["B1"] == ["2", "¥1,800.00", "¥0.00", "¥1,800.00"]
    assert rows["现金"][1] == "¥1,800.00" and rows["微信"][1] == "¥1,200.00"
    assert rows["李娜"][1] == "¥1,200.00" and rows["助手1"][1] == "¥1,800.00"
    assert rows["会务费"][1] == "¥3,000.00"
    for r in expected.by_desk:
        assert rows[r.key][1] == f"¥{r.totals.paid_fen / 100:,.2f}"

    shift_rows = {
        day.shift_table.item(n, 0).text(): [
            day.shift_table.item(n, c).text() for c in range(day.shift_table.columnCount())
        ]
        for n in range(day.shift_table.rowCount())
    }
    by_no = {s.no: s for s in reports}
    assert set(shift_rows) == set(by_no) == {"A1-S001", "B1-S001"}
    still_open = shift_rows["A1-S001"]
    assert still_open[2].endswith("起，进行中") and still_open[5:7] == ["", ""]
    closed = shift_rows["B1-S001"]
    assert closed[2].endswith("已交班") and closed[1] == "助手1"
    assert closed[4] == f"¥{sum(by_no['B1-S001'].expected.values()) / 100:,.2f}" == "¥2,000.00"
    assert closed[5:8] == ["¥1,990.00", "−¥10.00", "少找"]

    # the date chooser: a day without payments
    day.day.setDate(day.day.date().addDays(-400))
    qtbot.waitUntil(lambda: day.report is not None and day.report.total.lines == 0)
    assert day.summary.text().startswith("收款 0 笔 ¥0.00")
