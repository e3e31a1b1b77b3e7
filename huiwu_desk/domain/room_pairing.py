"""排房建议: pairing everyone still without a bed, as a proposal (pure, no I/O).

The rules, in the order they bind:
1. One bed per person per night; never more sleepers in a room on a night than it has beds;
   a night the hotel does not give is never slept; 机动 (spare) rooms are kept back.
2. A shared room holds one gender. A person whose gender is not known is not paired with
   anyone (they get a room alone when they ask for one, else they wait for the desk).
3. Roommate requests are honoured both ways: two people who name each other (or one names
   the other, who named nobody else) share; a request for someone already in a room fills
   that room's free bed when the nights fit.
4. Singles: people who asked (and paid) for a room alone, and, as an event setting, people
   staying one night only: these are placed after everyone else, alone in a room that is
   left over, else sharing (a paid single waits for the desk instead).
5. Colleagues of one unit (then one department) share when the option is on.
6. With the option on, senior guests, women and older guests are placed first, so a short
   block leaves the others waiting, not them.

Fast by construction: empty rooms are popped from pools, half-filled rooms are kept per
gender and unit, so 5,000 people take well under a second.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

ONE_NIGHT_SINGLE = "rooms.one_night_single"  # event setting: a one-night stay sleeps alone
SHARED_TYPES = frozenset({"twin"})  # strangers share twin rooms, never a king bed
ALONE_FIRST = ("single", "king", "suite")  # where a single is put before a twin


@dataclass(frozen=True, slots=True)
class Guest:
    id: str
    code: str
    name: str
    gender: str  # "M", "F" or "" (not given)
    nights: tuple[date, ...]  # the nights still without a bed
    unit: str = ""
    department: str = ""
    single: bool = False  # asked (and pays) for a room alone
    roommate: str = ""  # attendee id of the person asked for ("" none or not found)
    roommate_room: str = ""  # the room the person asked for already sleeps in
    home_room: str = ""  # the room this guest already sleeps in on other nights
    rank: int = 0  # higher first when seniors come first (VIP, senior title, age)
    female: bool = False


@dataclass(slots=True)
class BlockRoom:
    id: str
    number: str
    hotel: str
    type: str
    beds: int
    floor: str = ""
    spare: bool = False
    open_nights: frozenset[date] | None = None  # None: every night of the event
    taken: dict[date, int] = field(default_factory=dict)  # sleepers per night
    genders: set[str] = field(default_factory=set)  # of everyone in the room, any night
    alone: bool = False  # a single is in it: nobody joins

    def is_empty(self) -> bool:
        return not any(self.taken.values())

    def fits(self, nights: Iterable[date], need: int = 1) -> bool:
        for night in nights:
            if self.open_nights is not None and night not in self.open_nights:
                return False
            if self.taken.get(night, 0) + need > self.beds:
                return False
        return True

    def take(self, nights: Iterable[date], gender: str) -> None:
        for night in nights:
            self.taken[night] = self.taken.get(night, 0) + 1
        self.genders.add(gender)


@dataclass(frozen=True, slots=True)
class PairingRules:
    singles_for_one_night: bool = True  # an event setting
    colleagues_together: bool = True
    seniors_first: bool = True
    mixed_allowed: bool = False  # a supervisor's override: requests across genders
    use_spare: bool = False


@dataclass(frozen=True, slots=True)
class Placement:
    guest_id: str
    code: str
    name: str
    room_id: str
    number: str
    hotel: str
    nights: tuple[date, ...]
    why: str  # a reason key of WHY


@dataclass(frozen=True, slots=True)
class Left:
    guest_id: str
    code: str
    name: str
    reason: str  # a reason key of WHY


@dataclass(frozen=True, slots=True)
class Proposal:
    placements: tuple[Placement, ...]
    left: tuple[Left, ...]


WHY: dict[str, tuple[str, str]] = {
    "request": ("按同住要求", "roommate request"),
    "colleague": ("同单位同住", "colleagues share"),
    "shared": ("同性别拼房", "shared, same gender"),
    "single": ("单住", "room alone"),
    "one_night": ("只住一晚，单住", "one night: room alone"),
    "own_room": ("续住原房间", "stays on in the same room"),
    "no_bed": ("没有合适的空床", "no free bed fits"),
    "no_gender": ("性别未填，不能自动拼房", "gender not given: cannot share automatically"),
    "no_nights": ("没有需要排的晚", "no nights to place"),
}


def why_text(key: str, lang: str = "zh") -> str:
    zh, en = WHY.get(key, (key, key))
    return zh if lang.lower().startswith("zh") else en


class _Block:
    def __init__(self, rooms: Sequence[BlockRoom], rules: PairingRules) -> None:
        self.rooms = {r.id: r for r in rooms}
        usable = [r for r in rooms if rules.use_spare or not r.spare]
        order = sorted(usable, key=lambda r: (r.hotel, r.floor, number_key(r.number)))
        empty = [r for r in order if r.is_empty()]
        self.twins = deque(r for r in empty if r.type in SHARED_TYPES and r.beds >= 2)
        self.smalls = deque(r for r in empty if r.type not in SHARED_TYPES or r.beds < 2)
        # half-filled shared rooms by gender, then by unit (colleagues first)
        self.half: dict[str, list[BlockRoom]] = {}
        self.half_unit: dict[tuple[str, str], list[BlockRoom]] = {}
        self.unit_of: dict[str, str] = {}  # room id → the unit of who opened it
        for r in order:
            if r.is_empty() or r.type not in SHARED_TYPES or len(r.genders) != 1:
                continue
            (gender,) = r.genders
            if gender:
                self.half.setdefault(gender, []).append(r)

    def pop_empty(
        self, pools: Sequence[deque[BlockRoom]], nights: Sequence[date]
    ) -> BlockRoom | None:
        for pool in pools:
            skipped: list[BlockRoom] = []
            found = None
            while pool:
                room = pool.popleft()
                if not room.is_empty():
                    continue  # filled meanwhile (a request, a colleague): no longer empty
                if room.fits(nights):
                    found = room
                    break
                skipped.append(room)
                if len(skipped) > 64:
                    break  # rooms closed those nights: do not scan the whole block
            pool.extendleft(reversed(skipped))
            if found is not None:
                return found
        return None

    def share(self, guest: Guest, unit_key: str) -> BlockRoom | None:
        """A half-filled room of the guest's gender with a bed on every night of the stay."""
        candidates: list[list[BlockRoom]] = []
        if unit_key:
            candidates.append(self.half_unit.get((guest.gender, unit_key), []))
        candidates.append(self.half.get(guest.gender, []))
        for rooms in candidates:
            i = 0
            while i < len(rooms) and i < 200:
                room = rooms[i]
                if room.alone or room.genders != {guest.gender} or _full(room):
                    rooms.pop(i)
                    continue
                if room.fits(guest.nights):
                    return room
                i += 1
        return None

    def opened(self, room: BlockRoom, gender: str, unit_key: str) -> None:
        """A shared room with a bed left becomes a place for the next of that gender."""
        if room.alone or room.type not in SHARED_TYPES or _full(room):
            return
        self.half.setdefault(gender, []).append(room)
        if unit_key:
            self.half_unit.setdefault((gender, unit_key), []).append(room)
            self.unit_of.setdefault(room.id, unit_key)


