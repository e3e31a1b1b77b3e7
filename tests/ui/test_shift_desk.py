"""Operators and shifts in the window (issue 15): switching operator asks for their PIN; a
shift opens with a float, closes blind (the count first, then expected/counted/variance), a
variance needs a reason and past the limit a supervisor's PIN; the Z-report reaches the
receipt printer. By keyboard, on a real event file, printing into a file printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import operators, printing
from huiwu_desk.services.fees import shifts
from huiwu_desk.ui.actions import ActionId
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.main_window import MainWindow

from ..integration.printing_support import text_outside_rasters
from .desk_helpers import (
    commit,
    open_desk,
    press,
    scan,
    settle,
    small_event_file,
    type_text,
    wait_result,
)


def wait_window_dialog(qtbot, window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.shifts.dialog is not None and window.shifts.dialog.isVisible())
    dialog = window.shifts.dialog
    assert dialog.objectName() == name
    return dialog


def warning_text(dialog) -> str:  # type: ignore[no-untyped-def]
    return dialog.warning.text() if dialog.warning.isVisible() else ""


def test_switching_to_an_operator_with_a_pin_needs_that_pin(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    with open_event(ev.store.path) as store:
        operators.set_pin(store.uow, store.context("李娜"), "王芳", "135702")
    window, page = open_desk(desk_app, qtbot, ev.store.path)
    before = desk_app.session.operator
    assert before != "王芳"
    press(
        qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = wait_window_dialog(qtbot, window, "signInDialog")
    qtbot.waitUntil(dialog.operator.hasFocus)
    press(qtbot, Qt.Key.Key_Up)  # 王芳 (主管), above 李娜
    assert dialog.name() == "王芳" and dialog.needs_pin(), (dialog.name(), dialog.team)
    assert dialog.pin.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.pin.hasFocus()
    type_text(qtbot, "246802")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "PIN 不正确" in warning_text(dialog))
    settle(qtbot, page)
    assert desk_app.session.operator == before and window.shifts.dialog is dialog
    assert dialog.pin.text() == "" and dialog.pin.hasFocus()
    type_text(qtbot, "135702")
    with qtbot.waitSignal(desk_app.hub.operator_changed):
        press(qtbot, Qt.Key.Key_Return)
    assert desk_app.session.operator == "王芳"
    assert window.status.operator_button.text().startswith("操作员：王芳")
    qtbot.waitUntil(lambda: window.shifts.dialog is None and page.scan.hasFocus())
    # back to one without a PIN from the status bar: by name, no dialog
    with qtbot.waitSignal(desk_app.hub.operator_changed):
        next(a for a in window.status.operator_menu.actions() if a.text() == before).trigger()
    assert window.shifts.dialog is None and desk_app.session.operator == before


def test_a_shift_opens_takes_payments_and_closes_blind_with_a_reason(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    out = tmp_path / "receipts.bin"
    with open_event(ev.store.path) as store:
        printing.set_printer(store.uow, "receipt", f"escpos-file://{out}")
    window, page = open_desk(desk_app, qtbot, ev.store.path)
    shift_label = window.status.findChild(QLabel, "shiftLabel")
    qtbot.waitUntil(lambda: shift_label.text() == "未开班")

    window.registry[ActionId.OPEN_SHIFT].trigger()
    dialog = wait_window_dialog(qtbot, window, "openShiftDialog")
    qtbot.waitUntil(dialog.float_field.hasFocus)
    type_text(qtbot, "500")
    press(qtbot, Qt.Key.Key_Return)
    wait_result(qtbot, page, "已开班")
    assert "班次 A1-S001，备用金 ¥500.00" in page.result.text()
    qtbot.waitUntil(lambda: shift_label.text() == "班次 A1-S001")

    for name, key in (("张三", Qt.Key.Key_1), ("李四", Qt.Key.Key_2)):  # cash, WeChat
        scan(qtbot, page, ev.codes[name])
        press(qtbot, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: page.tasks.dialog is not None)
        press(qtbot, key)
        press(qtbot, Qt.Key.Key_Return)
        wait_result(qtbot, page, "收据号")
        settle(qtbot, page)

    window.registry[ActionId.CLOSE_SHIFT].trigger()
    dialog = wait_window_dialog(qtbot, window, "closeShiftDialog")
    assert list(dialog.count_fields) == ["cash", "wechat", "alipay", "card"]
    qtbot.waitUntil(dialog.count_fields["cash"].hasFocus)
    assert not dialog.sums_box.isVisible()  # blind: nothing expected shown yet
    assert "1,700" not in " ".join(w.text() for w in dialog.findChildren(QLabel))
    type_text(qtbot, "1650")  # ¥50 short
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12OO")  # letters O for zeros
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "0")
    press(qtbot, Qt.Key.Key_Return)
    assert "不是金额" in warning_text(dialog) and dialog.count_fields["wechat"].hasFocus()
    assert not dialog.sums_box.isVisible()
    type_text(qtbot, "1200")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.sums_box.isVisible)
    cells = {
        m: [dialog.findChild(QLabel, f"sum_{m}_{c}").text() for c in (1, 2, 3)]
        for m in ("cash", "wechat")
    }
    assert cells == {
        "cash": ["¥1,700.00", "¥1,650.00", "−¥50.00"],
        "wechat": ["¥1,200.00", "¥1,200.00", "¥0.00"],
    }
    assert dialog.count_fields["cash"].isReadOnly()  # the count cannot follow what it saw
    assert dialog.reason.isVisible() and not dialog.approval.shown()  # ¥50: not over the limit
    qtbot.waitUntil(dialog.reason.hasFocus)
    press(qtbot, Qt.Key.Key_Return)

    assert warning_text(dialog) == "有差额：请填写原因。"
    commit("找错零钱")
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "已交班")
    assert text == ("✓ 班次 A1-S001 已交班：收款 2 笔，差额 现金 −¥50.00。 正在打印交班报表。")
    qtbot.waitUntil(lambda: shift_label.text() == "未开班")
    report_title = "交班报表".encode("gb18030")  # the receipts before it name the shift too
    qtbot.waitUntil(
        lambda: out.exists() and report_title in text_outside_rasters(out.read_bytes()),
        timeout=15000,
    )
    printed = text_outside_rasters(out.read_bytes())
    assert b"A1-S001" in printed and "找错零钱".encode("gb18030") in printed
    assert b"1,700.00" in printed and b"1,650.00" in printed

    # a second close: one sentence in the dialog, nothing to press
    window.registry[ActionId.CLOSE_SHIFT].trigger()
    dialog = wait_window_dialog(qtbot, window, "closeShiftDialog")
    assert "A1-S001 已于" in warning_text(dialog) and "不能再交一次" in warning_text(dialog)
    assert not dialog.ok_button().isEnabled()
    press(qtbot, Qt.Key.Key_Escape)
    settle(qtbot, page)
    desk_app.session.close()
    with open_event(ev.store.path, write=False) as store:
        (report,) = shifts.shift_reports(store.uow)
    assert (report.closed, report.counted["cash"], report.variance["cash"]) == (True, 165000, -5000)
    assert report.reason == "找错零钱" and report.payments == 2


def test_a_variance_past_the_limit_needs_the_supervisors_pin(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    with open_event(ev.store.path) as store:
        operators.set_pin(store.uow, store.context("李娜"), "王芳", "135702")
        shifts.open_shift(store.uow, store.context("李娜"), 0)
    window, page = open_desk(desk_app, qtbot, ev.store.path)
    desk_app.session.set_operator("李娜")
    qtbot.waitUntil(lambda: window.status.shift_label.text() == "班次 A1-S001")
    window.registry[ActionId.CLOSE_SHIFT].trigger()
    dialog = wait_window_dialog(qtbot, window, "closeShiftDialog")
    qtbot.waitUntil(dialog.count_fields["cash"].hasFocus)
    type_text(qtbot, "100")  # ¥100 over an empty drawer
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "0")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.sums_box.isVisible)
    assert dialog.approval.shown() and "超过上限 ¥50.00" in dialog.total.text()
    commit("备用金未登记")
    press(qtbot, Qt.Key.Key_Return)
    assert warning_text(dialog) == "请主管输入自己的 PIN。"
    dialog.approval.pin.setFocus()
    type_text(qtbot, "9999")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "PIN 不正确" in warning_text(dialog))
    settle(qtbot, page)
    with open_event(ev.store.path, write=False) as store:
        assert not shifts.shift_reports(store.uow)[0].closed  # nothing written
    type_text(qtbot, "135702")
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "已交班")
    assert "差额 现金 +¥100.00" in text and "没有收据打印机" in text
    settle(qtbot, page)
    desk_app.session.close()
    with open_event(ev.store.path, write=False) as store:
        (report,) = shifts.shift_reports(store.uow)
    assert report.closed and report.approved_by == "王芳"
