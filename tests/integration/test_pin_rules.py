"""PINs that cannot be guessed at the desk (issue 17, "PINs"): a supervisor's PIN is 6 digits
or more, a shorter one from before approves once at each desk and must then be changed;
5 wrong PINs in a row lock that person for 5 minutes at that desk, saying until when — with
the desk's clock handed in, not slept through. What one guess costs: bench/pins.py."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest

from huiwu_desk.cli.main import main
from huiwu_desk.domain import errors
from huiwu_desk.domain.model import Role
from huiwu_desk.domain.pin_errors import PinLocked, PinMustChange, until_text
from huiwu_desk.services import desk, operators, queries
from tests.conftest import SmallEvent
from tests.integration.fees_helpers import PIN, build_fee_event, counts
from tests.integration.sync_helpers import exchange, make_desks

NOW = 1_900_000_000_000  # the desk's wall clock in ms, as the test sets it


def _clocked(ev: SmallEvent) -> list[int]:
    now = [NOW]
    ev.store.uow.clock = lambda: now[0]
    return now


def _paid(ev: SmallEvent, name: str = "张三") -> str:
    return str(desk.record_payment(ev.uow, ev.ctx, ev.codes[name], 1200, "cash").result)


def test_five_wrong_pins_lock_that_supervisor_for_five_minutes(tmp_path: Path) -> None:
    ev = build_fee_event(tmp_path / "lock.huiwu")
    now = _clocked(ev)
    receipt = _paid(ev)
    wrong = replace(ev.sup, supervisor_pin="000000")
    for _ in range(4):
        with pytest.raises(errors.WrongPin):
            desk.refund_payment(ev.uow, wrong, receipt)
    before = counts(ev)
    with pytest.raises(PinLocked) as locked:  # the fifth says so at once
        desk.refund_payment(ev.uow, wrong, receipt)
    until = until_text(NOW + 5 * 60 * 1000)
    assert locked.value.text("zh") == (
        f"王芳 的 PIN 已连续输错 5 次，在本报到台锁定到 {until}，请到时再试。"
    )
    assert until in locked.value.text("en")
    now[0] += 4 * 60 * 1000  # four minutes on: even the right PIN waits, nothing is written
    for act in (
        lambda: desk.refund_payment(ev.uow, ev.sup, receipt),
        lambda: desk.void_payment(ev.uow, ev.sup, receipt, "录错"),
        lambda: operators.sign_in(ev.uow, "王芳", PIN),
        lambda: operators.set_pin(ev.uow, ev.ctx, "王芳", "135702", old_pin=PIN),
    ):
        with pytest.raises(PinLocked):
            act()
    assert counts(ev) == before
    now[0] += 60 * 1000  # five minutes: the right PIN approves, and the count starts afresh
    assert desk.refund_payment(ev.uow, ev.sup, receipt, 100).payments
    for _ in range(4):
        with pytest.raises(errors.WrongPin):
            desk.refund_payment(ev.uow, wrong, receipt, 100)
    desk.refund_payment(ev.uow, ev.sup, receipt, 100)  # a right one between: no lock
    with pytest.raises(errors.WrongPin):
        desk.refund_payment(ev.uow, wrong, receipt, 100)


def test_wrong_pins_at_sign_in_count_too(tmp_path: Path) -> None:
    ev = build_fee_event(tmp_path / "sign.huiwu")
    _clocked(ev)
    for _ in range(4):
        with pytest.raises(errors.WrongPin):
            operators.sign_in(ev.uow, "王芳", "999999")
    with pytest.raises(PinLocked):
        operators.sign_in(ev.uow, "王芳", "888888")
    with pytest.raises(PinLocked):
        desk.refund_payment(ev.uow, ev.sup, _paid(ev))


def test_the_lock_is_this_desks_own(tmp_path: Path) -> None:
    a, b = make_desks(tmp_path, 2)
    try:
        operators.set_pin(a.uow, a.context(), "王芳", PIN)
        exchange(a, b, tmp_path)
        code = queries.search(b.uow, "张三")[0].code
        receipt = str(desk.record_payment(b.uow, b.context(), code, 100, "cash").result)
        exchange(b, a, tmp_path)
        wrong = a.context(supervisor="王芳", supervisor_pin="000000")
        for _ in range(4):
            with pytest.raises(errors.WrongPin):
                desk.void_payment(a.uow, wrong, receipt, "录错")
        with pytest.raises(PinLocked):
            desk.void_payment(a.uow, wrong, receipt, "录错")
        exchange(a, b, tmp_path)  # nothing of the lock travels: B approves at once
        right = b.context(supervisor="王芳", supervisor_pin=PIN)
        assert desk.void_payment(b.uow, right, receipt, "录错").payments
    finally:
        a.close()
        b.close()


def test_a_short_pin_from_before_approves_once_then_must_change(tmp_path: Path) -> None:
    ev = build_fee_event(tmp_path / "short.huiwu")
    _old_short_pin(ev, "2468")
    receipt = _paid(ev)
    done = operators.approved(desk.refund_payment, "王芳", "2468")(ev.uow, ev.ctx, receipt, 100)
    assert done.payments and done.pin_change == "王芳"  # the window asks for a new PIN now
    with pytest.raises(PinMustChange) as refused:
        operators.approved(desk.refund_payment, "王芳", "2468")(ev.uow, ev.ctx, receipt, 100)
    assert refused.value.text("zh") == (
        "主管 王芳 的 PIN 不足 6 位，已在本报到台用过最后一次；请先改为 6 位以上的 PIN"
        "（窗口：设置 → 操作员与语言 → 设置或修改 PIN），本次操作未保存。"
    )
    with pytest.raises(errors.BadPinShape):  # the new one must be 6 digits or more
        operators.set_pin(ev.uow, ev.ctx, "王芳", "13579", old_pin="2468")
    operators.set_pin(ev.uow, ev.ctx, "王芳", "135790", old_pin="2468")  # the old one changes it
    again = operators.approved(desk.refund_payment, "王芳", "135790")(ev.uow, ev.ctx, receipt, 100)
    assert again.payments and again.pin_change == ""


def test_a_supervisor_gets_six_digits_an_operator_four(small_event) -> None:
    ev = small_event
    with pytest.raises(errors.BadPinShape) as refused:
        operators.set_pin(ev.uow, ev.ctx, "王芳", "12345")
    assert refused.value.text("zh") == "PIN 必须是 6 到 12 位数字。"
    with pytest.raises(errors.BadPinShape):
        operators.add_operator(ev.uow, ev.ctx, "赵敏", Role.SUPERVISOR, pin="1234")
    operators.set_pin(ev.uow, ev.ctx, "王芳", "123456")
    operators.add_operator(ev.uow, ev.ctx, "张伟", Role.OPERATOR, pin="1234")  # an operator: 4
    assert operators.sign_in(ev.uow, "张伟", "1234").has_pin


def _old_short_pin(ev: SmallEvent, pin: str) -> None:
    """王芳's PIN as a desk from before set it: 4 digits, hashed with the old cost."""
    salt = bytes(range(16))
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    person = ev.uow
    with person.writing():
        wang = person.catalog.operator("王芳")
        assert wang is not None
        person.log.append(
            ev.ctx, "operator.set_pin", wang.id,
            {"pin_hash": f"scrypt$16384$8$1${salt.hex()}${digest.hex()}"},
        )  # fmt: skip


