"""The one way the window runs core calls: on a single database worker thread.

SQLite allows one writer, and the unit of work is used from one thread at a time, so every
service call (writes and reads alike) goes through one worker. Results come back on the GUI
thread through a queued signal; a ``Changes`` result is broadcast as ``hub.changes_applied``.
A ``UserFacingError`` becomes its one sentence in the UI language; anything else is logged
and shown as one generic sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ..domain.errors import SetupMissing, UserFacingError
from ..domain.sentences import Sentence
from ..services.changes import Changes
from . import i18n
from .hub import Hub

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[str], None]


def error_sentence(exc: BaseException) -> str:
    """What the person at the desk reads for ``exc``: one sentence in the UI language; a
    parameter that is itself a sentence (why a printer address is wrong, a field's name) is
    said in that language too, as a ``Sentence`` says its own."""
    if isinstance(exc, UserFacingError):
        lang = i18n.error_lang()
        if any(isinstance(v, Sentence) for v in exc.params.values()):
            said = {
                k: v.text(lang) if isinstance(v, Sentence) else v for k, v in exc.params.items()
            }
            exc = type(exc)(**said)  # as an error crossing processes is rebuilt (__reduce__)
        return exc.text(lang)
    return QCoreApplication.translate("operations", "出现意外错误，操作没有完成。详情已写入日志。")


class _Bridge(QObject):
    """Lives on the GUI thread; a signal emitted from the worker is queued to it."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run)

    @Slot(object)
    def _run(self, thunk: Callable[[], None]) -> None:
        thunk()


class Operations:
    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self._bridge = _Bridge()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="huiwu-db")
        self.pending = 0

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        **kwargs: Any,
    ) -> Future[Any]:
        """Queue ``fn(*args, **kwargs)`` on the worker; callbacks run later on the GUI thread.

        Without ``on_error`` a failure is announced on ``hub.error``.
        """
        self.pending += 1

        def work() -> Any:
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:
                if not isinstance(exc, UserFacingError):
                    log.exception("%s failed", getattr(fn, "__qualname__", fn))
                # partial, not a lambda: the name ``exc`` is unbound after this block.
                self._bridge.deliver.emit(partial(self._failed, exc, on_error))
                raise
            self._bridge.deliver.emit(partial(self._succeeded, result, on_done))
            return result

        return self._pool.submit(work)

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run on the worker and wait (startup, closing, tests). Errors are raised, not shown."""
        try:
            result = self._pool.submit(fn, *args, **kwargs).result()
        except Exception as exc:
            if not isinstance(exc, UserFacingError):
                log.exception("%s failed", getattr(fn, "__qualname__", fn))
            raise
        if isinstance(result, Changes):
            self.hub.changes_applied.emit(result)
        return result

    def _succeeded(self, result: Any, on_done: Done | None) -> None:
        self.pending -= 1
        # Callbacks first: the page that asked shows its result before the others refresh.
        if on_done is not None:
            on_done(result)
        if isinstance(result, Changes):
            self.hub.changes_applied.emit(result)

    def _failed(self, exc: BaseException, on_error: Failed | None) -> None:
        self.pending -= 1
        text = error_sentence(exc)
        if isinstance(exc, SetupMissing):  # the window takes the person to that setup page
            self.hub.setup_missing.emit(exc.part, text)
        if on_error is not None:
            on_error(text)
        else:
            self.hub.error.emit(text)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
