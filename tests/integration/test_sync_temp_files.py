"""An import, join or export killed half-way leaves nothing decrypted in the temp folder.

The child runs with its own temp folder (TMPDIR), so the whole of it can be read after the
kill: not one of the event's phone numbers, not its name, may be found in any file there.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from huiwu_desk.adapters.bundles.bundle_file import sweep_work_dirs
from huiwu_desk.services.demo import EVENT_NAME
from tests.integration.sync_helpers import lead_and_empty_desk

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("tempchild.py")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX-only")


@pytest.fixture(scope="module")
def event(tmp_path_factory):
    """The lead's event file and bundle, and a desk of the event that holds none of its ops."""
    folder = tmp_path_factory.mktemp("event")
    bundle, _empty = lead_and_empty_desk(folder)
    with sqlite3.connect(folder / "lead.huiwu") as con:
        phones = {row[0].encode() for row in con.execute("SELECT phone FROM attendees")}
    con.close()
    assert len(phones) > 2000
    return folder, bundle, phones


def _in_clear(temp: Path, phones: set[bytes]) -> list[str]:
    """Files under ``temp`` holding a phone number or the event's name."""
    name = EVENT_NAME.encode()
    found = []
    for path in temp.rglob("*"):
        try:
            data = path.read_bytes() if path.is_file() else b""
        except FileNotFoundError:  # removed meanwhile (a worker's last clean-up): not left over
            continue
        if name in data or phones & set(re.findall(rb"1\d{10}", data)):
            found.append(str(path.relative_to(temp)))
    return found


def _work_written(temp: Path) -> bool:
    """Has the child written more than the copy of a bundle into a folder of its own?"""
    for p in temp.rglob("*"):
        try:
            if p.is_file() and p.name != "bundle.hwsync" and p.stat().st_size > 0:
                return True
        except FileNotFoundError:  # the child removed it while we looked
            continue
    return False


def _kill_child(args: list[str], temp: Path, delay: float | None) -> bool:
    """Run the child with ``temp`` as its temp folder and SIGKILL it: after ``delay``
    seconds, or (None) as soon as it has written into it. True if it was killed there."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(temp))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    if delay is None:
        while child.poll() is None and not _work_written(temp):
            time.sleep(0.001)
    else:
        time.sleep(delay)
    written = _work_written(temp)
    os.kill(child.pid, signal.SIGKILL)
    child.communicate()
    time.sleep(0.5)  # its worker processes see it gone and exit
    return written


@pytest.mark.parametrize("job", ["import", "join", "export"])
def test_a_killed_sync_leaves_nothing_in_clear_in_the_temp_folder(
    event, tmp_path, job, monkeypatch
):
    folder, bundle, phones = event
    caught = 0
    # four tries killed as soon as it writes (a loaded machine may let a child finish between
    # seeing its file and the kill), then two at fixed times
    for n, delay in enumerate((None, None, None, None, 0.05, 0.3)):
        temp = tmp_path / f"temp{n}"
        temp.mkdir()
        if job == "import":
            target = tmp_path / f"desk{n}.huiwu"
            shutil.copy(folder / "empty.huiwu", target)
            args = [job, str(target), str(bundle)]
        elif job == "join":
            args = [job, str(bundle), str(tmp_path / f"joined{n}.huiwu")]
        else:
            args = [job, str(folder / "lead.huiwu"), str(tmp_path / f"out{n}.hwsync")]
        caught += _kill_child(args, temp, delay)

        assert _in_clear(temp, phones) == [], f"{job} killed after {delay} s"
        # what it left is removed by the next import at once: its process is dead
        monkeypatch.setattr(tempfile, "tempdir", str(temp))
        sweep_work_dirs()
        assert not list(temp.glob("huiwu-*"))
    assert caught >= 2  # the child was killed with its temp files written, not before or after