def _cli(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_locks_and_says_how_to_change_a_short_pin(tmp_path, capsys) -> None:
    ev = build_fee_event(tmp_path / "cli.huiwu")
    _old_short_pin(ev, "2468")
    receipt = _paid(ev)
    ev.store.close()
    f = str(tmp_path / "cli.huiwu")
    refund = ("refund", f, receipt, "--supervisor", "王芳", "--amount", "1")
    code, out, err = _cli(capsys, *refund, "--pin", "2468", "--json")
    assert code == 0 and json.loads(out)["supervisor"] == "王芳", err
    assert err == (
        "主管 王芳 的 PIN 不足 6 位：这次仍然有效，下次使用前必须改为 6 位以上"
        "（窗口：设置 → 操作员与语言 → 设置或修改 PIN）。 (The PIN of supervisor 王芳 is shorter "
        "than 6 digits: it worked this once; change it to 6 digits or more before its next use "
        "(in the window: Settings → Operators and language → Set or change PIN).)\n"
    )
    code, _, err = _cli(capsys, *refund, "--pin", "2468")
    assert code == 1 and "用过最后一次" in err and err.count("\n") == 1
    # five wrong PINs, each its own command: the sixth is refused before any checking
    said = [_cli(capsys, *refund, "--pin", f"00000{i}")[2] for i in range(5)]
    assert all("PIN 不正确" in s for s in said[:4]) and "连续输错 5 次" in said[4]
    code, _, err = _cli(capsys, *refund, "--pin", "2468")
    assert code == 1 and "锁定到" in err
