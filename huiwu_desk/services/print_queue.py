"""The print queue: what the queue panel lists, retry and cancel, and the worker's steps.

Jobs are local desk state (no ops). The worker claims a queued job (queued → sending), sends
it outside any transaction, then records done or failed with the printer's one sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..domain.documents import BadgeDocument, BadgeTemplate, ReceiptDocument
from ..domain.fee_documents import ShiftReportDocument
from ..domain.print_errors import PrintJobBusy, PrintJobFinished, PrintJobNotFound
from ..domain.print_jobs import JobKind, JobStatus, PrintJob, parse_printer_uri
from ..domain.room_documents import RoomSlipDocument
from .changes import Changes
from .ports import UnitOfWork

OPEN_STATUSES = (JobStatus.QUEUED.value, JobStatus.SENDING.value, JobStatus.FAILED.value)


def list_jobs(
    uow: UnitOfWork, statuses: Sequence[str] | None = None, limit: int = 200
) -> list[PrintJob]:
    """Newest first; ``statuses=OPEN_STATUSES`` is what still needs someone's attention."""
    with uow.reading():
        return uow.print_jobs.recent(statuses, limit)


def job_counts(uow: UnitOfWork) -> dict[str, int]:
    with uow.reading():
        return uow.print_jobs.counts()


def get_job(uow: UnitOfWork, job_id: str) -> PrintJob:
    with uow.reading():
        job = uow.print_jobs.get(job_id)
    if job is None:
        raise PrintJobNotFound(job=job_id)
    return job


def retry_job(uow: UnitOfWork, job_id: str, uri: str | None = None) -> Changes:
    """Queue a failed or cancelled job again, optionally to another printer (a fixed URI).

    The caller then wakes the worker (``PrintWorker.kick()``).
    """
    text = parse_printer_uri(uri).text if uri else None
    with uow.writing():
        job = uow.print_jobs.get(job_id)
        if job is None:
            raise PrintJobNotFound(job=job_id)
        if job.status == JobStatus.SENDING:
            raise PrintJobBusy(action="重试", action_en="retried")
        if text:
            uow.print_jobs.set_uri(job_id, text)
        uow.print_jobs.update(job_id, JobStatus.QUEUED.value)
        job = uow.print_jobs.get(job_id)
    return Changes(result=job)


def cancel_job(uow: UnitOfWork, job_id: str) -> Changes:
    with uow.writing():
        job = uow.print_jobs.get(job_id)
        if job is None:
            raise PrintJobNotFound(job=job_id)
        if job.status == JobStatus.SENDING:
            raise PrintJobBusy(action="取消", action_en="cancelled")
        if job.status == JobStatus.DONE:
            raise PrintJobFinished()
        uow.print_jobs.update(job_id, JobStatus.CANCELLED.value, job.error)
        job = uow.print_jobs.get(job_id)
    return Changes(result=job)


# --- the worker's steps -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ClaimedJob:
    job: PrintJob
    uri: str
    title: str
    badges: tuple[BadgeDocument, ...] = ()
    template: BadgeTemplate | None = None
    receipt: ReceiptDocument | None = None
    report: ShiftReportDocument | None = None  # a Z-report (fees/shifts.py)
    room_slip: RoomSlipDocument | None = None  # 住宿凭单 (rooms/slips.py)


def pending_jobs(uow: UnitOfWork) -> list[str]:
    with uow.reading():
        return uow.print_jobs.pending()


def resume_interrupted(uow: UnitOfWork) -> int:
    """At start: a job that was being sent when the program died goes back in the queue."""
    with uow.writing():
        return uow.print_jobs.requeue_interrupted()


def claim_job(uow: UnitOfWork, job_id: str) -> ClaimedJob | None:
    """queued → sending, with what to print; None when it is no longer queued."""
    with uow.writing():
        if not uow.print_jobs.claim(job_id):
            return None
        job = uow.print_jobs.get(job_id)
        payload = uow.print_jobs.payload(job_id) or {}
    assert job is not None
    uri, title = str(payload.get("uri", "")), str(payload.get("title", ""))
    if job.kind == JobKind.RECEIPT:
        return ClaimedJob(job, uri, title, receipt=ReceiptDocument.from_dict(payload["doc"]))
    if job.kind == JobKind.SHIFT_REPORT:
        report = ShiftReportDocument.from_dict(payload["report"])
        return ClaimedJob(job, uri, title, report=report)
    if job.kind == JobKind.ROOM_SLIP:
        slip = RoomSlipDocument.from_dict(payload["slip"])
        return ClaimedJob(job, uri, title, room_slip=slip)
    docs = tuple(BadgeDocument.from_dict(d) for d in payload.get("docs", []))
    template = BadgeTemplate.from_dict(payload["template"])
    return ClaimedJob(job, uri, title, badges=docs, template=template)


def finish_job(uow: UnitOfWork, job_id: str, error: str = "") -> PrintJob:
    """sending → done, or failed with the sentence a person reads in the queue panel."""
    status = JobStatus.FAILED if error else JobStatus.DONE
    with uow.writing():
        uow.print_jobs.update(job_id, status.value, error)
        job = uow.print_jobs.get(job_id)
    assert job is not None
    return job
