"""One process per event file: an OS lock on a sidecar ``<file>.lock``.

The OS drops the lock when the process dies (kill -9 included), so a crash never leaves a
stale lock behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ...domain.errors import EventLocked
from .storage_errors import storage_failure


class EventFileLock:
    def __init__(self, event_path: Path) -> None:
        self.event_path = event_path
        self.path = event_path.with_name(event_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:  # a read-only folder or medium, a full disk: its own sentence
            raise storage_failure(exc, self.event_path) or exc from exc
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise EventLocked(path=str(self.event_path)) from None
        try:  # the pid is only for a person looking; a full disk must not stop the desk
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
        except OSError:
            pass
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if sys.platform == "win32":
                import msvcrt

                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None
