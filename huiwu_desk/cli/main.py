"""`huiwu-desk` sub-commands (shared/cli.md). Exit 0 ok, 1 refused or failed, 2 usage.

Every argument that becomes data (names, reasons, operators, invoice fields …) is cleaned of
control characters here, once, by ``domain.text.clean_text``; paths, printer URIs, the
passphrase and the PIN are passed on as typed (``NOT_TEXT``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .. import __version__
from ..domain.errors import StorageError, UserFacingError
from ..domain.pins import is_short
from ..domain.text import clean_text
from ..services.exports import KINDS as EXPORT_KINDS
from . import commands as c
from . import (
    door_commands,
    fee_commands,
    print_commands,
    room_commands,
    setup_commands,
    sync_commands,
)
from .output import fail


def _common(p: argparse.ArgumentParser, *, json: bool = True, operator: bool = False) -> None:
    p.add_argument("file", help="event file (.huiwu)")
    if json:
        p.add_argument("--json", action="store_true", help="print one JSON document")
    if operator:
        p.add_argument("--operator", help="who does it (default: the desk's operator)")


def _supervisor(p: argparse.ArgumentParser, *, required: bool = True) -> None:
    """Who approves (a supervisor) and their PIN; the PIN is checked, never recorded."""
    p.add_argument("--supervisor", required=required, help="the approving supervisor's name")
    p.add_argument(
        "--pin",
        default=os.environ.get("HUIWU_SUPERVISOR_PIN"),
        help="the supervisor's PIN (or set HUIWU_SUPERVISOR_PIN)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="huiwu-desk", description="会务报到台 — conference reception desk"
    )
    parser.add_argument("--version", action="version", version=f"huiwu-desk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("new", help="create an event file")
    _common(p)
    p.add_argument("--name", required=True)
    p.add_argument("--desk", required=True)
    p.add_argument("--passphrase", default=os.environ.get("HUIWU_PASSPHRASE"))
    p.add_argument("--setup", help="SETUP.xlsx: apply this setup workbook (all or nothing)")
    p.set_defaults(run=setup_commands.cmd_new)

    p = sub.add_parser("demo", help="create a demo event with synthetic data")
    _common(p)
    p.add_argument("--attendees", type=int, default=500)
    p.add_argument("--desk", default="A1")
    p.add_argument("--passphrase", default=os.environ.get("HUIWU_PASSPHRASE"))
    p.set_defaults(run=c.cmd_demo)

    p = sub.add_parser("stats", help="counters of the event")
    _common(p)
    p.set_defaults(run=c.cmd_stats)

    p = sub.add_parser("find", help="search as the desk does")
    _common(p)
    p.add_argument("query")
    p.add_argument("--limit", type=int)
    p.add_argument(
        "--unmask", action="store_true", help="full phone numbers (default: 138****8000)"
    )
    p.set_defaults(run=c.cmd_find)

    p = sub.add_parser("checkin", help="check an attendee in")
    _common(p, operator=True)
    p.add_argument("code")
    p.set_defaults(run=c.cmd_checkin)

    p = sub.add_parser("handout", help="hand out materials")
    _common(p, operator=True)
    p.add_argument("code")
    p.add_argument("--item", action="append", help="material name (repeatable)")
    p.add_argument("--proxy", help="代领: the colleague who picks up for the person")
    p.set_defaults(run=c.cmd_handout)

    p = sub.add_parser("import", help="import a roster (.xlsx/.xls/.csv)")
    _common(p, operator=True)
    p.add_argument("roster", help="the organizer's spreadsheet")
    p.add_argument("--sheet", help="sheet name (default: the first sheet)")
    p.add_argument("--dry-run", action="store_true", help="report only, change nothing")
    p.add_argument("--report", help="also save the report as .xlsx")
    p.set_defaults(run=c.cmd_import)

    p = sub.add_parser("export", help="write a list as .xlsx")
    p.add_argument("kind", choices=list(EXPORT_KINDS), help="which list")
    _common(p)
    p.add_argument("-o", "--output", required=True, help="OUT.xlsx; {date} becomes today")
    p.set_defaults(run=c.cmd_export)

    p = sub.add_parser("backup", help="consistent online backup of the event file")
    _common(p)
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(run=c.cmd_backup)
    room_commands.register(sub)  # room list|assign|grid|autoassign|stay|move|release|swap
    fee_commands.register(sub)  # pay, refund, void, shift
    sync_commands.register(sub)
    print_commands.register(sub)
    setup_commands.register(sub)
    door_commands.register(sub)  # point add|list, scan
    return parser


# arguments that name files or secrets, not data: never cleaned
NOT_TEXT = frozenset(
    {"file", "output", "roster", "report", "setup", "bundle", "bundles", "passphrase", "pin",
     "printer", "run", "command"}
)  # fmt: skip


def clean_arguments(args: argparse.Namespace) -> argparse.Namespace:
    """The arguments that become data, without control characters (one line each)."""
    for key, value in vars(args).items():
        if key in NOT_TEXT:
            continue
        if isinstance(value, str):
            setattr(args, key, clean_text(value))
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            setattr(args, key, [clean_text(v) for v in value])
    return args


def _pin_notice(args: argparse.Namespace) -> None:
    """After an act a too-short supervisor PIN approved (its last use): say how to change it."""
    pin = getattr(args, "pin", None) or ""
    supervisor = getattr(args, "supervisor", None)
    if not supervisor or not is_short(pin) or not getattr(args, "file", None):
        return
    from ..bootstrap import open_event
    from ..services.operators import pin_change_due

    with open_event(Path(args.file), write=False) as store:
        due = pin_change_due(store.uow, supervisor, pin)
    if due is not None:
        sys.stderr.write(due.both() + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = clean_arguments(parser.parse_args(list(sys.argv[1:] if argv is None else argv)))
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        code = run(args)
        if code == 0:
            _pin_notice(args)
        return code
    except UserFacingError as exc:
        return fail(exc.both())
    except BrokenPipeError:  # `| head` closed the pipe: what was asked for was written
        return 0
    except KeyboardInterrupt:
        return fail("已中断，未完成的操作没有保存。 (Interrupted; nothing unfinished was saved.)")
    except Exception as exc:  # one sentence, never a traceback, for anything unexpected
        if os.environ.get("HUIWU_DEBUG"):
            raise
        from ..adapters.db.storage_errors import making_failure, storage_failure

        # a full disk or a read-only place met anywhere (an output file too) is no "bug";
        # other I/O errors keep their own words below, as they may not be the event file's
        event = getattr(args, "file", None)
        where = os.fsdecode(getattr(exc, "filename", None) or event or "")
        known = storage_failure(exc, where) if where == event else making_failure(exc, Path(where))
        if known is not None and not isinstance(known, StorageError):
            return fail(known.both())
        return fail(
            f"内部错误，操作未完成：{type(exc).__name__}: {exc} (internal error; nothing was changed)"
        )


if __name__ == "__main__":
    sys.exit(main())
