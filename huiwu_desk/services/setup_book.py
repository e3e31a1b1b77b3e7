"""The setup workbook as use cases: ``setup import``, ``setup export``, ``setup show``,
``new --setup`` and the window's import and export of the setup call these.

    files = sheet_io(store.uow).setup_book          # adapters.sheets (the SetupBookFile port)
    report = import_setup_book(uow, ctx, files, path, dry_run=True)

A workbook is applied like a roster: all or nothing. The cells it could not read (a price that
is no number, a bad date) and the rules it breaks (a duplicate room, a category naming an
unknown material) are both rejected rows, by sheet and Excel row, in one report; a dry run
says what would change and writes nothing (it only reads, so it works on a read-only file).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.doors import minute_text, rules_text
from ..domain.model import DeskContext
from ..domain.money import yuan_number
from ..domain.setup_model import PART_SHEETS, RowProblem, Setup, Where
from .ports import UnitOfWork
from .setup_plan import SetupReport, apply_setup, plan_setup, read_setup
from .sheet_ports import SetupBookFile

SHEETS = list(dict.fromkeys(PART_SHEETS.values()))


@dataclass
class SetupBook:
    """A workbook as read: the setup it holds, where each part came from, unreadable cells."""

    path: Path
    setup: Setup
    rows: Where
    problems: list[RowProblem]


def open_setup_book(files: SetupBookFile, path: Path | str) -> SetupBook:
    """Read the workbook (a file that is none raises a UserFacingError; bad cells do not)."""
    path = Path(path)
    setup, rows, problems = files.read(path)
    return SetupBook(path, setup, rows, problems)


def apply_setup_book(
    uow: UnitOfWork, ctx: DeskContext, book: SetupBook, *, dry_run: bool = False
) -> SetupReport:
    """Apply what the workbook holds, or nothing if any row is rejected."""
    if dry_run or book.problems:
        with uow.reading():
            plan, found = plan_setup(uow, book.setup, book.rows)
        report = plan.report if not found else SetupReport()
    else:
        report = apply_setup(uow, ctx, book.setup, rows=book.rows)
        found = report.rejected_rows
    rejected = [*book.problems, *found]
    if rejected:
        report = SetupReport()
    report.rejected_rows = sorted(rejected, key=_order)
    report.dry_run = dry_run
    return report


def import_setup_book(
    uow: UnitOfWork,
    ctx: DeskContext,
    files: SetupBookFile,
    path: Path | str,
    *,
    dry_run: bool = False,
) -> SetupReport:
    return apply_setup_book(uow, ctx, open_setup_book(files, path), dry_run=dry_run)


def import_room_list(
    uow: UnitOfWork,
    ctx: DeskContext,
    files: SetupBookFile,
    path: Path | str,
    hotel: str,
    *,
    dry_run: bool = False,
) -> SetupReport:
    """The hotel's own room list (房号, and 房型/床位/楼层 where it has them) as ``hotel``'s."""
    path = Path(path)
    setup, rows, problems = files.read_rooms(path, hotel)
    return apply_setup_book(uow, ctx, SetupBook(path, setup, rows, problems), dry_run=dry_run)


def export_setup_book(uow: UnitOfWork, files: SetupBookFile, path: Path | str) -> Path:
    """The event's setup as the workbook (an example row on each empty sheet)."""
    path = Path(path)
    files.write(read_setup(uow), path)
    return path


def _order(problem: RowProblem) -> tuple[int, int]:
    sheet = SHEETS.index(problem.sheet) if problem.sheet in SHEETS else len(SHEETS)
    return sheet, problem.row


# --- setup show --------------------------------------------------------------------------
def _price(early: int, onsite: int) -> dict[str, Any]:
    return {"early": yuan_number(early), "onsite": yuan_number(onsite)}


def setup_json(setup: Setup) -> dict[str, Any]:
    """What ``setup show --json`` prints: every list item has a ``name``; money in yuan."""
    ev = setup.event
    hotels = list(dict.fromkeys([*setup.hotels, *(r.hotel for r in setup.rooms)]))
    rooms_of = {h: [r for r in setup.rooms if r.hotel == h] for h in hotels}
    return {
        "event": {
            "name": ev.name if ev else "",
            "organizer": ev.organizer if ev else "",
            "venue": ev.venue if ev else "",
            "start_date": ev.start_date.isoformat() if ev and ev.start_date else None,
            "end_date": ev.end_date.isoformat() if ev and ev.end_date else None,
            "nights": [n.isoformat() for n in sorted(ev.nights)] if ev else [],
            "credit_project": ev.credit_project if ev else "",
            "credit_category": ev.credit_category if ev else "",
            "payment_methods": list(setup.payment_methods),
            "variance_limit": (
                None if setup.variance_limit_fen is None else yuan_number(setup.variance_limit_fen)
            ),
            "one_night_single": setup.one_night_single,
        },
        "categories": [
            {
                "name": c.name,
                "key": c.key,
                "color": c.color,
                "template": c.template,
                "pay_before_badge": c.pay_before_badge,
                "materials": dict(c.materials),
                "meals": list(c.meals),
                "fees": {
                    f.item: _price(f.early_fen, f.onsite)
                    for f in setup.fees
                    if f.category == c.name
                },
            }
            for c in setup.categories
        ],
        "fee_items": [
            {
                "name": i.name,
                "per_night": i.per_night,
                "prices": {
                    f.category: _price(f.early_fen, f.onsite)
                    for f in setup.fees
                    if f.item == i.name
                },
            }
            for i in setup.fee_items
        ],
        "materials": [
            {"name": m.name, "stock": m.stock, "returnable": m.returnable} for m in setup.materials
        ],
        "hotels": [
            {
                "name": h,
                "rooms": [
                    {
                        "name": r.number,
                        "number": r.number,
                        "type": r.type.value,
                        "beds": r.beds,
                        "floor": r.floor,
                        "spare": r.spare,
                        "nights": [n.isoformat() for n in sorted(r.nights)],
                    }
                    for r in rooms_of[h]
                ],
                "room_count": len(rooms_of[h]),
                "beds": sum(r.beds for r in rooms_of[h]),
            }
            for h in hotels
        ],
        "points": [
            {
                "name": p.name,
                "kind": p.kind,
                "categories": list(p.categories),
                "start": minute_text(p.start),
                "end": minute_text(p.end),
                "credits": p.credits,
                "rules": rules_text(p.once, p.once_per_day, p.tolerance_min),
            }
            for p in setup.points
        ],
    }
