"""One function per command of shared/cli.md; each takes parsed args and returns an exit code.

(pay, refund, void and shift: fee_commands.py.)
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from ..bootstrap import EventStore, backup, create_event, open_event
from ..domain.masks import masked_phone
from ..domain.money import format_yuan, yuan_number
from ..services import desk, lookup, queries
from .output import emit


def _open(args: argparse.Namespace, *, write: bool) -> EventStore:
    store = open_event(Path(args.file), write=write)
    if store.notice:
        sys.stderr.write(store.notice + "\n")
    return store


def _ctx(store: EventStore, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    operator = (getattr(args, "operator", None) or "").strip() or store.default_operator
    # --supervisor NAME approves; --pin (or HUIWU_SUPERVISOR_PIN) is checked, never recorded
    pin = getattr(args, "pin", None) or ""
    return store.context(operator, getattr(args, "supervisor", None), supervisor_pin=pin)


def _person(store: EventStore, code: str):  # type: ignore[no-untyped-def]
    """The attendee a command just acted on (codes match in any case, as the services do)."""
    with store.uow.reading():
        return lookup.attendee(store.uow, code)


def cmd_new(args: argparse.Namespace) -> int:
    with create_event(Path(args.file), args.name, args.desk, passphrase=args.passphrase) as store:
        data = {"path": str(store.path), "event_id": store.event_id, "desk": store.desk_code}
        emit(args.json, data, f"已创建会议文件 {store.path}（报到台 {store.desk_code}）")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ..demo import make_demo

    with make_demo(Path(args.file), args.attendees, args.desk, args.passphrase) as store:
        st = queries.stats(store.uow)
        data = {
            "path": str(store.path),
            "event_id": store.event_id,
            "desk": store.desk_code,
            "attendees": st.attendees,
        }
        emit(args.json, data, f"已创建演示会议 {store.path}：{st.attendees} 名参会人员")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args, write=False) as store:
        st = queries.stats(store.uow)
    data = {
        "attendees": st.attendees,
        "checked_in": st.checked_in,
        "paid_total": yuan_number(st.paid_total_fen),
        "payments": st.payments,
        "rooms_used": st.rooms_used,
        "beds_free": st.beds_free,
        "conflicts": st.conflicts,
    }
    emit(
        args.json,
        data,
        [
            f"参会人员 {st.attendees}，已报到 {st.checked_in}",
            f"已收费 {format_yuan(st.paid_total_fen)} 元（{st.payments} 笔）",
            f"已用房间 {st.rooms_used}，空余床位 {st.beds_free}",
            f"未解决的同步冲突 {st.conflicts}",
        ],
    )
    return 0


def cmd_find(args: argparse.Namespace) -> int:
    """As the window shows them: phone numbers masked (``--unmask``: in full); ID numbers are
    not printed at all."""
    limit = args.limit if args.limit is not None else (None if args.json else 100)
    with _open(args, write=False) as store:
        found = queries.search(store.uow, args.query, limit)
    data = [
        {
            "code": a.code,
            "name": a.name,
            "unit": a.unit,
            "category": a.category,
            "phone": a.phone if args.unmask else masked_phone(a.phone),
            "checked_in": a.checked_in,
        }
        for a in found
    ]
    lines = [
        f"{a.code}\t{a.name}\t{a.unit}\t{a.category}\t{'已报到' if a.checked_in else '未报到'}"
        for a in found
    ]
    emit(args.json, data, lines or ["没有找到匹配的参会人员"])
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    with _open(args, write=True) as store:
        ctx = _ctx(store, args)
        desk.check_in(store.uow, ctx, args.code)
        person = _person(store, args.code)
        with store.uow.reading():
            first = store.uow.checkins.first_for(person.id)
    assert first is not None
    at = datetime.fromtimestamp(first.at_ms / 1000).isoformat(timespec="seconds")
    data = {
        "code": person.code,
        "name": person.name,
        "checked_in": True,
        "at": at,
        "desk": first.desk_code,
        "operator": first.operator,
    }
    emit(args.json, data, f"{person.name}（{person.code}）报到成功 {at[11:16]} @ {first.desk_code}")
    return 0


def cmd_handout(args: argparse.Namespace) -> int:
    with _open(args, write=True) as store:
        ctx = _ctx(store, args)
        proxy = getattr(args, "proxy", None) or ""
        items = desk.hand_out(store.uow, ctx, args.code, args.item or None, proxy=proxy).result
        person = _person(store, args.code)
    data = {"code": person.code, "name": person.name, "items": items, "proxy": proxy}
    by = f"（{proxy} 代领）" if proxy else ""
    emit(args.json, data, f"{person.name}{by} 已领取：{'、'.join(items)}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with _open(args, write=False) as store:
        out = backup(store.engine, Path(args.output))
    emit(getattr(args, "json", False), {"path": str(out)}, f"已备份到 {out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..adapters.sheets import sheet_io
    from ..services import roster_import

    # A dry run only reads, so it also works while the window has the event open.
    with _open(args, write=not args.dry_run) as store:
        io = sheet_io(store.uow)
        report = roster_import.import_roster(
            store.uow, _ctx(store, args), io, Path(args.roster),
            sheet=args.sheet, dry_run=args.dry_run,
        )  # fmt: skip
        if args.report:
            roster_import.save_report(io, report, Path(args.report))
    state = "试运行（未写入）" if report.dry_run else "已导入"
    lines = [
        f"{state} {Path(args.roster).name}（工作表 {report.sheet}，表头在第 {report.header_row} 行）："
        f"新增 {report.created}，更新 {report.updated}，无变化 {report.unchanged}，"
        f"合并 {report.merged}，拒绝 {report.rejected}，跳过 {report.skipped}，"
        f"警告 {len(report.warnings)}"
    ]
    lines += [f"  第 {n.row} 行 拒绝：{n.reason}" for n in report.rejected_rows]
    shown = report.warnings[:50]
    lines += [f"  第 {n.row} 行 警告：{n.reason}" for n in shown]
    if len(report.warnings) > len(shown):
        lines.append(f"  ……还有 {len(report.warnings) - len(shown)} 条警告（用 --report 保存全部）")
    emit(args.json, report.to_json(), lines)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..adapters.sheets import sheet_io
    from ..services import exports

    with _open(args, write=False) as store:
        result = exports.export(store.uow, sheet_io(store.uow), args.kind, args.output)
    data = {"kind": result.kind, "path": str(result.path), "rows": result.rows}
    emit(args.json, data, f"已导出{exports.KINDS[result.kind]} {result.rows} 行：{result.path}")
    return 0
