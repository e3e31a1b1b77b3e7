"""Nothing acknowledged is lost while the window holds the event file (issue 12).

A desk process holds the event open and commits; something in that process opens and closes
the event file outside SQLite (as Qt's file dialog or a roster reader did), which drops all of
its POSIX locks; an outside reader runs; more is committed; then SIGKILL. Every acknowledged
check-in and payment must be in the file, receipts unique, and the file intact.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from huiwu_desk.adapters.db import live_files
from huiwu_desk.bootstrap import open_event
from huiwu_desk.domain.errors import LiveEventFile
from tests.integration.test_cli import run as cli
from tests.integration.test_kill9 import prepare_event

ROOT = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks and SIGKILL")


def make_event(path: Path, people: int = 80) -> Path:
    return prepare_event(path, people, desk="L1")


class Desk:
    """The desk process of livechild.py, driven line by line."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("livechild.py")), str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        assert self.read() == ["ready"]
        self.checkins: list[str] = []
        self.receipts: list[str] = []

    def read(self) -> list[str]:
        assert self.proc.stdout is not None
        lines = []
        while True:
            line = self.proc.stdout.readline()
            assert line, f"desk died: {self.proc.stderr.read() if self.proc.stderr else ''}"
            line = line.strip()
            if line in ("ok", "ready"):
                return [*lines, line] if line == "ready" else lines
            lines.append(line)

    def do(self, command: str) -> list[str]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        lines = self.read()
        for line in lines:
            kind, _, value = line.partition(" ")
            if kind == "checkin":
                self.checkins.append(value)
            elif kind == "pay":
                self.receipts.append(value)
        return lines

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.communicate()


def assert_all_kept(path: Path, desk: Desk) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        have_checkins = {r[0] for r in con.execute("SELECT id FROM checkins")}
        have_receipts = [r[0] for r in con.execute("SELECT receipt_no FROM payments")]
    finally:
        con.close()
    missing = set(desk.checkins) - have_checkins
    assert not missing, f"{len(missing)} acknowledged check-ins lost"
    assert set(desk.receipts) <= set(have_receipts), "acknowledged payments lost"
    assert len(have_receipts) == len(set(have_receipts)), "a receipt number was given twice"


def test_a_dialog_open_then_an_outside_export_loses_nothing_at_a_kill(tmp_path):
    path = make_event(tmp_path / "e.huiwu")
    desk = Desk(path)
    desk.do("work 5")
    desk.do("native")  # Qt's MIME sniffing in a file dialog: open + close of the event file
    stats = cli("stats", str(path), "--json")
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["checked_in"] == 5  # the reader sees what was committed
    export = cli("export", "roster", str(path), "-o", str(tmp_path / "r.xlsx"))
    assert export.returncode == 0, export.stderr
    assert Path(f"{path}-wal").exists(), "an outside reader deleted the live WAL"
    desk.do("work 5")
    stats = cli("stats", str(path), "--json")
    assert json.loads(stats.stdout)["checked_in"] == 10  # and new check-ins still reach it
    desk.kill()
    assert_all_kept(path, desk)
    assert len(desk.checkins) == 10


def test_a_writer_whose_wal_was_deleted_recovers_before_acknowledging(tmp_path):
    """Defence in depth: an outside program that is not ours (an old version, a database
    browser) opens the file read-write and, finding no locks, deletes the WAL on close."""
    path = make_event(tmp_path / "e.huiwu")
    desk = Desk(path)
    desk.do("work 3")
    desk.do("native")
    outside = sqlite3.connect(path)  # read-write, as any SQLite tool opens it
    outside.execute("SELECT count(*) FROM checkins").fetchone()
    outside.close()
    assert not Path(f"{path}-wal").exists()  # what happened before this issue was fixed
    desk.do("work 4")  # the first commit after it notices, recovers, then acknowledges
    notices = desk.do("notices")
    assert len(notices) == 1 and "没有丢失数据" in notices[0]
    desk.do("work 3")
    assert Path(f"{path}-wal").exists()  # the desk writes into the file's own WAL again
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    assert con.execute("SELECT count(*) FROM checkins").fetchone()[0] == 10
    con.close()
    desk.kill()
    assert_all_kept(path, desk)
    assert desk.receipts == [f"L1-{n:06d}" for n in range(1, 11)]


def test_python_opens_of_a_live_event_file_are_refused_in_its_process(tmp_path):
    path = make_event(tmp_path / "e.huiwu", people=3)
    desk = Desk(path)
    desk.do("work 1")
    refused = desk.do("python")
    assert refused and refused[0].startswith("refused") and "正在使用的会议文件" in refused[0]
    outside = sqlite3.connect(path)
    outside.execute("SELECT count(*) FROM sqlite_master").fetchall()
    outside.close()
    assert Path(f"{path}-wal").exists()  # locks intact: the outside close was not the last
    desk.do("work 1")
    assert desk.do("notices") == []
    desk.kill()
    assert_all_kept(path, desk)


def test_the_guard_covers_side_files_links_and_renames_and_ends_at_close(tmp_path):
    path = make_event(tmp_path / "e.huiwu", people=1)
    link = tmp_path / "名单.xlsx"
    os.link(path, link)
    store = open_event(path)
    try:
        for target in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), link):
            with pytest.raises(LiveEventFile):
                open(target, "rb").close()
        with pytest.raises(LiveEventFile):
            os.replace(tmp_path / "x", path)
        from huiwu_desk.adapters.sheets.reader import SheetFileReader

        with pytest.raises(LiveEventFile):
            SheetFileReader().sheet_names(link)  # calamine would open it natively
        assert live_files.is_live(path) and not live_files.is_live(tmp_path / "other")
    finally:
        store.close()
    assert not live_files.is_live(path)
    with open(path, "rb") as fh:
        assert fh.read(6) == b"SQLite"


def test_an_output_naming_the_event_file_is_refused_with_its_sentence(tmp_path):
    path = make_event(tmp_path / "e.huiwu", people=2)
    before = cli("stats", str(path), "--json").stdout
    for args in (
        ("export", "roster", str(path), "-o", str(path)),
        ("sync", "export", str(path), "-o", f"{path}-wal", "--passphrase", "口令"),
    ):
        done = cli(*args)
        assert done.returncode == 1
        assert "是正在使用的会议文件" in done.stderr and "Traceback" not in done.stderr
    assert cli("stats", str(path), "--json").stdout == before
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
