"""排房 figures (issue 16), measured beside their floors; prints a table.

    python bench/rooms.py [--attendees 8400] [--runs 5] [--json]

- autoassign_s: ``room autoassign``'s use case (propose and write every bed as ops, one
  transaction) for everyone who needs a room on a demo event of --attendees people (about
  5,000 of them need a room at the default size); the median over --runs fresh copies.
  Goal ≤ 2 s. propose_s: the proposal alone (the window's preview).
  autoassign_floor_s: bare sqlite3 inserting the same number of assignment rows and their
  room-night rows in one transaction (synchronous=FULL): what writing the beds costs at least.
- The grid's figures (first paint, refresh after one change) are in bench/bench_room_grid.py.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build(path: Path, attendees: int) -> int:
    from huiwu_desk.demo import make_demo
    from huiwu_desk.services.rooms.grid import waiting_list

    store = make_demo(path, attendees)
    try:
        return len(waiting_list(store.uow))
    finally:
        store.close()


def run_autoassign(path: Path) -> tuple[float, float, int]:
    from huiwu_desk.bootstrap import open_event
    from huiwu_desk.services.rooms.pairing import autoassign, propose_rooms

    with open_event(path) as store:
        start = time.perf_counter()
        propose_rooms(store.uow)
        proposed = time.perf_counter() - start
        start = time.perf_counter()
        done = autoassign(store.uow, store.context()).result
        total = time.perf_counter() - start
    return total, proposed, len(done.placements)


def floor(folder: Path, beds: int, nights: int) -> float:
    path = folder / "floor.sqlite"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE a (id TEXT PRIMARY KEY, room TEXT, who TEXT, nights TEXT)")
    con.execute("CREATE TABLE n (a TEXT, room TEXT, who TEXT, night TEXT, PRIMARY KEY (a, night))")
    rows = [(str(uuid.uuid4()), f"r{i // 2}", f"p{i}", "[]") for i in range(beds)]
    start = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.executemany("INSERT INTO a VALUES (?, ?, ?, ?)", rows)
    con.executemany(
        "INSERT INTO n VALUES (?, ?, ?, ?)",
        [(r[0], r[1], r[2], f"2026-12-0{k}") for r in rows for k in range(nights)],
    )
    con.execute("COMMIT")
    took = time.perf_counter() - start
    con.close()
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=8400)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        master = folder / "master.huiwu"
        waiting = build(master, args.attendees)
        totals, proposals, floors, placed = [], [], [], 0
        for i in range(args.runs):
            copy = folder / f"run{i}.huiwu"
            shutil.copy(master, copy)
            total, proposed, placed = run_autoassign(copy)
            totals.append(total)
            proposals.append(proposed)
            floors.append(floor(folder, placed, 3))
            (folder / "floor.sqlite").unlink()
            for extra in folder.glob("floor.sqlite-*"):
                extra.unlink()
    figures = {
        "waiting_people": waiting,
        "placed_people": placed,
        "autoassign_s": round(statistics.median(totals), 3),
        "propose_s": round(statistics.median(proposals), 3),
        "autoassign_floor_s": round(statistics.median(floors), 3),
    }
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{'figure':<22}{'value':>10}")
    for key, value in figures.items():
        print(f"{key:<22}{value:>10}")


if __name__ == "__main__":
    main()
