"""The setup workbook: written for an organizer, read as they filled it in, applied all or
nothing. Real files, opened independently with openpyxl; a hand-typed workbook as Excel or
WPS leaves it."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from huiwu_desk.adapters.sheets import sheet_io
from huiwu_desk.adapters.sheets.setup_book import SetupBookFiles, read_setup_book
from huiwu_desk.bootstrap import create_event
from huiwu_desk.domain import sheet_errors
from huiwu_desk.domain.errors import LiveEventFile
from huiwu_desk.domain.model import RoomType
from huiwu_desk.domain.setup_model import PointSetup, Setup
from huiwu_desk.services.setup_book import export_setup_book, import_setup_book
from huiwu_desk.services.setup_plan import apply_setup, read_setup
from tests.integration.test_setup_plan import conference, ops

SHEETS = ["会议", "参会类别", "收费项目", "资料", "酒店房间", "扫码点"]
HEADERS = {
    "会议": ["项目", "内容", "说明"],
    "参会类别": ["类别名称", "类别编号", "证件颜色", "证件模板", "先缴费后发证", "资料", "餐次"],
    "收费项目": ["收费项目", "类别", "早鸟价（元）", "现场价（元）", "按晚计费"],
    "资料": ["资料名称", "库存", "需清退"],
    "酒店房间": ["酒店", "房号", "房型", "床位数", "楼层", "机动房", "可住晚"],
    "扫码点": ["名称", "类型"],
}
FILES = SetupBookFiles()


def full_setup() -> Setup:
    s = conference()
    assert s.event is not None
    s.event.nights = [date(2027, 4, 10), date(2027, 4, 11), date(2027, 4, 12)]
    s.event.start_date, s.event.end_date = date(2027, 4, 10), date(2027, 4, 13)
    s.event.organizer, s.event.credit_category = "中华医学会", "I类"
    s.categories[0].meals = ["10日午餐", "10日晚餐"]
    s.rooms[0].nights = [date(2027, 4, 11)]
    s.rooms[1].floor = "3"
    s.points = [
        PointSetup(
            "主会场",
            "session",
            ["代表"],
            datetime(2027, 4, 11, 8, 30),
            datetime(2027, 4, 11, 12, 0),
            tolerance_min=30,
        ),
        PointSetup("10日午餐", "meal", once=True),
        PointSetup(
            "课题一", "credit", [], datetime(2027, 4, 11, 14), datetime(2027, 4, 11, 17), "1.5"
        ),
    ]
    s.payment_methods = ["cash", "wechat", "bill"]
    return s


def new_event(path: Path, name: str = "占位名称"):  # type: ignore[no-untyped-def]
    store = create_event(path, name, "A1")
    return store, store.context(store.default_operator)


def no_ids(setup: Setup) -> Setup:
    for part in (setup.categories, setup.fee_items, setup.materials, setup.rooms, setup.points):
        for item in part:
            item.id = ""
    return setup


def book(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    """A workbook as typed: rows from A1, in the order given."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


