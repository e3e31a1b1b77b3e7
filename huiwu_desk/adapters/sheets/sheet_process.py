"""Reading a spreadsheet from outside in a child process with limits (design: Untrusted input).

Every roster, setup workbook and hotel room list goes through ``read_in_child``: the file is
checked first (zip_check.py: size, members, packing, declared dimension and strings), then a
child process (sheet_child.py, started with ``spawn``: a fork of a process with Qt and SQLite
threads is not safe) limits itself to ``SHEET_CHILD_MEMORY`` of address space and
``SHEET_CHILD_CPU_S`` of CPU and reads it, sending the rows back through a pipe in chunks,
while this process waits at most ``SHEET_CHILD_WALL_S``. A file that makes the reader allocate
48 GB, unpacks to gigabytes or never ends kills the child, not the desk: one sentence
(``UnsafeSheet``), and nothing was written. An honest roster of 50,000 rows costs ~0.2 s more
than its 0.7 s read: the child's start (0.05 s) and pickling its rows there and back.
"""

from __future__ import annotations

import gc
import pickle
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain import limits
from ...domain.sheet_errors import (
    EncryptedWorkbook,
    SheetReaderFailed,
    UnreadableSheet,
    UnsafeSheet,
)
from . import sheet_child, zip_check
from .sheet_child import EVERY, NAMES, ONE

__all__ = ["EVERY", "NAMES", "ONE", "ReadSheets", "read_in_child"]
POLL_S = 0.5  # how often a silent child is looked at


@dataclass
class ReadSheets:
    """What the child read: the workbook's sheet names, the rows of each sheet asked for."""

    names: list[str]
    sheets: dict[str, list[list[Any]]] = field(default_factory=dict)
    encoding: str | None = None  # CSV only


def read_in_child(path: Path, mode: str = ONE, sheet: str | None = None) -> ReadSheets:
    """The names of ``path``'s sheets and, per ``mode``, no rows (NAMES), the rows of ``sheet``
    (ONE; None: the first sheet) or of every sheet (EVERY). The caller has refused live event
    files and missing ones (reader.py)."""
    zip_check.check_file(path)
    from multiprocessing import get_context

    deadline = time.monotonic() + limits.SHEET_CHILD_WALL_S

    context = get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=sheet_child.run,
        args=(
            sender,
            str(path),
            mode,
            sheet,
            {
                "memory": limits.SHEET_CHILD_MEMORY,
                "cpu_s": limits.SHEET_CHILD_CPU_S,
                "cells": limits.SHEET_READ_CELLS,
            },
        ),
        name="huiwu-sheet-reader",
        daemon=True,
    )
    try:
        child.start()
    except OSError as exc:  # no process could start (out of memory, a broken install)
        raise SheetReaderFailed(name=path.name) from exc
    finally:
        sender.close()  # the child's end: a dead child is EOF here
    # the rows arrive as a million new lists and strings: no collector passes over them (the
    # window runs the collector itself, on the GUI thread: then it is off already)
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _receive(path, receiver, child, deadline)
    finally:
        if paused:
            gc.enable()
        receiver.close()
        _end(child)


def _receive(path: Path, receiver: Any, child: Any, deadline: float) -> ReadSheets:
    result: ReadSheets | None = None
    rows: list[list[Any]] | None = None
    ready = False  # the child started and limited itself: from then on, what it meets is the file's
    budget = limits.SHEET_TRANSFER_BYTES  # what may still come, pickled
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise UnsafeSheet(name=path.name, why="time")
        if not receiver.poll(min(left, POLL_S)):
            continue
        try:
            data = receiver.recv_bytes(max(budget, 1))
        except EOFError:  # the child died: killed by its limits, or crashed
            raise _died(path, child, ready) from None
        except OSError:  # a message beyond the budget (left unread), or a broken pipe
            if child.is_alive():
                mb = limits.SHEET_TRANSFER_BYTES // zip_check.MB
                raise UnsafeSheet(name=path.name, why="transfer", mb=mb) from None
            raise _died(path, child, ready) from None
        budget -= len(data)
        message = pickle.loads(data)
        kind = message[0]
        if kind == "ready":
            ready = True
        elif kind == "rows":
            if rows is not None:
                rows.extend(message[1])
        elif kind == "names":
            result = ReadSheets(list(message[1]))
        elif kind == "sheet" and result is not None:
            rows = result.sheets.setdefault(message[1], [])
        elif kind == "end" and result is not None:
            result.encoding = message[1]
            return result
        elif kind == "error":
            raise _refused(path, message[1], message[2])
        else:
            raise UnreadableSheet(path=str(path))


def _refused(path: Path, reason: str, params: dict[str, Any]) -> Exception:
    if reason == "encrypted":
        return EncryptedWorkbook(path=str(path))
    if reason in ("memory", "cells"):
        return UnsafeSheet(name=path.name, why=reason, **params)
    return UnreadableSheet(path=str(path))


def _died(path: Path, child: Any, ready: bool) -> Exception:
    child.join(5)
    code = child.exitcode
    if not ready:  # it never started: not the file's doing (an interpreter that cannot spawn)
        return SheetReaderFailed(name=path.name)
    # SIGXCPU: its CPU limit (Windows' Job Object ends it with ERROR_NOT_ENOUGH_QUOTA);
    # SIGABRT (Rust's allocation failure), SIGKILL (the kernel's OOM killer), 3 (Windows'
    # abort, or a MemoryError while sending): memory
    if code in (-24, 1816):
        return UnsafeSheet(name=path.name, why="time")
    if code in (-6, -9, 3):
        return UnsafeSheet(name=path.name, why="memory")
    return UnsafeSheet(name=path.name, why="crashed")


def _end(child: Any) -> None:
    """The child is gone when this returns (it normally exits by itself at once)."""
    child.join(2)
    if child.is_alive():
        child.kill()
        child.join(5)
