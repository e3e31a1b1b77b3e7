"""Trust between desks (issue 17): clocks, forks and revocation, files that lie about sizes,
and event files and bundles made before desks signed their ops."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from huiwu_desk.adapters.db.eventfile import passphrase_meta, set_meta
from huiwu_desk.adapters.sync_engine import (
    export_bundle,
    import_bundles,
    join_event,
    sync_key,
    sync_status,
)
from huiwu_desk.bootstrap import backup, open_event
from huiwu_desk.domain import sync_errors
from huiwu_desk.domain.hlc import MAX_AHEAD_MS, Hlc
from huiwu_desk.services import conflicts, desk, desk_trust, queries
from tests.integration import forge
from tests.integration.sync_helpers import PASS, exchange, fp, full_exchange

YEARS_5 = 5 * 365 * 24 * 3600 * 1000
FROZEN = Path(__file__).parents[1] / "migrations" / "frozen" / "0009_held_rooms.huiwu"


def _code(store, name):
    return next(a.code for a in queries.search(store.uow, name))


def _newest_own_wall(store) -> int:
    with store.engine.connect() as conn:
        hlc = conn.exec_driver_sql(
            "SELECT hlc FROM ops WHERE desk_id = ? ORDER BY seq DESC LIMIT 1", (store.desk_id,)
        ).scalar()
    return Hlc.wall_ms_of(hlc)


def _now() -> int:
    return time.time_ns() // 1_000_000


def test_a_desk_set_to_2031_drags_no_other_desk_and_is_named(desks, tmp_path):
    a, b, c = desks
    c.uow.clock = lambda: _now() + YEARS_5  # a laptop whose clock says 2031
    desk.check_in(c.uow, c.context(), _code(c, "张三"))
    exchange(b, a, tmp_path)
    exchange(c, a, tmp_path)
    desk.check_in(a.uow, a.context(), _code(a, "李四"))
    assert _newest_own_wall(a) <= _now() + MAX_AHEAD_MS  # a's clock stays a's
    status = sync_status(a)
    assert not status["clock_warning"]  # a is right, by majority: it is told so
    assert list(status["clock_off"]) == ["B2"] and status["clock_off"]["B2"] > YEARS_5 // 2
    # the desk at 2031 is the one told its clock is wrong
    exchange(a, c, tmp_path)
    exchange(b, c, tmp_path)
    wrong = sync_status(c)
    assert wrong["clock_warning"] and wrong["clock_ahead_ms"] > YEARS_5 // 2
    # a desk joined later from a's file does not inherit 2031 either
    bundle = tmp_path / "lead-now.hwsync"
    export_bundle(a, bundle, sync_key(a, None))
    late = join_event(bundle, tmp_path / "late.huiwu", "C9", PASS)
    try:
        assert _newest_own_wall(late) <= _now() + MAX_AHEAD_MS
    finally:
        late.close()


def test_an_op_dated_2100_orders_but_does_not_spread(desks, tmp_path):
    a, b, _ = desks
    key = sync_key(b, None)
    good = tmp_path / "b.hwsync"
    export_bundle(b, good, key)
    manifest, ops = forge.open_bundle(good, key)
    payload = {"attendee_id": queries.search(a.uow, "王五")[0].id}
    op = forge.next_op(ops, b.desk_id, "checkin", payload, hlc="4102444800000.00000")
    unsigned = forge.write_bundle(tmp_path / "2100.hwsync", manifest, [*ops, op], key)
    with pytest.raises(sync_errors.ForgedOps):  # from outside: no signature
        import_bundles(a, [unsigned], sync_key(a, None))
    # an insider with b's file signs it: a valid op, dated 2100
    insider = forge.signed(op, forge.meta(b.path, "desk_key"))
    bundle = forge.write_bundle(tmp_path / "2100s.hwsync", manifest, [*ops, insider], key)
    import_bundles(a, [bundle], sync_key(a, None))
    desk.check_in(a.uow, a.context(), _code(a, "张三"))
    assert _newest_own_wall(a) <= _now() + MAX_AHEAD_MS
    assert "B1" in sync_status(a)["clock_off"]
    later = tmp_path / "a.hwsync"
    export_bundle(a, later, sync_key(a, None))
    joined = join_event(later, tmp_path / "j.huiwu", "C7", PASS)
    try:
        desk.check_in(joined.uow, joined.context(), _code(joined, "李四"))
        assert _newest_own_wall(joined) <= _now() + MAX_AHEAD_MS
    finally:
        joined.close()


def _identity(path):
    st = path.stat()
    return f"{st.st_dev}:{st.st_ino}"


def test_a_real_fork_names_the_desk_and_a_supervisor_revokes_it(desks, tmp_path):
    a, b, c = desks
    copy_path = backup(b.engine, tmp_path / "fork.huiwu")
    con = sqlite3.connect(copy_path)  # a raw copy: the guard bypassed, b's key copied too
    con.execute("UPDATE meta SET value=? WHERE key='file_identity'", (_identity(copy_path),))
    con.commit()
    con.close()
    fork = open_event(copy_path)
    assert fork.desk_id == b.desk_id
    desk.check_in(b.uow, b.context(), _code(b, "张三"))
    desk.check_in(fork.uow, fork.context(), _code(fork, "李四"))
    exchange(b, a, tmp_path)
    forked = tmp_path / "fork.hwsync"
    export_bundle(fork, forked, sync_key(fork, None))
    before = fp(a)
    with pytest.raises(sync_errors.DeskForked) as alarm:
        import_bundles(a, [forked], sync_key(a, None))
    assert "B1" in alarm.value.text("zh") and "sync revoke" in alarm.value.text("zh")
    assert fp(a) == before
    assert list(sync_status(a)["forks"]) == ["B1"]
    with pytest.raises(sync_errors.IntegrityAlarm):  # still refused until someone acts
        import_bundles(a, [forked], sync_key(a, None))

    done = desk_trust.revoke_desk(a.uow, a.context(supervisor="王芳"), "B1")
    _desk_id, _upto, moved = done.result
    assert moved == 1 and sync_status(a)["forks"] == {}
    assert sync_status(a)["desks"]["B1"] == "revoked"
    report = import_bundles(a, [forked], sync_key(a, None))  # no block for anyone now
    assert report.skipped == 1
    exchange(b, a, tmp_path)  # b's own later ops no longer stand here
    # honest desks keep syncing, and agree: c learns the revocation and sets aside too
    exchange(b, c, tmp_path)
    for _ in range(2):
        exchange(a, c, tmp_path)
        exchange(c, a, tmp_path)
    assert fp(a) == fp(c)
    assert queries.stats(c.uow).checked_in == 0 and sync_status(c)["set_aside"] == 1
    fork.close()


def test_a_revoked_desks_later_ops_are_refused_everywhere(desks, tmp_path):
    a, b, c = desks
    full_exchange(desks, tmp_path)
    desk_trust.revoke_desk(a.uow, a.context(supervisor="王芳"), "B1", reason="电脑丢失")
    desk.record_payment(b.uow, b.context(), _code(b, "张三"), 100, "cash")  # the thief
    exchange(a, c, tmp_path)
    report = import_bundles(c, [_export(b, tmp_path)], sync_key(c, None))
    assert report.skipped == 1 and queries.stats(c.uow).payments == 0
    with pytest.raises(sync_errors.CannotRevokeOwnDesk):
        desk_trust.revoke_desk(a.uow, a.context(supervisor="王芳"), "A1")
    with pytest.raises(sync_errors.UnknownDesk):
        desk_trust.revoke_desk(a.uow, a.context(supervisor="王芳"), "Q7")


def _export(store, folder):
    path = folder / f"x-{store.desk_code}.hwsync"
    path.unlink(missing_ok=True)
    export_bundle(store, path, sync_key(store, None))
    return path


def _patch_sizes(path: Path, member: str, size: int) -> None:
    """Write ``size`` as ``member``'s uncompressed size in the zip's directory and header."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for sig, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        at = data.find(sig)
        while at >= 0:
            name_at = at + (46 if sig == b"PK\x01\x02" else 30)
            if data[name_at : name_at + len(name)] == name:
                data[at + offset : at + offset + 4] = size.to_bytes(4, "little")
            at = data.find(sig, at + 4)
    path.write_bytes(bytes(data))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    code = (
        "import resource, sys; from huiwu_desk.cli.main import main; rc = main(sys.argv[1:]); "
        "sys.stderr.write('MAXRSS %d\\n' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); "
        "sys.exit(rc)"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize("member", ["ops.bin", "manifest.json"])
def test_a_flipped_size_field_is_one_sentence(desks, tmp_path, member):
    a, b, _ = desks
    bundle = _export(b, tmp_path)
    with zipfile.ZipFile(bundle) as zf:
        real = zf.getinfo(member).file_size
    _patch_sizes(bundle, member, real ^ 0x0100)
    a.close()
    done = _cli("sync", "import", str(a.path), str(bundle))
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if not line.startswith("MAXRSS")]
    assert len(lines) == 1 and "没有导入" in lines[0] and "内部错误" not in lines[0]


