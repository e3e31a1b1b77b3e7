"""The one dialog a page (or the desk's tasks) has open at a time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog


class DialogSlot(QObject):
    """Holds the open dialog; tests read ``dialog``, as a user sees it.

    A dialog asked for while another is open (two answers raced, a key pressed twice) is
    dropped. A closed one is deleted, then ``after`` runs (to give the keyboard back).
    """

    def __init__(self, parent: QObject, after: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.dialog: QDialog | None = None
        self._after = after

    def open(self, dialog: QDialog, on_accept: Callable[[], None] | None = None) -> None:
        if self.dialog is not None:
            dialog.deleteLater()
            return
        self.dialog = dialog
        if on_accept is not None:
            dialog.accepted.connect(on_accept)
        dialog.finished.connect(self._finished)
        dialog.open()

    def _finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if self._after is not None:
            self._after()