def organizer_sheets() -> dict[str, list[list[Any]]]:
    """What an organizer types from scratch: columns reordered, a title line, full-width
    digits, prices as text, 是/否/Y/√, a room range, dates three ways, blank rows at the end."""
    return {
        "会议": [
            ["项目", "内容"],
            ["会议名称", "２０２７ 全国肿瘤学大会"],
            ["会议地点", " 国际会议中心 "],
            ["开始日期", datetime(2027, 4, 10)],
            ["结束日期", "2027年4月13日"],
            ["住宿晚", "2027/4/10 至 2027/4/12"],
            ["项目编号", "２０２７-０４-０１-００１"],
            ["收款方式", "现金，微信、签单"],
        ],
        "参会类别": [
            ["参会类别设置表"],  # a title line above the header
            ["资料", " 类别名称 ", "证件颜色", "先缴费后发证"],
            ["资料袋，密件×2", "代表", "#D73A49", "是"],
            ["资料袋", "学生", "", "否"],
            [None, None, None, None],
        ],
        "收费项目": [
            ["类别", "收费项目", "早鸟价 (元)", "现场价（元）", "按晚计费"],
            [None, "会务费", None, None, "N"],
            ["代表", "会务费", "1,600", "２０００元", None],
            ["学生", "会务费", 800, None, None],
            [None, "住宿费", None, None, "√"],
            ["代表", "住宿费", "450.50", None, None],
        ],
        "资料": [
            ["资料名称", "库存", "需清退"],
            ["资料袋", "３００", "否"],
            ["密件", 40.0, "Y"],
            [],
            [],
        ],
        "酒店房间": [
            ["酒店", "房号", "房型", "床位数", "机动房"],
            ["会议中心酒店", "301-310", "标间", None, None],
            ["会议中心酒店", "A101-A105 大床", None, None, None],
            ["会议中心酒店", 888, "套房", "１", "是"],
            ["如家酒店", None, None, None, None],  # a hotel, rooms to come
        ],
        "扫码点": [["名称", "类型"], ["例：主会场", "会场"], ["主会场", "会场"], ["午餐", "用餐"]],
    }


