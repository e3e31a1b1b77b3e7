"""Sync between desks: export, import and join, joining bundle files to the event file."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from .. import __version__
from ..domain.errors import UserFacingError
from ..domain.sync_errors import DeskForked, PassphraseRequired, WrongPassphrase
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
    iter_op_lines,
    version_vector,
)
from .db.trust import read_trust, record_fork
from .op_reader import read_ops
from .sync_status import clock_facts
from .sync_status import sync_status as sync_status


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
        keys = {d: k for d, k in read_trust(conn).keys.items() if d in vv}
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
        "created_ms": int(store.uow.clock()),  # this desk's clock: others judge it by this
        # each desk's public key, as this desk admitted it: a desk the importer does not
        # know yet is checked with it, and its desk.key op must then admit the same key
        "keys": keys,
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
    skipped: int = 0  # ops of revoked desks past their cut
    dropped: int = 0  # ops that waited for a gap and proved not to belong there
    unsigned: list[str] = field(default_factory=list)  # desks still on an older version
    admitted: dict[str, str] = field(default_factory=dict)  # new desk code → admitted by

    def as_json(self) -> dict[str, Any]:
        return {
            "skipped_revoked": self.skipped,
            "dropped": self.dropped,
            "unsigned_desks": self.unsigned,
            "admitted": self.admitted,
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
    try:
        return _merge(store, paths, key, after_merge)
    except DeskForked as alarm:  # kept after the rollback: the window and status show it
        with store.engine.begin() as conn:
            params = alarm.params
            record_fork(conn, params["desk_id"], params["seq"], params["path"], params["desk"])
        raise
    except UserFacingError as refused:
        raise _named(store, refused) from None


def _merge(store: EventStore, paths: Sequence[Path], key: bytes, after_merge: Any) -> ImportReport:
    report = ImportReport()
    uow = store.uow
    seen: dict[str, dict[str, Any]] = {}
    with uow.merging(), roomy_cache(_conn(uow)):
        conn = _conn(uow)
        report.conflicts_before = _open_conflicts(conn)
        merger = Merger(conn, uow.projector, own_desk=store.desk_id)

        def opened(manifest: dict[str, Any]) -> None:
            seen[manifest["sender_desk"]] = manifest
            report.bundles += 1

        held = version_vector(conn)  # what a bundle re-sends of it is only compared
        trusted = dict(merger.keys)
        for origin, ops, known, cover, reread in read_ops(
            paths, store.event_id, lambda _e: key, opened, held, trusted
        ):
            merger.add_all(ops, origin, known, cover, reread)
        result: MergeReport = merger.finish()
        if after_merge is not None:
            after_merge(uow)
        report.conflicts_after = _open_conflicts(conn)
        codes = dict(conn.execute(select(t.desks.c.id, t.desks.c.code)).all())
        report.new = {codes.get(d, d[:8]): n for d, n in result.new.items()}
        report.known, report.pending, report.rebuilt = result.known, result.pending, result.rebuilt
        report.skipped, report.dropped = result.skipped, result.dropped
        report.unsigned = sorted(codes.get(d, d[:8]) for d in result.unsigned)
        report.admitted = {codes.get(d, d[:8]): by for d, by in result.admitted.items()}
        report.senders = [m.get("sender_code", "") for m in seen.values()]
        now = int(uow.clock())
        facts = clock_facts(seen, merger.newest, now)
        facts |= {
            f"peer.{desk_id}": json.dumps(
                {
                    "vv": manifest["version_vector"],
                    "seen_ms": now,
                    "code": manifest.get("sender_code", ""),
                }
            )
            for desk_id, manifest in seen.items()
        }
        for name, value in facts.items():  # in the same transaction: one commit, one fsync
            put_meta(conn, name, value)
    uow.log_state.forget()  # later local ops must sort after everything just learned
    store.meta.update(facts)  # sync_status reads them without reopening
    return report


def _named(store: EventStore, refused: UserFacingError) -> UserFacingError:
    """A refusal raised where only desk ids are known (a worker process), with the desk's
    code when this desk knows it."""
    desk = refused.params.get("desk")
    if not isinstance(desk, str) or not re.fullmatch(r"[0-9a-f]{8}", desk):
        return refused  # already a desk's code (the merge names desks it knows)
    with store.engine.connect() as conn:
        code = conn.execute(
            select(t.desks.c.code).where(func.substr(t.desks.c.id, 1, 8) == desk)
        ).scalar()
        conn.rollback()
    if not code or code == desk:
        return refused
    return type(refused)(**{**refused.params, "desk": code})


def _conn(uow: Any) -> Any:
    assert uow.conn is not None  # inside uow.writing() or uow.merging()
    return uow.conn


def _open_conflicts(conn: Any) -> int:
    c = t.conflicts.c
    return int(conn.execute(select(func.count()).where(c.resolved.is_(False))).scalar() or 0)


def join_event(
    bundle: Path,
    out: Path,
    desk_code: str,
    passphrase: str,
    *,
    operator: str = "操作员",
    supervisor: str | None = None,
    pin: str = "",
) -> EventStore:
    """A new desk's event file from a bundle of the lead desk: its ops, then this desk and
    its key, admitted by the lead's file or, when named, a supervisor (with their PIN)."""
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
            merger = Merger(_conn(uow), uow.projector, join=True)
            for origin, ops, known, cover, reread in read_ops(
                [Path(bundle)], event_id, key_for, lambda _m: None
            ):
                merger.add_all(ops, origin, known, cover, reread)
            merger.finish()
            conflicts.refresh(uow)  # the new desk lists the conflicts the others list
            uow.log_state.forget()
            ctx = store.context(operator, supervisor=supervisor, supervisor_pin=pin)
            announce_desk(uow, ctx, store.public_key, via="join")

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
