"""Sync for the front-ends: the sync engine's calls, imported only when first used.

The window may import ``huiwu_desk.bootstrap*`` but not the adapters. Besides the plain
re-exports, the ``*_for_desk`` calls are what one button of the window runs on its database
worker: key (from the passphrase once, then remembered in the event file), the engine call,
and what a person is told afterwards (new and resolved conflicts, the peers just seen).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .bootstrap import EventStore
from .services import conflicts

if TYPE_CHECKING:
    from .adapters.sync_engine import FolderReport, ImportReport

BUNDLE_SUFFIX = ".hwsync"


# --- the engine, lazily -------------------------------------------------------------------
def sync_key(store: EventStore, passphrase: str | None) -> bytes:
    from .adapters.sync_engine import sync_key as key

    return key(store, passphrase)


def export_bundle(store: EventStore, out: Path, key: bytes) -> dict[str, Any]:
    from .adapters.sync_engine import export_bundle as export

    return export(store, out, key)


def import_bundles(
    store: EventStore, paths: Sequence[Path], key: bytes, *, after_merge: Any = conflicts.refresh
) -> ImportReport:
    from .adapters.sync_engine import import_bundles as merge

    try:
        return merge(store, paths, key, after_merge=after_merge)
    finally:
        _reload_meta(store)


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
    from .adapters.sync_engine import join_event as join

    return join(
        bundle, out, desk_code, passphrase, operator=operator, supervisor=supervisor, pin=pin
    )


def sync_status(store: EventStore) -> dict[str, Any]:
    from .adapters.sync_engine import sync_status as status

    return status(store)


def sync_folder(
    store: EventStore,
    folder: Path,
    key: bytes,
    *,
    after_merge: Any = conflicts.refresh,
    lang: str = "zh",
) -> FolderReport:
    from .adapters.sync_engine import sync_folder as run

    try:
        return run(store, folder, key, after_merge=after_merge, lang=lang)
    finally:
        _reload_meta(store)


def _reload_meta(store: EventStore) -> None:
    """The engine records each peer in the file's meta table; status reads ``store.meta``."""
    from .adapters.db.eventfile import read_meta

    store.meta.update(read_meta(store.engine))


# --- one button each ----------------------------------------------------------------------
def has_sync_key(store: EventStore) -> bool:
    """Was the passphrase given once on this desk (or when it joined)?"""
    return bool(store.meta.get("sync_key"))


@dataclass(frozen=True)
class ConflictChange:
    """Conflicts that appeared or went away with an import: (id, kind) pairs."""

    new: list[tuple[str, str]] = field(default_factory=list)
    resolved: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class ImportOutcome:
    report: ImportReport
    conflicts: ConflictChange

    @property
    def new_ops(self) -> int:
        return sum(self.report.new.values())


@dataclass(frozen=True)
class FolderOutcome:
    report: FolderReport
    conflicts: ConflictChange

    @property
    def new_ops(self) -> int:
        return self.report.new_ops


def _open_conflicts(store: EventStore) -> dict[str, str]:
    return conflicts.open_ids(store.uow)


def _changed(before: dict[str, str], after: dict[str, str]) -> ConflictChange:
    return ConflictChange(
        new=[(cid, kind) for cid, kind in after.items() if cid not in before],
        resolved=[(cid, kind) for cid, kind in before.items() if cid not in after],
    )


def export_for_desk(store: EventStore, out: Path, passphrase: str | None = None) -> int:
    """Write, fsync, read back and verify; returns the number of ops written."""
    manifest = export_bundle(store, Path(out), sync_key(store, passphrase))
    return int(manifest["op_count"])


def import_for_desk(
    store: EventStore, paths: Sequence[Path], passphrase: str | None = None
) -> ImportOutcome:
    """All files in one transaction: a refused file leaves the event as it was."""
    key = sync_key(store, passphrase)
    before = _open_conflicts(store)
    report = import_bundles(store, [Path(p) for p in paths], key)
    return ImportOutcome(report, _changed(before, _open_conflicts(store)))


def folder_for_desk(
    store: EventStore, folder: Path, passphrase: str | None = None, *, lang: str = "zh"
) -> FolderOutcome | None:
    """One round of shared-folder sync; ``None`` when the folder is not there (stick out)."""
    folder = Path(folder)
    if not folder.is_dir():
        return None
    key = sync_key(store, passphrase)
    before = _open_conflicts(store)
    report = sync_folder(store, folder, key, lang=lang)
    return FolderOutcome(report, _changed(before, _open_conflicts(store)))