def test_a_small_bundle_with_a_lying_size_stays_small_in_memory(desks, tmp_path):
    a, b, _ = desks
    bundle = _export(b, tmp_path)
    with zipfile.ZipFile(bundle) as zf:
        blob = zf.read("ops.bin")
    bomb = tmp_path / "bomb.hwsync"
    with zipfile.ZipFile(bomb, "w") as zf:
        with zf.open(zipfile.ZipInfo("manifest.json"), "w") as fh:
            pass
        zf.writestr("ops.bin", blob)
    # a deflated manifest of 1 GB of spaces, its size field saying 600 bytes
    info = zipfile.ZipInfo("manifest.json")
    info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(bomb, "w") as zf:
        with zf.open(info, "w") as fh:
            fh.write(b'{"format":"huiwu-sync"')
            chunk = b" " * (1 << 24)
            for _ in range(64):
                fh.write(chunk)
            fh.write(b"}")
        zf.writestr("ops.bin", blob)
    assert bomb.stat().st_size < 3 << 20
    _patch_sizes(bomb, "manifest.json", 600)
    a.close()
    done = _cli("sync", "import", str(a.path), str(bomb))
    assert done.returncode == 1 and "没有导入" in done.stderr
    maxrss_kb = int(done.stderr.rsplit("MAXRSS ", 1)[1].split()[0])
    # far from the gigabyte the size field hid: ~190 MB alone, up to ~550 MB seen inside the
    # full suite on a loaded machine (not understood yet: see the closing note of issue 17)
    assert maxrss_kb < 800 * 1024


