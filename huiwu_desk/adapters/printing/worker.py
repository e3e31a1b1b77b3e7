"""The print worker: sends queued jobs after commit, on its own thread and its own connection.

The desk calls ``kick()`` after a commit that queued a job and goes on at once; the worker
claims the job, renders it for the printer's language, sends it, and records done or failed
(one sentence). ``on_update`` is called on the worker thread with the job's new state — the
window wraps it in a queued Qt signal. ``resume_pending()`` at start re-sends what a crash
left queued or half-sent.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from ...domain.errors import UserFacingError
from ...domain.print_errors import PrinterFailed
from ...domain.print_jobs import PrintJob
from ...services import print_queue
from ...services.ports import UnitOfWork
from . import raster
from .registry import BadgeBatch, Printable, open_backend, render_for

log = logging.getLogger(__name__)
IDLE_POLL_S = 30.0  # also look now and then, in case a kick was missed


def send_document(uri: str, item: Printable, title: str = "") -> None:
    """Render for the printer behind ``uri`` and send; raises a PrinterError sentence."""
    backend = open_backend(uri)
    backend.send(render_for(backend, item), title)


def send_claimed(claimed: print_queue.ClaimedJob) -> str:
    """Send one claimed job; returns "" or the sentence of why it did not print."""
    try:
        if claimed.receipt is not None:
            item: Printable = claimed.receipt
        elif claimed.report is not None:
            item = claimed.report
        elif claimed.room_slip is not None:
            item = claimed.room_slip
        else:
            assert claimed.template is not None
            item = BadgeBatch(claimed.badges, claimed.template)
        send_document(claimed.uri, item, claimed.title)
    except UserFacingError as exc:
        return exc.text("zh")
    except Exception as exc:  # a driver bug must still leave the job visible, not vanish
        log.exception("print job %s failed", claimed.job.id)
        return PrinterFailed(uri=claimed.uri, reason=f"{type(exc).__name__}: {exc}").text("zh")
    return ""


class PrintWorker:
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        on_update: Callable[[PrintJob], None] | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self.on_update = on_update
        self._wake = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._stop = False
        self._lock = threading.Lock()  # one job at a time, whichever thread runs it
        self._thread: threading.Thread | None = None

    # --- synchronous (CLI, tests, the worker thread itself) -----------------------------
    def send_job(self, job_id: str) -> PrintJob | None:
        """Claim and send one job now on this thread; None if it was not queued."""
        uow = self._uow_factory()
        with self._lock:
            claimed = print_queue.claim_job(uow, job_id)
            if claimed is None:
                return None
            self._notify(claimed.job)
            error = send_claimed(claimed)
            job = print_queue.finish_job(uow, job_id, error)
        self._notify(job)
        return job

    def run_pending(self) -> list[PrintJob]:
        done: list[PrintJob] = []
        for job_id in print_queue.pending_jobs(self._uow_factory()):
            job = self.send_job(job_id)
            if job is not None:
                done.append(job)
        return done

    def resume_pending(self) -> int:
        """At start: requeue half-sent jobs and wake the thread for everything queued."""
        uow = self._uow_factory()
        print_queue.resume_interrupted(uow)
        count = len(print_queue.pending_jobs(uow))
        if count:
            self.kick()
        return count

    # --- the thread ----------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        raster.warm_up()  # the first badge of the day should not wait for font loading
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="huiwu-print", daemon=True)
        self._thread.start()

    def kick(self) -> None:
        """Call after a commit that queued jobs; returns at once."""
        self._idle.clear()
        self._wake.set()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Tests and shutdown: wait until every kicked job has been tried."""
        return self._idle.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop:
            self._wake.wait(IDLE_POLL_S)
            self._wake.clear()
            if self._stop:
                break
            try:
                self.run_pending()
            except Exception:  # e.g. the event file closed under us; keep the thread alive
                log.exception("print worker pass failed")
            if not self._wake.is_set():
                self._idle.set()
        self._idle.set()

    def _notify(self, job: PrintJob) -> None:
        if self.on_update is not None:
            try:
                self.on_update(job)
            except Exception:
                log.exception("print job listener failed")


def make_worker(store: object, on_update: Callable[[PrintJob], None] | None = None) -> PrintWorker:
    """A worker for an open EventStore, with its own unit of work (its own connections)."""
    from ..db.uow import SqlUnitOfWork

    engine = store.engine  # type: ignore[attr-defined]
    return PrintWorker(lambda: SqlUnitOfWork(engine), on_update)
