"""Pay before badge, and what one step leaves to the desk (issue 13, findings 3 and 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from huiwu_desk.domain.errors import BadgeNeedsPayment, SupervisorRequired
from huiwu_desk.services import attendees, card, print_setup, printing, setup


@pytest.fixture
def badge_printer(small_event, tmp_path: Path):
    printing.set_printer(small_event.uow, "badge", f"png://{tmp_path}/b.png")
    return small_event


def test_someone_who_owes_is_checked_in_but_the_badge_waits_for_the_fee(badge_printer):
    ev = badge_printer
    code = ev.codes["张三"]  # a delegate: ¥1,200 due
    checked = printing.check_in_with_badge(ev.uow, ev.ctx, code).result
    assert checked.value.code == code  # checked in
    assert checked.job_id is None and checked.held_fen == 120000  # no badge yet, and why
    assert card.attendee_card(ev.uow, code).badge_prints == 0
    paid = printing.pay_with_receipt(ev.uow, ev.ctx, code, 120000, "cash").result
    assert paid.badge_job is not None  # the fee paid: the badge goes to the printer now
    assert card.attendee_card(ev.uow, code).badge_prints == 1
    again = printing.pay_with_receipt(ev.uow, ev.ctx, code, 100, "cash").result
    assert again.badge_job is None  # printed once, not at every payment


def test_a_part_payment_keeps_the_badge_held(badge_printer):
    ev = badge_printer
    code = ev.codes["李四"]
    printing.check_in_with_badge(ev.uow, ev.ctx, code)
    paid = printing.pay_with_receipt(ev.uow, ev.ctx, code, 50000, "wechat").result
    assert paid.badge_job is None and paid.held_fen == 70000


def test_f5_for_someone_who_owes_needs_a_supervisor(badge_printer):
    ev = badge_printer
    code = ev.codes["张三"]
    with pytest.raises(BadgeNeedsPayment) as refused:
        print_setup.badge_at_desk(ev.uow, ev.ctx, code)
    assert (
        refused.value.text("zh") == "张三 尚欠 ¥1,200.00：缴费后才能打印证件（主管批准可先打印）。"
    )
    assert card.attendee_card(ev.uow, code).badge_prints == 0
    approved = print_setup.badge_at_desk(ev.uow, ev.sup, code).result
    assert approved.value == 1 and approved.job_id is not None
    # an exempt expert needs nobody's approval
    assert print_setup.badge_at_desk(ev.uow, ev.ctx, ev.codes["王五"]).result.value == 1


def test_the_rule_can_be_switched_off_for_a_category(badge_printer):
    ev = badge_printer
    setup.set_setting(ev.uow, ev.ctx, "desk.pay_before_badge.delegate", False)
    checked = printing.check_in_with_badge(ev.uow, ev.ctx, ev.codes["张三"]).result
    assert checked.job_id is not None and checked.held_fen == 0


def test_one_step_hands_out_to_someone_who_still_needs_a_room(small_event):
    ev = small_event
    code = ev.codes["王五"]  # an expert: nothing to pay
    attendees.update_attendee(ev.uow, ev.ctx, code, {"needs_room": True})
    before = card.attendee_card(ev.uow, code)
    assert before.room_status == "needed" and before.nothing_to_decide
    done = card.complete_check_in(ev.uow, ev.ctx, code).result
    assert set(done.handed_out) == {"会议手册", "纪念品"}
    assert done.room_needed  # what is left is said, not held back
    after = card.attendee_card(ev.uow, code)
    assert after.checkin is not None and not after.materials_owed


def test_a_supervisor_without_a_pin_is_still_asked_for(badge_printer):
    ev = badge_printer
    ctx = ev.store.context("李娜", supervisor=" ")
    with pytest.raises((BadgeNeedsPayment, SupervisorRequired)):
        print_setup.badge_at_desk(ev.uow, ctx, ev.codes["李四"])
