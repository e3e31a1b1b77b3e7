"""Pure domain rules: money, names, HLC, op hashing, receipt numbers, capacity."""

from __future__ import annotations

from datetime import date

import pytest

from huiwu_desk.domain.errors import AlreadyCheckedIn, InvalidAmount, RoomFull
from huiwu_desk.domain.fee_errors import MalformedAmount
from huiwu_desk.domain.hlc import Hlc
from huiwu_desk.domain.model import Room
from huiwu_desk.domain.money import format_yuan, parse_yuan
from huiwu_desk.domain.names import (
    clean_name,
    name_pinyin,
    normalize_phone,
    phone_last4,
    valid_id_number,
)
from huiwu_desk.domain.ops import Op
from huiwu_desk.domain.rules import check_capacity, nights_between, receipt_number


def test_money_is_integer_fen_and_never_rounded():
    assert parse_yuan("1200") == 120000
    assert parse_yuan("¥1,200.50") == 120050
    with pytest.raises(MalformedAmount):
        parse_yuan("0.005")  # a sub-fen amount is refused, not rounded
    assert format_yuan(120050) == "1,200.50"


@pytest.mark.parametrize("bad", ["0", "0.00"])
def test_payment_amount_must_be_positive(bad):
    with pytest.raises(InvalidAmount):
        parse_yuan(bad)


def test_names_lose_alignment_spaces_and_get_pinyin():
    assert clean_name("张  三") == "张三"
    assert clean_name("Ｌｉ  Ｌｅｉ") == "Li Lei"
    assert name_pinyin("张三") == ("zhangsan", "zs")
    # polyphonic surnames read as surnames
    assert name_pinyin("单雄信")[0] == "shanxiongxin"
    assert name_pinyin("曾国藩")[0] == "zengguofan"
    assert name_pinyin("解缙")[0].startswith("xie")
    assert name_pinyin("欧阳娜娜")[1] == "oynn"
    assert name_pinyin("李长江")[0] == "lichangjiang"  # a given name read as a word


@pytest.mark.parametrize(
    "raw",
    [
        "+86 138-0013-8000",
        "138 0013 8000",
        "１３８００１３８０００",
        13800138000,
        13800138000.0,
        "0086-13800138000",
    ],
)
def test_phones_become_eleven_digits(raw):
    assert normalize_phone(raw) == "13800138000"


def test_foreign_phone_stays_readable():
    assert normalize_phone("+1 650-253-0000") == "+1-650-253-0000"
    assert phone_last4("+1-650-253-0000") == "0000"


def test_id_number_checksum():
    assert valid_id_number("11010519491231002X")
    assert not valid_id_number("110105194912310021")
    assert not valid_id_number("1.10105E+17")


def test_hlc_never_runs_backwards():
    h = Hlc(1000, 0)
    assert h.tick(900) == Hlc(1000, 1)  # the laptop clock went back: counter moves on
    assert h.tick(2000) == Hlc(2000, 0)
    merged = Hlc(1000, 5).receive(Hlc(5000, 2), 1200)
    assert merged == Hlc(5000, 3)
    assert Hlc.decode(Hlc(123, 4).encode()) == Hlc(123, 4)
    assert Hlc(999, 9).encode() < Hlc(1000, 0).encode()  # text order is time order


def test_op_hash_covers_payload_and_chain():
    op = Op("d", 1, Hlc(1, 0).encode(), "checkin", "e", "李娜", {"attendee_id": "x"})
    signed = Op(
        **{**{k: getattr(op, k) for k in op.__dataclass_fields__}, "op_hash": op.compute_hash()}
    )
    assert signed.verified()
    tampered = Op(
        **{
            **{k: getattr(signed, k) for k in op.__dataclass_fields__},
            "payload": {"attendee_id": "y"},
        }
    )
    assert not tampered.verified()


def test_receipt_numbers_are_per_desk():
    assert receipt_number("A1", 123) == "A1-000123"
    assert receipt_number("B2", 1) != receipt_number("A1", 1)


def test_capacity_refuses_a_full_night():
    room = Room("r", "h", "301", "twin", 2)
    nights = nights_between(date(2026, 11, 27), date(2026, 11, 29))
    check_capacity(room, {nights[0]: 1}, nights)
    with pytest.raises(RoomFull) as err:
        check_capacity(room, {nights[1]: 2}, nights)
    assert "301" in err.value.text("zh") and "2026-11-28" in err.value.text("zh")


def test_errors_speak_chinese_and_english():
    err = AlreadyCheckedIn(time="10:40", desk="A1", operator="王芳")
    assert err.text("zh") == "已于 10:40 在 A1 台由 王芳 报到。"
    assert "Already checked in" in err.text("en")
