"""PINs: shape, salted scrypt hash in one string, constant-time check (pure domain)."""

from __future__ import annotations

import pytest

from huiwu_desk.domain.errors import BadPinShape
from huiwu_desk.domain.model import DeskContext
from huiwu_desk.domain.pins import check_pin_shape, hash_pin, verify_pin


def test_a_pin_hash_is_one_salted_string_that_checks_only_the_right_pin():
    first, second = hash_pin("1234"), hash_pin("1234")
    assert first.startswith("scrypt$") and first.count("$") == 5
    assert first.split("$")[4] != second.split("$")[4]  # a fresh salt every time
    assert verify_pin("1234", first) and verify_pin("1234", second)
    assert verify_pin(" １２３４ ", first)  # full-width digits from an input method, spaces
    for wrong in ("1235", "12345", "", "abcd", "123"):
        assert not verify_pin(wrong, first)


@pytest.mark.parametrize("bad", ["", "123", "123456789", "12a4", "12 34", "-1234", "一二三四"])
def test_a_pin_is_four_to_eight_digits(bad):
    with pytest.raises(BadPinShape) as refused:
        hash_pin(bad)
    assert refused.value.text("zh") == "PIN 必须是 4 到 8 位数字。"
    assert refused.value.text("en") == "A PIN must be 4 to 8 digits."


def test_pin_shapes_that_pass():
    assert check_pin_shape("0000") == "0000"
    assert check_pin_shape("１２３４５６７８") == "12345678"


@pytest.mark.parametrize(
    "stored",
    ["", "1234", "plain$1$2$3$aa$bb", "scrypt$x$8$1$aa$bb", "scrypt$16384$8$1$zz$bb",
     "scrypt$16384$8$1$00$00", "scrypt$99999999$8$1$0011$" + "00" * 32],
)  # fmt: skip
def test_a_malformed_hash_matches_nothing(stored):
    assert not verify_pin("1234", stored)


def test_the_typed_pin_never_shows_in_a_context():
    ctx = DeskContext("d", "A1", "李娜", "王芳", supervisor_pin="8642")
    assert "8642" not in repr(ctx) and "8642" not in str(ctx)
    assert ctx == DeskContext("d", "A1", "李娜", "王芳")
