"""F2 fee, F3 materials, F4 room, F5 badge, F6 edit and Ctrl+N walk-in — all by keyboard."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import card, desk
from huiwu_desk.ui.app import DeskApp

from .desk_helpers import (
    commit,
    dialog_open,
    open_desk,
    prepay,
    press,
    scan,
    small_event_file,
    type_text,
    wait_dialog,
    wait_result,
)


def warning(dialog) -> str:  # type: ignore[no-untyped-def]
    label = dialog.findChild(QLabel, "dialogWarning")
    return label.text() if label is not None and label.isVisible() else ""


def test_f2_takes_the_fee_and_shows_the_receipt(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["张三"])
    press(qtbot, Qt.Key.Key_F2)
    dialog = wait_dialog(qtbot, page, "paymentDialog")
    assert dialog.amount.text() == "1200.00"  # what is still due
    assert dialog.methods.hasFocus()
    press(qtbot, Qt.Key.Key_2)  # WeChat
    press(qtbot, Qt.Key.Key_Tab)  # the amount
    press(qtbot, Qt.Key.Key_Tab)  # WeChat's transaction number (optional)
    assert dialog.reference.reference.hasFocus() and not dialog.cash.tendered.isVisible()
    type_text(qtbot, "4200001234")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "ABC")  # the invoice title…
    commit("医院")  # …partly in Chinese
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "收据号")
    assert text == "✓ 已收 张三 会务费 ¥1,200.00（微信），收据号 A1-000001。"
    assert page.scan.hasFocus() and page.tasks.dialog is None
    qtbot.waitUntil(lambda: page.card_view.chips["fee"].text() == "已缴清 ¥1,200.00")
    assert "收据 A1-000001：微信 ¥1,200.00" in page.card_view.details.text()
    qtbot.waitUntil(lambda: "微信\u00a0¥1,200" in page.counters.money.text())

    # nothing is due any more: a second payment needs a second Enter; Esc leaves it
    press(qtbot, Qt.Key.Key_F2)
    dialog = wait_dialog(qtbot, page, "paymentDialog")
    assert dialog.amount.text() == ""
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "100")
    press(qtbot, Qt.Key.Key_Return)
    assert "此人没有待收费用" in warning(dialog)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.tasks.dialog is None and page.scan.hasFocus())
    desk_app.session.close()
    with open_event(ev.store.path, write=False) as store:
        paid = card.attendee_card(store.uow, ev.codes["张三"]).payments
        assert [(p.method, p.amount_fen, p.invoice_title) for p in paid] == [
            ("wechat", 120000, "ABC医院")
        ]
        assert paid[0].reference == "4200001234" and paid[0].invoice_content == "会务费"


def test_f3_hands_out_and_warns_of_what_is_out_of_stock(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    with open_event(ev.store.path) as store:  # the last two bags go to the first two
        ctx = store.context("李娜")
        desk.hand_out(store.uow, ctx, ev.codes["张三"])
        desk.hand_out(store.uow, ctx, ev.codes["李四"])
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["单雄信"])
    assert "资料袋（缺货）" in page.card_view.details.text()
    press(qtbot, Qt.Key.Key_F3)
    dialog = wait_dialog(qtbot, page, "handoutDialog")
    assert warning(dialog) == "缺货：资料袋。请补充库存后再发。"
    items = dialog.findChild(QListWidget, "materialList")
    assert [items.item(n).text() for n in range(items.count())] == [
        "资料袋　缺货",
        "会议手册　库存 98",
    ]
    assert dialog.chosen() == ["会议手册"]
    press(qtbot, Qt.Key.Key_Space)  # tick the bag anyway: refused before anything is recorded
    press(qtbot, Qt.Key.Key_Return)
    assert warning(dialog) == "资料袋 缺货，不能发放。请取消勾选。"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert wait_result(qtbot, page, "已发给") == "✓ 已发给 单雄信：会议手册。"
    assert page.scan.hasFocus()


def test_f4_assigns_a_suggested_bed(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["王五"])
    press(qtbot, Qt.Key.Key_F4)
    dialog = wait_dialog(qtbot, page, "roomDialog")
    tonight = dialog.findChild(QLabel, "bedsFreeTonight").text()
    assert tonight == "11-27 晚空床 3 张 · 11-28 晚空床 3 张 · 11-29 晚空床 3 张"
    suggestions = dialog.findChild(QListWidget, "roomSuggestions")
    assert suggestions.count() == 2 and suggestions.currentRow() == 0
    first = suggestions.item(0).text()
    number = first.split("　")[0]
    press(qtbot, Qt.Key.Key_Return)
    assert wait_result(qtbot, page, "已排入") == f"✓ 王五 已排入 {number} 房间。"
    qtbot.waitUntil(lambda: page.card_view.chips["room"].text() == f"已排房 {number}")
    qtbot.waitUntil(lambda: "空床 2" in page.counters.rooms.text())
    # moving out again: F4, Ctrl+R
    press(qtbot, Qt.Key.Key_F4)
    dialog = wait_dialog(qtbot, page, "roomDialog")
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert wait_result(qtbot, page, "退房") == "✓ 王五 已退房。"


def test_f5_badge_then_a_reprint_needs_a_reason(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    prepay(ev, "李四")  # printing, not the pay-before-badge rule, is tested here
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["李四"])
    press(qtbot, Qt.Key.Key_F5)
    text = wait_result(qtbot, page, "第 1 次")
    assert "打印设置" in text
    qtbot.waitUntil(lambda: page.card_view.chips["badge"].text() == "证件 已打印 1 次")
    press(qtbot, Qt.Key.Key_F5)
    dialog = wait_dialog(qtbot, page, "badgeDialog")
    press(qtbot, Qt.Key.Key_Return)
    assert warning(dialog) == "请填写补打原因。"
    commit("遗失")
    press(qtbot, Qt.Key.Key_Return)
    wait_result(qtbot, page, "第 2 次")
    assert page.scan.hasFocus()


def test_f6_edits_the_details(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["李四"])
    press(qtbot, Qt.Key.Key_F6)
    dialog = wait_dialog(qtbot, page, "editDialog")
    assert dialog.form.name.hasFocus() and dialog.form.name.text() == "李四"
    dialog.form.title.setFocus()
    commit("主任医师")
    press(qtbot, Qt.Key.Key_Return)
    assert wait_result(qtbot, page, "已保存") == "✓ 已保存 李四 的信息。"
    qtbot.waitUntil(lambda: "主任医师" in page.card_view.identity.text())


def test_walk_in_warns_of_a_likely_duplicate_before_saving(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_dialog(qtbot, page, "walkInDialog")
    press(qtbot, Qt.Key.Key_Return)
    assert warning(dialog) == "请填写姓名。"
    commit("张珊")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # gender: 男 → 女
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    commit("北京协和医院")
    dialog.form.phone.setFocus()
    type_text(qtbot, "138 0013 8000")  # 张三's phone, typed with spaces
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "可能已经登记过" in warning(dialog))
    assert "张三（" in warning(dialog) and "138****8000" in warning(dialog)
    assert dialog.isVisible()  # nothing saved yet
    press(qtbot, Qt.Key.Key_Return)  # it really is someone else
    text = wait_result(qtbot, page, "已现场注册")
    code = re.search(r"编号 (\w+)", text).group(1)  # type: ignore[union-attr]
    assert text == f"✓ 已现场注册 张珊，编号 {code}。按回车报到。"
    qtbot.waitUntil(lambda: page.card_view.name.text() == "张珊")
    assert page.card_view.category.text() == "代表" and page.scan.hasFocus()
    press(qtbot, Qt.Key.Key_Return)
    wait_result(qtbot, page, "张珊（")
    desk_app.session.close()
    with open_event(ev.store.path, write=False) as store:
        person = card.attendee_card(store.uow, code).person
        assert (person.gender, person.unit, person.phone, person.source) == (
            "F",
            "北京协和医院",
            "13800138000",
            "walk_in",
        )


def test_walk_in_without_duplicate_saves_at_once(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_dialog(qtbot, page, "walkInDialog")
    commit("欧阳娜娜")
    dialog.form.phone.setFocus()
    type_text(qtbot, "13611112222")
    press(qtbot, Qt.Key.Key_Return)
    wait_result(qtbot, page, "已现场注册 欧阳娜娜")
    qtbot.waitUntil(lambda: page.counters.checked.text() == "已报到 0 / 5")


def test_f6_changes_the_stay_and_f4_counts_beds_over_it(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Someone arriving on day 2: F6 records it, F4 speaks of their own two nights only."""
    from PySide6.QtCore import QDate

    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["王五"])
    press(qtbot, Qt.Key.Key_F6)
    dialog = wait_dialog(qtbot, page, "editDialog")
    assert dialog.form.arrival.text() == "未填"
    dialog.form.arrival.setDate(QDate(2026, 11, 28))  # chosen in the calendar
    dialog.form.departure.setDate(QDate(2026, 11, 30))
    dialog.form.name.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    wait_result(qtbot, page, "已保存")
    qtbot.waitUntil(lambda: page.card is not None and page.card.person.arrival is not None)
    assert str(page.card.person.arrival) == "2026-11-28"
    assert str(page.card.person.departure) == "2026-11-30"
    press(qtbot, Qt.Key.Key_F4)
    dialog = wait_dialog(qtbot, page, "roomDialog")
    tonight = dialog.findChild(QLabel, "bedsFreeTonight").text()
    assert tonight == "11-28 晚空床 3 张 · 11-29 晚空床 3 张"


