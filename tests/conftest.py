"""Shared fixtures: real event files on disk, built through the real services."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from huiwu_desk.bootstrap import EventStore, create_event
from huiwu_desk.domain import pins
from huiwu_desk.domain.model import DeskContext, Role, RoomType
from huiwu_desk.services import attendees, setup


def pytest_configure(config: pytest.Config) -> None:
    """PIN hashes at a cheap cost in the suite and in the commands it starts: hundreds of PIN
    checks at the real ~0.7 s each took minutes. The real cost is asserted in
    tests/unit/test_pins.py and measured by bench/pins.py; a hash carries its parameters."""
    os.environ["HUIWU_TEST_CHEAP_PINS"] = "1"
    pins.set_cost(pins.ScryptCost(2**10, 8, 1))


NIGHTS = [date(2026, 11, 27) + timedelta(days=i) for i in range(3)]


@dataclass
class SmallEvent:
    store: EventStore
    ctx: DeskContext
    sup: DeskContext
    codes: dict[str, str]  # name → code
    materials: dict[str, str]
    categories: dict[str, str]
    fee_item: str

    @property
    def uow(self):  # type: ignore[no-untyped-def]
        return self.store.uow


def build_small_event(path: Path) -> SmallEvent:
    store = create_event(
        path,
        "测试学术年会",
        "A1",
        nights=NIGHTS,
        operators=[("王芳", Role.SUPERVISOR), ("李娜", Role.OPERATOR)],
    )
    ctx = store.context("李娜")
    sup = store.context("李娜", supervisor="王芳")
    uow = store.uow
    fee = setup.add_fee_item(uow, ctx, "会务费").result
    bag = setup.add_material(uow, ctx, "资料袋", 2).result
    book = setup.add_material(uow, ctx, "会议手册", 100).result
    gift = setup.add_material(uow, ctx, "纪念品", 10).result
    cats = {
        "delegate": setup.add_category(
            uow, ctx, "delegate", "代表", fee_fen=120000, material_ids=[bag, book]
        ).result,
        "expert": setup.add_category(uow, ctx, "expert", "专家", material_ids=[book, gift]).result,
    }
    hotel = setup.add_hotel(uow, ctx, "会议中心酒店").result
    setup.add_room(uow, ctx, hotel, "301", RoomType.TWIN, 2)
    setup.add_room(uow, ctx, hotel, "302", RoomType.KING, 1)
    people = [
        ("张三", "M", "13800138000", "北京协和医院", "delegate"),
        ("李四", "M", "13912345678", "四川大学华西医院", "delegate"),
        ("王五", "F", "13700001111", "复旦大学附属中山医院", "expert"),
        ("单雄信", "M", "18611112222", "北京协和医院", "delegate"),
    ]
    codes = {}
    for name, gender, phone, unit, cat in people:
        codes[name] = attendees.add_attendee(
            uow,
            ctx,
            {
                "name": name,
                "gender": gender,
                "phone": phone,
                "unit": unit,
                "category_id": cats[cat],
            },
        ).result
    return SmallEvent(store, ctx, sup, codes, {"bag": bag, "book": book, "gift": gift}, cats, fee)


@pytest.fixture
def small_event(tmp_path: Path) -> Iterator[SmallEvent]:
    ev = build_small_event(tmp_path / "event.huiwu")
    yield ev
    ev.store.close()
