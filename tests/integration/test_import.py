"""Roster import from the spreadsheets organizers really send, on real event files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from huiwu_desk.adapters.sheets import sheet_io
from huiwu_desk.bootstrap import create_event
from huiwu_desk.domain import sheet_errors
from huiwu_desk.services import queries, roster_import
from tests.fixtures.rosters import HEADER, TITLE, id_number, write_csv, write_xlsx

LIU_ID = id_number("11010119800101123")
BAD_ID = LIU_ID[:-1] + ("0" if LIU_ID[-1] != "0" else "1")  # checksum fails


def nasty_rows() -> list[list[object]]:
    """Title merged over the top, a date line, the header on row 3, and every kind of mess."""
    blank = [None] * 15
    return [
        [TITLE] + [None] * 14,  # 1 (merged A1:O1)
        ["制表日期：2026年11月20日", None, None, "联系人：王芳"],  # 2
        HEADER,  # 3
        [1, "刘  洋", "男", "北京协和医院", "心内科", "主任医师", 13811112222, LIU_ID, "代表", "是",
         date(2026, 11, 27), "2026/11/29", "合住", "√", "LIU@Example.cn"],  # 4
        [2, "王  芳", "女", "复旦大学附属中山医院", "心 内 科", "副主任医师", "139 1234 5679", "",
         "专家", "否", None, None, None, "是", None],  # 5
        blank,  # 6
        [3, "陈晨", "F", "中山大学附属第一医院", "超声科", "主治医师", "+86 137-0000-2222", BAD_ID,
         "讲者", "Y", "2026-11-27", "11月29日", "单住", "N", None],  # 7
        [4, "赵  雷", "M", "四川大学华西医院", "急诊科", "住院医师", "１３６００００３３３３", None,
         "嘉宾", "√", 11.27, 46355, "拼房", "×", None],  # 8
        [5, None, "男", "某医院", "心内科", None, 13500000000, None, "代表", "是", None, None, None,
         None, None],  # 9: no name
        [6, "刘洋", "男", "北京协和医院", "心血管内科", "主任医师", "138-1111-2222", None, "代表",
         "是", None, None, None, None, None],  # 10: row 4 again
        [7, "吴敏", "女", "浙江大学医学院附属第二医院", "麻醉科", "主任医师", 13700003333,
         110101198001011000.0, "参展商", "否", None, None, None, "否", None],  # 11: ID as a number
        [8, "李四", "男", "四川大学华西医院", "心内科", "主任医师", "13912345678", None, "代表",
         None, None, None, None, None, None],  # 12: already in the event
        [9, "孙  丽", "女", "郑州大学第一附属医院", "重症医学科", "护士长", "13600004444", None,
         "学生", "否", None, None, None, "是", None],  # 13: unknown category
        [10, "郑亮", "未知", "郑州大学第一附属医院", "重症医学科", "主治医师", "13600005555", None,
         "工作人员", None, None, None, None, None, None],  # 14
        ["合计 300人"] + [None] * 14,  # 15
        [11] + [None] * 14,  # 16: a pre-numbered empty line
        ["注：请于11月20日前回传"],  # 17
    ]  # fmt: skip


@pytest.fixture
def nasty(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "回执汇总.xlsx", nasty_rows(), merges=["A1:O1"], extra_sheets=["填表说明"]
    )


def _people(uow) -> dict[str, object]:  # type: ignore[no-untyped-def]
    with uow.reading():
        found = uow.attendees.search("", None)
        return {a.name: uow.attendees.by_code(a.code) for a in found}


def _op_count(ev) -> int:  # type: ignore[no-untyped-def]
    with ev.store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM ops").scalar()


def test_nasty_workbook_is_imported_as_people_meant_it(small_event, nasty):
    ev = small_event
    report = roster_import.import_roster(ev.uow, ev.ctx, sheet_io(ev.uow), nasty)
    assert report.header_row == 3
    assert (report.created, report.updated, report.merged) == (7, 1, 1)
    assert report.skipped == 4  # blank line, 合计 300人, numbered empty line, 注：…
    assert report.rejected == 1
    assert [(n.row, "姓名" in n.reason) for n in report.rejected_rows] == [(9, True)]
    people = _people(ev.uow)
    liu = people["刘洋"]
    assert liu.phone == "13811112222" and liu.id_number == LIU_ID
    assert liu.department == "心血管内科"  # row 10 is the same person: merged, later value wins
    assert (liu.arrival, liu.departure) == (date(2026, 11, 27), date(2026, 11, 29))
    assert liu.needs_room and liu.room_pref == "shared" and liu.wants_credits
    assert liu.email == "liu@example.cn"
    wang = people["王芳"]
    assert wang.phone == "13912345679" and wang.department == "心内科"
    assert not wang.needs_room and wang.gender == "F"
    chen = people["陈晨"]
    assert chen.phone == "13700002222" and chen.id_number == BAD_ID  # kept, with a warning
    assert (chen.arrival, chen.departure) == (date(2026, 11, 27), date(2026, 11, 29))
    assert chen.room_pref == "single" and not chen.wants_credits
    zhao = people["赵雷"]
    assert zhao.phone == "13600003333" and zhao.gender == "M"
    assert (zhao.arrival, zhao.departure) == (date(2026, 11, 27), date(2026, 11, 29))
    assert zhao.room_pref == "shared" and not zhao.wants_credits
    assert people["吴敏"].id_number == ""  # digits were lost: not imported, warned
    assert people["李四"].title == "主任医师"  # existing attendee updated, not duplicated
    assert people["郑亮"].gender == ""
    with ev.uow.reading():
        cats = {c.id: c.name for c in ev.uow.catalog.categories()}
    assert cats[liu.category_id] == "代表"
    assert cats[chen.category_id] == cats[zhao.category_id] == cats[wang.category_id] == "专家"
    assert {cats[people["吴敏"].category_id], cats[people["孙丽"].category_id]} == {"参展", "学生"}
    assert cats[people["郑亮"].category_id] == "会务组"
    text = "\n".join(f"{n.row}:{n.reason}" for n in report.warnings)
    assert "7:陈晨：身份证号：校验位不对" in text
    assert "11:吴敏：身份证号：以数字形式保存" in text
    assert "10:刘洋：与第 4 行是同一人" in text
    assert "新增参会类别“学生”" in text and "14:郑亮：性别" in text
    assert queries.stats(ev.uow).attendees == 4 + 7


def test_reimporting_the_same_file_changes_nothing(small_event, nasty):
    ev = small_event
    io = sheet_io(ev.uow)
    roster_import.import_roster(ev.uow, ev.ctx, io, nasty)
    before = _op_count(ev)
    again = roster_import.import_roster(ev.uow, ev.ctx, io, nasty)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 8)
    assert _op_count(ev) == before


def test_dry_run_reports_everything_and_writes_nothing(small_event, nasty, tmp_path):
    ev = small_event
    io = sheet_io(ev.uow)
    before = _op_count(ev)
    preview = roster_import.import_roster(ev.uow, ev.ctx, io, nasty, dry_run=True)
    assert _op_count(ev) == before and queries.stats(ev.uow).attendees == 4
    real = roster_import.import_roster(ev.uow, ev.ctx, io, nasty)
    assert preview.to_json() | {"dry_run": False} == real.to_json()
    out = roster_import.save_report(io, preview, tmp_path / "报告.xlsx")
    import openpyxl

    ws = openpyxl.load_workbook(out)["导入报告"]
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    assert (9, "拒绝", "姓名为空 (no name)") in rows


def test_a_failure_half_way_leaves_the_event_untouched(small_event, nasty):
    ev = small_event
    before = _op_count(ev)
    real_append = ev.uow.log.__class__.append
    calls = {"n": 0}

    def failing_append(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 6:
            raise OSError(28, "No space left on device")
        return real_append(self, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ev.uow.log.__class__, "append", failing_append)
        with pytest.raises(OSError):
            roster_import.import_roster(ev.uow, ev.ctx, sheet_io(ev.uow), nasty)
    assert calls["n"] == 6
    assert _op_count(ev) == before
    assert set(_people(ev.uow)) == {"张三", "李四", "王五", "单雄信"}
    with ev.uow.reading():
        assert len(ev.uow.catalog.categories()) == 2


def test_cancel_from_the_progress_callback_rolls_back(small_event, tmp_path):
    ev = small_event
    rows = [["姓名", "手机"]] + [[f"测试{i:03d}", f"1380000{i:04d}"] for i in range(450)]
    path = write_xlsx(tmp_path / "big.xlsx", rows)
    io = sheet_io(ev.uow)
    table = roster_import.open_roster(io, path)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 400

    with pytest.raises(sheet_errors.ImportCancelled):
        roster_import.commit_import(ev.uow, ev.ctx, io, table, progress)
    assert seen == [(200, 450), (400, 450)]
    assert queries.stats(ev.uow).attendees == 4


def test_gb18030_csv_keeps_names_gbk_cannot_spell(small_event, tmp_path):
    names = ["王䶮", "李𬌗", "欧阳  娜"]
    for name in names[:2]:
        with pytest.raises(UnicodeEncodeError):
            name.encode("gbk")
    rows = [["姓名", "性别", "单位", "手机"]] + [
        [n, "男", "测试医院", f"1390000{i:04d}"] for i, n in enumerate(names)
    ]
    path = write_csv(tmp_path / "wps.csv", rows, "gb18030")
    report = roster_import.import_roster(
        small_event.uow, small_event.ctx, sheet_io(small_event.uow), path
    )
    assert report.created == 3 and report.encoding == "gb18030"
    assert {"王䶮", "李𬌗", "欧阳娜"} <= set(_people(small_event.uow))


def test_utf8_bom_csv_with_english_headers(small_event, tmp_path):
    rows = [
        ["Name", "Gender", "Organization", "Department", "Position", "Mobile", "E-mail",
         "Ticket Type", "Arrival", "Departure", "Notes"],
        ["John  Smith", "M", "Mayo Clinic", "Cardiology", "Professor", "+1 507-284-2511",
         "JOHN@mayo.edu", "Speaker", "11/27/2026", "11/29/2026", "vegetarian"],
        ["Anna Müller", "F", "Charité", "Cardiology", "MD", "+49 30 450 50", "", "Exhibitor",
         "", "", ""],
    ]  # fmt: skip
    path = write_csv(tmp_path / "export.csv", rows, "utf-8-sig")
    ev = small_event
    report = roster_import.import_roster(ev.uow, ev.ctx, sheet_io(ev.uow), path)
    assert report.created == 2 and report.rejected == 0
    john = _people(ev.uow)["John Smith"]
    assert john.phone == "+1-507-284-2511" and john.email == "john@mayo.edu"
    assert (john.arrival, john.departure) == (date(2026, 11, 27), date(2026, 11, 29))
    assert john.notes == "vegetarian" and john.category_id == ev.categories["expert"]


def test_roster_code_column_keeps_free_codes_and_renumbers_taken_ones(small_event, tmp_path):
    ev = small_event
    taken = ev.codes["张三"]
    rows = [["编号", "姓名", "手机"], ["VIP001", "新人甲", "13700000001"], [taken, "新人乙", ""]]
    path = write_xlsx(tmp_path / "codes.xlsx", rows)
    report = roster_import.import_roster(ev.uow, ev.ctx, sheet_io(ev.uow), path)
    people = _people(ev.uow)
    assert people["新人甲"].code == "VIP001"
    assert people["新人乙"].code not in (taken, "VIP001")
    assert people["新人乙"].code.startswith("A1")
    assert any(f"编号 {taken} 已被占用" in n.reason for n in report.warnings)


def test_wizard_steps_sheet_choice_and_mapping_change(small_event, nasty):
    ev = small_event
    io = sheet_io(ev.uow)
    assert roster_import.list_sheets(io, nasty) == ["报名汇总", "填表说明"]
    table = roster_import.open_roster(io, nasty, "报名汇总")
    assert table.header_row == 3 and table.headers[6] == "手机号码（必填）"
    assert table.mapping[1] == "name" and table.mapping[6] == "phone" and table.mapping[0] == "_seq"
    assert table.sample(1)[0][0] == 4
    no_mail = table.with_mapping({**table.mapping, 14: None})  # the user drops the email column
    roster_import.commit_import(ev.uow, ev.ctx, io, no_mail)
    assert _people(ev.uow)["刘洋"].email == ""
    with pytest.raises(sheet_errors.NoHeaderRow):
        table.with_mapping({6: "phone"})


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40), sheet_errors.UnreadableSheet),
        (lambda p: write_xlsx(p, []), sheet_errors.EmptySheet),
        (lambda p: write_xlsx(p, [["会议通知"], ["请各单位按时报到"], [1, 2, 3]]), sheet_errors.NoHeaderRow),
    ],
    ids=["garbage", "empty", "no-header"],
)  # fmt: skip
def test_unusable_files_are_one_sentence_and_change_nothing(small_event, tmp_path, make, error):
    ev = small_event
    path = tmp_path / "roster.xlsx"
    make(path)
    before = _op_count(ev)
    with pytest.raises(error) as refused:
        roster_import.import_roster(ev.uow, ev.ctx, sheet_io(ev.uow), path)
    assert "\n" not in refused.value.both() and refused.value.text("zh") != refused.value.text("en")
    assert _op_count(ev) == before


def test_encrypted_workbook_is_refused(small_event, tmp_path):
    from tests.fixtures.rosters import write_encrypted_xlsx

    path = write_encrypted_xlsx(tmp_path / "加密.xlsx")
    with pytest.raises(sheet_errors.EncryptedWorkbook) as refused:
        roster_import.import_roster(
            small_event.uow, small_event.ctx, sheet_io(small_event.uow), path
        )
    assert "密码" in refused.value.text("zh") and "password" in refused.value.text("en")


def test_import_into_a_fresh_event_creates_the_categories_it_needs(tmp_path, nasty):
    with create_event(tmp_path / "fresh.huiwu", "新会议", "B2") as store:
        report = roster_import.import_roster(store.uow, store.context(), sheet_io(store.uow), nasty)
        assert report.created == 8 and set(report.new_categories) == {
            "代表",
            "专家",
            "参展",
            "学生",
            "会务组",
        }
        with store.uow.reading():
            codes = sorted(a.code for a in store.uow.attendees.search("", None))
        assert codes[0] == "B200001" and len(set(codes)) == 8
