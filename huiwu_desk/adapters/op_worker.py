"""The worker processes of a big sync import (op_reader.py): what they run, what they send.

A worker opens a bundle (copy, authenticate, decrypt into the import's folder, sealed with a
key the importing process gave it: bundles/sealed.py) and checks blocks of its lines, read
from that folder by their place in the file: the importing process, which writes, handles
no bundle bytes at all. Ops cross as marshalled tuples of their values, equal strings (a
desk, a kind, payload keys, one op's hash and the next one's prev_hash) sent once: what the
merge unpacks fastest. What is wrong with a bundle or a line (a UserFacingError) crosses as
itself.
"""

from __future__ import annotations

import gc
import marshal
import os
import threading
from multiprocessing import parent_process
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from ..domain.ops import Op
from .bundles.bundle_file import decrypted_copy
from .bundles.sealed import SealedFile
from .db.op_lines import Cover, Known, checked_block

Span = tuple[int, int]  # (offset, length) of whole lines in a bundle's ops.jsonl


def started() -> None:
    """A worker's first step: no cyclic GC (it only parses; nothing it makes is a cycle), and
    an exit as soon as the importing process is gone (killed, or the laptop's power cut
    short of a clean close): an orphan would otherwise wait on its queue for ever."""
    gc.disable()
    parent = parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: BaseProcess) -> None:
    parent.join()
    os._exit(0)


def open_bundle(
    path: str, event_id: str | None, key: bytes, work: str, lines: int, seal: bytes
) -> tuple[dict[str, Any], SealedFile, list[Span]]:
    """The bundle at ``path`` decrypted into the folder ``work``, sealed with ``seal``: its
    manifest, its sealed ops.jsonl, and that file's blocks of ``lines`` lines."""
    manifest, ops = decrypted_copy(Path(path), event_id, lambda _event: key, Path(work), seal)
    return manifest, ops, line_blocks(ops, lines)


def line_blocks(ops: SealedFile, lines: int) -> list[Span]:
    spans = []
    start = end = count = 0
    for chunk in ops.chunks():
        at = chunk.find(b"\n")
        while at >= 0:
            count += 1
            if count == lines:
                spans.append((start, end + at + 1 - start))
                start, count = end + at + 1, 0
            at = chunk.find(b"\n", at + 1)
        end += len(chunk)
    if end > start:
        spans.append((start, end - start))
    return spans


def read_span(ops: SealedFile, span: Span) -> bytes:
    return ops.read(*span)


def parse_block(
    ops: SealedFile,
    span: Span,
    origin: str,
    held: dict[str, int] | None = None,
    keys: dict[str, str] | None = None,
) -> bytes:
    """A block's ops checked in a worker (``checked_block``: hashes, rules, signatures),
    marshalled."""
    return marshal.dumps(checked_block(read_span(ops, span), origin, held, keys))


def ops_of_block(data: bytes) -> tuple[list[Op], list[Known], Cover]:
    """The ops of ``parse_block``'s answer."""
    new, known, cover = marshal.loads(data)
    return [Op(*values) for values in new], known, cover
