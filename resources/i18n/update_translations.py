"""Refresh the translation files: lupdate over huiwu_desk/ui, then lrelease to .qm.

    python resources/i18n/update_translations.py

New strings appear in the .ts files untranslated (type="unfinished"); translate them (Qt
Linguist or any editor), run this again, and commit both the .ts and the .qm files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = ROOT / "huiwu_desk" / "ui"
LANGUAGES = ("en",)  # zh_CN is the source language: it needs no file


def tool(name: str) -> str:
    """PySide6's own lupdate/lrelease, else the pyside6-* wrapper on PATH."""
    import PySide6

    bundled = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    if bundled.exists():
        return str(bundled)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"cannot find {name}: install PySide6")
    return found


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    for lang in LANGUAGES:
        ts = HERE / f"huiwu_desk_{lang}.ts"
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [
                tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "zh_CN",
                "-target-language",
                lang,
                *sources,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
