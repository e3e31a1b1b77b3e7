"""Bundles to verified ops, in blocks, for the merge: in worker processes when there are many.

Opening a bundle (copy, authenticate, decrypt) and checking its ops (each line canonical, its
hash) cost a sync merge more than writing them. For big imports (a hub's bundles, a join from
a big event) worker processes open the next bundles and check blocks of lines, read from the
decrypted file by their place in it, while this process writes the ops already checked; when
the workers fall behind, it checks a queued block itself rather than wait. Small imports are
read the same way in this process alone, where starting one would cost more than it saves.
Either way the merge sees the same ops in the same order, and a refused bundle or line
refuses the import. Each bundle is decrypted sealed with a key of its own, made here and
handed to the workers with their tasks (bundles/sealed.py): a killed import leaves nothing
readable in its temp folder.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from ..domain.errors import UserFacingError
from ..domain.ops import Op
from .bundles.bundle_file import IMPORT_WORK, read_manifest, work_dir
from .bundles.sealed import SealedFile, new_key
from .db.op_lines import Cover, Known, ops_in_block
from .op_worker import Span, open_bundle, ops_of_block, parse_block, read_span, started

BLOCK_LINES = 2000
# Bundles smaller than this in all (about 700 bytes an op) are read in this process.
POOL_MIN_BYTES = 8 << 20
# This process writes and applies the ops (about as much work as checking them): it keeps a
# core, and two workers keep ahead of it; more would only cost their start.
MAX_WORKERS = 2
HEAD_START = 3
OPEN_AHEAD = 2  # bundles being opened ahead of the one whose blocks are read


# bundle path, new ops, ops the event holds, the keys covering the new ops (op_lines), and
# the block's bytes read again (what the merge looks at when an op it holds differs)
Checked = tuple[str, list[Op], list[Known], Cover, Callable[[], bytes]]


def read_ops(
    paths: Sequence[Path],
    event_id: str | None,
    key_for: Callable[[str], bytes],
    on_manifest: Callable[[dict[str, Any]], None],
    held: dict[str, int] | None = None,
    trusted: dict[str, str] | None = None,
) -> Iterator[Checked]:
    """(bundle path, ops, known, cover, reread) per block, bundles in the given order, each
    in file order.

    ``on_manifest`` sees each bundle's manifest once it is opened and authenticated. Ops
    within ``held`` (the event's version vector) come as ``known`` (op_lines.checked_block).
    Signatures are checked with ``trusted`` (desk id → admitted public key), else with the
    key the bundle's manifest names for a desk this event does not know.
    """
    workers = _workers(paths)
    with work_dir(IMPORT_WORK) as work:
        pool = _pool(workers)
        try:
            source = _Blocks(
                pool, paths, event_id, key_for, on_manifest, Path(work), held, trusted or {}
            )
            ahead: deque[Job] = deque()
            while True:
                # a bundle still being opened is not waited for while blocks are here to merge
                while len(ahead) <= HEAD_START + 2 * workers and source.ready():
                    if (job := source.next()) is not None:
                        ahead.append(job)
                if not ahead:
                    if (job := source.next()) is None:
                        break
                    ahead.append(job)
                yield _checked(*ahead.popleft(), held)
        finally:  # before the folder goes: a worker may still have a file of it open
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)


def _workers(paths: Sequence[Path]) -> int:
    try:
        size = sum(Path(p).stat().st_size for p in paths)
    except OSError:
        return 0  # opening it says what is wrong with the file
    if size < POOL_MIN_BYTES:
        return 0
    # the cores this process may use; on one alone a worker would only take turns with it
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(0, min(MAX_WORKERS, (cores or 1) - 1))


def _pool(workers: int) -> Any:
    """The worker processes, or None: none wanted, or none could start (this process then
    reads everything, as for a small import)."""
    if not workers:
        return None
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    try:  # spawn: a fork of a process with Qt and SQLite threads is not safe
        return ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=started)
    except OSError:
        return None


# origin, ops.jsonl, block, the keys its signatures are checked with, the parse
Job = tuple[str, SealedFile, Span, dict[str, str], "Future[bytes] | None"]


class _Blocks:
    """Every block of every bundle, in order, each with its check under way in the pool
    (with no pool, or a broken one, each is opened and checked here).

    The next bundles are opened while this one's blocks are checked; the first blocks are
    checked here while the workers start (a tenth of a second)."""

    def __init__(
        self,
        pool: Any,
        paths: Sequence[Path],
        event_id: str | None,
        key_for: Callable[[str], bytes],
        on_manifest: Callable[[dict[str, Any]], None],
        work: Path,
        held: dict[str, int] | None,
        trusted: dict[str, str],
    ) -> None:
        self.pool, self.event_id, self.key_for = pool, event_id, key_for
        self.on_manifest, self.work, self.held = on_manifest, work, held
        self.trusted, self.keys = trusted, trusted
        self.todo = deque(enumerate(paths))
        self.opening: deque[tuple[Path, Path, bytes, bytes, Future[Any] | None]] = deque()
        self.spans: deque[Span] = deque()
        self.origin = ""
        self.ops = SealedFile("", b"")
        self.inline = HEAD_START

    def _open_ahead(self) -> None:
        while self.todo and len(self.opening) < OPEN_AHEAD:
            n, path = self.todo.popleft()
            folder = self.work / str(n)
            folder.mkdir()
            event_id = self.event_id if self.event_id is not None else _event_of(path)
            key, seal = self.key_for(event_id), new_key()
            args = (str(path), self.event_id, key, str(folder), BLOCK_LINES, seal)
            # the first bundle is opened here: the workers are only starting
            future = _submit(self.pool, open_bundle, *args) if n else None
            self.opening.append((path, folder, key, seal, future))

    def ready(self) -> bool:
        """Is there a next block (or the end) to be had without waiting for a worker?"""
        self._open_ahead()
        if self.spans or not self.opening:
            return bool(self.spans)
        future = self.opening[0][-1]
        return future is None or future.done()

    def next(self) -> Job | None:
        """The next block, once its bundle is open; None after the last."""
        self._open_ahead()
        while not self.spans:
            if not self.opening:
                return None
            path, folder, key, seal, future = self.opening.popleft()
            manifest, self.ops, spans = _opened(future, path, self.event_id, key, folder, seal)
            self.origin = str(path)
            self.on_manifest(manifest)
            self.keys = {**manifest.get("keys", {}), **self.trusted}
            self.spans.extend(spans)
            self._open_ahead()
        span = self.spans.popleft()
        self.inline -= 1
        parse = (
            _submit(self.pool, parse_block, self.ops, span, self.origin, self.held, self.keys)
            if self.inline < 0
            else None
        )
        return self.origin, self.ops, span, self.keys, parse


def _event_of(path: Path) -> str:
    return str(read_manifest(Path(path)).get("event_id", ""))


def _submit(pool: Any, fn: Callable[..., Any], *args: Any) -> Future[Any] | None:
    if pool is None:
        return None
    try:
        return pool.submit(fn, *args)  # type: ignore[no-any-return]
    except (RuntimeError, OSError):  # a broken pool; a process that could not start
        return None


_HERE = object()  # a job to do in this process


def _answer(future: Future[Any] | None) -> Any:
    """A worker's answer; ``_HERE`` when the job is to be done in this process: none was
    submitted, it is still queued (the workers are behind), or the worker died. What is wrong
    with a bundle, found by the worker, is raised."""
    if future is None or future.cancel():
        return _HERE
    try:
        return future.result()
    except UserFacingError:
        raise
    except Exception:  # a worker killed; a broken pool
        return _HERE


def _opened(
    future: Future[Any] | None,
    path: Path,
    event_id: str | None,
    key: bytes,
    folder: Path,
    seal: bytes,
) -> tuple[dict[str, Any], SealedFile, list[Span]]:
    opened = _answer(future)
    if opened is _HERE:
        return open_bundle(str(path), event_id, key, str(folder), BLOCK_LINES, seal)
    return opened  # type: ignore[no-any-return]


def _checked(
    origin: str,
    ops: SealedFile,
    span: Span,
    keys: dict[str, str],
    future: Future[bytes] | None,
    held: dict[str, int] | None,
) -> Checked:
    data = _answer(future)

    def reread() -> bytes:
        return read_span(ops, span)

    if data is _HERE:
        return (origin, *ops_in_block(read_span(ops, span), origin, held, keys), reread)
    return (origin, *ops_of_block(data), reread)
