"""Benchmarks of huiwu_desk, run on demand (not part of CI).

    python bench/run.py [--attendees 50000] [--json]
    python bench/run.py --start-only EVENT.huiwu --exe dist/huiwu-desk/huiwu-desk   (the bundle)

Each figure is measured beside its floor in the same run, on the same disk:
- scan_checkin_p99_ms vs commit_floor_p99_ms (one bare sqlite3 INSERT+COMMIT, synchronous=FULL)
- cold_start_s (process start → the window on the desk page, scan field focused and taking
  scans, while the event opens behind it) vs qt_floor_start_s (process start → an empty
  PySide6 window shown); event_ready_s (→ the event open and the desk page showing it)
- the cashier's figures (bench/money.py, issue 15; ``--money-only`` for these alone):
  money_filter_p99_ms (the 收费 page's filter on --money-payments payments, median of --runs
  runs' p99) vs money_floor_p99_ms; money_scroll_p99_ms (a far page of a filter);
  shift_close_ms (a blind close of an operator's 5,000 payments, median of --runs closes) vs
  shift_close_floor_ms
Keys are emitted only for what was really measured.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def bench_demo(path: Path, attendees: int) -> float:
    from huiwu_desk.demo import make_demo

    start = time.perf_counter()
    make_demo(path, attendees).close()
    return time.perf_counter() - start


def bench_checkin(path: Path, samples: int) -> list[float]:
    from huiwu_desk.bootstrap import open_event
    from huiwu_desk.services import desk, queries

    with open_event(path) as store:
        codes = [a.code for a in queries.search(store.uow, "", None) if not a.checked_in]
        random.Random(1).shuffle(codes)
        ctx = store.context()
        times = []
        for code in codes[:samples]:
            start = time.perf_counter()
            # what a scan does: look the code up, then check in (one write transaction)
            queries.search(store.uow, code, 5)
            desk.check_in(store.uow, ctx, code)
            times.append((time.perf_counter() - start) * 1000)
    return times


def desk_queries(path: Path, count: int) -> list[str]:
    """Typical desk queries: codes, 1–3 Chinese characters, pinyin, initials, last 4 digits, units."""
    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT code, name, pinyin, initials, phone_last4, unit FROM attendees ORDER BY random() LIMIT ?",
        (count,),
    ).fetchall()
    con.close()
    rng = random.Random(7)
    queries = []
    for code, name, pinyin, initials, last4, unit in rows:
        queries += [code, name[:1], name, name[1:] or name, pinyin, initials, last4]
        if len(unit) >= 4:
            start = rng.randrange(0, len(unit) - 2)
            queries.append(unit[start : start + rng.choice((2, 3, 4))])
    rng.shuffle(queries)
    return queries


def bench_search(path: Path, queries: list[str]) -> tuple[list[float], list[float]]:
    from huiwu_desk.bootstrap import open_event
    from huiwu_desk.services import queries as q

    ours = []
    with open_event(path, write=False) as store:
        for text in queries:
            start = time.perf_counter()
            q.search(store.uow, text, 20)
            ours.append((time.perf_counter() - start) * 1000)
    con = sqlite3.connect(path)
    base = []
    for text in queries:
        start = time.perf_counter()
        con.execute("SELECT id FROM attendees WHERE name LIKE ?", (f"%{text}%",)).fetchall()
        base.append((time.perf_counter() - start) * 1000)
    con.close()
    return ours, base


def bench_desk_action(path: Path, samples: int) -> list[float]:
    """A desk action and what the screen then reads: check in, the card, the counters strip."""
    from huiwu_desk.bootstrap import open_event
    from huiwu_desk.services import card, desk, queries

    with open_event(path) as store:
        codes = [a.code for a in queries.search(store.uow, "", None) if not a.checked_in]
        random.Random(2).shuffle(codes)
        ctx = store.context()
        times = []
        for code in codes[:samples]:
            start = time.perf_counter()
            desk.check_in(store.uow, ctx, code)
            card.attendee_card(store.uow, code)
            card.desk_counters(store.uow)
            times.append((time.perf_counter() - start) * 1000)
    return times


def bench_commit_floor(folder: Path, samples: int) -> list[float]:
    db = folder / "floor.sqlite"
    for suffix in ("", "-wal", "-shm"):  # --dir may hold the last run's
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    times = []
    for i in range(samples):
        start = time.perf_counter()
        con.execute("BEGIN")
        con.execute("INSERT INTO t (v) VALUES (?)", (f"row {i}",))
        con.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    con.close()
    return times


def _time_until_markers(
    cmd: list[str], markers: tuple[str, ...], env: dict[str, str]
) -> dict[str, tuple[float, str]]:
    """Seconds from process start until each marker line appears on stdout (and the line)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    seen: dict[str, tuple[float, str]] = {}
    for line in proc.stdout:
        for marker in markers:
            if line.startswith(marker) and marker not in seen:
                seen[marker] = (time.perf_counter() - start, line.strip())
        if len(seen) == len(markers):
            break
    _out, err = proc.communicate(timeout=60)
    if len(seen) < len(markers):
        raise RuntimeError(f"{cmd[1:3]} never became ready: {err[-500:]}")
    return seen


