"""Printing results: one JSON document with --json, short Chinese lines otherwise."""

from __future__ import annotations

import json
import sys
from typing import Any


def emit(as_json: bool, data: Any, text: str | list[str]) -> None:
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    lines = [text] if isinstance(text, str) else text
    for line in lines:
        sys.stdout.write(line + "\n")


def fail(message: str) -> int:
    sys.stderr.write(message.replace("\n", " ") + "\n")
    return 1
