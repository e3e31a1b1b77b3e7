"""The import report speaks the window's language only: no "(checksum fails)" in Chinese, no
Chinese sentences in English (issue 13, finding 10). The saved report follows the window."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from huiwu_desk.ui import i18n
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.dialogs.import_wizard import Step
from huiwu_desk.ui.widgets import file_dialogs

from ..fixtures.rosters import id_number, write_xlsx
from .conftest import EventFile
from .desk_helpers import open_desk, press
from .test_import_wizard import open_wizard, settle, to_mapping

GOOD_ID = id_number("11010119800101123")
BAD_ID = GOOD_ID[:-1] + ("0" if GOOD_ID[-1] != "0" else "1")  # the check digit fails
CJK = re.compile(r"[\u3400-\u9fff]")


def write_roster(path: Path) -> Path:
    rows = [
        ["姓名", "性别", "单位名称", "手机号码", "身份证号"],
        ["刘洋", "男", "北京协和医院", "13800138001", BAD_ID],
        [None, "女", "无名医院", "13800138004", ""],
    ]
    return write_xlsx(path, rows, extra_sheets=["填表说明"])


def preview_notes(desk_app: DeskApp, event_file: EventFile, tmp_path: Path, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """The preview's (row, kind, note) lines, and the report saved from it."""
    roster = write_roster(tmp_path / "roster.xlsx")
    window, _desk = open_desk(desk_app, qtbot, event_file.path)
    wizard = open_wizard(window, qtbot)
    to_mapping(qtbot, wizard, roster)
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, wizard)
    assert wizard.step is Step.PREVIEW
    out = tmp_path / "report.xlsx"
    monkeypatch.setattr(file_dialogs, "save_xlsx", lambda *_args: out)
    wizard.save_report_button.click()
    settle(qtbot, wizard)
    book = openpyxl.load_workbook(out)
    saved = [tuple(r) for r in book.worksheets[0].iter_rows(min_row=3, values_only=True)]
    return wizard.report_view.note_lines(), saved, book.sheetnames


def test_chinese_window_shows_chinese_notes_only(
    desk_app: DeskApp, event_file: EventFile, tmp_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    lines, saved, sheets = preview_notes(desk_app, event_file, tmp_path, qtbot, monkeypatch)
    assert ("3", "拒绝", "姓名为空") in lines
    assert ("2", "警告", f"刘洋：身份证号：校验位不对，请核对：{BAD_ID}") in lines
    assert not any("checksum" in note or "no name" in note for _, _, note in lines)
    assert sheets == ["导入报告", "汇总"]
    assert (2, "警告", f"刘洋：身份证号：校验位不对，请核对：{BAD_ID}") in saved


def test_english_window_shows_english_notes_only(
    desk_app: DeskApp, event_file: EventFile, tmp_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("en")
    lines, saved, sheets = preview_notes(desk_app, event_file, tmp_path, qtbot, monkeypatch)
    assert ("3", "Rejected", "no name") in lines
    note = f"刘洋: ID number: the check digit is wrong, please check: {BAD_ID}"
    assert ("2", "Warning", note) in lines
    # nothing Chinese but the names people typed
    assert not any(CJK.search(n.replace("刘洋", "")) for _, _, n in lines)
    assert sheets == ["Import report", "Summary"]
    assert (2, "Warning", note) in saved
    assert (3, "Rejected", "no name") in saved
