"""The import wizard's work on the database worker (import_wizard.py, sheet_jobs.py).

While a call is out the wizard waits: a busy cursor, what it is doing in the status line, its
buttons held. An answer that comes after the wizard was closed is dropped, and the wizard is
deleted only once the last answer is in, so none reaches a deleted dialog. The import itself
is one transaction that reports its progress; stopping it rolls it back.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from .. import sheet_jobs
from ..sheet_jobs import ProgressRelay
from .parts import show_warning

if TYPE_CHECKING:
    from ...services.roster_rows import RosterTable
    from .import_wizard import ImportWizard


class ImportWork(QObject):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.pending = 0  # answers still out
        self.relay: ProgressRelay | None = None  # set while the import runs
        self._closed = False

    @property
    def importing(self) -> bool:
        return self.relay is not None

    def run(
        self,
        doing: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        with_uow: bool = False,
        keep_warning: bool = False,
    ) -> None:
        """``fn(store, *args)`` (or ``fn(uow, …)``) on the worker; the step waits meanwhile."""
        wizard, session = self.wizard, self.wizard.session
        if session.store is None:
            return
        head = () if with_uow else (session.store,)
        if not keep_warning:
            show_warning(wizard.warning, "")
        wizard.status.setText(doing)
        wizard.setCursor(Qt.CursorShape.BusyCursor)
        self.pending += 1
        wizard.update_buttons()
        session.run_query(
            fn,
            *head,
            *args,
            on_done=self.answer(on_done),
            on_error=self.answer(wizard.refused),
            with_uow=with_uow,
        )

    def answer(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """``callback`` for an answer counted in ``pending``."""

        def answered(value: Any) -> None:
            self.pending -= 1
            wizard = self.wizard
            if self._closed:  # closed meanwhile: nothing to show; go once nothing is left
                if not self.pending:
                    wizard.deleteLater()
                return
            wizard.unsetCursor()
            wizard.status.setText("")
            callback(value)
            wizard.update_buttons()

        return answered

    def start_import(
        self,
        table: RosterTable,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        """Import ``table``; its progress shows on the wizard's import step."""
        session = self.wizard.session
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self._progressed)
        self.pending += 1
        session.run_use_case(
            sheet_jobs.commit_import,
            session.store,
            table,
            self.relay,
            on_done=self.answer(partial(self._import_over, on_done)),
            on_error=self.answer(partial(self._import_over, on_error)),
        )

    def _progressed(self, done: int, total: int) -> None:
        if self.relay is None or self.relay.cancelled:
            return
        self.wizard.import_step.progressed(done, total)

    def _import_over(self, then: Callable[[Any], None], value: Any) -> None:
        self.relay = None
        then(value)

    def stop_import(self) -> bool:
        """Ask the running import to stop (it rolls back); False when none runs."""
        if self.relay is None:
            return False
        self.relay.cancel()
        return True

    def wizard_closed(self) -> None:
        self._closed = True
        if not self.pending:
            self.wizard.deleteLater()