def test_f5_for_someone_who_owes_asks_a_supervisor(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["张三"])  # a delegate who has not paid ¥1,200
    press(qtbot, Qt.Key.Key_F5)
    dialog = wait_dialog(qtbot, page, "badgeDialog")
    owed = dialog.findChild(QLabel, "badgeOwed").text()
    assert owed == "尚欠 ¥1,200.00：缴费后才能打印证件；主管批准可先打印。"
    assert dialog.approval is not None and dialog.approval.supervisor.currentText() == "王芳"
    press(qtbot, Qt.Key.Key_Escape)  # no approval: no badge
    qtbot.waitUntil(lambda: dialog_open(page) is None)
    qtbot.waitUntil(page.scan.hasFocus)
    assert page.card is not None and page.card.badge_prints == 0
    press(qtbot, Qt.Key.Key_F5)
    dialog = wait_dialog(qtbot, page, "badgeDialog")
    press(qtbot, Qt.Key.Key_Return)  # 王芳 approves (no PIN set in this event yet)
    text = wait_result(qtbot, page, "第 1 次")
    assert text.startswith("✓ 张三 的证件已登记打印（第 1 次）")


def test_f4_asks_a_supervisor_before_putting_a_woman_in_with_a_man(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from huiwu_desk.bootstrap import open_event
    from huiwu_desk.services import rooms

    ev = small_event_file(tmp_path / "event.huiwu")
    with open_event(ev.store.path) as store:
        rooms.assign_room(store.uow, store.context("李娜"), ev.codes["张三"], "301")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["王五"])  # F
    press(qtbot, Qt.Key.Key_F4)
    dialog = wait_dialog(qtbot, page, "roomDialog")
    suggestions = dialog.findChild(QListWidget, "roomSuggestions")
    assert all(not suggestions.item(n).text().startswith("301") for n in range(suggestions.count()))
    dialog.number.setFocus()
    type_text(qtbot, "301")  # typed past the suggestions
    press(qtbot, Qt.Key.Key_Return)
    approve = wait_dialog(qtbot, page, "approveDialog")
    why = approve.findChild(QLabel, "approveWhy").text()
    assert why == "301 已住男性，不能排入女性 王五（合住同一性别；主管批准可例外）。"
    press(qtbot, Qt.Key.Key_Escape)  # not approved: no bed
    qtbot.waitUntil(lambda: dialog_open(page) is None)
    qtbot.waitUntil(page.scan.hasFocus)
    assert page.card is not None and page.card.room is None
    press(qtbot, Qt.Key.Key_F4)
    dialog = wait_dialog(qtbot, page, "roomDialog")
    dialog.number.setFocus()
    type_text(qtbot, "301")
    press(qtbot, Qt.Key.Key_Return)
    wait_dialog(qtbot, page, "approveDialog")
    press(qtbot, Qt.Key.Key_Return)  # 王芳 approves
    assert wait_result(qtbot, page, "已排入") == "✓ 王五 已排入 301 房间。"
