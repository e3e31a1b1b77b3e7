"""None, True and False never run out of references, whatever PySide6 build is installed.

The PySide6 6.12.0 wheels (abi3, built with the 3.12+ C API, where these objects are immortal,
PEP 683) hand them back without adding a reference. On CPython 3.11 every call of a Qt method
that returns nothing takes one reference from None, and every ``Signal.emit()`` from Python
one from True. Measured at the desk: after some sixty scans quitting crashed ("Fatal Python
error: bool_dealloc"), after some 450 check-ins the desk crashed while working
("none_dealloc"). pyproject.toml keeps that release out; this covers a machine that still
has it (or a later build made the same way): the loss is measured once and, only if there is
one, each of the three objects gets a reserve of references that years of such calls do not
use up, as Python 3.12 gives them an endless count in every process.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from functools import partial

import PySide6
from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

RESERVE = 1 << 40  # at 10,000 lost references a second, three years
PROBE_CALLS = 32
_checked = False


class _Probe(QObject):
    ping = Signal()


def references_lost(obj: object, call: Callable[[], object], times: int = PROBE_CALLS) -> int:
    """How many references to ``obj`` ``times`` calls of ``call`` took and did not give back."""
    before = sys.getrefcount(obj)
    for _ in range(times):
        call()
    return before - sys.getrefcount(obj)


def guard_singletons() -> bool:
    """Once per process, before the window; True if the installed Qt binding needed it."""
    global _checked
    if _checked or sys.version_info >= (3, 12):  # immortal there: nothing can be lost
        return False
    _checked = True
    probe = _Probe()
    lost_none = references_lost(None, partial(probe.setObjectName, "probe"))
    lost_true = references_lost(True, probe.ping.emit)
    if lost_none <= 0 and lost_true <= 0:
        return False
    guarded = all([_add_references(obj, RESERVE) for obj in (None, True, False)])
    log.warning(
        "PySide6 %s loses references to None/True on Python %d.%d (%s); "
        "install another PySide6 than 6.12.0, or Python 3.12+",
        PySide6.__version__,
        *sys.version_info[:2],
        "guarded" if guarded else "NOT guarded: unknown object layout",
    )
    return guarded


def _add_references(obj: object, count: int) -> bool:
    refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt: the first field of an object
    if refcnt.value != sys.getrefcount(obj) - 1:  # not the layout we know: leave it alone
        return False
    refcnt.value += count
    return True
