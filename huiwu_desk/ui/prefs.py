"""Per-user preferences (last event, recent events, language) in a small JSON file.

Not QSettings: the launcher reads it before Qt is imported, and a JSON file is easy to
inspect on a desk laptop. ``HUIWU_CONFIG_DIR`` / ``HUIWU_DATA_DIR`` override the folders
(tests, portable installs).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

APP = "huiwu-desk"
MAX_RECENT = 10
log = logging.getLogger(__name__)


def config_dir() -> Path:
    if os.environ.get("HUIWU_CONFIG_DIR"):
        return Path(os.environ["HUIWU_CONFIG_DIR"])
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    if os.environ.get("HUIWU_DATA_DIR"):
        return Path(os.environ["HUIWU_DATA_DIR"])
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP, appauthor=False))


def demo_event_path() -> Path:
    return data_dir() / "demo.huiwu"


@dataclass
class RecentEvent:
    path: str
    name: str = ""


@dataclass
class Prefs:
    language: str = ""
    last_event: str = ""
    recent: list[RecentEvent] = field(default_factory=list)
    attendee_columns: list[str] = field(default_factory=list)  # the attendees page's choice

    @classmethod
    def file(cls) -> Path:
        return config_dir() / "prefs.json"

    @classmethod
    def load(cls) -> Prefs:
        try:
            raw = json.loads(cls.file().read_text(encoding="utf-8"))
            recent = [
                RecentEvent(str(r["path"]), str(r.get("name", ""))) for r in raw.get("recent", [])
            ]
            columns = [str(c) for c in raw.get("attendee_columns", [])]
            return cls(
                str(raw.get("language", "")), str(raw.get("last_event", "")), recent, columns
            )
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            # A damaged prefs file must never keep the desk from starting.
            log.warning("ignoring unreadable %s", cls.file(), exc_info=True)
            return cls()

    def save(self) -> None:
        target = self.file()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
            os.replace(tmp, target)
        except OSError:
            log.warning("could not save %s", target, exc_info=True)

    def remember_event(self, path: Path | str, name: str) -> None:
        key = str(Path(path).resolve())
        self.last_event = key
        self.recent = [RecentEvent(key, name), *(r for r in self.recent if r.path != key)][
            :MAX_RECENT
        ]
        self.save()

    def forget_last_event(self) -> None:
        self.last_event = ""
        self.save()

    def last_event_path(self) -> Path | None:
        """The last event, if it is still there (a moved USB stick is not an error)."""
        if self.last_event and Path(self.last_event).is_file():
            return Path(self.last_event)
        return None

    def existing_recent(self) -> list[RecentEvent]:
        return [r for r in self.recent if Path(r.path).is_file()]
