"""Text that cannot hurt (issue 17, "Text" and "Smaller"): control characters are cleaned at
every door (a roster's cells, a setup workbook's, the command line's arguments), and what an
older desk already stored with them exports all the same; `export -o` writes only a regular
file; `find --json` masks phone numbers."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from huiwu_desk.cli.main import main
from huiwu_desk.domain.fees import BillTo
from huiwu_desk.domain.model import Source
from huiwu_desk.services import desk, exports, rooms
from huiwu_desk.services.fees import shifts
from huiwu_desk.services.printing import pay_with_receipt
from tests.integration.fees_helpers import build_fee_event
from tests.integration.printing_support import text_outside_rasters
from tests.integration.test_setup_book import book, organizer_sheets

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # all but \t \n \r (XML's own)
BAD_NAME = "赵\x01六\x85"  # a C0 control and a C1 line break (NEL)
BAD_OPERATOR = "李\x1b[31m娜\x07"  # an escape sequence and a bell, from a terminal


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _poisoned(path: Path) -> Path:
    """An event whose file holds control characters as an older desk stored them: an op
    written straight into the log (a name, a unit, an operator), then rows changed in place."""
    ev = build_fee_event(path)
    uow, old = ev.uow, replace(ev.ctx, operator=BAD_OPERATOR)
    with uow.writing():
        uow.log.append(old, "attendee.create", uow.new_id(), {
            "code": "OLD01", "source": Source.WALK_IN.value,
            "fields": {"name": BAD_NAME, "unit": "协和\x00医院", "phone": "13800000001",
                       "category_id": ev.categories["delegate"], "notes": "一\x0b二\x9b"},
        })  # fmt: skip
    shifts.open_shift(uow, old, 10000)
    for code in ("OLD01", ev.codes["张三"]):
        desk.check_in(uow, old, code)
        desk.hand_out(uow, old, code)
        rooms.assign_room(uow, old, code, "301")
    pay_with_receipt(uow, old, "OLD01", 120000, "cash", invoice_title="协和医院")
    bill = BillTo("北京协和医院", "王主任")
    pay_with_receipt(uow, old, ev.codes["张三"], 1200, "bill", bill_to=bill)
    ev.store.close()
    with sqlite3.connect(path) as db:  # and rows as old files have them
        db.execute("UPDATE payments SET invoice_title = invoice_title || char(1, 133)")
        db.execute("UPDATE payments SET bill_unit = bill_unit || char(27)")
        db.execute("UPDATE hotels SET name = name || char(7) || '/[1]'")
        db.execute("UPDATE attendees SET department = 'ICU' || char(31)")
    return path


def test_every_list_exports_what_an_older_desk_stored_with_control_characters(capsys, tmp_path):
    event = _poisoned(tmp_path / "old.huiwu")
    for kind in exports.KINDS:
        out = tmp_path / f"{kind}.xlsx"
        code, _, err = _run(capsys, "export", kind, str(event), "-o", str(out))
        assert code == 0, (kind, err)  # never "内部错误 IllegalCharacterError"
        with zipfile.ZipFile(out) as z:
            for member in z.namelist():
                text = z.read(member).decode("utf-8")
                assert not CONTROL.search(text), (kind, member, CONTROL.findall(text))
        cells = [
            str(v) for ws in openpyxl.load_workbook(out).worksheets
            for row in ws.iter_rows(values_only=True) for v in row if v is not None
        ]  # fmt: skip
        assert not any(CONTROL.search(c) for c in cells), kind
        if kind in ("roster", "fees", "rooming"):
            assert any("赵六" in c for c in cells), kind
        if kind in ("fees", "shifts"):
            assert any("李[31m娜" in c for c in cells), kind  # the operator, cleaned
    hotel = openpyxl.load_workbook(tmp_path / "hotel.xlsx").sheetnames
    assert not any(CONTROL.search(name) or "/" in name for name in hotel)
    setup = tmp_path / "setup.xlsx"  # the setup workbook holds the hotel's name too
    code, _, err = _run(capsys, "setup", "export", str(event), "-o", str(setup))
    assert code == 0, err
    with zipfile.ZipFile(setup) as z:
        assert not any(CONTROL.search(z.read(m).decode("utf-8")) for m in z.namelist())


def test_a_receipt_prints_a_stored_control_character_never_obeys_it(capsys, tmp_path):
    event = _poisoned(tmp_path / "old.huiwu")
    out = tmp_path / "receipt.bin"
    code, _, err = _run(capsys, "pay", str(event), "OLD01", "--amount", "1", "--method",
                        "cash", "--printer", f"escpos-file://{out}")  # fmt: skip
    assert code == 0, err
    text = text_outside_rasters(out.read_bytes())  # the unit was stored as 协和\x00医院
    assert "单位：协和医院\n".encode("gb18030") in text
    assert "协和\x00医院".encode("gb18030") not in text


def _stored(path: Path, sql: str) -> list[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return [str(r[0]) for r in db.execute(sql)]


def test_a_rosters_cells_lose_their_control_characters(capsys, tmp_path):
    event = tmp_path / "roster.huiwu"
    assert _run(capsys, "new", str(event), "--name", "会\x1b议", "--desk", "A1")[0] == 0
    roster = tmp_path / "名单.csv"
    roster.write_bytes(
        "姓名,单位,手机,备注\n张\x01三,北京\x1b协和\x85医院,13800138000,要\x07素食\n".encode()
    )
    code, _, err = _run(capsys, "import", str(event), str(roster))
    assert code == 0, err
    assert _stored(event, "SELECT name || unit || notes FROM attendees") == [
        "张三北京协和医院要素食"
    ]
    assert _stored(event, "SELECT name FROM event") == ["会议"]


def test_a_setup_workbooks_cells_lose_their_control_characters(capsys, tmp_path):
    sheets = organizer_sheets()
    sheets["参会类别"][2][1] = "代表\x85\x7f"  # what openpyxl lets through: C1 and DEL
    sheets["资料"][1][0] = "资料袋\x9b"
    event = tmp_path / "setup.huiwu"
    code, _, err = _run(capsys, "new", str(event), "--name", "会", "--desk", "A1", "--setup",
                        str(book(tmp_path / "setup.xlsx", sheets)))  # fmt: skip
    assert code == 0, err
    names = _stored(event, "SELECT name FROM categories UNION ALL SELECT name FROM materials")
    assert "代表" in names and "资料袋" in names
    assert not any(CONTROL.search(n) for n in names)


def test_command_line_arguments_that_become_data_are_cleaned(capsys, tmp_path):
    ev = build_fee_event(tmp_path / "cli.huiwu")
    code_of = ev.codes["张三"]
    ev.store.close()
    f = str(tmp_path / "cli.huiwu")
    code, out, err = _run(capsys, "pay", f, code_of, "--amount", "100", "--method", "card",
                          "--operator", "李娜\x07", "--ref", "42\x0000\x1b01",
                          "--invoice-type", "normal", "--invoice-title", "华西\x9b医院\r\n",
                          "--tax-number", "12510000450717547P", "--json")  # fmt: skip
    assert code == 0, err
    paid = json.loads(out)
    assert paid["invoice"]["title"] == "华西医院" and paid["reference"] == "420001"
    rows = _stored(
        tmp_path / "cli.huiwu",
        "SELECT operator || '|' || invoice_title || '|' || reference FROM payments",
    )
    assert rows == ["李娜|华西医院|420001"]


def _node_intact(path: Path, kind: int) -> bool:
    return stat.S_IFMT(os.lstat(path).st_mode) == kind


def test_export_o_writes_a_regular_file_only(capsys, tmp_path):
    ev = build_fee_event(tmp_path / "o.huiwu")
    ev.store.close()
    event = str(tmp_path / "o.huiwu")
    if os.geteuid() == 0:  # a device node of our own, as /dev/null is: the real one stays safe
        device = tmp_path / "null"
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    else:
        device = Path("/dev/null")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target, kind, what in (
        (device, stat.S_IFCHR, "设备"),
        (Path("/dev/null"), stat.S_IFCHR, "设备"),
        (fifo, stat.S_IFIFO, "管道"),
        (folder, stat.S_IFDIR, "文件夹"),
    ):
        for argv in (("export", "roster", event), ("setup", "export", event)):
            code, _, err = _run(capsys, *argv, "-o", str(target))
            assert code == 1 and f"不是普通文件（而是{what}）" in err, (argv, target, err)
            assert err.count("\n") == 1 and _node_intact(target, kind)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    regular = tmp_path / "list.xlsx"
    regular.write_bytes(b"old")
    link = tmp_path / "link.xlsx"
    link.symlink_to(regular)
    assert _run(capsys, "export", "roster", event, "-o", str(link))[0] == 0
    assert link.is_symlink() and zipfile.is_zipfile(regular)  # written through the link


@pytest.fixture
def phones(tmp_path):  # type: ignore[no-untyped-def]
    ev = build_fee_event(tmp_path / "find.huiwu")
    ev.store.close()
    return tmp_path / "find.huiwu"


def test_find_json_masks_phone_numbers_unless_unmask(capsys, phones):
    code, out, _ = _run(capsys, "find", str(phones), "张三", "--json")
    assert code == 0
    found = json.loads(out)[0]
    assert found["phone"] == "138****8000" and "13800138000" not in out
    assert {"code", "name", "unit", "category", "checked_in"} <= set(found)
    code, out, _ = _run(capsys, "find", str(phones), "", "--json")
    assert "13912345678" not in out and "139****5678" in out
    code, out, _ = _run(capsys, "find", str(phones), "张三", "--json", "--unmask")
    assert json.loads(out)[0]["phone"] == "13800138000"
