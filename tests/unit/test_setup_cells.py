"""Cells of the setup workbook as Excel and WPS hand them over."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from huiwu_desk.domain.setup_cells import (
    date_of,
    dates_of,
    dates_text,
    fen_of,
    header_key,
    methods_of,
    names_of,
    quantities_of,
    text_of,
    whole,
    yes_no,
)

D10, D11, D12 = date(2027, 4, 10), date(2027, 4, 11), date(2027, 4, 12)


@pytest.mark.parametrize(
    "cell",
    [
        D10,
        datetime(2027, 4, 10),
        46487.0,
        "2027-04-10",
        "2027/4/10",
        "2027年4月10日",
        "２０２７-０４-１０",
    ],
)
def test_a_date_however_it_was_typed(cell: object) -> None:
    assert date_of(cell) == D10


def test_nights_as_a_list_or_a_range_and_back() -> None:
    assert dates_of("2027-04-10, 2027-04-11") == [D10, D11]
    assert dates_of("2027-04-10 至 2027-04-12") == [D10, D11, D12]
    assert dates_of("2027/4/10～2027/4/12；2027年4月20日") == [D10, D11, D12, date(2027, 4, 20)]
    assert dates_of("2027-04-10\n2027-04-11\n") == [D10, D11]
    assert dates_of(D11) == [D11] and dates_of("") == [] and dates_of(None) == []
    assert dates_text([D12, D10, D11]) == "2027-04-10 至 2027-04-12"
    assert dates_of(dates_text([D10, D12])) == [D10, D12]
    for bad in ("4月10号", "2027-04-12 至 2027-04-10", "2027-02-30", 2027.0):
        with pytest.raises(ValueError):
            dates_of(bad)


@pytest.mark.parametrize(
    ("cell", "fen"),
    [
        (1600, 160000),
        (1600.5, 160050),
        ("1,600", 160000),
        ("１６００元", 160000),
        ("¥450.50", 45050),
        ("-300", -30000),
    ],
)
def test_yuan_to_fen(cell: object, fen: int) -> None:
    assert fen_of(cell) == fen


@pytest.mark.parametrize("cell", ["一千", "12.345", "", True, "1e999", "1e17", "1e3", "1_000"])
def test_not_an_amount(cell: object) -> None:
    with pytest.raises(ValueError):
        fen_of(cell)


def test_yes_no_counts_and_lists() -> None:
    assert [yes_no(v, False) for v in ("是", "Y", "√", "yes", True, 1.0)] == [True] * 6
    assert [yes_no(v, True) for v in ("否", "n", "×", False, 0.0)] == [False] * 5
    assert yes_no(None, True) and not yes_no("", False)
    with pytest.raises(ValueError):
        yes_no("也许", False)
    assert whole("３００") == 300 and whole(40.0) == 40 and whole(None, 7) == 7
    for bad in (2.5, "三百", "99999999999999999999"):
        with pytest.raises(ValueError):
            whole(bad)
    assert quantities_of("资料袋，密件×2、 论文集 x 3") == {"资料袋": 1, "密件": 2, "论文集": 3}
    assert methods_of("现金，微信、签单/统一结算, bitcoin") == (
        ["cash", "wechat", "bill"],
        ["bitcoin"],
    )
    assert names_of("10日午餐\r\n10日晚餐\x07") == ["10日午餐", "10日晚餐"]
    assert text_of("代表\n（特邀）\t") == "代表 (特邀)"
    assert header_key(" 早鸟价 （元） ") == header_key("早鸟价") == "早鸟价"
