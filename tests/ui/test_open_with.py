"""`huiwu-desk FILE.huiwu`: how a double-clicked event file reaches the window (the desktop
file's `%f`, the Windows association's "%1"), the same as --event FILE."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from huiwu_desk import launcher


@pytest.fixture
def gui_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []
    import huiwu_desk.ui.app as app

    monkeypatch.setattr(
        app, "run", lambda event, *, demo, lang: calls.append((event, demo, lang)) or 0
    )
    return calls


def test_a_file_alone_opens_it(gui_calls: list[tuple[Any, ...]], tmp_path: Path) -> None:
    event = tmp_path / "年会 2027.huiwu"
    assert launcher.main([str(event)]) == 0
    assert launcher.main([str(event), "--lang", "en"]) == 0
    assert gui_calls == [(event, False, None), (event, False, "en")]


@pytest.mark.parametrize(
    "args",
    [["a.huiwu", "--event", "b.huiwu"], ["stat"], ["a.huiwu", "--demo"]],
)
def test_what_is_refused_as_usage(args: list[str], gui_calls: list[tuple[Any, ...]]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        launcher.main(args)
    assert exit_info.value.code == 2
    assert gui_calls == []
