"""The desk page by keyboard: scan, select, check in, refuse, search, type Chinese, counters."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import desk, queries, rooms
from huiwu_desk.ui.actions import ActionId
from huiwu_desk.ui.app import DeskApp

from .desk_helpers import (
    commit,
    open_desk,
    press,
    scan,
    small_event_file,
    type_text,
    wait_result,
)


def plain(rich: str) -> str:
    """The text of a rich-text label as a person reads it."""
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText().replace("\u00a0", " ").replace("\u2060", "")


def test_scan_enter_enter_checks_in_and_hands_out(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    window, page = open_desk(desk_app, qtbot, ev.store.path)
    code = ev.codes["王五"]  # an expert: exempt, no room question → one step
    scan(qtbot, page, code)
    assert page.card_view.name.text() == "王五"
    assert page.card_view.category.text() == "专家"
    assert page.card_view.chips["checkin"].text() == "未报到"
    assert page.card_view.chips["fee"].text() == "免费"
    assert page.card_view.chips["materials"].text() == "资料 待领 2 项"
    assert "回车 报到并发资料" in page.card_view.todo.text()
    assert page.scan.text() == "" and page.scan.hasFocus()

    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "报到成功")
    assert text.startswith("✓ 王五（") and "已发：会议手册、纪念品。" in text
    assert page.scan.hasFocus() and page.scan.text() == ""
    qtbot.waitUntil(lambda: page.card_view.chips["checkin"].text().startswith("✓ 已报到"))
    assert "A1 台 · 李娜" in page.card_view.chips["checkin"].text()
    assert page.card_view.chips["materials"].text() == "资料 已领 2 项"
    qtbot.waitUntil(lambda: page.counters.checked.text() == "已报到 1 / 4")
    assert "■ 专家 1/1" in plain(page.counters.categories.text())
    qtbot.waitUntil(lambda: window.status.counter_label.text() == "已报到 1 / 总数 4")


def test_fee_due_person_is_checked_in_only_and_told_what_is_left(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["张三"].lower())  # a scanner with Caps Lock
    assert page.card_view.chips["fee"].text() == "待缴费 ¥1,200.00"
    assert page.card_view.todo.text() == "待办：F2 收费 · 回车 报到 · F3 发资料"  # the fee first
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "报到成功")
    assert "已发" not in text
    # amber, not green: checked in, but the badge waits for the fee
    assert "还需：待缴费 ¥1,200.00（F2 收费，缴费后打印证件）" in text
    assert "#fff8c5" in page.result.styleSheet()
    qtbot.waitUntil(lambda: page.card_view.chips["checkin"].text().startswith("✓"))
    assert page.card_view.todo.text() == "待办：F2 收费 · F3 发资料"
    assert page.card_view.chips["materials"].text() == "资料 待领 2 项"


def test_second_check_in_is_refused_with_who_when_where(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    code = ev.codes["李四"]
    scan(qtbot, page, code)
    press(qtbot, Qt.Key.Key_Return)
    wait_result(qtbot, page, "报到成功")
    # the next person in the queue is the same one again
    scan(qtbot, page, code)
    notice = page.result.text()
    assert re.fullmatch(r"李四：已于 \d\d:\d\d 在 A1 台由 李娜 报到。", notice)
    press(qtbot, Qt.Key.Key_Return)
    refusal = wait_result(qtbot, page, "✗")
    assert re.fullmatch(r"✗ 李四：已于 \d\d:\d\d 在 A1 台由 李娜 报到。", refusal)
    assert page.scan.hasFocus()
    desk_app.session.close()
    with open_event(ev.store.path, write=False) as store:
        assert queries.stats(store.uow).checked_in == 1


def test_unknown_code_fragment_and_escape(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["张三"])
    type_text(qtbot, "NOPE42")
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "NOPE42")
    assert text == "✗ 找不到编号为“NOPE42”的参会人员。"
    assert page.scan.text() == "" and page.scan.hasFocus()
    assert page.card is None and not page.card_view.name.isVisible()
    press(qtbot, Qt.Key.Key_Return)  # Enter again: nobody is selected, nothing happens
    # scanner noise: a fragment of a code lists candidates, selects and records nothing
    type_text(qtbot, "A1")
    press(qtbot, Qt.Key.Key_Return)
    wait_result(qtbot, page, "有 4 人符合“A1”")
    assert page.card is None and page.scan.text() == "A1"
    press(qtbot, Qt.Key.Key_Escape)
    assert page.scan.text() == "" and not page.results.isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    assert page.result.text() == ""
    desk_app.session.close()
    with open_event(ev.store.path, write=False) as store:
        assert queries.stats(store.uow).checked_in == 0


def test_search_ranks_pinyin_initials_phone_and_unit(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)

    def search(text: str) -> list[str]:
        press(qtbot, Qt.Key.Key_Escape)
        type_text(qtbot, text)
        qtbot.waitUntil(lambda: page.results.isVisible() and page.results.has_matches())
        return page.results.names()

    assert search("lisi")[0] == "李四"
    assert search("wangwu")[0] == "王五"
    assert search("sxx")[0] == "单雄信"  # initials, with 单 read as a surname (shàn)
    assert search("zs")[0] == "张三"
    assert search("2222")[0] == "单雄信"  # last four digits of the phone
    assert "186****2222" in page.results.item(0, 4).text()
    assert search("13912345678") == ["李四"]
    press(qtbot, Qt.Key.Key_Escape)
    commit("协和")
    qtbot.waitUntil(lambda: page.results.names() == ["张三", "单雄信"])
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.card_view.name.text() == "单雄信")
    assert page.scan.text() == "" and not page.results.isVisible()


def test_chinese_typed_through_the_input_method(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    commit("张")
    qtbot.waitUntil(lambda: page.results.names()[:1] == ["张三"])
    assert page.scan.text() == "张"
    press(qtbot, Qt.Key.Key_Escape)
    commit("王五")
    press(qtbot, Qt.Key.Key_Return)  # a single match opens the card at once
    qtbot.waitUntil(lambda: page.card_view.name.text() == "王五")
    press(qtbot, Qt.Key.Key_Return)
    wait_result(qtbot, page, "王五（")


def test_one_step_can_be_switched_off(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    window, page = open_desk(desk_app, qtbot, ev.store.path)
    action = window.registry[ActionId.ONE_STEP]
    qtbot.waitUntil(action.isChecked)
    action.trigger()  # the menu: 报到 → 回车一步完成
    scan(qtbot, page, ev.codes["王五"])
    qtbot.waitUntil(lambda: page.card is not None and not page.card.one_step)
    assert "回车 报到" in page.card_view.todo.text()
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "报到成功")
    assert "已发" not in text


def test_f1_checks_in_without_handing_out(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["王五"])
    press(qtbot, Qt.Key.Key_F1)
    text = wait_result(qtbot, page, "报到成功")
    assert "已发" not in text and page.scan.hasFocus()


def test_counters_show_money_today_and_beds(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    with open_event(ev.store.path) as store:
        ctx = store.context("李娜")
        desk.record_payment(store.uow, ctx, ev.codes["张三"], 120000, "cash")
        rooms.assign_room(store.uow, ctx, ev.codes["张三"], "301")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    qtbot.waitUntil(lambda: page.counters.money.text() != "")
    assert plain(page.counters.money.text()) == "今日收款 ¥1,200（现金 ¥1,200）"
    assert page.counters.rooms.text() == "11-27 晚：已用房 1 · 空床 2"
    assert page.counters.checked.text() == "已报到 0 / 4"
