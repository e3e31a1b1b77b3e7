"""Forged bundles (issue 17): an insider with the passphrase, or with a copy of a desk's event
file (the sync key and that desk's private key sit in its ``meta``), decrypts a bundle,
appends ops with a correct hash chain and encrypts it again. Each is refused with one
sentence, changes nothing, and honest desks keep syncing afterwards."""

from __future__ import annotations

import json
import sqlite3

import pytest

from huiwu_desk.adapters.sync_engine import export_bundle, import_bundles, sync_key, sync_status
from huiwu_desk.domain import sync_errors
from huiwu_desk.services import desk, operators, queries
from tests.integration import forge
from tests.integration.sync_helpers import exchange, fp, full_exchange


def _code(store, name):
    return next(a.code for a in queries.search(store.uow, name))


def _bundle(store, folder, name="honest"):
    path = folder / f"{name}-{store.desk_code}.hwsync"
    path.unlink(missing_ok=True)
    export_bundle(store, path, sync_key(store, None))
    return path


def _forged(store, folder, add, *, key_from=None, name="forged"):
    """``store``'s bundle with the ops ``add(ops)`` returns appended, signed with the private
    key of ``key_from`` (an event file an insider copied) when given."""
    key = sync_key(store, None)
    manifest, ops = forge.open_bundle(_bundle(store, folder, "base"), key)
    extra = add(ops)
    if key_from is not None:
        private = forge.meta(key_from.path, "desk_key")
        extra = [forge.signed(op, private) for op in extra]
    return forge.write_bundle(folder / f"{name}.hwsync", manifest, ops + extra, key)


def _refused(store, bundle, error):
    before = fp(store)
    with pytest.raises(error) as refused:
        import_bundles(store, [bundle], sync_key(store, None))
    assert fp(store) == before
    text = refused.value.text("zh")
    assert "没有导入" in text or "拒绝" in text
    return refused.value


def _still_syncing(desks, folder):
    a, b, c = desks
    desk.check_in(b.uow, b.context(), _code(b, "王五"))
    full_exchange(desks, folder)
    assert fp(a) == fp(b) == fp(c)


def _receipt_payment(store):
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT id FROM payments ORDER BY at_ms LIMIT 1").scalar()


@pytest.mark.parametrize("signed", [False, True], ids=["unsigned", "signed-by-a-copied-file"])
def test_a_payment_of_minus_50000_yuan_is_refused(desks, tmp_path, signed):
    a, b, _ = desks
    exchange(b, a, tmp_path)  # a knows desk B1
    person = queries.search(a.uow, "张三")[0]

    def add(ops):
        return [
            forge.next_op(
                ops,
                b.desk_id,
                "payment",
                {
                    "attendee_id": person.id,
                    "fee_item_id": ops[0]["entity"],
                    "amount_fen": -5_000_000,
                    "method": "cash",
                    "receipt_no": "B1-999999",
                },
            )
        ]

    bundle = _forged(b, tmp_path, add, key_from=b if signed else None)
    refused = _refused(a, bundle, sync_errors.OpRefused)  # the rules speak first
    assert "B1" in refused.text("zh") and "大于 0" in refused.text("zh")
    assert queries.stats(a.uow).paid_total_fen == 0
    _still_syncing(desks, tmp_path)


def test_a_refund_of_100000_on_a_1200_payment_without_a_supervisor_is_refused(desks, tmp_path):
    a, b, _ = desks
    desk.record_payment(b.uow, b.context(), _code(b, "张三"), 120000, "cash")
    exchange(b, a, tmp_path)
    payment_id = _receipt_payment(b)

    def add(ops):
        payload = {"payment_id": payment_id, "amount_fen": 10_000_000, "receipt_no": "B1-9"}
        return [forge.next_op(ops, b.desk_id, "payment.refund", payload)]

    refused = _refused(a, _forged(b, tmp_path, add, key_from=b), sync_errors.OpRefused)
    assert "主管" in refused.text("zh")
    assert queries.stats(a.uow).paid_total_fen == 120000
    _still_syncing(desks, tmp_path)


def test_a_refund_beyond_the_payment_with_a_supervisor_is_a_conflict_not_a_silent_change(
    desks, tmp_path
):
    from huiwu_desk.services import conflicts

    a, b, _ = desks
    desk.record_payment(b.uow, b.context(), _code(b, "张三"), 120000, "cash")
    exchange(b, a, tmp_path)
    payment_id = _receipt_payment(b)

    def add(ops):
        payload = {"payment_id": payment_id, "amount_fen": 10_000_000, "receipt_no": "B1-9"}
        return [forge.next_op(ops, b.desk_id, "payment.refund", payload, supervisor="王芳")]

    forged = _forged(b, tmp_path, add, key_from=b)
    import_bundles(a, [forged], sync_key(a, None), after_merge=conflicts.refresh)
    found = conflicts.open_conflicts(a.uow)
    assert [c.kind for c in found] == ["payment_state"]
    assert found[0].detail["reason"] == "over_refund"


