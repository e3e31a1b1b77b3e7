"""The import wizard, driven by keyboard as a person does: file, sheet, columns, preview, import."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from huiwu_desk.domain.sheet_errors import (
    EncryptedWorkbook,
    ImportCancelled,
    NoHeaderRow,
    UnreadableSheet,
)
from huiwu_desk.services import card as card_service
from huiwu_desk.services import queries
from huiwu_desk.ui import i18n
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.dialogs.import_wizard import ImportWizard, Step
from huiwu_desk.ui.main_window import MainWindow
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.attendees_page import AttendeesPage
from huiwu_desk.ui.widgets import file_dialogs

from ..fixtures.rosters import TITLE, id_number, write_encrypted_xlsx, write_xlsx
from .conftest import EventFile
from .desk_helpers import focused, open_desk, press, type_text

HEADER = ["序号", "姓名", "性别", "单位名称", "科室", "职称", "手机号码（必填）", "身份证号",
          "参会类别", "分组", "是否需要学分"]  # fmt: skip
ID_1 = id_number("11010119800101123")


def messy_rows() -> list[list[object]]:
    """Title merged over the top, a date line, the header on row 3, then what people type."""
    return [
        [TITLE],
        ["统计日期：2026年11月20日", None, None, "填表人：王芳"],
        HEADER,
        [1, "刘  洋", "男", "北京协和医院", "心内科", "主任医师", 13800138001, ID_1, "代表", "A组", "是"],
        [2, "陈静", "女", "四川大学华西医院", "超声科", "主治医师", "138 0013 8002", "", "讲者", "B组", "√"],
        [3, "黄海燕", "F", "复旦大学附属中山医院", "急诊科", "住院医师", "+86 13800138003", "", "学生", "B组", "否"],
        [None] * 11,
        [4, None, "男", "无名医院", "麻醉科", "", "13800138004", "", "代表", "", ""],
        [5, "赵磊", "M", "浙大二院", "心外科", "副主任医师", "１３８００１３８００５", "", "参会代表", "A组", "Y"],
        ["合计 5人"],
    ]  # fmt: skip


def write_roster(path: Path) -> Path:
    return write_xlsx(path, messy_rows(), merges=["A1:K1"], extra_sheets=["填表说明"])


def open_wizard(window: MainWindow, qtbot) -> ImportWizard:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(ImportWizard) is not None)
    wizard = window.findChild(ImportWizard)
    assert isinstance(wizard, ImportWizard)
    qtbot.waitUntil(wizard.path.hasFocus)
    return wizard


def settle(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: wizard.session.ops.pending == 0 and wizard._pending == 0)


def choose_file(qtbot, wizard: ImportWizard, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Type the path (as pasted) and press Enter."""
    assert focused() is wizard.path
    type_text(qtbot, str(path))
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, wizard)


def to_mapping(qtbot, wizard: ImportWizard, path: Path) -> None:  # type: ignore[no-untyped-def]
    choose_file(qtbot, wizard, path)
    assert wizard.step is Step.SHEET
    assert [wizard.sheet_list.item(n).text() for n in range(2)] == ["报名汇总", "填表说明"]
    assert focused() is wizard.sheet_list
    press(qtbot, Qt.Key.Key_Return)  # the first sheet is chosen
    settle(qtbot, wizard)
    assert wizard.step is Step.MAPPING


def people(desk_app: DeskApp, query: str) -> list[card_service.AttendeeCard]:
    store = desk_app.session.store
    assert store is not None
    found = desk_app.session.ops.call(queries.search, store.uow, query)
    return [desk_app.session.ops.call(card_service.attendee_card, store.uow, p.code) for p in found]


def attendee_count(desk_app: DeskApp) -> int:
    store = desk_app.session.store
    assert store is not None
    return desk_app.session.ops.call(queries.stats, store.uow).attendees


