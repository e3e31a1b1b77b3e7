"""A shared room holds one gender unless a supervisor approves (issue 13, finding 4)."""

from __future__ import annotations

import pytest

from huiwu_desk.domain.errors import MixedRoom
from huiwu_desk.services import attendees, queries, rooms
from tests.integration.test_cli import run as cli


def test_a_woman_is_not_put_in_with_a_man_without_a_supervisor(small_event):
    ev = small_event
    for name in ("张三", "王五"):
        attendees.update_attendee(ev.uow, ev.ctx, ev.codes[name], {"needs_room": True})
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["张三"], "301")  # 张三: M, a twin room
    with pytest.raises(MixedRoom) as refused:
        rooms.assign_room(ev.uow, ev.ctx, ev.codes["王五"], "301")  # 王五: F
    assert refused.value.text("zh") == (
        "301 已住男性，不能排入女性 王五（合住同一性别；主管批准可例外）。"
    )
    occupants = {r.number: r.occupants for r in queries.room_list(ev.uow)}
    assert [c for c, _ in occupants["301"]] == [ev.codes["张三"]]
    rooms.assign_room(ev.uow, ev.sup, ev.codes["王五"], "301")  # approved: a couple
    occupants = {r.number: r.occupants for r in queries.room_list(ev.uow)}
    assert len(occupants["301"]) == 2


def test_the_command_line_refuses_too_and_takes_a_supervisor(small_event):
    ev = small_event
    path = str(ev.store.path)
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["李四"], "301")
    ev.store.close()
    refused = cli("room", "assign", path, ev.codes["王五"], "301")
    assert refused.returncode == 1 and "不能排入女性 王五" in refused.stderr
    done = cli("room", "assign", path, ev.codes["王五"], "301", "--supervisor", "王芳")
    assert done.returncode == 0, done.stderr
    same = cli("room", "assign", path, ev.codes["张三"], "301")
    assert same.returncode == 1 and "满" in same.stderr  # two beds taken: full, not mixed