def test_a_pin_change_for_the_supervisor_is_refused_and_her_pin_still_works(desks, tmp_path):
    from huiwu_desk.domain.pins import hash_pin

    a, b, _ = desks
    with a.uow.reading():
        supervisor = a.uow.catalog.operator("王芳")

    def add(ops):
        payload = {"pin_hash": hash_pin("999999")}
        return [forge.next_op(ops, b.desk_id, "operator.set_pin", payload, entity=supervisor.id)]

    _refused(a, _forged(b, tmp_path, add), sync_errors.ForgedOps)
    with a.uow.reading():
        assert a.uow.catalog.operator("王芳").pin_hash == supervisor.pin_hash


@pytest.mark.parametrize("how", ["unsigned", "approved-by-a-non-supervisor"])
def test_a_new_supervisor_is_refused(desks, tmp_path, how):
    a, b, _ = desks

    def add(ops):
        payload = {"name": "冒充主管", "role": "supervisor", "pin_hash": ""}
        return [
            forge.next_op(
                ops,
                b.desk_id,
                "operator.add",
                payload,
                supervisor=None if how == "unsigned" else "李娜",
            )
        ]

    if how == "unsigned":
        _refused(a, _forged(b, tmp_path, add), sync_errors.ForgedOps)
    else:
        refused = _refused(a, _forged(b, tmp_path, add, key_from=b), sync_errors.OpRefused)
        assert "李娜" in refused.text("zh")
    assert [m.name for m in operators.team(a.uow).members if m.name == "冒充主管"] == []
    _still_syncing(desks, tmp_path)


@pytest.mark.parametrize("signed", [False, True], ids=["unsigned", "signed-with-its-own-key"])
def test_an_op_in_the_importing_desks_own_name_is_refused(desks, tmp_path, signed):
    a, b, _ = desks
    exchange(a, b, tmp_path)  # b holds a's ops: the forger chains on to a's real tip
    person = queries.search(a.uow, "张三")[0]

    def add(ops):
        payload = {
            "attendee_id": person.id,
            "fee_item_id": ops[0]["entity"],
            "amount_fen": 100,
            "method": "cash",
            "receipt_no": "A1-000001",
        }
        return [forge.next_op(ops, a.desk_id, "payment", payload)]

    bundle = _forged(b, tmp_path, add, key_from=a if signed else None)
    refused = _refused(a, bundle, sync_errors.OwnOpsForged)
    assert "A1" in refused.text("zh")
    r = desk.record_payment(a.uow, a.context(), person.code, 100, "cash").result
    assert r == "A1-000001"  # one receipt A1-000001, the desk's own
    _still_syncing(desks, tmp_path)


def test_a_forged_next_op_of_a_real_desk_never_blocks_its_genuine_bundles(desks, tmp_path):
    a, b, c = desks
    exchange(b, a, tmp_path)
    exchange(b, c, tmp_path)

    def add(ops):
        payload = {"attendee_id": queries.search(a.uow, "李四")[0].id}
        return [forge.next_op(ops, b.desk_id, "checkin", payload)]

    _refused(a, _forged(b, tmp_path, add), sync_errors.ForgedOps)
    _refused(c, _forged(b, tmp_path, add, name="again"), sync_errors.ForgedOps)
    desk.check_in(b.uow, b.context(), _code(b, "张三"))  # b's genuine next op
    exchange(b, a, tmp_path)  # into both desks that refused the forgery
    exchange(b, c, tmp_path)
    full_exchange(desks, tmp_path)
    assert fp(a) == fp(b) == fp(c)
    assert queries.stats(a.uow).checked_in == 1


def test_a_forged_op_after_a_gap_never_waits_and_never_blocks(desks, tmp_path):
    a, b, _ = desks
    exchange(b, a, tmp_path)

    def add(ops):
        tip = max(op["seq"] for op in ops if op["desk_id"] == b.desk_id)
        payload = {"attendee_id": queries.search(a.uow, "李四")[0].id}
        return [forge.next_op(ops, b.desk_id, "checkin", payload, seq=tip + 2)]

    _refused(a, _forged(b, tmp_path, add), sync_errors.ForgedOps)
    assert sync_status(a)["pending"] == 0
    for name in ("张三", "李四"):
        desk.check_in(b.uow, b.context(), _code(b, name))
    exchange(b, a, tmp_path)
    assert fp(a) == fp(b) and queries.stats(a.uow).checked_in == 2
    _still_syncing(desks, tmp_path)


