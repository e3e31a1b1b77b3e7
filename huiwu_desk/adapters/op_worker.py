"""The worker processes of a big sync import (op_reader.py): what they run, what they send.

Kept apart from op_reader so that a worker imports only the op line format, not the zip and
crypto of bundles. Ops cross as marshalled tuples in ``Op`` field order: what the merge
unpacks fastest; a refused line crosses as None (an exception would not survive pickling).
"""

from __future__ import annotations

import gc
import marshal
import os
import threading
from dataclasses import fields
from multiprocessing import parent_process
from multiprocessing.process import BaseProcess
from operator import attrgetter

from ..domain.ops import Op
from ..domain.sync_errors import BundleRejected
from .db.op_lines import ops_in_block

_OP_FIELDS = attrgetter(*(f.name for f in fields(Op)))  # as Op(*values) takes them


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


def parse_block(block: bytes, origin: str) -> bytes | None:
    """``ops_in_block`` in a worker: the ops marshalled, None when a line is refused."""
    try:
        ops = ops_in_block(block, origin)
    except BundleRejected:
        return None
    return marshal.dumps(list(map(_OP_FIELDS, ops)))


def ops_of_block(data: bytes | None, origin: str) -> list[Op]:
    """The ops of ``parse_block``'s answer; refuses the bundle the block came from."""
    if data is None:
        raise BundleRejected(path=origin)
    return [Op(*values) for values in marshal.loads(data)]
