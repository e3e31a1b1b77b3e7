"""What a scan at a door costs, run on demand (not part of CI).

    python bench/doors.py [--attendees 50000] [--scans 3000]

Figures, on a demo event of ``--attendees`` people (huiwu_desk.demo.make_demo):
- scan_p50_ms / scan_p99_ms / scan_max_ms: one scan → verdict through the service
  (services.doors.scan.scan: read the code, find the person, the checks, write the ``scan`` op,
  commit, the counts), at a meal sitting, ``--scans`` scans over one simulated hour at one door
  (a scan every 1.2 s of desk clock; one in ten a second try, refused as already used; one in
  fifty a code nobody has) — beside commit_floor_ms: one bare sqlite3 INSERT+COMMIT
  (WAL, synchronous=FULL) on the same disk
- rss_before_mb / rss_after_mb: the process's resident memory before the hour and after it
- recent_ms: the door window's list of the last 8 scans; point_list_ms: every point's counts
"""

from __future__ import annotations

import argparse
import gc
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # peak, not current


def commit_floor_ms(folder: Path, n: int = 300) -> float:
    con = sqlite3.connect(folder / "floor.db", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE IF NOT EXISTS t (x TEXT)")
    times = []
    for i in range(n):
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO t VALUES (?)", (str(i),))
        con.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    con.close()
    return statistics.median(times)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=50_000)
    parser.add_argument("--scans", type=int, default=3_000)
    args = parser.parse_args()

    from huiwu_desk.demo import make_demo
    from huiwu_desk.services.doors import points, scan

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        store = make_demo(folder / "bench.huiwu", args.attendees)
        made_s = time.perf_counter() - t0
        con = sqlite3.connect(f"file:{folder / 'bench.huiwu'}?mode=ro", uri=True)
        codes = [r[0] for r in con.execute("SELECT code FROM attendees")]
        con.close()
        ctx = store.context(store.default_operator)
        start = datetime(2026, 12, 3, 11, 30)
        start_ms = int(start.timestamp() * 1000)
        now = [start_ms]
        store.uow.clock = lambda: now[0]
        points.add_point(
            store.uow,
            ctx,
            "12-03 午餐",
            "meal",
            start="2026-12-03T11:30",
            end="2026-12-03T12:30",
        )
        rng = random.Random(18)
        queue = rng.sample(codes, args.scans)
        for _ in range(20):  # warm the caches as a door does with its first people
            scan.scan(store.uow, ctx, "12-03 午餐", rng.choice(codes))
        gc.collect()
        before = rss_mb()
        times: list[float] = []
        admitted = refused = 0
        for i in range(args.scans):
            now[0] = start_ms + int(i * 3_600_000 / args.scans)
            if i % 50 == 49:
                code = f"NOBODY{i}"
            elif i % 10 == 9:
                code = queue[i - 5]  # a second try
            else:
                code = queue[i]
            t = time.perf_counter()
            v = scan.scan(store.uow, ctx, "12-03 午餐", code).result
            times.append((time.perf_counter() - t) * 1000)
            admitted += v.ok
            refused += not v.ok
        gc.collect()
        after = rss_mb()
        t = time.perf_counter()
        scan.recent(store.uow, "12-03 午餐")
        recent_ms = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        points.point_list(store.uow)
        list_ms = (time.perf_counter() - t) * 1000
        floor = commit_floor_ms(folder)
        store.close()

    rows = [
        ("attendees", f"{args.attendees}"),
        ("demo_made_s", f"{made_s:.1f}"),
        ("scans", f"{args.scans} ({admitted} admitted, {refused} refused)"),
        ("scan_p50_ms", f"{statistics.median(times):.2f}"),
        ("scan_p99_ms", f"{pct(times, 99):.2f}"),
        ("scan_max_ms", f"{max(times):.2f}"),
        ("commit_floor_ms", f"{floor:.2f}"),
        ("rss_before_mb", f"{before:.1f}"),
        ("rss_after_mb", f"{after:.1f}"),
        ("recent_ms", f"{recent_ms:.2f}"),
        ("point_list_ms", f"{list_ms:.2f}"),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
