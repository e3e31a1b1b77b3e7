"""Files that kill (issue 17): each is one sentence, the desk lives, nothing is written.

The command line runs as a real process limited to 2 GB of address space (the sheet reader's
child inherits that bound): before the bounded reader, these files aborted it (exit 134,
calamine asking for 48 GB or 512 GB), took 9 GB and 30 s (the bomb), or died of a MemoryError
after 20 s (a name of 30,000 characters: every suffix of it indexed).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from huiwu_desk.adapters.sheets import SetupBookFiles, SheetFileReader
from huiwu_desk.domain import limits
from huiwu_desk.domain.sheet_errors import UnreadableSheet, UnsafeSheet
from tests.conftest import build_small_event
from tests.fixtures.hostile_sheets import (
    HONEST,
    far_cell,
    long_name_rows,
    shared_string_bomb,
    write_sheet,
    zip_bomb,
)
from tests.fixtures.rosters import write_xlsx

try:
    import resource
except ImportError:  # Windows: the reader's child limits itself with a Job Object there
    resource = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parents[2]
ADDRESS_SPACE = 2 << 30
SENTENCE = "这个文件无法安全读取"


def _bounded() -> None:  # in the command's process, before it starts
    if resource is not None:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "huiwu_desk", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=300,
        preexec_fn=_bounded if resource is not None else None,
    )


@pytest.fixture
def event(tmp_path: Path) -> Path:
    path = tmp_path / "event.huiwu"
    build_small_event(path).store.close()
    return path


def _people(event: Path) -> int:
    done = cli("stats", str(event), "--json")
    assert done.returncode == 0, done.stderr
    return int(json.loads(done.stdout)["attendees"])


HOSTILE = {
    "shared_strings": (shared_string_bomb, "声明的文字条数异常（2000000000）"),
    "far_cell": (far_cell, "声明的表格范围异常（A1:XFD1048576）"),
    "zip_bomb": (zip_bomb, "解压后超过 1024 MB"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
@pytest.mark.parametrize("dry_run", [True, False], ids=["dry_run", "import"])
def test_a_hostile_roster_is_one_sentence_and_the_desk_lives(event, tmp_path, kind, dry_run):
    make, why = HOSTILE[kind]
    path = make(tmp_path / f"{kind}.xlsx")
    before = _people(event)
    started = time.monotonic()
    done = cli("import", str(event), str(path), *(["--dry-run"] if dry_run else []))
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    line = done.stderr.strip()
    assert line.startswith(f"{SENTENCE}：“{path.name}”{why}，"), line
    assert "\n" not in line and "Traceback" not in line and "memory allocation" not in line
    assert time.monotonic() - started < 60
    assert _people(event) == before


def test_a_hostile_setup_workbook_is_one_sentence_and_no_event_is_made(event, tmp_path):
    sst = shared_string_bomb(tmp_path / "设置.xlsx")
    done = cli("setup", "import", str(event), str(sst))
    assert done.returncode == 1 and done.stderr.startswith(SENTENCE), done.stderr[-2000:]
    new = tmp_path / "new.huiwu"
    far = far_cell(tmp_path / "设置2.xlsx")
    done = cli("new", str(new), "--name", "年会", "--desk", "A1", "--setup", str(far))
    assert done.returncode == 1 and done.stderr.startswith(SENTENCE), done.stderr[-2000:]
    assert not new.exists()


def test_a_hostile_room_list_is_one_sentence(tmp_path):
    with pytest.raises(UnsafeSheet) as caught:
        SetupBookFiles().read_rooms(shared_string_bomb(tmp_path / "房间.xlsx"), "会议中心酒店")
    assert caught.value.text("zh").startswith(f"{SENTENCE}：“房间.xlsx”声明的文字条数异常")


def test_a_bomb_hiding_its_size_is_a_damaged_file(tmp_path):
    """The zip's directory says 4 kB; the reader holds it to that and finds it damaged."""
    path = zip_bomb(tmp_path / "hidden.xlsx", hidden=True)
    with pytest.raises(UnreadableSheet):
        SheetFileReader().read(path)


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
def test_what_a_file_hides_kills_the_child_not_the_desk(tmp_path, monkeypatch):
    """A bomb that passes the checks (bounds raised here) meets the child's memory limit."""
    path = zip_bomb(tmp_path / "bomb.xlsx", gib=1)
    monkeypatch.setattr(limits, "SHEET_UNPACKED_BYTES", 4 << 30)
    monkeypatch.setattr(limits, "SHEET_RATIO", 10**6)
    monkeypatch.setattr(limits, "SHEET_CHILD_MEMORY", 512 << 20)
    started = time.monotonic()
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(UnsafeSheet) as caught:
        SheetFileReader().read(path)
    assert caught.value.params["why"] == "memory"
    assert "读取所需内存超过上限" in caught.value.text("zh")
    assert time.monotonic() - started < 60
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    assert grown_kb < 256 << 10  # this process never held the bomb (calamine alone took 9 GB)


