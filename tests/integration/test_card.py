"""The attendee card, one-step completion, desk counters and room suggestions."""

from __future__ import annotations

from datetime import date

import pytest

from huiwu_desk.domain import errors
from huiwu_desk.services import attendees, card, desk, print_queue, printing, rooms
from huiwu_desk.services.rooms import suggest


def test_card_shows_fee_materials_room_and_badge_status(small_event):
    ev = small_event
    code = ev.codes["张三"]
    c = card.attendee_card(ev.uow, code.lower())
    assert (c.person.name, c.category_name, c.fee_status, c.fee_left_fen) == (
        "张三",
        "代表",
        "due",
        120000,
    )
    assert [m.name for m in c.materials_owed] == ["资料袋", "会议手册"]
    assert c.checkin is None and c.room_status == "not_needed" and c.badge_prints == 0
    desk.check_in(ev.uow, ev.ctx, code)
    desk.record_payment(ev.uow, ev.ctx, code, 50000, "cash")
    assert card.attendee_card(ev.uow, code).fee_status == "partial"
    desk.record_payment(ev.uow, ev.ctx, code, 70000, "wechat")
    desk.hand_out(ev.uow, ev.ctx, code)
    rooms.assign_room(ev.uow, ev.ctx, code, "301")
    desk.record_badge_print(ev.uow, ev.ctx, code)
    c = card.attendee_card(ev.uow, code)
    assert c.checkin is not None and c.checkin.operator == "李娜" and c.checkin.desk_code == "A1"
    assert c.fee_status == "paid" and c.materials_owed == ()
    assert c.room is not None and c.room.number == "301" and c.room_status == "assigned"
    assert c.badge_prints == 1
    assert card.attendee_card(ev.uow, ev.codes["王五"]).fee_status == "exempt"


def test_one_step_checks_in_and_hands_out_together(small_event):
    ev = small_event
    code = ev.codes["王五"]  # expert: exempt, no room question
    assert card.attendee_card(ev.uow, code).nothing_to_decide
    result = card.complete_check_in(ev.uow, ev.ctx, code).result
    assert result.checkin.name == "王五" and result.handed_out == ("会议手册", "纪念品")
    c = card.attendee_card(ev.uow, code)
    assert c.checkin is not None and c.materials_owed == ()


def test_one_step_is_all_or_nothing(small_event):
    ev = small_event
    desk.hand_out(ev.uow, ev.ctx, ev.codes["张三"])
    desk.hand_out(ev.uow, ev.ctx, ev.codes["李四"])  # the last two bags are gone
    with pytest.raises(errors.OutOfStock):
        card.complete_check_in(ev.uow, ev.ctx, ev.codes["单雄信"])
    assert card.attendee_card(ev.uow, ev.codes["单雄信"]).checkin is None


def test_counters_by_category_money_today_and_beds_tonight(small_event):
    ev = small_event
    desk.check_in(ev.uow, ev.ctx, ev.codes["张三"])
    desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash")
    receipt = desk.record_payment(ev.uow, ev.ctx, ev.codes["李四"], 60000, "wechat").result
    desk.refund_payment(ev.uow, ev.sup, receipt, 10000)
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["王五"], "302")
    counters = card.desk_counters(ev.uow, night=date(2026, 11, 27))
    assert (counters.total, counters.checked_in) == (4, 1)
    assert ("代表", "#1f6feb", 1, 3) in counters.by_category
    assert counters.money_today_fen == {"cash": 120000, "wechat": 50000}
    assert (counters.rooms_used, counters.beds_free) == (1, 2)


def test_room_suggestions_respect_gender_roommate_and_single(small_event):
    ev = small_event
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["张三"], "301")  # a man in the twin
    # a woman is never put with him
    for_woman = suggest.suggest_rooms(ev.uow, ev.codes["王五"])
    assert "301" not in [s.number for s in for_woman]
    # a man who asked for 张三 is offered that bed first
    attendees.update_attendee(ev.uow, ev.ctx, ev.codes["李四"], {"roommate_request": "张三"})
    best = suggest.suggest_rooms(ev.uow, ev.codes["李四"])[0]
    assert best.number == "301" and best.roommates == ("张三",)
    # someone who asked for a single room gets an empty one
    attendees.update_attendee(ev.uow, ev.ctx, ev.codes["单雄信"], {"room_pref": "single"})
    single = suggest.suggest_rooms(ev.uow, ev.codes["单雄信"])
    assert single and all(not s.roommates for s in single) and single[0].number == "302"


def test_one_step_queues_the_first_badge_in_the_same_transaction(small_event, tmp_path):
    ev = small_event
    code = ev.codes["王五"]
    printing.set_printer(ev.uow, "badge", f"escpos-file://{tmp_path}/badge.bin")
    changes = card.complete_check_in(ev.uow, ev.ctx, code)
    [job] = print_queue.list_jobs(ev.uow)
    assert changes.result.badge_job == job.id and changes.badges
    assert job.kind == "badge" and job.status == "queued"
    assert card.attendee_card(ev.uow, code).badge_prints == 1

    # out of stock: neither the check-in nor its badge is recorded
    desk.hand_out(ev.uow, ev.ctx, ev.codes["张三"])
    desk.hand_out(ev.uow, ev.ctx, ev.codes["李四"])
    with pytest.raises(errors.OutOfStock):
        card.complete_check_in(ev.uow, ev.ctx, ev.codes["单雄信"])
    assert len(print_queue.list_jobs(ev.uow)) == 1
    assert card.attendee_card(ev.uow, ev.codes["单雄信"]).badge_prints == 0


def test_one_step_without_a_badge_printer_queues_nothing(small_event):
    ev = small_event
    result = card.complete_check_in(ev.uow, ev.ctx, ev.codes["王五"]).result
    assert result.badge_job is None and print_queue.list_jobs(ev.uow) == []
