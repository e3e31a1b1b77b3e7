"""0008 (the cashier's day): a file of 0007 with a voided payment upgrades with the void as a
line of its own, exactly as a rebuild of its ops projects it; old payments keep their meaning."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

from huiwu_desk.adapters.db.projector import rebuild
from huiwu_desk.bootstrap import open_event
from huiwu_desk.domain.hlc import Hlc
from huiwu_desk.domain.ops import Op, canonical_json
from huiwu_desk.services.fees import money_list

FROZEN = Path(__file__).parent / "frozen" / "0007_setup.huiwu"
TABLES = ("payments", "refunds", "payment_voids", "shifts")


def _void_as_0007_did(path: Path) -> str:
    """Append a payment.void op to the file's chain and project it as the code of 0007 did."""
    con = sqlite3.connect(path)
    try:
        desk_id, seq, prev = con.execute(
            "SELECT desk_id, seq, op_hash FROM ops ORDER BY hlc DESC, seq DESC LIMIT 1"
        ).fetchone()
        newest = con.execute("SELECT max(hlc) FROM ops").fetchone()[0]
        payment_id, receipt = con.execute("SELECT id, receipt_no FROM payments").fetchone()
        hlc = Hlc(Hlc.decode(newest).wall_ms + 1000).encode()
        op = Op(desk_id, seq + 1, hlc, "payment.void", str(uuid.uuid4()), "李娜",
                {"payment_id": payment_id, "reason": "录错"}, "王芳", prev)  # fmt: skip
        op = replace(op, op_hash=op.compute_hash())
        con.execute(
            "INSERT INTO ops (desk_id, seq, hlc, kind, entity, operator, supervisor, payload, "
            "prev_hash, op_hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (op.desk_id, op.seq, op.hlc, op.kind, op.entity, op.operator, op.supervisor,
             canonical_json(op.payload),
             op.prev_hash, op.op_hash),
        )  # fmt: skip
        con.execute(
            "UPDATE payments SET voided = 1, void_reason = '录错' WHERE id = ?", (payment_id,)
        )
        con.commit()
    finally:
        con.close()
    return str(receipt)


def test_an_old_void_becomes_a_void_line_as_a_rebuild_makes_it(tmp_path: Path) -> None:
    path = tmp_path / "old.huiwu"
    shutil.copy(FROZEN, path)
    receipt = _void_as_0007_did(path)
    with open_event(path) as store:
        [void, payment] = money_list.list_money(store.uow).lines
        assert (void.kind, void.receipt_no, void.reason) == ("void", receipt, "录错")
        assert void.supervisor == "王芳" and void.operator == "李娜" and void.desk_code == "A1"
        # what 0007's payment carried means the same: no shift, no invoice type, no tender
        assert payment.kind == "payment" and payment.voided and payment.shift_id == ""
        assert payment.invoice.type == "" and payment.tendered_fen == 0

        def snapshot() -> dict[str, list[tuple]]:
            with store.engine.connect() as conn:
                return {
                    name: sorted(tuple(r) for r in conn.execute(text(f"SELECT * FROM {name}")))
                    for name in TABLES
                }

        upgraded = snapshot()
        with store.engine.begin() as conn:
            rebuild(conn)
        assert snapshot() == upgraded
