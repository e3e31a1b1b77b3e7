"""When a page that shows what the store holds reads it again.

While the page is shown, at once; while it is hidden, it only notes that it is out of date
and reads once it is shown again — the database worker is not kept busy for what nobody sees.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


class LazyRefresh:
    def __init__(self, page: QWidget, read: Callable[[], None]) -> None:
        self._page = page
        self._read = read
        self.stale = True  # nothing read yet

    def now(self) -> None:
        self.stale = False
        self._read()

    def changed(self) -> None:
        """What the page shows may have changed (another event, an operation)."""
        if self._page.isVisible():
            self.now()
        else:
            self.stale = True

    def shown(self) -> None:
        if self.stale:
            self.now()