def _legacy_bundle(event_file: Path, out: Path, key: bytes, *, fake_desk: str = "") -> Path:
    """A bundle as a desk of an older version wrote it: format 1, unsigned lines, no keys."""
    con = sqlite3.connect(f"file:{event_file}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    rows = con.execute(
        "SELECT desk_id, seq, hlc, kind, entity, operator, supervisor, payload, prev_hash, "
        "op_hash FROM ops ORDER BY desk_id, seq"
    ).fetchall()
    event_id = con.execute("SELECT value FROM meta WHERE key='event_id'").fetchone()[0]
    con.close()
    import json

    ops = [dict(r) | {"payload": json.loads(r["payload"])} for r in rows]
    ops = [op for op in ops if op["kind"] != "desk.key"]  # what the old version held
    old = {op["desk_id"] for op in ops}
    if fake_desk:
        payload = {"code": "Z9", "name": ""}
        ops.append(forge.next_op([], fake_desk, "desk.add", payload, entity=fake_desk))
    manifest = {
        "format": "huiwu-sync",
        "format_version": 1,
        "app_version": "0.9",
        "schema": "0009_held_rooms",
        "event_id": event_id,
        "bundle_id": "old",
        "sender_desk": sorted(old)[0],
        "sender_code": "A1",
        "created_ms": _now(),
    }
    return forge.write_bundle(out, manifest, ops, key)