def test_a_reader_that_takes_too_long_is_stopped(tmp_path, monkeypatch):
    path = write_sheet(tmp_path / "slow.xlsx")
    monkeypatch.setattr(limits, "SHEET_CHILD_WALL_S", 0.001)
    with pytest.raises(UnsafeSheet) as caught:
        SheetFileReader().read(path)
    assert caught.value.text("zh") == (
        f"{SENTENCE}：“slow.xlsx”读取超时，已停止读取，会议数据没有任何改动。"
    )


def test_a_csv_beyond_the_size_bound_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "名单.csv"
    path.write_text("姓名,单位\n" + "张三,北京大学\n" * 2000, encoding="utf-8")
    monkeypatch.setattr(limits, "SHEET_FILE_BYTES", 10_000)
    with pytest.raises(UnsafeSheet, match="too large"):
        SheetFileReader().read(path)


def test_a_thirty_thousand_character_name_is_a_rejected_row(event, tmp_path):
    """It once took 2.3 GB (every suffix of the name indexed); now it is refused at the door."""
    path = write_xlsx(tmp_path / "长名.xlsx", list(long_name_rows()))
    before = _people(event)
    done = cli("import", str(event), str(path), "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["rejected"] == 1 and report["created"] + report["updated"] == 2
    [rejected] = report["rejected_rows"]
    assert rejected["row"] == 4
    assert rejected["reason"].startswith("姓名太长（30000 个字，最多 64 个字），未导入")
    assert _people(event) == before + report["created"]


def test_an_honest_file_still_imports(event, tmp_path):
    rows = [*HONEST, *([f"代表{i:04d}", "复旦大学", f"139{i:08d}"] for i in range(1, 500))]
    path = write_sheet(tmp_path / "名单.xlsx", rows)
    before = _people(event)
    done = cli("import", str(event), str(path), "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["created"] + report["updated"] == 2 + 499 and report["rejected"] == 0
    assert _people(event) == before + report["created"]


def test_a_setup_cell_or_room_count_beyond_its_bound_is_a_rejected_row(tmp_path):
    from tests.integration.test_setup_book import book, organizer_sheets

    sheets = organizer_sheets()
    sheets["参会类别"].append(["", "代" * (limits.SETUP_CELL + 1), "", "否"])
    sheets["会议"].append(["会议地点", "馆" * (limits.SETUP_CELL + 1)])
    # 51 rows of 999 rooms: 50,949 rooms (10,000 such rows once made ten million in memory)
    sheets["酒店房间"] = [["酒店", "房号"]] + [
        ["会议中心酒店", f"{i}001-{i}999"] for i in range(51)
    ]
    path = book(tmp_path / "设置.xlsx", sheets)
    setup, _where, problems = SetupBookFiles().read(path)
    said = {(p.sheet, p.row): p.reason.text("zh") for p in problems}
    assert said[("参会类别", 6)].startswith("“类别名称”一栏太长（1001 个字，最多 1000 个字）")
    assert said[("会议", 9)].startswith("“会议地点”一栏太长")
    assert said[("酒店房间", 52)] == "房间超过 50000 间，从这一行起未读取"
    assert len(setup.rooms) == 50 * 999
    assert all(len(c.name) <= limits.SETUP_CELL for c in setup.categories)


def test_a_sheet_whose_grid_is_too_big_for_the_desk_is_refused_in_the_child(tmp_path):
    """One value at P1000000 makes a grid of 16 million cells: the child could hold it (0.5 GB),
    the desk is not sent it."""
    cell = '<row r="1000000"><c r="P1000000"><v>1</v></c></row>'
    path = write_sheet(tmp_path / "远.xlsx", dimension="A1:P1000000", extra_cells=cell)
    with pytest.raises(UnsafeSheet) as caught:
        SheetFileReader().read(path)
    assert "的表格太大（1000000 行 × 16 列）" in caught.value.text("zh")


def test_more_text_than_the_desk_takes_is_refused_unread(tmp_path, monkeypatch):
    """A cell of 100 MB of random text packs honestly and fits the child; the desk takes at most
    SHEET_TRANSFER_BYTES of rows (bound lowered here to an honest sheet's size)."""
    rows = [*HONEST, *([f"代表{i:04d}", "复旦大学", f"139{i:08d}"] for i in range(1, 500))]
    path = write_sheet(tmp_path / "多.xlsx", rows)
    monkeypatch.setattr(limits, "SHEET_TRANSFER_BYTES", 4096)
    with pytest.raises(UnsafeSheet) as caught:
        SheetFileReader().read(path)
    assert caught.value.params["why"] == "transfer"
    assert "的内容超过 0 MB" in caught.value.text("zh")
    monkeypatch.setattr(limits, "SHEET_TRANSFER_BYTES", 1 << 20)
    assert len(SheetFileReader().read(path).rows) == 502


def test_a_broken_deflate_stream_is_a_damaged_file_not_an_internal_error(tmp_path):
    path = write_sheet(tmp_path / "坏.xlsx")
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    start = data.index(name) + len(name)  # the local header's name; its data follows
    data[start : start + 4] = b"\xff\xff\xff\xff"  # a deflate block of a type that is none
    path.write_bytes(bytes(data))
    with pytest.raises(UnreadableSheet):
        SheetFileReader().read(path)
