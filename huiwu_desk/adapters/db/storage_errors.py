"""Which storage sentence a failed read or write of the event file deserves.

SQLite and the OS say "disk I/O error", "unable to open database file" or "attempt to write
a readonly database" for several different causes; the person at the desk needs to know
which one to fix. Only ``stat``-like calls look at the file here (``statvfs``, ``access``):
nothing opens it, so no lock of SQLite's is ever dropped (shared/design.md, "Storage rules").
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from ...domain.errors import (
    DiskFull,
    EventLocked,
    ReadOnlyFile,
    ReadOnlyFolder,
    ReadOnlyMedium,
    StorageError,
    UserFacingError,
)

# Less free space than this makes an I/O error a full disk: SQLite reports a -shm it could
# not grow (32 KiB at a time) as "disk I/O error", not as SQLITE_FULL.
NEARLY_FULL_BYTES = 1 << 20

_FULL = 13  # SQLITE_FULL
_BUSY, _LOCKED = 5, 6
_READONLY, _IOERR, _CANTOPEN, _PERM = 8, 10, 14, 3
_CORRUPT, _NOTADB = 11, 26


def medium_read_only(path: Path) -> bool:
    """True when the file system holding ``path`` is mounted read-only."""
    try:
        return bool(os.statvfs(_existing(path)).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows: EROFS tells instead
        return False


def _existing(path: Path) -> Path:
    return path if path.exists() else path.parent


def _nearly_full(path: Path) -> bool:
    try:
        st = os.statvfs(_existing(path))
    except (AttributeError, OSError):
        return False
    return st.f_bavail * st.f_frsize < NEARLY_FULL_BYTES


def _folder_writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK | os.X_OK)


def not_writable(path: Path) -> UserFacingError | None:
    """Why the event file at ``path`` cannot be changed here, or None when it can."""
    if medium_read_only(path):
        return ReadOnlyMedium(path=str(path))
    if path.exists() and not os.access(path, os.W_OK):
        return ReadOnlyFile(path=str(path))
    if not _folder_writable(path):
        return ReadOnlyFolder(folder=str(path.parent))
    return None


def storage_failure(exc: BaseException, path: Path | str) -> UserFacingError | None:
    """The one sentence for ``exc`` (an OSError or SQLite error, bare or wrapped by
    SQLAlchemy) met while reading or writing ``path``; None when storage is not to blame."""
    path = Path(path)
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, UserFacingError):
        return orig
    if isinstance(orig, OSError):
        return _os_failure(orig, path)
    if isinstance(orig, sqlite3.Error):
        return _sqlite_failure(orig, path)
    return None


def making_failure(exc: BaseException, path: Path) -> UserFacingError | None:
    """The sentence for failing to make the new file ``path`` (an event file, a backup, an
    export): a read-only place is its folder's doing, not a read-only event file's."""
    mapped = storage_failure(exc, path) if isinstance(exc, Exception) else None
    if isinstance(mapped, ReadOnlyFile | ReadOnlyMedium):
        return ReadOnlyFolder(folder=str(path.parent))
    return mapped


def _os_failure(exc: OSError, path: Path) -> UserFacingError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull()
    if exc.errno == errno.EROFS:
        return ReadOnlyMedium(path=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return not_writable(path) or StorageError(reason=str(exc))
    return StorageError(reason=exc.strerror or str(exc))


def _sqlite_failure(exc: sqlite3.Error, path: Path) -> UserFacingError | None:
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    primary = code & 0xFF if isinstance(code, int) else _code_from_text(text)
    if primary == _FULL:
        return DiskFull()
    if primary in (_BUSY, _LOCKED):
        return EventLocked(path=str(path))
    if primary in (_READONLY, _CANTOPEN, _PERM, _IOERR):
        why = not_writable(path)
        if isinstance(why, ReadOnlyMedium) or (primary != _IOERR and why is not None):
            return why
        if primary == _IOERR and _nearly_full(path):
            return DiskFull()
        if primary == _READONLY:  # e.g. its -wal or -shm belongs to someone else
            return ReadOnlyFile(path=str(path))
        return StorageError(reason=str(exc))
    if primary in (_CORRUPT, _NOTADB):
        return StorageError(reason=str(exc))
    return None


def _code_from_text(text: str) -> int | None:
    """For an error raised by hand (no ``sqlite_errorcode``): the code its words name."""
    for words, code in (
        (("full", "no space"), _FULL),
        (("locked", "busy"), _BUSY),
        (("readonly", "read-only"), _READONLY),
        (("disk i/o",), _IOERR),
        (("unable to open",), _CANTOPEN),
        (("malformed", "not a database"), _CORRUPT),
    ):
        if any(w in text for w in words):
            return code
    return None
