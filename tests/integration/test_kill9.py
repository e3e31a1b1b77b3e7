"""kill -9 harness: every operation acknowledged before the kill is in the file afterwards.

A child process checks people in and takes payments, printing each acknowledged op after its
COMMIT; the parent kills it with SIGKILL at random moments (≥ 50 times, ``HUIWU_KILLS``),
reopens the file and checks that every acknowledged op is there, receipts are unique and
gap-free, the hash chain is intact, ``integrity_check`` is ok, and the tables equal a rebuild
from the ops. Meanwhile the child opens and closes the event file as a file dialog did, and
outside readers come and go: our own read-only commands and a plain read-write SQLite
connection (any other program), which deletes the WAL of a writer whose locks were dropped.
"""

from __future__ import annotations

import itertools
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from huiwu_desk.adapters.db import tables as t
from huiwu_desk.adapters.db.projector import op_from_row, rebuild
from huiwu_desk.bootstrap import create_event, open_event
from huiwu_desk.services import attendees

KILLS = int(os.environ.get("HUIWU_KILLS", "50"))
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL harness is POSIX-only")


def prepare_event(path: Path, people: int, desk: str = "K1") -> Path:
    """An event with a fee item and ``people`` attendees with phones, closed again."""
    store = create_event(path, "断电测试", desk)
    ctx = store.context()
    with store.uow.writing():
        from huiwu_desk.services import setup

        setup.add_fee_item(store.uow, ctx, "会务费")
        for i in range(people):
            attendees.add_attendee(store.uow, ctx, {"name": f"测试{i:04d}", "phone": f"139{i:08d}"})
    store.close()
    return path


ENV = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
# Any SQLite program in another process: opens read-write, reads, closes.
OTHER_PROGRAM = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], timeout=10); "
    "c.execute('SELECT count(*) FROM checkins').fetchall(); c.close()"
)


def _outside_reader(path: Path, n: int) -> subprocess.Popen[bytes]:
    """Every fifth kill our own `stats` (read-only), otherwise another SQLite program."""
    if n % 5 == 0:
        args = [sys.executable, "-m", "huiwu_desk", "stats", str(path), "--json"]
    else:
        args = [sys.executable, "-c", OTHER_PROGRAM, str(path)]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)


def _run_and_kill(path: Path, rng: random.Random, n: int = 0) -> tuple[list[str], list[str]]:
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("killchild.py")), str(path), "7"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=ENV,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    reader = _outside_reader(path, n)
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(child.pid, signal.SIGKILL)
    reader.wait(timeout=60)
    out, _ = child.communicate()
    checkins, receipts = [], []
    for line in out.splitlines():
        kind, _, value = line.partition(" ")
        if kind == "checkin":
            checkins.append(value)
        elif kind == "pay":
            receipts.append(value)
    return checkins, receipts


def test_acknowledged_ops_survive_kill_9(tmp_path):
    path = tmp_path / "kill.huiwu"
    prepare_event(path, people=KILLS * 60)
    rng = random.Random(9)
    acked_checkins: list[str] = []
    acked_receipts: list[str] = []
    for n in range(KILLS):
        c, r = _run_and_kill(path, rng, n)
        acked_checkins += c
        acked_receipts += r
    assert len(acked_checkins) >= KILLS, "too few acknowledged ops: the harness tested little"
    print(
        f"{KILLS} kills, {len(acked_checkins)} check-ins and {len(acked_receipts)} payments acknowledged"
    )
    with open_event(path) as store, store.engine.begin() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        have_checkins = set(conn.execute(select(t.checkins.c.id)).scalars())
        have_receipts = set(conn.execute(select(t.payments.c.receipt_no)).scalars())
        assert set(acked_checkins) <= have_checkins
        assert set(acked_receipts) <= have_receipts
        # receipts stay unique and gap-free even across crashes
        all_receipts = list(conn.execute(select(t.payments.c.receipt_no)).scalars())
        assert len(all_receipts) == len(set(all_receipts))
        numbers = sorted(int(r.split("-")[1]) for r in have_receipts)
        assert numbers == list(range(1, len(numbers) + 1))
        rows = conn.execute(select(t.ops).order_by(t.ops.c.seq)).mappings().all()
        ops = [op_from_row(r) for r in rows]
        assert all(o.verified() for o in ops)
        assert all(b.prev_hash == a.op_hash for a, b in itertools.pairwise(ops))
        before = {
            n: conn.execute(select(t.metadata.tables[n])).all() for n in ("checkins", "payments")
        }
        rebuild(conn)
        after = {
            n: conn.execute(select(t.metadata.tables[n])).all() for n in ("checkins", "payments")
        }
        assert sorted(map(tuple, before["checkins"])) == sorted(map(tuple, after["checkins"]))
        assert sorted(map(tuple, before["payments"])) == sorted(map(tuple, after["payments"]))
        conn.rollback()
