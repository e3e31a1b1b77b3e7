"""The one place that knows which event files this process holds open, and keeps them safe.

On Linux and macOS, closing *any* descriptor of a file drops *all* of this process's POSIX
locks on it, SQLite's included. An outside reader then believes it is the last connection,
checkpoints, and deletes the ``-wal`` and ``-shm`` we are still committing into: everything
acknowledged since is lost at the next crash (shared/design.md, "Storage rules").

Two defences live here:

* **The guard.** While an event file is open, no ``open()``, rename, removal or truncation of
  the file, its ``-wal``, ``-shm`` or ``-journal`` may happen in this process outside SQLite.
  A Python audit hook enforces it for every Python-level open (ours, pandas', openpyxl's, a
  printer backend's): such an open fails with :class:`LiveEventFile`, one sentence, before
  the descriptor exists. Native code that opens files itself (calamine, Qt's dialogs) is
  asked first through :func:`refuse_live`; Qt's dialogs use ``ui/file_dialogs.py``.
* **The watch.** The writer remembers which ``-wal`` and ``-shm`` files it writes (device and
  inode, held steady by an idle anchor connection) and checks them after every commit, before
  the change is acknowledged. First it takes again, on a descriptor of its own, the read lock
  SQLite's SHARED lock is made of: a dropped lock comes back, and while an outside process
  holds the file exclusively (it is checkpointing and deleting the WAL) the writer waits for
  it to finish, so the check that follows cannot miss a deletion still under way. Then two
  ``stat`` calls. If the files were replaced, it checkpoints its own WAL into the file (every
  committed change is then in the file, fsynced), closes every connection of the process and
  opens fresh ones, and says so in one sentence.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from ...domain.errors import LiveEventFile, WalReplaced

log = logging.getLogger(__name__)

SIDE_FILES = ("-wal", "-shm", "-journal")
Identity = tuple[int, int]


# SQLite's unix locking bytes (os_unix.c): SHARED is a read lock on these 510 bytes, and an
# outside connection that closes as the last one first write-locks them (EXCLUSIVE).
PENDING_BYTE = 0x40000000
SHARED_FIRST = PENDING_BYTE + 2
SHARED_SIZE = 510
LOCK_WAIT_S = 10.0


@dataclass
class _Held:
    path: str  # the real path, symlinks resolved
    identity: Identity
    engine: Engine | None = None  # the writer's engine: watched
    count: int = 1
    anchor: sqlite3.Connection | None = None
    lock_fd: int | None = None  # closed only at release: closing any descriptor drops locks
    side: dict[str, Identity | None] = field(default_factory=dict)
    gate: threading.RLock = field(default_factory=threading.RLock)


_lock = threading.Lock()
_held: dict[str, _Held] = {}
_by_engine: dict[int, _Held] = {}
# What the audit hook reads: replaced whole, never mutated, so no lock is needed there.
_names: frozenset[str] = frozenset()
_identities: frozenset[Identity] = frozenset()
_hook_installed = False
_own = threading.local()  # set while this module itself opens a live file

# Told of every recovery (the window shows the sentence; the CLI prints it).
listeners: list[Callable[[WalReplaced], None]] = []


def _identity(path: str) -> Identity | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _publish() -> None:
    global _names, _identities
    names = set()
    for held in _held.values():
        names.add(held.path)
        names.update(held.path + suffix for suffix in SIDE_FILES)
    _names = frozenset(names)
    _identities = frozenset(h.identity for h in _held.values())


def is_live(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` names (or is a hard link to) an event file this process holds, or
    one of its side files. Only ``stat`` and ``realpath``: nothing is opened."""
    if not _names:
        return False
    try:
        text = os.fsdecode(os.fspath(path))
    except TypeError:
        return False
    real = os.path.realpath(text)
    if real in _names:
        return True
    return _identity(real) in _identities


def refuse_live(path: str | os.PathLike[str]) -> None:
    """Raise :class:`LiveEventFile` before anything outside SQLite opens a live event file."""
    if is_live(path):
        raise LiveEventFile(path=os.fspath(path))


_WATCHED = {"open": (0,), "os.rename": (0, 1), "os.remove": (0,), "os.truncate": (0,)}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    places = _WATCHED.get(event)
    if places is None or not _names or getattr(_own, "opening", False):
        return
    for i in places:
        target = args[i] if i < len(args) else None
        if isinstance(target, str | bytes | os.PathLike) and is_live(target):
            raise LiveEventFile(path=os.fsdecode(os.fspath(target)))


