"""The room slip (住宿凭单) for the key envelope, read back from the receipt printer's bytes:
printed with the bed it is for (F4's ``assign_with_slip``, 换房's ``move_with_slip``), again on
demand as 补打, never without a receipt printer, never for a bed that was refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from huiwu_desk.adapters.printing import make_worker, receipt_preview
from huiwu_desk.adapters.printing.escpos_render import BIG_SCALE, drawn_line
from huiwu_desk.adapters.printing.raster import bilevel
from huiwu_desk.domain.errors import NotInRoom, RoomFull
from huiwu_desk.domain.print_errors import NoPrinterConfigured
from huiwu_desk.domain.print_jobs import JobStatus
from huiwu_desk.domain.room_documents import RoomSlipDocument
from huiwu_desk.services import print_queue, printing
from huiwu_desk.services.rooms import slips
from tests.conftest import SmallEvent

from .fees_helpers import counts
from .printing_support import escpos_rasters, text_outside_rasters

ROLL_PX, ROLL_DPI = 576, 203  # 80 mm paper, as escpos-file:// prints it


def _send_all(ev: SmallEvent) -> list:
    return make_worker(ev.store).run_pending()


def _gb(text: str) -> bytes:
    return text.encode("gb18030")


def _drawn(text: str, scale: float, *, bold: bool) -> Image.Image:
    """The line as the printer burns it when it is sent as a picture (a name)."""
    return bilevel(drawn_line(text, ROLL_PX, ROLL_DPI, scale, bold=bold)).convert("L")


def _has_picture(data: bytes, wanted: Image.Image) -> bool:
    return any(
        img.size == wanted.size and img.tobytes() == wanted.tobytes()
        for img in escpos_rasters(data)
    )


def test_the_slip_prints_with_the_bed(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    out = tmp_path / "slip.bin"
    printing.set_printer(ev.uow, "receipt", f"escpos-file://{out}")
    code = ev.codes["张三"]
    queued = slips.assign_with_slip(ev.uow, ev.ctx, code, "301").result
    assert queued.value and queued.job_id
    assert not out.exists()  # queued with the bed; sent after the commit by the worker
    [job] = _send_all(ev)
    assert job.status == JobStatus.DONE and job.id == queued.job_id
    assert job.title == "住宿凭单 张三 301"
    assert job.title_text("en") == "Room slip: 张三, room 301"
    data = out.read_bytes()
    text = text_outside_rasters(data)
    for expected in (
        "测试学术年会", "住宿凭单", f"编号：{code}", "单位：北京协和医院", "酒店：会议中心酒店",
        "房型：标间", "入住：2026-11-27", "离店：2026-11-30", "晚数：3 晚", "报到台：A1",
        "经办人：李娜", "请凭此单到酒店前台办理入住",
    ):  # fmt: skip
        assert _gb(expected) in text, expected
    assert "补打".encode("gb18030") not in data
    # the room number in double width and height (GS ! 0x11), so the hotel reads it at a glance
    assert b"\x1d!\x11" + _gb("房号：301") in text
    # the name is a picture, large and bold (rare characters print too), never printer text
    assert _gb("张三") not in text
    assert _has_picture(data, _drawn("姓名：张三", BIG_SCALE, bold=True))
    assert not _has_picture(data, _drawn("姓名：李四", BIG_SCALE, bold=True))
    assert data.endswith(b"\x1dV\x00")  # cut: one slip per envelope


def test_roommates_and_a_reprint_that_says_so(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    out = tmp_path / "slip.bin"
    uri = f"escpos-file://{out}"
    slips.assign_with_slip(ev.uow, ev.ctx, ev.codes["张三"], "301", uri=uri)
    slips.assign_with_slip(ev.uow, ev.ctx, ev.codes["李四"], "301", uri=uri)
    _send_all(ev)
    # 李四's slip (the last one sent) names who shares the room
    assert _has_picture(out.read_bytes(), _drawn("同住人：张三", 1.25, bold=False))

    again = slips.print_room_slip(ev.uow, ev.ctx, ev.codes["李四"], uri=uri).result
    assert isinstance(again.value, RoomSlipDocument) and again.value.copy
    assert print_queue.get_job(ev.uow, again.job_id).title == "住宿凭单 李四 301（补打）"
    [job] = _send_all(ev)
    assert job.status == JobStatus.DONE
    assert _gb("住宿凭单（补打）") in text_outside_rasters(out.read_bytes())


def test_a_move_prints_the_new_rooms_slip(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    out = tmp_path / "slip.bin"
    printing.set_printer(ev.uow, "receipt", f"escpos-file://{out}")
    code = ev.codes["王五"]
    slips.assign_with_slip(ev.uow, ev.ctx, code, "301", [date(2026, 11, 27), date(2026, 11, 28)])
    _send_all(ev)
    moved = slips.move_with_slip(ev.uow, ev.ctx, code, "302").result
    assert moved.job_id
    [job] = _send_all(ev)
    assert job.title == "住宿凭单 王五 302"  # a new slip, not a copy of the old one
    text = text_outside_rasters(out.read_bytes())
    for expected in (
        "房号：302",
        "房型：大床",
        "入住：2026-11-27",
        "离店：2026-11-29",
        "晚数：2 晚",
    ):
        assert _gb(expected) in text, expected
    assert _gb("补打") not in text and _gb("301") not in text


def test_nights_in_two_rooms_and_with_a_gap_are_on_the_slip(small_event: SmallEvent) -> None:
    ev = small_event
    code = ev.codes["张三"]
    first, second, third = (date(2026, 11, d) for d in (27, 28, 29))
    slips.assign_with_slip(ev.uow, ev.ctx, code, "301", [first, third])
    slips.assign_with_slip(ev.uow, ev.ctx, code, "302", [second])
    doc = slips.room_slip_document(ev.uow, code)
    lines = dict(doc.lines())
    assert (lines["房号"], lines["入住"], lines["离店"], lines["晚数"]) == (
        "301", "2026-11-27", "2026-11-30", "2 晚"
    )  # fmt: skip
    assert lines["住宿日"] == "11-27、11-29" and lines["另住"] == "302（11-28）"
    other = dict(slips.room_slip_document(ev.uow, code, room_ref="302").lines())
    assert other["房号"] == "302" and other["离店"] == "2026-11-29"


def test_without_a_receipt_printer_the_bed_is_given_and_nothing_queued(
    small_event: SmallEvent,
) -> None:
    ev = small_event
    _ops, jobs = counts(ev)
    done = slips.assign_with_slip(ev.uow, ev.ctx, ev.codes["张三"], "302")
    assert done.rooms and done.result.value and done.result.job_id is None
    assert counts(ev)[1] == jobs
    assert dict(slips.room_slip_document(ev.uow, ev.codes["张三"]).lines())["房号"] == "302"
    with pytest.raises(NoPrinterConfigured):
        slips.print_room_slip(ev.uow, ev.ctx, ev.codes["张三"])


def test_a_refused_bed_queues_no_slip(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    printing.set_printer(ev.uow, "receipt", f"escpos-file://{tmp_path}/slip.bin")
    slips.assign_with_slip(ev.uow, ev.ctx, ev.codes["张三"], "302")  # 302: one bed
    before = counts(ev)
    with pytest.raises(RoomFull):
        slips.assign_with_slip(ev.uow, ev.ctx, ev.codes["李四"], "302")
    with pytest.raises(RoomFull):
        slips.move_with_slip(ev.uow, ev.ctx, ev.codes["李四"], "302")
    assert counts(ev) == before  # neither the op nor the slip


def test_no_room_is_one_sentence(small_event: SmallEvent, tmp_path: Path) -> None:
    ev = small_event
    with pytest.raises(NotInRoom) as refused:
        slips.print_room_slip(ev.uow, ev.ctx, ev.codes["王五"], uri=f"escpos-file://{tmp_path}/x")
    assert refused.value.text("zh") == "王五 没有安排房间。"
    assert counts(ev)[1] == 0


def test_page_printers_and_the_preview_print_the_same_slip(
    small_event: SmallEvent, tmp_path: Path
) -> None:
    ev = small_event
    out = tmp_path / "slip.png"
    queued = slips.assign_with_slip(
        ev.uow, ev.ctx, ev.codes["张三"], "301", uri=f"png://{out}?dpi=203"
    ).result
    [job] = _send_all(ev)
    assert job.status == JobStatus.DONE
    with ev.uow.reading():
        payload = ev.uow.print_jobs.payload(queued.job_id)
    assert payload is not None
    printed = Image.open(out).convert("RGB")
    assert printed.width == 639  # 80 mm at 203 dpi
    assert printed.convert("L").getextrema()[0] < 100  # ink on the paper
    preview = receipt_preview(RoomSlipDocument.from_dict(payload["slip"]), dpi=203)
    assert preview.convert("RGB").tobytes() == printed.tobytes()
