"""The reports page: choose a list, Enter, a file with today's date; the credits layout editor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import attendees, desk
from huiwu_desk.services.exports import KINDS
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.dialogs.template_dialog import TemplateDialog
from huiwu_desk.ui.main_window import MainWindow
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages import reports_page as reports_module
from huiwu_desk.ui.pages.reports_page import ReportsPage
from huiwu_desk.ui.widgets import file_dialogs

from .desk_helpers import commit, focused, open_desk, press, small_event_file

TODAY = date.today().isoformat()


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Stands in for the save dialog: accepts the suggested name in tmp/out; records it."""
    asked: list[Path] = []
    out = tmp_path / "out"
    out.mkdir()

    def save_as(_parent, _title, suggested: Path, _filters) -> Path:  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return out / suggested.name

    monkeypatch.setattr(file_dialogs, "save_xlsx", save_as)
    return asked


def reports(desk_app: DeskApp, qtbot, tmp_path: Path) -> tuple[MainWindow, ReportsPage]:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    with open_event(ev.store.path) as store:
        ctx = store.context("李娜")
        for name in ("张三", "王五"):
            desk.check_in(store.uow, ctx, ev.codes[name])
        for name in ("张三", "李四"):
            attendees.update_attendee(store.uow, ctx, ev.codes[name], {"wants_credits": True})
    window, _desk = open_desk(desk_app, qtbot, ev.store.path)
    window.registry[PageId.REPORTS].trigger()  # Ctrl+<n> in the 页面 menu
    page = window.pages[PageId.REPORTS]
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(page.kinds.hasFocus)
    return window, page


def settle(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.session.ops.pending == 0)


def sheet_rows(path: Path) -> list[list[object]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def test_credits_layout_is_edited_saved_and_exported(
    desk_app: DeskApp, tmp_path: Path, qtbot, chosen: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    _window, page = reports(desk_app, qtbot, tmp_path)
    titles = [page.kinds.item(n).text() for n in range(page.kinds.count())]
    assert titles == [
        "全部名单",
        "学分名单",
        "通讯录",
        "分房表",
        "收费明细",
        "资料发放",
        "未报到名单",
        "开票申请",
        "签单结算",
        "交班记录",
        "酒店用房",
        "文件清退",
        "用餐统计",
        "出勤统计",
    ]
    press(qtbot, Qt.Key.Key_Down)
    assert page.title.text() == "学分名单"
    assert page.template_button.isVisible()
    settle(qtbot, page)
    assert page.layout_info.text().startswith("列：序号、姓名、性别、工作单位")
    assert page.layout_info.text().endswith("只列出已报到且需要学分的人员。")

    page.template_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    assert isinstance(dialog, TemplateDialog)
    qtbot.waitUntil(dialog.chosen.hasFocus)
    assert dialog.header_titles()[:4] == ["序号", "姓名", "性别", "工作单位"]
    # remove 性别 (Delete), rename 工作单位 → 单位 (Enter, type, Enter), move 手机 up (Ctrl+↑)
    dialog.chosen.setCurrentCell(2, 0)
    press(qtbot, Qt.Key.Key_Delete)
    assert dialog.header_titles()[:3] == ["序号", "姓名", "工作单位"]
    assert dialog.chosen.currentRow() == 2
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is not dialog.chosen)  # the title's editor
    commit("单位")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.chosen.hasFocus)
    assert dialog.isVisible()  # Enter ended the edit; it did not save and close
    phone = dialog.header_titles().index("手机")
    dialog.chosen.setCurrentCell(phone, 0)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert dialog.header_titles()[:3] == ["序号", "姓名", "手机"]
    # add 编号 from the left list (Enter), after the current row
    dialog.available.setFocus()
    dialog.available.setCurrentRow(1)
    assert dialog.available.currentItem().text() == "编号"
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    # everyone checked in, credits or not
    dialog.credits_only.setChecked(False)
    expected = ["序号", "姓名", "手机", "编号", "单位", "科室", "职称", "身份证号", "学分类别",
                "报到时间"]  # fmt: skip
    assert dialog.header_titles() == expected
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.dialog is None)
    qtbot.waitUntil(page.template_button.hasFocus)
    qtbot.waitUntil(lambda: page.layout_info.text().startswith("列：序号、姓名、手机、编号、单位"))
    assert page.layout_info.text().endswith("只列出已报到的人员。")
    assert "学分名单的列已保存" in page.result.text()

    page.kinds.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Enter exports the chosen list
    qtbot.waitUntil(lambda: "已导出学分名单" in page.result.text())
    assert chosen[0].name == f"学分名单-{TODAY}.xlsx"
    assert chosen[0].parent == tmp_path  # beside the event file
    out = tmp_path / "out" / f"学分名单-{TODAY}.xlsx"
    assert page.result.text() == f"✓ 已导出学分名单：2 行，保存在 {out}"
    rows = sheet_rows(out)
    assert "测试学术年会" in str(rows[0][0])
    assert rows[1] == expected  # the saved titles, in the saved order
    assert [(r[0], r[1], r[2]) for r in rows[2:]] == [
        (1, "张三", "13800138000"),
        (2, "王五", "13700001111"),
    ]
    assert page.open_folder_button.isVisible() and page.open_folder_button.hasFocus()