def test_files_and_bundles_made_before_signing_keep_working(tmp_path):
    old_file = tmp_path / "old.huiwu"
    shutil.copy(FROZEN, old_file)
    # its ops as an older version exported them, before the file is upgraded here
    con = sqlite3.connect(old_file)
    event_id = con.execute("SELECT value FROM meta WHERE key='event_id'").fetchone()[0]
    con.close()
    from huiwu_desk.adapters.bundles.crypto import derive_key

    key = derive_key(PASS, event_id)
    old_bundle = _legacy_bundle_from_frozen(old_file, tmp_path / "old.hwsync", key)

    upgraded = open_event(old_file)  # upgraded: a key of its own, unsigned history kept
    for name, value in passphrase_meta(PASS, event_id).items():
        set_meta(upgraded.engine, name, value)
        upgraded.meta[name] = value
    assert sync_status(upgraded)["desks"][upgraded.desk_code] == "signed"
    report = import_bundles(upgraded, [old_bundle], key)  # an old bundle: all known
    assert sum(report.new.values()) == 0

    joined = join_event(old_bundle, tmp_path / "new.huiwu", "B5", PASS)  # join from it
    try:
        assert queries.stats(joined.uow).attendees == 4
        # the upgraded desk's new, signed ops reach the desk that joined from the old bundle
        desk.check_in(upgraded.uow, upgraded.context(), _code(upgraded, "李四"))
        import_bundles(joined, [_export(upgraded, tmp_path)], sync_key(joined, None))
        assert queries.stats(joined.uow).checked_in == 2
        # a desk never seen, still unsigned: one sentence, upgrade everyone
        fake = _legacy_bundle_from_frozen(
            old_file, tmp_path / "fake.hwsync", key, fake_desk="f" * 36
        )
        with pytest.raises(sync_errors.UnsignedDesk) as refused:
            import_bundles(joined, [fake], sync_key(joined, None))
        assert "请把所有报到台升级到同一版本" in refused.value.text("zh")
    finally:
        joined.close()
        upgraded.close()


def _legacy_bundle_from_frozen(event_file, out, key, *, fake_desk=""):
    return _legacy_bundle(event_file, out, key, fake_desk=fake_desk)


def test_a_desk_of_an_older_version_gets_one_sentence_not_a_traceback(desks, tmp_path):
    a, b, _ = desks
    bundle = _export(b, tmp_path)
    key = sync_key(b, None)
    manifest, ops = forge.open_bundle(bundle, key)
    manifest["format_version"] = 3  # a newer program's file
    newer = forge.write_bundle(tmp_path / "newer.hwsync", manifest, ops, key)
    with pytest.raises(sync_errors.BundleTooNew) as refused:
        import_bundles(a, [newer], sync_key(a, None))
    assert "请把所有报到台升级到同一版本" in refused.value.text("zh")
    conflicts.refresh  # noqa: B018 (imported for the fixture's desks)


def test_the_command_line_revokes_a_desk_and_says_whose_clock_is_off(desks, tmp_path, capsys):
    import json

    from huiwu_desk.cli.main import main

    a, b, c = desks
    c.uow.clock = lambda: _now() + YEARS_5
    desk.check_in(c.uow, c.context(), _code(c, "张三"))
    for other in (b, c):
        exchange(other, a, tmp_path)
    for store in desks:
        store.close()
    capsys.readouterr()
    assert main(["sync", "status", str(a.path)]) == 0
    said = capsys.readouterr().out
    assert "报到台 B2 的时钟比多数报到台快了约" in said
    assert main(["sync", "revoke", str(a.path), "B1", "--supervisor", "李娜"]) == 1
    assert "主管" in capsys.readouterr().err
    assert main(["sync", "revoke", str(a.path), "B1", "--supervisor", "王芳", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["desk"] == "B1"
    assert main(["sync", "status", str(a.path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["desks"]["B1"] == "revoked"
    bundle = tmp_path / "lead.hwsync"
    assert main(["sync", "export", str(a.path), "-o", str(bundle)]) == 0
    joined = tmp_path / "C3.huiwu"
    args = ["join", str(joined), str(bundle), "--desk", "C3", "--passphrase", PASS]
    assert main([*args, "--supervisor", "王芳"]) == 0
    with open_event(joined, write=False) as store, store.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT supervisor, payload FROM ops WHERE desk_id=? AND kind='desk.add'",
            (store.desk_id,),
        ).one()
    assert row[0] == "王芳" and "public_key" in row[1]
