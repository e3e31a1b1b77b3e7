"""Creating, opening, upgrading and backing up the event file (one SQLite file per event).

Opening checks, in order: the file exists and is SQLite; it is ours (an ``alembic_version``
and a ``meta`` table with an event id); its schema is not newer than this program; when older,
a backup copy is made and the migrations run. Writers hold an OS lock for the whole session.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import OperationalError

from ...domain.errors import (
    EventFileExists,
    EventFileMissing,
    EventLocked,
    NotAnEventFile,
    ReadOnlyFolder,
    SchemaTooNew,
    StorageError,
)
from ...domain.model import DeskContext, Role
from ...paths import migrations_dir
from ..bundles.signing import PRIVATE_META, Signer, new_key_pair
from ..durable import fsync_file, fsync_folder
from . import live_files
from . import tables as t
from .engine import make_engine, read_only_uri
from .lock import EventFileLock
from .storage_errors import making_failure, medium_read_only, not_writable, storage_failure
from .uow import SqlUnitOfWork

# Every revision in migrations/versions, oldest first (a test keeps this equal to Alembic's).
SCHEMA_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_search_helpers",
    "0003_sync",
    "0004_category_index",
    "0005_operator_pin_key",
    "0006_drop_ops_entity_index",
    "0007_setup",
    "0008_cashier",
    "0009_held_rooms",
    "0010_signed_ops",
    "0011_doors",
)
HEAD = SCHEMA_REVISIONS[-1]
APP_VERSION_META = "app_version"  # the program that made the file or last upgraded its schema
SQLITE_HEADER = b"SQLite format 3\x00"
EXTENSION = ".huiwu"


@dataclass
class EventStore:
    """An open event file: engine, unit of work, lock and who this desk is."""

    path: Path
    engine: Engine
    lock: EventFileLock | None
    event_id: str
    desk_id: str
    desk_code: str
    meta: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.uow = SqlUnitOfWork(self.engine)
        self.notice = ""  # one sentence the window / CLI shows after opening, if any
        self.use_key(self.meta.get(PRIVATE_META, ""))

    def use_key(self, private_hex: str) -> None:
        """This desk's private key signs what it writes from now on (bundles/signing.py)."""
        self.uow.signer = Signer(private_hex) if private_hex else None

    @property
    def public_key(self) -> str:
        return str(self.uow.signer.public) if self.uow.signer is not None else ""

    @property
    def read_only(self) -> bool:
        return self.lock is None

    def context(
        self, operator: str | None = None, supervisor: str | None = None, supervisor_pin: str = ""
    ) -> DeskContext:
        return DeskContext(
            self.desk_id,
            self.desk_code,
            operator or self.default_operator,
            supervisor,
            supervisor_pin=supervisor_pin,
        )

    @property
    def default_operator(self) -> str:
        return self.meta.get("last_operator") or self.meta.get("default_operator") or "操作员"

    def remember_operator(self, name: str) -> None:
        set_meta(self.engine, "last_operator", name)
        self.meta["last_operator"] = name

    def checkpoint(self) -> None:
        """Fold the WAL back into the file; the window calls this when the desk is idle."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
            conn.rollback()
        live_files.verify(self.engine)

    def hold(self) -> None:
        """From now on the file is live in this process (see live_files): guarded, and when
        this store writes, its WAL watched."""
        live_files.hold(self.path, None if self.read_only else self.engine)

    def close(self) -> None:
        self.engine.dispose()
        live_files.release(self.path, None if self.read_only else self.engine)
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def set_meta(engine: Engine, key: str, value: str) -> None:
    try:
        with engine.begin() as conn:
            put_meta(conn, key, value)
    except OperationalError as exc:  # e.g. the window's operator, on a read-only file
        raise storage_failure(exc, str(engine.url.database)) or exc from exc


def put_meta(conn: Connection, key: str, value: str) -> None:
    """``set_meta`` inside the caller's transaction."""
    from sqlalchemy.dialects.sqlite import insert

    conn.execute(
        insert(t.meta)
        .values(key=key, value=value)
        .on_conflict_do_update(index_elements=["key"], set_={"value": value})
    )