def test_open_folder_after_export(
    desk_app: DeskApp, tmp_path: Path, qtbot, chosen: list[Path], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []

    class Desktop:
        @staticmethod
        def openUrl(url) -> bool:  # type: ignore[no-untyped-def]
            opened.append(url.toLocalFile())
            return True

    monkeypatch.setattr(reports_module, "QDesktopServices", Desktop)
    _window, page = reports(desk_app, qtbot, tmp_path)
    assert not page.open_folder_button.isVisible()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(page.open_folder_button.hasFocus)
    press(qtbot, Qt.Key.Key_Return)  # the offered button: Enter opens the folder
    assert opened == [str(tmp_path / "out")]
    page.open_file_button.click()
    assert opened[-1] == str(tmp_path / "out" / f"全部名单-{TODAY}.xlsx")


def test_every_list_exports_a_workbook(
    desk_app: DeskApp, tmp_path: Path, qtbot, chosen: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    _window, page = reports(desk_app, qtbot, tmp_path)
    for n, kind in enumerate(KINDS):
        page.kinds.setFocus()
        if n:
            press(qtbot, Qt.Key.Key_Down)
        title = page.title.text()
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda t=title: f"已导出{t}" in page.result.text())
        assert not page.progress.isVisible()
        rows = sheet_rows(tmp_path / "out" / chosen[-1].name)
        assert KINDS[kind] in str(rows[0][0]), kind
    assert len(chosen) == len(KINDS)
    assert chosen[1].parent == tmp_path / "out"  # the next export is offered where the last went


def test_reset_to_default_and_a_file_that_cannot_be_written(
    desk_app: DeskApp, tmp_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _window, page = reports(desk_app, qtbot, tmp_path)
    page.select_kind("directory")
    settle(qtbot, page)
    default_info = page.layout_info.text()
    assert default_info.startswith("列：序号、姓名、工作单位、职称、手机、邮箱、身份")
    page.template_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    assert isinstance(dialog, TemplateDialog)
    dialog.chosen.setCurrentCell(0, 0)
    press(qtbot, Qt.Key.Key_Delete)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.layout_info.text().startswith("列：姓名"))
    page.template_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog is not None
    assert page.dialog.header_titles()[0] == "姓名"  # the saved layout comes back
    page.dialog.reset_button.click()
    assert page.dialog.header_titles()[0] == "序号"
    page.dialog.save_button.click()
    qtbot.waitUntil(lambda: page.layout_info.text() == default_info)

    blocked = tmp_path / "blocked.xlsx"
    blocked.mkdir()  # a folder where the file should go: it cannot be written
    monkeypatch.setattr(file_dialogs, "save_xlsx", lambda *_args: blocked)
    page.export_button.click()
    qtbot.waitUntil(lambda: page.result.text().startswith("✗ 无法写入"))
    assert not page.open_folder_button.isVisible()
    assert page.export_button.isEnabled()
