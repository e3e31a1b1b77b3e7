"""What opening an event runs on the database worker (session.py starts it): open a file,
create one, join from the lead desk's sync file, or make the demo — then read what the
window shows about it. The core is imported here, when the worker first needs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .prefs import demo_event_path

if TYPE_CHECKING:
    from ..bootstrap import EventStore


@dataclass(frozen=True)
class OpenEvent:
    """What the window shows about the open event; read once when it opens."""

    path: Path
    name: str
    desk_code: str
    operators: tuple[str, ...]
    operator: str
    notice: str = ""  # one sentence to show once it is open (a copied file, read-only media)


def read_summary(store: EventStore) -> OpenEvent:
    from ..services.queries import event_summary

    summary = event_summary(store.uow)
    operators = tuple(op.name for op in summary.operators)
    return OpenEvent(
        store.path,
        summary.name,
        store.desk_code,
        operators,
        store.default_operator,
        store.notice,
    )


def _opened(store: EventStore) -> tuple[EventStore, OpenEvent]:
    try:
        return store, read_summary(store)
    except BaseException:
        store.close()
        raise


def load_file(path: Path) -> tuple[EventStore, OpenEvent]:
    from ..bootstrap import open_event

    # a read-only file or medium opens for reading, saying so, rather than not at all
    return _opened(open_event(path, or_read_only=True))


def load_new(path: Path, name: str, desk_code: str) -> tuple[EventStore, OpenEvent]:
    from ..bootstrap import create_event

    return _opened(create_event(path, name, desk_code))


def load_joined(
    bundle: Path, path: Path, desk_code: str, passphrase: str, operator: str
) -> tuple[EventStore, OpenEvent]:
    from ..bootstrap_sync import join_event  # lazy: the sync engine loads when first used

    return _opened(join_event(bundle, path, desk_code, passphrase, operator=operator))


def load_demo(path: Path | None = None) -> tuple[EventStore, OpenEvent]:
    path = path or demo_event_path()
    if path.exists():
        return load_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    from ..demo import make_demo  # lazy: only the first "open demo" pays for it

    return _opened(make_demo(path))
