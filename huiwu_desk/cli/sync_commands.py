"""`sync export|import|status`, `join` and `conflicts` (shared/cli.md)."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

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
    emit(args.json, report.as_json(), lines)
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    with open_event(Path(args.file), write=False) as store:
        status = sync_status(store)
    lines = [f"本机报到台 {status['desk']}，数据指纹 {status['fingerprint'][:16]}"]
    lines += [f"  报到台 {code}：{n} 条操作" for code, n in status["known"].items()]
    for code, peer in status["peers"].items():
        seen = datetime.fromtimestamp(peer["last_seen_ms"] / 1000).strftime("%m-%d %H:%M")
        lines.append(f"  上次收到 {code}：{seen}，对方落后 {peer['behind']} 条")
    if status["clock_warning"]:
        lines.append("警告：本机时钟比其他报到台慢了 5 分钟以上，请校准时间。")
    emit(args.json, status, lines)
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    passphrase = _passphrase(args)
    if not passphrase:
        raise PassphraseRequired()
    operator = (args.operator or "").strip() or "操作员"
    with join_event(
        Path(args.bundle), Path(args.file), args.desk, passphrase, operator=operator
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

    p = sub.add_parser("join", help="create a new desk's event file from a lead desk's bundle")
    p.add_argument("file")
    p.add_argument("bundle")
    p.add_argument("--desk", required=True)
    p.add_argument("--passphrase")
    p.add_argument("--operator")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_join)

    p = sub.add_parser("conflicts", help="open conflicts")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_conflicts)
