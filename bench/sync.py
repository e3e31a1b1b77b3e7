"""Sync benchmark: merge bundles from 10 desks × 5,000 ops each into one event file.

    python bench/sync.py [--desks 10] [--ops 5000] [--repeat 3] [--json]

`sync_merge_10x5k_s` is measured beside `sync_insert_floor_s`: a raw sqlite3 executemany of
the same 50,000 op rows into a plain table on the same disk, keyed only by the ops' own key
(desk, seq), which any merge needs to tell a known op from a new one. `sync_merge_late_s`:
the same bundles into a lead desk that recorded 200 payments after the others (every op
arrives late).
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--desks", type=int, default=10)
    parser.add_argument("--ops", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3, help="merges measured (median)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from huiwu_desk.adapters.sync_engine import export_bundle, import_bundles, join_event, sync_key
    from huiwu_desk.demo import make_demo
    from huiwu_desk.services import conflicts, desk, queries

    folder = Path(tempfile.mkdtemp(prefix="huiwu-bench-sync-"))
    lead = make_demo(folder / "lead.huiwu", attendees=2000, passphrase="bench")
    lead_bundle = folder / "lead.hwsync"
    export_bundle(lead, lead_bundle, sync_key(lead, None))
    codes = [a.code for a in queries.search(lead.uow, "", None)]
    lead.close()

    bundles = []
    prep = time.perf_counter()
    for i in range(args.desks):
        store = join_event(lead_bundle, folder / f"d{i}.huiwu", f"D{i}", "bench")
        ctx = store.context()
        with store.uow.writing(), store.uow.log.batch():
            for n in range(args.ops - 1):  # the join wrote one op already
                desk.record_payment(
                    store.uow, ctx, codes[(n * 7 + i) % len(codes)], 100 + n, "cash"
                )
        path = folder / f"d{i}.hwsync"
        export_bundle(
            store, path, sync_key(store, None), above={store.desk_id: 0} | _lead_vv(store)
        )
        bundles.append(path)
        store.close()
    prep = time.perf_counter() - prep

    from huiwu_desk.bootstrap import open_event

    # the same merge into a lead desk that kept working meanwhile: every op arrives late
    late_file = folder / "lead-busy.huiwu"
    shutil.copyfile(folder / "lead.huiwu", late_file)
    busy = open_event(late_file)
    with busy.uow.writing(), busy.uow.log.batch():
        for n in range(200):
            desk.record_payment(busy.uow, busy.context(), codes[n], 100 + n, "cash")
    start = time.perf_counter()
    late = import_bundles(busy, bundles, sync_key(busy, None), after_merge=conflicts.refresh)
    late_s = time.perf_counter() - start
    busy.close()

    # A shared VM's timings wander by a quarter from one run to the next: the merge and
    # its floor are measured in pairs, and the medians reported (and the ratio of those).
    merges, floors = [], []
    for n in range(args.repeat):
        target_file = folder / f"target{n}.huiwu"
        shutil.copyfile(folder / "lead.huiwu", target_file)
        target = open_event(target_file)
        start = time.perf_counter()
        report = import_bundles(
            target, bundles, sync_key(target, None), after_merge=conflicts.refresh
        )
        merges.append(time.perf_counter() - start)
        target.close()
        floors.append(_floor(target_file, folder / f"floor{n}.sqlite", args.desks * args.ops))
    merge_s, floor_s = statistics.median(merges), statistics.median(floors)

    result = {
        "sync_merge_10x5k_s": round(merge_s, 2),
        "sync_insert_floor_s": round(floor_s, 3),
        "sync_ratio": round(merge_s / floor_s, 1),
        "sync_merge_runs_s": " ".join(f"{m:.2f}" for m in merges),
        "sync_floor_runs_s": " ".join(f"{f:.3f}" for f in floors),
        "merged_ops": sum(report.new.values()),
        "rebuilt": report.rebuilt,
        "sync_merge_late_s": round(late_s, 2),
        "rebuilt_late": late.rebuilt,
        "prepare_s": round(prep, 1),
    }
    shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        print(json.dumps(result))
        return
    width = max(map(len, result))
    for key, value in result.items():
        print(f"{key.ljust(width)}  {value}")


def _floor(merged: Path, floor_db: Path, count: int) -> float:
    """A raw sqlite3 executemany of the merged op rows into a plain table, same disk."""
    with sqlite3.connect(merged) as con:
        rows = con.execute(
            "SELECT desk_id, seq, hlc, kind, entity, operator, supervisor, payload, prev_hash, op_hash "
            "FROM ops ORDER BY rowid DESC LIMIT ?",
            (count,),
        ).fetchall()
    con = sqlite3.connect(floor_db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute(
        "CREATE TABLE ops (desk_id, seq, hlc, kind, entity, operator, supervisor, payload, "
        "prev_hash, op_hash, PRIMARY KEY (desk_id, seq))"
    )
    start = time.perf_counter()
    con.execute("BEGIN")
    con.executemany("INSERT INTO ops VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def _lead_vv(store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Send each desk's own ops only (the target already holds the lead's)."""
    from huiwu_desk.adapters.db.sync_store import version_vector

    with store.engine.connect() as conn:
        vv = version_vector(conn)
    return {d: s for d, s in vv.items() if d != store.desk_id}


if __name__ == "__main__":
    main()
