"""PINs: shape, salted scrypt hash in one string, constant-time check, the lock (pure domain).

The shape tests hash with a small cost passed in (the production cost is ~0.7 s a hash; the
rule that it stays ≥ 0.5 s is measured by ``bench/pins.py``, not timed here)."""

from __future__ import annotations

import hashlib

import pytest

from huiwu_desk.domain.errors import BadPinShape
from huiwu_desk.domain.model import DeskContext
from huiwu_desk.domain.pins import (
    LOCK_MS,
    MAX_WRONG,
    SCRYPT,
    PinTries,
    ScryptCost,
    check_pin_shape,
    hash_pin,
    is_short,
    verify_pin,
)

CHEAP = ScryptCost(2**10, 8, 1)


def test_a_pin_hash_is_one_salted_string_that_checks_only_the_right_pin():
    first, second = hash_pin("1234", cost=CHEAP), hash_pin("1234", cost=CHEAP)
    assert first.startswith("scrypt$1024$8$1$") and first.count("$") == 5
    assert first.split("$")[4] != second.split("$")[4]  # a fresh salt every time
    assert verify_pin("1234", first) and verify_pin("1234", second)
    assert verify_pin(" １２３４ ", first)  # full-width digits from an input method, spaces
    for wrong in ("1235", "12345", "", "abcd", "123"):
        assert not verify_pin(wrong, first)


def test_the_hash_carries_the_new_cost_and_old_hashes_still_check(monkeypatch):
    from huiwu_desk.domain import pins

    monkeypatch.setattr(pins, "_COST", [SCRYPT])  # the suite's cheap PINs aside: the real cost
    made = hash_pin("20270410", supervisor=True)
    assert made.split("$")[1:4] == [str(SCRYPT.n), str(SCRYPT.r), str(SCRYPT.p)]
    assert SCRYPT.n * SCRYPT.r * 128 >= 128 * 2**20  # 128 MiB a guess
    assert verify_pin("20270410", made) and not verify_pin("20270411", made)
    # a hash of a 4-digit PIN made before (n=2**14, r=8, p=1) keeps checking
    salt = bytes(range(16))
    old = hashlib.scrypt(b"1234", salt=salt, n=2**14, r=8, p=1, dklen=32)
    stored = f"scrypt$16384$8$1${salt.hex()}${old.hex()}"
    assert verify_pin("1234", stored) and not verify_pin("4321", stored)


@pytest.mark.parametrize("bad", ["", "123", "1234567890123", "12a4", "12 34", "-1234", "一二三四"])
def test_an_operators_pin_is_four_to_twelve_digits(bad):
    with pytest.raises(BadPinShape) as refused:
        hash_pin(bad, cost=CHEAP)
    assert refused.value.text("zh") == "PIN 必须是 4 到 12 位数字。"
    assert refused.value.text("en") == "A PIN must be 4 to 12 digits."


@pytest.mark.parametrize("bad", ["1234", "12345", "１２３４５", "2468"])
def test_a_supervisors_pin_is_six_digits_or_more(bad):
    with pytest.raises(BadPinShape) as refused:
        hash_pin(bad, supervisor=True, cost=CHEAP)
    assert refused.value.text("zh") == "PIN 必须是 6 到 12 位数字。"
    assert refused.value.text("en") == "A PIN must be 6 to 12 digits."
    assert verify_pin("246802", hash_pin("246802", supervisor=True, cost=CHEAP))


def test_pin_shapes_that_pass():
    assert check_pin_shape("0000") == "0000"
    assert check_pin_shape("１２３４５６７８") == "12345678"
    assert check_pin_shape("123456789012", supervisor=True) == "123456789012"
    assert is_short("1234") and is_short(" 12345 ") and not is_short("123456")
    assert not is_short("")  # nothing typed is not a short PIN


@pytest.mark.parametrize(
    "stored",
    ["", "1234", "plain$1$2$3$aa$bb", "scrypt$x$8$1$aa$bb", "scrypt$16384$8$1$zz$bb",
     "scrypt$16384$8$1$00$00", "scrypt$99999999$8$1$0011$" + "00" * 32,
     "scrypt$1048576$32$16$0011$" + "00" * 32, "scrypt$1000$8$1$0011$" + "00" * 32],
)  # fmt: skip
def test_a_malformed_or_too_costly_hash_matches_nothing(stored):
    assert not verify_pin("1234", stored)


def test_the_typed_pin_never_shows_in_a_context():
    ctx = DeskContext("d", "A1", "李娜", "王芳", supervisor_pin="8642")
    assert "8642" not in repr(ctx) and "8642" not in str(ctx)
    assert ctx == DeskContext("d", "A1", "李娜", "王芳")


def test_five_wrong_pins_lock_for_five_minutes_then_start_afresh():
    now = 1_800_000_000_000
    tries = PinTries()
    for _ in range(MAX_WRONG - 1):
        tries = tries.after_wrong(now)
        assert not tries.locked(now)
    tries = tries.after_wrong(now)
    assert MAX_WRONG == 5 and LOCK_MS == 300_000
    assert tries.locked(now) and tries.locked(now + LOCK_MS - 1) and not tries.locked(now + LOCK_MS)
    assert tries.wrong == 0  # after the lock: five more tries
    assert not tries.after_right().locked(now)
    assert PinTries.decode(tries.encode()) == tries


def test_a_lock_never_outlasts_five_minutes_from_now():
    far = PinTries(locked_until_ms=10**15)  # set by a clock in 2031, or a damaged value
    assert not far.locked(1_800_000_000_000)
    for junk in (None, "", "[]", "{", '{"wrong": "x"}', '{"until": -5}'):
        assert not PinTries.decode(junk).locked(1_800_000_000_000)
