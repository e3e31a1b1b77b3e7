"""Where the project's own files are: source checkout, installed copy or PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _root_candidates() -> list[Path]:
    found = [_HERE.parent]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.insert(0, Path(bundle))
    found.append(Path(sys.prefix) / "share" / "huiwu-desk")
    return found


def project_dir(name: str) -> Path:
    for root in _root_candidates():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"huiwu_desk: cannot find its {name}/ folder")


def migrations_dir() -> Path:
    return project_dir("migrations")


def resources_dir() -> Path:
    return project_dir("resources")