def _full(room: BlockRoom) -> bool:
    if not room.taken:
        return False
    nights = room.open_nights if room.open_nights is not None else room.taken.keys()
    return all(room.taken.get(n, 0) >= room.beds for n in nights)


def number_key(number: str) -> tuple[int, str]:
    """Room numbers (and floors) in the order people read them: 302 before 1201."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return (int(digits) if digits else 0, number)


def propose(
    guests: Sequence[Guest], rooms: Sequence[BlockRoom], rules: PairingRules = PairingRules()
) -> Proposal:
    """Who goes where; ``rooms`` carry who already sleeps in them (they are not changed)."""
    block = _Block([_copy(r) for r in rooms], rules)
    placements: list[Placement] = []
    left: list[Left] = []
    placed: set[str] = set()
    by_id = {g.id: g for g in guests}
    later: list[Guest] = []

    def put(guest: Guest, room: BlockRoom, why: str) -> None:
        room.take(guest.nights, guest.gender)
        placed.add(guest.id)
        placements.append(
            Placement(
                guest.id,
                guest.code,
                guest.name,
                room.id,
                room.number,
                room.hotel,
                guest.nights,
                why,
            )
        )

    def leave(guest: Guest, reason: str) -> None:
        placed.add(guest.id)
        left.append(Left(guest.id, guest.code, guest.name, reason))

    for unit in _units(guests, by_id, rules):
        if all(g.id in placed for g in unit):
            continue
        unit = [g for g in unit if g.id not in placed]
        if len(unit) == 2:
            a, b = unit
            nights = sorted(set(a.nights) | set(b.nights))
            room = _pair_room(block, a, b, nights)
            if room is not None:
                put(a, room, "request")
                put(b, room, "request")
                block.opened(room, a.gender, _unit_key(a, rules))
                continue
        for guest in unit:
            if _alone_by_setting(guest, rules) and guest.home_room not in block.rooms:
                later.append(guest)  # a room alone only from what the others leave
                continue
            _place_one(block, guest, rules, put, leave)
    for i, guest in enumerate(later):
        # alone while the empty rooms last for all still to come, else sharing
        spare_rooms = len(block.twins) + len(block.smalls) >= len(later) - i
        _place_one(block, guest, rules if spare_rooms else _sharing(rules), put, leave)
    return Proposal(tuple(placements), tuple(left))


def _sharing(rules: PairingRules) -> PairingRules:
    return PairingRules(
        False, rules.colleagues_together, rules.seniors_first, rules.mixed_allowed, rules.use_spare
    )


def _alone_by_setting(guest: Guest, rules: PairingRules) -> bool:
    return rules.singles_for_one_night and len(guest.nights) == 1 and not guest.single


def _place_one(
    block: _Block,
    guest: Guest,
    rules: PairingRules,
    put: Callable[[Guest, BlockRoom, str], None],
    leave: Callable[[Guest, str], None],
) -> None:
    if not guest.nights:
        leave(guest, "no_nights")
        return
    home = block.rooms.get(guest.home_room)
    if home is not None and home.fits(guest.nights) and home.genders <= {guest.gender}:
        put(guest, home, "own_room")
        block.opened(home, guest.gender, _unit_key(guest, rules))
        return
    one_night = rules.singles_for_one_night and len(guest.nights) == 1
    if guest.single or one_night:
        room = block.pop_empty((block.smalls, block.twins), guest.nights)
        if room is not None:
            room.alone = True
            put(guest, room, "single" if guest.single else "one_night")
            for night in guest.nights:  # the room is theirs on these nights
                room.taken[night] = room.beds
            return
        if guest.single:
            leave(guest, "no_bed")  # they paid for a room alone: the desk decides
            return
        # one night alone is the organizer's kindness, not a need: share when rooms run out
    if not guest.gender:
        leave(guest, "no_gender")
        return
    wanted = block.rooms.get(guest.roommate_room)
    if (
        wanted is not None
        and not wanted.alone
        and wanted.fits(guest.nights)
        and (wanted.genders <= {guest.gender} or rules.mixed_allowed)
    ):
        put(guest, wanted, "request")
        return
    unit_key = _unit_key(guest, rules)
    room = block.share(guest, unit_key)
    if room is not None:
        colleague = unit_key and block.unit_of.get(room.id) == unit_key
        put(guest, room, "colleague" if colleague else "shared")
        return
    room = block.pop_empty((block.twins,), guest.nights)
    if room is None:
        leave(guest, "no_bed")
        return
    put(guest, room, "shared")
    block.opened(room, guest.gender, unit_key)


def _pair_room(block: _Block, a: Guest, b: Guest, nights: Sequence[date]) -> BlockRoom | None:
    """An empty room for two who asked for each other (a twin; a king for a couple)."""
    need = [(n, (n in a.nights) + (n in b.nights)) for n in nights]
    pools = (block.twins,) if a.gender == b.gender else (block.smalls, block.twins)
    for pool in pools:
        for i, room in enumerate(pool):
            if i > 64:
                break
            if not room.is_empty() or room.beds < 2:
                continue
            if all(room.fits((n,), k) for n, k in need):
                del pool[i]
                return room
    return None


def _unit_key(guest: Guest, rules: PairingRules) -> str:
    if not rules.colleagues_together or not guest.unit:
        return ""
    return guest.unit


def _units(
    guests: Sequence[Guest], by_id: dict[str, Guest], rules: PairingRules
) -> list[list[Guest]]:
    """Pairs by request (both ways) and everyone else alone, in the order they are placed."""
    paired: set[str] = set()
    units: list[list[Guest]] = []
    for g in guests:
        if g.id in paired or not g.roommate or g.single:
            continue
        other = by_id.get(g.roommate)
        if other is None or other.id == g.id or other.id in paired or other.single:
            continue
        if other.roommate and other.roommate != g.id:
            continue  # they asked for someone else: theirs first
        if not (g.gender and g.gender == other.gender) and not rules.mixed_allowed:
            continue
        paired.update((g.id, other.id))
        units.append([g, other])
    units += [[g] for g in guests if g.id not in paired]

    def key(unit: list[Guest]) -> tuple[object, ...]:
        first = unit[0]
        senior = (-max(g.rank for g in unit), not any(g.female for g in unit))
        pair = 0 if len(unit) == 2 else 1
        colleagues = (
            (first.gender, first.unit, first.department) if rules.colleagues_together else ("",)
        )
        return (*(senior if rules.seniors_first else ()), pair, *colleagues, first.code)

    # seniors first; then pairs; then colleagues side by side (consecutive fills pair them)
    units.sort(key=key)
    return units


def _copy(room: BlockRoom) -> BlockRoom:
    return BlockRoom(
        room.id,
        room.number,
        room.hotel,
        room.type,
        room.beds,
        room.floor,
        room.spare,
        room.open_nights,
        dict(room.taken),
        set(room.genders),
        room.alone,
    )


SENIOR_CATEGORY_WORDS = ("vip", "领导", "嘉宾", "专家", "特邀", "讲者", "院士", "主席")
SENIOR_TITLE_WORDS = ("院士", "院长", "主任医师", "主任护师", "主任药师", "教授", "研究员", "正高")


def seniority(category: str, title: str, id_number: str, today: date) -> int:
    """Who is placed first when seniors come first: a VIP or expert category, a senior title,
    60 years or older (read from the 身份证号)."""
    rank = 0
    if any(word in category.lower() for word in SENIOR_CATEGORY_WORDS):
        rank += 2
    if any(word in title for word in SENIOR_TITLE_WORDS):
        rank += 1
    age = age_from_id(id_number, today)
    if age is not None and age >= 60:
        rank += 1
    return rank


def age_from_id(id_number: str, today: date) -> int | None:
    """Age from an 18-digit 身份证号 (birth date in digits 7–14); None when it has none."""
    text = id_number.strip()
    if len(text) != 18 or not text[6:14].isdigit():
        return None
    try:
        born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        return None
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years if 0 <= years < 130 else None
