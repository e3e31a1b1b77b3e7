"""Pre-printing badges in a batch: a filter (categories, not yet printed), sorted by pinyin.

Each person gets badge version 1 recorded (a person who already has a badge is skipped, or
needs a reason, as at the desk); one job per template, so ``pdf:///x.pdf?sheet=a4`` comes
out as multi-up A4 sheets for a laser printer, and a label printer gets the badges in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from ..domain.documents import BadgeTemplate
from ..domain.model import Attendee, DeskContext
from ..domain.print_errors import NothingToPrint
from ..domain.print_jobs import (
    BatchJobTitle,
    JobKind,
    PrinterRole,
    parse_printer_uri,
    title_payload,
)
from . import desk
from .changes import Changes
from .listing import ListingFilter
from .ports import UnitOfWork, iter_chunks
from .print_templates import template_for
from .printing import badge_document, printer_target

BATCH_LIMIT = 5000  # one batch job list; larger events print category by category


@dataclass(frozen=True, slots=True)
class QueuedBatch:
    count: int  # badges recorded and queued
    job_ids: list[str]  # one job per template


def batch_people(
    uow: UnitOfWork, category_ids: Sequence[str] | None = None, *, only_unprinted: bool = True
) -> list[Attendee]:
    """Inside a transaction: who a batch would print, in pinyin order."""
    wanted = list(category_ids) if category_ids else [None]
    people: list[Attendee] = []
    for category_id in wanted:
        ids = uow.listing.ids(ListingFilter(category_id=category_id, sort="name"))
        for chunk in iter_chunks(ids, 500):
            for row in uow.listing.rows(chunk):
                if only_unprinted and row.badge_prints > 0:
                    continue
                person = uow.attendees.by_id(row.id)
                if person is not None:
                    people.append(person)
    if len(wanted) > 1:
        people.sort(key=lambda p: (p.pinyin, p.code))
    return people[:BATCH_LIMIT]


def _uri_for_group(uri: str, template: BadgeTemplate, groups: int) -> str:
    """Several templates to one file would overwrite each other: one file per template."""
    parsed = parse_printer_uri(uri)
    if groups == 1 or parsed.scheme not in ("pdf", "png"):
        return uri
    path = PurePosixPath(parsed.target)
    query = uri.partition("?")[2]
    target = path.with_stem(f"{path.stem}-{template.key}").as_posix()
    lead = "" if target.startswith("/") else "/"
    return f"{parsed.scheme}://{lead}{target}" + (f"?{query}" if query else "")


def queue_badge_batch(
    uow: UnitOfWork,
    ctx: DeskContext,
    *,
    category_ids: Sequence[str] | None = None,
    only_unprinted: bool = True,
    uri: str | None = None,
    template_key: str | None = None,
    reason: str = "批量预打印",
) -> Changes:
    """Record a badge print for each person of the filter and queue them; result: QueuedBatch."""
    with uow.writing():
        target = printer_target(uow, PrinterRole.BADGE, uri, required=True)
        assert target is not None
        people = batch_people(uow, category_ids, only_unprinted=only_unprinted)
        if not people:
            raise NothingToPrint()
        groups: dict[str, tuple[BadgeTemplate, list[dict[str, object]]]] = {}
        for person in people:
            category = uow.catalog.category(person.category_id)
            template = template_for(
                uow, category.key if category else "", uri=target, template_key=template_key
            )
            first = uow.badges.latest_version(person.id) == 0
            version = desk.record_badge_print(uow, ctx, person.code, "" if first else reason)
            doc = badge_document(uow, person, version.result)
            groups.setdefault(template.key, (template, []))[1].append(doc.to_dict())
        job_ids = []
        for template, docs in groups.values():
            payload = {
                "uri": _uri_for_group(target, template, len(groups)),
                **title_payload(
                    BatchJobTitle(
                        count=len(docs), template=template.name, template_key=template.key
                    )
                ),
                "template": template.to_dict(),
                "docs": docs,
            }
            job_ids.append(uow.print_jobs.add(JobKind.BADGE.value, "batch", payload))
    return Changes(
        attendees={p.id for p in people}, badges=True, result=QueuedBatch(len(people), job_ids)
    )
