"""The open event: which file, which desk, who operates. Pages ask it to run use cases.

Opening happens on the database worker (migrations and the demo can take a while); the new
event replaces the old one only once it is open, so a refused file leaves the desk as it was.
At start the window is shown first and the event opens behind it: what the desk asks for in
the meantime (a scan, a search) waits in ``_deferred`` and runs, in order, once it is open.
The database layer (SQLAlchemy) is imported on the worker, never on the way to the window
(event_loaders.py: what the worker runs to open one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from .event_loaders import OpenEvent, load_demo, load_file, load_joined, load_new, read_summary
from .hub import Hub
from .operations import Done, Failed, Operations
from .prefs import Prefs, demo_event_path
from .print_control import PrintControl

CHECKPOINT_AFTER_QUIET_MS = 20_000

if TYPE_CHECKING:
    from ..bootstrap import EventStore
    from ..services.changes import Changes


class Session:
    def __init__(self, hub: Hub, ops: Operations, prefs: Prefs) -> None:
        self.hub = hub
        self.ops = ops
        self.prefs = prefs
        self.store: EventStore | None = None
        self.event: OpenEvent | None = None
        self._generation = 0  # results for an event that was closed meanwhile are dropped
        self.printing = PrintControl(hub, ops)  # the print worker of the open event
        self.opening: Path | None = None  # the event being opened behind the shown window
        self._deferred: list[Callable[[], None]] = []
        hub.changes_applied.connect(self._on_changes)
        # After a quiet spell, fold the write-ahead log into the file on the worker, so that
        # SQLite's own checkpoint (every 10,000 pages) does not land inside a scan.
        self._quiet = QTimer()
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(CHECKPOINT_AFTER_QUIET_MS)
        self._quiet.timeout.connect(self._checkpoint)

    # --- opening and closing ---------------------------------------------------------------
    def open(
        self, path: Path | str, *, on_error: Failed | None = None, block: bool = False
    ) -> None:
        path = Path(path)
        if self.event is not None and _same_file(self.event.path, path):
            self.hub.event_opened.emit(self.event)  # already open: just show it
            return
        self._start(load_file, path, on_error=on_error, block=block)

    def create(
        self, path: Path, name: str, desk_code: str, *, on_error: Failed | None = None
    ) -> None:
        self._start(load_new, path, name, desk_code, on_error=on_error)

    def join(
        self,
        bundle: Path,
        path: Path,
        desk_code: str,
        passphrase: str,
        operator: str,
        *,
        on_error: Failed | None = None,
    ) -> None:
        """A new desk's event file from the lead desk's sync file, then open it."""
        self._start(load_joined, bundle, path, desk_code, passphrase, operator, on_error=on_error)

    def open_demo(self, *, on_error: Failed | None = None, block: bool = False) -> None:
        path = demo_event_path()
        if self.event is not None and _same_file(self.event.path, path):
            self.hub.event_opened.emit(self.event)
            return
        self._start(load_demo, path, on_error=on_error, block=block)

    def _start(
        self,
        loader: Callable[..., tuple[EventStore, OpenEvent]],
        *args: Any,
        on_error: Failed | None = None,
        block: bool = False,
    ) -> None:
        if block:  # tests: the window is built on the open event
            self._adopt(self.ops.call(loader, *args))
        else:
            self.ops.run(loader, *args, on_done=self._adopt, on_error=on_error)

    def open_behind(self, path: Path | None, *, on_error: Failed, demo: bool = False) -> None:
        """Start: open ``path`` (or the demo) behind a window already on the desk page.

        The work starts once the event loop runs, so the window is drawn first. Desk calls
        made meanwhile wait, in order; if the event cannot be opened they are dropped, the
        start page comes back and ``on_error`` gets the sentence.
        """
        target = demo_event_path() if demo else path
        assert target is not None
        self.opening = target

        def failed(text: str) -> None:
            self.opening = None
            self._deferred.clear()
            self.hub.event_closed.emit()
            on_error(text)

        loader = load_demo if demo else load_file
        QTimer.singleShot(
            0, partial(self.ops.run, loader, target, on_done=self._adopt, on_error=failed)
        )

    def _adopt(self, opened: tuple[EventStore, OpenEvent]) -> None:
        store, event = opened
        from ..bootstrap import on_storage_notice  # loaded already: the event is open

        on_storage_notice(self._storage_notice)
        old = self.store
        self.store, self.event = store, event
        self._generation += 1
        self.printing.attach(store)  # stops the old event's worker before its file closes
        if old is not None:
            self.ops.run(old.close)
        self.prefs.remember_event(event.path, event.name)
        self.opening = None
        self.hub.event_opened.emit(event)
        waiting, self._deferred = self._deferred, []
        for call in waiting:
            call()

    def _storage_notice(self, notice: Any) -> None:
        """On the thread that committed: the desk recovered its event file (one sentence)."""
        from . import i18n

        self.hub.error.emit(notice.text(i18n.error_lang()))

    def close(self, *, forget: bool = True) -> None:
        """Close the event (waits for queued work on it). ``forget``: do not reopen it at start."""
        store, self.store, self.event = self.store, None, None
        self._deferred.clear()
        if store is None:
            return
        self._generation += 1
        self.printing.detach()
        self.ops.call(store.close)
        if forget:
            self.prefs.forget_last_event()
        self.hub.event_closed.emit()

    def _on_changes(self, changes: Changes) -> None:
        """Any change restarts the quiet spell before a checkpoint; operators added (here or
        at another desk, by sync) reach the window's lists."""
        self._quiet.start()
        if self.store is not None and (changes.setup or changes.everything):
            self.run_on_store(read_summary, on_done=self._summary_read)

    def _checkpoint(self) -> None:
        store = self.store
        if store is not None and not getattr(store, "read_only", False):
            self.ops.run(store.checkpoint, on_error=lambda _text: None)  # best effort

    def _summary_read(self, fresh: OpenEvent) -> None:
        event = self.event
        if event is None:
            return
        updated = replace(event, name=fresh.name, operators=fresh.operators)
        if updated != event:
            self.event = updated
            self.hub.event_updated.emit(updated)

    # --- operator ---------------------------------------------------------------------------
    @property
    def operator(self) -> str:
        return self.event.operator if self.event else ""

    def set_operator(self, name: str) -> None:
        if self.store is None or self.event is None or name == self.event.operator:
            return

        def remembered(_: object) -> None:
            if self.event is not None:
                self.event = replace(self.event, operator=name)
                self.hub.operator_changed.emit(name)

        self.run_query(self.store.remember_operator, name, on_done=remembered, with_uow=False)

    # --- running core calls for the open event ---------------------------------------------
    def run_use_case(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        supervisor: str | None = None,
    ) -> None:
        """``fn(uow, ctx, *args)`` with this desk and operator, e.g. ``desk.check_in``.

        ``supervisor``: the name of the supervisor who approves it (refunds, voids).
        """
        if self.store is None or self.event is None:
            self._defer(
                self.run_use_case,
                fn,
                *args,
                on_done=on_done,
                on_error=on_error,
                supervisor=supervisor,
            )
            return
        ctx = self.store.context(self.event.operator, supervisor)
        self.ops.run(
            fn,
            self.store.uow,
            ctx,
            *args,
            on_done=self._current(on_done),
            on_error=self._current(on_error),
        )

    def run_query(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        with_uow: bool = True,
    ) -> None:
        """``fn(uow, *args)`` (or ``fn(*args)``), e.g. ``queries.stats``."""
        if self.store is None:
            self._defer(
                self.run_query, fn, *args, on_done=on_done, on_error=on_error, with_uow=with_uow
            )
            return
        head = (self.store.uow,) if with_uow else ()
        self.ops.run(
            fn, *head, *args, on_done=self._current(on_done), on_error=self._current(on_error)
        )

    def run_on_store(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> None:
        """``fn(store, *args)`` on the worker: sync calls that work on the event file itself."""
        if self.store is None:
            self._defer(self.run_on_store, fn, *args, on_done=on_done, on_error=on_error)
            return
        self.ops.run(
            fn,
            self.store,
            *args,
            on_done=self._current(on_done),
            on_error=self._current(on_error),
        )

    def _defer(self, call: Callable[..., None], *args: Any, **kwargs: Any) -> None:
        """No event yet: keep the call for when the one being opened is open, else drop it."""
        if self.opening is not None:
            self._deferred.append(partial(call, *args, **kwargs))

    def _current(self, callback: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
        if callback is None:
            return None
        generation = self._generation

        def guarded(value: Any) -> None:
            if generation == self._generation:
                callback(value)

        return guarded


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
