"""Desks without a network: bundles, merge rules, refusals and conflicts (shared/sync.md)."""

from __future__ import annotations

import pytest

from huiwu_desk.adapters.sync_engine import export_bundle, import_bundles, join_event, sync_key
from huiwu_desk.bootstrap import create_event
from huiwu_desk.domain import errors, sync_errors
from huiwu_desk.services import conflicts, desk, queries, rooms
from tests.integration.sync_helpers import PASS, damaged, exchange, fp, full_exchange


def _code(store, name):
    return next(a.code for a in queries.search(store.uow, name))


def test_joined_desks_converge_and_import_is_idempotent(desks, tmp_path):
    a, b, c = desks
    assert {s.desk_code for s in desks} == {"A1", "B1", "B2"}
    desk.check_in(a.uow, a.context(), _code(a, "张三"))
    desk.record_payment(b.uow, b.context(), _code(b, "李四"), 60000, "wechat")
    from huiwu_desk.services import attendees

    code = attendees.register_walk_in(c.uow, c.context(), {"name": "赵六", "phone": "13655556666"})
    assert code.result.startswith("B2")
    full_exchange(desks, tmp_path)
    assert fp(a) == fp(b) == fp(c)
    for s in desks:
        st = queries.stats(s.uow)
        assert (st.checked_in, st.paid_total_fen, st.attendees) == (1, 60000, 5)
    before = fp(a)
    bundle = tmp_path / "again.hwsync"
    export_bundle(b, bundle, sync_key(b, None))
    report = import_bundles(a, [bundle, bundle], sync_key(a, None))
    assert sum(report.new.values()) == 0 and fp(a) == before


def test_a_desk_joined_later_lists_the_open_conflicts_at_once(desks, tmp_path):
    a, b, _ = desks
    code = _code(a, "张三")
    desk.record_payment(a.uow, a.context(), code, 120000, "cash")
    desk.record_payment(b.uow, b.context(), code, 120000, "wechat")
    exchange(b, a, tmp_path)
    bundle = tmp_path / "lead-now.hwsync"
    export_bundle(a, bundle, sync_key(a, None))

    late = join_event(bundle, tmp_path / "late.huiwu", "C9", PASS)

    try:
        found = conflicts.open_conflicts(late.uow)
        assert [(c.kind, c.attendee_code) for c in found] == [("double_payment", code)]
        assert queries.stats(late.uow).conflicts == 1
    finally:
        late.close()


def test_receipt_numbers_stay_unique_across_desks(desks, tmp_path):
    a, b, _ = desks
    r1 = desk.record_payment(a.uow, a.context(), _code(a, "张三"), 100, "cash").result
    r2 = desk.record_payment(b.uow, b.context(), _code(b, "李四"), 100, "cash").result
    assert r1 == "A1-000001" and r2 == "B1-000001"
    full_exchange(desks, tmp_path)


def test_double_payment_is_a_conflict_until_a_supervisor_refunds(desks, tmp_path):
    a, b, _ = desks
    code = _code(a, "张三")
    desk.record_payment(a.uow, a.context(), code, 120000, "cash")
    second = desk.record_payment(b.uow, b.context(), code, 120000, "wechat").result
    exchange(b, a, tmp_path)
    found = conflicts.open_conflicts(a.uow)
    assert [c.kind for c in found] == ["double_payment"] and found[0].attendee_code == code
    assert {p["receipt_no"] for p in found[0].detail["payments"]} == {"A1-000001", "B1-000001"}
    assert queries.stats(a.uow).conflicts == 1
    with pytest.raises(errors.SupervisorRequired):
        desk.refund_payment(a.uow, a.context(), second)
    desk.refund_payment(a.uow, a.context("李娜", supervisor="王芳"), second, reason="重复收费")
    assert conflicts.open_conflicts(a.uow) == []
    exchange(a, b, tmp_path)  # the refund travels; B sees the same
    assert conflicts.open_conflicts(b.uow) == [] and fp(a) == fp(b)


def test_overbooked_room_has_a_deterministic_holder(desks, tmp_path):
    a, b, _ = desks
    rooms.assign_room(a.uow, a.context(), _code(a, "张三"), "302")  # king, 1 bed
    rooms.assign_room(b.uow, b.context(), _code(b, "李四"), "302")
    full_exchange(desks, tmp_path)
    views = {s.desk_code: conflicts.open_conflicts(s.uow) for s in desks}
    assert all(len(v) == 1 and v[0].kind == "room_overbooked" for v in views.values())
    movers = {tuple(v[0].detail["to_move"]) for v in views.values()}
    assert len(movers) == 1  # every desk names the same person to move
    mover_code = views["A1"][0].attendee_code
    rooms.release_room(a.uow, a.context(), mover_code)
    rooms.assign_room(a.uow, a.context(), mover_code, "301")
    assert conflicts.open_conflicts(a.uow) == []


