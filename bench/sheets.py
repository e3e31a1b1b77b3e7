"""Spreadsheet benchmarks (issue 3), measured in one run on the same disk:

    python bench/sheets.py [--rows 20000] [--json]

- openpyxl_read_20k_s: pandas.read_excel(engine="openpyxl") of the messy workbook (the floor
  the import is compared with; goal: import_20k_s <= 0.5 x this)
- import_20k_s: the same workbook imported end to end into a new event (read with calamine,
  header found, every cell normalized, duplicates matched, all ops committed in one transaction),
  with its phases read_s / plan_s / commit_s
- export_20k_s: the roster of that event (20k rows, 22 columns) written as styled .xlsx
The messy workbook (merged title, date line, header on row 3, padded names, phones and dates in
every shape, blank and total rows, duplicates) is generated here, not shipped.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    import pandas as pd

    from huiwu_desk.adapters.sheets import sheet_io
    from huiwu_desk.bootstrap import create_event
    from huiwu_desk.services import exports, roster_import
    from tests.fixtures.rosters import write_messy_xlsx

    figures: dict[str, float | int] = {"rows": args.rows}
    with tempfile.TemporaryDirectory(prefix="huiwu-bench-sheets-") as folder:
        tmp = Path(folder)
        book = write_messy_xlsx(tmp / "messy.xlsx", args.rows)
        figures["file_mb"] = round(book.stat().st_size / 2**20, 2)

        start = time.perf_counter()
        frame = pd.read_excel(book, engine="openpyxl", header=None)
        figures["openpyxl_read_20k_s"] = round(time.perf_counter() - start, 3)
        del frame

        nights = [date(2026, 11, 27) + timedelta(days=i) for i in range(3)]
        with create_event(tmp / "bench.huiwu", "基准测试会议", "A1", nights=nights) as store:
            io = sheet_io(store.uow)
            ctx = store.context()
            start = time.perf_counter()
            table = roster_import.open_roster(io, book)
            read = time.perf_counter()
            roster_import.preview_import(store.uow, io, table)
            planned = time.perf_counter()
            report = roster_import.commit_import(store.uow, ctx, io, table).result
            done = time.perf_counter()
            # end to end = read + commit (commit plans again inside its transaction)
            figures["import_20k_s"] = round(done - planned + read - start, 3)
            figures["read_s"] = round(read - start, 3)
            figures["plan_s"] = round(planned - read, 3)
            figures["commit_s"] = round(done - planned, 3)
            figures["created"] = report.created
            figures["ratio_import_to_openpyxl"] = round(
                figures["import_20k_s"] / figures["openpyxl_read_20k_s"], 3
            )
            ticks: list[int] = []
            start = time.perf_counter()
            result = exports.export(
                store.uow,
                io,
                "roster",
                tmp / "roster.xlsx",
                progress=lambda d, t: ticks.append(d) is None,
            )
            figures["export_20k_s"] = round(time.perf_counter() - start, 3)
            figures["export_rows"] = result.rows
            figures["export_progress_calls"] = len(ticks)

    if args.json:
        print(json.dumps(figures))
    else:
        width = max(len(k) for k in figures)
        for key, value in figures.items():
            print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
