"""Search as the desk does: code, name, pinyin, initials, phone or its last 4 digits, unit.

Each kind of match is a small indexed query with a limit (never a filter over every row);
the best rank of an attendee wins, then code order.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import Connection, exists, func, select

from ...domain.limits import NAME_SUFFIX_CHARS
from ...domain.names import has_cjk, normalize_phone
from ...services.ports import AttendeeSummary, iter_chunks
from . import tables as t

A = t.attendees.c
_HIGH = "\U0010ffff"


def _prefix(column: Any, value: str) -> Any:
    """A prefix match that the column's index can serve (LIKE cannot, case-sensitively)."""
    return (column >= value) & (column < value + _HIGH)


def _summaries(conn: Connection, ids: list[str] | None, limit: int | None) -> list[Any]:
    checked = exists().where(t.checkins.c.attendee_id == A.id, t.checkins.c.voided.is_(False))
    stmt = select(
        A.id,
        A.code,
        A.name,
        A.unit,
        A.phone,
        t.categories.c.name.label("category"),
        checked.label("checked_in"),
    ).outerjoin(t.categories, t.categories.c.id == A.category_id)
    if ids is not None:
        stmt = stmt.where(A.id.in_(ids))
    # a record merged into another is found through the one it was merged into
    stmt = stmt.where(A.id.not_in(select(t.attendee_aliases.c.alias_id)))
    stmt = stmt.order_by(A.code)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(conn.execute(stmt))


def _summaries_for(conn: Connection, ids: list[str]) -> list[Any]:
    rows: list[Any] = []
    for chunk in iter_chunks(ids, 500):  # stay far below SQLite's bound-parameter limit
        rows.extend(_summaries(conn, list(chunk), None))
    return rows


def search_attendees(conn: Connection, query: str, limit: int | None) -> list[AttendeeSummary]:
    q = unicodedata.normalize("NFKC", query).strip()
    if not q:
        rows = _summaries(conn, None, limit)
        return [_summary(r, 0) for r in rows]
    cap = limit if limit is not None else 1_000_000
    ranks: dict[str, int] = {}

    def take(rank: int, where: Any) -> None:
        if len(ranks) >= cap and rank > 3:
            return
        for (attendee_id,) in conn.execute(select(A.id).where(where).limit(cap)):
            if ranks.get(attendee_id, 99) > rank:
                ranks[attendee_id] = rank

    upper = q.upper()
    take(0, A.code == upper)
    if ranks:  # a scanned code: codes are unique, nothing else can rank as well
        return _ranked(conn, ranks, cap)
    compact = re.sub(r"\s+", "", q)
    if has_cjk(q):
        take(1, A.name == compact)
        take(3, _prefix(A.name, compact))
    digits = re.sub(r"[\s\-]", "", q)
    if digits.isdigit():
        phone = normalize_phone(digits)
        if len(phone) == 11:
            take(1, A.phone == phone)
        if len(digits) == 4:
            take(2, A.phone_last4 == digits)
        if len(digits) >= 5:
            take(5, _prefix(A.phone, digits))
    take(3, _prefix(A.code, upper))
    lower = compact.lower()
    if lower.isascii() and lower.isalpha():
        take(2, A.pinyin == lower)
        take(4, A.initials == lower)
        take(4, _prefix(A.pinyin, lower))
        take(5, _prefix(A.initials, lower))
        if len(ranks) < cap and len(lower) >= 3:
            # full surname + given-name initials, as people type it: "zengjx" → 曾嘉欣
            for cut in range(2, len(lower) - 1):
                take(5, (A.initials == lower[0] + lower[cut:]) & _prefix(A.pinyin, lower[:cut]))
    # Substring scans read every row: only when the indexed matches found nobody exact (a
    # scanned code or a full phone number never pays for them).
    exact = any(rank <= 1 for rank in ranks.values())
    if has_cjk(q) and len(ranks) < cap and not exact:
        # a part of the name (given name "伟" finds 张伟): an indexed prefix over name suffixes,
        # each at most NAME_SUFFIX_CHARS long; a longer part is then looked for in the name
        inside = select(t.name_suffixes.c.attendee_id).where(
            _prefix(t.name_suffixes.c.term, compact[:NAME_SUFFIX_CHARS])
        )
        if len(compact) > NAME_SUFFIX_CHARS:
            take(6, A.id.in_(inside) & (func.instr(A.name, compact) > 0))
        else:
            take(6, A.id.in_(inside))
    if len(ranks) < cap and len(q) >= 2 and not exact:
        units = select(t.unit_names.c.name).where(t.unit_names.c.name.contains(q, autoescape=True))
        take(7, A.unit.in_(units))
    return _ranked(conn, ranks, cap)


def _ranked(conn: Connection, ranks: dict[str, int], cap: int) -> list[AttendeeSummary]:
    if not ranks:
        return []
    best = sorted(ranks.items(), key=lambda item: item[1])[:cap]
    wanted = dict(best)
    rows = _summaries_for(conn, list(wanted))
    result = [_summary(r, wanted[r.id]) for r in rows]
    result.sort(key=lambda s: (s.rank, s.code))
    return result[:cap]


def _summary(row: Any, rank: int) -> AttendeeSummary:
    return AttendeeSummary(
        id=row.id,
        code=row.code,
        name=row.name,
        unit=row.unit,
        category=row.category or "",
        phone=row.phone,
        checked_in=bool(row.checked_in),
        rank=rank,
    )