def read_meta(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return {r.key: r.value for r in conn.execute(select(t.meta))}


def _check_sqlite(path: Path) -> None:
    if not path.exists():
        raise EventFileMissing(path=str(path))
    if path.is_dir():
        raise NotAnEventFile(path=str(path))
    if live_files.is_live(path):
        return  # open here already, so an event file; reading its header would drop our locks
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise StorageError(reason=str(exc)) from exc
    if header != SQLITE_HEADER:
        raise NotAnEventFile(path=str(path))


def schema_revision(path: Path, *, immutable: bool = False) -> str | None:
    """The Alembic revision of an event file, read without Alembic (fast, and read-only);
    None when it is not ours. ``immutable``: on read-only media (see make_engine)."""
    try:
        con = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True, timeout=10)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in names or "meta" not in names:
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if exc.sqlite_errorcode == sqlite3.SQLITE_NOTADB:
            return None
        # A good file on a full disk or a read-only mount is not "not an event file".
        raise storage_failure(exc, path) or exc from exc


def upgrade(engine: Engine, target: str = "head") -> None:
    """Migrate to ``target``; ``meta.app_version`` says which program wrote the schema (made
    the file or last upgraded it), in the same transaction."""
    from alembic import command
    from alembic.config import Config

    from ... import __version__

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        put_meta(conn, APP_VERSION_META, __version__)


def backup(engine_or_path: Engine | Path, out: Path) -> Path:
    """A consistent online copy (sqlite3 backup API), written beside and renamed into place."""
    out = Path(out)
    if out.exists():
        raise EventFileExists(path=str(out))
    src_path = (
        Path(engine_or_path.url.database)
        if isinstance(engine_or_path, Engine)
        else Path(engine_or_path)
    )
    tmp = out.with_name(out.name + ".part")
    try:
        src = sqlite3.connect(read_only_uri(src_path), uri=True, timeout=10)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        fsync_file(tmp)
        os.replace(tmp, out)
        fsync_folder(out.parent)
    except (sqlite3.DatabaseError, OSError) as exc:
        _remove_new(tmp)
        raise making_failure(exc, out) or StorageError(reason=str(exc)) from exc
    return out


def _backup_before_upgrade(path: Path, revision: str) -> Path:
    folder = path.with_name(path.name + ".backups")
    folder.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return backup(path, folder / f"{path.stem}.before-upgrade-{revision}-{stamp}{EXTENSION}")


def open_event(path: Path | str, *, write: bool = True, or_read_only: bool = False) -> EventStore:
    """Open an event file. ``write=False`` opens it without the lock, for reading only.

    ``or_read_only`` (the window): a file that cannot be changed here, being read-only or on
    read-only media, opens for reading with the reason in ``store.notice`` instead of failing.
    """
    path = Path(path)
    _check_sqlite(path)
    immutable = medium_read_only(path)  # no -shm can be made there, and nothing changes it
    notice = ""
    lock: EventFileLock | None = None
    if write:
        refused = not_writable(path)
        if refused is not None and or_read_only and not isinstance(refused, ReadOnlyFolder):
            write, notice = False, refused.text("zh")
        elif refused is not None:
            raise refused
        else:
            lock = EventFileLock(path)
            lock.acquire()
    try:
        revision = schema_revision(path, immutable=immutable)
        if revision is None:
            raise NotAnEventFile(path=str(path))
        if revision not in SCHEMA_REVISIONS:
            raise SchemaTooNew(path=str(path))
        engine = make_engine(path, read_only=not write, immutable=immutable)
        if revision != HEAD:
            if not write:
                engine.dispose()
                if notice:  # an old file that cannot be upgraded here cannot be read either
                    raise not_writable(path) or StorageError(reason=notice)
                lock = EventFileLock(path)
                lock.acquire()
                engine = make_engine(path)
            _backup_before_upgrade(path, revision)
            upgrade(engine)
        meta = read_meta(engine)
        if "event_id" not in meta or "desk_id" not in meta:
            engine.dispose()
            raise NotAnEventFile(path=str(path))
        store = EventStore(
            path, engine, lock, meta["event_id"], meta["desk_id"], meta["desk_code"], meta
        )
        store.hold()
        if notice:
            store.notice = notice
        if write:
            try:
                _guard_copies(store)
                ensure_desk_key(store)
            except BaseException:
                store.close()
                raise
        return store
    except BaseException as exc:
        if lock is not None:
            lock.release()
        mapped = storage_failure(exc, path) if isinstance(exc, Exception) else None
        if mapped is None or mapped is exc:
            raise
        raise mapped from exc


