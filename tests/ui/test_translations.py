"""Every UI string has an English translation, and the committed files are up to date."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from huiwu_desk.paths import resources_dir

TS = resources_dir() / "i18n" / "huiwu_desk_en.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg.find("translation")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_string_is_translated() -> None:
    untranslated = [
        k for k, tr in messages(TS).items() if tr is None or not tr.text or tr.get("type")
    ]
    assert not untranslated


def test_ts_file_matches_the_sources(tmp_path: Path) -> None:
    """lupdate over huiwu_desk/ui finds exactly the strings of the committed .ts file."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "update_translations", TS.parent / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = tmp_path / "fresh_en.ts"
    sources = sorted(str(p) for p in module.SOURCES.rglob("*.py"))
    subprocess.run([module.tool("lupdate"), "-silent", *sources, "-ts", str(fresh)], check=True)
    assert set(messages(fresh)) == set(messages(TS)), "run resources/i18n/update_translations.py"
    qm = TS.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 0
