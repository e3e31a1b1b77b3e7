"""Big imports: ops checked in worker processes and applied block by block as they come."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from huiwu_desk.adapters import op_reader
from huiwu_desk.adapters.bundles.bundle_file import read_manifest, write_bundle
from huiwu_desk.adapters.db import tables as t
from huiwu_desk.adapters.db.sync_store import iter_op_lines
from huiwu_desk.adapters.sync_engine import export_bundle, import_bundles, sync_key
from huiwu_desk.bootstrap import create_event
from huiwu_desk.domain import sync_errors
from huiwu_desk.services import conflicts, desk, queries
from tests.integration.sync_helpers import damaged, exchange, fp, own_ops_bundle
from tests.integration.test_sync_merge import _bundle, _code, _dump, _rebuilt


@pytest.fixture
def pooled(monkeypatch):
    """Every import read by worker processes, in blocks of a few ops (many blocks)."""
    monkeypatch.setattr(op_reader, "POOL_MIN_BYTES", 0)
    monkeypatch.setattr(op_reader, "BLOCK_LINES", 3)


def _pay_many(store, codes, n, base=100):
    with store.uow.writing(), store.uow.log.batch():
        for i in range(n):
            desk.record_payment(store.uow, store.context(), codes[i % len(codes)], base + i, "cash")


def _rewritten(store, good, path, change):
    """``good`` written again by a key holder with its op lines changed by ``change``: the
    encryption is sound, only the op hashes can tell."""
    with store.engine.connect() as conn:
        lines = list(iter_op_lines(conn))
    changed = change(lines)
    assert changed != lines
    keep = {k: v for k, v in read_manifest(good).items() if not k.endswith("sha256")}
    return write_bundle(path, keep, changed, sync_key(store, None))


def test_worker_processes_give_the_same_event_as_a_replay(desks, tmp_path, pooled):
    a, b, c = desks
    codes = [_code(a, "张三"), _code(a, "李四")]
    _pay_many(b, codes, 20, base=20000)  # ¥200 a time: more than the ¥1,200 fee
    _pay_many(c, codes, 15, base=20000)
    desk.check_in(c.uow, c.context(), codes[0])

    report = import_bundles(
        a,
        [_bundle(b, tmp_path), _bundle(c, tmp_path)],
        sync_key(a, None),
        after_merge=conflicts.refresh,
    )

    assert report.bundles == 2 and sum(report.new.values()) == 20 + 15 + 1 + 2
    stats = queries.stats(a.uow)
    assert stats.payments == 35 and stats.checked_in == 1
    assert stats.paid_total_fen == sum(20000 + i for i in range(20)) + sum(
        20000 + i for i in range(15)
    )
    # both people paid beyond their fee at two desks: one double payment each, all 35 listed
    found = conflicts.open_conflicts(a.uow)
    assert sorted(c.attendee_code for c in found) == sorted(codes)
    assert sum(len(c.detail["payments"]) for c in found) == 35
    assert _dump(a) == _rebuilt(a)
    again = import_bundles(a, [_bundle(b, tmp_path)], sync_key(a, None))
    assert sum(again.new.values()) == 0 and again.known > 0


def test_a_forged_op_in_an_authentic_bundle_is_refused_by_the_workers(desks, tmp_path, pooled):
    a, b, _ = desks
    _pay_many(b, [_code(b, "张三")], 12)
    good = _bundle(b, tmp_path)
    # a key holder changes an amount and keeps the op's hash: encryption cannot tell
    bad = _rewritten(
        b,
        good,
        tmp_path / "forged.hwsync",
        lambda lines: [x.replace(b'"amount_fen":110', b'"amount_fen":9110') for x in lines],
    )
    before = fp(a)
    with pytest.raises(sync_errors.BundleRejected) as refused:
        import_bundles(a, [good, bad], sync_key(a, None))
    assert "forged.hwsync" in refused.value.text("en")
    assert fp(a) == before and queries.stats(a.uow).payments == 0


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign"])
def test_a_bundle_a_worker_refuses_is_refused_with_its_sentence(desks, tmp_path, pooled, damage):
    a, b, c = desks
    _pay_many(b, [_code(b, "张三")], 6)
    _pay_many(c, [_code(c, "李四")], 5)
    good = _bundle(c, tmp_path)
    bad = _bundle(b, tmp_path)  # the second bundle: opened by a worker, not this process
    if damage != "foreign":
        damaged(bad, damage)
    else:
        other = create_event(tmp_path / "other.huiwu", "别的会议", "Z9", passphrase="另一个口令")
        bad.unlink()
        export_bundle(other, bad, sync_key(other, None))
        other.close()
    before = fp(a)
    with pytest.raises(sync_errors.UserFacingError) as refused:
        import_bundles(a, [good, bad], sync_key(a, None))
    expected = {  # a flipped byte fails the zip's CRC or the authentication, as in this process
        "flip": (sync_errors.BundleRejected, sync_errors.BundleUnreadable),
        "truncate": (sync_errors.BundleUnreadable,),
        "foreign": (sync_errors.ForeignBundle,),
    }[damage]
    assert type(refused.value) in expected
    assert str(bad) in refused.value.text("zh") and "导入" in refused.value.text("zh")
    assert fp(a) == before and queries.stats(a.uow).payments == 0


def test_the_same_ops_twice_in_one_import_are_known_not_new(desks, tmp_path, pooled):
    a, b, c = desks
    _pay_many(b, [_code(b, "张三")], 10)
    exchange(b, c, tmp_path)  # c relays b's ops in its own file
    _pay_many(c, [_code(c, "李四")], 4)
    from_b, from_c = _bundle(b, tmp_path), _bundle(c, tmp_path)

    report = import_bundles(
        a, [from_b, from_c, from_b], sync_key(a, None), after_merge=conflicts.refresh
    )

    assert report.as_json()["new"] == {"B1": 10 + 1, "B2": 4 + 1}  # and each desk's arrival
    assert report.known >= 2 * (10 + 1)
    assert queries.stats(a.uow).payments == 14
    assert _dump(a) == _rebuilt(a)


@pytest.mark.parametrize("block_lines", [2000, 3])
def test_each_op_twice_in_a_row_in_one_bundle_is_merged_once(
    desks, tmp_path, monkeypatch, block_lines
):
    monkeypatch.setattr(op_reader, "BLOCK_LINES", block_lines)
    a, b, _ = desks
    _pay_many(b, [_code(b, "张三")], 5)
    with b.engine.connect() as conn:
        lines = list(iter_op_lines(conn))
    bundle = _rewritten(  # a relay that wrote each line twice
        b,
        _bundle(b, tmp_path),
        tmp_path / "doubled.hwsync",
        lambda lines: [line for line in lines for _twice in (1, 2)],
    )

    report = import_bundles(a, [bundle], sync_key(a, None))

    assert report.as_json()["new"] == {"B1": 5 + 1}
    assert report.known == 2 * len(lines) - (5 + 1)  # the lead's ops a has, and each copy
    assert queries.stats(a.uow).payments == 5


@pytest.mark.parametrize("where", ["here", "in a worker"])
def test_ops_the_desk_holds_are_only_compared_yet_a_forged_one_is_refused(
    desks, tmp_path, monkeypatch, where
):
    if where == "in a worker":
        monkeypatch.setattr(op_reader, "POOL_MIN_BYTES", 0)
        monkeypatch.setattr(op_reader, "BLOCK_LINES", 3)
    a, b, _ = desks
    _pay_many(b, [_code(b, "张三")], 8)
    good = _bundle(b, tmp_path)
    import_bundles(a, [good], sync_key(a, None))
    before = fp(a)

    again = import_bundles(a, [good], sync_key(a, None))  # a shared folder's next round
    assert sum(again.new.values()) == 0 and again.known > 8 and fp(a) == before

    # a key holder changes an amount a already holds and keeps the op's hash
    bad = _rewritten(
        b,
        good,
        tmp_path / "forged.hwsync",
        lambda lines: [x.replace(b'"amount_fen":104', b'"amount_fen":9104') for x in lines],
    )
    with pytest.raises(sync_errors.BundleRejected):
        import_bundles(a, [bad], sync_key(a, None))
    assert fp(a) == before and queries.stats(a.uow).paid_total_fen == sum(range(100, 108))


def test_a_refund_read_before_its_payment_in_one_import_is_applied(desks, tmp_path, pooled):
    a, b, c = desks
    zhang = _code(a, "张三")
    receipt = desk.record_payment(b.uow, b.context(), zhang, 120000, "wechat").result
    from_b = _bundle(b, tmp_path)
    exchange(b, c, tmp_path)
    desk.refund_payment(c.uow, c.context(supervisor="王芳"), receipt, 120000, "退款")
    only_c = own_ops_bundle(c, tmp_path / "only-c.hwsync")

    # the refund comes first: it cannot go on top of a payment that is not there yet, so
    # what was applied block by block is undone and the whole import applied in order
    import_bundles(a, [only_c, from_b], sync_key(a, None), after_merge=conflicts.refresh)

    with a.engine.connect() as conn:
        refunded = conn.execute(select(t.payments.c.refunded_fen)).scalars().all()
        ops = conn.execute(select(t.ops.c.kind).where(t.ops.c.kind.like("payment%"))).all()
    assert refunded == [120000] and len(ops) == 2
    assert queries.stats(a.uow).paid_total_fen == 0
    assert _dump(a) == _rebuilt(a)


@pytest.mark.parametrize("first", ["b", "c"])
def test_a_block_refused_after_blocks_applied_on_top_is_applied_at_the_end(
    desks, tmp_path, pooled, first
):
    a, b, c = desks
    li = _code(a, "李四")
    # blocks of three: c's first ones go on top; the one with the refund of b's payment (not
    # here yet) is refused and applied, with b's bundle, once everything is written
    for store in (b, c) if first == "b" else (c, b):
        _pay_many(store, [li], 4)
    receipt = desk.record_payment(b.uow, b.context(), li, 50000, "wechat").result
    exchange(b, c, tmp_path)
    desk.refund_payment(c.uow, c.context(supervisor="王芳"), receipt, 20000, "部分退款")
    only_c = own_ops_bundle(c, tmp_path / "only-c.hwsync")

    report = import_bundles(
        a, [only_c, _bundle(b, tmp_path)], sync_key(a, None), after_merge=conflicts.refresh
    )

    assert sum(report.new.values()) == (1 + 4 + 1) + (1 + 4 + 1)
    stats = queries.stats(a.uow)
    assert stats.payments == 9
    assert stats.paid_total_fen == sum(100 + i for i in range(4)) * 2 + 50000 - 20000
    assert _dump(a) == _rebuilt(a)


def test_a_pool_that_cannot_start_leaves_the_import_to_this_process(
    desks, tmp_path, pooled, monkeypatch
):
    import concurrent.futures

    def no_processes(*_args, **_kwargs):
        raise OSError("no more processes")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_processes)
    a, b, _ = desks
    _pay_many(b, [_code(b, "李四")], 7)
    report = import_bundles(a, [_bundle(b, tmp_path)], sync_key(a, None))
    assert report.as_json()["new_total"] == 7 + 1  # and the desk's own arrival
    assert queries.stats(a.uow).payments == 7


_ORPHAN_CHILD = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from huiwu_desk.adapters.op_worker import started

if __name__ == "__main__":
    pool = ProcessPoolExecutor(1, mp_context=get_context("spawn"), initializer=started)
    print(pool.submit(os.getpid).result(), flush=True)
    time.sleep(60)
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "State:\tZ" not in state  # a zombie has exited; only its parent has not reaped it


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_a_worker_exits_when_the_importing_process_is_killed(tmp_path):
    script = tmp_path / "importer.py"
    script.write_text(_ORPHAN_CHILD)
    child = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    worker = int(child.stdout.readline())
    assert _running(worker)
    child.kill()  # kill -9: no clean shutdown of the pool
    child.wait()
    deadline = time.monotonic() + 10
    while _running(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(worker), "an orphaned worker process would wait for ever"


def test_an_import_removes_what_a_killed_import_left_in_the_temp_folder(
    desks, tmp_path, monkeypatch
):
    import os
    import tempfile

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    stale = temp / "huiwu-import-killed"
    (stale / "3").mkdir(parents=True)
    (stale / "3" / "ops.jsonl").write_text('{"name":"张三","phone":"13800000000"}\n')
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    running = temp / "huiwu-import-another-window"  # an import in progress elsewhere
    running.mkdir()
    other = temp / "someone-elses-folder"
    other.mkdir()
    os.utime(other, (two_hours_ago, two_hours_ago))
    a, b, _ = desks

    import_bundles(a, [_bundle(b, tmp_path)], sync_key(a, None))

    assert not stale.exists()
    assert running.exists() and other.exists()
    assert not [p for p in temp.iterdir() if p not in (running, other)]  # none of its own left
