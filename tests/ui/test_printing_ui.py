"""Printing from the window: printers set up on the 证件与打印 page, badges at check-in and F5,
receipts at F2, a failed printer that never undoes the desk, retry from the queue.

Printers are ``escpos-file://`` files (the exact bytes a printer would get; the QR is read
back with zxing-cpp) and ``escpos-net://127.0.0.1:9`` (nobody listens: unplugged).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from huiwu_desk.bootstrap import open_event
from huiwu_desk.domain.print_jobs import JobStatus
from huiwu_desk.services import print_queue, printing
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.main_window import MainWindow
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.badges_page import BadgesPage
from huiwu_desk.ui.pages.desk_page import DeskPage

from ..conftest import build_small_event
from ..integration.printing_support import escpos_rasters, read_qr, stack, text_outside_rasters
from .desk_helpers import (
    checked_in,
    open_desk,
    prepay,
    press,
    scan,
    settle,
    small_event_file,
    type_text,
    wait_dialog,
    wait_result,
)

UNPLUGGED = "escpos-net://127.0.0.1:9"


def badges_page(window: MainWindow) -> BadgesPage:
    page = window.pages[PageId.BADGES]
    assert isinstance(page, BadgesPage)
    return page


def set_printer_in_window(qtbot, window: MainWindow, role: str, uri: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+6 (the page), the role's URI field, the URI typed, Enter saves."""
    press(qtbot, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    page = badges_page(window)
    qtbot.waitUntil(lambda: window.current_page() is PageId.BADGES)
    page.tabs.setCurrentWidget(page.printers)
    box = page.printers.boxes[next(r for r in page.printers.boxes if r.value == role)]
    box.uri.setFocus()
    qtbot.waitUntil(box.uri.hasFocus)
    box.uri.selectAll()
    type_text(qtbot, uri)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.message.text().startswith("已保存"))
    qtbot.waitUntil(lambda: box.current.text().endswith(uri))


def back_to_desk(qtbot, window: MainWindow, page: DeskPage) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.scan.hasFocus)


def wait_bytes(qtbot, path: Path) -> bytes:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: path.exists() and path.stat().st_size > 1000, timeout=15000)
    return path.read_bytes()


def test_badge_printer_set_in_the_window_prints_at_one_step_check_in(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    prepay(ev, "张三")  # printing, not the pay-before-badge rule, is tested here
    window, page = open_desk(desk_app, qtbot, ev.store.path)
    out = tmp_path / "badge.bin"
    set_printer_in_window(qtbot, window, "badge", f"escpos-file://{out}")
    back_to_desk(qtbot, window, page)

    code = ev.codes["王五"]  # expert: nothing to decide, Enter completes the check-in
    scan(qtbot, page, code)
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "报到成功")
    assert "正在打印证件" in text and "已发" in text
    data = wait_bytes(qtbot, out)
    assert read_qr(stack(escpos_rasters(data))) == [code]
    qtbot.waitUntil(lambda: page.card_view.chips["badge"].text() == "证件 已打印 1 次")

    # a plain check-in (someone with a fee due) prints too
    out.unlink()
    scan(qtbot, page, ev.codes["张三"])
    press(qtbot, Qt.Key.Key_F1)
    wait_result(qtbot, page, "正在打印证件")
    assert read_qr(stack(escpos_rasters(wait_bytes(qtbot, out)))) == [ev.codes["张三"]]
    settle(qtbot, page)
    assert checked_in(ev.store.path, ev.codes["张三"])


