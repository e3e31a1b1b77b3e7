"""The launcher dispatches to the command line or the window, and starts light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from huiwu_desk import launcher
from huiwu_desk.ui.prefs import Prefs

from .conftest import EventFile


@pytest.fixture
def gui_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []
    import huiwu_desk.ui.app as app

    monkeypatch.setattr(
        app, "run", lambda event, *, demo, lang: calls.append((event, demo, lang)) or 0
    )
    return calls


def test_subcommand_goes_to_the_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    import huiwu_desk.cli.main as cli

    seen: list[list[str]] = []
    monkeypatch.setattr(cli, "main", lambda argv: seen.append(list(argv)) or 7)
    assert launcher.main(["stats", "x.huiwu", "--json"]) == 7
    assert seen == [["stats", "x.huiwu", "--json"]]


def test_gui_options(gui_calls: list[tuple[Any, ...]], tmp_path: Path) -> None:
    assert launcher.main(["--event", str(tmp_path / "a.huiwu"), "--lang", "en"]) == 0
    assert launcher.main(["--demo"]) == 0
    assert gui_calls == [(tmp_path / "a.huiwu", False, "en"), (None, True, None)]


def test_door_option_opens_door_mode(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import huiwu_desk.ui.app as app

    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(
        app, "run", lambda event, *, demo, lang, door="": calls.append((event, door)) or 0
    )
    assert launcher.main(["--door", "主会场", str(tmp_path / "a.huiwu")]) == 0
    assert calls == [(tmp_path / "a.huiwu", "主会场")]


def test_no_option_reopens_the_last_event(
    gui_calls: list[tuple[Any, ...]], event_file: EventFile
) -> None:
    launcher.main([])
    Prefs().remember_event(event_file.path, "测试学术年会")
    launcher.main([])
    event_file.path.unlink()  # moved away: the start page, not an error
    launcher.main([])
    assert gui_calls == [
        (None, False, None),
        (event_file.path.resolve(), False, None),
        (None, False, None),
    ]


def test_bad_gui_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        launcher.main(["--lang", "fr"])
    assert exit_info.value.code == 2


def test_window_modules_import_nothing_heavy() -> None:
    code = (
        "import sys, huiwu_desk.launcher;"
        "assert 'PySide6' not in sys.modules, 'launcher imports Qt';"
        "import huiwu_desk.ui.app;"
        "heavy = {'pandas', 'openpyxl', 'escpos', 'python_calamine'} & set(sys.modules);"
        "assert not heavy, heavy"
    )
    subprocess.run(
        [sys.executable, "-c", code], check=True, env={"QT_QPA_PLATFORM": "offscreen", **_env()}
    )


def _env() -> dict[str, str]:
    import os

    root = str(Path(launcher.__file__).resolve().parents[1])
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
    }
