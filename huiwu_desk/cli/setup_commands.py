"""`setup export|import|show` and `new --setup` (shared/cli.md): the setup workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..bootstrap import create_event
from ..domain.setup_model import EventSetup
from ..services import setup_book
from ..services.setup_plan import SetupRejected, SetupReport, read_setup
from . import commands
from .commands import _ctx, _open
from .output import emit, fail


def _book_files():  # type: ignore[no-untyped-def]
    # imported when a workbook is read or written: openpyxl costs every other command 0.13 s
    from ..adapters.sheets.setup_book import SetupBookFiles

    return SetupBookFiles()


def _report_lines(report: SetupReport, name: str) -> list[str]:
    if report.rejected_rows:
        lines = [f"{name}：{len(report.rejected_rows)} 处错误，未做任何修改。"]
        lines += [f"  {p.sheet} 第{p.row}行：{p.reason.text('zh')}" for p in report.rejected_rows]
        return lines
    state = "试运行（未写入）" if report.dry_run else "已导入"
    lines = [
        f"{state} {name}：新增 {report.created}，更新 {report.updated}，无变化 {report.unchanged}"
    ]
    lines += [f"  注意：{s.text('zh')}" for s in report.affected]
    return lines


def _rejected(report: SetupReport) -> int:
    return fail(SetupRejected(count=len(report.rejected_rows)).both())


def cmd_setup_export(args: argparse.Namespace) -> int:
    with _open(args, write=False) as store:
        out = setup_book.export_setup_book(store.uow, _book_files(), Path(args.output))
    emit(args.json, {"path": str(out)}, f"已导出会议设置：{out}")
    return 0


def cmd_setup_import(args: argparse.Namespace) -> int:
    path = Path(args.setup)
    # A dry run only reads, so it also works while the window has the event open.
    with _open(args, write=not args.dry_run) as store:
        report = setup_book.import_setup_book(
            store.uow, _ctx(store, args), _book_files(), path, dry_run=args.dry_run
        )
    emit(args.json, report.as_json(), _report_lines(report, path.name))
    return _rejected(report) if report.rejected_rows else 0


def cmd_setup_show(args: argparse.Namespace) -> int:
    with _open(args, write=False) as store:
        data = setup_book.setup_json(read_setup(store.uow))
    lines = [f"会议：{data['event']['name']}（住宿晚 {len(data['event']['nights'])} 晚）"]
    lines += [
        f"参会类别 {len(data['categories'])}：" + "、".join(c["name"] for c in data["categories"])
    ]
    lines += [
        f"收费项目 {len(data['fee_items'])}：" + "、".join(i["name"] for i in data["fee_items"])
    ]
    lines += [f"资料 {len(data['materials'])}：" + "、".join(m["name"] for m in data["materials"])]
    lines += [f"酒店 {h['name']}：{h['room_count']} 间，{h['beds']} 床" for h in data["hotels"]]
    lines += [f"扫码点 {len(data['points'])}：" + "、".join(p["name"] for p in data["points"])]
    emit(args.json, data, lines)
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    return new_with_setup(args) if args.setup else commands.cmd_new(args)


def new_with_setup(args: argparse.Namespace) -> int:
    """`new FILE --name N --desk D --setup SETUP.xlsx`: the event and its setup in one go.
    The workbook is read first; if any row is rejected no event file is left behind. The
    event's name is the one given on the command line."""
    book = setup_book.open_setup_book(_book_files(), Path(args.setup))
    if book.setup.event is None:
        book.setup.event = EventSetup(args.name)
    book.setup.event.name = args.name
    outcome: list[SetupReport] = []

    def then(store):  # type: ignore[no-untyped-def]
        report = setup_book.apply_setup_book(store.uow, store.context(store.default_operator), book)
        outcome.append(report)
        if report.rejected_rows:  # the new file is removed: all or nothing
            raise SetupRejected(count=len(report.rejected_rows))

    try:
        store = create_event(
            Path(args.file), args.name, args.desk, passphrase=args.passphrase, then=then
        )
    except SetupRejected:
        report = outcome[-1]
        emit(args.json, report.as_json(), _report_lines(report, book.path.name))
        return _rejected(report)
    with store:
        data = {
            "path": str(store.path),
            "event_id": store.event_id,
            "desk": store.desk_code,
            **outcome[-1].as_json(),
        }
    report = outcome[-1]
    emit(
        args.json,
        data,
        [
            f"已创建会议文件 {store.path}（报到台 {store.desk_code}）",
            *_report_lines(report, book.path.name),
        ],
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    setup = sub.add_parser("setup", help="the event's setup as one workbook")
    setup_sub = setup.add_subparsers(
        dest="setup_command", required=True, metavar="export|import|show"
    )

    p = setup_sub.add_parser("export", help="write the setup workbook")
    p.add_argument("file", help="event file (.huiwu)")
    p.add_argument("-o", "--output", required=True, help="SETUP.xlsx")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=cmd_setup_export)

    p = setup_sub.add_parser("import", help="apply a setup workbook (all or nothing)")
    p.add_argument("file", help="event file (.huiwu)")
    p.add_argument("setup", help="SETUP.xlsx as filled in")
    p.add_argument("--dry-run", action="store_true", help="report only, change nothing")
    p.add_argument("--operator", help="who does it (default: the desk's operator)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=cmd_setup_import)

    p = setup_sub.add_parser("show", help="the setup the event holds")
    p.add_argument("file", help="event file (.huiwu)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=cmd_setup_show)
