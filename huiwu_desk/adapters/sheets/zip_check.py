"""What a spreadsheet says about itself, checked before any reader unpacks it.

An .xlsx is a zip: its directory says how many members it has and how big each is unpacked,
a sheet's ``<dimension ref="A1:O50001">`` how many cells it spans, ``xl/sharedStrings.xml``'s
``uniqueCount`` how many strings it holds (calamine reserves room for that many at once: a
1.8 kB file declaring 2·10⁹ asked for 48 GB). All of it is read here from the directory and the
first few kB of two members, in a few milliseconds; the child process that then reads the file
(sheet_process.py) is limited in memory and time for whatever a file can hide beyond that.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ...domain import limits
from ...domain.sheet_errors import SetupBookTooLarge, UnreadableSheet, UnsafeSheet

HEAD_BYTES = 64 << 10  # of a member: where <dimension> and <sst …> are
_DIMENSION = re.compile(
    rb"<(?:\w+:)?dimension\s+ref=\"([A-Za-z]{1,4})(\d{1,9})(?::([A-Za-z]{1,4})(\d{1,9}))?\""
)
_SST = re.compile(rb"<(?:\w+:)?sst\b[^>]*?\buniqueCount=\"(\d{1,20})\"")
_SHEET = re.compile(r"(?i)(^|/)worksheets/[^/]+\.xml$")
_STRINGS = re.compile(r"(?i)(^|/)sharedStrings\.xml$")
MB = 1 << 20


def check_file(path: Path) -> None:
    """Raise ``UnsafeSheet`` for a file too big or a zip that lies, ``UnreadableSheet`` for a
    zip whose directory cannot be read; an OLE2 .xls or a CSV only has its size checked."""
    size = path.stat().st_size
    if size > limits.SHEET_FILE_BYTES:
        raise UnsafeSheet(name=path.name, why="size", mb=size // MB)
    with path.open("rb") as fh:
        if fh.read(4) != b"PK\x03\x04":
            return
    try:
        with zipfile.ZipFile(path) as zf:
            _check_zip(path, zf)
    except UnsafeSheet:
        raise
    except Exception as exc:  # a flipped size field, a cut file, a broken deflate stream…
        raise UnreadableSheet(path=str(path)) from exc  # whatever the zip code trips on


def _check_zip(path: Path, zf: zipfile.ZipFile) -> None:
    members = zf.infolist()
    if len(members) > limits.SHEET_MEMBERS:
        raise UnsafeSheet(name=path.name, why="members", count=len(members))
    unpacked = 0
    for info in members:
        unpacked += info.file_size
        if unpacked > limits.SHEET_UNPACKED_BYTES:
            raise UnsafeSheet(name=path.name, why="unpacked", mb=limits.SHEET_UNPACKED_BYTES // MB)
        if info.file_size > limits.SHEET_RATIO_FROM and info.file_size > limits.SHEET_RATIO * max(
            info.compress_size, 1
        ):
            raise UnsafeSheet(name=path.name, why="ratio")
    for info in members:
        if _SHEET.search(info.filename):
            _check_dimension(path, _head(zf, info))
        elif _STRINGS.search(info.filename):
            _check_strings(path, _head(zf, info), info.file_size)


def _head(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with zf.open(info) as member:
        return member.read(HEAD_BYTES)


def column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def _check_dimension(path: Path, head: bytes) -> None:
    found = _DIMENSION.search(head)
    if found is None:
        return
    first_col, first_row, last_col, last_row = (
        g.decode("ascii") if g is not None else None for g in found.groups()
    )
    rows = int(last_row or first_row or 1)
    cols = column_number(last_col or first_col or "A")
    top = min(int(first_row or 1), rows)
    left = min(column_number(first_col or "A"), cols)
    cells = (rows - top + 1) * (cols - left + 1)
    if (
        rows > limits.SHEET_MAX_ROWS
        or cols > limits.SHEET_MAX_COLUMNS
        or cells > limits.SHEET_DECLARED_CELLS
    ):
        ref = found.group(0).split(b'"')[1].decode("ascii")
        raise UnsafeSheet(name=path.name, why="dimension", ref=ref)


def _check_strings(path: Path, head: bytes, unpacked: int) -> None:
    found = _SST.search(head)
    if found is None:
        return
    count = int(found.group(1))
    # each string is at least <si/> (5 bytes) of the unpacked member
    if count > limits.SHEET_STRINGS or count > unpacked // 5 + 1:
        raise UnsafeSheet(name=path.name, why="strings", count=count)


def check_setup_size(path: Path) -> None:
    """A setup workbook or room list is far smaller than a roster: its own, tighter bound."""
    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
    except Exception:  # an .xls, or a zip the reader will call damaged: read as it is
        unpacked = path.stat().st_size
    if unpacked > limits.SETUP_UNPACKED_BYTES:
        raise SetupBookTooLarge(path=str(path), size=unpacked // MB)
