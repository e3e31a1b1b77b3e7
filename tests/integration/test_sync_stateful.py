"""Hypothesis drives 3–4 desks through random work and random, duplicated, reordered,
dropped and corrupted bundle exchanges. After a full exchange every desk must hold the same
data, the same conflicts and the same money, and nothing acknowledged may be lost."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import func, select

from huiwu_desk.adapters.db import tables as t
from huiwu_desk.adapters.db.projector import rebuild
from huiwu_desk.adapters.sync_engine import export_bundle, import_bundles, sync_key
from huiwu_desk.bootstrap import open_event
from huiwu_desk.domain.errors import UserFacingError
from huiwu_desk.services import attendees, conflicts, desk, queries, rooms
from tests.integration.sync_helpers import fp, make_desks

DESKS = 4
_template: Path | None = None


def template() -> Path:
    """Desk files made once (event, passphrase, joins); each example works on copies."""
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="huiwu-sync-template-"))
        for store in make_desks(folder, DESKS):
            store.close()
        _template = folder
    return _template


def _money(store) -> int:
    with store.engine.connect() as conn:
        p = t.payments.c
        paid = conn.execute(
            select(func.coalesce(func.sum(p.amount_fen), 0)).where(p.voided.is_(False))
        ).scalar()
        back = conn.execute(select(func.coalesce(func.sum(t.refunds.c.amount_fen), 0))).scalar()
    return int(paid) - int(back)


def _conflict_ids(store) -> set[str]:
    return {c.id for c in conflicts.open_conflicts(store.uow, include_resolved=True)}


def _op_ids(store) -> set[tuple[str, int]]:
    with store.engine.connect() as conn:
        return set(conn.execute(select(t.ops.c.desk_id, t.ops.c.seq)).all())


class Desks(RuleBasedStateMachine):
    @initialize(count=st.integers(min_value=3, max_value=DESKS))
    def setup(self, count: int) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="huiwu-sync-run-"))
        names = sorted(p.name for p in template().glob("*.huiwu"))[:count]
        for name in names:
            shutil.copy(template() / name, self.folder / name)
        self.stores = [open_event(self.folder / name) for name in names]
        self.codes = [a.code for a in queries.search(self.stores[0].uow, "")]
        self.acked: set[tuple[str, int]] = set()
        self.bundles: list[Path] = []
        self.counter = 0

    def teardown(self) -> None:
        for s in getattr(self, "stores", []):
            s.close()
        shutil.rmtree(getattr(self, "folder", "/nonexistent"), ignore_errors=True)

    def _do(self, i: int, fn, *args) -> None:
        store = self.stores[i % len(self.stores)]
        try:
            fn(store.uow, store.context("李娜", supervisor="王芳"), *args)
        except UserFacingError:
            return  # a refusal writes nothing
        with store.engine.connect() as conn:
            top = conn.execute(
                select(func.max(t.ops.c.seq)).where(t.ops.c.desk_id == store.desk_id)
            ).scalar()
        self.acked.add((store.desk_id, int(top)))

    @rule(i=st.integers(0, DESKS - 1), j=st.integers(0, 3))
    def check_in(self, i, j):
        self._do(i, desk.check_in, self.codes[j])

    @rule(i=st.integers(0, DESKS - 1), j=st.integers(0, 3), yuan=st.integers(1, 2000))
    def pay(self, i, j, yuan):
        self._do(i, desk.record_payment, self.codes[j], yuan * 100, "cash")

    @rule(i=st.integers(0, DESKS - 1), j=st.integers(0, 3))
    def refund_latest(self, i, j):
        store = self.stores[i % len(self.stores)]
        with store.uow.reading():
            person = store.uow.attendees.by_code(self.codes[j])
            payments = [p for p in store.uow.payments.for_attendee(person.id) if p.balance_fen > 0]
        if payments:
            self._do(i, desk.refund_payment, payments[-1].receipt_no, None, "随机退款")

    @rule(i=st.integers(0, DESKS - 1), j=st.integers(0, 3), room=st.sampled_from(["301", "302"]))
    def move_room(self, i, j, room):
        self._do(i, rooms.release_room, self.codes[j])
        self._do(i, rooms.assign_room, self.codes[j], room)

    @rule(i=st.integers(0, DESKS - 1), phone=st.sampled_from(["13600000001", "13600000002"]))
    def walk_in(self, i, phone):
        self._do(i, attendees.register_walk_in, {"name": "现场" + phone[-1], "phone": phone})

    @rule(
        i=st.integers(0, DESKS - 1),
        j=st.integers(0, 3),
        title=st.sampled_from(["主任医师", "教授", "护师"]),
    )
    def edit(self, i, j, title):
        self._do(i, attendees.update_attendee, self.codes[j], {"title": title})

    @rule(
        a=st.integers(0, DESKS - 1),
        b=st.integers(0, DESKS - 1),
        mode=st.sampled_from(["normal", "twice", "corrupt", "old", "drop"]),
    )
    def exchange(self, a, b, mode):
        src, dst = self.stores[a % len(self.stores)], self.stores[b % len(self.stores)]
        self.counter += 1
        path = self.folder / f"x{self.counter}.hwsync"
        export_bundle(src, path, sync_key(src, None))
        self.bundles.append(path)
        if mode == "drop" or src is dst:
            return  # the stick was lost
        if mode == "corrupt":
            self.bundles.remove(path)  # the damaged copy is refused, never replayed later
            data = bytearray(path.read_bytes())
            data[len(data) // 2] ^= 0xFF
            path.write_bytes(bytes(data))
            before = fp(dst)
            with pytest.raises(UserFacingError):
                import_bundles(dst, [path], sync_key(dst, None), after_merge=conflicts.refresh)
            assert fp(dst) == before
            return
        chosen = [path, path] if mode == "twice" else [path]
        if mode == "old" and len(self.bundles) > 1:
            chosen = [self.bundles[0], path]  # an old bundle arrives late, out of order
        import_bundles(dst, chosen, sync_key(dst, None), after_merge=conflicts.refresh)

    @precondition(lambda self: hasattr(self, "stores"))
    @invariant()
    def every_desk_keeps_its_own_acknowledged_ops(self):
        have = set().union(*(_op_ids(s) for s in self.stores))
        assert self.acked <= have

    def check_convergence(self) -> None:
        for _ in range(2):  # everyone to everyone, twice: relays included
            for src in self.stores:
                path = self.folder / f"final-{src.desk_code}.hwsync"
                path.unlink(missing_ok=True)
                export_bundle(src, path, sync_key(src, None))
                for dst in self.stores:
                    if dst is not src:
                        import_bundles(
                            dst, [path], sync_key(dst, None), after_merge=conflicts.refresh
                        )
        prints = {fp(s) for s in self.stores}
        assert len(prints) == 1, "desks differ after a full exchange"
        # late ops applied on top of newer ones give the tables a full replay gives
        tables = [_tables(s) for s in self.stores]
        assert all(x == tables[0] for x in tables), "the desks' tables differ"
        with self.stores[0].uow.writing():
            rebuild(self.stores[0].uow.conn)
            conflicts.refresh(self.stores[0].uow)
        assert _tables(self.stores[0]) == tables[0], "the tables differ from a replay"
        assert len({_money(s) for s in self.stores}) == 1, "money is not conserved"
        assert len({frozenset(_conflict_ids(s)) for s in self.stores}) == 1
        for s in self.stores:
            assert self.acked <= _op_ids(s), "an acknowledged op was lost"
        again = import_bundles(
            self.stores[0],
            [self.folder / f"final-{self.stores[1].desk_code}.hwsync"],
            sync_key(self.stores[0], None),
            after_merge=conflicts.refresh,
        )
        assert sum(again.new.values()) == 0 and fp(self.stores[0]) == prints.pop()


def _tables(store) -> dict[str, list[tuple]]:
    """Every projection table's rows, in a stable order."""
    with store.engine.connect() as conn:
        return {
            name: sorted(
                (tuple(r) for r in conn.execute(select(t.metadata.tables[name]))), key=repr
            )
            for name in t.PROJECTION_TABLES
        }


class ConvergingDesks(Desks):
    def teardown(self) -> None:
        if hasattr(self, "stores"):
            self.check_convergence()
        super().teardown()


ConvergingDesks.TestCase.settings = settings(
    max_examples=int(os.environ.get("HUIWU_SYNC_EXAMPLES", "12")),
    stateful_step_count=18,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestDesksConverge = ConvergingDesks.TestCase
