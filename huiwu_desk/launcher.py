"""`huiwu-desk`: the window, or a command-line sub-command (shared/cli.md).

Kept light: neither Qt nor the core is imported before we know which one is wanted, and
nothing heavy (pandas, openpyxl, escpos) is imported on the way to the window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

CLI_COMMANDS = frozenset(
    {
        "new",
        "demo",
        "import",
        "find",
        "checkin",
        "pay",
        "refund",
        "void",
        "shift",
        "handout",
        "room",
        "badge",
        "export",
        "stats",
        "sync",
        "join",
        "conflicts",
        "backup",
        "setup",
        "point",
        "scan",
    }
)


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="huiwu-desk",
        description="会务报到台 — opens the window (on the last event, or the start page).",
        epilog="Command line: huiwu-desk COMMAND FILE … with COMMAND one of "
        + ", ".join(sorted(CLI_COMMANDS))
        + " (huiwu-desk COMMAND -h for its options).",
    )
    parser.add_argument("--event", type=Path, metavar="FILE", help="open this event file (.huiwu)")
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE.huiwu",
        help="the same as --event FILE (how the desktop opens a double-clicked event file)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the demo event (created on first use)"
    )
    parser.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        help="language of the window (default: last used, else zh_CN)",
    )
    parser.add_argument(
        "--door",
        metavar="POINT",
        help="open the event in door mode (门口模式) at this scan point, full screen",
    )
    parser.add_argument("--version", action="version", version=version_line())
    parser.add_argument(
        "--check-install",
        action="store_true",
        help="check that this installation has all it needs (files, printers' USB, sheets)",
    )
    return parser


def version_line() -> str:
    from . import __version__

    return f"huiwu-desk {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # the installed app: a big sync's worker processes
        import multiprocessing  # start as this executable (adapters/op_reader.py)

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in CLI_COMMANDS:
        from .cli.main import main as cli_main

        return cli_main(args)
    options = gui_parser().parse_args(args)
    if options.check_install:
        from .selfcheck import main as check_install

        return check_install()
    if options.file is not None:
        if options.event is not None:
            gui_parser().error("give the event file once: FILE or --event FILE")
        if options.file.suffix.lower() != ".huiwu" and not options.file.exists():
            gui_parser().error(f"no such command or event file: {options.file}")
        options.event = options.file
    if options.event is not None and options.demo:
        gui_parser().error("--event and --demo cannot be used together")

    # The window comes first; the database layer (SQLAlchemy) is imported by the database
    # worker behind it (ui/session.py). Imported beside Qt it only competed for the GIL.
    from .ui.prefs import Prefs

    event = options.event
    if event is None and not options.demo:
        event = Prefs.load().last_event_path()

    from .ui.app import run

    door = {"door": options.door} if options.door else {}  # 门口模式 at that point
    return run(event, demo=options.demo, lang=options.lang, **door)


if __name__ == "__main__":
    sys.exit(main())