def test_one_person_placed_at_two_desks_is_a_double_bed_until_moved(desks, tmp_path):
    a, b, _ = desks
    rooms.assign_room(a.uow, a.context(), _code(a, "张三"), "301")
    rooms.assign_room(b.uow, b.context(), _code(b, "张三"), "302")  # offline, the same nights
    full_exchange(desks, tmp_path)
    views = {s.desk_code: conflicts.open_conflicts(s.uow) for s in desks}
    assert all([c.kind for c in v] == ["double_bed"] for v in views.values())
    kept = {v[0].detail["keep_room"] for v in views.values()}
    assert len(kept) == 1  # every desk keeps the same bed
    assert "两张床" in views["A1"][0].summary
    keep = views["A1"][0].detail["keep_room_id"]
    rooms.move_room(a.uow, a.context(), _code(a, "张三"), keep)  # into the kept room: settled
    assert conflicts.open_conflicts(a.uow) == []
    full_exchange(desks, tmp_path)
    assert all(conflicts.open_conflicts(s.uow) == [] for s in desks)


def test_repeated_check_in_is_flagged_and_can_be_acknowledged(desks, tmp_path):
    a, b, _ = desks
    code = _code(a, "王五")
    desk.check_in(a.uow, a.context(), code)
    desk.check_in(b.uow, b.context(), code)
    exchange(b, a, tmp_path)
    [found] = conflicts.open_conflicts(a.uow)
    assert found.kind == "duplicate_checkin" and "A1" in found.summary and "B1" in found.summary
    assert queries.stats(a.uow).checked_in == 1  # still one person checked in
    conflicts.acknowledge(a.uow, a.context(), found.id)
    assert conflicts.open_conflicts(a.uow) == []
    exchange(a, b, tmp_path)
    assert conflicts.open_conflicts(b.uow) == []


def test_walk_ins_at_two_desks_are_a_duplicate_person_to_merge(desks, tmp_path):
    from huiwu_desk.services import attendees

    a, b, _ = desks
    x = attendees.register_walk_in(
        a.uow, a.context(), {"name": "钱七", "phone": "13500001234"}
    ).result
    y = attendees.register_walk_in(
        b.uow, b.context(), {"name": "钱七", "phone": "135-0000-1234"}
    ).result
    assert x != y
    exchange(b, a, tmp_path)
    [found] = conflicts.open_conflicts(a.uow)
    assert found.kind == "duplicate_person"
    before = queries.stats(a.uow).attendees
    conflicts.merge_people(a.uow, a.context(), x, y)
    assert conflicts.open_conflicts(a.uow) == []
    # one person again: found once, counted once
    assert [p.code for p in queries.search(a.uow, "钱七")] == [x]
    assert queries.stats(a.uow).attendees == before - 1


def test_a_person_checked_in_twice_as_two_walk_ins_counts_once_after_the_merge(desks, tmp_path):
    import openpyxl

    from huiwu_desk.adapters.sheets import sheet_io
    from huiwu_desk.services import attendees, card, exports

    a, b, _ = desks
    fields = {"name": "孙八", "phone": "13600002222"}
    x = attendees.register_walk_in(a.uow, a.context(), fields).result
    y = attendees.register_walk_in(b.uow, b.context(), fields).result
    desk.check_in(a.uow, a.context(), x)
    desk.check_in(b.uow, b.context(), y)
    exchange(b, a, tmp_path)
    people, checked = queries.stats(a.uow).attendees, queries.stats(a.uow).checked_in
    conflicts.merge_people(a.uow, a.context(), x, y)
    st = queries.stats(a.uow)
    assert (st.attendees, st.checked_in) == (people - 1, checked - 1)
    strip = card.desk_counters(a.uow)  # the desk's live strip says the same as the status bar
    assert (strip.total, strip.checked_in) == (st.attendees, st.checked_in)
    assert sum(total for _n, _c, _k, total in strip.by_category) == st.attendees
    assert sum(k for _n, _c, k, _t in strip.by_category) == st.checked_in
    # the nightly lists name the person once, checked in (credit certificates are not doubled)
    out = exports.export(a.uow, sheet_io(a.uow), "roster", tmp_path / "roster.xlsx").path
    sheet = openpyxl.load_workbook(out).active
    rows = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    header = next(r for r in rows if "编号" in r)
    mine = [r for r in rows if "孙八" in r]
    assert [r[header.index("编号")] for r in mine] == [x]
    assert len([r for r in rows[rows.index(header) + 1 :] if any(r)]) == st.attendees