def _install_hook() -> None:
    global _hook_installed
    if not _hook_installed:
        sys.addaudithook(_audit)  # cannot be removed; costs one dict look-up per event
        _hook_installed = True


def hold(path: Path, engine: Engine | None = None) -> None:
    """Mark ``path`` live from now until :func:`release`. With ``engine`` (the writer's), the
    WAL is watched and an anchor connection keeps this process's WAL from being closed."""
    real = os.path.realpath(path)
    identity = _identity(real)
    if identity is None:
        return
    with _lock:
        _install_hook()
        held = _held.get(real)
        if held is None:
            held = _held[real] = _Held(real, identity)
        else:
            held.count += 1
        if engine is not None and held.engine is None:
            held.engine = engine
            _by_engine[id(engine)] = held
            _anchor(held)
            if sys.platform != "win32":  # Windows locks do not fall with another handle
                _own.opening = True
                try:
                    held.lock_fd = os.open(real, os.O_RDONLY)
                finally:
                    _own.opening = False
                _shared_lock(held)
        _publish()


def release(path: Path, engine: Engine | None = None) -> None:
    real = os.path.realpath(path)
    with _lock:
        held = _held.get(real)
        if held is None:
            return
        if engine is not None and held.engine is engine:
            _by_engine.pop(id(engine), None)
            held.engine = None
            if held.anchor is not None:
                held.anchor.close()  # the last connection: SQLite folds the WAL in
                held.anchor = None
            if held.lock_fd is not None:
                os.close(held.lock_fd)
                held.lock_fd = None
        held.count -= 1
        if held.count <= 0:
            del _held[real]
        _publish()


def _anchor(held: _Held) -> None:
    """Open the idle connection that keeps the WAL this process writes from being closed
    (and so deleted) by SQLite while the event is open, then remember its side files."""
    held.anchor = sqlite3.connect(held.path, check_same_thread=False, timeout=10)
    held.anchor.execute("SELECT count(*) FROM sqlite_master").fetchall()  # opens -wal, -shm
    held.side = {s: _identity(held.path + s) for s in ("-wal", "-shm")}


def _shared_lock(held: _Held) -> None:
    """Take (again) this process's read lock on SQLite's SHARED bytes. It costs one fcntl
    call when nothing is wrong. While an outside process holds the file exclusively it waits,
    as SQLite's busy timeout would, then gives up with SQLite's own "locked" error."""
    if held.lock_fd is None:
        return
    import fcntl

    deadline = time.monotonic() + LOCK_WAIT_S
    while True:
        try:
            fcntl.lockf(held.lock_fd, fcntl.LOCK_SH | fcntl.LOCK_NB, SHARED_SIZE, SHARED_FIRST)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise sqlite3.OperationalError("database is locked") from None
            time.sleep(0.005)


def gate(engine: Engine) -> threading.RLock | None:
    """The lock a unit of work holds during its transaction, so a recovery never closes a
    connection another thread is using."""
    held = _by_engine.get(id(engine))
    return held.gate if held is not None else None


def verify(engine: Engine) -> bool:
    """After a commit, before it is acknowledged: is the WAL we wrote still the file's WAL?
    If not, recover (see the module docstring). True when a recovery was needed."""
    held = _by_engine.get(id(engine))
    if held is None or not held.side:
        return False
    _shared_lock(held)
    if all(_identity(held.path + s) == ident for s, ident in held.side.items()):
        return False
    with held.gate:
        _recover(held, engine)
    notice = WalReplaced(path=held.path)
    log.warning("%s", notice.text("en"))
    for listener in list(listeners):
        try:
            listener(notice)
        except Exception:
            log.exception("recovery listener failed")
    return True


def _recover(held: _Held, engine: Engine) -> None:
    # 1. Every committed change is in our (possibly unlinked) WAL: copy it into the file.
    with engine.connect() as conn:
        busy, frames, done = conn.exec_driver_sql("PRAGMA wal_checkpoint(FULL)").one()
        conn.rollback()
    if busy or (frames >= 0 and done < frames):
        raise sqlite3.OperationalError("database is locked: the WAL could not be folded in")
    # 2. Close every connection of this process to the file, so SQLite lets go of the old
    #    WAL and -shm; new connections open the file's real ones.
    engine.dispose()
    if held.anchor is not None:
        held.anchor.close()
    _anchor(held)
