"""排房建议, pure: the rules a reception team checks on the proposal it is shown."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from huiwu_desk.domain.room_pairing import (
    BlockRoom,
    Guest,
    PairingRules,
    Proposal,
    age_from_id,
    propose,
    seniority,
)

N = [date(2026, 12, 2) + timedelta(days=i) for i in range(4)]


def twin(number: str, **kw) -> BlockRoom:  # type: ignore[no-untyped-def]
    return BlockRoom(f"r{number}", number, "会议中心酒店", "twin", 2, **kw)


def king(number: str) -> BlockRoom:
    return BlockRoom(f"r{number}", number, "会议中心酒店", "king", 1)


def guest(code: str, gender: str = "M", nights=N[:3], **kw) -> Guest:  # type: ignore[no-untyped-def]
    return Guest(f"g{code}", code, f"客{code}", gender, tuple(nights), **kw)


def rooms_of(p: Proposal) -> dict[str, str]:
    return {x.code: x.number for x in p.placements}


def test_shared_rooms_hold_one_gender():
    p = propose([guest("1", "M"), guest("2", "F"), guest("3", "M"), guest("4", "F")],
                [twin("301"), twin("302"), twin("303")])  # fmt: skip
    got = rooms_of(p)
    assert got["1"] == got["3"] and got["2"] == got["4"] and got["1"] != got["2"]


def test_roommate_requests_are_honoured_both_ways():
    people = [
        guest("1", unit="甲医院"),
        guest("2", unit="乙医院", roommate="g4"),
        guest("3", unit="甲医院"),
        guest("4", unit="丙医院"),  # named by 2, named nobody: they share
    ]
    got = rooms_of(propose(people, [twin("301"), twin("302")]))
    assert got["2"] == got["4"] and got["1"] == got["3"]


def test_a_request_for_someone_already_in_a_room_fills_that_bed():
    placed = twin("301", taken={n: 1 for n in N[:3]}, genders={"M"})
    people = [guest("1", roommate="gX", roommate_room="r301"), guest("2")]
    got = rooms_of(propose(people, [placed, twin("302")]))
    assert got["1"] == "301" and got["2"] == "302"


def test_colleagues_share_when_asked():
    people = [
        guest("1", unit="甲"),
        guest("2", unit="乙"),
        guest("3", unit="甲"),
        guest("4", unit="乙"),
    ]
    rooms = [twin("301"), twin("302")]
    together = rooms_of(propose(people, rooms, PairingRules(seniors_first=False)))
    assert together["1"] == together["3"] and together["2"] == together["4"]
    apart = rooms_of(
        propose(people, rooms, PairingRules(colleagues_together=False, seniors_first=False))
    )
    assert apart["1"] == apart["2"]  # code order only


def test_singles_sleep_alone_and_take_a_king_first():
    people = [guest("1", single=True), guest("2"), guest("3")]
    p = propose(people, [twin("301"), king("501")])
    got = rooms_of(p)
    assert got["1"] == "501" and got["2"] == got["3"] == "301"


def test_a_one_night_stay_sleeps_alone_only_when_the_event_says_so():
    people = [guest("1", nights=N[:1]), guest("2", nights=N[:1])]
    alone = rooms_of(propose(people, [twin("301"), twin("302")]))
    assert alone["1"] != alone["2"]
    shared = rooms_of(
        propose(people, [twin("301"), twin("302")], PairingRules(singles_for_one_night=False))
    )
    assert shared["1"] == shared["2"]


def test_one_night_guests_share_rather_than_wait_when_rooms_run_short():
    people = [guest("1"), guest("2"), guest("3", nights=N[:1]), guest("4", nights=N[:1])]
    p = propose(people, [twin("301"), twin("302")])
    got = rooms_of(p)
    assert p.left == () and got["3"] == got["4"] != got["1"]


def test_spare_rooms_are_kept_back_unless_asked():
    people = [guest("1"), guest("2"), guest("3")]
    rooms = [twin("301"), twin("888", spare=True)]
    p = propose(people, rooms)
    assert "888" not in rooms_of(p).values()
    assert [(x.code, x.reason) for x in p.left] == [("3", "no_bed")]
    assert "888" in rooms_of(propose(people, rooms, PairingRules(use_spare=True))).values()


def test_seniors_women_and_older_guests_first_when_beds_are_short():
    people = [guest("1", rank=0), guest("2", rank=0), guest("3", rank=2), guest("4", rank=1)]
    p = propose(people, [twin("301")])
    assert set(rooms_of(p)) == {"3", "4"}
    plain = propose(people, [twin("301")], PairingRules(seniors_first=False))
    assert set(rooms_of(plain)) == {"1", "2"}


def test_unknown_gender_is_not_paired_with_anyone():
    p = propose([guest("1", ""), guest("2")], [twin("301"), twin("302")])
    assert [(x.code, x.reason) for x in p.left] == [("1", "no_gender")]


def test_nights_the_hotel_does_not_give_are_never_slept():
    closed = twin("301", open_nights=frozenset(N[:2]))
    p = propose([guest("1", nights=N[:3])], [closed, twin("302")])
    assert rooms_of(p) == {"1": "302"}


def test_seniority_reads_category_title_and_age():
    today = date(2026, 12, 2)
    assert age_from_id("110101195501011234", today) == 71
    assert age_from_id("not an id", today) is None
    assert seniority("特邀专家", "主任医师", "110101195501011234", today) == 4
    assert seniority("代表", "住院医师", "110101199001011234", today) == 0


# --- the invariants, on any block and any crowd ------------------------------------------
room_st = st.builds(
    lambda i, kind, beds, spare, closed, taken: BlockRoom(
        f"r{i}",
        str(300 + i),
        "H",
        kind,
        beds,
        spare=spare,
        open_nights=frozenset(N) - {N[closed]} if closed is not None else None,
        taken={N[0]: 1} if taken and closed != 0 else {},
        genders={"F"} if taken and closed != 0 else set(),
    ),
    st.integers(0, 10_000),
    st.sampled_from(["twin", "king", "single", "suite"]),
    st.integers(1, 3),
    st.booleans(),
    st.one_of(st.none(), st.integers(0, 3)),
    st.booleans(),
)
guest_st = st.builds(
    lambda i, gender, start, length, single, mate, rank: Guest(
        f"g{i}",
        f"{i:04d}",
        f"客{i}",
        gender,
        tuple(N[start : start + length]) or (N[start],),
        single=single,
        roommate=f"g{mate}" if mate is not None else "",
        rank=rank,
    ),
    st.integers(0, 10_000),
    st.sampled_from(["M", "F", ""]),
    st.integers(0, 3),
    st.integers(1, 4),
    st.booleans(),
    st.one_of(st.none(), st.integers(0, 10_000)),
    st.integers(0, 3),
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(room_st, max_size=12, unique_by=lambda r: r.id),
    st.lists(guest_st, max_size=25, unique_by=lambda g: g.id),
    st.booleans(),
    st.booleans(),
)
def test_never_a_bed_twice_never_two_beds_never_mixed(rooms, guests, mixed, spare):
    rules = PairingRules(mixed_allowed=mixed, use_spare=spare)
    p = propose(guests, rooms, rules)
    by_room = {r.id: r for r in rooms}
    assert {x.guest_id for x in p.placements} | {x.guest_id for x in p.left} == {
        g.id for g in guests
    }
    beds: Counter[tuple[str, date]] = Counter()
    nights_of: dict[str, list[date]] = defaultdict(list)
    genders: dict[str, set[str]] = defaultdict(set)
    for x in p.placements:
        room = by_room[x.room_id]
        assert spare or not room.spare
        for n in x.nights:
            assert room.open_nights is None or n in room.open_nights
            beds[(x.room_id, n)] += 1
        nights_of[x.guest_id] += list(x.nights)
        genders[x.room_id].add(next(g.gender for g in guests if g.id == x.guest_id))
    for (room_id, n), count in beds.items():
        assert count + by_room[room_id].taken.get(n, 0) <= by_room[room_id].beds
    for nights in nights_of.values():
        assert len(nights) == len(set(nights))  # one bed per night
    if not mixed:
        for room_id, gs in genders.items():
            sharers = gs | by_room[room_id].genders
            sleepers = sum(1 for x in p.placements if x.room_id == room_id)
            if sleepers + bool(by_room[room_id].taken) > 1:
                assert len(sharers) == 1 and "" not in sharers