def test_unreachable_printer_keeps_the_check_in_and_retry_prints_after_the_fix(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    prepay(ev, "李四")  # printing, not the pay-before-badge rule, is tested here
    window, page = open_desk(desk_app, qtbot, ev.store.path)
    set_printer_in_window(qtbot, window, "badge", UNPLUGGED)
    back_to_desk(qtbot, window, page)

    code = ev.codes["李四"]
    scan(qtbot, page, code)
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: "证件未打印" in page.result.text(), timeout=15000)
    text = page.result.text()
    assert text.startswith("✓ 李四") and "报到成功" in text
    assert f"打印机未连接或无法访问：{UNPLUGGED}" in text and "可在打印队列中重试" in text
    assert checked_in(ev.store.path, code)  # the check-in stands
    indicator = window.print_indicator
    qtbot.waitUntil(lambda: indicator.isVisible() and "打印失败 1" in indicator.text())

    # the queue shows the failed job and why
    out = tmp_path / "fixed.bin"
    set_printer_in_window(qtbot, window, "badge", f"escpos-file://{out}")
    indicator.click()
    badges = badges_page(window)
    queue = badges.queue
    qtbot.waitUntil(lambda: badges.tabs.currentWidget() is queue and queue.selected() is not None)
    job = queue.selected()
    assert job is not None and job.status == JobStatus.FAILED and "李四" in job.title
    assert queue.table.item(0, 2).text() == "打印失败"
    assert "打印机未连接或无法访问" in queue.table.item(0, 5).text()
    assert queue.retry_button.isEnabled() and queue.cancel_button.isEnabled()

    # Alt+R: retry, to the printer as it is set now
    queue.table.setFocus()
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: queue.message.text().startswith("已重新排队"))
    data = wait_bytes(qtbot, out)
    assert read_qr(stack(escpos_rasters(data))) == [code]
    qtbot.waitUntil(lambda: queue.table.item(0, 2).text() == "已打印")
    qtbot.waitUntil(lambda: not indicator.isVisible())
    with open_event(ev.store.path, write=False) as store:
        [done] = print_queue.list_jobs(store.uow)
    assert (done.status, done.tries, done.uri) == (JobStatus.DONE, 2, f"escpos-file://{out}")


def test_f2_with_a_receipt_printer_prints_the_receipt(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    window, page = open_desk(desk_app, qtbot, ev.store.path)
    out = tmp_path / "receipt.bin"
    set_printer_in_window(qtbot, window, "receipt", f"escpos-file://{out}")
    back_to_desk(qtbot, window, page)
    scan(qtbot, page, ev.codes["张三"])
    press(qtbot, Qt.Key.Key_F2)
    wait_dialog(qtbot, page, "paymentDialog")
    press(qtbot, Qt.Key.Key_1)  # cash, the full fee
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "收据号")
    assert "A1-000001" in text and "正在打印收据" in text
    data = wait_bytes(qtbot, out)
    printed = text_outside_rasters(data)
    assert "A1-000001".encode("gb18030") in printed
    assert "收据".encode("gb18030") in printed and b"1,200.00" in printed


def test_f5_queues_the_badge_and_a_reprint_asks_why(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    prepay(ev, "单雄信")  # printing, not the pay-before-badge rule, is tested here
    window, page = open_desk(desk_app, qtbot, ev.store.path)
    out = tmp_path / "badge.bin"
    set_printer_in_window(qtbot, window, "badge", f"escpos-file://{out}")
    back_to_desk(qtbot, window, page)
    code = ev.codes["单雄信"]
    scan(qtbot, page, code)
    press(qtbot, Qt.Key.Key_F5)
    text = wait_result(qtbot, page, "单雄信 的证件已登记打印（第 1 次）")
    assert text.endswith("正在打印证件。")
    assert read_qr(stack(escpos_rasters(wait_bytes(qtbot, out)))) == [code]
    out.unlink()
    qtbot.waitUntil(lambda: page.card_view.chips["badge"].text() == "证件 已打印 1 次")
    press(qtbot, Qt.Key.Key_F5)
    wait_dialog(qtbot, page, "badgeDialog")
    press(qtbot, Qt.Key.Key_Down)  # 遗失
    press(qtbot, Qt.Key.Key_Return)
    wait_result(qtbot, page, "第 2 次")
    assert read_qr(stack(escpos_rasters(wait_bytes(qtbot, out)))) == [f"{code}.2"]


def test_template_preview_follows_the_form(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    window, _page = open_desk(desk_app, qtbot, ev.store.path)
    press(qtbot, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    badges = badges_page(window)
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    panel = badges.templates
    qtbot.waitUntil(lambda: panel.setup is not None and panel.preview.pixmap() is not None)
    qtbot.waitUntil(lambda: not panel.preview.pixmap().isNull())
    before = panel.preview.pixmap().toImage()
    assert panel.form.width_mm.value() == 90 and panel.form.height_mm.value() == 54

    panel.form.width_mm.setFocus()
    panel.form.width_mm.selectAll()
    type_text(qtbot, "120")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.preview.pixmap().toImage() != before)
    wider = panel.preview.pixmap().toImage()
    assert wider.width() / wider.height() > before.width() / before.height()
    assert "未保存" in panel.caption.text()

    # the name's type size: same badge size, other pixels
    panel.form.field.setCurrentIndex(panel.form.field.findData("name"))
    panel.form.size_pt.setFocus()
    panel.form.size_pt.selectAll()
    type_text(qtbot, "20")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.preview.pixmap().toImage() != wider)
    assert panel.preview.pixmap().size() == wider.size()

    # a real person's badge, then Save keeps the edited built-in as the event's own template
    panel.code.setFocus()
    type_text(qtbot, ev.codes["张三"])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.person_doc is not None and panel.person_doc.name == "张三")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.message.text().startswith("已保存模板"))
    category = panel.category.currentData()
    key = f"landscape_90x54_{category}"
    qtbot.waitUntil(lambda: panel.choice.currentData() == key)
    assert panel.setup is not None and panel.setup.assigned == {category: key}
    assert panel.template.width_mm == 120 and panel.template.fields["name"].size_pt == 20
    assert not panel.dirty


