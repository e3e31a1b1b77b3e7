"""The door window's part of a scan (issue 18): from the Enter of a scan to the verdict painted.

    python bench/door_window.py [--attendees 50000] [--scans 300] [--json]

A demo event of --attendees people with a session door (once) is made in a temporary folder;
the door window runs offscreen (QT_QPA_PLATFORM=offscreen) with the real session and its
database worker. Each scan is a code typed into the scan field and Enter, as a USB scanner
sends it; 80 % people not yet in, 10 % a second scan of someone in (已用过), 10 % a code
nobody has. ``window_*`` is Enter → verdict painted; ``service_*`` the same scans' service
call alone (``services.doors.scan.scan`` on the same file, no window), so the difference is
what the window adds (the worker hop, the queued signal, the layout and the paint).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def build(path: Path, attendees: int) -> list[str]:
    from huiwu_desk.bootstrap import open_event
    from huiwu_desk.demo import make_demo
    from huiwu_desk.services import queries
    from huiwu_desk.services.doors import points

    make_demo(path, attendees).close()
    with open_event(path) as store:
        points.add_point(store.uow, store.context(), "主会场", "session", once=True)
        points.add_point(store.uow, store.context(), "分会场", "session", once=True)
        return [a.code for a in queries.search(store.uow, "", None)]


def plan(codes: list[str], scans: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    fresh = rng.sample(codes, scans)
    out: list[str] = []
    for n in range(scans):
        roll = rng.random()
        if roll < 0.1 and out:
            out.append(rng.choice(out))  # someone already in: 已用过
        elif roll < 0.2:
            out.append(f"ZZ{n:06d}")  # nobody has it
        else:
            out.append(fresh[n])
    return out


def window_run(path: Path, point: str, sequence: list[str]) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from huiwu_desk.ui.app import DeskApp, setup_application
    from huiwu_desk.ui.doors.door_window import DoorWindow
    from huiwu_desk.ui.prefs import Prefs

    qapp = QApplication.instance() or QApplication([])
    setup_application(qapp, "zh_CN")
    app = DeskApp(Prefs.load())
    app.session.open(path, block=True)
    door = DoorWindow(app.session, point)
    door.resize(1366, 768)
    door.show()
    QTest.qWaitForWindowExposed(door)
    deadline = time.perf_counter() + 1
    while time.perf_counter() < deadline:
        qapp.processEvents()  # the first reads (recent scans, counts) are answered
    for code in sequence:
        before = len(door.timings)
        door.scan.setText(code)  # what the scanner typed; the Enter is a real key event
        QTest.keyClick(door.scan, Qt.Key.Key_Return)
        limit = time.perf_counter() + 5
        while len(door.timings) == before and time.perf_counter() < limit:
            qapp.processEvents()
            time.sleep(0.0005)
    timings = list(door.timings)
    door.close()
    app.shutdown()
    return [t * 1000 for t in timings]


def service_run(path: Path, point: str, sequence: list[str]) -> list[float]:
    from huiwu_desk.bootstrap import open_event
    from huiwu_desk.services.doors import scan

    out = []
    with open_event(path) as store:
        ctx = store.context()
        for code in sequence:
            start = time.perf_counter()
            scan.scan(store.uow, ctx, point, code)
            out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=50_000)
    parser.add_argument("--scans", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["HUIWU_CONFIG_DIR"] = str(Path(folder) / "config")
        os.environ["HUIWU_DATA_DIR"] = str(Path(folder) / "data")
        path = Path(folder) / "door.huiwu"
        start = time.perf_counter()
        codes = build(path, args.attendees)
        built = time.perf_counter() - start
        window = window_run(path, "主会场", plan(codes, args.scans, 1))
        service = service_run(path, "分会场", plan(codes, args.scans, 1))
    figures = {
        "attendees": args.attendees,
        "scans": len(window),
        "build_s": round(built, 1),
        "window_median_ms": round(statistics.median(window), 2),
        "window_p99_ms": round(pct(window, 0.99), 2),
        "window_max_ms": round(max(window), 2),
        "service_median_ms": round(statistics.median(service), 2),
        "service_p99_ms": round(pct(service, 0.99), 2),
    }
    if args.json:
        print(json.dumps(figures))
        return
    for key, value in figures.items():
        print(f"{key:<20} {value}")


if __name__ == "__main__":
    main()