# --- writing ----------------------------------------------------------------------------
def test_an_empty_event_exports_every_sheet_with_headers_and_example_rows(tmp_path: Path) -> None:
    store, ctx = new_event(tmp_path / "e.huiwu", "2027 年会")
    out = export_setup_book(store.uow, FILES, tmp_path / "设置.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == SHEETS
    for name in SHEETS:
        ws = wb[name]
        head = [c.value for c in ws[1]][: len(HEADERS[name])]
        assert head == HEADERS[name], name
        assert ws.freeze_panes in ("A2", "B2")
        assert all(c.font.b and c.font.name == "宋体" for c in ws[1][: len(HEADERS[name])])
        assert ws["A1"].comment is not None or name == "会议"  # how to fill the column
        if name == "会议":
            assert [ws.cell(r, 1).value for r in range(2, 11)][:2] == ["会议名称", "主办单位"]
            assert ws["B2"].value == "2027 年会"
            continue
        example = ws[2]
        assert str(example[0].value).startswith("例："), name
        assert example[0].font.i and example[0].font.color.rgb.endswith("808080")
        assert ws.max_row == (3 if name == "收费项目" else 2)
        assert ws.column_dimensions["A"].width >= 8
        assert any("例：" in str(c.value) for c in ws[1] if c.value)  # the note says so
    # reading it back ignores the examples: nothing to add, nothing changes
    setup, _where, problems = read_setup_book(out)
    assert problems == [] and setup.categories == setup.rooms == setup.points == []
    before = ops(store)
    report = import_setup_book(store.uow, ctx, FILES, out)
    assert (report.created, report.updated, report.rejected_rows) == (0, 0, [])
    assert ops(store) == before
    store.close()


def test_a_set_up_event_exports_and_a_fresh_event_imports_the_same_setup(tmp_path: Path) -> None:
    lead, ctx = new_event(tmp_path / "lead.huiwu")
    apply_setup(lead.uow, ctx, full_setup())
    out = export_setup_book(lead.uow, sheet_io(lead.uow).setup_book, tmp_path / "s.xlsx")
    ws = openpyxl.load_workbook(out)["收费项目"]
    assert [[c.value for c in row][:5] for row in ws.iter_rows(min_row=2)] == [
        ["会务费", None, None, None, "否"],
        ["会务费", "代表", 1600, 2000, None],
        ["会务费", "学生", 800, None, None],
        ["住宿费", None, None, None, "是"],
        ["住宿费", "代表", 450, None, None],
    ]
    rooms = openpyxl.load_workbook(out)["酒店房间"]
    assert [c.value for c in rooms[2]][:7] == [
        "会议中心酒店",
        "301",
        "标间",
        2,
        None,
        "否",
        "2027-04-11",
    ]

    fresh, ctx2 = new_event(tmp_path / "fresh.huiwu")
    report = import_setup_book(fresh.uow, ctx2, FILES, out)
    # 21 as in test_setup_plan and the three scan points (rows since issue 18); the event
    assert (report.created, report.updated, report.rejected_rows) == (24, 1, [])
    assert no_ids(read_setup(fresh.uow)) == no_ids(read_setup(lead.uow))
    # a second import changes nothing and writes no op
    before = ops(fresh)
    again = import_setup_book(fresh.uow, ctx2, FILES, out)
    assert (again.created, again.updated, again.rejected_rows) == (0, 0, [])
    assert ops(fresh) == before
    lead.close()
    fresh.close()


def test_a_dry_run_reports_and_writes_nothing(tmp_path: Path) -> None:
    lead, ctx = new_event(tmp_path / "lead.huiwu")
    apply_setup(lead.uow, ctx, full_setup())
    out = export_setup_book(lead.uow, FILES, tmp_path / "s.xlsx")
    fresh, ctx2 = new_event(tmp_path / "fresh.huiwu")
    before = ops(fresh)
    report = import_setup_book(fresh.uow, ctx2, FILES, out, dry_run=True)
    assert report.dry_run and report.created > 20 and report.rejected_rows == []
    assert ops(fresh) == before and read_setup(fresh.uow).categories == []
    lead.close()
    fresh.close()


def test_a_workbook_typed_by_hand_imports_as_meant(tmp_path: Path) -> None:
    path = book(tmp_path / "手填.xlsx", organizer_sheets())
    store, ctx = new_event(tmp_path / "e.huiwu")
    report = import_setup_book(store.uow, ctx, FILES, path)
    assert [p.reason.text("zh") for p in report.rejected_rows] == []
    got = read_setup(store.uow)
    assert got.event is not None
    assert (got.event.name, got.event.venue) == ("2027 全国肿瘤学大会", "国际会议中心")
    assert (got.event.start_date, got.event.end_date) == (date(2027, 4, 10), date(2027, 4, 13))
    assert got.event.nights == [date(2027, 4, 10), date(2027, 4, 11), date(2027, 4, 12)]
    assert got.event.credit_project == "2027-04-01-001"
    assert got.payment_methods == ["cash", "wechat", "bill"]
    cats = {c.name: c for c in got.categories}
    assert cats["代表"].materials == {"资料袋": 1, "密件": 2} and cats["代表"].color == "#D73A49"
    assert not cats["学生"].pay_before_badge and cats["学生"].color == "#1f6feb"
    assert {(f.item, f.category, f.early_fen, f.onsite) for f in got.fees} == {
        ("会务费", "代表", 160000, 200000),
        ("会务费", "学生", 80000, 80000),
        ("住宿费", "代表", 45050, 45050),
    }
    assert [(i.name, i.per_night) for i in got.fee_items] == [("会务费", False), ("住宿费", True)]
    assert {(m.name, m.stock, m.returnable) for m in got.materials} == {
        ("资料袋", 300, False),
        ("密件", 40, True),
    }
    rooms = {r.number: r for r in got.rooms}
    assert len(rooms) == 10 + 5 + 1 and rooms["301"].beds == 2
    assert (rooms["A103"].type, rooms["A103"].beds) == (RoomType.KING, 1)
    assert (rooms["888"].type, rooms["888"].beds, rooms["888"].spare) == (RoomType.SUITE, 1, True)
    assert set(got.hotels) == {"会议中心酒店", "如家酒店"}
    assert [(p.name, p.kind) for p in got.points] == [("主会场", "session"), ("午餐", "meal")]
    store.close()


# --- bad input ----------------------------------------------------------------------------
def test_bad_rows_are_one_sentence_each_at_their_sheet_and_row_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    sheets = organizer_sheets()
    sheets["参会类别"].insert(4, ["纪念品", "专家", "#000000", "是"])  # row 5: no such material
    sheets["收费项目"] += [
        ["专家", "资料费", 100, None, None],  # row 7: a fee item nobody declared
        ["学生", "住宿费", "-300", None, None],  # row 8: negative
        ["专家", "会务费", "一千", None, None],  # row 9: not a number
    ]
    sheets["资料"].insert(3, ["纪念册", -5, "否"])  # row 4: negative stock
    sheets["酒店房间"] += [
        ["会议中心酒店", "305", None, None, None],  # row 6: in 301-310 already
        ["会议中心酒店", "999", "总统套", None, None],  # row 7: unknown type
    ]
    sheets["会议"][4] = ["结束日期", "4月13号"]  # row 5: not a date
    path = book(tmp_path / "有错.xlsx", sheets)
    store, ctx = new_event(tmp_path / "e.huiwu")
    before = ops(store)
    report = import_setup_book(store.uow, ctx, FILES, path)
    got = [(p.sheet, p.row, p.reason.text("en")) for p in report.rejected_rows]
    assert got == [
        ("会议", 5, "Cannot read the date “4月13号”: write it as 2027-04-10."),
        ("参会类别", 5, "The material “纪念品” is not on the materials sheet."),
        ("收费项目", 7, "There is no fee item “资料费”."),
        ("收费项目", 8, "An amount cannot be negative."),
        ("收费项目", 9, "“一千” is not an amount: write yuan with at most two decimals."),
        ("资料", 4, "Stock cannot be negative (-5)."),
        ("酒店房间", 6, "Room 305 of “会议中心酒店” is listed twice."),
        ("酒店房间", 7, "Unknown room type “总统套” (twin, king, single, suite)."),
    ]
    assert report.rejected_rows[1].reason.text("zh") == "资料“纪念品”不在资料表中。"
    assert (report.created, report.updated) == (0, 0)
    assert ops(store) == before and read_setup(store.uow).categories == []
    store.close()


def test_fee_sheet_rules_of_its_own(tmp_path: Path) -> None:
    sheets = organizer_sheets()
    sheets["收费项目"] += [
        [None, "会务费", None, None, "否"],  # row 7: declared twice
        [None, "餐费", 100, None, "否"],  # row 8: a declaration with a price
        ["代表", "住宿费", "450", None, "否"],  # row 9: per night disagrees (and twice)
        ["代表", "会务费", None, None, None],  # row 10: no price
    ]
    sheets["会议"].append(["收款方式", "比特币"])  # row 9: written twice
    sheets["会议"].append(["茶歇", "有"])  # row 10: not an item of the event sheet
    path = book(tmp_path / "有错.xlsx", sheets)
    store, ctx = new_event(tmp_path / "e.huiwu")
    report = import_setup_book(store.uow, ctx, FILES, path)
    got = [(p.sheet, p.row, p.reason.text("zh")) for p in report.rejected_rows]
    assert ("会议", 9, "项目“收款方式”写了两次。") in got
    assert ("会议", 10, "不认识的项目“茶歇”。") in got
    assert ("收费项目", 7, "收费项目“会务费”重复。") in got
    assert ("收费项目", 8, "只声明收费项目的行（类别留空）不填价格。") in got
    assert ("收费项目", 9, "按晚计费与第 5 行（“住宿费”）不一致。") in got
    assert ("收费项目", 9, "“住宿费”对“代表”的价格写了两次。") in got
    assert ("收费项目", 10, "价格不能为空。") in got
    assert read_setup(store.uow).categories == []
    store.close()


def _zip_bomb(path: Path) -> Path:
    good = book(path.with_name("good.xlsx"), organizer_sheets())
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/media/huge.bin", b"\0" * (101 * 1024 * 1024))
    return path


@pytest.mark.parametrize(
    ("name", "make", "error"),
    [
        (
            "坏.xlsx",
            lambda p: p.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 20),
            sheet_errors.UnreadableSheet,
        ),
        (
            "回执.xlsx",
            lambda p: book(p, {"报名汇总": [["姓名", "单位"], ["张三", "协和"]]}),
            sheet_errors.NotASetupBook,
        ),
        (
            "少表.xlsx",
            lambda p: book(p, {k: v for k, v in organizer_sheets().items() if k != "资料"}),
            sheet_errors.SetupSheetMissing,
        ),
        ("回执.csv", lambda p: p.write_text("姓名,单位\n张三,协和\n"), sheet_errors.NotASetupBook),
        ("设置.pdf", lambda p: p.write_bytes(b"%PDF-1.4\n"), sheet_errors.UnsupportedSheetType),
        ("没有.xlsx", lambda p: None, sheet_errors.SheetFileMissing),
        ("炸弹.xlsx", _zip_bomb, sheet_errors.SetupBookTooLarge),
    ],
    ids=["damaged", "foreign", "missing-sheet", "csv", "pdf", "no-file", "zip-bomb"],
)
def test_a_file_that_is_no_setup_workbook_is_one_sentence_and_changes_nothing(
    tmp_path: Path,
    name,
    make,
    error,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / name
    make(path)
    store, ctx = new_event(tmp_path / "e.huiwu")
    before = ops(store)
    with pytest.raises(error) as refused:
        import_setup_book(store.uow, ctx, FILES, path)
    assert str(path) in refused.value.text("zh") and refused.value.text("en")
    if error is sheet_errors.SetupSheetMissing:
        assert "资料" in refused.value.text("zh")
    assert ops(store) == before
    store.close()


def test_the_event_file_itself_is_never_read_as_a_workbook(tmp_path: Path) -> None:
    store, ctx = new_event(tmp_path / "e.xlsx")  # named like a workbook, by mistake
    with pytest.raises(LiveEventFile):
        import_setup_book(store.uow, ctx, FILES, store.path)
    with pytest.raises(LiveEventFile):
        export_setup_book(store.uow, FILES, store.path)
    store.close()


def test_a_hotels_own_room_list_becomes_its_rooms(tmp_path: Path) -> None:
    from huiwu_desk.bootstrap import create_event
    from huiwu_desk.bootstrap_setup import import_room_list
    from huiwu_desk.services.setup_plan import read_setup

    # as a hotel sends it: a title line, its own headers, full-width digits, a range
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "会议用房"
    ws.append(["锦江饭店 会议用房明细"])
    ws.append(["楼层", "房间号", "房间类型", "床数", "备注"])
    ws.append(["8", "８０１", "大床房", 1, "海景"])
    ws.append(["8", "802-805", "标准间", None, ""])
    ws.append(["9", 901, "套房", "2", ""])
    path = tmp_path / "锦江房间表.xlsx"
    wb.save(path)
    with create_event(tmp_path / "e.huiwu", "年会", "A1") as store:
        ctx = store.context(store.default_operator)
        report = import_room_list(store, ctx, path, hotel="锦江饭店")
        assert report.rejected_rows == [] and report.created == 1 + 6  # the hotel, six rooms
        rooms = {
            r.number: (r.hotel, r.type.value, r.beds, r.floor) for r in read_setup(store.uow).rooms
        }
    assert rooms == {
        "801": ("锦江饭店", "king", 1, "8"),
        "802": ("锦江饭店", "twin", 2, "8"),
        "803": ("锦江饭店", "twin", 2, "8"),
        "804": ("锦江饭店", "twin", 2, "8"),
        "805": ("锦江饭店", "twin", 2, "8"),
        "901": ("锦江饭店", "suite", 2, "9"),
    }


def test_a_room_list_without_room_numbers_is_refused_at_its_header(tmp_path: Path) -> None:
    from huiwu_desk.bootstrap import create_event
    from huiwu_desk.bootstrap_setup import import_room_list
    from huiwu_desk.services.setup_plan import read_setup

    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "电话"])
    wb.active.append(["张三", "13800138000"])
    path = tmp_path / "名单.xlsx"
    wb.save(path)
    with create_event(tmp_path / "e.huiwu", "年会", "A1") as store:
        report = import_room_list(
            store, store.context(store.default_operator), path, hotel="锦江饭店"
        )
        assert [(p.row, p.reason.text("zh")) for p in report.rejected_rows] == [
            (1, "缺少“房号”列。")
        ]
        assert read_setup(store.uow).rooms == []
