"""Storage trouble as a desk meets it, on real file systems: a full disk, a read-only file,
a read-only folder, a write-protected stick. Each says its own one sentence (exit 1), new
files are all or nothing, and an event file on read-only media still opens for reading."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from huiwu_desk.adapters.db.eventfile import open_event
from huiwu_desk.domain.errors import (
    DiskFull,
    ReadOnlyFile,
    ReadOnlyFolder,
    ReadOnlyMedium,
)
from huiwu_desk.services import desk
from tests.integration.storage_helpers import can_drop_caps, cli, fill, remount, tmpfs
from tests.integration.sync_helpers import PASS, make_desks

FOREIGN = "不是会务报到台的会议文件"


def said(done, sentence: str) -> None:  # type: ignore[no-untyped-def]
    """Exit 1 with exactly that one sentence (both languages) on stderr."""
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert done.stderr == sentence + "\n", done.stderr


def integrity_ok(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()


def first_code(path: Path) -> str:
    found = cli("find", path, "", "--json", "--limit", "1")
    assert found.returncode == 0, found.stderr
    return str(json.loads(found.stdout)[0]["code"])


def test_new_on_a_full_disk_leaves_nothing_and_works_once_there_is_room(tmp_path):
    with tmpfs(tmp_path / "disk", "256k") as disk:
        ev = disk / "ev.huiwu"
        said(cli("new", ev, "--name", "年会", "--desk", "A1"), DiskFull().both())
        assert sorted(os.listdir(disk)) == []  # not even .ev.huiwu.creating or its -wal
        remount(disk, "size=16m")
        made = cli("new", ev, "--name", "年会", "--desk", "A1")
        assert made.returncode == 0, made.stderr
        assert cli("stats", ev, "--json").returncode == 0
        integrity_ok(ev)


def test_join_on_a_nearly_full_disk_leaves_nothing_and_works_once_there_is_room(tmp_path):
    lead = make_desks(tmp_path, 1)[0]
    lead.close()
    bundle = tmp_path / "lead.hwsync"
    with tmpfs(tmp_path / "roomy", "64m") as roomy:  # how big the joined file is
        made = cli("join", roomy / "m.huiwu", bundle, "--desk", "B1", "--passphrase", PASS)
        assert made.returncode == 0, made.stderr
        size = (roomy / "m.huiwu").stat().st_size
    # Room for the file but not for it and its WAL: before, the temp file was renamed into
    # place without its WAL (a corrupt ev.huiwu), the desk read "nothing was changed", and a
    # second join was refused because the file existed.
    with tmpfs(tmp_path / "disk", f"{size * 19 // 10 // 1024}k") as disk:
        ev = disk / "ev.huiwu"
        joined = cli("join", ev, bundle, "--desk", "B1", "--passphrase", PASS)
        said(joined, DiskFull().both())
        assert sorted(os.listdir(disk)) == []
        remount(disk, "size=64m")
        again = cli("join", ev, bundle, "--desk", "B1", "--passphrase", PASS)
        assert again.returncode == 0, again.stderr
        stats = json.loads(cli("stats", ev, "--json").stdout)
        assert stats["attendees"] > 0
        integrity_ok(ev)


def test_demo_on_a_full_disk_leaves_nothing(tmp_path):
    with tmpfs(tmp_path / "disk", "1m") as disk:
        said(cli("demo", disk / "d.huiwu", "--attendees", "200"), DiskFull().both())
        assert sorted(os.listdir(disk)) == []


def test_a_good_event_file_on_a_full_disk_is_still_an_event_file(tmp_path):
    with tmpfs(tmp_path / "disk", "4m") as disk:
        ev = disk / "ev.huiwu"
        assert cli("demo", ev, "--attendees", "30").returncode == 0
        code = first_code(ev)  # a reader leaves its -wal and -shm: reading needs no room
        filler = fill(disk)
        read = cli("stats", ev, "--json")
        assert read.returncode == 0, read.stderr
        assert json.loads(read.stdout)["attendees"] == 30
        said(cli("checkin", ev, code), DiskFull().both())
        # Without them (the writer's close removed them) even reading needs room for a -shm.
        assert not Path(f"{ev}-wal").exists() or not Path(f"{ev}-wal").stat().st_size
        for side in ("-wal", "-shm"):
            Path(f"{ev}{side}").unlink(missing_ok=True)
        fill(disk)  # what they held too
        for done in (cli("stats", ev, "--json"), cli("checkin", ev, code)):
            assert FOREIGN not in done.stderr
            said(done, DiskFull().both())
        filler.unlink()
        assert cli("checkin", ev, code).returncode == 0  # nothing was half-written
        assert json.loads(cli("stats", ev, "--json").stdout)["checked_in"] == 1
        integrity_ok(ev)


def test_a_read_only_file_says_so(tmp_path):
    can_drop_caps()
    ev = tmp_path / "ev.huiwu"
    assert cli("demo", ev, "--attendees", "20").returncode == 0
    code = first_code(ev)
    ev.chmod(0o444)
    said(cli("checkin", ev, code, bound=True), ReadOnlyFile(path=str(ev)).both())
    read = cli("stats", ev, "--json", bound=True)
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout)["checked_in"] == 0


def test_a_read_only_folder_says_so(tmp_path):
    can_drop_caps()
    folder = tmp_path / "shared"
    folder.mkdir()
    ev = folder / "ev.huiwu"
    assert cli("demo", ev, "--attendees", "20").returncode == 0
    code = first_code(ev)
    (folder / "ev.huiwu.lock").unlink()
    before = sorted(os.listdir(folder))
    folder.chmod(0o555)
    try:
        sentence = ReadOnlyFolder(folder=str(folder)).both()
        said(cli("checkin", ev, code, bound=True), sentence)
        said(cli("new", folder / "n.huiwu", "--name", "年会", "--desk", "A1", bound=True), sentence)
        assert sorted(os.listdir(folder)) == before
    finally:
        folder.chmod(0o755)


def test_a_copied_event_file_on_read_only_media_opens_read_only(tmp_path):
    original = tmp_path / "ev.huiwu"
    assert cli("demo", original, "--attendees", "40").returncode == 0
    code = first_code(original)
    with tmpfs(tmp_path / "stick", "8m") as stick:
        ev = stick / "ev.huiwu"
        shutil.copyfile(original, ev)  # the file alone, as a person copies it
        remount(stick, "ro")
        stats = cli("stats", ev, "--json")
        assert stats.returncode == 0, stats.stderr
        assert json.loads(stats.stdout)["attendees"] == 40
        found = cli("find", ev, code, "--json")
        assert found.returncode == 0 and json.loads(found.stdout)[0]["code"] == code
        said(cli("checkin", ev, code), ReadOnlyMedium(path=str(ev)).both())
        said(
            cli("new", stick / "n.huiwu", "--name", "年会", "--desk", "A1"),
            ReadOnlyFolder(folder=str(stick)).both(),
        )
        assert os.listdir(stick) == ["ev.huiwu"]  # no -wal, -shm or .lock was made

        # The window opens it read-only and says why; a check-in there gets the sentence.
        with open_event(ev, or_read_only=True) as store:
            assert store.read_only
            assert store.notice == ReadOnlyMedium(path=str(ev)).text("zh")
            with pytest.raises(ReadOnlyMedium):
                desk.check_in(store.uow, store.context(), code)
        assert os.listdir(stick) == ["ev.huiwu"]
