"""Supervisor approval with a PIN: refunds and voids, setting and changing PINs, sync, rebuild."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from huiwu_desk.adapters.db import tables as t
from huiwu_desk.adapters.db.projector import rebuild
from huiwu_desk.domain import errors
from huiwu_desk.domain.model import Role
from huiwu_desk.services import desk, operators, queries
from tests.conftest import SmallEvent
from tests.integration.sync_helpers import exchange, fp, full_exchange, make_desks
from tests.integration.test_event_file import _dump

PIN = "86420975"  # distinctive: it must not turn up anywhere in the file


def _op_count(ev: SmallEvent) -> int:
    with ev.store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(t.ops)).scalar() or 0)


def _pin_hash(store, name: str) -> str:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        return str(
            conn.execute(select(t.operators.c.pin_hash).where(t.operators.c.name == name)).scalar()
        )


def _with_pin(ev: SmallEvent) -> SmallEvent:
    operators.set_pin(ev.uow, ev.ctx, "王芳", PIN)  # the event's first PIN: no approval yet
    return ev


def _paid(ev: SmallEvent) -> str:
    return str(desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash").result)


def test_wrong_or_missing_pin_is_refused_and_nothing_is_written(small_event):
    ev = _with_pin(small_event)
    receipt = _paid(ev)
    before, ops = _dump(ev.store.engine), _op_count(ev)
    attempts = {
        errors.WrongPin: replace(ev.sup, supervisor_pin="111111"),
        errors.PinRequired: ev.sup,  # 王芳 named, no PIN typed
        errors.NotASupervisor: replace(ev.sup, supervisor="李娜", supervisor_pin=PIN),
        errors.UnknownOperator: replace(ev.sup, supervisor="无名氏", supervisor_pin=PIN),
        errors.SupervisorRequired: ev.ctx,
    }
    for error, ctx in attempts.items():
        with pytest.raises(error) as refused:
            desk.refund_payment(ev.uow, ctx, receipt, reason="重复收费")
        assert refused.value.text("zh").endswith("。")
        with pytest.raises(error):
            desk.void_payment(ev.uow, ctx, receipt, "录错")
    with pytest.raises(errors.WrongPin) as wrong:
        desk.refund_payment(ev.uow, replace(ev.sup, supervisor_pin="111111"), receipt)
    assert wrong.value.text("zh") == "王芳 的 PIN 不正确，本次操作未保存。"
    assert _dump(ev.store.engine) == before and _op_count(ev) == ops


def test_right_pin_records_the_refund_with_the_name_and_no_pin_anywhere(small_event):
    ev = _with_pin(small_event)
    receipt = _paid(ev)
    approved = replace(ev.sup, supervisor_pin=PIN)
    refund_no = desk.refund_payment(ev.uow, approved, receipt, 20000, "学生价").result
    desk.check_in(ev.uow, ev.ctx, ev.codes["李四"])
    desk.void_check_in(ev.uow, approved, ev.codes["李四"], "扫错人")
    with ev.store.engine.connect() as conn:
        rows = conn.execute(select(t.ops)).mappings().all()
        refund = conn.execute(select(t.refunds)).mappings().one()
    assert refund["receipt_no"] == refund_no and refund["supervisor"] == "王芳"
    approved_ops = [r for r in rows if r["kind"] in ("payment.refund", "checkin.void")]
    assert [(r["supervisor"], r["operator"]) for r in approved_ops] == [("王芳", "李娜")] * 2
    assert not any(PIN in str(value) for row in rows for value in row.values())
    ev.store.close()
    for part in ev.store.path.parent.glob(ev.store.path.name + "*"):
        if part.is_file():
            assert PIN.encode() not in part.read_bytes(), part


def test_a_supervisor_without_a_pin_cannot_approve_once_pins_are_in_force(small_event):
    ev = small_event
    receipt = _paid(ev)
    # no supervisor has a PIN yet (a new event, an older file): the name approves, as before
    operators.add_operator(ev.uow, ev.ctx, "赵敏", Role.SUPERVISOR)
    _with_pin(ev)
    with pytest.raises(errors.PinNotSet) as refused:
        desk.refund_payment(ev.uow, replace(ev.sup, supervisor="赵敏"), receipt)
    assert "尚未设置 PIN" in refused.value.text("zh")
    # 赵敏's first PIN now needs another supervisor's approval
    with pytest.raises(errors.SupervisorRequired):
        operators.set_pin(ev.uow, ev.ctx, "赵敏", "555505")
    with pytest.raises(errors.WrongPin):
        operators.set_pin(ev.uow, replace(ev.sup, supervisor_pin="0000"), "赵敏", "555505")
    operators.set_pin(ev.uow, replace(ev.sup, supervisor_pin=PIN), "赵敏", "555505")
    zhao = replace(ev.sup, supervisor="赵敏", supervisor_pin="555505")
    assert desk.refund_payment(ev.uow, zhao, receipt).result.startswith("A1-")


def test_changing_a_pin_needs_the_old_pin_or_another_supervisor(small_event):
    ev = _with_pin(small_event)
    with pytest.raises(errors.PinChangeNeedsApproval):
        operators.set_pin(ev.uow, ev.ctx, "王芳", "246802")
    with pytest.raises(errors.PinChangeNeedsApproval):  # not by approving herself
        operators.set_pin(ev.uow, replace(ev.sup, supervisor_pin=PIN), "王芳", "246802")
    with pytest.raises(errors.WrongPin):
        operators.set_pin(ev.uow, ev.ctx, "王芳", "246802", old_pin="0000")
    with pytest.raises(errors.BadPinShape):
        operators.set_pin(ev.uow, ev.ctx, "王芳", "24", old_pin=PIN)
    operators.set_pin(ev.uow, ev.ctx, "王芳", "246802", old_pin=PIN)
    # another supervisor (added with a supervisor's approval) may reset it without the old PIN
    with pytest.raises(errors.PinRequired):
        operators.add_operator(ev.uow, ev.sup, "赵敏", Role.SUPERVISOR, pin="555505")
    operators.add_operator(
        ev.uow, replace(ev.sup, supervisor_pin="246802"), "赵敏", Role.SUPERVISOR, pin="555505"
    )
    zhao = replace(ev.sup, supervisor="赵敏", supervisor_pin="555505")
    operators.set_pin(ev.uow, zhao, "王芳", "135702")
    receipt = _paid(ev)
    with pytest.raises(errors.WrongPin):
        desk.refund_payment(ev.uow, replace(ev.sup, supervisor_pin="246802"), receipt)
    desk.refund_payment(ev.uow, replace(ev.sup, supervisor_pin="135702"), receipt)
    # an operator gets a PIN too; names stay unique
    operators.add_operator(ev.uow, ev.ctx, "张伟", Role.OPERATOR, pin="9999")
    with pytest.raises(errors.OperatorExists):
        operators.add_operator(ev.uow, ev.ctx, " 张伟 ", Role.OPERATOR)
    with pytest.raises(errors.MissingName):
        operators.add_operator(ev.uow, ev.ctx, "  ", Role.OPERATOR)
    found = {m.name: m for m in operators.team(ev.uow).members}
    assert found["张伟"].has_pin and found["王芳"].has_pin and not found["李娜"].has_pin
    assert operators.team(ev.uow).pins_in_force
    assert operators.team(ev.uow).supervisors == ["王芳", "赵敏"]


def test_the_approved_wrapper_checks_the_pin_in_the_use_case(small_event):
    ev = _with_pin(small_event)
    receipt = _paid(ev)
    with pytest.raises(errors.WrongPin):
        operators.approved(desk.refund_payment, "王芳", "111111")(ev.uow, ev.ctx, receipt)
    refund = operators.approved(desk.refund_payment, "王芳", PIN)(ev.uow, ev.ctx, receipt)
    assert refund.payments and str(refund.result).startswith("A1-")


def test_a_pin_change_syncs_to_every_desk_and_the_later_change_wins(tmp_path):
    a, b, c = make_desks(tmp_path, 3)
    try:
        operators.set_pin(a.uow, a.context(), "王芳", PIN)
        full_exchange([a, b, c], tmp_path)
        assert _pin_hash(a, "王芳") == _pin_hash(b, "王芳") == _pin_hash(c, "王芳") != ""
        code = next(x.code for x in queries.search(b.uow, "张三"))
        receipt = desk.record_payment(b.uow, b.context(), code, 100, "cash").result
        with pytest.raises(errors.WrongPin):
            desk.refund_payment(
                b.uow, b.context(supervisor="王芳", supervisor_pin="111111"), receipt
            )
        desk.refund_payment(b.uow, b.context(supervisor="王芳", supervisor_pin=PIN), receipt)
        # two desks change the PIN offline: after the exchange every desk has the later one
        operators.set_pin(b.uow, b.context(), "王芳", "111111", old_pin=PIN)
        operators.set_pin(c.uow, c.context(), "王芳", "222222", old_pin=PIN)
        exchange(c, a, tmp_path)
        exchange(b, a, tmp_path)
        full_exchange([a, b, c], tmp_path)
        assert fp(a) == fp(b) == fp(c)
        assert _pin_hash(a, "王芳") == _pin_hash(b, "王芳") == _pin_hash(c, "王芳")
        again = desk.record_payment(a.uow, a.context(), code, 100, "cash").result
        with pytest.raises(errors.WrongPin):  # B's change came first: C's PIN is the one
            desk.void_payment(
                a.uow, a.context(supervisor="王芳", supervisor_pin="111111"), again, "录错"
            )
        desk.void_payment(
            a.uow, a.context(supervisor="王芳", supervisor_pin="222222"), again, "录错"
        )
    finally:
        for store in (a, b, c):
            store.close()


def test_projection_rebuilt_with_pin_ops_is_identical(small_event):
    ev = _with_pin(small_event)
    operators.set_pin(ev.uow, ev.ctx, "王芳", "246802", old_pin=PIN)
    operators.add_operator(
        ev.uow, replace(ev.sup, supervisor_pin="246802"), "赵敏", Role.SUPERVISOR, pin="555505"
    )
    operators.set_pin(ev.uow, ev.ctx, "赵敏", "666606", old_pin="555505")
    receipt = _paid(ev)
    desk.refund_payment(ev.uow, replace(ev.sup, supervisor_pin="246802"), receipt, 100)
    before = _dump(ev.store.engine)
    assert {r[1]: r[4] != "" for r in before["operators"]} == {
        "王芳": True,
        "李娜": False,
        "赵敏": True,
    }
    with ev.store.engine.begin() as conn:
        rebuild(conn)
    assert _dump(ev.store.engine) == before
