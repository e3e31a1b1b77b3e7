"""Every frozen event file of an older schema opens, is backed up, upgraded, and keeps its data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from huiwu_desk.adapters.db.eventfile import HEAD, schema_revision
from huiwu_desk.adapters.db.tables import metadata
from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import desk, queries

FROZEN = sorted((Path(__file__).parent / "frozen").glob("*.huiwu"))


@pytest.mark.parametrize("frozen", FROZEN, ids=[f.stem for f in FROZEN])
def test_frozen_event_file_upgrades_and_keeps_its_data(frozen, tmp_path):
    path = tmp_path / "old.huiwu"
    shutil.copy(frozen, path)
    old_revision = schema_revision(path)
    with open_event(path) as store:
        assert schema_revision(path) == HEAD
        st = queries.stats(store.uow)
        assert (st.attendees, st.checked_in, st.payments, st.paid_total_fen) == (4, 1, 1, 120000)
        assert st.rooms_used == 1
        # the upgraded file keeps working: a new check-in and a new receipt number
        # search helpers added after 0001 were backfilled: a given name and a unit fragment work
        assert [a.name for a in queries.search(store.uow, "雄信")] == ["单雄信"]
        assert sorted(a.name for a in queries.search(store.uow, "协和")) == ["单雄信", "张三"]
        found = {a.name: a.code for a in queries.search(store.uow, "")}
        desk.check_in(store.uow, store.context(), found["李四"])
        receipt = desk.record_payment(store.uow, store.context(), found["李四"], 500, "cash").result
        # a copied file continues as a new desk (A1B) once files remember their identity
        assert receipt in ("A1-000002", f"{store.desk_code}-000001") and receipt != "A1-000001"
    backups = list(tmp_path.glob("old.huiwu.backups/*.huiwu"))
    assert len(backups) == (0 if old_revision == HEAD else 1)


def test_newest_migration_builds_exactly_the_tables_the_code_uses(tmp_path):
    frozen_head = [f for f in FROZEN if f.stem == HEAD]
    assert frozen_head, f"freeze an event file of {HEAD}: python tests/migrations/make_frozen.py"
    path = tmp_path / "head.huiwu"
    shutil.copy(frozen_head[0], path)
    with open_event(path, write=False) as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []
