"""The 冲突 page: conflicts made on two desks, shown with their facts, settled from the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from huiwu_desk.bootstrap import EventStore, open_event
from huiwu_desk.services import attendees, conflicts, desk, queries, rooms
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.dialogs.merge_dialog import MergeDialog
from huiwu_desk.ui.dialogs.move_room_dialog import MoveRoomDialog
from huiwu_desk.ui.dialogs.refund_dialog import RefundDialog
from huiwu_desk.ui.main_window import MainWindow
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.conflicts_page import ConflictsPage
from tests.integration.sync_helpers import exchange, make_desks


def code_of(store: EventStore, name: str) -> str:
    return next(a.code for a in queries.search(store.uow, name))


def two_desks_with(tmp_path: Path, make: object) -> Path:
    """A1 and B1 each do something offline (``make(a, b)``); B1's file is imported into A1."""
    a, b = make_desks(tmp_path, 2)
    make(a, b)  # type: ignore[operator]
    exchange(b, a, tmp_path)
    a.close()
    b.close()
    return tmp_path / "A1.huiwu"


def open_window(desk_app: DeskApp, qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    desk_app.session.open(path, block=True)
    window = desk_app.show_window()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def conflicts_page(window: MainWindow) -> ConflictsPage:
    page = window.pages[PageId.CONFLICTS]
    assert isinstance(page, ConflictsPage)
    return page


def focused():  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_double_payment_is_shown_and_a_supervisor_refund_settles_it(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    def pay_twice(a: EventStore, b: EventStore) -> None:
        zhang = code_of(a, "张三")
        desk.record_payment(a.uow, a.context("李娜"), zhang, 120000, "cash")
        desk.record_payment(b.uow, b.context(), zhang, 120000, "wechat")

    path = two_desks_with(tmp_path, pay_twice)
    window = open_window(desk_app, qtbot, path)
    indicator = window.status.conflicts_button
    qtbot.waitUntil(indicator.isVisible)
    assert indicator.text() == "冲突 1"
    indicator.click()  # the red "冲突 1" leads to the page
    assert window.current_page() is PageId.CONFLICTS
    page = conflicts_page(window)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert page.list.item(0).text().startswith("重复收费\n张三（A1")
    assert "收费 2 次，共 ¥2,400.00" in page.list.item(0).text()
    facts = page.facts.text()
    for fact in (
        "A1-000001",
        "B1-000001",
        "现金",
        "微信",
        "报到台 A1",
        "报到台 B1",
        "李娜",
        "助手1",
    ):
        assert fact in facts
    assert [b.text() for b in page.action_buttons()] == [
        "退还 A1-000001（¥1,200.00）…",
        "退还 B1-000001（¥1,200.00）…",
    ]
    assert "冲突 1" in page.count.text() or page.count.text() == "未解决 1 个"

    # by keyboard: the list has it, Tab Tab reaches the second refund, Enter opens the dialog
    qtbot.waitUntil(page.list.hasFocus)
    qtbot.waitUntil(lambda: desk_app.session.ops.pending == 0)  # every read answered
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.action_buttons()[1]
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.dialog, RefundDialog))
    dialog = page.dialog
    assert isinstance(dialog, RefundDialog)
    assert "B1-000001" in dialog.findChild(type(page.title), "refundFacts").text()
    assert dialog.supervisor_name() == "王芳"  # the event's supervisor
    assert dialog.reason_text() == "重复收费"
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "已退还收据 B1-000001" in page.result.text())
    assert "（退款收据 A1-" in page.result.text() and "主管 王芳 批准" in page.result.text()
    qtbot.waitUntil(lambda: page.list.count() == 0)
    assert page.empty.isVisible()
    qtbot.waitUntil(lambda: not indicator.isVisible())
    desk_app.session.close()
    with open_event(path, write=False) as a:
        assert conflicts.open_conflicts(a.uow) == []
        with a.uow.reading():
            paid = a.uow.payments.for_attendee(a.uow.attendees.by_code(code_of(a, "张三")).id)
        assert sorted((p.receipt_no, p.refunded_fen) for p in paid) == [
            ("A1-000001", 0),
            ("B1-000001", 120000),
        ]


