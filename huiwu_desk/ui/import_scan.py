"""Spare PySide6's source scan of modules that cannot use it.

Once PySide6 is imported, every module imported after it has its whole source read and
searched for "PySide6" (shibokensupport/feature.py, for the opt-in ``from __feature__
import …``). The database layer opens behind the window, so SQLAlchemy and our core pay
that scan: about 75 ms of the event's opening, measured with bench/run.py. Our core cannot
mention PySide6 (the import contracts in pyproject.toml), SQLAlchemy and Alembic do not,
and no module here uses ``__feature__``, so for them the answer is known without reading.

PySide6 internals: if they change, nothing is patched and only the speed-up is lost.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import ModuleType

log = logging.getLogger(__name__)

WITHOUT_PYSIDE = (
    "huiwu_desk.domain",
    "huiwu_desk.services",
    "huiwu_desk.adapters",
    "huiwu_desk.bootstrap",
    "huiwu_desk.demo",
    "huiwu_desk.paths",
    "sqlalchemy",
    "alembic",
)


def spare_source_scans(prefixes: tuple[str, ...] = WITHOUT_PYSIDE) -> bool:
    """Modules under ``prefixes`` skip PySide6's scan; True when the hook was found."""
    feature = sys.modules.get("shibokensupport.feature")
    scan: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or scan is None or getattr(scan, "spared", False):
        return scan is not None
    original = scan
    packages = tuple(p + "." for p in prefixes)

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name in prefixes or name.startswith(packages):
            return False
        return original(module)

    uses_pyside.spared = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    log.debug("PySide6 source scan spared for %s", ", ".join(prefixes))
    return True