def test_a_garbage_version_vector_is_one_sentence_and_status_still_answers(desks, tmp_path):
    a, b, _ = desks
    key = sync_key(b, None)
    manifest, ops = forge.open_bundle(_bundle(b, tmp_path), key)
    bad = forge.write_bundle(tmp_path / "vv.hwsync", manifest, ops, key)
    manifest, ops = forge.open_bundle(bad, key)
    manifest["version_vector"] = {"A1": "zz"}
    plain = "".join(forge.canonical(op) + "\n" for op in ops).encode()
    import hashlib
    import os
    import zipfile

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    manifest = {k: v for k, v in manifest.items() if k != "ciphertext_sha256"}
    manifest["plaintext_sha256"] = hashlib.sha256(plain).hexdigest()
    nonce = os.urandom(12)
    blob = nonce + AESGCM(key).encrypt(nonce, plain, forge._aad(manifest))
    manifest["ciphertext_sha256"] = hashlib.sha256(blob).hexdigest()
    bad.unlink()
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("manifest.json", forge.canonical(manifest))
        zf.writestr("ops.bin", blob)
    refused = _refused(a, bad, sync_errors.BundleManifestInvalid)
    assert "vv.hwsync" in refused.text("zh")
    # what an older version stored from such a bundle never stops `sync status`
    a.meta["peer.x"] = json.dumps({"vv": {"A1": "zz"}, "seen_ms": 1, "code": "Z9"})
    a.meta["peer.y"] = "not json"
    assert sync_status(a)["desk"] == "A1"
    from huiwu_desk.cli.main import main

    a.close()
    con = sqlite3.connect(a.path)
    con.execute("INSERT INTO meta VALUES ('peer.x', ?)", (a.meta["peer.x"],))
    con.commit()
    con.close()
    assert main(["sync", "status", str(a.path), "--json"]) == 0


def test_an_unknown_kind_or_control_characters_are_refused(desks, tmp_path):
    a, b, _ = desks

    def add(ops):
        person = queries.search(a.uow, "张三")[0]
        return [
            forge.next_op(
                ops,
                b.desk_id,
                "attendee.update",
                {"fields": {"name": "张\x00三\x1b[2J"}},
                entity=person.id,
            )
        ]

    refused = _refused(a, _forged(b, tmp_path, add, key_from=b), sync_errors.OpRefused)
    assert "控制字符" in refused.text("zh")


@pytest.mark.parametrize("how", ["a-second-key", "speaks-for-another-desk"])
def test_a_desk_cannot_change_its_key_or_announce_another_desk(desks, tmp_path, how):
    a, b, _ = desks
    exchange(b, a, tmp_path)

    def add(ops):
        if how == "a-second-key":
            payload = {"public_key": "ab" * 32, "via": "upgrade"}
            return [forge.next_op(ops, b.desk_id, "desk.key", payload, entity=b.desk_id)]
        payload = {"code": "A1", "name": "", "public_key": "cd" * 32, "via": "join"}
        return [forge.next_op(ops, b.desk_id, "desk.add", payload, entity=a.desk_id)]

    error = sync_errors.ForgedOps if how == "a-second-key" else sync_errors.OpRefused
    _refused(a, _forged(b, tmp_path, add, key_from=b), error)
    _still_syncing(desks, tmp_path)


@pytest.mark.parametrize("signed", [False, True], ids=["unsigned", "signed"])
def test_worker_processes_refuse_a_forged_op_with_its_sentence(
    desks, tmp_path, monkeypatch, signed
):
    from huiwu_desk.adapters import op_reader

    monkeypatch.setattr(op_reader, "POOL_MIN_BYTES", 0)
    monkeypatch.setattr(op_reader, "BLOCK_LINES", 3)  # many blocks: most read by the workers
    a, b, _ = desks
    for name in ("张三", "李四"):
        desk.check_in(b.uow, b.context(), _code(b, name))
    exchange(b, a, tmp_path)

    def add(ops):  # a check-in voided with no supervisor
        checkin = next(op for op in reversed(ops) if op["kind"] == "checkin")
        payload = {"checkin_id": checkin["entity"], "reason": "x"}
        return [forge.next_op(ops, b.desk_id, "checkin.void", payload)]

    bundle = _forged(b, tmp_path, add, key_from=b if signed else None)
    refused = _refused(a, bundle, sync_errors.OpRefused)
    assert "B1" in refused.text("zh") and "主管" in refused.text("zh")
    assert queries.stats(a.uow).checked_in == 2
    _still_syncing(desks, tmp_path)


def test_a_signature_by_another_key_is_refused_in_a_worker(desks, tmp_path, monkeypatch):
    from huiwu_desk.adapters import op_reader

    monkeypatch.setattr(op_reader, "POOL_MIN_BYTES", 0)
    monkeypatch.setattr(op_reader, "BLOCK_LINES", 3)
    a, b, _ = desks
    for name in ("张三", "李四"):
        desk.check_in(b.uow, b.context(), _code(b, name))
    exchange(b, a, tmp_path)
    key = sync_key(b, None)
    manifest, ops = forge.open_bundle(_bundle(b, tmp_path, "base"), key)
    payload = {"attendee_id": queries.search(a.uow, "王五")[0].id}
    forged = forge.signed(
        forge.next_op(ops, b.desk_id, "checkin", payload), forge.new_private_key()
    )
    bundle = forge.write_bundle(tmp_path / "other-key.hwsync", manifest, [*ops, forged], key)
    refused = _refused(a, bundle, sync_errors.ForgedOps)
    assert "B1" in refused.text("zh")
    _still_syncing(desks, tmp_path)
