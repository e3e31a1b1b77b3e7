"""One attendee lookup for every use case and command: case, width, spaces, ``CODE.N``."""

from __future__ import annotations

import json
from pathlib import Path

from huiwu_desk.services import desk, desk_lists
from tests.integration.test_cli import run as cli

ROOT = Path(__file__).resolve().parents[2]


def full_width(code: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) for c in code)


def test_every_command_takes_a_code_as_find_does(small_event):
    ev = small_event
    code = next(iter(ev.codes.values()))
    path = str(ev.store.path)
    ev.store.close()
    wide = full_width(code)
    found = json.loads(cli("find", path, wide, "--json").stdout)
    assert [p["code"] for p in found][:1] == [code]
    done = cli("checkin", path, wide, "--json")
    assert done.returncode == 0, done.stderr
    paid = cli("pay", path, f" {code.lower()} ", "--amount", "100", "--method", "cash", "--json")
    assert paid.returncode == 0, paid.stderr
    again = cli("checkin", path, code.lower())
    assert again.returncode == 1 and "已于" in again.stderr  # the same person, not "找不到"


def test_a_reprinted_badge_opens_the_card_and_the_old_one_is_flagged(small_event):
    ev = small_event
    code = next(iter(ev.codes.values()))
    desk.record_badge_print(ev.store.uow, ev.ctx, code)
    desk.record_badge_print(ev.store.uow, ev.ctx, code, "遗失")
    new = desk_lists.lookup(ev.store.uow, f"{code}.2")
    assert new.card is not None and new.card.person.code == code
    assert not new.card.superseded_badge
    old = desk_lists.lookup(ev.store.uow, code)
    assert old.card is not None and old.card.superseded_badge and old.card.badge_version == 2
    assert desk_lists.lookup(ev.store.uow, f"{code}.3").card is not None  # a newer one: no flag
    assert not desk_lists.lookup(ev.store.uow, f"{code}.3").card.superseded_badge
    # acting on the scan acts on the person the card shows
    checked = desk.check_in(ev.store.uow, ev.ctx, f"{code}.2").result
    assert checked.code == code
