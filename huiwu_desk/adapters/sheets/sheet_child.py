"""The child process that reads a spreadsheet for the desk (started by sheet_process.py).

It limits itself first (address space, CPU time; on Windows a Job Object), then reads the file
with calamine (or the CSV reader) and sends what it read through a pipe:

    ("ready",)                                                  limited, before the file
    ("names", [sheet names])
    ("sheet", name), then ("rows", [rows…]) in chunks     for each sheet asked for
    ("end", encoding or None)
    ("error", "encrypted" | "unreadable" | "memory" | "cells", {params})  instead, when not

A hostile file that makes calamine allocate 48 GB kills this process, not the desk: the
parent sees it die and says one sentence. Imported in the child before anything else runs, so
it imports nothing of the desk (no SQLAlchemy, no Qt) and calamine only once limited.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import Any

CHUNK_ROWS = 2000  # rows per message: the parent unpickles one while the next is made
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: .xls, or an encrypted .xlsx
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_JOB: list[Any] = []  # the Job Object's handle lives as long as this process


NAMES, ONE, EVERY = "names", "one", "every"  # what is read: the names only, one sheet, all


def run(conn: Any, path: str, mode: str, sheet: str | None, bounds: dict[str, int]) -> None:
    """Read ``path``'s sheet names, then per ``mode`` no sheet, the sheet ``sheet`` (None: the
    first) or every sheet, within ``bounds``: memory (bytes), cpu_s, cells (of one sheet)."""
    _quiet()
    limit_self(bounds["memory"], bounds["cpu_s"])
    gc.disable()  # a short life that makes a million lists: a third less time without passes
    _send(conn, ("ready",))
    try:
        _serve(conn, Path(path), mode, sheet, bounds["cells"])
    except MemoryError:
        _send(conn, ("error", "memory", {}))
    except _Refused as exc:
        _send(conn, ("error", exc.args[0], exc.args[1] if len(exc.args) > 1 else {}))
    finally:
        conn.close()


class _Refused(Exception):
    pass


def _send(conn: Any, message: tuple[Any, ...]) -> None:
    try:
        conn.send(message)
    except (OSError, MemoryError):  # the parent gave up (timeout) or memory ran out
        os._exit(3)


def _quiet() -> None:
    """Calamine's allocation failure prints a Rust backtrace: not on the desk's terminal."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 2)
        os.close(null)
    except OSError:
        pass


def limit_self(memory: int, cpu_s: int) -> None:
    """At most ``memory`` bytes of address space and ``cpu_s`` seconds of CPU, no core dump."""
    if sys.platform == "win32":
        _limit_windows(memory, cpu_s)
        return
    try:
        import resource
    except ImportError:  # pragma: no cover - every POSIX Python has it
        return
    wanted = [(resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, cpu_s)]
    wanted.append((resource.RLIMIT_CORE, 0))
    for kind, value in wanted:
        try:
            _, hard = resource.getrlimit(kind)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)  # a tighter limit set from outside stays
            resource.setrlimit(kind, (value, hard))
        except (ValueError, OSError):  # macOS refuses some; the parent's timeout still holds
            pass


