"""``system://`` (Qt's QPrinter) and real CUPS queues; CUPS tests skip when no scheduler runs.

By hand once (Debian): apt-get install cups printer-driver-cups-pdf; cupsd;
lpadmin -p PDF -v cups-pdf:/ -E -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytest.importorskip("PySide6.QtPrintSupport")

from huiwu_desk.adapters.printing import print_test_page
from huiwu_desk.domain.print_errors import PrinterUnavailable
from huiwu_desk.domain.print_jobs import JobStatus
from huiwu_desk.services import print_queue, printing
from tests.conftest import SmallEvent

from .printing_support import escpos_rasters, pdf_pages, read_qr, stack


@pytest.fixture
def system_printers(qapp: object) -> object:
    from huiwu_desk.ui import printing_system

    printing_system.install()
    return printing_system


def test_system_backend_paints_the_badge_off_the_gui_thread(
    system_printers: object, small_event: SmallEvent, tmp_path: Path
) -> None:
    from huiwu_desk.adapters.printing import make_worker

    ev = small_event
    out = tmp_path / "qt.pdf"
    printing.queue_badge(ev.uow, ev.ctx, ev.codes["张三"], uri=f"system://Qt PDF?file={out}")
    worker = make_worker(ev.store)
    worker.start()  # QPainter on a QPrinter is allowed on the print thread
    try:
        worker.kick()
        assert worker.wait_idle(20)
    finally:
        worker.stop()
    [job] = print_queue.list_jobs(ev.uow)
    assert job.status == JobStatus.DONE, job.error
    [page] = pdf_pages(out)
    assert abs(page.width / page.height - 90 / 54) < 0.02
    assert read_qr(page) == [ev.codes["张三"]]


def test_missing_system_printer_is_one_sentence(system_printers: object) -> None:
    with pytest.raises(PrinterUnavailable) as err:
        print_test_page("system://No Such Printer 404")
    assert err.value.text() == (
        "打印机未连接或无法访问：system://No Such Printer 404。登记和收费记录已保存，可在打印队列中重试。"
    )


# --- real CUPS ------------------------------------------------------------------------
def _cups_running() -> bool:
    if not shutil.which("lpstat"):
        return False
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    return "is running" in done.stdout


needs_cups = pytest.mark.skipif(not _cups_running(), reason="no CUPS scheduler running")


@needs_cups
def test_cups_pdf_queue_through_system_printer(system_printers: object) -> None:
    names = system_printers.system_printer_names()  # type: ignore[attr-defined]
    if "PDF" not in names:
        pytest.skip("no CUPS-PDF queue named PDF")
    out_dir = Path.home() / "PDF"
    before = set(out_dir.glob("*.pdf")) if out_dir.is_dir() else set()
    print_test_page("system://PDF")
    deadline = time.monotonic() + 20
    new: set[Path] = set()
    while time.monotonic() < deadline and not new:
        time.sleep(0.3)
        new = (set(out_dir.glob("*.pdf")) if out_dir.is_dir() else set()) - before
    if not new:
        pytest.skip("CUPS-PDF wrote nothing in ~/PDF (output folder configured elsewhere)")
    time.sleep(0.5)  # let CUPS-PDF finish writing
    [page] = pdf_pages(new.pop())[:1]
    assert read_qr(page) == ["A100001"]


@needs_cups
def test_escpos_through_a_cups_raw_queue(small_event: SmallEvent) -> None:
    """escpos-cups:// → CUPS → its socket backend → a listener standing in for the printer."""
    pytest.importorskip("cups")
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(20)
    port = server.getsockname()[1]
    queue = f"HUIWU_TEST_{port}"
    added = subprocess.run(
        ["lpadmin", "-p", queue, "-v", f"socket://127.0.0.1:{port}", "-E", "-m", "raw"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if added.returncode != 0:
        server.close()
        pytest.skip(f"cannot add a CUPS queue here: {added.stderr.strip()}")
    received = bytearray()

    def accept_one() -> None:
        conn, _ = server.accept()
        with conn:
            conn.settimeout(5)
            while chunk := conn.recv(65536):
                received.extend(chunk)

    listener = threading.Thread(target=accept_one)
    listener.start()
    try:
        ev = small_event
        from huiwu_desk.adapters.printing import make_worker

        printing.queue_badge(ev.uow, ev.ctx, ev.codes["张三"], uri=f"escpos-cups://{queue}")
        [job] = make_worker(ev.store).run_pending()
        assert job.status == JobStatus.DONE, job.error
        listener.join(25)
    finally:
        server.close()
        subprocess.run(["lpadmin", "-x", queue], capture_output=True, check=False)
    assert read_qr(stack(escpos_rasters(bytes(received)))) == [ev.codes["张三"]]