QT_FLOOR = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = QWidget(); w.resize(1280, 800); w.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""


def bench_start(path: Path, runs: int, exe: str | None = None) -> dict[str, float]:
    """cold_start_s: the window is up on the desk page and takes scans (HUIWU_SHOWN);
    event_ready_s: the event is open and the desk page shows it (HUIWU_READY). Scans made
    between the two wait for the event and are answered in order (ui/session.py).
    ``exe``: time this executable (the PyInstaller bundle's) instead of the source checkout;
    the floor stays an empty PySide6 window of this Python."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), HUIWU_EXIT_WHEN_READY="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app starts from compiled bytecode
    app_cmd = [sys.executable, "-m", "huiwu_desk.launcher", "--event", str(path)]
    if exe is not None:
        app_cmd = [str(Path(exe).resolve()), "--event", str(path)]
    floor_cmd = [sys.executable, "-c", QT_FLOOR]
    _time_until_markers(app_cmd, ("HUIWU_SHOWN", "HUIWU_READY"), env)  # writes the bytecode
    _time_until_markers(floor_cmd, ("READY",), env)
    floor, shown, ready = [], [], []
    rss = 0.0
    for _ in range(runs):
        floor.append(_time_until_markers(floor_cmd, ("READY",), env)["READY"][0])
        seen = _time_until_markers(app_cmd, ("HUIWU_SHOWN", "HUIWU_READY"), env)
        shown.append(seen["HUIWU_SHOWN"][0])
        ready.append(seen["HUIWU_READY"][0])
        parts = seen["HUIWU_READY"][1].split()
        if len(parts) > 1:
            rss = max(rss, float(parts[1]))
    out = {
        "cold_start_s": statistics.median(shown),
        "qt_floor_start_s": statistics.median(floor),
        "event_ready_s": statistics.median(ready),
    }
    if rss:
        out["app_rss_mb"] = rss
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=50_000)
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5, help="start-up runs (median)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--dir", help="folder for the event files (default: a temp folder)")
    parser.add_argument(
        "--start-only", metavar="FILE", help="only the start-up figures, on this event file"
    )
    parser.add_argument("--money-payments", type=int, default=50_000)
    parser.add_argument("--money-only", action="store_true", help="only the cashier's figures")
    parser.add_argument(
        "--exe",
        metavar="PATH",
        help="time the start of this executable (dist/huiwu-desk/huiwu-desk) instead of the checkout",
    )
    args = parser.parse_args()
    from money import money_figures  # bench/money.py

    if args.money_only:
        folder = Path(args.dir or tempfile.mkdtemp(prefix="huiwu-bench-"))
        folder.mkdir(parents=True, exist_ok=True)
        _print(money_figures(folder, args.money_payments, args.runs, 5_000), args.json)
        return
    if args.start_only:
        start = bench_start(Path(args.start_only), args.runs, args.exe)
        start["start_ratio"] = start["cold_start_s"] / start["qt_floor_start_s"]
        _print({k: round(v, 3) for k, v in start.items()}, args.json)
        return
    folder = Path(args.dir or tempfile.mkdtemp(prefix="huiwu-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    event = folder / f"bench-{args.attendees}.huiwu"
    result: dict[str, float | int] = {"attendees": args.attendees}
    if event.exists():
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{event}{suffix}").unlink(missing_ok=True)
    result["demo_s"] = round(bench_demo(event, args.attendees), 2)
    result.update({k: round(v, 3) for k, v in bench_start(event, args.runs, args.exe).items()})
    result["start_ratio"] = round(result["cold_start_s"] / result["qt_floor_start_s"], 2)
    ours, base = bench_search(event, desk_queries(event, args.samples // 4))
    result["search_p99_ms"] = round(p99(ours), 2)
    result["search_baseline_p99_ms"] = round(p99(base), 2)
    result["search_ratio"] = round(result["search_p99_ms"] / result["search_baseline_p99_ms"], 2)
    floor = bench_commit_floor(folder, args.samples)
    scans = bench_checkin(event, args.samples)
    result["scan_checkin_p99_ms"] = round(p99(scans), 2)
    result["commit_floor_p99_ms"] = round(p99(floor), 2)
    result["scan_ratio"] = round(result["scan_checkin_p99_ms"] / result["commit_floor_p99_ms"], 2)
    result["desk_action_p99_ms"] = round(p99(bench_desk_action(event, args.samples // 2)), 2)
    result.update(money_figures(folder, args.money_payments, args.runs, 5_000))
    result["bench_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    _print(result, args.json)


def _print(result: dict[str, float | int], as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    width = max(map(len, result))
    print(f"{'figure'.ljust(width)}  value")
    for key, value in result.items():
        print(f"{key.ljust(width)}  {value}")


if __name__ == "__main__":
    main()
