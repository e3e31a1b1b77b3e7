"""Desks for sync tests: a lead event with a passphrase, and desks joined from its bundle."""

from __future__ import annotations

from pathlib import Path

from huiwu_desk.adapters.db.sync_store import fingerprint
from huiwu_desk.adapters.sync_engine import export_bundle, import_bundles, join_event, sync_key
from huiwu_desk.bootstrap import EventStore
from huiwu_desk.services import conflicts
from tests.conftest import build_small_event

PASS = "会务组2026"


def make_desks(folder: Path, count: int) -> list[EventStore]:
    lead = build_small_event(folder / "A1.huiwu").store
    from huiwu_desk.adapters.db.eventfile import passphrase_meta, set_meta

    for key, value in passphrase_meta(PASS, lead.event_id).items():
        set_meta(lead.engine, key, value)
        lead.meta[key] = value
    bundle = folder / "lead.hwsync"
    export_bundle(lead, bundle, sync_key(lead, None))
    desks = [lead]
    for i in range(1, count):
        desks.append(join_event(bundle, folder / f"D{i}.huiwu", f"B{i}", PASS, operator=f"助手{i}"))
    return desks


def exchange(a: EventStore, b: EventStore, folder: Path) -> None:
    """a's bundle into b."""
    path = folder / f"{a.desk_code}-to-{b.desk_code}.hwsync"
    path.unlink(missing_ok=True)
    export_bundle(a, path, sync_key(a, None))
    import_bundles(b, [path], sync_key(b, None), after_merge=conflicts.refresh)


def full_exchange(desks: list[EventStore], folder: Path) -> None:
    for a in desks:
        for b in desks:
            if a is not b:
                exchange(a, b, folder)


def fp(store: EventStore) -> str:
    with store.engine.connect() as conn:
        return fingerprint(conn)


def own_ops_bundle(store: EventStore, path: Path) -> Path:
    """A bundle of the desk's own ops only, as a relay that thought the peer had the rest."""
    from huiwu_desk.adapters.db.sync_store import version_vector

    with store.engine.connect() as conn:
        others = {d: s for d, s in version_vector(conn).items() if d != store.desk_id}
    export_bundle(store, path, sync_key(store, None), above=others)
    return path


def damaged(bundle: Path, how: str) -> None:
    """Damage a bundle file as a reception team meets it: ``flip`` one byte of the ciphertext,
    ``truncate`` it (the stick was pulled), ``not_zip``, ``extra_member`` (a path in the zip)."""
    import zipfile

    data = bytearray(bundle.read_bytes())
    if how == "flip":
        with zipfile.ZipFile(bundle) as zf:
            offset = data.find(zf.read("ops.bin")[40:60])
        data[offset] ^= 0x01
        bundle.write_bytes(bytes(data))
    elif how == "truncate":
        bundle.write_bytes(bytes(data[: len(data) // 2]))
    elif how == "not_zip":
        bundle.write_text("hello")
    else:
        with zipfile.ZipFile(bundle, "a") as zf:
            zf.writestr("../evil.txt", "x")


def lead_and_empty_desk(folder: Path, attendees: int = 3000) -> tuple[Path, Path]:
    """A demo lead's sync bundle (passphrase "p") and a desk file of that event holding none
    of the lead's ops, so importing the bundle brings all of them: (bundle, empty desk)."""
    from huiwu_desk.adapters.db.projector import rebuild
    from huiwu_desk.bootstrap import open_event
    from huiwu_desk.demo import make_demo

    lead = make_demo(folder / "lead.huiwu", attendees=attendees, passphrase="p")
    bundle = folder / "lead.hwsync"
    export_bundle(lead, bundle, sync_key(lead, None))
    lead.close()
    empty = folder / "empty.huiwu"
    join_event(bundle, empty, "B1", "p").close()
    # the joined desk already holds the lead's ops: strip them
    with open_event(empty) as store, store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM ops WHERE desk_id <> ?", (store.desk_id,))
        rebuild(conn)
    return bundle, empty
