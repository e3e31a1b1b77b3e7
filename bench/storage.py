"""What guarding the live event file costs, run on demand (not part of CI).

    python bench/storage.py [--rounds 5] [--commits 300]

Figures, each the median of ``--rounds`` runs, measured beside its floor in the same run:
- wal_check_us: one check of the WAL and -shm identities (what the writer does after every
  commit, before acknowledging) vs commit_floor_us: one bare sqlite3 INSERT+COMMIT with
  synchronous=FULL on the same disk
- checkin_watched_ms vs checkin_unwatched_ms: a check-in through the service, with the watch
  and with it switched off for the run
- guarded_open_us vs open_floor_us: a Python open()+close() of an unrelated file while an
  event file is live (the audit hook's look-up) vs the same before any event is open
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def commit_floor_us(folder: Path, n: int) -> float:
    con = sqlite3.connect(folder / "floor.db", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE IF NOT EXISTS t (x TEXT)")
    start = time.perf_counter()
    for i in range(n):
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO t VALUES (?)", (str(i),))
        con.execute("COMMIT")
    con.close()
    return (time.perf_counter() - start) / n * 1e6


def open_us(path: Path, n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        with open(path, "rb"):
            pass
    return (time.perf_counter() - start) / n * 1e6


def one_round(folder: Path, commits: int) -> dict[str, float]:
    from huiwu_desk.adapters.db import live_files
    from huiwu_desk.bootstrap import create_event
    from huiwu_desk.services import attendees, desk

    other = folder / "other.txt"
    other.write_text("x")
    figures = {"open_floor_us": open_us(other, 5000)}
    store = create_event(folder / "bench.huiwu", "基准", "B1")
    ctx = store.context()
    codes = [
        attendees.add_attendee(store.uow, ctx, {"name": f"测{i:05d}"}).result
        for i in range(2 * commits)
    ]
    figures["guarded_open_us"] = open_us(other, 5000)
    start = time.perf_counter()
    for _ in range(5000):
        live_files.verify(store.engine)
    figures["wal_check_us"] = (time.perf_counter() - start) / 5000 * 1e6

    def checkins(batch: list[str]) -> float:
        start = time.perf_counter()
        for code in batch:
            desk.check_in(store.uow, ctx, code)
        return (time.perf_counter() - start) / len(batch) * 1e3

    # alternate watched and unwatched batches, so warming up favours neither
    watched, unwatched = [], []
    quarter = commits // 2
    for n in range(4):
        batch = codes[n * quarter : (n + 1) * quarter]
        if n % 2 == 0:
            watched.append(checkins(batch))
            live_files.release(store.path, store.engine)  # the watch off
        else:
            unwatched.append(checkins(batch))
            live_files.hold(store.path, store.engine)  # and on again
    figures["checkin_watched_ms"] = statistics.median(watched)
    figures["checkin_unwatched_ms"] = statistics.median(unwatched)
    live_files.release(store.path, store.engine)
    store.engine.dispose()
    if store.lock is not None:
        store.lock.release()
    figures["commit_floor_us"] = commit_floor_us(folder, commits)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--commits", type=int, default=300)
    args = parser.parse_args()
    runs = []
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory(dir=os.environ.get("HUIWU_BENCH_DIR")) as d:
            runs.append(one_round(Path(d), args.commits))
    print(f"{'figure':<24}{'median':>12}{'min':>12}{'max':>12}")
    for key in runs[0]:
        values = [r[key] for r in runs]
        print(
            f"{key:<24}{statistics.median(values):>12.2f}{min(values):>12.2f}{max(values):>12.2f}"
        )


if __name__ == "__main__":
    main()
