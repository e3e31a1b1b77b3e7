"""Field lengths are capped at the door, and the name index grows linearly with a name."""

from __future__ import annotations

import sqlite3

import pytest

from huiwu_desk.domain import limits
from huiwu_desk.domain.limit_errors import FieldTooLong
from huiwu_desk.services import attendees, queries
from tests.conftest import SmallEvent

# a real long name (a Uyghur name written in full) and one of 60 characters, within the cap
UYGHUR = "阿卜杜热合曼·买买提明·阿不都克力木"
LONG_OK = "".join(chr(0x4E00 + (i * 37) % 2000) for i in range(60))


def _person(ev: SmallEvent, code: str):  # type: ignore[no-untyped-def]
    with ev.uow.reading():
        return attendees.lookup.attendee(ev.uow, code)


def _suffix_chars(ev: SmallEvent, code: str) -> int:
    person = _person(ev, code)
    db = sqlite3.connect(f"file:{ev.store.path}?mode=ro", uri=True)
    try:
        (total,) = db.execute(
            "SELECT COALESCE(SUM(LENGTH(term)), 0) FROM name_suffixes WHERE attendee_id = ?",
            (person.id,),
        ).fetchone()
    finally:
        db.close()
    return int(total)


def test_a_part_of_a_name_is_found_as_before_and_the_index_is_linear(small_event):
    ev = small_event
    long_code = attendees.add_attendee(ev.uow, ev.ctx, {"name": LONG_OK}).result
    uyghur = attendees.add_attendee(ev.uow, ev.ctx, {"name": UYGHUR}).result
    # the old index kept every suffix whole: 60·61/2 = 1,830 characters for this name
    assert _suffix_chars(ev, long_code) <= limits.NAME_SUFFIX_CHARS * len(LONG_OK)
    assert _suffix_chars(ev, ev.codes["单雄信"]) == 3 + 2 + 1  # a normal name: as before

    def found(query: str) -> list[str]:
        return [s.code for s in queries.search(ev.uow, query)]

    assert ev.codes["单雄信"] in found("雄信")  # the given name finds the person
    assert ev.codes["单雄信"] in found("信")
    assert uyghur in found("买买提明")
    assert found("买买提明·阿不都克力木") == [uyghur]  # 11 characters: within a suffix
    assert found(LONG_OK[20:50]) == [long_code]  # 30 characters: longer than a suffix
    assert found(LONG_OK[5:45]) == [long_code]
    assert found(LONG_OK[20:50] + "张") == []  # the first 16 match, the rest must too


def test_a_form_refuses_a_value_longer_than_its_cap_in_one_sentence(small_event):
    ev = small_event
    with pytest.raises(FieldTooLong) as caught:
        attendees.register_walk_in(ev.uow, ev.ctx, {"name": "张" * (limits.NAME + 1)})
    assert (
        caught.value.text("zh")
        == f"“姓名”太长（{limits.NAME + 1} 个字），最多 {limits.NAME} 个字。"
    )
    assert "Name" in caught.value.text("en")
    code = ev.codes["张三"]
    with pytest.raises(FieldTooLong, match="Notes"):
        attendees.update_attendee(ev.uow, ev.ctx, code, {"notes": "x" * (limits.NOTES + 1)})
    attendees.update_attendee(ev.uow, ev.ctx, code, {"notes": "x" * limits.NOTES})  # at the cap
    assert _person(ev, code).notes == "x" * limits.NOTES
    with pytest.raises(FieldTooLong):
        attendees.update_attendee(ev.uow, ev.ctx, code, {"unit": "院" * (limits.UNIT + 1)})
