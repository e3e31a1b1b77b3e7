"""Quitting never crashes: the real window, in a process of its own, used at the desk and quit.

With PySide6 6.12.0 on Python 3.11 every Qt call took a reference from None or True; some
hundred scans were enough for "Fatal Python error: bool_dealloc" (or none_dealloc) at quit
(ui/refcount_guard.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import huiwu_desk

CHILD = Path(__file__).with_name("quitchild.py")
SCANS = 200  # before the guard: a crash at quit from about 100 on; about 7 s
PEOPLE = 5  # quitchild.PEOPLE: checked in at their first scan


def _env() -> dict[str, str]:
    root = str(Path(huiwu_desk.__file__).resolve().parents[1])
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
    }


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "huiwu_desk", *args],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
        check=True,
    )


@pytest.mark.parametrize("how", ["ctrl_q", "close", "opening"])
def test_quitting_the_window_exits_cleanly_with_everything_in_the_file(
    how: str, tmp_path: Path
) -> None:
    event = tmp_path / "demo.huiwu"
    _cli("demo", str(event), "--attendees", "20")  # made here: a copy would open as a new desk
    child = subprocess.run(
        [sys.executable, "-X", "faulthandler", str(CHILD), str(event), how, str(SCANS)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert "Fatal Python error" not in child.stderr, child.stderr[-3000:]
    assert child.returncode == 0, child.stderr[-3000:]
    stats = json.loads(_cli("stats", "--json", str(event)).stdout)
    assert stats["checked_in"] == (0 if how == "opening" else PEOPLE)


def test_a_terminate_signal_closes_the_event_like_quit(tmp_path: Path) -> None:
    """A shutdown or `kill` (SIGTERM) quits as Ctrl+Q does: exit 0, the event closed (its
    write-ahead log folded in and removed), the lock free for the next window."""
    if sys.platform == "win32":
        pytest.skip("POSIX signals")
    import signal
    import time

    event = tmp_path / "term.huiwu"
    _cli("demo", str(event), "--attendees", "20")
    window = subprocess.Popen(
        [sys.executable, "-m", "huiwu_desk", "--event", str(event)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    wal = Path(f"{event}-wal")
    deadline = time.monotonic() + 30
    while not wal.exists() and time.monotonic() < deadline:  # the event is open
        time.sleep(0.1)
    assert wal.exists(), "the window never opened the event"
    window.send_signal(signal.SIGTERM)
    _out, err = window.communicate(timeout=30)
    assert window.returncode == 0, err
    assert "Fatal Python error" not in err
    assert not wal.exists()  # closed: SQLite folded the log in on the last close
    assert _cli("checkin", str(event), "A100001").returncode == 0  # no stale lock
