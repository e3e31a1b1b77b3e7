"""Print jobs and badge templates in the window's language (issue 13, finding 10): the core
stores a job's Chinese title as before and also what it says, so the English queue says it in
English; built-in template names are translated while their stored names stay."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from huiwu_desk.bootstrap import open_event
from huiwu_desk.domain.documents import BUILTIN_TEMPLATES
from huiwu_desk.domain.print_jobs import JobKind
from huiwu_desk.services import print_batch, print_queue, printing
from huiwu_desk.ui import i18n
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.pages import PageId

from .desk_helpers import open_desk, prepay, press, small_event_file, type_text
from .test_printing_ui import UNPLUGGED, badges_page

CJK = re.compile("[\u4e00-\u9fff]")


def event_with_jobs(tmp_path: Path) -> tuple[Path, str, int]:
    """A badge, its reprint, a receipt, a batch, and a job queued by an older version (only a
    Chinese title in its payload), all for a printer that is not there. (path, receipt, batch)"""
    ev = small_event_file(tmp_path / "event.huiwu")
    prepay(ev, "张三", "李四", "王五")  # printing, not the pay-before-badge rule, is tested here
    with open_event(ev.store.path) as store:
        uow, ctx = store.uow, store.context("李娜")
        for role in ("badge", "receipt"):
            printing.set_printer(uow, role, UNPLUGGED)
        first = printing.queue_badge(uow, ctx, ev.codes["张三"]).result.job_id
        printing.queue_badge(uow, ctx, ev.codes["张三"], reason="遗失")
        receipt = printing.pay_with_receipt(uow, ctx, ev.codes["李四"], 5000, "cash").result.value
        batch = print_batch.queue_badge_batch(uow, ctx).result.count
        with uow.writing():
            old = uow.print_jobs.payload(first)
            assert old is not None
            old.pop("title_of", None)  # as an older version wrote it
            old["title"] = "王五 证件（旧任务）"
            uow.print_jobs.add(JobKind.BADGE.value, "old", old)
    return ev.store.path, str(receipt), batch


def titles_in_queue(desk_app: DeskApp, qtbot, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    window, _desk = open_desk(desk_app, qtbot, path)
    window.show_page(PageId.BADGES)
    badges = badges_page(window)
    badges.show_queue()
    queue = badges.queue
    queue.open_only.setChecked(False)
    qtbot.waitUntil(lambda: queue.table.rowCount() == 5, timeout=15000)
    return sorted(queue.table.item(r, 1).text() for r in range(queue.table.rowCount()))


def test_print_queue_in_english(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path, receipt, batch = event_with_jobs(tmp_path)
    i18n.set_language("en")
    assert titles_in_queue(desk_app, qtbot, path) == sorted(
        [
            "Badge: 张三",
            "Badge: 张三 (version 2)",
            f"Receipt {receipt}",
            f"{batch} badges (Landscape 90×54 mm)",
            "王五 证件（旧任务）",  # queued by an older version: as it was stored
        ]
    )


def test_print_queue_in_chinese_is_as_stored(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path, receipt, batch = event_with_jobs(tmp_path)
    chinese = sorted(
        [
            "张三 证件",
            "张三 证件（第 2 版）",
            f"收据 {receipt}",
            f"批量证件 {batch} 张（横版 90×54 mm）",
            "王五 证件（旧任务）",
        ]
    )
    with open_event(path, write=False) as store:
        assert sorted(j.title for j in print_queue.list_jobs(store.uow)) == chinese  # as stored
    assert titles_in_queue(desk_app, qtbot, path) == chinese


def test_built_in_template_names_in_english(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    i18n.set_language("en")
    window, _desk = open_desk(desk_app, qtbot, ev.store.path)
    window.show_page(PageId.BADGES)
    badges = badges_page(window)
    badges.tabs.setCurrentWidget(badges.templates)
    choice = badges.templates.choice
    qtbot.waitUntil(lambda: choice.count() == len(BUILTIN_TEMPLATES))
    names = {choice.itemData(n): choice.itemText(n) for n in range(choice.count())}
    assert names == {
        "landscape_90x54": "Landscape 90×54 mm",
        "portrait_70x100": "Portrait 70×100 mm",
        "roll_80mm": "80 mm thermal roll",
    }
    assert BUILTIN_TEMPLATES["roll_80mm"].name == "80 mm 热敏纸"  # the stored name stays


def printer_box(window, role: str):  # type: ignore[no-untyped-def]
    badges = badges_page(window)
    badges.tabs.setCurrentWidget(badges.printers)
    return badges.printers.boxes[next(r for r in badges.printers.boxes if r.value == role)]


def refusal_of(qtbot, box, uri: str) -> str:  # type: ignore[no-untyped-def]
    """``uri`` typed into the printer field and saved: the sentence the field is refused with."""
    box.message.clear()
    box.uri.setFocus()
    qtbot.waitUntil(box.uri.hasFocus)
    box.uri.selectAll()
    type_text(qtbot, uri)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(box.message.text()))
    return str(box.message.text())


def test_a_wrong_printer_address_is_explained_in_the_window_language(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    i18n.set_language("en")
    window, _desk = open_desk(desk_app, qtbot, ev.store.path)
    window.show_page(PageId.BADGES)
    box = printer_box(window, "badge")
    assert refusal_of(qtbot, box, "192.168.1.50") == (
        "The printer address “192.168.1.50” is invalid: write it as type://address, "
        "for example escpos-net://192.168.1.50:9100."
    )
    unknown = refusal_of(qtbot, box, "epson://x")
    assert unknown.startswith("The printer address “epson://x” is invalid: unknown printer type")
    assert "(known: escpos-cups, escpos-file," in unknown
    assert refusal_of(qtbot, box, "pdf://").endswith(
        "the printer's name, address or file path is missing."
    )
    assert not any(CJK.search(text) for text in (unknown, box.message.text()))


def test_a_wrong_printer_address_in_chinese_is_all_chinese(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    window, _desk = open_desk(desk_app, qtbot, ev.store.path)
    window.show_page(PageId.BADGES)
    box = printer_box(window, "badge")
    assert refusal_of(qtbot, box, "192.168.1.50") == (
        "打印机地址“192.168.1.50”无效：应写成 类型://地址，例如 escpos-net://192.168.1.50:9100。"
    )
    assert "可用：escpos-cups、escpos-file、" in refusal_of(qtbot, box, "epson://x")


def test_a_built_in_template_is_edited_and_saved_under_its_english_name(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    i18n.set_language("en")
    window, _desk = open_desk(desk_app, qtbot, ev.store.path)
    window.show_page(PageId.BADGES)
    badges = badges_page(window)
    badges.tabs.setCurrentWidget(badges.templates)
    panel = badges.templates
    qtbot.waitUntil(lambda: panel.setup is not None and panel.caption.text() != "")
    assert panel.form.name.text() == "Landscape 90×54 mm"
    assert panel.caption.text().startswith("Landscape 90×54 mm · 90 × 54 mm · preview: ")

    def typed(box, text: str) -> None:  # type: ignore[no-untyped-def]
        box.setFocus()
        box.selectAll()
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Return)

    typed(panel.form.width_mm, "100")
    qtbot.waitUntil(lambda: panel.dirty)
    assert panel.template.name == BUILTIN_TEMPLATES["landscape_90x54"].name  # not renamed
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Template"))
    cat = panel.category.currentText()
    saved = f"Landscape 90×54 mm ({cat})"
    assert panel.message.text() == f"Template “{saved}” saved; “{cat}” badges print with it."
    key = f"landscape_90x54_{panel.category.currentData()}"
    qtbot.waitUntil(lambda: panel.choice.currentData() == key and not panel.dirty)
    assert panel.form.name.text() == saved


def test_refused_templates_are_explained_in_the_window_language(tmp_path: Path) -> None:
    from huiwu_desk.domain.errors import InvalidField
    from huiwu_desk.services import print_templates
    from huiwu_desk.ui.operations import error_sentence

    ev = small_event_file(tmp_path / "event.huiwu")
    with open_event(ev.store.path) as store, pytest.raises(InvalidField) as refused:
        print_templates.save_template(
            store.uow, store.context("李娜"), BUILTIN_TEMPLATES["landscape_90x54"]
        )
    assert error_sentence(refused.value) == (
        "“模板编号”填写有误：“landscape_90x54”是内置模板，请另起一个编号。"
    )
    i18n.set_language("en")
    try:
        assert error_sentence(refused.value) == (
            "Invalid “template code”: “landscape_90x54” is a built-in template; "
            "choose another code."
        )
    finally:
        i18n.set_language("zh_CN")