def test_test_page_says_how_it_went(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    window, _page = open_desk(desk_app, qtbot, ev.store.path)
    out = tmp_path / "test.bin"
    set_printer_in_window(qtbot, window, "badge", f"escpos-file://{out}")
    box = badges_page(window).printers.boxes[next(iter(badges_page(window).printers.boxes))]
    box.test_button.click()
    qtbot.waitUntil(lambda: box.message.text().startswith("测试页已发送"), timeout=10000)
    assert read_qr(stack(escpos_rasters(out.read_bytes()))) == ["A100001"]
    box.uri.setText(UNPLUGGED)
    box.test_button.click()
    qtbot.waitUntil(lambda: box.message.text().startswith("测试页没有打印"), timeout=10000)
    assert UNPLUGGED in box.message.text()


def test_batch_to_an_a4_pdf_prints_everyone_not_yet_printed(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    window, _page = open_desk(desk_app, qtbot, ev.store.path)
    press(qtbot, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    badges = badges_page(window)
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    batch = badges.batch
    qtbot.waitUntil(lambda: batch.summary.text() == "符合条件：4 人。")
    assert batch.to_pdf.isChecked() and not batch.to_printer.isEnabled()  # no badge printer
    out = tmp_path / "批量.pdf"
    batch.pdf_path.setText(str(out))
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "再按一次" in batch.message.text())
    assert not out.exists()
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: batch.message.text().startswith("已排队 4 张证件"))
    qtbot.waitUntil(out.exists, timeout=15000)
    qtbot.waitUntil(lambda: batch.summary.text() == "没有符合条件、需要打印的证件。")
    with open_event(ev.store.path, write=False) as store:
        [job] = print_queue.list_jobs(store.uow)
    assert job.status == JobStatus.DONE and job.uri.endswith("?sheet=a4")


def test_jobs_left_from_last_time_print_when_the_event_opens(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = build_small_event(tmp_path / "event.huiwu")
    out = tmp_path / "left.bin"
    printing.set_printer(ev.uow, "badge", f"escpos-file://{out}")
    printing.queue_badge(ev.uow, ev.ctx, ev.codes["张三"])  # queued, never sent: a crash
    ev.store.close()
    window, _page = open_desk(desk_app, qtbot, ev.store.path)
    assert read_qr(stack(escpos_rasters(wait_bytes(qtbot, out)))) == [ev.codes["张三"]]
    qtbot.waitUntil(lambda: not window.print_indicator.isVisible())
    desk_app.session.close()
    assert not desk_app.session.printing.running


def test_printing_page_in_english(desk_app: DeskApp, tmp_path: Path, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from huiwu_desk.ui.app import setup_application

    setup_application(qapp, "en")
    ev = small_event_file(tmp_path / "event.huiwu")
    prepay(ev, "李四")  # printing, not the pay-before-badge rule, is tested here
    window, page = open_desk(desk_app, qtbot, ev.store.path)
    assert window.nav.item(list(PageId).index(PageId.BADGES)).text() == "Badges & printing"
    badges = badges_page(window)
    assert [badges.tabs.tabText(n) for n in range(4)] == [
        "Pr&inters",
        "Badge &templates",
        "Batch pre-print (&Y)",
        "Print &queue",
    ]
    scan(qtbot, page, ev.codes["李四"])
    press(qtbot, Qt.Key.Key_F5)
    text = wait_result(qtbot, page, "recorded as printed")
    assert "This desk has no badge printer yet" in text
