"""`point add|list`, `scan` (shared/cli.md): scan points and one scan at a door."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from ..domain.doors import POINT_KINDS
from ..services.doors import points, scan
from .commands import _ctx, _open
from .output import emit

KIND_ZH = {"session": "会场", "meal": "用餐", "material": "资料", "credit": "学分"}
REASON_ZH = {
    "unknown": "查无此人",
    "not_allowed": "不允许",
    "already_used": "已用过",
    "superseded_badge": "旧证件",
    "outside_time": "不在时间内",
    "not_checked_in": "未报到",
}


def cmd_point_add(args: argparse.Namespace) -> int:
    categories = [c for c in (args.categories or "").replace("，", ",").split(",") if c.strip()]
    with _open(args, write=True) as store:
        point_id = points.add_point(
            store.uow,
            _ctx(store, args),
            args.name,
            args.kind,
            categories=categories,
            start=args.start,
            end=args.end,
            tolerance_min=args.tolerance,
            credits=args.credits,
            once=args.once,
            once_per_day=args.once_per_day,
        ).result
    emit(
        args.json,
        {"id": point_id, "name": args.name, "kind": args.kind},
        f"已添加扫码点：{args.name}",
    )
    return 0


def cmd_point_list(args: argparse.Namespace) -> int:
    with _open(args, write=False) as store:
        lines = points.point_list(store.uow)
    text = [
        f"{p.name}\t{KIND_ZH.get(p.kind, p.kind)}\t扫码 {p.scans}\t通过 {p.admitted}\t拒绝 {p.refused}"
        for p in lines
    ]
    emit(args.json, [p.as_json() for p in lines], text or ["本会议没有扫码点"])
    return 0


def verdict_json(v: scan.Verdict) -> dict[str, Any]:
    data: dict[str, Any] = {
        "ok": v.ok,
        "name": v.name,
        "code": v.code,
        "category": v.category,
        "unit": v.unit,
        "point": v.point,
        "at": datetime.fromtimestamp(v.at_ms / 1000).isoformat(timespec="seconds"),
        "said": v.said,
        "admitted": v.admitted,
        "refused": v.refused,
    }
    if not v.ok:
        data["reason"] = v.reason
    return data


def cmd_scan(args: argparse.Namespace) -> int:
    with _open(args, write=True) as store:
        v = scan.scan(store.uow, _ctx(store, args), args.point, args.code).result
    mark = "✓" if v.ok else "✗"
    emit(args.json, verdict_json(v), f"{mark} {v.name} {v.category} {v.said}".replace("  ", " "))
    return 0  # a refusal is an answer, not an error


def register(sub: Any) -> None:
    from .main import _common

    point = sub.add_parser("point", help="scan points: session doors, meal sittings, pickups")
    point_sub = point.add_subparsers(dest="point_command", required=True, metavar="add|list")
    p = point_sub.add_parser("add", help="add a scan point")
    _common(p, operator=True)
    p.add_argument("name")
    p.add_argument("--kind", required=True, choices=[*POINT_KINDS, "materials"])
    p.add_argument("--categories", help="categories allowed, by key or name: A,B")
    p.add_argument("--from", dest="start", help="opens (local time): 2026-12-03T12:00")
    p.add_argument("--to", dest="end", help="closes (local time): 2026-12-03T13:30")
    p.add_argument("--tolerance", type=int, default=15, help="minutes of grace (default 15)")
    p.add_argument("--credits", help="a credit topic's own credits (default: by its hours)")
    once = p.add_mutually_exclusive_group()
    once.add_argument("--once", action="store_true", help="valid once (a meal sitting is)")
    once.add_argument("--once-per-day", action="store_true", help="valid once a day")
    p.set_defaults(run=cmd_point_add)

    p = point_sub.add_parser("list", help="points with their scans, admitted and refused")
    _common(p)
    p.set_defaults(run=cmd_point_list)

    p = sub.add_parser("scan", help="one scan at a point (exit 0 admitted or refused)")
    _common(p, operator=True)
    p.add_argument("point", help="the point's name")
    p.add_argument("code", help="what the scanner read: CODE or CODE.N")
    p.set_defaults(run=cmd_scan)
