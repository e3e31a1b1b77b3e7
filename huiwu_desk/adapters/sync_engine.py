"""Sync between desks: export, import and join, joining bundle files to the event file."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from .. import __version__
from ..domain.hlc import Hlc
from ..domain.sync_errors import PassphraseRequired, WrongPassphrase
from .bundles.bundle_file import sweep_work_dirs, write_bundle
from .bundles.crypto import derive_key, key_check
from .db import tables as t
from .db.bulk import gc_paused, roomy_cache
from .db.eventfile import (
    HEAD,
    EventStore,
    build_event_file,
    passphrase_meta,
    put_meta,
    set_meta,
)
from .db.sync_store import (
    Merger,
    MergeReport,
    fingerprint,
    iter_op_lines,
    version_vector,
)
from .op_reader import read_ops

CLOCK_WARN_MS = 5 * 60 * 1000


def sync_key(store: EventStore, passphrase: str | None) -> bytes:
    """The bundle key: from the passphrase (checked against the event), else the stored key."""
    if passphrase:
        key = derive_key(passphrase, store.event_id)
        check = store.meta.get("passphrase_check")
        if check and check != key_check(key):
            raise WrongPassphrase()
        if store.meta.get("sync_key") != key.hex() and not store.read_only:
            for name, value in passphrase_meta(passphrase, store.event_id).items():
                set_meta(store.engine, name, value)
                store.meta[name] = value
        return key
    stored = store.meta.get("sync_key")
    if not stored:
        raise PassphraseRequired()
    return bytes.fromhex(stored)


def export_bundle(
    store: EventStore, out: Path, key: bytes, *, above: dict[str, int] | None = None
) -> dict[str, Any]:
    """Write this desk's bundle: every op it knows (or, per origin, those above ``above``)."""
    with store.engine.connect() as conn:
        vv = version_vector(conn)
        lines = list(iter_op_lines(conn, above))
        conn.rollback()
    ranges = {
        desk: [(above or {}).get(desk, 0) + 1, top]
        for desk, top in vv.items()
        if top > (above or {}).get(desk, 0)
    }
    manifest = {
        "app_version": __version__,
        "schema": HEAD,
        "event_id": store.event_id,
        # the same ops give the same id: a shared folder is not rewritten when nothing changed
        "bundle_id": hashlib.sha256(
            json.dumps([store.event_id, store.desk_id, vv, above or {}], sort_keys=True).encode()
        ).hexdigest()[:32],
        "sender_desk": store.desk_id,
        "sender_code": store.desk_code,
        "version_vector": vv,
        "ranges": ranges,
        "op_count": len(lines),
        "created_ms": int(time.time() * 1000),
    }
    write_bundle(Path(out), manifest, lines, key)
    return manifest


@dataclass
class ImportReport:
    bundles: int = 0
    new: dict[str, int] = field(default_factory=dict)  # desk code → new ops
    known: int = 0
    pending: int = 0
    rebuilt: bool = False
    conflicts_before: int = 0
    conflicts_after: int = 0
    senders: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "bundles": self.bundles,
            "new": self.new,
            "new_total": sum(self.new.values()),
            "known": self.known,
            "pending": self.pending,
            "conflicts_before": self.conflicts_before,
            "conflicts": self.conflicts_after,
            "senders": self.senders,
        }


def import_bundles(
    store: EventStore,
    paths: Sequence[Path],
    key: bytes,
    *,
    after_merge: Any = None,
) -> ImportReport:
    """All bundles in one transaction: any refused bundle leaves the event unchanged."""
    sweep_work_dirs()
    # the collector comes back once the merge's tens of thousands of ops are freed, not while
    # the commit still holds them (it would walk them all once more)
    with gc_paused():
        return _import(store, paths, key, after_merge)


def _import(store: EventStore, paths: Sequence[Path], key: bytes, after_merge: Any) -> ImportReport:
    report = ImportReport()
    uow = store.uow
    seen: dict[str, dict[str, Any]] = {}
    with uow.merging(), roomy_cache(_conn(uow)):
        conn = _conn(uow)
        report.conflicts_before = _open_conflicts(conn)
        merger = Merger(conn, uow.projector)

        def opened(manifest: dict[str, Any]) -> None:
            seen[manifest["sender_desk"]] = manifest
            report.bundles += 1

        held = version_vector(conn)  # what a bundle re-sends of it is only compared
        for origin, ops, known in read_ops(paths, store.event_id, lambda _e: key, opened, held):
            merger.add_all(ops, origin, known)
        result: MergeReport = merger.finish()
        if after_merge is not None:
            after_merge(uow)
        report.conflicts_after = _open_conflicts(conn)
        codes = dict(conn.execute(select(t.desks.c.id, t.desks.c.code)).all())
        report.new = {codes.get(d, d[:8]): n for d, n in result.new.items()}
        report.known, report.pending, report.rebuilt = result.known, result.pending, result.rebuilt
        report.senders = [m.get("sender_code", "") for m in seen.values()]
        peers = {
            f"peer.{desk_id}": json.dumps(
                {
                    "vv": manifest["version_vector"],
                    "seen_ms": int(time.time() * 1000),
                    "code": manifest.get("sender_code", ""),
                }
            )
            for desk_id, manifest in seen.items()
        }
        for name, peer in peers.items():  # in the same transaction: one commit, one fsync
            put_meta(conn, name, peer)
    uow.log_state.forget()  # later local ops must sort after everything just learned
    store.meta.update(peers)  # sync_status reads them without reopening
    return report


