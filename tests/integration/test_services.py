"""Use cases on a real event file: the rules a desk relies on."""

from __future__ import annotations

import pytest

from huiwu_desk.domain import errors
from huiwu_desk.services import attendees, desk, queries, rooms


def test_second_check_in_is_refused_with_who_when_where(small_event):
    ev = small_event
    code = ev.codes["张三"]
    desk.check_in(ev.uow, ev.ctx, code)
    with pytest.raises(errors.AlreadyCheckedIn) as refused:
        desk.check_in(ev.uow, ev.store.context("王芳"), code)
    text = refused.value.text("zh")
    assert "A1" in text and "李娜" in text and text.startswith("已于 ")
    assert queries.stats(ev.uow).checked_in == 1


def test_unknown_code_changes_nothing(small_event):
    ev = small_event
    before = _op_count(ev)
    with pytest.raises(errors.UnknownCode):
        desk.check_in(ev.uow, ev.ctx, "NOPE")
    assert _op_count(ev) == before


def test_payments_get_consecutive_receipts_and_refunds_need_a_supervisor(small_event):
    ev = small_event
    r1 = desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash").result
    r2 = desk.record_payment(ev.uow, ev.ctx, ev.codes["李四"], 60000, "wechat").result
    assert (r1, r2) == ("A1-000001", "A1-000002")
    assert queries.stats(ev.uow).paid_total_fen == 180000
    with pytest.raises(errors.SupervisorRequired):
        desk.refund_payment(ev.uow, ev.ctx, r2)
    refund = desk.refund_payment(ev.uow, ev.sup, r2, 10000, "少收学生价").result
    assert refund == "A1-000003"
    with pytest.raises(errors.RefundTooLarge):
        desk.refund_payment(ev.uow, ev.sup, r2, 60000)
    st = queries.stats(ev.uow)
    assert st.paid_total_fen == 170000 and st.payments == 2


@pytest.mark.parametrize("amount", [0, -100])
def test_zero_or_negative_payment_is_refused(small_event, amount):
    with pytest.raises(errors.InvalidAmount):
        desk.record_payment(
            small_event.uow, small_event.ctx, small_event.codes["张三"], amount, "cash"
        )
    assert queries.stats(small_event.uow).payments == 0


def test_void_keeps_the_payment_in_history(small_event):
    ev = small_event
    receipt = desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 120000, "card").result
    desk.void_payment(ev.uow, ev.sup, receipt, "刷错卡")
    with ev.uow.reading():
        payment = ev.uow.payments.by_receipt(receipt)
    assert payment is not None and payment.voided and payment.balance_fen == 0
    with pytest.raises(errors.PaymentAlreadyCancelled):
        desk.void_payment(ev.uow, ev.sup, receipt, "again")


def test_handout_gives_entitlements_once_and_checks_stock(small_event):
    ev = small_event
    assert desk.hand_out(ev.uow, ev.ctx, ev.codes["张三"]).result == ["资料袋", "会议手册"]
    with pytest.raises(errors.NothingToHandOut):
        desk.hand_out(ev.uow, ev.ctx, ev.codes["张三"])
    desk.hand_out(ev.uow, ev.ctx, ev.codes["李四"])
    # the bag stock was 2: the third delegate is refused and gets nothing at all
    with pytest.raises(errors.OutOfStock):
        desk.hand_out(ev.uow, ev.ctx, ev.codes["单雄信"])
    with ev.uow.reading():
        assert (
            ev.uow.materials.received(
                ev.store.uow.attendees.by_code(ev.codes["单雄信"]).id, ev.materials["book"]
            )
            == 0
        )
    desk.return_material(ev.uow, ev.ctx, ev.codes["李四"], "资料袋")
    assert desk.hand_out(ev.uow, ev.ctx, ev.codes["单雄信"]).result == ["资料袋", "会议手册"]


def test_room_capacity_is_checked_per_night(small_event):
    ev = small_event
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["张三"], "302")
    with pytest.raises(errors.RoomFull):
        rooms.assign_room(ev.uow, ev.ctx, ev.codes["李四"], "302")
    with pytest.raises(errors.AlreadyInRoom):
        rooms.assign_room(ev.uow, ev.ctx, ev.codes["张三"], "301")
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["李四"], "301")
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["单雄信"], "301")
    with pytest.raises(errors.RoomFull):
        rooms.assign_room(ev.uow, ev.ctx, ev.codes["王五"], "301")
    st = queries.stats(ev.uow)
    assert (st.rooms_used, st.beds_free) == (2, 0)
    rooms.release_room(ev.uow, ev.ctx, ev.codes["李四"])
    rooms.assign_room(ev.uow, ev.sup, ev.codes["王五"], "301")  # she shares with him: approved
    by_number = {r.number: r for r in queries.room_list(ev.uow)}
    assert [name for _, name in by_number["301"].occupants] == ["单雄信", "王五"]


def test_badge_versions_and_reprint_reason(small_event):
    ev = small_event
    code = ev.codes["王五"]
    assert desk.record_badge_print(ev.uow, ev.ctx, code).result == 1
    with pytest.raises(errors.InvalidField):
        desk.record_badge_print(ev.uow, ev.ctx, code)
    assert desk.record_badge_print(ev.uow, ev.ctx, code, "证件丢失").result == 2


def test_walk_in_gets_a_desk_scoped_code_and_duplicates_are_found(small_event):
    ev = small_event
    dupes = attendees.find_duplicates(ev.uow, {"name": "张三丰", "phone": "138 0013 8000"})
    assert [d.name for d in dupes] == ["张三"]
    code = attendees.register_walk_in(
        ev.uow, ev.ctx, {"name": "赵  六", "phone": "13655556666"}
    ).result
    assert code.startswith("A1")
    found = queries.search(ev.uow, "赵六")
    assert found[0].code == code
    with pytest.raises(errors.MissingName):
        attendees.register_walk_in(ev.uow, ev.ctx, {"name": "  "})


def test_field_edits_are_recorded_and_searchable(small_event):
    ev = small_event
    attendees.update_attendee(
        ev.uow, ev.ctx, ev.codes["张三"], {"phone": "13011112222", "title": "主任医师"}
    )
    assert queries.search(ev.uow, "2222")[0].name == "张三"
    assert queries.search(ev.uow, "8000") == []
    attendees.update_attendee(ev.uow, ev.ctx, ev.codes["张三"], {"name": "张叁"})
    assert [a.name for a in queries.search(ev.uow, "叁")] == ["张叁"]
    assert (
        queries.search(ev.uow, "张三") == []
        and queries.search(ev.uow, "zhangsan")[0].name == "张叁"
    )


def test_search_ranks_code_name_pinyin_initials_phone_unit(small_event):
    ev = small_event
    s = lambda q: [a.name for a in queries.search(ev.uow, q)]  # noqa: E731
    assert s(ev.codes["李四"])[0] == "李四"
    assert s("张三") == ["张三"]
    assert s("zhangsan") == ["张三"]
    assert s("zs") == ["张三"]
    assert s("shanxiongxin") == ["单雄信"]
    assert s("sxx") == ["单雄信"]
    assert s("shanxx") == ["单雄信"]  # full surname, then initials
    assert s("5678") == ["李四"]
    assert s("13912345678") == ["李四"]
    assert sorted(s("协和")) == ["单雄信", "张三"]
    assert s("雄信") == ["单雄信"]  # part of a name
    assert s("三") == ["张三"]
    assert len(s("")) == 4


def _op_count(ev) -> int:
    from sqlalchemy import func, select

    from huiwu_desk.adapters.db import tables as t

    with ev.store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(t.ops)).scalar()
