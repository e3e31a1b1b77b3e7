"""Freeze an event file of the current newest schema (run once per migration, before adding the next).

python tests/migrations/make_frozen.py   → tests/migrations/frozen/<revision>.huiwu
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from huiwu_desk.adapters.db.eventfile import HEAD  # noqa: E402
from huiwu_desk.services import desk, rooms  # noqa: E402
from huiwu_desk.services.doors import points, scan  # noqa: E402
from huiwu_desk.services.fees import shifts  # noqa: E402
from tests.conftest import build_small_event  # noqa: E402


def main() -> None:
    out = HERE / "frozen" / f"{HEAD}.huiwu"
    out.unlink(missing_ok=True)
    ev = build_small_event(out)
    desk.check_in(ev.uow, ev.ctx, ev.codes["张三"])
    shifts.open_shift(ev.uow, ev.ctx, 50000)  # from 0008: a shift, its payment, the close
    desk.record_payment(
        ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash", invoice_title="北京协和医院"
    )
    shifts.close_shift(ev.uow, ev.ctx, {"cash": 170000})
    desk.hand_out(ev.uow, ev.ctx, ev.codes["张三"])
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["张三"], "301")
    desk.record_badge_print(ev.uow, ev.ctx, ev.codes["张三"])
    points.add_point(ev.uow, ev.ctx, "午餐", "meal", once=True)  # from 0011: a point, scans
    scan.scan(ev.uow, ev.ctx, "午餐", ev.codes["张三"])
    scan.scan(ev.uow, ev.ctx, "午餐", "NOBODY")
    ev.store.close()
    con = sqlite3.connect(out)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    Path(f"{out}.lock").unlink(missing_ok=True)
    print(out)


if __name__ == "__main__":
    main()
