"""The print queue over ``print_jobs`` and this desk's printers in ``meta``: local state.

Neither is an op: jobs and printer addresses belong to this laptop and never sync.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.dialects.sqlite import insert

from ...domain.print_jobs import JobStatus, PrintJob
from ...services.print_ports import RefundRecord
from . import tables as t

PRINTER_KEY = "printer.{role}"


def _now_ms() -> int:
    return int(time.time() * 1000)


def _job(row: Any) -> PrintJob:
    try:
        payload = json.loads(row.payload)
    except ValueError:
        payload = {}
    title_of = payload.get("title_of") or {}  # absent from jobs queued before it
    return PrintJob(
        id=row.id,
        kind=row.kind,
        ref_id=row.ref_id,
        status=row.status,
        error=row.error,
        tries=row.tries,
        created_ms=row.created_ms,
        updated_ms=row.updated_ms,
        uri=str(payload.get("uri", "")),
        title=str(payload.get("title", "")),
        title_key=str(title_of.get("key", "")),
        title_params=dict(title_of.get("params") or {}),
    )


class SqlPrintJobRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, kind: str, ref_id: str, payload: dict[str, Any]) -> str:
        job_id = str(uuid.uuid4())
        now = _now_ms()
        self.conn.execute(
            insert(t.print_jobs).values(
                id=job_id,
                kind=kind,
                ref_id=ref_id,
                payload=json.dumps(payload, ensure_ascii=False),
                status=JobStatus.QUEUED.value,
                error="",
                tries=0,
                created_ms=now,
                updated_ms=now,
            )
        )
        return job_id

    def get(self, job_id: str) -> PrintJob | None:
        row = self.conn.execute(select(t.print_jobs).where(t.print_jobs.c.id == job_id)).first()
        return _job(row) if row else None

    def payload(self, job_id: str) -> dict[str, Any] | None:
        text = self.conn.execute(
            select(t.print_jobs.c.payload).where(t.print_jobs.c.id == job_id)
        ).scalar()
        return json.loads(text) if text is not None else None

    def recent(self, statuses: Sequence[str] | None, limit: int) -> list[PrintJob]:
        c = t.print_jobs.c
        query = select(t.print_jobs).order_by(c.created_ms.desc(), c.id).limit(limit)
        if statuses:
            query = query.where(c.status.in_(list(statuses)))
        return [_job(r) for r in self.conn.execute(query)]

    def pending(self) -> list[str]:
        c = t.print_jobs.c
        rows = self.conn.execute(
            select(c.id).where(c.status == JobStatus.QUEUED.value).order_by(c.created_ms, c.id)
        )
        return [r.id for r in rows]

    def claim(self, job_id: str) -> bool:
        c = t.print_jobs.c
        result = self.conn.execute(
            update(t.print_jobs)
            .where(c.id == job_id, c.status == JobStatus.QUEUED.value)
            .values(status=JobStatus.SENDING.value, updated_ms=_now_ms(), tries=c.tries + 1)
        )
        return result.rowcount == 1

    def update(self, job_id: str, status: str, error: str = "", *, tried: bool = False) -> None:
        c = t.print_jobs.c
        values: dict[str, Any] = {"status": status, "error": error, "updated_ms": _now_ms()}
        if tried:
            values["tries"] = c.tries + 1
        self.conn.execute(update(t.print_jobs).where(c.id == job_id).values(**values))

    def set_uri(self, job_id: str, uri: str) -> None:
        payload = self.payload(job_id) or {}
        payload["uri"] = uri
        self.conn.execute(
            update(t.print_jobs)
            .where(t.print_jobs.c.id == job_id)
            .values(payload=json.dumps(payload, ensure_ascii=False), updated_ms=_now_ms())
        )

    def requeue_interrupted(self) -> int:
        c = t.print_jobs.c
        result = self.conn.execute(
            update(t.print_jobs)
            .where(c.status == JobStatus.SENDING.value)
            .values(status=JobStatus.QUEUED.value, updated_ms=_now_ms())
        )
        return int(result.rowcount or 0)

    def counts(self) -> dict[str, int]:
        c = t.print_jobs.c
        rows = self.conn.execute(select(c.status, func.count()).group_by(c.status))
        return {status: int(n) for status, n in rows}

    def count_for(self, kind: str, ref_id: str) -> int:
        c = t.print_jobs.c
        query = select(func.count()).where(c.kind == kind, c.ref_id == ref_id)
        return int(self.conn.execute(query).scalar() or 0)

    def printers(self) -> dict[str, str]:
        prefix = PRINTER_KEY.format(role="")
        rows = self.conn.execute(select(t.meta).where(t.meta.c.key.startswith(prefix)))
        return {r.key[len(prefix) :]: r.value for r in rows if r.value}

    def set_printer(self, role: str, uri: str | None) -> None:
        key = PRINTER_KEY.format(role=role)
        if not uri:
            self.conn.execute(t.meta.delete().where(t.meta.c.key == key))
            return
        self.conn.execute(
            insert(t.meta)
            .values(key=key, value=uri)
            .on_conflict_do_update(index_elements=["key"], set_={"value": uri})
        )

    def refund(self, receipt_no: str) -> RefundRecord | None:
        r, p = t.refunds.c, t.payments.c
        row = self.conn.execute(
            select(
                r.receipt_no,
                r.amount_fen,
                r.reason,
                r.at_ms,
                r.desk_code,
                r.operator,
                r.supervisor,
                p.receipt_no.label("payment_receipt_no"),
                p.attendee_id,
                p.fee_item_id,
                p.method,
            )
            .join(t.payments, p.id == r.payment_id)
            .where(r.receipt_no == receipt_no.strip())
        ).first()
        return RefundRecord(*row) if row else None
