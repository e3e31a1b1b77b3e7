"""Real storage trouble for tests: a small tmpfs (a full disk), remounted read-only (a
write-protected stick), and a child process that permission bits bind (a read-only file or
folder). Root only; anything the machine refuses skips the test with the reason."""

from __future__ import annotations

import contextlib
import ctypes
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PR_CAPBSET_DROP = 24
# CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER: what lets root ignore permission bits.
DAC_CAPS = (1, 2, 3)


def need_root() -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root: mounts a tmpfs and drops capabilities")


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mount {' '.join(args)} refused: {done.stderr.strip()}")


@contextlib.contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A fresh file system of ``size`` (e.g. "512k") at ``folder``, unmounted afterwards."""
    need_root()
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def remount(folder: Path, options: str) -> None:
    """``ro``, ``rw`` or ``size=…`` for a tmpfs made by :func:`tmpfs`."""
    _mount("-o", f"remount,{options}", str(folder))


def fill(folder: Path) -> Path:
    """Take every free block of ``folder``'s file system; remove the file to free them."""
    filler = folder / "filler.bin"
    block = b"\0" * 4096
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        while True:
            try:
                os.write(fd, block)
            except OSError:
                break
    finally:
        os.close(fd)
    return filler


def _drop_dac_caps() -> None:
    # In the child before exec: root keeps its uid (the interpreter lives under /root, which
    # "nobody" cannot enter) but permission bits bind it as they bind any user.
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in DAC_CAPS:
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def can_drop_caps() -> None:
    need_root()
    if not sys.platform.startswith("linux"):
        pytest.skip("capabilities are Linux's")
    done = subprocess.run(
        [sys.executable, "-c", "import huiwu_desk"],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        preexec_fn=_drop_dac_caps,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot drop capabilities: {done.stderr.strip()[-200:]}")


def cli(
    *args: str | Path, bound: bool = False, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The real command line. ``bound``: permission bits apply to it (see _drop_dac_caps)."""
    preexec: Callable[[], None] | None = _drop_dac_caps if bound else None
    return subprocess.run(
        [sys.executable, "-m", "huiwu_desk", *map(str, args)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT), **(env or {})),
        timeout=180,
        preexec_fn=preexec,
    )
