"""Issue 17 in the window: a form drops control characters, the payment dialog takes only
amounts, a too-short supervisor PIN approves once and the window asks for a new one at once,
five wrong PINs lock that supervisor (the dialog says until when)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import card, desk, operators
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.dialogs.pin_dialog import PinDialog
from huiwu_desk.ui.main_window import MainWindow

from ..conftest import build_small_event
from ..integration.test_pin_rules import _old_short_pin
from .desk_helpers import (
    commit,
    focused,
    open_desk,
    press,
    scan,
    small_event_file,
    type_text,
    wait_dialog,
    wait_result,
)
from .test_payments_page import payments_page, settle, stored_totals


def test_the_walk_in_form_drops_control_characters(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_dialog(qtbot, page, "walkInDialog")
    commit("赵\x01六\x1b")  # pasted from a spreadsheet that held them
    dialog.form.phone.setFocus()
    type_text(qtbot, "13611112222")
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "已现场注册")
    code = re.search(r"编号 (\w+)", text).group(1)  # type: ignore[union-attr]
    assert "赵六" in text
    desk_app.session.close()
    with open_event(ev.store.path, write=False) as store:
        assert card.attendee_card(store.uow, code).person.name == "赵六"


def test_the_payment_dialog_takes_only_amounts(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["张三"])
    press(qtbot, Qt.Key.Key_F2)
    dialog = wait_dialog(qtbot, page, "paymentDialog")
    for typed in ("١٢٠٠", "1e9", "1_000", "1,2,0,0", "12.345"):
        dialog.amount.setFocus()
        dialog.amount.clear()
        commit(typed)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.warning.isVisible())
        assert dialog.warning.text() == f"“{typed}”不是金额。", typed
        assert dialog.isVisible()
    desk_app.session.close()
    with open_event(ev.store.path, write=False) as store, store.uow.reading():
        assert store.uow.payments.totals() == (0, 0)


def _short_pin_event(tmp_path: Path):  # type: ignore[no-untyped-def]
    ev = build_small_event(tmp_path / "event.huiwu")
    _old_short_pin(ev, "2468")
    lina = ev.store.context("李娜")
    desk.record_payment(ev.uow, lina, ev.codes["张三"], 120000, "cash")
    ev.store.close()
    return ev


def _refund(qtbot, page, pin: str) -> object:  # type: ignore[no-untyped-def]
    """R on A1-000001, 1 yuan, approved by 王芳 with ``pin``; returns the dialog."""
    money = page.money
    money.search.setFocus()
    money.search.clear()
    type_text(qtbot, "A1-000001")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(money.table.hasFocus)
    press(qtbot, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: money.actions.dialog is not None)
    dialog = money.actions.dialog
    qtbot.waitUntil(lambda: focused() is dialog.amount)
    dialog.amount.selectAll()
    type_text(qtbot, "1")
    dialog.reason.setFocus()
    type_text(qtbot, "left early")
    dialog.pin.setFocus()
    type_text(qtbot, pin)
    press(qtbot, Qt.Key.Key_Return)
    return dialog


def test_a_short_pin_approves_once_and_the_window_asks_for_a_new_one(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = _short_pin_event(tmp_path)
    window, page = payments_page(desk_app, qtbot, ev.store.path)
    assert isinstance(window, MainWindow)
    _refund(qtbot, page, "2468")
    qtbot.waitUntil(lambda: isinstance(window.pin_renewal.dialog, PinDialog))
    ask = window.pin_renewal.dialog
    why = ask.findChild(type(ask.warning), "pinWhy")
    assert why is not None and why.text() == (
        "王芳 的 PIN 不足 6 位，刚才是它在本报到台的最后一次使用。"
        "请现在输入原 PIN，并设置 6 到 12 位数字的新 PIN。"
    )
    assert stored_totals(ev.store.path).refunds == 1  # the act itself was done
    for field, text in ((ask.pin, "135790"), (ask.pin_again, "135790"), (ask.old_pin, "2468")):
        field.setFocus()
        type_text(qtbot, text)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pin_renewal.dialog is None)
    assert "王芳 的 PIN 已保存" in window.statusBar().currentMessage()
    settle(qtbot, page)
    _refund(qtbot, page, "135790")  # the new PIN approves; nothing more is asked
    qtbot.waitUntil(lambda: page.money.actions.dialog is None)
    qtbot.waitUntil(lambda: stored_totals(ev.store.path).refunds == 2)
    assert window.pin_renewal.dialog is None


def test_five_wrong_pins_lock_the_supervisor_in_the_dialog(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = build_small_event(tmp_path / "event.huiwu")
    operators.set_pin(ev.uow, ev.ctx, "王芳", "246802")
    desk.record_payment(ev.uow, ev.store.context("李娜"), ev.codes["张三"], 120000, "cash")
    ev.store.close()
    _window, page = payments_page(desk_app, qtbot, ev.store.path)
    dialog = _refund(qtbot, page, "000000")
    for attempt in range(5):
        qtbot.waitUntil(lambda: dialog.warning.isVisible() and not dialog.busy, timeout=15000)
        if attempt < 4:
            assert dialog.warning.text() == "王芳 的 PIN 不正确，本次操作未保存。"
            dialog.pin.setFocus()
            type_text(qtbot, "000000")
            dialog.warning.hide()
            press(qtbot, Qt.Key.Key_Return)
    assert re.fullmatch(
        r"王芳 的 PIN 已连续输错 5 次，在本报到台锁定到 \d\d:\d\d:\d\d，请到时再试。",
        dialog.warning.text(),
    )
    assert stored_totals(ev.store.path).refunds == 0
