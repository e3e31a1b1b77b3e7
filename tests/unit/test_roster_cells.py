"""What organizers type, and what the import makes of it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from huiwu_desk.adapters.sheets.csv_text import NotText, decode
from huiwu_desk.services import roster_cells as cells
from huiwu_desk.services.roster_columns import find_header, match_header


@pytest.mark.parametrize(
    "raw",
    [date(2026, 11, 27), datetime(2026, 11, 27, 14, 30), 46353, 46353.0, "2026/11/27",
     "2026-11-27", "2026.11.27", "2026年11月27日", "11月27日", "11月27号", "11.27", 11.27,
     "20261127", "11/27/2026", " ２０２６－１１－２７ "],
)  # fmt: skip
def test_every_date_shape_is_the_same_day(raw):
    assert cells.day(raw, 2026) == date(2026, 11, 27)


@pytest.mark.parametrize("raw", ["下周一", "2026-13-01", "", "11.45"])
def test_dates_that_are_not_dates_are_a_problem(raw):
    with pytest.raises(cells.CellProblem):
        cells.day(raw, 2026)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("是", True), ("否", False), ("Y", True), ("n", False), ("√", True), ("×", False),
     ("需要", True), ("不需要", False), (True, True), (1.0, True), ("0", False)],
)  # fmt: skip
def test_yes_no_words(raw, expected):
    assert cells.yes_no(raw) is expected


def test_gender_and_room_wishes():
    assert [cells.gender(g) for g in ("男", "M", "female", "女士")] == ["M", "M", "F", "F"]
    assert cells.stay("单住") == (True, "single") and cells.stay("否") == (False, "")
    assert cells.room_pref("拼房") == "shared" and cells.room_pref("大床房") == "single"


@pytest.mark.parametrize(
    "raw",
    [13800138000, 13800138000.0, "138 0013 8000", "138-0013-8000", "+86 138 0013 8000",
     "+8613800138000", "0086-13800138000", "１３８００１３８０００", "13800138000/13912345678"],
)  # fmt: skip
def test_phone_shapes(raw):
    assert cells.phone(raw)[0] == "13800138000"


@given(st.integers(min_value=13000000000, max_value=19999999999), st.sampled_from(["", " ", "-"]))
def test_any_spacing_of_a_mobile_normalizes_back(number, sep):
    text = str(number)
    typed = f"{text[:3]}{sep}{text[3:7]}{sep}{text[7:]}"
    assert cells.phone(typed)[0] == text


def test_international_numbers_stay_readable_and_lost_digits_are_refused():
    assert cells.phone("+1 507-284-2511")[0] == "+1-507-284-2511"
    with pytest.raises(cells.CellProblem):
        cells.phone("1.38001E+10")


def test_id_numbers():
    good = "11010519491231002X"
    assert cells.id_number(good.lower()) == (good, None)
    value, warning = cells.id_number("110105194912310021")
    assert value == "110105194912310021" and warning and "校验" in warning.text("zh")
    with pytest.raises(cells.CellProblem, match="丢失"):
        cells.id_number(1.10105194912310e17)
    assert cells.id_number("E12345678") == ("E12345678", None)  # a passport is kept as typed


def test_names_and_text():
    assert cells.name("张  三") == "张三" and cells.name(" 欧阳　娜娜 ") == "欧阳娜娜"
    assert cells.name("John   Smith") == "John Smith"
    assert (
        cells.text("心 内 科") == "心内科" and cells.text("ＡＢＣ医院（总院）") == "ABC医院(总院)"
    )


@pytest.mark.parametrize(
    "row",
    [["合计 300人"], ["合计", None, "300人"], ["共 58 人"], ["总计：", 12], ["Total", 3], ["注：请于11月20日前回传"]],
)  # fmt: skip
def test_total_and_note_rows_are_footers(row):
    assert cells.is_footer([cells.text(v) for v in row if v is not None])


def test_a_name_that_starts_like_a_total_is_not_a_footer():
    assert not cells.is_footer(["共同", "北京协和医院"])
    assert not cells.is_footer(["1", "王五", "男"])


@pytest.mark.parametrize(
    ("header", "field"),
    [("姓名", "name"), ("名字", "name"), ("Name", "name"), ("性别", "gender"), ("Sex", "gender"),
     ("医院", "unit"), ("Affiliation", "unit"), ("Company", "unit"), ("部门", "department"),
     ("职务", "title"), ("Position", "title"), ("手机号码（必填）", "phone"), ("联系电话", "phone"),
     ("Mobile", "phone"), ("身份证", "id_number"), ("ID", "id_number"), ("参会类型", "category"),
     ("Ticket", "category"), ("是否住宿", "needs_room"), ("Arrival", "arrival"),
     ("离店日期", "departure"), ("住房要求", "room_pref"), ("是否需要学分", "wants_credits"),
     ("E-mail", "email"), ("Notes", "notes"), ("编号", "code"), ("序号", "_seq"),
     ("参会人员姓名", "name"), ("工作单位（全称）", "unit")],
)  # fmt: skip
def test_header_synonyms(header, field):
    assert match_header(header)[0] == field


def test_header_under_title_rows_and_a_two_row_header():
    rows = [
        ["2026 年会 参会回执", "", "", ""],
        ["填表日期：11月20日", "", "", ""],
        ["姓名", "单位", "联系方式", ""],
        ["", "", "手机", "邮箱"],
        ["张三", "协和", "13800138000", "a@b.cn"],
    ]
    guess = find_header(rows)
    assert guess is not None and (guess.row, guess.data_start) == (2, 4)
    assert guess.mapping == {0: "name", 1: "unit", 2: "phone", 3: "email"}


def test_csv_decoding_order():
    text = "姓名\n王䶮\n李𬌗\n"
    assert decode(text.encode("gb18030")) == (text, "gb18030")
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode("\ufeff姓名\n".encode()) == ("姓名\n", "utf-8-sig")
    with pytest.raises(NotText):
        decode(b"PK\x03\x04\x00\x00binary")
