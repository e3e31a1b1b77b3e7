"""An event priced by fee item, as the setup makes it: 会务费 (代表 ¥1,200 early, ¥1,500 on
site) and 住宿费 per night (代表 ¥300), on the small event of tests/conftest.py."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from huiwu_desk.adapters.db import tables as t
from huiwu_desk.domain.setup_model import FeeItemSetup, FeeSetup, Setup
from huiwu_desk.services import setup_plan
from tests.conftest import SmallEvent, build_small_event

PIN = "246802"  # 王芳's


def build_fee_event(path: Path) -> SmallEvent:
    ev = build_small_event(path)
    wanted = Setup(
        fee_items=[FeeItemSetup("会务费"), FeeItemSetup("住宿费", per_night=True)],
        fees=[FeeSetup("会务费", "代表", 120000, 150000), FeeSetup("住宿费", "代表", 30000)],
    )
    report = setup_plan.apply_setup(ev.uow, ev.ctx, wanted)
    assert not report.rejected_rows, report.rejected_rows
    from huiwu_desk.services import operators

    operators.set_pin(ev.uow, ev.ctx, "王芳", PIN)
    ev.sup = ev.store.context("李娜", supervisor="王芳", supervisor_pin=PIN)
    return ev


def counts(ev: SmallEvent) -> tuple[int, int]:
    """(ops, print jobs): what a refused act must leave as it was."""
    with ev.store.engine.connect() as conn:
        ops = conn.execute(select(func.count()).select_from(t.ops)).scalar()
        jobs = conn.execute(select(func.count()).select_from(t.print_jobs)).scalar()
    return int(ops or 0), int(jobs or 0)