@pytest.mark.parametrize("damage", ["flip", "truncate", "not_zip", "extra_member"])
def test_damaged_bundles_are_refused_and_change_nothing(desks, tmp_path, damage):
    a, b, _ = desks
    desk.check_in(b.uow, b.context(), _code(b, "张三"))
    bundle = tmp_path / "b.hwsync"
    export_bundle(b, bundle, sync_key(b, None))
    damaged(bundle, damage)
    before = fp(a)
    with pytest.raises((sync_errors.BundleRejected, sync_errors.BundleUnreadable)) as refused:
        import_bundles(a, [bundle], sync_key(a, None))
    assert "没有导入" in refused.value.text("zh")
    assert fp(a) == before and queries.stats(a.uow).checked_in == 0


def test_foreign_event_and_wrong_passphrase_are_refused(desks, tmp_path):
    a, *_ = desks
    other = create_event(tmp_path / "other.huiwu", "别的会议", "Z9", passphrase=PASS)
    bundle = tmp_path / "other.hwsync"
    export_bundle(other, bundle, sync_key(other, None))
    with pytest.raises(sync_errors.ForeignBundle):
        import_bundles(a, [bundle], sync_key(a, None))
    with pytest.raises(sync_errors.WrongPassphrase):
        sync_key(a, "not the passphrase")
    mine = tmp_path / "mine.hwsync"
    export_bundle(a, mine, sync_key(a, None))
    with pytest.raises(sync_errors.BundleRejected):
        join_event(mine, tmp_path / "x.huiwu", "C3", "wrong passphrase")
    assert not (tmp_path / "x.huiwu").exists()
    other.close()


def test_a_copied_event_file_continues_as_a_new_desk(desks, tmp_path):
    from huiwu_desk.bootstrap import backup, open_event

    a, b, _ = desks
    copy = open_event(backup(b.engine, tmp_path / "copy.huiwu"))
    assert copy.desk_id != b.desk_id and copy.desk_code == "B1B"
    assert "B1B" in copy.notice
    r1 = desk.record_payment(b.uow, b.context(), _code(b, "张三"), 100, "cash").result
    r2 = desk.record_payment(copy.uow, copy.context(), _code(copy, "李四"), 100, "cash").result
    assert r1 != r2  # B1-000001 and B1B-000001
    for src in (b, copy):
        exchange(src, a, tmp_path)
    assert queries.stats(a.uow).payments == 2
    copy.close()


def test_a_forked_desk_history_raises_an_integrity_alarm(desks, tmp_path):
    from huiwu_desk.bootstrap import backup, open_event

    a, b, _ = desks
    copy_path = backup(b.engine, tmp_path / "fork.huiwu")
    forged = open_event(copy_path, write=False)  # bypass the copy guard, as a raw file copy
    forged.close()
    import sqlite3

    con = sqlite3.connect(copy_path)
    con.execute("UPDATE meta SET value=? WHERE key='file_identity'", (_identity(copy_path),))
    con.commit()
    con.close()
    fork = open_event(copy_path)
    assert fork.desk_id == b.desk_id  # the guard was bypassed: same desk, two histories
    desk.check_in(b.uow, b.context(), _code(b, "张三"))
    desk.check_in(fork.uow, fork.context(), _code(fork, "李四"))
    exchange(b, a, tmp_path)
    bundle = tmp_path / "fork.hwsync"
    export_bundle(fork, bundle, sync_key(fork, None))
    before = fp(a)
    with pytest.raises(sync_errors.IntegrityAlarm):
        import_bundles(a, [bundle], sync_key(a, None))
    assert fp(a) == before
    fork.close()


def _identity(path):
    st = path.stat()
    return f"{st.st_dev}:{st.st_ino}"


def test_ops_after_a_gap_wait_until_it_fills(desks, tmp_path):
    a, b, _ = desks
    desk.check_in(b.uow, b.context(), _code(b, "张三"))
    first = tmp_path / "first.hwsync"
    export_bundle(b, first, sync_key(b, None))
    desk.check_in(b.uow, b.context(), _code(b, "李四"))
    from huiwu_desk.adapters.sync_engine import sync_status

    top = sync_status(b)["known"]["B1"]
    delta = tmp_path / "delta.hwsync"
    export_bundle(b, delta, sync_key(b, None), above={b.desk_id: top - 1})
    report = import_bundles(a, [delta], sync_key(a, None))
    assert report.pending == 1 and queries.stats(a.uow).checked_in == 0
    report = import_bundles(a, [first], sync_key(a, None))
    assert report.pending == 0 and queries.stats(a.uow).checked_in == 2