def _file_identity(path: Path) -> str:
    st = path.stat()
    return f"{st.st_dev}:{st.st_ino}"


def _guard_copies(store: EventStore) -> None:
    """A copied or restored event file must not keep writing as the desk it was copied from.

    The file's identity (device and inode) is remembered; a file that is not where it was
    made (a copy, a restored backup, another laptop) continues as a new desk with its own id
    and code, so receipt numbers and op ids never collide with the original's.
    """
    identity = _file_identity(store.path)
    remembered = store.meta.get("file_identity")
    if remembered is None:
        set_meta(store.engine, "file_identity", identity)
        store.meta["file_identity"] = identity
        return
    if remembered == identity:
        return
    import uuid

    from sqlalchemy import select

    from ...services.setup import announce_desk

    with store.engine.connect() as conn:
        taken = set(conn.execute(select(t.desks.c.code)).scalars())
    base = store.desk_code[:5]
    code = next(
        f"{base}{letter}" for letter in "BCDEFGHJKLMNPQRSTUVWXYZ" if f"{base}{letter}" not in taken
    )
    old = store.desk_code
    store.desk_id, store.desk_code = str(uuid.uuid4()), code
    private, _public = new_key_pair()  # the copy must not sign as the desk it was copied from
    for key, value in {
        "desk_id": store.desk_id,
        "desk_code": code,
        "file_identity": identity,
        PRIVATE_META: private,
    }.items():
        set_meta(store.engine, key, value)
        store.meta[key] = value
    with store.engine.begin() as conn:  # the new desk's counters start afresh
        conn.execute(t.meta.delete().where(t.meta.c.key.like("counter.%")))
    store.uow.log_state.forget()
    store.use_key(private)
    announce_desk(store.uow, store.context(), store.public_key, via="copy")
    store.notice = (
        f"此会议文件是副本或从备份恢复，已作为新报到台 {code} 继续（原为 {old}），"
        "以免与原报到台的编号冲突。"
    )


def ensure_desk_key(store: EventStore) -> None:
    """A file made before desks signed their ops gets its desk's key pair the first time it
    is opened for writing, and publishes the key (``desk.key``, via "upgrade") in its own
    chain: that op's signature covers the desk's earlier, unsigned ops."""
    if store.meta.get(PRIVATE_META):
        return
    from ...services.desk_trust import announce_key

    private, public = new_key_pair()
    set_meta(store.engine, PRIVATE_META, private)
    store.meta[PRIVATE_META] = private
    store.use_key(private)
    announce_key(store.uow, store.context(), public, "upgrade")


def passphrase_meta(passphrase: str, event_id: str) -> dict[str, str]:
    """What the event file keeps of the sync passphrase: a verifier and the derived key.

    The key stays on this desk so shared-folder sync runs without asking every time; the
    event file holds the data in clear anyway, the key protects bundles on the way.
    """
    from ..bundles.crypto import derive_key, key_check

    key = derive_key(passphrase, event_id)
    return {"passphrase_check": key_check(key), "sync_key": key.hex()}


def _valid_desk_code(desk_code: str) -> str:
    desk_code = desk_code.strip().upper()
    if not desk_code or not desk_code.isalnum() or len(desk_code) > 6:
        from ...domain.errors import InvalidField

        raise InvalidField(field="报到台编号 (desk)", reason="只能是 1–6 位字母或数字，例如 A1")
    return desk_code


