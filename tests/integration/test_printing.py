"""What comes out of the printer: ESC/POS bytes read back, receipts as GB18030 text, PDF/PNG badges.

Every check reads the output the way a person or a scanner would: the QR decoded from the
raster the printer would burn, the receipt text the printer would print.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PIL import Image

from huiwu_desk.adapters.printing import make_worker, tspl
from huiwu_desk.cli import print_commands
from huiwu_desk.cli.output import fail
from huiwu_desk.domain.documents import parse_scan
from huiwu_desk.domain.errors import UserFacingError
from huiwu_desk.domain.print_jobs import JobStatus
from huiwu_desk.services import desk, print_batch, print_queue, print_templates, printing
from tests.conftest import SmallEvent

from .printing_support import escpos_rasters, pdf_pages, read_qr, stack, text_outside_rasters


def _send_all(ev: SmallEvent) -> list:
    return make_worker(ev.store).run_pending()


def _rename(ev: SmallEvent, code: str, name: str) -> None:
    from huiwu_desk.services import attendees

    attendees.update_attendee(ev.uow, ev.ctx, code, {"name": name})


def test_escpos_badge_raster_carries_a_readable_qr(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    code = ev.codes["张三"]
    out = tmp_path / "badge.bin"
    queued = printing.queue_badge(ev.uow, ev.ctx, code, uri=f"escpos-file://{out}").result
    assert not out.exists()  # queued with the op; nothing sent until the worker runs
    [job] = _send_all(ev)
    assert job.status == JobStatus.DONE and job.id == queued.job_id
    data = out.read_bytes()
    assert data.startswith(b"\x1b@")
    blocks = escpos_rasters(data)
    assert blocks and all(b.width == 576 for b in blocks)  # 80 mm paper at 203 dpi
    assert read_qr(stack(blocks)) == [code]  # version 1: the bare code
    assert data.endswith(b"\x1dV\x00")  # full cut after the badge


def test_reprint_gets_a_new_qr_and_needs_a_reason(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    code = ev.codes["李四"]
    uri = f"escpos-file://{tmp_path}/b.bin?template=roll_80mm"
    printing.queue_badge(ev.uow, ev.ctx, code, uri=uri)
    from huiwu_desk.domain.errors import InvalidField

    with pytest.raises(InvalidField):
        printing.queue_badge(ev.uow, ev.ctx, code, uri=uri)  # reprint without a reason
    second = printing.queue_badge(ev.uow, ev.ctx, code, uri=uri, reason="丢失").result
    assert second.value == 2
    jobs = _send_all(ev)
    assert [j.status for j in jobs] == [JobStatus.DONE, JobStatus.DONE]
    [text] = read_qr(stack(escpos_rasters((tmp_path / "b.bin").read_bytes())))
    assert text == f"{code}.2" and parse_scan(text) == (code, 2)


def test_receipt_bytes_carry_number_and_amount_as_gb18030_text(
    small_event: SmallEvent, tmp_path: Path
) -> None:
    ev = small_event
    _rename(ev, ev.codes["张三"], "张䶮𬌗")
    out = tmp_path / "receipt.bin"
    paid = printing.pay_with_receipt(
        ev.uow, ev.ctx, ev.codes["张三"], 120000, "wechat", uri=f"escpos-file://{out}"
    ).result
    assert paid.value == "A1-000001" and paid.job_id
    _send_all(ev)
    data = out.read_bytes()
    text = text_outside_rasters(data)
    assert b"\x1c&" in text  # FS &: Chinese mode for the printer's own GB18030 font
    for expected in ("A1-000001", "￥1,200.00", "壹仟贰佰元整", "微信", "会务费", "李娜", "收  据"):
        assert expected.encode("gb18030") in text, expected
    assert b"?" not in text  # nothing python-escpos could not encode
    # the payer's name is a picture (rare characters), never printer text
    assert "张䶮".encode("gb18030") not in data
    names = [img for img in escpos_rasters(data) if img.height < 200]
    assert names and all(img.getbbox() for img in names)
    ink = sum(Image.eval(img, lambda v: 255 - v).getbbox() is not None for img in names)
    assert ink >= 1


def test_refund_receipt(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    receipt = desk.record_payment(ev.uow, ev.ctx, ev.codes["李四"], 120000, "cash").result
    out = tmp_path / "refund.bin"
    refund = printing.refund_with_receipt(
        ev.uow, ev.sup, receipt, 20000, "提前离会", uri=f"escpos-file://{out}"
    ).result
    _send_all(ev)
    text = text_outside_rasters(out.read_bytes())
    for expected in (
        "退款收据",
        refund.value,
        f"原收据号：{receipt}",
        "￥200.00",
        "王芳",
        "提前离会",
    ):
        assert expected.encode("gb18030") in text, expected


def test_receipt_reprint_says_so(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    out = tmp_path / "r.bin"
    receipt = printing.pay_with_receipt(
        ev.uow, ev.ctx, ev.codes["张三"], 50000, "cash", uri=f"escpos-file://{out}"
    ).result.value
    printing.queue_receipt(ev.uow, ev.ctx, receipt, uri=f"escpos-file://{out}")
    jobs = print_queue.list_jobs(ev.uow)
    assert jobs[0].title == f"收据 {receipt}（补打）"
    _send_all(ev)
    assert "补打".encode("gb18030") in out.read_bytes()


def test_pdf_badge_reads_back_with_its_qr(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    code = ev.codes["王五"]
    _rename(ev, code, "王𬌗")
    out = tmp_path / "badge.pdf"
    printing.queue_badge(ev.uow, ev.ctx, code, uri=f"pdf://{out}")
    _send_all(ev)
    [page] = pdf_pages(out)
    assert abs(page.width / page.height - 90 / 54) < 0.02  # the badge's own page size
    assert read_qr(page) == [code]


def test_category_template_and_portrait_png(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    print_templates.assign_template(ev.uow, ev.ctx, "expert", "portrait_70x100")
    out = tmp_path / "expert.png"
    printing.queue_badge(ev.uow, ev.ctx, ev.codes["王五"], uri=f"png://{out}")
    _send_all(ev)
    img = Image.open(out)
    assert img.size == (827, 1181)  # 70×100 mm at 300 dpi
    assert read_qr(img) == [ev.codes["王五"]]


def test_batch_to_a4_sheets_in_pinyin_order(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    printing.queue_badge(ev.uow, ev.ctx, ev.codes["张三"], uri=f"png://{tmp_path}/x.png")
    out = tmp_path / "sheets.pdf"
    batch = print_batch.queue_badge_batch(
        ev.uow, ev.ctx, category_ids=[ev.categories["delegate"]], uri=f"pdf://{out}?sheet=a4"
    ).result
    assert batch.count == 2  # 李四, 单雄信: 张三 already has a badge
    _send_all(ev)
    [page] = pdf_pages(out)
    assert abs(page.width / page.height - 210 / 297) < 0.01
    found = read_qr(page)
    assert sorted(found) == sorted([ev.codes["李四"], ev.codes["单雄信"]])


def test_tspl_label(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    out = tmp_path / "label.tspl"
    printing.queue_badge(ev.uow, ev.ctx, ev.codes["张三"], uri=f"tspl-file://{out}")
    _send_all(ev)
    data = out.read_bytes()
    assert data.startswith(b"SIZE 90.0 mm,54.0 mm\r\n") and data.endswith(b"PRINT 1,1\r\n")
    assert read_qr(tspl.bitmap_from_label(data)) == [ev.codes["张三"]]


# --- command line ---------------------------------------------------------------------
def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    print_commands.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    try:  # as huiwu_desk.cli.main does: a refused operation is one line on stderr, exit 1
        return int(args.run(args))
    except UserFacingError as exc:
        return fail(exc.both())


def test_cli_badge_to_png_and_pdf(small_event: SmallEvent, tmp_path: Path, capsys) -> None:
    ev = small_event
    path = str(ev.store.path)
    code = ev.codes["张三"]
    ev.store.close()
    assert _cli(["badge", path, code, "-o", str(tmp_path / "b.png"), "--json"]) == 0
    assert read_qr(Image.open(tmp_path / "b.png")) == [code]
    assert '"version": 1' in capsys.readouterr().out
    assert _cli(["badge", path, code, "-o", str(tmp_path / "b.pdf")]) == 1  # reprint: reason
    assert "补打" in capsys.readouterr().err
    assert _cli(["badge", path, code, "-o", str(tmp_path / "b.pdf"), "--reason", "污损"]) == 0
    assert read_qr(pdf_pages(tmp_path / "b.pdf")[0]) == [f"{code}.2"]


def test_cli_badge_to_missing_printer_fails_with_the_sentence(
    small_event: SmallEvent, tmp_path: Path, capsys
) -> None:
    ev = small_event
    path = str(ev.store.path)
    ev.store.close()
    uri = f"escpos-file://{tmp_path}/gone/lp0"
    assert _cli(["badge", path, ev.codes["张三"], "--printer", uri]) == 1
    assert "打印机未连接或无法访问" in capsys.readouterr().err


def test_print_receipt_helper_for_pay(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    receipt = desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash").result
    job = print_commands.print_receipt(ev.store, receipt, f"escpos-file://{tmp_path}/r.bin")
    assert print_commands.print_outcome(job) == {"printed": True, "print_job": job.id,
                                                 "print_error": ""}  # fmt: skip
    assert receipt.encode() in (tmp_path / "r.bin").read_bytes()
    number, job2 = print_commands.pay_and_print(
        ev.store, None, ev.codes["李四"], 60000, "alipay", f"escpos-file://{tmp_path}/r2.bin"
    )
    assert job2 is not None and job2.status == JobStatus.DONE
    assert number.encode() in (tmp_path / "r2.bin").read_bytes()
