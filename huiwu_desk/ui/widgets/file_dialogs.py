"""Asking for a file to read or write. Callers use ``file_dialogs.open_file(...)`` (module
attribute), so tests can stand in for the person at the native dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def open_file(parent: QWidget, title: str, folder: Path, filters: str) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    return Path(chosen) if chosen else None


def save_xlsx(parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
    """The chosen path, with ``.xlsx`` added when the person typed a name without it."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
