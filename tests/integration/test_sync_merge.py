"""A merge applied incrementally leaves the same tables and conflicts as a full rebuild."""

from __future__ import annotations

import time

import pytest
import sqlalchemy.exc
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


def test_a_payment_for_a_person_not_here_yet_is_kept_until_the_person_arrives(desks, tmp_path):
    from huiwu_desk.services import attendees

    a, b, c = desks
    attendees.register_walk_in(a.uow, a.context(), {"name": "欧阳修远", "phone": "13912345678"})
    walk_in = _code(a, "欧阳修远")
    exchange(a, b, tmp_path)
    desk.record_payment(b.uow, b.context(), walk_in, 80000, "cash")
    # b's own ops only, as a relay that thought c already had a's walk-in
    only_b = own_ops_bundle(b, tmp_path / "only-b.hwsync")

    report = import_bundles(c, [only_b], sync_key(c, None), after_merge=conflicts.refresh)

    # the money is not refused nor lost because its person is still on the way
    assert report.as_json()["new_total"] == 2
    assert queries.stats(c.uow).paid_total_fen == 80000
    assert not list(queries.search(c.uow, "欧阳修远"))
    import_bundles(c, [_bundle(a, tmp_path)], sync_key(c, None), after_merge=conflicts.refresh)
    assert _code(c, "欧阳修远") == walk_in
    assert queries.stats(c.uow).paid_total_fen == 80000
    assert _dump(c) == _rebuilt(c)
    for table in ("attendees", "payments"):
        assert _dump(c)[table] == _dump(b)[table]
    # the desk's own work checks references again: a payment for nobody is refused
    with c.uow.writing(), pytest.raises(sqlalchemy.exc.IntegrityError):
        c.uow.conn.exec_driver_sql(
            "INSERT INTO payments (id, attendee_id, fee_item_id, amount_fen, method, receipt_no,"
            " hlc, at_ms, desk_id, desk_code, operator) VALUES"
            " ('x', 'nobody', 'nothing', 1, 'cash', 'R', 'h', 0, 'd', 'C', 'o')"
        )


def _three_records_of_one_person(a, b, c, tmp_path):
    from huiwu_desk.services import attendees

    fields = {"name": "司马光远", "phone": "13700007777"}
    x = attendees.register_walk_in(a.uow, a.context(), fields).result
    y = attendees.register_walk_in(b.uow, b.context(), fields).result
    z = attendees.register_walk_in(c.uow, c.context(), fields).result
    desk.check_in(a.uow, a.context(), x)  # checked in as the first and the last record
    desk.check_in(c.uow, c.context(), z)
    for one in (a, b, c):
        for other in (a, b, c):
            if one is not other:
                exchange(one, other, tmp_path)
    return x, y, z


@pytest.mark.parametrize("arrival", ["b_first", "c_first"])
def test_merges_of_merges_at_two_desks_count_the_person_once(desks, tmp_path, arrival):
    a, b, c = desks
    x, y, z = _three_records_of_one_person(a, b, c, tmp_path)
    before = queries.stats(a.uow)
    conflicts.merge_people(b.uow, b.context(), y, x)  # b: x is y
    conflicts.merge_people(c.uow, c.context(), z, y)  # c, not knowing: y is z
    order = (b, c) if arrival == "b_first" else (c, b)
    for store in order:
        exchange(store, a, tmp_path)

    st = queries.stats(a.uow)
    assert st.attendees == before.attendees - 2  # one person of three records
    assert st.checked_in == before.checked_in - 1  # x's check-in is z's: one person
    assert [p.code for p in queries.search(a.uow, "司马光远")] == [z]
    assert _dump(a) == _rebuilt(a)


def test_two_desks_merging_a_pair_opposite_ways_keep_one_person(desks, tmp_path):
    a, b, c = desks
    x, y, _z = _three_records_of_one_person(a, b, c, tmp_path)
    before = queries.stats(a.uow).attendees
    conflicts.merge_people(b.uow, b.context(), x, y)  # b keeps x
    conflicts.merge_people(c.uow, c.context(), y, x)  # c keeps y, a moment later
    exchange(c, a, tmp_path)
    exchange(b, a, tmp_path)  # the first merge arrives last: it stands

    assert [p.code for p in queries.search(a.uow, "司马光远")].count(x) == 1
    assert queries.stats(a.uow).attendees == before - 1  # never both records hidden
    assert _dump(a) == _rebuilt(a)