def _conn(uow: Any) -> Any:
    assert uow.conn is not None  # inside uow.writing() or uow.merging()
    return uow.conn


def _open_conflicts(conn: Any) -> int:
    c = t.conflicts.c
    return int(conn.execute(select(func.count()).where(c.resolved.is_(False))).scalar() or 0)


def sync_status(store: EventStore) -> dict[str, Any]:
    with store.engine.connect() as conn:
        codes = dict(conn.execute(select(t.desks.c.id, t.desks.c.code)).all())
        counts = dict(
            conn.execute(select(t.ops.c.desk_id, func.count()).group_by(t.ops.c.desk_id)).all()
        )
        newest = conn.execute(select(func.max(t.ops.c.hlc))).scalar()
        pending = int(conn.execute(select(func.count()).select_from(t.pending_ops)).scalar() or 0)
        fp = fingerprint(conn)
        conn.rollback()
    peers = {}
    for name, value in store.meta.items():
        if name.startswith("peer."):
            info = json.loads(value)
            desk_id = name[5:]
            behind = sum(max(counts.get(d, 0) - int(info["vv"].get(d, 0)), 0) for d in counts)
            peers[codes.get(desk_id, info.get("code", desk_id[:8]))] = {
                "last_seen_ms": info["seen_ms"],
                "behind": behind,
            }
    now = int(time.time() * 1000)
    skew = (Hlc.decode(newest).wall_ms - now) if newest else 0
    return {
        "desk": store.desk_code,
        "desk_id": store.desk_id,
        "fingerprint": fp,
        "known": {
            codes.get(d, d[:8]): n
            for d, n in sorted(counts.items(), key=lambda x: codes.get(x[0], x[0]))
        },
        "pending": pending,
        "peers": peers,
        "clock_behind_ms": max(skew, 0),
        "clock_warning": skew > CLOCK_WARN_MS,
    }


def join_event(
    bundle: Path, out: Path, desk_code: str, passphrase: str, *, operator: str = "操作员"
) -> EventStore:
    """A new desk's event file from a bundle of the lead desk: its ops, then this desk."""
    sweep_work_dirs()
    from ..services import conflicts
    from ..services.setup import announce_desk

    def key_for(event_id: str) -> bytes:
        return derive_key(passphrase, event_id)

    # The event id is only known from the bundle: read the manifest first (checked again below).
    from .bundles.bundle_file import read_manifest

    event_id = str(read_manifest(Path(bundle)).get("event_id", ""))

    def fill(store: EventStore) -> None:
        uow = store.uow
        with uow.merging(), roomy_cache(_conn(uow)):
            merger = Merger(_conn(uow), uow.projector)
            for origin, ops, _known in read_ops([Path(bundle)], event_id, key_for, lambda _m: None):
                merger.add_all(ops, origin)
            merger.finish()
            conflicts.refresh(uow)  # the new desk lists the conflicts the others list
            uow.log_state.forget()
            announce_desk(uow, store.context(operator))

    def filled(store: EventStore) -> None:
        with gc_paused():  # as in import_bundles
            fill(store)

    return build_event_file(
        out, desk_code, filled, event_id=event_id, passphrase=passphrase, default_operator=operator
    )


@dataclass
class FolderReport:
    exported: Path
    imported: list[str] = field(default_factory=list)  # desk codes whose files were merged
    refused: dict[str, str] = field(default_factory=dict)  # file name → one sentence
    new_ops: int = 0
    conflicts: int = 0


def _current(store: EventStore, own: Path) -> bool:
    """Is the desk's file in the folder already up to date with everything it knows?"""
    from ..domain.errors import UserFacingError
    from .bundles.bundle_file import read_manifest

    if not own.exists():
        return False
    try:
        manifest = read_manifest(own)
    except UserFacingError:
        return False
    with store.engine.connect() as conn:
        vv = version_vector(conn)
        conn.rollback()
    return manifest.get("version_vector") == vv and manifest.get("sender_desk") == store.desk_id


def sync_folder(
    store: EventStore, folder: Path, key: bytes, *, after_merge: Any = None, lang: str = "zh"
) -> FolderReport:
    """Shared-folder mode: write ``desk-<code>.hwsync`` there, merge every other desk's file.

    Each file is merged on its own, so one damaged file never blocks the others; a file
    already merged (same bundle id) is skipped. A refused file's sentence is in ``lang``.
    """
    from ..domain.errors import UserFacingError
    from .bundles.bundle_file import read_manifest

    folder = Path(folder)
    own = folder / f"desk-{store.desk_code}.hwsync"
    report = FolderReport(exported=own)
    for path in sorted(folder.glob("desk-*.hwsync")):
        if path == own:
            continue
        try:
            manifest = read_manifest(path)
            seen_key = f"seen_bundle.{path.name}"
            if store.meta.get(seen_key) == manifest.get("bundle_id"):
                continue
            result = import_bundles(store, [path], key, after_merge=after_merge)
        except UserFacingError as exc:
            report.refused[path.name] = exc.text(lang)
            continue
        set_meta(store.engine, seen_key, str(manifest.get("bundle_id")))
        store.meta[seen_key] = str(manifest.get("bundle_id"))
        report.imported.extend(result.senders)
        report.new_ops += sum(result.new.values())
        report.conflicts = result.conflicts_after
    if not _current(store, own):  # after merging, so the file carries what was just learned
        export_bundle(store, own, key)
    return report