def build_event_file(
    path: Path | str,
    desk_code: str,
    fill: Callable[[EventStore], None],
    *,
    event_id: str | None = None,
    passphrase: str | None = None,
    default_operator: str = "操作员",
) -> EventStore:
    """Make a new event file under a temporary name, let ``fill`` write its first ops, fold
    its WAL in, then rename it into place and open it: all or nothing, whatever fails (a
    full disk included) leaves no file behind, not even the temporary one."""
    import uuid

    path = Path(path)
    if path.exists():
        raise EventFileExists(path=str(path))
    desk_code = _valid_desk_code(desk_code)
    tmp = path.with_name(f".{path.name}.creating")
    made_lock = not Path(f"{path}.lock").exists()
    renamed = False
    try:
        _remove_new(tmp)  # a killed attempt's leftovers
        # A -wal beside a name with no file is stale; SQLite would replay it into ours.
        _remove_new(path, main=False)
        event_id = event_id or str(uuid.uuid4())
        desk_id = str(uuid.uuid4())
        engine = make_engine(tmp)
        store: EventStore | None = None
        try:
            upgrade(engine)
            meta = {"event_id": event_id, "desk_id": desk_id, "desk_code": desk_code}
            if passphrase:
                meta.update(passphrase_meta(passphrase, event_id))
            meta["default_operator"] = default_operator
            meta[PRIVATE_META] = new_key_pair()[0]  # this desk's key: fill publishes it
            # A rename keeps the inode, so the file is not taken for a copy when it opens and
            # opening it writes nothing, for which a nearly full disk may have no room.
            meta["file_identity"] = _file_identity(tmp)
            for key, value in meta.items():
                set_meta(engine, key, value)
            store = EventStore(tmp, engine, None, event_id, desk_id, desk_code, meta)
            fill(store)
            _fold_wal(engine, tmp)
        finally:
            if store is not None:
                store.close()
            else:
                engine.dispose()
        _sealed(tmp)
        os.replace(tmp, path)
        renamed = True
        fsync_folder(path.parent)
        return open_event(path)
    except BaseException as exc:
        _remove_new(tmp)
        if renamed and not isinstance(exc, EventLocked):  # we said it failed: nothing stays
            _remove_new(path, lock=made_lock)
        mapped = making_failure(exc, path)
        if mapped is None or mapped is exc:
            raise
        raise mapped from exc


def _fold_wal(engine: Engine, tmp: Path) -> None:
    """Copy the new file's WAL into it and empty the WAL, or raise. Renamed without its WAL,
    a file lacks whatever the WAL held: a full disk once made a corrupt event file so, since
    closing the last connection checkpoints silently and leaves the WAL behind on failure."""
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        busy, _log, _moved = cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cur.close()
    finally:
        raw.close()
    _wal_folded(tmp, busy=bool(busy))


def _sealed(tmp: Path) -> None:
    """After the last connection closed: nothing but the file itself may remain, synced."""
    _wal_folded(tmp)
    _remove_new(tmp, main=False)  # an empty -wal and the -shm index carry nothing
    fsync_file(tmp)


def _wal_folded(tmp: Path, *, busy: bool = False) -> None:
    wal = Path(f"{tmp}-wal")
    if busy or (wal.exists() and wal.stat().st_size):
        raise StorageError(reason="新文件的日志未能并入文件 (its WAL could not be folded in)")


def _remove_new(path: Path, *, main: bool = True, lock: bool = False) -> None:
    """Remove a file this process made and nobody else has opened, with its side files."""
    names = [f"{path}{side}" for side in ("-wal", "-shm", "-journal")]
    names += [str(path)] if main else []
    names += [f"{path}.lock"] if lock else []
    for name in names:
        with contextlib.suppress(OSError):  # best effort: the failure reported matters more
            os.unlink(name)


def create_event(
    path: Path | str,
    name: str,
    desk_code: str,
    *,
    passphrase: str | None = None,
    organizer: str = "",
    start_date: date | None = None,
    nights: list[date] | None = None,
    operators: list[tuple[str, Role]] | None = None,
    event_id: str | None = None,
    then: Callable[[EventStore], None] | None = None,
) -> EventStore:
    """Create a new event file, migrated to the newest schema, and open it for writing.
    ``then`` writes more before the file is put in place (the demo's attendees)."""
    from ...services.setup import genesis

    ops = operators or [("主管", Role.SUPERVISOR), ("操作员", Role.OPERATOR)]
    default_operator = ops[-1][0] if ops else "操作员"

    def fill(store: EventStore) -> None:
        genesis(
            store.uow,
            store.context(default_operator),
            event_id=store.event_id,
            name=name,
            organizer=organizer,
            start_date=start_date,
            nights=nights or [],
            operators=ops,
            public_key=store.public_key,
        )
        if then is not None:
            then(store)

    return build_event_file(
        path,
        desk_code,
        fill,
        event_id=event_id,
        passphrase=passphrase,
        default_operator=default_operator,
    )
