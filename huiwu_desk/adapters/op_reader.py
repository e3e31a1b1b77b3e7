"""Bundles to verified ops, in blocks, for the merge: in worker processes when there are many.

Checking an op (its line canonical, its hash) costs a sync merge more than writing it. For
big imports (a hub's bundles, a join from a big event) the blocks go to worker processes while
this one writes the ops already checked, so the two overlap; small ones are read here, where
starting a process would cost more than it saves. Either way the merge sees the same ops in
the same order, and a refused line refuses its bundle.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from itertools import islice
from pathlib import Path
from typing import Any

from ..domain.ops import Op
from .bundles.bundle_file import opened_bundle
from .db.op_lines import ops_in_block
from .op_worker import ops_of_block, parse_block, started

BLOCK_LINES = 2000
# Bundles smaller than this in all (about 700 bytes an op) are read in this process.
POOL_MIN_BYTES = 8 << 20
# This process writes and applies the ops (about as much work as checking them): it keeps a
# core, and two workers keep ahead of it; more would only cost their start.
MAX_WORKERS = 2
HEAD_START = 3


def read_ops(
    paths: Sequence[Path],
    event_id: str | None,
    key_for: Callable[[str], bytes],
    on_manifest: Callable[[dict[str, Any]], None],
) -> Iterator[tuple[str, list[Op]]]:
    """(bundle path, ops) per block, bundles in the given order, each in file order.

    ``on_manifest`` sees each bundle's manifest once it is opened and authenticated.
    """
    blocks = _blocks(paths, event_id, key_for, on_manifest)
    workers = _workers(paths)
    if workers:
        yield from _pooled(blocks, workers)
    else:
        for origin, block in blocks:
            yield origin, ops_in_block(block, origin)


def _blocks(
    paths: Sequence[Path],
    event_id: str | None,
    key_for: Callable[[str], bytes],
    on_manifest: Callable[[dict[str, Any]], None],
) -> Iterator[tuple[str, bytes]]:
    for path in paths:
        origin = str(path)
        with opened_bundle(Path(path), event_id, key_for) as (manifest, lines):
            on_manifest(manifest)
            while block := b"".join(islice(lines, BLOCK_LINES)):
                yield origin, block


def _workers(paths: Sequence[Path]) -> int:
    try:
        size = sum(Path(p).stat().st_size for p in paths)
    except OSError:
        return 0  # opened_bundle says what is wrong with the file
    if size < POOL_MIN_BYTES:
        return 0
    return max(1, min(MAX_WORKERS, (os.cpu_count() or 1) - 1))


def _pooled(blocks: Iterator[tuple[str, bytes]], workers: int) -> Iterator[tuple[str, list[Op]]]:
    """A few blocks ahead in worker processes; a pool that cannot start or breaks (a worker
    killed) leaves the rest to this process, so an import never fails for want of one."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    try:  # spawn: a fork of a process with Qt and SQLite threads is not safe
        pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=started)
    except OSError:
        pool = None
    ahead: deque[tuple[str, bytes, Future[bytes | None] | None]] = deque()
    try:
        for n, (origin, block) in enumerate(blocks):
            # the first blocks are checked here while the workers start (a tenth of a second)
            future = _submit(pool, block, origin) if n >= HEAD_START else None
            ahead.append((origin, block, future))
            if len(ahead) > HEAD_START + 2 * workers:
                yield _result(*ahead.popleft())
        while ahead:
            yield _result(*ahead.popleft())
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: Any, block: bytes, origin: str) -> Future[bytes | None] | None:
    if pool is None:
        return None
    try:
        return pool.submit(parse_block, block, origin)  # type: ignore[no-any-return]
    except (RuntimeError, OSError):  # a broken pool; a process that could not start
        return None


def _result(origin: str, block: bytes, future: Future[bytes | None] | None) -> tuple[str, list[Op]]:
    # a block still queued (the workers behind) is checked here rather than waited for
    if future is not None and not future.cancel():
        try:
            data = future.result()
        except Exception:  # a worker that died: check the block here instead
            pass
        else:
            return origin, ops_of_block(data, origin)
    return origin, ops_in_block(block, origin)
