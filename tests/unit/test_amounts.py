"""The one strict amount parser (money.parse_yuan) and the setup's prices read through it."""

from __future__ import annotations

import pytest

from huiwu_desk.domain.errors import InvalidAmount
from huiwu_desk.domain.fee_errors import AmountTooLarge, MalformedAmount
from huiwu_desk.domain.fees import parse_counted
from huiwu_desk.domain.money import MAX_COUNTED_YUAN, MAX_PAYMENT_YUAN, parse_yuan
from huiwu_desk.domain.setup_cells import fen_of

# what the hostile-input run typed, and its kin: never an amount
NOT_AMOUNTS = [
    "1e9", "1E3", "1e30", "1e-2", "1_000", "1_200.50", "١٢٠٠", "۱۲۰۰", "१२००", "1,2,0,0",
    "12,00", "12.345", "0.005", "1.", ".5", "-5", "+5", "NaN", "Infinity", "0x10", "1 200",
    "12.3.4", "¥¥12", "", " ", "一千", "1\x00", "9" * 41,
]  # fmt: skip


@pytest.mark.parametrize("typed", NOT_AMOUNTS)
def test_what_is_not_an_amount_is_one_sentence(typed):
    with pytest.raises(MalformedAmount) as refused:
        parse_yuan(typed)
    zh = refused.value.text("zh")
    assert zh.endswith("（最多两位小数）。") and "请写元" in zh
    assert len(refused.value.both()) < 200  # a 41-digit string is not echoed whole


@pytest.mark.parametrize(
    ("typed", "fen"),
    [("1200", 120000), ("1200.5", 120050), ("1,200.50", 120050), ("¥600", 60000),
     ("600元", 60000), ("１２００", 120000), ("０.０１", 1), (" 88.8 ", 8880),
     ("1,000,000", 100_000_000)],
)  # fmt: skip
def test_amounts_as_people_type_them(typed, fen):
    assert parse_yuan(typed) == fen


def test_the_limit_of_one_amount_and_of_a_count():
    assert MAX_PAYMENT_YUAN == 1_000_000
    with pytest.raises(AmountTooLarge) as refused:
        parse_yuan("1000000.01")
    assert refused.value.text("zh") == "金额“1000000.01”超过 1,000,000 元。"
    with pytest.raises(AmountTooLarge):
        parse_yuan("99999999999999999999999999999999")  # 1e30 written out: a sentence
    assert parse_yuan("2500000", allow_zero=True, limit_yuan=MAX_COUNTED_YUAN) == 250_000_000
    assert parse_counted("cash=2500000,wechat=0") == {"cash": 250_000_000, "wechat": 0}
    with pytest.raises(MalformedAmount):
        parse_counted("cash=1e9")
    with pytest.raises(InvalidAmount):
        parse_yuan("0")
    assert parse_yuan("0", allow_zero=True) == 0


@pytest.mark.parametrize(
    "cell",
    ["1e9", "1_000", "١٢٠٠", "1,2,0,0", "12.345", "1e30", 1e30, float("inf"), float("nan"),
     0.1 + 0.2, "2000000", 2_000_000, "一千", "", True],
)  # fmt: skip
def test_a_setup_price_is_read_by_the_same_parser(cell):
    with pytest.raises(ValueError) as refused:
        fen_of(cell)
    said = refused.value.args[0]
    assert said.text("zh").startswith(("“", "金额“")) and said.text("en")


@pytest.mark.parametrize(
    ("cell", "fen"),
    [(1600, 160000), (1600.5, 160050), (1600.55, 160055), ("1,600", 160000),
     ("１６００元", 160000), ("¥450.50", 45050), ("-300", -30000), (0, 0)],
)  # fmt: skip
def test_setup_prices_that_pass(cell, fen):
    assert fen_of(cell) == fen