def test_a_refund_needs_a_supervisor(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    def pay_twice(a: EventStore, b: EventStore) -> None:
        zhang = code_of(a, "张三")
        desk.record_payment(a.uow, a.context(), zhang, 120000, "cash")
        desk.record_payment(b.uow, b.context(), zhang, 120000, "wechat")

    path = two_desks_with(tmp_path, pay_twice)
    window = open_window(desk_app, qtbot, path)
    window.show_page(PageId.CONFLICTS)
    page = conflicts_page(window)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    page.action_buttons()[0].click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, RefundDialog))
    dialog = page.dialog
    assert isinstance(dialog, RefundDialog)
    dialog.supervisor.setEditable(True)
    dialog.supervisor.setEditText("李娜")  # an operator, not a supervisor
    dialog.accept()
    # the refusal is said in the dialog, which stays open for another try
    qtbot.waitUntil(lambda: dialog.warning.isVisible() and not dialog.busy)
    assert dialog.warning.text() == "“李娜”不是主管，不能批准此操作。"
    assert page.dialog is dialog and dialog.isVisible()
    assert page.list.count() == 1


def test_overbooked_room_move_duplicate_person_and_repeated_check_in(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    def clash(a: EventStore, b: EventStore) -> None:
        rooms.assign_room(a.uow, a.context(), code_of(a, "张三"), "302")  # king, one bed
        rooms.assign_room(b.uow, b.context(), code_of(b, "李四"), "302")
        desk.check_in(a.uow, a.context(), code_of(a, "王五"))
        desk.check_in(b.uow, b.context(), code_of(b, "王五"))
        attendees.register_walk_in(b.uow, b.context(), {"name": "张叁", "phone": "13800138000"})

    path = two_desks_with(tmp_path, clash)
    window = open_window(desk_app, qtbot, path)
    window.show_page(PageId.CONFLICTS)
    page = conflicts_page(window)
    qtbot.waitUntil(lambda: page.list.count() == 3)
    kinds = {page.list.item(n).text().split("\n")[0]: n for n in range(3)}
    assert set(kinds) == {"房间超员", "疑似同一人", "重复报到"}

    # the room: 李四 came second and is the one to move; the suggestion is 301
    page.list.setCurrentRow(kinds["房间超员"])
    room = page.current()
    assert room is not None
    facts = page.facts.text()
    assert "会议中心酒店 302（大床，1 张床）" in facts and "（需调出）" in facts
    buttons = page.action_buttons()
    assert buttons[0].text() == "把 李四 换到其他房间…（建议）"
    buttons[0].click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, MoveRoomDialog))
    dialog = page.dialog
    assert isinstance(dialog, MoveRoomDialog)
    assert dialog.room_number() == "301"
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "已从 302 换到 301" in page.result.text())
    qtbot.waitUntil(lambda: page.list.count() == 2)

    # the same phone on a walk-in: merge, keeping the preregistered record
    page.select(next(c.id for c in page.board.conflicts if c.kind == "duplicate_person"))
    assert "张叁" in page.facts.text() and "现场注册" in page.facts.text()
    merge = page.action_buttons()[0]
    assert merge.text() == "是同一人：合并…"
    merge.click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, MergeDialog))
    dialog = page.dialog
    assert isinstance(dialog, MergeDialog)
    assert dialog.keep_code().startswith("A1") and dialog.alias_codes()[0].startswith("B1")
    dialog.accept()
    qtbot.waitUntil(lambda: page.list.count() == 1)

    # the repeated check-in: acknowledged
    assert page.current() is not None and page.current().kind == "duplicate_checkin"  # type: ignore[union-attr]
    assert "第 2 次报到" in page.facts.text()
    page.action_buttons()[0].click()
    qtbot.waitUntil(lambda: page.list.count() == 0)
    assert "已核实" in page.result.text()
    desk_app.session.close()
    with open_event(path, write=False) as a:
        assert conflicts.open_conflicts(a.uow) == []
        lines = {line.number: line.occupants for line in queries.room_list(a.uow)}
        names = {number: [name for _code, name in people] for number, people in lines.items()}
        assert names["301"] == ["李四"] and names["302"] == ["张三"]


