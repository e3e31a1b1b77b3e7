"""The nightly lists, read back with independent readers (openpyxl and calamine)."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from huiwu_desk.adapters.sheets import sheet_io
from huiwu_desk.bootstrap import create_event
from huiwu_desk.demo import make_demo
from huiwu_desk.domain import sheet_errors
from huiwu_desk.domain.model import ATTENDEE_FIELDS
from huiwu_desk.services import attendees, desk, export_templates, exports, rooms, roster_import

CREDITS_HEADER = ["序号", "姓名", "性别", "工作单位", "科室", "职称", "手机", "身份证号", "学分类别", "报到时间"]  # fmt: skip


def _export(ev, kind: str, tmp_path: Path, **kw) -> Path:  # type: ignore[no-untyped-def]
    return exports.export(ev.uow, sheet_io(ev.uow), kind, tmp_path / f"{kind}.xlsx", **kw).path


def _values(path: Path, sheet: int = 0) -> list[list[object]]:
    ws = openpyxl.load_workbook(path).worksheets[sheet]
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_credits_list_default_is_checked_in_people_who_want_credits(small_event, tmp_path):
    ev = small_event
    for name in ("张三", "李四"):
        attendees.update_attendee(ev.uow, ev.ctx, ev.codes[name], {"wants_credits": True})
    attendees.update_attendee(
        ev.uow, ev.ctx, ev.codes["张三"], {"id_number": "11010519491231002X", "title": "主任医师"}
    )
    desk.check_in(ev.uow, ev.ctx, ev.codes["张三"])
    desk.check_in(ev.uow, ev.ctx, ev.codes["王五"])  # checked in, but no credits wanted
    path = _export(ev, "credits", tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    title = ws["A1"].value
    assert "测试学术年会" in title and "学分证名单" in title and "导出时间" in title
    assert [c.value for c in ws[2]] == CREDITS_HEADER
    assert ws.freeze_panes == "A3" and ws["B2"].font.bold
    assert ws.max_row == 3  # title, header, 张三 only
    row = [c.value for c in ws[3]]
    assert row[:8] == [
        1,
        "张三",
        "男",
        "北京协和医院",
        None,
        "主任医师",
        "13800138000",
        "11010519491231002X",
    ]
    assert isinstance(row[9], datetime) and ws.cell(3, 10).number_format.startswith("yyyy-mm-dd")
    assert ws.cell(3, 7).data_type == "s" and ws.cell(3, 8).data_type == "s"  # text, not numbers
    assert ws.column_dimensions["D"].width >= 12  # 北京协和医院 fits


def test_saved_template_shapes_the_credits_list(small_event, tmp_path):
    ev = small_event
    attendees.update_attendee(ev.uow, ev.ctx, ev.codes["李四"], {"wants_credits": True})
    T = export_templates
    tpl = T.ExportTemplate(
        "credits",
        (
            T.TemplateColumn("name", "学员姓名"),
            T.TemplateColumn("unit", ""),
            T.TemplateColumn("phone", "联系电话"),
            T.TemplateColumn("credit_class", "学分类别", "国家级Ⅰ类"),
        ),
        checked_in_only=False,
        credits_only=True,
    )
    T.save_template(ev.uow, ev.ctx, tpl)
    saved = T.get_template(ev.uow, "credits")
    assert [c.title for c in saved.columns] == ["学员姓名", "工作单位", "联系电话", "学分类别"]
    assert not saved.checked_in_only
    rows = _values(_export(ev, "credits", tmp_path))
    assert rows[1] == ["学员姓名", "工作单位", "联系电话", "学分类别"]
    assert rows[2:] == [["李四", "四川大学华西医院", "13912345678", "国家级Ⅰ类"]]
    with ev.store.engine.connect() as conn:
        kinds = [
            r[0] for r in conn.exec_driver_sql("SELECT kind FROM ops ORDER BY rowid DESC LIMIT 1")
        ]
    assert kinds == ["setting.set"]  # the layout is an op: it travels to the other desks
    T.reset_template(ev.uow, ev.ctx, "credits")
    assert T.get_template(ev.uow, "credits") == T.default_template("credits")
    with pytest.raises(sheet_errors.InvalidTemplate):
        T.save_template(
            ev.uow, ev.ctx, T.ExportTemplate("credits", (T.TemplateColumn("salary", "工资"),))
        )


def test_cells_that_look_like_formulas_stay_text(small_event, tmp_path):
    ev = small_event
    nasty = {
        "unit": '=HYPERLINK("http://evil.example","点我")',
        "department": "+86 1234",
        "title": "-2+3",
        "notes": "@SUM(A1:A9)",
    }
    attendees.update_attendee(ev.uow, ev.ctx, ev.codes["张三"], nasty)
    path = _export(ev, "roster", tmp_path)
    ws = openpyxl.load_workbook(path).active
    cells = [c for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    values = {c.value for c in cells}
    assert set(nasty.values()) <= values
    by_calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert nasty["unit"] in {v for row in by_calamine for v in row}


def test_fees_list_has_every_payment_and_refund_and_totals(small_event, tmp_path):
    ev = small_event
    desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash")
    r2 = desk.record_payment(ev.uow, ev.ctx, ev.codes["李四"], 60000, "wechat").result
    desk.refund_payment(ev.uow, ev.sup, r2, 10000, "学生价")
    r4 = desk.record_payment(ev.uow, ev.ctx, ev.codes["王五"], 30000, "cash").result
    desk.void_payment(ev.uow, ev.sup, r4, "录错")
    path = _export(ev, "fees", tmp_path)
    detail = _values(path, 0)
    assert detail[1][:5] == ["收据号", "时间", "报到台", "操作员", "类型"]
    lines = {(r[0], r[4], r[9], r[10]) for r in detail[2:]}
    assert lines == {
        ("A1-000001", "收款", "现金", 1200),
        ("A1-000002", "收款", "微信", 600),
        ("A1-000003", "退款", "微信", -100),
        ("A1-000004", "作废", "现金", 300),
    }
    totals = {(r[0], r[1]): r[2:] for r in _values(path, 1)[2:]}
    assert totals[("按收费方式", "现金")] == [1, 1200, 0, 1200]
    assert totals[("按收费方式", "微信")] == [1, 600, 100, 500]
    assert totals[("按收费方式", "合计")] == [2, 1800, 100, 1700]
    assert totals[("按报到台", "A1")] == [2, 1800, 100, 1700]


def test_noshow_rooming_materials_and_directory(small_event, tmp_path):
    ev = small_event
    desk.check_in(ev.uow, ev.ctx, ev.codes["张三"])
    desk.hand_out(ev.uow, ev.ctx, ev.codes["张三"], ["资料袋"])
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["张三"], "301")
    noshow = _values(_export(ev, "noshow", tmp_path))
    assert noshow[1][:6] == ["序号", "编号", "姓名", "工作单位", "参会类别", "手机"]
    assert {r[2] for r in noshow[2:]} == {"李四", "王五", "单雄信"}
    assert {r[5] for r in noshow[2:]} == {"13912345678", "13700001111", "18611112222"}
    rooming = _values(_export(ev, "rooming", tmp_path))
    assert [(r[0], r[1].date(), r[2], r[3], r[5]) for r in rooming[2:]] == [
        ("会议中心酒店", date(2026, 11, 27 + i), "301", "标间", "张三") for i in range(3)
    ]
    assert rooming[2][7:] == ["2026-11-27", "2026-11-30"]
    per_night = _values(_export(ev, "rooming", tmp_path), 1)
    assert [r[2] for r in per_night[2:]] == [1, 1, 1]
    materials = _values(_export(ev, "materials", tmp_path))
    assert ["资料袋", 2, 1, 0, 1] in materials
    by_cat = _values(_export(ev, "materials", tmp_path), 1)
    assert ["代表", "资料袋", 1, 0, 1] in by_cat
    directory = _values(_export(ev, "directory", tmp_path))
    roles = {r[1]: r[6] for r in directory[2:]}
    assert roles["王五"] == "专家" and roles["张三"] is None


def test_roster_export_imports_into_a_fresh_event_as_the_same_people(tmp_path):
    with make_demo(tmp_path / "demo.huiwu", 150) as demo:
        out = exports.export(demo.uow, sheet_io(demo.uow), "roster", tmp_path / "名单.xlsx").path
        with demo.uow.reading():
            before = {
                a.code: demo.uow.attendees.by_code(a.code)
                for a in demo.uow.attendees.search("", None)
            }
            cats = {c.id: c.name for c in demo.uow.catalog.categories()}
    with create_event(tmp_path / "fresh.huiwu", "新会", "B1") as fresh:
        report = roster_import.import_roster(fresh.uow, fresh.context(), sheet_io(fresh.uow), out)
        assert (report.created, report.rejected, report.merged) == (150, 0, 0)
        with fresh.uow.reading():
            after = {
                a.code: fresh.uow.attendees.by_code(a.code)
                for a in fresh.uow.attendees.search("", None)
            }
            fresh_cats = {c.id: c.name for c in fresh.uow.catalog.categories()}
    assert set(after) == set(before)

    def norm(value: object) -> object:
        return unicodedata.normalize("NFKC", value) if isinstance(value, str) else value

    for code, old in before.items():
        new = after[code]
        for key in ATTENDEE_FIELDS:
            if key == "category_id":
                assert fresh_cats[new.category_id] == cats[old.category_id], code
            else:
                assert getattr(new, key) == norm(getattr(old, key)), (code, key)


def test_output_name_takes_the_date_and_a_failed_write_keeps_the_old_file(small_event, tmp_path):
    ev = small_event
    now = datetime(2026, 11, 27, 21, 30)
    res = exports.export(ev.uow, sheet_io(ev.uow), "noshow", tmp_path / "未到_{date}.xlsx", now=now)
    assert res.path == tmp_path / "未到_2026-11-27.xlsx" and res.rows == 4
    before = res.path.read_bytes()

    def boom(done: int, total: int) -> None:
        raise RuntimeError("power cut")

    book = exports.build_export(ev.uow, sheet_io(ev.uow), "noshow")
    book.sheets[0].rows = list(book.sheets[0].rows) * 200
    with pytest.raises(RuntimeError):
        sheet_io(ev.uow).writer.write(res.path, book, boom)
    assert res.path.read_bytes() == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_progress_is_reported_while_writing(tmp_path):
    with make_demo(tmp_path / "demo.huiwu", 1200) as demo:
        seen: list[tuple[int, int]] = []
        res = exports.export(
            demo.uow,
            sheet_io(demo.uow),
            "roster",
            tmp_path / "r.xlsx",
            progress=lambda d, t: seen.append((d, t)),
        )
    assert res.rows == 1200
    assert seen == [(500, 1200), (1000, 1200), (1200, 1200)]


def test_unknown_kind_is_refused(small_event, tmp_path):
    with pytest.raises(sheet_errors.UnknownExportKind):
        _export(small_event, "salaries", tmp_path)  # meals is a kind since issue 18
