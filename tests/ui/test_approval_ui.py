"""A supervisor approves with a PIN in the window: the refund dialog, the 操作员 panel in 设置."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from huiwu_desk.adapters.db import tables as t
from huiwu_desk.bootstrap import EventStore, open_event
from huiwu_desk.services import desk, operators
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.dialogs.operator_dialog import AddOperatorDialog
from huiwu_desk.ui.dialogs.pin_dialog import PinDialog
from huiwu_desk.ui.dialogs.refund_dialog import RefundDialog
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.settings_page import SettingsPage
from tests.ui.conftest import EventFile
from tests.ui.test_conflicts_ui import code_of, conflicts_page, open_window, two_desks_with


def _refunds(path: Path) -> list[tuple[str, int]]:
    with open_event(path, write=False) as store, store.engine.connect() as conn:
        return [(r.supervisor, r.amount_fen) for r in conn.execute(select(t.refunds))]


def _ops(path: Path) -> list[dict]:  # type: ignore[type-arg]
    with open_event(path, write=False) as store, store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(t.ops)).mappings()]


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _texts(value: object) -> list[str]:
    if isinstance(value, dict):
        # a PIN's hash is hex: four digits may turn up in it by chance, the PIN itself may not
        return [t for k, v in value.items() if k != "pin_hash" for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return [str(value)]


def _pin_free(ops: list[dict], pins: tuple[str, ...]) -> bool:  # type: ignore[type-arg]
    texts = [t for op in ops for t in (op["operator"], op["supervisor"], op["kind"])]
    texts += [t for op in ops for t in _texts(json.loads(op["payload"])) if not UUID.fullmatch(t)]
    hashes = [json.loads(op["payload"]).get("pin_hash", "") for op in ops]
    assert all(h == "" or h.startswith("scrypt$") for h in hashes)
    return not any(pin in str(text) for text in texts for pin in pins)


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)  # digits only: ASCII key events are safe


def test_refund_dialog_refuses_a_wrong_pin_and_accepts_the_right_one(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    def pay_twice(a: EventStore, b: EventStore) -> None:
        operators.set_pin(a.uow, a.context(), "王芳", "246802")
        zhang = code_of(a, "张三")
        desk.record_payment(a.uow, a.context("李娜"), zhang, 120000, "cash")
        desk.record_payment(b.uow, b.context(), zhang, 120000, "wechat")

    path = two_desks_with(tmp_path, pay_twice)
    window = open_window(desk_app, qtbot, path)
    window.show_page(PageId.CONFLICTS)
    page = conflicts_page(window)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    page.action_buttons()[1].click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, RefundDialog))
    dialog = page.dialog
    assert isinstance(dialog, RefundDialog)
    assert dialog.supervisor_name() == "王芳" and dialog.pin.isVisible()
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.pin)  # the PIN first

    # Enter without a PIN: asked for it, nothing runs
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.warning.text() == "请主管输入自己的 PIN。" and not dialog.busy
    # a wrong PIN: one sentence in the dialog, the field cleared for another try
    _type(qtbot, dialog.pin, "135702")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.warning.isVisible() and not dialog.busy)
    assert dialog.warning.text() == "王芳 的 PIN 不正确，本次操作未保存。"
    assert page.dialog is dialog and dialog.isVisible() and dialog.pin.text() == ""
    assert QApplication.focusWidget() is dialog.pin
    assert page.list.count() == 1 and not page.result.text()
    # the right PIN: refunded, the dialog closes, the conflict is settled
    _type(qtbot, dialog.pin, "246802")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None)
    qtbot.waitUntil(lambda: "已退还收据 B1-000001" in page.result.text())
    assert "主管 王芳 批准" in page.result.text()
    qtbot.waitUntil(lambda: page.list.count() == 0)
    desk_app.session.close()
    assert _refunds(path) == [("王芳", 120000)]
    assert _pin_free(_ops(path), ("246802", "135702"))


def _settings(window) -> SettingsPage:  # type: ignore[no-untyped-def]
    window.show_page(PageId.SETTINGS)
    page = window.pages[PageId.SETTINGS]
    assert isinstance(page, SettingsPage)
    page.tabs.setCurrentIndex(1)  # 操作员与语言 (Alt+O)
    return page


def _rows(panel) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    table = panel.table
    return [
        tuple(table.item(r, c).text() for c in range(3))  # type: ignore[misc]
        for r in range(table.rowCount())
    ]


def test_operators_panel_adds_people_and_sets_and_changes_pins(
    desk_app: DeskApp, event_file: EventFile, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(desk_app, qtbot, event_file.path)
    panel = _settings(window).operators
    qtbot.waitUntil(lambda: panel.table.rowCount() == 3)
    assert _rows(panel) == [
        ("王芳", "主管", "未设置"),
        ("张伟", "操作员", "未设置"),
        ("李娜", "操作员", "未设置"),
    ]
    assert "凭主管姓名" in panel.state.text()

    # the event's first PIN: no approval needed
    panel.select("王芳")
    panel.pin_button.click()
    qtbot.waitUntil(lambda: isinstance(panel.dialog, PinDialog))
    dialog = panel.dialog
    assert isinstance(dialog, PinDialog)
    assert not dialog.old_pin.isVisible() and not dialog.approval.shown()
    _type(qtbot, dialog.pin, "246802")
    _type(qtbot, dialog.pin_again, "2469")
    dialog.accept()
    assert dialog.warning.text() == "两次输入的新 PIN 不一致。"
    _type(qtbot, dialog.pin_again, "246802")
    dialog.accept()
    qtbot.waitUntil(lambda: panel.dialog is None)
    assert "王芳 的 PIN 已保存" in panel.result.text()
    qtbot.waitUntil(lambda: _rows(panel)[0] == ("王芳", "主管", "已设置"))
    assert panel.state.text() == "退款和作废需要主管输入自己的 PIN。"

    # a new supervisor needs 王芳's approval: a wrong PIN stays in the dialog
    panel.add_button.click()
    qtbot.waitUntil(lambda: isinstance(panel.dialog, AddOperatorDialog))
    add = panel.dialog
    assert isinstance(add, AddOperatorDialog)
    assert not add.approval.shown()
    add.name.setText("赵敏")  # setText: CJK key clicks abort the test process
    add.role.setCurrentIndex(add.role.findData("supervisor"))
    assert add.approval.shown() and add.approval.name() == "王芳"
    _type(qtbot, add.pin, "555505")
    _type(qtbot, add.pin_again, "555505")
    _type(qtbot, add.approval.pin, "907303")
    add.accept()
    qtbot.waitUntil(lambda: add.warning.isVisible() and not add.busy)
    assert add.warning.text() == "王芳 的 PIN 不正确，本次操作未保存。"
    assert panel.dialog is add and panel.table.rowCount() == 3
    _type(qtbot, add.approval.pin, "246802")
    add.accept()
    qtbot.waitUntil(lambda: panel.dialog is None)
    assert panel.result.text() == "✓ 已添加主管：赵敏。"
    qtbot.waitUntil(lambda: ("赵敏", "主管", "已设置") in _rows(panel))

    # changing 王芳's PIN: the old PIN, or another supervisor with theirs
    panel.select("王芳")
    panel.pin_button.click()
    qtbot.waitUntil(lambda: isinstance(panel.dialog, PinDialog))
    change = panel.dialog
    assert isinstance(change, PinDialog)
    assert change.windowTitle() == "修改 PIN" and change.old_pin.isVisible()
    _type(qtbot, change.pin, "112202")
    _type(qtbot, change.pin_again, "112202")
    change.accept()
    assert change.warning.text() == "请输入原 PIN，或请另一位主管批准。"
    change.approval.supervisor.setCurrentText("赵敏")
    _type(qtbot, change.approval.pin, "555505")
    change.accept()
    qtbot.waitUntil(lambda: panel.dialog is None)
    assert "王芳 的 PIN 已保存" in panel.result.text()
    desk_app.session.close()

    ops = _ops(event_file.path)
    pins = [op for op in ops if op["kind"] == "operator.set_pin"]
    assert [op["supervisor"] for op in pins] == [None, "赵敏"]
    assert _pin_free(ops, ("246802", "555505", "112202", "907303"))
    with open_event(event_file.path, write=False) as store:
        sup = store.context(supervisor="王芳", supervisor_pin="112202")
        with store.uow.reading():
            assert operators.approving_supervisor(store.uow, sup) == "王芳"
