"""Whole setups for the window: a setup workbook in or out, or the setup of another event file
(新建会议 → "copy the setup of an earlier event").

What carries over is what a team reuses from one year's conference to the next: categories
with their colours, templates and rules, fee items and prices, materials (their stock as a
starting point), hotels and rooms (without the old nights), scan points and payment methods.
The event itself (name, dates, nights, credit numbers) does not.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .bootstrap import EventStore, open_event, sheet_io_for
from .domain.model import DeskContext
from .domain.setup_model import Setup
from .services import setup_book
from .services.setup_plan import SetupReport, apply_setup, read_setup


def setup_of_event_file(path: Path) -> Setup:
    """The reusable part of another event file's setup (opened read-only, then closed)."""
    with open_event(path, write=False) as other:
        old = read_setup(other.uow)
    return Setup(
        categories=[replace(c, id="") for c in old.categories],
        fee_items=[replace(i, id="") for i in old.fee_items],
        fees=list(old.fees),
        materials=[replace(m, id="") for m in old.materials],
        hotels=list(old.hotels),
        rooms=[replace(r, id="", nights=[]) for r in old.rooms],
        points=list(old.points),
        payment_methods=list(old.payment_methods),
    )


def copy_setup(
    store: EventStore, ctx: DeskContext, source: Path, *, dry_run: bool = False
) -> SetupReport:
    return apply_setup(store.uow, ctx, setup_of_event_file(source), dry_run=dry_run)


def import_setup_book(
    store: EventStore, ctx: DeskContext, path: Path, *, dry_run: bool = False
) -> SetupReport:
    """The setup workbook (设置表) into the event: the window's 导入设置表."""
    files = sheet_io_for(store).setup_book
    return setup_book.import_setup_book(store.uow, ctx, files, path, dry_run=dry_run)


def export_setup_book(store: EventStore, path: Path) -> Path:
    return setup_book.export_setup_book(store.uow, sheet_io_for(store).setup_book, path)


def import_room_list(
    store: EventStore, ctx: DeskContext, path: Path, *, hotel: str, dry_run: bool = False
) -> SetupReport:
    """酒店房间 → 从Excel导入: the hotel's own list of rooms."""
    files = sheet_io_for(store).setup_book
    return setup_book.import_room_list(store.uow, ctx, files, path, hotel, dry_run=dry_run)
