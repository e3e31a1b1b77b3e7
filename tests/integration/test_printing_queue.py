"""The print queue never loses a job and never undoes the desk.

Unplugged printers (a path in a missing folder, a closed TCP port), retry after fixing the
URI, cancel, the worker thread, and a crash between commit and print.
"""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from huiwu_desk.adapters.printing import PrintWorker, make_worker
from huiwu_desk.bootstrap import open_event
from huiwu_desk.domain.errors import UnknownCode
from huiwu_desk.domain.print_errors import NoPrinterConfigured, PrintJobFinished
from huiwu_desk.domain.print_jobs import JobStatus, PrintJob
from huiwu_desk.services import desk, print_queue, printing, queries
from tests.conftest import SmallEvent

UNPLUGGED = "打印机未连接或无法访问"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _paid_total(ev: SmallEvent) -> int:
    return queries.stats(ev.uow).paid_total_fen


def test_job_is_written_in_the_same_transaction_as_the_payment(small_event: SmallEvent) -> None:
    ev = small_event
    printing.set_printer(ev.uow, "receipt", "escpos-file:///nonexistent/lp0")
    with pytest.raises(UnknownCode):
        printing.pay_with_receipt(ev.uow, ev.ctx, "NOPE", 1000, "cash")
    assert print_queue.list_jobs(ev.uow) == []  # the refused payment queued nothing
    paid = printing.pay_with_receipt(ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash").result
    [job] = print_queue.list_jobs(ev.uow)
    assert (job.id, job.status, job.ref_id) == (paid.job_id, JobStatus.QUEUED, paid.value)


def test_no_printer_set_up_still_records_the_payment(small_event: SmallEvent) -> None:
    ev = small_event
    paid = printing.pay_with_receipt(ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash").result
    assert paid.job_id is None and paid.value == "A1-000001"
    with pytest.raises(NoPrinterConfigured) as err:
        printing.queue_badge(ev.uow, ev.ctx, ev.codes["张三"])
    assert err.value.text() == "本报到台还没有设置证件打印机。"


def test_unplugged_usb_device_fails_then_retry_to_the_fixed_uri_prints(
    small_event: SmallEvent, tmp_path: Path
) -> None:
    ev = small_event
    gone = f"escpos-file://{tmp_path}/no-such-folder/lp0"
    paid = printing.pay_with_receipt(
        ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash", uri=gone
    ).result
    worker = make_worker(ev.store)
    [job] = worker.run_pending()
    assert job.status == JobStatus.FAILED
    assert job.error == f"{UNPLUGGED}：{gone}。登记和收费记录已保存，可在打印队列中重试。"
    assert _paid_total(ev) == 120000  # the payment stands
    assert job.can_retry and job.can_cancel

    fixed = f"escpos-file://{tmp_path}/lp0"
    retried = print_queue.retry_job(ev.uow, job.id, uri=fixed).result
    assert (retried.status, retried.uri) == (JobStatus.QUEUED, fixed)
    [done] = worker.run_pending()
    assert (done.status, done.error, done.tries) == (JobStatus.DONE, "", 2)
    assert paid.value.encode() in (tmp_path / "lp0").read_bytes()
    with pytest.raises(PrintJobFinished):
        print_queue.cancel_job(ev.uow, done.id)


def test_network_printer_off_fails_with_the_sentence(small_event: SmallEvent) -> None:
    ev = small_event
    uri = f"escpos-net://127.0.0.1:{_closed_port()}"
    printing.set_printer(ev.uow, "badge", uri)
    desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 120000, "transfer")  # prepaid
    checked = printing.check_in_with_badge(ev.uow, ev.ctx, ev.codes["张三"]).result
    assert checked.job_id is not None
    [job] = make_worker(ev.store).run_pending()
    assert job.status == JobStatus.FAILED and uri in job.error and UNPLUGGED in job.error
    assert queries.stats(ev.uow).checked_in == 1  # the check-in stands
    cancelled = print_queue.cancel_job(ev.uow, job.id).result
    assert cancelled.status == JobStatus.CANCELLED
    assert print_queue.job_counts(ev.uow) == {"cancelled": 1}


def test_network_printer_receives_the_bytes(small_event: SmallEvent) -> None:
    ev = small_event
    received = bytearray()
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(10)

    def accept_one() -> None:
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(65536):
                received.extend(chunk)

    thread = threading.Thread(target=accept_one)
    thread.start()
    port = server.getsockname()[1]
    paid = printing.pay_with_receipt(
        ev.uow, ev.ctx, ev.codes["李四"], 60000, "card", uri=f"escpos-net://127.0.0.1:{port}"
    ).result
    [job] = make_worker(ev.store).run_pending()
    thread.join(10)
    server.close()
    assert job.status == JobStatus.DONE
    assert paid.value.encode("gb18030") in bytes(received)


def test_check_in_prints_a_first_badge_only(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    printing.set_printer(ev.uow, "badge", f"png://{tmp_path}/b.png")
    assert printing.printers(ev.uow) == {"badge": f"png://{tmp_path}/b.png"}
    desk.record_badge_print(ev.uow, ev.ctx, ev.codes["李四"])  # pre-printed badge
    desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 120000, "transfer")  # prepaid
    first = printing.check_in_with_badge(ev.uow, ev.ctx, ev.codes["张三"]).result
    again = printing.check_in_with_badge(ev.uow, ev.ctx, ev.codes["李四"]).result
    assert first.job_id is not None and again.job_id is None
    assert first.value.name == "张三"


def test_worker_thread_sends_after_commit_and_reports(
    small_event: SmallEvent, tmp_path: Path
) -> None:
    ev = small_event
    seen: list[PrintJob] = []
    worker = make_worker(ev.store, on_update=seen.append)
    worker.start()
    try:
        out = tmp_path / "r.bin"
        printing.set_printer(ev.uow, "receipt", f"escpos-file://{out}")
        caller = threading.get_ident()
        paid = printing.pay_with_receipt(ev.uow, ev.ctx, ev.codes["张三"], 1000, "cash").result
        worker.kick()
        assert worker.wait_idle(10)
    finally:
        worker.stop()
    assert [j.status for j in seen] == [JobStatus.SENDING, JobStatus.DONE]
    assert paid.value.encode() in out.read_bytes()
    assert caller == threading.get_ident()


def test_crash_between_commit_and_print_is_resent_at_next_start(
    small_event: SmallEvent, tmp_path: Path
) -> None:
    ev = small_event
    out = tmp_path / "r.bin"
    path = ev.store.path
    paid = printing.pay_with_receipt(
        ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash", uri=f"escpos-file://{out}"
    ).result
    # a second job was being sent when the power went: claimed (sending), never finished
    half = printing.queue_receipt(ev.uow, ev.ctx, paid.value, uri=f"escpos-file://{out}")
    assert print_queue.claim_job(ev.uow, half.result.job_id) is not None
    ev.store.close()  # the program dies here: no worker ever ran

    with open_event(path) as store:
        worker = make_worker(store)
        assert worker.resume_pending() == 2
        worker.start()
        try:
            assert worker.wait_idle(10)
        finally:
            worker.stop()
        jobs = print_queue.list_jobs(store.uow)
    assert {j.status for j in jobs} == {JobStatus.DONE}
    assert paid.value.encode() in out.read_bytes()


def test_a_renderer_bug_leaves_the_job_failed_not_lost(
    small_event: SmallEvent, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ev = small_event
    from huiwu_desk.adapters.printing import worker as worker_module

    def boom(*_args: object) -> None:
        raise ValueError("bad image")

    monkeypatch.setattr(worker_module, "send_document", boom)
    printing.queue_badge(ev.uow, ev.ctx, ev.codes["张三"], uri=f"png://{tmp_path}/x.png")
    [job] = PrintWorker(lambda: ev.store.uow.__class__(ev.store.engine)).run_pending()
    assert job.status == JobStatus.FAILED and "bad image" in job.error