def test_one_person_with_two_beds_keeps_the_one_chosen(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    def twice(a: EventStore, b: EventStore) -> None:
        rooms.assign_room(a.uow, a.context(), code_of(a, "张三"), "301")
        rooms.assign_room(b.uow, b.context(), code_of(b, "张三"), "302")

    path = two_desks_with(tmp_path, twice)
    window = open_window(desk_app, qtbot, path)
    window.show_page(PageId.CONFLICTS)
    page = conflicts_page(window)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert page.list.item(0).text().split("\n")[0] == "一人两床"
    assert "301" in page.facts.text() and "302" in page.facts.text()
    buttons = page.action_buttons()
    assert [b.text() for b in buttons] == [
        "只保留 会议中心酒店 301，退回另一张床（建议）",
        "只保留 会议中心酒店 302，退回另一张床",
    ]
    buttons[1].click()  # the desk decides the king: 302
    qtbot.waitUntil(lambda: page.list.count() == 0)
    assert "只保留 302" in page.result.text()
    desk_app.session.close()
    with open_event(path, write=False) as a:
        lines = {line.number: line.occupants for line in queries.room_list(a.uow)}
        assert [n for _c, n in lines["302"]] == ["张三"] and lines["301"] == []


def test_two_edits_of_one_field_keep_the_chosen_value(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    def edit_twice(a: EventStore, b: EventStore) -> None:
        zhang = code_of(a, "张三")
        attendees.update_attendee(a.uow, a.context(), zhang, {"title": "主任医师"})
        attendees.update_attendee(b.uow, b.context(), zhang, {"title": "副主任医师"})

    path = two_desks_with(tmp_path, edit_twice)
    window = open_window(desk_app, qtbot, path)
    window.show_page(PageId.CONFLICTS)
    page = conflicts_page(window)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert page.list.item(0).text() == "同时修改\n张三（A100001） 的“职称”被同时改成不同的值"
    assert "“主任医师” — 报到台 A1" in page.facts.text()
    assert "“副主任医师” — 报到台 B1" in page.facts.text()
    keep = {b.text(): b for b in page.action_buttons()}
    assert set(keep) == {"保留“主任医师”", "保留“副主任医师”"}
    keep["保留“主任医师”"].click()
    qtbot.waitUntil(lambda: page.list.count() == 0)
    assert page.result.text() == "✓ 已保留“主任医师”。"
    desk_app.session.close()
    with open_event(path, write=False) as a, a.uow.reading():
        assert a.uow.attendees.by_code(code_of(a, "张三")).title == "主任医师"


@pytest.mark.parametrize("lang", ["en"])
def test_conflicts_page_in_english(desk_app: DeskApp, tmp_path: Path, qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    from huiwu_desk.ui import i18n

    def pay_twice(a: EventStore, b: EventStore) -> None:
        zhang = code_of(a, "张三")
        desk.record_payment(a.uow, a.context(), zhang, 120000, "cash")
        desk.record_payment(b.uow, b.context(), zhang, 120000, "wechat")

    path = two_desks_with(tmp_path, pay_twice)
    i18n.set_language(lang)
    window = open_window(desk_app, qtbot, path)
    window.show_page(PageId.CONFLICTS)
    page = conflicts_page(window)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert page.list.item(0).text().startswith("Double payment\n")
    assert page.action_buttons()[0].text().startswith("Refund A1-000001")
    assert window.status.conflicts_button.text() == "Conflicts 1"


def test_the_page_says_it_is_reading_until_it_knows(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    path = two_desks_with(tmp_path, lambda a, b: None)
    window = open_window(desk_app, qtbot, path)
    window.show_page(PageId.CONFLICTS)
    page = conflicts_page(window)
    # the read is under way on the database thread: not "no conflicts" yet
    assert page.empty.isVisibleTo(page) and page.empty.text() == "正在读取冲突…"
    qtbot.waitUntil(lambda: page.empty.text() == "没有未解决的冲突。")
    assert page.empty.isVisibleTo(page) and page.list.count() == 0