def _limit_windows(memory: int, cpu_s: int) -> None:
    """A Job Object of this process alone, with a memory and a CPU time limit. Best effort:
    if Windows refuses, the parent's size checks and timeout still hold."""
    try:
        import ctypes
        from ctypes import wintypes

        class Basic(ctypes.Structure):
            _fields_ = [
                ("PerProcessUserTimeLimit", ctypes.c_int64),
                ("PerJobUserTimeLimit", ctypes.c_int64),
                ("LimitFlags", wintypes.DWORD),
                ("MinimumWorkingSetSize", ctypes.c_size_t),
                ("MaximumWorkingSetSize", ctypes.c_size_t),
                ("ActiveProcessLimit", wintypes.DWORD),
                ("Affinity", ctypes.c_size_t),
                ("PriorityClass", wintypes.DWORD),
                ("SchedulingClass", wintypes.DWORD),
            ]

        class Extended(ctypes.Structure):
            _fields_ = [
                ("BasicLimitInformation", Basic),
                ("IoInfo", ctypes.c_ulonglong * 6),
                ("ProcessMemoryLimit", ctypes.c_size_t),
                ("JobMemoryLimit", ctypes.c_size_t),
                ("PeakProcessMemoryUsed", ctypes.c_size_t),
                ("PeakJobMemoryUsed", ctypes.c_size_t),
            ]

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        kernel32.CreateJobObjectW.restype = wintypes.HANDLE
        kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, wintypes.LPCWSTR]
        kernel32.SetInformationJobObject.restype = wintypes.BOOL
        kernel32.SetInformationJobObject.argtypes = [
            wintypes.HANDLE,
            ctypes.c_int,
            ctypes.c_void_p,
            wintypes.DWORD,
        ]
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        kernel32.AssignProcessToJobObject.restype = wintypes.BOOL
        kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
        job = kernel32.CreateJobObjectW(None, None)
        if not job:
            return
        info = Extended()
        # JOB_OBJECT_LIMIT_PROCESS_TIME | JOB_OBJECT_LIMIT_PROCESS_MEMORY; time in 100 ns
        info.BasicLimitInformation.LimitFlags = 0x0002 | 0x0100
        info.BasicLimitInformation.PerProcessUserTimeLimit = cpu_s * 10_000_000
        info.ProcessMemoryLimit = memory
        extended_limit_information = 9
        size = ctypes.sizeof(info)
        if kernel32.SetInformationJobObject(
            job, extended_limit_information, ctypes.byref(info), size
        ):
            kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess())
        _JOB.append(job)
    except Exception:  # an old Windows, a process already in a job that forbids it
        return


def is_encrypted(path: Path) -> bool:
    """Office encrypts a workbook with a password into an OLE2 file holding EncryptedPackage."""
    with path.open("rb") as fh:
        if fh.read(8) != CFB_MAGIC:
            return False
        return _ENCRYPTED_STREAM in fh.read()


def _serve(conn: Any, path: Path, mode: str, sheet: str | None, max_cells: int) -> None:
    if path.suffix.lower() in (".csv", ".txt"):
        rows, encoding = _csv_rows(path)
        _send(conn, ("names", [path.stem]))
        if mode != NAMES:
            _send_rows(conn, path.stem, rows)
        _send(conn, ("end", encoding))
        return
    if is_encrypted(path):
        raise _Refused("encrypted")
    import python_calamine as pc

    try:
        workbook = pc.CalamineWorkbook.from_path(str(path))
    except MemoryError:
        raise
    except pc.PasswordError:
        raise _Refused("encrypted") from None
    except Exception as exc:  # calamine's zip/xml/format errors: all mean "not readable"
        words = str(exc).lower()
        encrypted = "password" in words or "encrypt" in words
        raise _Refused("encrypted" if encrypted else "unreadable") from None
    try:
        names = list(workbook.sheet_names)
        _send(conn, ("names", names))
        if mode == EVERY:
            wanted = names
        elif mode == ONE and names:
            wanted = [sheet if sheet is not None else names[0]]
        else:
            wanted = []
        for name in wanted:
            if name not in names:
                continue  # the parent names the sheets there are
            try:
                found = workbook.get_sheet_by_name(name)
                # the grid as people see it: from A1 to the last cell
                height, width = (found.end[0] + 1, found.end[1] + 1) if found.end else (0, 0)
                if height * width > max_cells:
                    raise _Refused("cells", {"rows": height, "cols": width})
                # skip_empty_area=False: rows[i] is the sheet's row i+1, as people see it
                rows = found.to_python(skip_empty_area=False)
            except (MemoryError, _Refused):
                raise
            except Exception:
                raise _Refused("unreadable") from None
            _send_rows(conn, name, rows)
            del rows
        _send(conn, ("end", None))
    finally:
        workbook.close()


def _send_rows(conn: Any, name: str, rows: list[list[Any]]) -> None:
    _send(conn, ("sheet", name))
    for start in range(0, len(rows), CHUNK_ROWS):
        _send(conn, ("rows", rows[start : start + CHUNK_ROWS]))


def _csv_rows(path: Path) -> tuple[list[list[Any]], str]:
    from . import csv_text

    data = path.read_bytes()
    if data.startswith(CFB_MAGIC) or data.startswith(b"PK\x03\x04"):
        raise _Refused("unreadable")  # a workbook renamed .csv
    try:
        text, encoding = csv_text.decode(data)
        del data
        rows: list[list[Any]] = list(csv_text.parse(text))
    except csv_text.NotText:
        raise _Refused("unreadable") from None
    return rows, encoding
