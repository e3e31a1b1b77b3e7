"""`sync export|import|status`, `join` and `conflicts` (shared/cli.md)."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from ..adapters.sync_engine import export_bundle, import_bundles, join_event, sync_key, sync_status
from ..bootstrap import open_event
from ..domain.sync_errors import PassphraseRequired
from ..services import conflicts as conflict_service
from .output import emit


def _passphrase(args: argparse.Namespace) -> str | None:
    return args.passphrase or os.environ.get("HUIWU_PASSPHRASE") or None


def cmd_sync_export(args: argparse.Namespace) -> int:
    with open_event(Path(args.file), write=False) as store:
        key = sync_key(store, _passphrase(args))
        manifest = export_bundle(store, Path(args.output), key)
    data = {
        "path": str(args.output),
        "ops": manifest["op_count"],
        "bundle_id": manifest["bundle_id"],
    }
    emit(
        args.json,
        data,
        f"已写入同步文件 {args.output}（{manifest['op_count']} 条操作），校验通过，可以拔出U盘。",
    )
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    with open_event(Path(args.file)) as store:
        if store.notice:
            sys.stderr.write(store.notice + "\n")
        key = sync_key(store, _passphrase(args))
        report = import_bundles(
            store, [Path(b) for b in args.bundles], key, after_merge=conflict_service.refresh
        )
    lines = [
        f"导入 {report.bundles} 个同步文件：新操作 {sum(report.new.values())} 条，已有 {report.known} 条"
    ]
    lines += [f"  报到台 {code}：新 {n} 条" for code, n in sorted(report.new.items())]
    if report.pending:
        lines.append(f"  {report.pending} 条操作缺少前序操作，等待其他同步文件")
    lines.append(f"未解决的冲突：{report.conflicts_after}（导入前 {report.conflicts_before}）")
    for code, by in sorted(report.admitted.items()):
        lines.append(f"  报到台 {code} 的签名密钥：{_admitted(by)}")
    if report.skipped:
        lines.append(f"  {report.skipped} 条操作来自已吊销的报到台，未导入")
    if report.dropped:
        lines.append(f"  {report.dropped} 条等待中的操作与该报到台的记录不符，已丢弃")
    for code in report.unsigned:
        lines.append(
            f"警告：报到台 {code} 的操作没有签名（旧版本软件）：请把所有报到台升级到同一版本。"
        )
    emit(args.json, report.as_json(), lines)
    return 0


def _admitted(by: str) -> str:
    """Who admitted a desk's key: a supervisor's name, else how the desk was made."""
    how = {
        "join": "随加入会议启用（主报到台的同步文件）",
        "new": "随新建会议启用",
        "copy": "会议文件副本作为新报到台启用",
        "upgrade": "旧版本升级后启用",
        "": "已启用",
    }
    return how.get(by, f"由主管 {by} 批准")


def cmd_sync_status(args: argparse.Namespace) -> int:
    with open_event(Path(args.file), write=False) as store:
        status = sync_status(store)
    lines = [f"本机报到台 {status['desk']}，数据指纹 {status['fingerprint'][:16]}"]
    lines += [f"  报到台 {code}：{n} 条操作" for code, n in status["known"].items()]
    for code, peer in status["peers"].items():
        seen = datetime.fromtimestamp(peer["last_seen_ms"] / 1000).strftime("%m-%d %H:%M")
        lines.append(f"  上次收到 {code}：{seen}，对方落后 {peer['behind']} 条")
    lines += clock_lines(status)
    for code, seq in status["forks"].items():
        lines.append(
            f"完整性警报：报到台 {code} 有两份不同的历史（自第 {seq} 条操作起）。"
            f"请主管吊销它：huiwu-desk sync revoke {args.file} {code} --supervisor 主管姓名"
        )
    revoked = [c for c, state in status["desks"].items() if state == "revoked"]
    if revoked:
        lines.append(f"已吊销的报到台：{'、'.join(revoked)}（另存的操作 {status['set_aside']} 条）")
    old = [c for c, state in status["desks"].items() if state == "unsigned"]
    if old:
        lines.append(f"未签名的报到台（旧版本）：{'、'.join(old)}：请把所有报到台升级到同一版本。")
    emit(args.json, status, lines)
    return 0


def _span(ms: int) -> str:
    minutes = abs(ms) // 60000
    if minutes < 120:
        return f"{minutes} 分钟"
    if minutes < 48 * 60:
        return f"{minutes // 60} 小时"
    return f"{minutes // (24 * 60)} 天"


def clock_lines(status: dict[str, Any]) -> list[str]:
    """Whose clock is off, by majority of the desks seen (sync_status.py)."""
    lines = []
    if status["clock_behind_ms"]:
        lines.append(
            f"警告：本机时钟比多数报到台慢了约 {_span(status['clock_behind_ms'])}，请校准时间。"
        )
    if status["clock_ahead_ms"]:
        lines.append(
            f"警告：本机时钟比多数报到台快了约 {_span(status['clock_ahead_ms'])}，请校准时间。"
        )
    for code, ms in status["clock_off"].items():
        how = "快" if ms > 0 else "慢"
        if status["clock_majority"]:
            lines.append(
                f"警告：报到台 {code} 的时钟比多数报到台{how}了约 {_span(ms)}，请让它校准时间。"
            )
        else:
            lines.append(
                f"警告：报到台 {code} 的时钟与本机相差约 {_span(ms)}，请核对哪一台的时间不对。"
            )
    return lines


def cmd_sync_revoke(args: argparse.Namespace) -> int:
    from ..services.desk_trust import revoke_desk

    with open_event(Path(args.file)) as store:
        ctx = store.context(
            args.operator, supervisor=args.supervisor, supervisor_pin=args.pin or ""
        )
        done = revoke_desk(store.uow, ctx, args.desk, upto=args.upto, reason=args.reason or "")
        _desk_id, upto, moved = done.result
    code = args.desk.strip().upper()
    data = {"desk": code, "upto": upto, "set_aside": moved}
    emit(
        args.json,
        data,
        f"已吊销报到台 {code}：它第 {upto} 条以后的操作在所有报到台都不再有效"
        f"（本机另存 {moved} 条）。同步后其他报到台也会照此处理。",
    )
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    passphrase = _passphrase(args)
    if not passphrase:
        raise PassphraseRequired()
    operator = (args.operator or "").strip() or "操作员"
    with join_event(
        Path(args.bundle),
        Path(args.file),
        args.desk,
        passphrase,
        operator=operator,
        supervisor=args.supervisor,
        pin=args.pin or "",
    ) as store:
        data = {"path": str(store.path), "event_id": store.event_id, "desk": store.desk_code}
    emit(args.json, data, f"已加入会议：{store.path}（报到台 {store.desk_code}）")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_event(Path(args.file), write=False) as store:
        found = conflict_service.open_conflicts(store.uow)
    data = [
        {"id": c.id, "kind": c.kind, "attendee_code": c.attendee_code, "detail": c.detail}
        for c in found
    ]
    lines = [f"{c.kind}\t{c.attendee_code}\t{c.summary}" for c in found]
    emit(args.json, data, lines or ["没有未解决的冲突"])
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sync = sub.add_parser("sync", help="exchange sync files with other desks")
    sync_sub = sync.add_subparsers(
        dest="sync_command", required=True, metavar="export|import|status"
    )

    p = sync_sub.add_parser("export", help="write this desk's sync bundle")
    p.add_argument("file")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--passphrase")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_sync_export)

    p = sync_sub.add_parser("import", help="merge bundles from other desks")
    p.add_argument("file")
    p.add_argument("bundles", nargs="+")
    p.add_argument("--passphrase")
    p.add_argument("--operator")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_sync_import)

    p = sync_sub.add_parser("status", help="what this desk knows")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_sync_status)

    p = sync_sub.add_parser("revoke", help="a supervisor revokes a lost or copied desk")
    p.add_argument("file")
    p.add_argument("desk", help="the desk's code, e.g. B1")
    p.add_argument("--supervisor", required=True)
    p.add_argument("--pin", default=os.environ.get("HUIWU_SUPERVISOR_PIN"))
    p.add_argument("--upto", type=int, help="its ops up to this one stand (default: all held)")
    p.add_argument("--reason")
    p.add_argument("--operator")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_sync_revoke)

    p = sub.add_parser("join", help="create a new desk's event file from a lead desk's bundle")
    p.add_argument("file")
    p.add_argument("bundle")
    p.add_argument("--desk", required=True)
    p.add_argument("--passphrase")
    p.add_argument("--operator")
    p.add_argument("--supervisor", help="the supervisor who admits this desk")
    p.add_argument("--pin", default=os.environ.get("HUIWU_SUPERVISOR_PIN"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_join)

    p = sub.add_parser("conflicts", help="open conflicts")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_conflicts)
