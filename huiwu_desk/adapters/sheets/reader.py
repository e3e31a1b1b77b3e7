"""Reading .xlsx/.xls (python-calamine, ~9× faster than openpyxl) and .csv into a RawSheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import python_calamine as pc

from ...domain.sheet_errors import (
    EncryptedWorkbook,
    SheetFileMissing,
    UnknownSheet,
    UnreadableSheet,
    UnsupportedSheetType,
)
from ...services.sheet_ports import RawSheet
from ..db import live_files
from . import csv_text

EXCEL = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: .xls, or an encrypted .xlsx
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


def _check(path: Path) -> str:
    # calamine opens files natively, where the audit hook of live_files cannot see it
    live_files.refuse_live(path)
    if not path.is_file():
        raise SheetFileMissing(path=str(path))
    suffix = path.suffix.lower()
    if suffix not in (*EXCEL, ".csv", ".txt"):
        raise UnsupportedSheetType(path=str(path))
    return suffix


def is_encrypted(path: Path) -> bool:
    """Office encrypts a workbook with a password into an OLE2 file holding EncryptedPackage."""
    with path.open("rb") as fh:
        if fh.read(8) != CFB_MAGIC:
            return False
        return _ENCRYPTED_STREAM in fh.read()


def _open_workbook(path: Path) -> pc.CalamineWorkbook:
    if is_encrypted(path):
        raise EncryptedWorkbook(path=str(path))
    try:
        return pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError:
        raise EncryptedWorkbook(path=str(path)) from None
    except Exception as exc:  # calamine's zip/xml/format errors: all mean "not readable"
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise EncryptedWorkbook(path=str(path)) from None
        raise UnreadableSheet(path=str(path)) from exc


class SheetFileReader:
    """The SheetReader port."""

    def sheet_names(self, path: Path) -> list[str]:
        path = Path(path)
        if _check(path) in (".csv", ".txt"):
            return [path.stem]
        workbook = _open_workbook(path)
        try:
            return list(workbook.sheet_names)
        finally:
            workbook.close()

    def read(self, path: Path, sheet: str | None = None) -> RawSheet:
        path = Path(path)
        if _check(path) in (".csv", ".txt"):
            return self._read_csv(path, sheet)
        workbook = _open_workbook(path)
        try:
            names = list(workbook.sheet_names)
            if sheet is not None and sheet not in names:
                raise UnknownSheet(sheet=sheet, available="、".join(names))
            if not names:
                raise UnreadableSheet(path=str(path))
            name = sheet if sheet is not None else names[0]
            try:
                # skip_empty_area=False: rows[i] is the sheet's row i+1, as people see it
                rows: list[list[Any]] = workbook.get_sheet_by_name(name).to_python(
                    skip_empty_area=False
                )
            except Exception as exc:
                raise UnreadableSheet(path=str(path)) from exc
            return RawSheet(name, rows, names)
        finally:
            workbook.close()

    def _read_csv(self, path: Path, sheet: str | None) -> RawSheet:
        if sheet is not None and sheet != path.stem:
            raise UnknownSheet(sheet=sheet, available=path.stem)
        try:
            data = path.read_bytes()
            if data.startswith(CFB_MAGIC) or data.startswith(b"PK\x03\x04"):
                raise csv_text.NotText("a workbook renamed .csv")
            text, encoding = csv_text.decode(data)
            rows: list[list[Any]] = csv_text.parse(text)
        except csv_text.NotText as exc:
            raise UnreadableSheet(path=str(path)) from exc
        return RawSheet(path.stem, rows, [path.stem], encoding)