def test_shared_folder_mode_converges_and_skips_a_damaged_file(desks, tmp_path):
    from huiwu_desk.adapters.sync_engine import sync_folder

    shared = tmp_path / "share"
    shared.mkdir()
    a, b, c = desks
    desk.check_in(a.uow, a.context(), _code(a, "张三"))
    desk.check_in(c.uow, c.context(), _code(c, "李四"))
    (shared / "desk-ZZ.hwsync").write_bytes(b"half a file")
    for _ in range(2):
        for s in desks:
            report = sync_folder(s, shared, sync_key(s, None), after_merge=conflicts.refresh)
            assert set(report.refused) == {"desk-ZZ.hwsync"}
    assert fp(a) == fp(b) == fp(c)
    assert sorted(p.name for p in shared.glob("desk-*.hwsync")) == [
        "desk-A1.hwsync",
        "desk-B1.hwsync",
        "desk-B2.hwsync",
        "desk-ZZ.hwsync",
    ]
    for s in desks:  # everyone is current: nothing is rewritten, nothing merged again
        sync_folder(s, shared, sync_key(s, None))
    stamp = (shared / "desk-B1.hwsync").stat().st_mtime_ns
    again = sync_folder(a, shared, sync_key(a, None))
    assert again.new_ops == 0 and again.imported == []
    sync_folder(b, shared, sync_key(b, None))
    assert (shared / "desk-B1.hwsync").stat().st_mtime_ns == stamp


def test_edits_that_did_not_see_each_other_are_flagged_and_one_is_kept(desks, tmp_path):
    from huiwu_desk.services import attendees

    a, b, _ = desks
    code = _code(a, "张三")
    attendees.update_attendee(a.uow, a.context(), code, {"title": "主任医师"})
    attendees.update_attendee(b.uow, b.context(), code, {"title": "副主任医师"})
    full_exchange(desks, tmp_path)
    views = [conflicts.open_conflicts(s.uow) for s in desks]
    assert all(len(v) == 1 and v[0].kind == "concurrent_edit" for v in views)
    found = views[0][0]
    assert {v["value"] for v in found.detail["values"]} == {"主任医师", "副主任医师"}
    shown = {s.desk_code: attendees_title(s, code) for s in desks}
    assert len(set(shown.values())) == 1  # the same last writer everywhere until decided
    conflicts.keep_edit(a.uow, a.context(), found.id, "主任医师")
    assert conflicts.open_conflicts(a.uow) == [] and attendees_title(a, code) == "主任医师"
    full_exchange(desks, tmp_path)
    assert all(conflicts.open_conflicts(s.uow) == [] for s in desks)
    assert {attendees_title(s, code) for s in desks} == {"主任医师"}
    # a later edit that saw the decision is not a conflict
    attendees.update_attendee(b.uow, b.context(), code, {"title": "教授"})
    assert conflicts.open_conflicts(b.uow) == []


def attendees_title(store, code):
    with store.uow.reading():
        return store.uow.attendees.by_code(code).title


def test_status_knows_a_peer_as_soon_as_its_file_is_merged(desks, tmp_path):
    from huiwu_desk.adapters.sync_engine import sync_status

    a, b, _ = desks
    desk.check_in(b.uow, b.context(), _code(b, "张三"))
    exchange(b, a, tmp_path)
    peers = sync_status(a)["peers"]
    assert peers["B1"]["behind"] == 0 and peers["B1"]["last_seen_ms"] > 0
    desk.check_in(a.uow, a.context(), _code(a, "李四"))
    assert sync_status(a)["peers"]["B1"]["behind"] == 1  # B1 has not seen A1's new op


def test_one_name_added_at_two_desks_is_one_operator_everywhere(desks, tmp_path):
    from huiwu_desk.domain.model import Role
    from huiwu_desk.services import operators

    a, b, _ = desks
    operators.add_operator(a.uow, a.context(), "赵敏", Role.OPERATOR)
    operators.add_operator(b.uow, b.context(), "赵敏", Role.OPERATOR, pin="2580")
    full_exchange(desks, tmp_path)
    chosen = set()
    for store in desks:
        with store.uow.reading():
            names = [o.name for o in store.uow.catalog.operators()]
            found = store.uow.catalog.operator("赵敏")
            chosen.add(found.id if found else None)
        assert names.count("赵敏") == 1, store.desk_code  # listed once in the menu
    assert len(chosen) == 1  # every desk takes the same row for that name


def test_a_fee_paid_in_two_parts_at_two_desks_is_no_conflict_until_it_is_overpaid(desks, tmp_path):
    a, b, _ = desks
    code = _code(a, "张三")  # 代表: ¥1,200 due
    desk.record_payment(a.uow, a.context(), code, 60000, "cash")
    desk.record_payment(b.uow, b.context(), code, 60000, "wechat")
    exchange(b, a, tmp_path)
    assert conflicts.open_conflicts(a.uow) == []
    desk.record_payment(b.uow, b.context(), code, 30000, "alipay")  # now ¥1,500 held
    exchange(b, a, tmp_path)
    found = conflicts.open_conflicts(a.uow)
    assert [c.kind for c in found] == ["double_payment"] and len(found[0].detail["payments"]) == 3
