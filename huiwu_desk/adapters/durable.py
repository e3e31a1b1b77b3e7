"""Making a written file, and its rename, survive a power cut."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    """Never on a live event file: closing this descriptor would drop SQLite's locks."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """A rename is durable only once its folder is synced (POSIX; Windows cannot open one)."""
    if os.name == "nt":
        return
    fsync_file(folder)