def test_wizard_imports_a_messy_workbook(
    desk_app: DeskApp, event_file: EventFile, tmp_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    roster = write_roster(tmp_path / "roster.xlsx")
    window, desk = open_desk(desk_app, qtbot, event_file.path)
    wizard = open_wizard(window, qtbot)
    assert wizard.heading.text() == "选择文件"
    assert not wizard.next_button.isEnabled()  # no file yet
    to_mapping(qtbot, wizard, roster)

    # the detected header row and mapping, as the table shows them
    assert "表头在第 3 行，数据从第 4 行开始" in wizard.mapping_step.header_info.text()
    table = wizard.mapping
    assert table.combo_for("姓名").currentText() == "姓名"
    assert table.combo_for("单位名称").currentText() == "工作单位"
    assert table.combo_for("手机号码（必填）").currentText() == "手机"
    assert table.combo_for("分组").currentText() == "忽略"
    assert focused() is table.first_combo()
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, wizard)

    # the full preview; nothing is written yet
    assert wizard.step is Step.PREVIEW
    view = wizard.report_view
    assert view.summary.text() == "将新增 4 人，更新 0 人，0 人无变化。尚未写入会议。"
    assert view.counts["created"].text() == "4"
    assert view.counts["rejected"].text() == "1"
    assert view.counts["skipped"].text() == "2"  # the blank row and 合计
    assert ("8", "拒绝", "姓名为空") in view.note_lines()  # the sheet's row number
    assert "学生" in view.categories.text()
    assert attendee_count(desk_app) == 3
    saved: list[Path] = []

    def save_as(_parent, _title, suggested: Path, _filters) -> Path:  # type: ignore[no-untyped-def]
        saved.append(suggested)
        return tmp_path / "预览报告.xlsx"

    monkeypatch.setattr(file_dialogs, "save_xlsx", save_as)
    wizard.save_report_button.click()
    settle(qtbot, wizard)
    assert saved[0].name == "导入报告-roster.xlsx"
    assert (tmp_path / "预览报告.xlsx").exists()
    assert "报告已保存" in wizard.status.text()

    assert wizard.next_button.text() == "导入(&I)"
    wizard.next_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, wizard)
    assert wizard.step is Step.IMPORT
    assert wizard.import_step.progress_text.text() == "导入完成。"
    assert wizard.result_view.summary.text() == "已导入：新增 4 人，更新 0 人，0 人无变化。"
    assert not wizard.back_button.isVisible()
    assert wizard.next_button.text() == "完成"

    assert attendee_count(desk_app) == 7
    [liu] = people(desk_app, "13800138001")
    assert (liu.person.name, liu.person.unit, liu.person.id_number) == (
        "刘洋",
        "北京协和医院",
        ID_1,
    )
    [zhao] = people(desk_app, "13800138005")  # full-width digits, normalized
    assert zhao.person.name == "赵磊" and zhao.person.wants_credits

    press(qtbot, Qt.Key.Key_Return)  # 完成
    qtbot.waitUntil(lambda: not wizard.isVisible())
    qtbot.waitUntil(desk.scan.hasFocus)  # back where the person was, keyboard on the scan field
    # the attendees page heard about it (one broadcast) and counts them
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.pages[PageId.ATTENDEES]
    assert isinstance(page, AttendeesPage)
    qtbot.waitUntil(lambda: page.count.text() == "共 7 人")


