"""Where this desk's shared sync folder is, and how often it syncs: a setting op per desk.

Each desk has its own key (``sync.folder.<desk code>``): the setting syncs like any other op,
but one laptop's drive letter never replaces another's.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import InvalidField
from ..domain.model import DeskContext
from . import setup
from .changes import Changes
from .ports import UnitOfWork

DEFAULT_INTERVAL_S = 30
MIN_INTERVAL_S = 5
MAX_INTERVAL_S = 3600


@dataclass(frozen=True, slots=True)
class SharedFolder:
    path: str  # "" when shared-folder mode is off
    interval_s: int = DEFAULT_INTERVAL_S


def folder_key(desk_code: str) -> str:
    return f"sync.folder.{desk_code}"


def shared_folder(uow: UnitOfWork, desk_code: str) -> SharedFolder:
    with uow.reading():
        value = uow.catalog.setting(folder_key(desk_code), None)
    if not isinstance(value, dict):
        return SharedFolder("")
    interval = value.get("interval_s", DEFAULT_INTERVAL_S)
    if not isinstance(interval, int) or not MIN_INTERVAL_S <= interval <= MAX_INTERVAL_S:
        interval = DEFAULT_INTERVAL_S
    return SharedFolder(str(value.get("path") or ""), interval)


def set_shared_folder(
    uow: UnitOfWork, ctx: DeskContext, path: str, interval_s: int = DEFAULT_INTERVAL_S
) -> Changes:
    """Remember (or with ``path=""`` turn off) this desk's shared folder."""
    if not MIN_INTERVAL_S <= interval_s <= MAX_INTERVAL_S:
        raise InvalidField(field="同步间隔", reason=f"{MIN_INTERVAL_S}–{MAX_INTERVAL_S} 秒")
    changes = setup.set_setting(
        uow, ctx, folder_key(ctx.desk_code), {"path": path, "interval_s": interval_s}
    )
    changes.result = SharedFolder(path, interval_s)
    return changes
