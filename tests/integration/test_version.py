"""The version a desk can read: `huiwu-desk --version`, the event file's meta, --check-install.

The bundle itself is built and tried by installer/ci_smoke.sh (a separate step of .ci/run),
never here: it takes a minute.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

from huiwu_desk import __version__
from huiwu_desk.adapters.db.eventfile import APP_VERSION_META, SCHEMA_REVISIONS
from huiwu_desk.bootstrap import open_event

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "tests" / "migrations" / "frozen"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "huiwu_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def meta(path: Path, key: str) -> str | None:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    finally:
        con.close()
    return row[0] if row else None


def test_version_is_printed_and_is_the_packages() -> None:
    done = run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"huiwu-desk {__version__}\n"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__  # one version for pip, the window and the file


def test_a_new_event_file_records_the_app_version_beside_its_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.huiwu"
    done = run("new", str(path), "--name", "版本测试", "--desk", "A1")
    assert done.returncode == 0, done.stderr
    assert meta(path, APP_VERSION_META) == __version__
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    assert (
        con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        == (SCHEMA_REVISIONS[-1])
    )
    con.close()


def test_an_upgraded_file_records_the_program_that_upgraded_it(tmp_path: Path) -> None:
    old = tmp_path / "old.huiwu"
    shutil.copy(FROZEN / f"{SCHEMA_REVISIONS[-2]}.huiwu", old)
    assert meta(old, APP_VERSION_META) is None  # made before the version was recorded
    with open_event(old) as store:
        assert store.meta[APP_VERSION_META] == __version__


def test_check_install_from_the_source_checkout() -> None:
    done = run("--check-install")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"huiwu-desk {__version__} ")
    for part in ("migrations", "resources", "Qt", "sheets", "printers", "signing", "pinyin"):
        assert any(line.startswith("OK") and part in line for line in lines), (part, lines)
    assert lines[-1] == "安装完整 (installation complete)"
