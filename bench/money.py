"""The cashier's figures (issue 15), measured beside their floors; bench/run.py prints them.

    python bench/money.py [--payments 50000] [--runs 5] [--json]

- money_filter_p99_ms: the 收费 page's filter (its first page of 200 lines and the totals of
  all it shows) on an event with --payments payments, refunds and voids, over a mix of
  filters (none, operator, desk, shift, method, fee item, an hour, invoices asked,
  combinations); the median over --runs of each run's p99. Goal ≤ 100 ms.
  money_scroll_p99_ms: the same filters scrolled to a page anywhere in what they show.
  money_floor_p99_ms: bare sqlite3 reading the newest 200 payments and their count and sum.
- shift_close_ms: closing (blind) the shift of an operator with 5,000 payments, the Z-report
  queued; the median over --runs closes. Goal ≤ 200 ms. shift_close_floor_ms: bare sqlite3
  summing those 5,000 payments by method and committing one row (synchronous=FULL).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CLOSERS = 5  # operators whose shift of 5,000 payments is closed, one per run
PER_SHIFT = 5000


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def fill(path: Path, payments: int, attendees: int) -> dict[str, list[str]]:
    """A demo event with ``payments`` payments by 10 operators at one desk (the first
    ``CLOSERS`` with an open shift of ``PER_SHIFT`` payments each), ~2 % refunded, ~1 % void.
    Returns the operators' names and the fee item ids."""
    from huiwu_desk.demo import make_demo
    from huiwu_desk.domain.fees import InvoiceRequest
    from huiwu_desk.domain.rules import receipt_number
    from huiwu_desk.services import queries
    from huiwu_desk.services.fees import payments as pay
    from huiwu_desk.services.fees import shifts

    store = make_demo(path, attendees)
    rng = random.Random(15)
    try:
        uow = store.uow
        codes = [a.code for a in queries.search(uow, "", None)]
        with uow.reading():
            items = [i.id for i in uow.catalog.fee_items()]
        operators = [f"收款员{i:02d}" for i in range(10)]
        for name in operators[:CLOSERS]:
            shifts.open_shift(uow, store.context(name), 50000)
        methods = ["cash", "wechat", "alipay", "card", "transfer"]
        plan = [operators[i // PER_SHIFT] for i in range(CLOSERS * PER_SHIFT)]
        plan += [rng.choice(operators[CLOSERS:]) for _ in range(payments - len(plan))]
        rng.shuffle(plan)
        with uow.writing(), uow.log.batch():
            for n, name in enumerate(plan):
                invoice = InvoiceRequest(title=f"单位{n % 500}") if n % 10 == 0 else None
                pay.record(
                    uow, store.context(name), codes[n % len(codes)], 100 * rng.randint(1, 20),
                    rng.choice(methods), fee_item_id=rng.choice(items), invoice=invoice,
                )  # fmt: skip
        ctx = store.context("王芳")
        with uow.writing(), uow.log.batch():
            for n in range(1, payments, 50):  # refunds and voids as the desk writes them
                receipt = receipt_number(store.desk_code, n)
                with uow.reading():
                    payment = uow.payments.by_receipt(receipt)
                assert payment is not None
                if n % 100 == 1:
                    uow.log.append(ctx, "payment.void", uow.new_id(),
                                   {"payment_id": payment.id, "reason": "录错"}, supervisor="王芳")  # fmt: skip
                else:
                    refund_no = receipt_number(store.desk_code, uow.log.next_counter("receipt"))
                    uow.log.append(ctx, "payment.refund", uow.new_id(),
                                   {"payment_id": payment.id, "amount_fen": 100,
                                    "receipt_no": refund_no, "reason": "退"}, supervisor="王芳")  # fmt: skip
    finally:
        store.close()
    return {"operators": operators, "items": items}


def _filters(store: object, known: dict[str, list[str]], rng: random.Random) -> list[object]:
    from huiwu_desk.services.fees.ports import MoneyFilter

    uow = store.uow  # type: ignore[attr-defined]
    with uow.reading():
        shift_ids = [s.id for s in uow.shifts.all()]
        first, last = uow.conn.exec_driver_sql("SELECT min(at_ms), max(at_ms) FROM payments").one()
    hour = 3_600_000
    out: list[object] = []
    for _ in range(40):
        since = rng.randint(first, max(first, last - hour))
        out += [
            MoneyFilter(),
            MoneyFilter(operator=rng.choice(known["operators"])),
            MoneyFilter(desk="A1"),
            MoneyFilter(shift_id=rng.choice(shift_ids)),
            MoneyFilter(method=rng.choice(["cash", "wechat", "card"])),
            MoneyFilter(fee_item_id=rng.choice(known["items"])),
            MoneyFilter(since_ms=since, until_ms=since + hour),
            MoneyFilter(invoice=True),
            MoneyFilter(operator=rng.choice(known["operators"]), method="cash", invoice=False),
            MoneyFilter(kinds=("refund", "void")),
        ]
    return out


def bench_filter(path: Path, known: dict[str, list[str]], runs: int) -> tuple[float, float, float]:
    """(median of the runs' p99 of a new filter, of a scroll to a far page, the floor's p99)."""
    from huiwu_desk.bootstrap import open_event
    from huiwu_desk.services.fees import money_list

    filters, scrolls = [], []
    with open_event(path, write=False) as store:
        rng = random.Random(7)
        wanted = _filters(store, known, rng)
        for _ in range(runs):
            times, far = [], []
            for f in wanted:
                start = time.perf_counter()
                page = money_list.list_money(store.uow, f)  # type: ignore[arg-type]
                times.append((time.perf_counter() - start) * 1000)
                assert page.totals is not None
                deep = rng.randint(0, max(page.totals.lines - 200, 0))
                start = time.perf_counter()
                money_list.list_money(store.uow, f, offset=deep, totals=False)  # type: ignore[arg-type]
                far.append((time.perf_counter() - start) * 1000)
            filters.append(pct(times, 0.99))
            scrolls.append(pct(far, 0.99))
    con = sqlite3.connect(path)
    floor = []
    for _ in range(runs * 50):
        start = time.perf_counter()
        con.execute("SELECT * FROM payments ORDER BY at_ms DESC LIMIT 200").fetchall()
        con.execute("SELECT count(*), sum(amount_fen) FROM payments").fetchall()
        floor.append((time.perf_counter() - start) * 1000)
    con.close()
    return statistics.median(filters), statistics.median(scrolls), pct(floor, 0.99)


def bench_close(path: Path, known: dict[str, list[str]], runs: int) -> tuple[float, float]:
    from huiwu_desk.bootstrap import open_event
    from huiwu_desk.services import printing
    from huiwu_desk.services.fees import shifts

    closes = []
    ids = []
    with open_event(path) as store:
        printing.set_printer(store.uow, "receipt", f"escpos-file://{path.parent}/z.bin")
        for name in known["operators"][: min(runs, CLOSERS)]:
            ctx = store.context(name)
            now = shifts.current_shift(store.uow, ctx)
            assert now is not None and now.payments >= PER_SHIFT * 0.9
            counted = {m: v for m, v in now.expected.items() if m != "transfer"}
            counted["cash"] = counted.get("cash", 0) + 1000  # a little over: a reason, no PIN
            ids.append(now.shift_id)
            start = time.perf_counter()
            shifts.close_shift(store.uow, ctx, counted, "多收 10 元")
            closes.append((time.perf_counter() - start) * 1000)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TEMP TABLE t (v TEXT)")
    floor = []
    for shift_id in ids:
        start = time.perf_counter()
        con.execute(
            "SELECT method, sum(amount_fen) FROM payments WHERE shift_id = ? GROUP BY method",
            (shift_id,),
        ).fetchall()
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO t VALUES ('x')")
        con.execute("COMMIT")
        floor.append((time.perf_counter() - start) * 1000)
    con.close()
    return statistics.median(closes), statistics.median(floor)


def money_figures(folder: Path, payments: int, runs: int, attendees: int) -> dict[str, float]:
    event = folder / f"money-{payments}.huiwu"
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{event}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    known = fill(event, payments, attendees)
    built = time.perf_counter() - start
    p99, scroll, floor = bench_filter(event, known, runs)
    close, close_floor = bench_close(event, known, runs)
    return {
        "money_payments": payments,
        "money_fill_s": round(built, 1),
        "money_filter_p99_ms": round(p99, 2),
        "money_scroll_p99_ms": round(scroll, 2),
        "money_floor_p99_ms": round(floor, 2),
        "shift_close_ms": round(close, 2),
        "shift_close_floor_ms": round(close_floor, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--payments", type=int, default=50_000)
    parser.add_argument("--attendees", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--dir", help="folder for the event file (default: a temp folder)")
    args = parser.parse_args()
    folder = Path(args.dir or tempfile.mkdtemp(prefix="huiwu-money-"))
    folder.mkdir(parents=True, exist_ok=True)
    result = money_figures(folder, args.payments, args.runs, args.attendees)
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:<24}  {value}")


if __name__ == "__main__":
    main()
