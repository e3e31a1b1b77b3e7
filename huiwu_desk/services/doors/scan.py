"""One scan at a door and its verdict (issue 18): the door window and ``scan`` call this.

A refusal is an answer, not an exception: it is recorded as a ``scan`` op with its reason
(the counts of refused), like an admission. Once per sitting holds at one door by reading
the scans here; two doors that admit one person offline both record it, and after sync the
counts say so (``counts.meal_lines``: people and repeats): the meal is eaten, there is
nothing left for a person to decide, so it is a count, not a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ...domain.codes import read_code
from ...domain.door_errors import UnknownPoint
from ...domain.doors import Person, PointRules, local, meal_entry_matches, use_starts, verdict
from ...domain.hlc import Hlc
from ...domain.model import Attendee, DeskContext
from ..changes import Changes
from ..ports import ScanRow, UnitOfWork
from .points import ensure_row

REQUIRE_CHECKIN = "doors.require_checkin"  # default False: see README "Doors"


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    reason: str  # "" when ok, else one of domain.doors.REASONS
    code: str  # "" when unknown
    name: str
    category: str
    unit: str
    point: str  # the point's name
    at_ms: int
    said: str  # one sentence in Chinese for the screen
    said_en: str
    admitted: int  # admitted so far at this point (for a meal: this sitting)
    refused: int


def _person(uow: UnitOfWork, attendee: Attendee) -> tuple[Person, str]:
    category = uow.catalog.category(attendee.category_id)
    first = uow.checkins.first_for(attendee.id)
    person = Person(
        attendee.id,
        category.key if category else "",
        category.name if category else "",
        tuple(category.meals) if category else (),
        first is not None and not first.voided,
        uow.badges.latest_version(attendee.id),
    )
    return person, category.name if category else ""


def _since_ms(point: PointRules, at: datetime) -> int | None:
    start = use_starts(point, at)
    if start is None:
        return None
    return 0 if start == datetime.min else int(start.timestamp() * 1000)


def _count_since(point: PointRules, at: datetime) -> int:
    if point.once_per_day:
        return int(datetime.combine(at.date(), datetime.min.time()).timestamp() * 1000)
    return 0


def scan(uow: UnitOfWork, ctx: DeskContext, point: str, code_text: str) -> Changes:
    scanned = read_code(code_text)
    with uow.writing():
        rules = uow.doors.point(point)
        if rules is None:
            raise UnknownPoint(name=point)
        ensure_row(uow, ctx, rules)
        now = local(uow.pin_tries.now_ms())
        attendee = uow.attendees.by_code(scanned.code) if scanned.code else None
        person, category = (None, "") if attendee is None else _person(uow, attendee)
        used_at = None
        if person is not None:
            since = _since_ms(rules, now)
            if since is not None:
                last = uow.doors.last_admitted(rules.id, person.id, since)
                used_at = None if last is None else local(last)
        require = bool(uow.catalog.setting(REQUIRE_CHECKIN, False))
        listed = rules.kind == "meal" and any(
            meal_entry_matches(m, rules) for c in uow.catalog.categories() for m in c.meals
        )
        decision = verdict(
            rules,
            person,
            scanned.version,
            now,
            used_at,
            require_checkin=require,
            meal_listed=listed,
        )
        payload: dict[str, object] = {
            "point_id": rules.id,
            "ok": decision.ok,
            "reason": decision.reason,
        }
        if attendee is not None:
            payload["attendee_id"] = attendee.id
        else:
            payload["typed"] = scanned.typed[:200]
        if scanned.version is not None:
            payload["version"] = scanned.version
        op = uow.log.append(ctx, "scan", uow.new_id(), payload)
        admitted, refused = uow.doors.counts(rules.id, _count_since(rules, now))
    result = Verdict(
        decision.ok,
        decision.reason,
        attendee.code if attendee else "",
        attendee.name if attendee else scanned.typed[:40],
        category,
        attendee.unit if attendee else "",
        rules.name,
        Hlc.wall_ms_of(op.hlc),
        decision.zh,
        decision.en,
        admitted,
        refused,
    )
    return Changes(attendees={attendee.id} if attendee else set(), result=result)


_SAID = {
    "": ("请进", "Welcome"),
    "unknown": ("查无此人，请到报到台", "No such person: see the desk"),
    "not_allowed": ("不在本场允许的类别内", "Not allowed here"),
    "already_used": ("已用过", "Already used"),
    "superseded_badge": ("旧证件，请收回", "An old badge: take it back"),
    "outside_time": ("不在开放时间", "Outside the open hours"),
    "not_checked_in": ("尚未报到，请先到报到台", "Not checked in yet"),
}


def recent(uow: UnitOfWork, point: str, limit: int = 8) -> list[Verdict]:
    """The last scans at that point, newest first (the door window's list)."""
    with uow.reading():
        rules = uow.doors.point(point)
        if rules is None:
            raise UnknownPoint(name=point)
        rows = uow.doors.recent(rules.id, limit)
        return [_line(uow, rules, row) for row in rows]


def _line(uow: UnitOfWork, rules: PointRules, row: ScanRow) -> Verdict:
    attendee = uow.attendees.by_id(row.attendee_id) if row.attendee_id else None
    category = uow.catalog.category(attendee.category_id) if attendee else None
    zh, en = _SAID.get(row.reason, (row.reason, row.reason))
    return Verdict(
        row.ok,
        row.reason,
        attendee.code if attendee else "",
        attendee.name if attendee else row.typed[:40],
        category.name if category else "",
        attendee.unit if attendee else "",
        rules.name,
        row.at_ms,
        zh,
        en,
        0,
        0,
    )
