"""A realistic synthetic event for training, screenshots and benchmarks.

Deterministic for a given seed. All of it is written through the normal use cases, inside one
unit of work, so a demo event has the same op log as a real one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..domain.model import DeskContext, PaymentMethod, Role, RoomType
from ..domain.names import id_check_char
from ..domain.setup_model import (
    CategorySetup,
    EventSetup,
    FeeItemSetup,
    FeeSetup,
    MaterialSetup,
    PointSetup,
    RoomSetup,
    Setup,
)
from . import attendees as attendee_service
from . import desk as desk_service
from . import operators, setup_plan
from .ports import UnitOfWork


@dataclass(frozen=True)
class DemoCategory:
    key: str
    name: str
    color: str
    fee_yuan: int
    share: float
    materials: tuple[str, ...]


CATEGORIES = (
    DemoCategory(
        "delegate", "代表", "#1f6feb", 1200, 0.68, ("资料袋", "会议手册", "笔记本和笔", "餐券")
    ),
    DemoCategory(
        "student", "学生", "#2da44e", 600, 0.10, ("资料袋", "会议手册", "笔记本和笔", "餐券")
    ),
    DemoCategory("expert", "专家", "#cf222e", 0, 0.09, ("资料袋", "会议手册", "餐券", "纪念品")),
    DemoCategory("exhibitor", "参展", "#bf8700", 0, 0.07, ("参展商手册", "餐券")),
    DemoCategory("staff", "会务组", "#6e7781", 0, 0.03, ("工作手册", "餐券")),
    DemoCategory("vip", "VIP", "#8250df", 0, 0.02, ("资料袋", "会议手册", "餐券", "纪念品")),
    DemoCategory("press", "媒体", "#0a7ea4", 0, 0.01, ("会议手册",)),
)

OPERATORS = (("王芳", Role.SUPERVISOR), ("张伟", Role.OPERATOR), ("李娜", Role.OPERATOR))
# The demo supervisor approves refunds and voids with this PIN (README: "Demo").
DEMO_SUPERVISOR, DEMO_SUPERVISOR_PIN = "王芳", "123456"
EVENT_NAME = "2026年全国心血管病学术年会"
ORGANIZER = "中国医师协会心血管内科医师分会"
VENUE = "国家会议中心（北京）"
CREDIT_PROJECT = "2026-04-05-101（国）"
AREA_CODES = (
    "110101",
    "310104",
    "440106",
    "510107",
    "420102",
    "330106",
    "320102",
    "370102",
    "430103",
)


def demo_nights(start: date | None = None) -> list[date]:
    first = start or date.today()
    return [first + timedelta(days=i) for i in range(3)]


def _weighted(rng: random.Random, pairs: list[Any]) -> str:
    names = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return str(rng.choices(names, weights)[0])


class _People:
    def __init__(self, rng: random.Random, names: dict[str, Any], units: dict[str, Any]) -> None:
        self.rng = rng
        self.names = names
        self.units = units

    def name(self, gender: str) -> str:
        rng = self.rng
        surname = _weighted(rng, self.names["surnames"])
        pool = self.names["given_chars_male" if gender == "M" else "given_chars_female"]
        pool = pool + self.names["given_chars_neutral"]
        length = 1 if rng.random() < 0.3 else 2
        given = "".join(rng.choice(pool) for _ in range(length))
        if rng.random() < 0.004:
            given = given[:-1] + rng.choice(self.names["rare_given"])
        return surname + given

    def unit(self, category: str) -> dict[str, str]:
        rng = self.rng
        if category == "exhibitor":
            return rng.choice(self.units["companies"])
        if category == "student" or rng.random() < 0.12:
            return rng.choice(self.units["universities"])
        return rng.choice(self.units["hospitals"])

    def phone(self) -> str:
        prefix = self.rng.choice(
            ("138", "139", "137", "135", "186", "188", "150", "151", "158", "177", "199")
        )
        return prefix + f"{self.rng.randrange(10**8):08d}"

    def id_number(self, gender: str) -> str:
        rng = self.rng
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(365 * 40))
        seq = rng.randrange(50) * 2 + (1 if gender == "M" else 0) + 100
        first17 = f"{rng.choice(AREA_CODES)}{born:%Y%m%d}{seq:03d}"
        return first17 + id_check_char(first17)


def populate_demo(
    uow: UnitOfWork,
    ctx: DeskContext,
    names: dict[str, Any],
    units: dict[str, Any],
    *,
    attendees: int = 500,
    nights: list[date],
    seed: int = 2026,
) -> dict[str, int]:
    """Fill a freshly created event with categories, fees, materials, rooms and attendees."""
    rng = random.Random(seed)
    people = _People(rng, names, units)
    counts: dict[str, int] = {}
    with uow.writing():
        operators.set_pin(uow, ctx, DEMO_SUPERVISOR, DEMO_SUPERVISOR_PIN)
        # Through the setup path an organizer's workbook takes (setup_plan.apply_setup).
        _apply(uow, ctx, _demo_setup(attendees, nights))
        with uow.reading():
            category_ids = {c.key: c.id for c in uow.catalog.categories()}
            fee_item = next(i.id for i in uow.catalog.fee_items() if i.name == "会务费")
        keys = [c.key for c in CATEGORIES]
        shares = [c.share for c in CATEGORIES]
        titles = units["titles"]
        wants_room = 0
        singles = 0
        prepaid: list[tuple[str, int]] = []
        with uow.log.batch():  # the people first, in bulk; payments read them back below
            for _ in range(attendees):
                key = rng.choices(keys, shares)[0]
                gender = "M" if rng.random() < 0.52 else "F"
                place = people.unit(key)
                needs_room = key not in ("staff", "press") and rng.random() < 0.62
                single = needs_room and (key in ("expert", "vip") or rng.random() < 0.12)
                arrival, departure = nights[0], nights[-1] + timedelta(days=1)
                if rng.random() < 0.15:
                    departure = arrival + timedelta(days=1)
                wants_room += needs_room
                singles += single
                fields: dict[str, Any] = {
                    "name": people.name(gender),
                    "gender": gender,
                    "unit": place["name"],
                    "department": ""
                    if key in ("exhibitor", "press")
                    else rng.choice(units["departments"]),
                    "title": "研究生" if key == "student" else _weighted(rng, titles),
                    "phone": people.phone(),
                    "email": f"user{rng.randrange(10**6):06d}@example.cn"
                    if rng.random() < 0.4
                    else "",
                    "id_number": people.id_number(gender) if rng.random() < 0.6 else "",
                    "province": place.get("province", ""),
                    "city": place.get("city", ""),
                    "category_id": category_ids[key],
                    "arrival": arrival,
                    "departure": departure,
                    "needs_room": needs_room,
                    "room_pref": ("single" if single else "shared") if needs_room else "",
                    "wants_credits": key in ("delegate", "student", "expert")
                    and rng.random() < 0.8,
                }
                code = attendee_service.add_attendee(uow, ctx, fields).result
                fee = next(c.fee_yuan for c in CATEGORIES if c.key == key)
                if fee and rng.random() < 0.35:  # prepaid by bank transfer before the event
                    prepaid.append((code, fee))
        for code, fee in prepaid:
            desk_service.record_payment(
                uow,
                ctx,
                code,
                fee * 100,
                PaymentMethod.TRANSFER.value,
                fee_item_id=fee_item,
                note="会前汇款",
            )
        counts["attendees"] = attendees
        counts["rooms"] = _room_block(uow, ctx, wants_room, singles)
    return counts


def _apply(uow: UnitOfWork, ctx: DeskContext, wanted: Setup) -> None:
    report = setup_plan.apply_setup(uow, ctx, wanted)
    if report.rejected_rows:  # the demo's own setup: a bug, not the user's doing
        raise AssertionError([p.reason.both() for p in report.rejected_rows])


MATERIALS = ("资料袋", "会议手册", "笔记本和笔", "餐券", "纪念品", "参展商手册", "工作手册")
ONSITE_EXTRA_YUAN = 300  # who registers on site pays more


def _demo_setup(attendees: int, nights: list[date]) -> Setup:
    materials = []
    for name in MATERIALS:
        share = sum(c.share for c in CATEGORIES if name in c.materials)
        materials.append(MaterialSetup(name, int(attendees * share * 1.05) + 20))
    fees = [
        FeeSetup("会务费", c.name, c.fee_yuan * 100, (c.fee_yuan + ONSITE_EXTRA_YUAN) * 100)
        for c in CATEGORIES
        if c.fee_yuan
    ]
    fees += [FeeSetup("住宿费", c.name, 45000) for c in CATEGORIES if c.fee_yuan]
    return Setup(
        event=EventSetup(
            EVENT_NAME,
            ORGANIZER,
            VENUE,
            nights[0],
            nights[-1] + timedelta(days=1),
            list(nights),
            CREDIT_PROJECT,
            "I类学分",
        ),
        materials=materials,
        fee_items=[FeeItemSetup("会务费"), FeeItemSetup("住宿费", per_night=True)],
        categories=[
            CategorySetup(
                c.name,
                c.key,
                c.color,
                materials={m: 1 for m in c.materials},
                meals=["午餐", "晚餐"],
            )
            for c in CATEGORIES
        ],
        fees=fees,
        points=[
            PointSetup("资料发放处", "materials"),
            PointSetup("自助餐厅", "meal"),
            PointSetup("主会场", "session"),
        ],
    )


def _room_block(uow: UnitOfWork, ctx: DeskContext, wants_room: int, singles: int) -> int:
    """Two hotels; enough twins for those who share, kings and singles for the rest, plus
    two kings held back (机动)."""
    twins = (wants_room - singles) // 2 + max(2, wants_room // 20)
    kings = singles // 2 + 2
    single_rooms = singles - singles // 2 + 2
    hotels = ("国际会议中心酒店", "锦江之星（会展店）")
    plan = (
        [(RoomType.TWIN, 2)] * twins
        + [(RoomType.KING, 1)] * kings
        + [(RoomType.SINGLE, 1)] * single_rooms
    )
    rooms = []
    spare_from = twins + kings - 2
    for index, (room_type, beds) in enumerate(plan):
        hotel = hotels[0] if index % 3 else hotels[1]
        floor = 3 + index // 40
        number = f"{'' if hotel == hotels[0] else 'J'}{floor}{index % 40 + 1:02d}"
        spare = spare_from <= index < twins + kings
        rooms.append(RoomSetup(hotel, number, room_type, beds, f"{floor}", spare))
    _apply(uow, ctx, Setup(hotels=list(hotels), rooms=rooms))
    return len(rooms)
