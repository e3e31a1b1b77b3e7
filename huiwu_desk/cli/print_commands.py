"""`huiwu-desk badge FILE CODE [--printer URI] [-o OUT.png|OUT.pdf]`, and sending a queued job now
for the commands that print (``pay``, ``refund``, ``void``, ``shift close``: fee_commands.py).

The command line waits for the printer (it has no window to keep responsive): the job is
queued with the desk op in one transaction, then sent at once on this thread. A printer that
fails leaves the job failed in the queue (the window can retry it); the op stands.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..bootstrap import EventStore, open_event
from ..domain.documents import qr_payload
from ..domain.errors import InvalidField
from ..domain.print_jobs import JobStatus, PrintJob
from ..services import lookup, print_queue, printing
from .output import emit, fail


def output_uri(path: str) -> str:
    """``-o x.png`` / ``-o x.pdf`` as the printer URI of that file."""
    target = Path(path).expanduser().resolve()
    suffix = target.suffix.lower()
    if suffix not in (".png", ".pdf"):
        raise InvalidField(field="-o", reason="证件只能保存为 .png 或 .pdf 文件")
    return f"{suffix[1:]}://{'' if target.as_posix().startswith('/') else '/'}{target.as_posix()}"


def _send_now(store: EventStore, job_id: str | None) -> PrintJob | None:
    """Send one queued job on this thread and return its final state."""
    if job_id is None:
        return None
    from ..adapters.printing import make_worker

    make_worker(store).send_job(job_id)
    return print_queue.get_job(store.uow, job_id)


def print_receipt(store: EventStore, receipt_no: str, uri: str | None) -> PrintJob:
    """Queue the receipt (or refund receipt) and print it now; the job tells how it went.

    (A payment queues its own receipt: ``pay_and_print`` below, as ``pay`` does.)
    """
    ctx = store.context()
    queued: printing.Queued = printing.queue_receipt(store.uow, ctx, receipt_no, uri=uri).result
    job = _send_now(store, queued.job_id)
    assert job is not None
    return job


def pay_and_print(
    store: EventStore,
    operator: str | None,
    code: str,
    amount_fen: int,
    method: str,
    uri: str,
    **details: Any,
) -> tuple[str, PrintJob | None]:
    """record_payment + its receipt job in one transaction, then print: (receipt no, job)."""
    ctx = store.context(operator)
    queued: printing.Queued = printing.pay_with_receipt(
        store.uow, ctx, code, amount_fen, method, uri=uri, **details
    ).result
    return queued.value, _send_now(store, queued.job_id)


def send_queued(store: EventStore, job_id: str | None) -> dict[str, Any]:
    """A job an act queued (receipt, slip, Z-report), sent now: ``print_outcome``'s keys, or
    none when nothing was queued (no printer for it)."""
    return print_outcome(_send_now(store, job_id)) if job_id else {}


def say_unprinted(printed: dict[str, Any], what: str) -> None:
    """The act stands; a job that failed waits in the queue for a retry: say so on stderr."""
    if printed and not printed.get("printed"):
        sys.stderr.write(f"{what}未打印：{printed.get('print_error')}\n")


def print_outcome(job: PrintJob | None) -> dict[str, Any]:
    """JSON keys for a command that printed: ``printed``, ``print_job``, ``print_error``."""
    if job is None:
        return {"printed": False, "print_job": None, "print_error": ""}
    return {
        "printed": job.status == JobStatus.DONE,
        "print_job": job.id,
        "print_error": job.error,
    }


def cmd_badge(args: argparse.Namespace) -> int:
    uri = output_uri(args.output) if args.output else args.printer
    with open_event(Path(args.file), write=True) as store:
        operator = (getattr(args, "operator", None) or "").strip() or None
        ctx = store.context(operator)
        queued: printing.Queued = printing.queue_badge(
            store.uow,
            ctx,
            args.code,
            reason=args.reason or "",
            uri=uri,
            template_key=args.template,
        ).result
        job = _send_now(store, queued.job_id)
        with store.uow.reading():
            person = lookup.attendee(store.uow, args.code)
    assert job is not None and person is not None
    if job.status != JobStatus.DONE:
        return fail(f"{job.error} (证件第 {queued.value} 版已记录 / badge version recorded)")
    data = {
        "code": person.code,
        "name": person.name,
        "version": queued.value,
        "qr": qr_payload(person.code, queued.value),
        "printer": job.uri,
        "output": str(Path(args.output).resolve()) if args.output else None,
        **print_outcome(job),
    }
    where = data["output"] or job.uri
    emit(args.json, data, f"{person.name}（{person.code}）证件第 {queued.value} 版 → {where}")
    return 0


def register(subparsers: Any) -> None:
    """Add the ``badge`` sub-command to the CLI's sub-parsers."""
    p = subparsers.add_parser("badge", help="render or print an attendee's badge")
    p.add_argument("file", help="event file (.huiwu)")
    p.add_argument("code", help="attendee code")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--printer", help="printer URI (default: this desk's badge printer)")
    where.add_argument("-o", "--output", help="write the badge to OUT.png or OUT.pdf")
    p.add_argument("--reason", help="why a badge is printed again (needed for a reprint)")
    p.add_argument("--template", help="badge template key (default: the category's)")
    p.add_argument("--operator", help="who does it (default: the desk's operator)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=cmd_badge)
