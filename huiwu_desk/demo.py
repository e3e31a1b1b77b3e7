"""Creating a demo event file (used by `huiwu-desk demo` and the window's "open demo")."""

from __future__ import annotations

import json
from pathlib import Path

from .adapters.db.eventfile import EventStore, create_event
from .paths import resources_dir
from .services.demo import EVENT_NAME, OPERATORS, ORGANIZER, demo_nights, populate_demo


def make_demo(
    path: Path | str,
    attendees: int = 500,
    desk: str = "A1",
    passphrase: str | None = None,
    seed: int = 2026,
) -> EventStore:
    """Create and open a demo event at ``path`` (refuses to overwrite an existing file)."""
    folder = resources_dir() / "demo"
    names = json.loads((folder / "names.json").read_text(encoding="utf-8"))
    units = json.loads((folder / "units.json").read_text(encoding="utf-8"))
    nights = demo_nights()

    def populate(store: EventStore) -> None:
        populate_demo(
            store.uow, store.context(), names, units, attendees=attendees, nights=nights, seed=seed
        )

    # Populated before the file is put in place: a failure (a full disk) leaves no file.
    return create_event(
        path,
        EVENT_NAME,
        desk,
        passphrase=passphrase,
        organizer=ORGANIZER,
        nights=nights,
        operators=list(OPERATORS),
        then=populate,
    )
