"""The attendees table's listing (ids for a filter, rows per page) and the desk's look-ups."""

from __future__ import annotations

from huiwu_desk.services import attendees, desk, desk_lists, rooms
from huiwu_desk.services.listing import ListingFilter, listing_ids, listing_rows


def names(ev, wanted: ListingFilter) -> list[str]:  # type: ignore[no-untyped-def]
    ids = listing_ids(ev.uow, wanted)
    return [row.name for row in listing_rows(ev.uow, ids)]


def test_filters_by_status_fee_room_and_category(small_event) -> None:  # type: ignore[no-untyped-def]
    ev = small_event
    assert names(ev, ListingFilter()) == ["张三", "李四", "王五", "单雄信"]
    desk.check_in(ev.uow, ev.ctx, ev.codes["李四"])
    desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash")
    attendees.update_attendee(ev.uow, ev.ctx, ev.codes["单雄信"], {"needs_room": True})
    assert names(ev, ListingFilter(checked_in=True)) == ["李四"]
    assert names(ev, ListingFilter(checked_in=False)) == ["张三", "王五", "单雄信"]
    assert names(ev, ListingFilter(fee_due=True)) == ["李四", "单雄信"]
    assert names(ev, ListingFilter(room_needed=True)) == ["单雄信"]
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["单雄信"], "301")
    assert names(ev, ListingFilter(room_needed=True)) == []
    expert = ev.categories["expert"]
    assert names(ev, ListingFilter(category_id=expert)) == ["王五"]
    assert names(ev, ListingFilter(text="协和")) == ["张三", "单雄信"]
    assert names(ev, ListingFilter(text="ls")) == ["李四"]
    assert names(ev, ListingFilter(text="1111")) == ["王五", "单雄信"]


def test_rows_carry_checkin_fee_room_badges_and_keep_order(small_event) -> None:  # type: ignore[no-untyped-def]
    ev = small_event
    code = ev.codes["张三"]
    desk.check_in(ev.uow, ev.ctx, code)
    desk.record_payment(ev.uow, ev.ctx, code, 50000, "wechat")
    rooms.assign_room(ev.uow, ev.ctx, code, "301")
    desk.record_badge_print(ev.uow, ev.ctx, code)
    ids = listing_ids(ev.uow, ListingFilter(sort="name", descending=True))
    rows = listing_rows(ev.uow, list(reversed(ids)))
    assert [r.id for r in rows] == list(reversed(ids))
    row = next(r for r in rows if r.code == code)
    assert (row.checkin_desk, row.checkin_operator, row.paid_fen, row.fee_status) == (
        "A1",
        "李娜",
        50000,
        "partial",
    )
    assert (row.room, row.room_status, row.badge_prints, row.category) == (
        "301",
        "assigned",
        1,
        "代表",
    )
    paid_first = listing_ids(ev.uow, ListingFilter(sort="paid", descending=True))
    assert paid_first[0] == row.id


def test_lookup_code_single_match_several_and_none(small_event) -> None:  # type: ignore[no-untyped-def]
    ev = small_event
    found = desk_lists.lookup(ev.uow, ev.codes["王五"].lower())
    assert found.card is not None and found.card.person.name == "王五"
    single = desk_lists.lookup(ev.uow, "lisi")
    assert single.card is not None and single.card.person.name == "李四"
    several = desk_lists.lookup(ev.uow, "协和")
    assert several.card is None and [m.name for m in several.matches] == ["张三", "单雄信"]
    assert desk_lists.lookup(ev.uow, "nobody-here").matches == []
    assert sorted(c.name for c in desk_lists.categories(ev.uow)) == ["专家", "代表"]