def test_changing_a_column_changes_what_is_imported(
    desk_app: DeskApp, event_file: EventFile, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    roster = write_roster(tmp_path / "roster.xlsx")
    window, _desk = open_desk(desk_app, qtbot, event_file.path)
    # reached from the attendees page too
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.pages[PageId.ATTENDEES]
    assert isinstance(page, AttendeesPage)
    assert page.import_button.text() == "导入名单…"
    page.import_button.click()
    qtbot.waitUntil(lambda: window.findChild(ImportWizard) is not None)
    wizard = window.findChild(ImportWizard)
    assert isinstance(wizard, ImportWizard)
    qtbot.waitUntil(wizard.path.hasFocus)
    to_mapping(qtbot, wizard, roster)

    table = wizard.mapping
    table.combo_for("职称").setCurrentText("忽略")
    table.combo_for("分组").setCurrentText("备注")
    # without a name column there is nothing to import: said at once, Next is off
    name = table.combo_for("姓名")
    name.setCurrentText("忽略")
    assert wizard.warning.text() == "至少要有一列导入为“姓名”。"
    assert not wizard.next_button.isEnabled()
    name.setCurrentText("姓名")
    assert not wizard.warning.isVisible()
    wizard.next_button.click()
    settle(qtbot, wizard)
    wizard.next_button.click()
    settle(qtbot, wizard)
    assert wizard.result_view.counts["created"].text() == "4"

    [liu] = people(desk_app, "13800138001")
    assert liu.person.title == ""  # ignored
    assert liu.person.notes == "A组"  # imported as 备注
    # importing the same file again changes nothing, and the wizard says so
    wizard.next_button.click()
    qtbot.waitUntil(lambda: window.findChild(ImportWizard) is None)
    open_wizard(window, qtbot)
    again = window.findChild(ImportWizard)
    assert isinstance(again, ImportWizard)
    to_mapping(qtbot, again, roster)
    again.mapping.combo_for("职称").setCurrentText("忽略")
    again.mapping.combo_for("分组").setCurrentText("备注")
    again.next_button.click()
    settle(qtbot, again)
    assert again.report_view.counts["unchanged"].text() == "4"
    assert again.status.text() == "名单中没有新的或变化的人员，无需导入。"
    assert not again.next_button.isEnabled()


@pytest.mark.parametrize("kind", ["garbage", "encrypted", "no_header"])
def test_a_bad_file_is_one_sentence_and_nothing_is_imported(
    desk_app: DeskApp, event_file: EventFile, tmp_path: Path, qtbot, kind: str
) -> None:  # type: ignore[no-untyped-def]
    if kind == "garbage":
        path = tmp_path / "garbage.xlsx"
        path.write_bytes(b"PK\x03\x04 this is not a workbook" * 50)
        expected = UnreadableSheet(path=str(path)).text("zh")
    elif kind == "encrypted":
        path = write_encrypted_xlsx(tmp_path / "locked.xlsx")
        expected = EncryptedWorkbook(path=str(path)).text("zh")
    else:
        path = write_xlsx(tmp_path / "notes.xlsx", [["会议通知"], ["请各单位按时报名"]])
        expected = NoHeaderRow(sheet="报名汇总", rows=30).text("zh")
    window, _desk = open_desk(desk_app, qtbot, event_file.path)
    wizard = open_wizard(window, qtbot)
    choose_file(qtbot, wizard, path)
    assert wizard.step is Step.FILE
    assert wizard.warning.isVisible()
    assert wizard.warning.text() == expected
    assert focused() is wizard.path  # correct the path and try again
    assert attendee_count(desk_app) == 3
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert attendee_count(desk_app) == 3


def test_the_sentence_is_in_the_ui_language(
    desk_app: DeskApp, event_file: EventFile, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "garbage.csv.xlsx"
    path.write_bytes(bytes(range(256)) * 8)
    i18n.set_language("en")
    window, _desk = open_desk(desk_app, qtbot, event_file.path)
    wizard = open_wizard(window, qtbot)
    assert wizard.windowTitle() == "Import roster"
    choose_file(qtbot, wizard, path)
    assert wizard.warning.text() == UnreadableSheet(path=str(path)).text("en")


def test_cancel_during_the_import_rolls_everything_back(
    desk_app: DeskApp, event_file: EventFile, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    roster = write_roster(tmp_path / "roster.xlsx")
    window, _desk = open_desk(desk_app, qtbot, event_file.path)
    wizard = open_wizard(window, qtbot)
    to_mapping(qtbot, wizard, roster)
    wizard.next_button.click()
    settle(qtbot, wizard)
    assert wizard.step is Step.PREVIEW

    # Hold the database worker so that the person's Cancel lands while the import runs.
    gate = threading.Event()
    desk_app.session.ops.run(gate.wait, 10)
    wizard.next_button.click()
    assert wizard.step is Step.IMPORT
    assert wizard.cancel_button.text() == "停止导入"
    assert not wizard.next_button.isVisible()
    press(qtbot, Qt.Key.Key_Escape)  # Esc stops the import; the dialog stays
    assert wizard.isVisible()
    assert "正在取消" in wizard.import_step.progress_text.text()
    gate.set()
    settle(qtbot, wizard)
    assert wizard.warning.text() == ImportCancelled().text("zh")
    assert wizard.isVisible() and wizard.back_button.isEnabled()
    assert attendee_count(desk_app) == 3
    assert people(desk_app, "13800138001") == []
    # back to the preview, and this time it goes in
    wizard.back_button.click()
    assert wizard.step is Step.PREVIEW
    wizard.next_button.click()
    settle(qtbot, wizard)
    assert attendee_count(desk_app) == 7
    QApplication.processEvents()
