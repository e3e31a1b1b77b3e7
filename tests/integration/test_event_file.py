"""The event file itself: creation, locking, refusal of foreign or newer files, durability."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import select

from huiwu_desk.adapters.db import tables as t
from huiwu_desk.adapters.db.eventfile import HEAD
from huiwu_desk.adapters.db.projector import op_from_row, rebuild
from huiwu_desk.bootstrap import backup, create_event, open_event
from huiwu_desk.domain import errors
from huiwu_desk.services import desk, queries, rooms


def test_new_event_file_is_wal_full_sync_and_migrated(tmp_path):
    path = tmp_path / "e.huiwu"
    with create_event(path, "年会", "a1") as store:
        assert store.desk_code == "A1"
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
    assert not list(tmp_path.glob(".*creating*"))


def test_second_writer_is_refused_but_readers_are_not(small_event):
    path = small_event.store.path
    with pytest.raises(errors.EventLocked) as refused:
        open_event(path)
    assert "正被另一个窗口或命令使用" in refused.value.text("zh")
    with open_event(path, write=False) as reader:
        assert queries.stats(reader.uow).attendees == 4


def test_lock_is_released_on_close(tmp_path):
    path = tmp_path / "e.huiwu"
    create_event(path, "年会", "A1").close()
    open_event(path).close()
    open_event(path).close()


def test_files_that_are_not_event_files_are_refused(tmp_path):
    garbage = tmp_path / "notes.huiwu"
    garbage.write_text("这不是数据库")
    with pytest.raises(errors.NotAnEventFile):
        open_event(garbage)
    other_db = tmp_path / "other.huiwu"
    sqlite3.connect(other_db).execute("CREATE TABLE x (a)").connection.commit()
    with pytest.raises(errors.NotAnEventFile):
        open_event(other_db)
    with pytest.raises(errors.EventFileMissing):
        open_event(tmp_path / "missing.huiwu")
    assert garbage.read_text() == "这不是数据库"


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "future.huiwu"
    create_event(path, "年会", "A1").close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(errors.SchemaTooNew):
        open_event(path)
    assert path.read_bytes() == before


def test_existing_file_is_never_overwritten(tmp_path):
    path = tmp_path / "e.huiwu"
    path.write_text("keep me")
    with pytest.raises(errors.EventFileExists):
        create_event(path, "年会", "A1")
    assert path.read_text() == "keep me"


def test_projection_rebuilt_from_ops_is_identical(small_event):
    ev = small_event
    desk.check_in(ev.uow, ev.ctx, ev.codes["张三"])
    receipt = desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 120000, "cash").result
    desk.refund_payment(ev.uow, ev.sup, receipt, 20000, "学生价")
    desk.hand_out(ev.uow, ev.ctx, ev.codes["张三"])
    desk.return_material(ev.uow, ev.ctx, ev.codes["张三"], "资料袋")
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["李四"], "301")
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["张三"], "301")
    rooms.release_room(ev.uow, ev.ctx, ev.codes["李四"])
    desk.record_badge_print(ev.uow, ev.ctx, ev.codes["王五"])
    from huiwu_desk.services import attendees

    attendees.update_attendee(
        ev.uow, ev.ctx, ev.codes["王五"], {"title": "教授", "phone": "13099998888"}
    )
    before = _dump(ev.store.engine)
    with ev.store.engine.begin() as conn:
        count = rebuild(conn)
    assert count > 20
    assert _dump(ev.store.engine) == before


def test_ops_form_a_verified_hash_chain(small_event):
    ev = small_event
    desk.check_in(ev.uow, ev.ctx, ev.codes["张三"])
    with ev.store.engine.connect() as conn:
        rows = conn.execute(select(t.ops).order_by(t.ops.c.seq)).mappings().all()
    ops = [op_from_row(r) for r in rows]
    assert [o.seq for o in ops] == list(range(1, len(ops) + 1))
    assert all(o.verified() for o in ops)
    assert all(b.prev_hash == a.op_hash for a, b in itertools.pairwise(ops))
    assert [o.hlc for o in ops] == sorted(o.hlc for o in ops)
    assert ops[-1].kind == "checkin" and ops[-1].operator == "李娜"


def test_full_disk_gives_one_sentence_and_writes_nothing(small_event):
    ev = small_event
    engine = ev.store.engine

    @sa_event.listens_for(engine, "connect")
    def _tiny(dbapi_conn, _rec):
        dbapi_conn.execute("PRAGMA max_page_count=1")

    engine.dispose()
    with pytest.raises(errors.DiskFull) as full:
        for i in range(200):
            desk.record_payment(ev.uow, ev.ctx, ev.codes["张三"], 100 + i, "cash", note="x" * 4000)
    assert "磁盘已满" in full.value.text("zh")
    sa_event.remove(engine, "connect", _tiny)
    engine.dispose()
    st = queries.stats(ev.uow)
    with ev.store.engine.connect() as conn:
        receipts = (
            conn.execute(select(t.payments.c.receipt_no).order_by(t.payments.c.receipt_no))
            .scalars()
            .all()
        )
    assert st.payments == len(receipts)
    assert receipts == [f"A1-{i:06d}" for i in range(1, len(receipts) + 1)]


def test_backup_is_a_consistent_openable_copy(small_event, tmp_path):
    ev = small_event
    desk.check_in(ev.uow, ev.ctx, ev.codes["张三"])
    out = backup(ev.store.engine, tmp_path / "copy.huiwu")
    with open_event(out, write=False) as copy:
        assert queries.stats(copy.uow).checked_in == 1
    with pytest.raises(errors.EventFileExists):
        backup(ev.store.engine, out)


def _dump(engine) -> dict[str, list[tuple]]:
    out = {}
    with engine.connect() as conn:
        for name in t.PROJECTION_TABLES:
            table = t.metadata.tables[name]
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[name] = [tuple(r) for r in rows]
    return out


def test_schema_revisions_match_alembic():
    from alembic.script import ScriptDirectory

    from huiwu_desk.adapters.db.eventfile import SCHEMA_REVISIONS
    from huiwu_desk.paths import migrations_dir

    script = ScriptDirectory(str(migrations_dir()))
    walked = [rev.revision for rev in script.walk_revisions()]
    assert list(reversed(walked)) == list(SCHEMA_REVISIONS)
    assert Path(migrations_dir(), "env.py").exists()
