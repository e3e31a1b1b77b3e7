"""A merge applied incrementally leaves the same tables and conflicts as a full rebuild."""

from __future__ import annotations

import time

from sqlalchemy import select

from huiwu_desk.adapters.db import tables as t
from huiwu_desk.adapters.db.projector import rebuild
from huiwu_desk.adapters.sync_engine import export_bundle, import_bundles, sync_key
from huiwu_desk.services import conflicts, desk, queries
from tests.integration.sync_helpers import exchange, own_ops_bundle


def _code(store, name):
    return next(a.code for a in queries.search(store.uow, name))


def _dump(store) -> dict[str, list[tuple]]:
    with store.engine.connect() as conn:
        return {
            name: [
                tuple(r)
                for r in conn.execute(
                    select(t.metadata.tables[name]).order_by(
                        *t.metadata.tables[name].primary_key.columns
                    )
                )
            ]
            for name in t.PROJECTION_TABLES
        }


def _rebuilt(store) -> dict[str, list[tuple]]:
    with store.uow.writing():
        rebuild(store.uow.conn)
        conflicts.refresh(store.uow)
    return _dump(store)


def _bundle(store, folder):
    path = folder / f"{store.desk_code}.hwsync"
    path.unlink(missing_ok=True)
    export_bundle(store, path, sync_key(store, None))
    return path


def test_merged_payments_meet_an_older_local_one_without_a_rebuild(desks, tmp_path):
    a, b, c = desks
    for other in (b, c):
        exchange(other, a, tmp_path)  # a knows the desks; what follows is newer than a's ops
    zhang, li = _code(a, "张三"), _code(a, "李四")
    desk.record_payment(a.uow, a.context(), zhang, 120000, "cash")
    time.sleep(0.005)  # the merged ops sort after the local payment
    desk.record_payment(b.uow, b.context(), zhang, 120000, "wechat")
    desk.record_payment(c.uow, c.context(), zhang, 120000, "alipay")
    desk.check_in(b.uow, b.context(), li)
    desk.record_payment(c.uow, c.context(), li, 50000, "cash")

    report = import_bundles(
        a,
        [_bundle(b, tmp_path), _bundle(c, tmp_path)],
        sync_key(a, None),
        after_merge=conflicts.refresh,
    )

    assert not report.rebuilt and sum(report.new.values()) == 4
    [found] = conflicts.open_conflicts(a.uow)
    assert found.kind == "double_payment" and found.attendee_code == zhang
    assert [p["receipt_no"] for p in found.detail["payments"]] == [
        "A1-000001",
        *sorted(["B1-000001", "B2-000001"], key=lambda r: _order(a, r)),
    ]
    assert _dump(a) == _rebuilt(a)


def test_late_ops_go_on_top_and_match_a_replay(desks, tmp_path):
    a, b, _ = desks
    zhang = _code(a, "张三")
    desk.record_payment(b.uow, b.context(), zhang, 120000, "wechat")
    time.sleep(0.005)
    desk.record_payment(a.uow, a.context(), zhang, 120000, "cash")  # newer than b's
    report = import_bundles(
        a, [_bundle(b, tmp_path)], sync_key(a, None), after_merge=conflicts.refresh
    )
    assert not report.rebuilt  # b's older payment went on top: no replay of the whole log
    assert [c.kind for c in conflicts.open_conflicts(a.uow)] == ["double_payment"]
    assert _dump(a) == _rebuilt(a)


def test_a_late_op_whose_effect_depends_on_order_is_replayed(desks, tmp_path):
    a, b, _ = desks
    zhang = _code(a, "张三")
    desk.check_in(a.uow, a.context(), zhang)
    exchange(a, b, tmp_path)
    exchange(b, a, tmp_path)
    desk.void_check_in(a.uow, a.context(supervisor="王芳"), zhang, "扫错了人")
    time.sleep(0.005)
    desk.void_check_in(b.uow, b.context(supervisor="王芳"), zhang, "重复报到")  # the later
    # at b, a's older void meets a row b voided already: which reason stays, only order says
    report = import_bundles(
        b, [_bundle(a, tmp_path)], sync_key(b, None), after_merge=conflicts.refresh
    )
    assert report.rebuilt
    report = import_bundles(
        a, [_bundle(b, tmp_path)], sync_key(a, None), after_merge=conflicts.refresh
    )
    assert not report.rebuilt  # at a, b's void is the newer: it simply comes last
    for store in (a, b):
        with store.engine.connect() as conn:
            reasons = conn.execute(select(t.checkins.c.void_reason)).scalars().all()
        assert reasons == ["重复报到"], store.desk_code
        assert _dump(store) == _rebuilt(store)


def _order(store, receipt):
    with store.engine.connect() as conn:
        p = t.payments.c
        row = conn.execute(select(p.hlc, p.desk_id, p.id).where(p.receipt_no == receipt)).one()
    return tuple(row)


def test_an_op_that_arrives_before_its_row_takes_effect_when_the_row_arrives(desks, tmp_path):
    a, b, c = desks
    zhang = _code(a, "张三")
    receipt = desk.record_payment(b.uow, b.context(), zhang, 120000, "wechat").result
    exchange(b, c, tmp_path)
    desk.refund_payment(c.uow, c.context(supervisor="王芳"), receipt, 120000, "退款")
    # c's own ops only, as a relay that thought a already had b's: the refund, not the payment
    only_c = own_ops_bundle(c, tmp_path / "only-c.hwsync")
    import_bundles(a, [only_c], sync_key(a, None), after_merge=conflicts.refresh)
    assert queries.stats(a.uow).paid_total_fen == 0  # nothing to refund here yet
    report = import_bundles(
        a, [_bundle(b, tmp_path)], sync_key(a, None), after_merge=conflicts.refresh
    )
    assert report.rebuilt  # the waiting refund is applied now that its payment is here
    with a.engine.connect() as conn:
        refunded = conn.execute(select(t.payments.c.refunded_fen)).scalars().all()
    assert refunded == [120000]
    assert _dump(a) == _rebuilt(a)
