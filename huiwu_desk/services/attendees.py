"""Adding, editing and registering attendees."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ..domain.errors import InvalidField, InvalidNights, MissingName, UnknownCategory
from ..domain.limit_errors import FieldTooLong
from ..domain.limits import over_cap
from ..domain.model import ATTENDEE_FIELDS, Attendee, DeskContext, Source
from ..domain.names import clean_name
from ..domain.sentences import Words
from ..domain.text import clean_text
from . import lookup
from .changes import Changes
from .conflicts import refresh_if_open
from .ports import UnitOfWork
from .roster_columns import FIELD_WORDS


def _clean_fields(uow: UnitOfWork, fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(ATTENDEE_FIELDS)
    if unknown:
        raise InvalidField(field=", ".join(sorted(unknown)), reason="unknown field")
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, str):  # the window's forms: no control characters
            value = clean_text(value, multiline=key == "notes")
        out[key] = value
    if "name" in out:
        out["name"] = clean_name(str(out["name"] or ""))
        if not out["name"]:
            raise MissingName()
    check_lengths(out)
    if out.get("category_id") and uow.catalog.category(out["category_id"]) is None:
        raise UnknownCategory(name=out["category_id"])
    arrival, departure = out.get("arrival"), out.get("departure")
    if arrival and departure and departure <= arrival:  # ISO dates compare as text
        raise InvalidNights(reason=f"{arrival} → {departure}")
    return out


def check_lengths(fields: Mapping[str, Any]) -> None:
    """A value longer than its field's cap (domain/limits.py) is refused, never cut: one
    sentence (``FieldTooLong``). The window's forms ask before they close."""
    for key, value in fields.items():
        cap = over_cap(key, value)
        if cap is not None:
            label = FIELD_WORDS.get(key.removesuffix("_id"), Words(key, key))
            raise FieldTooLong(field=label, length=len(value), limit=cap, key=key)


def new_code(uow: UnitOfWork, ctx: DeskContext) -> str:
    """Codes minted at a desk never collide with another desk's: desk code + 5 digits."""
    while True:
        code = f"{ctx.desk_code}{uow.log.next_counter('code'):05d}"
        if not uow.attendees.code_exists(code):
            return code


def create_attendee_op(
    uow: UnitOfWork,
    ctx: DeskContext,
    fields: dict[str, Any],
    *,
    source: Source,
    code: str | None = None,
) -> tuple[str, str]:
    """Append an attendee.create op inside the caller's unit of work; returns (id, code)."""
    fields = _clean_fields(uow, fields)
    if not fields.get("name"):
        raise MissingName()
    if code is None:
        code = new_code(uow, ctx)
    elif uow.attendees.code_exists(code):
        raise InvalidField(field="编号", reason=f"{code} 已存在")
    attendee_id = uow.new_id()
    uow.log.append(
        ctx,
        "attendee.create",
        attendee_id,
        {"code": code, "source": source.value, "fields": fields},
    )
    return attendee_id, code


def add_attendee(
    uow: UnitOfWork, ctx: DeskContext, fields: dict[str, Any], *, code: str | None = None
) -> Changes:
    with uow.writing():
        attendee_id, code = create_attendee_op(
            uow, ctx, fields, source=Source.PREREGISTERED, code=code
        )
    return Changes(attendees={attendee_id}, result=code)


def find_duplicates(uow: UnitOfWork, fields: dict[str, Any]) -> list[Attendee]:
    """Likely the same person: same phone or ID number, or the same name and unit."""
    with uow.reading():
        return uow.attendees.likely_duplicates(
            clean_name(str(fields.get("name") or "")),
            str(fields.get("phone") or ""),
            str(fields.get("id_number") or ""),
        )


def register_walk_in(uow: UnitOfWork, ctx: DeskContext, fields: dict[str, Any]) -> Changes:
    """现场注册. The window warns of duplicates (find_duplicates) before calling this."""
    with uow.writing():
        attendee_id, code = create_attendee_op(uow, ctx, fields, source=Source.WALK_IN)
    return Changes(attendees={attendee_id}, result=code)


def update_attendee(
    uow: UnitOfWork, ctx: DeskContext, code: str, fields: dict[str, Any]
) -> Changes:
    with uow.writing():
        person = lookup.attendee(uow, code)
        fields = _clean_fields(uow, fields)
        changed = {k: v for k, v in fields.items() if _current(person, k) != v}
        if changed:
            # "base": which write of each field this edit replaces; two edits with the same
            # base did not see each other (two desks offline) and are shown to a person
            keys = uow.attendees.field_keys(person.id)
            base = {k: keys.get(k, "") for k in changed}
            uow.log.append(ctx, "attendee.update", person.id, {"fields": changed, "base": base})
        refresh_if_open(uow)
    return Changes(attendees={person.id})


def _current(person: Attendee, key: str) -> Any:
    value = getattr(person, key)
    return value.isoformat() if isinstance(value, date) else value
