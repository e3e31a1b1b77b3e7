"""A desk process for the live-file tests: holds the event open and obeys lines on stdin.

``work N``   check in and take a payment for the next N people; prints ``checkin ID`` and
             ``pay RECEIPT`` after each commit (the acknowledgement)
``native``   opens and closes the event file through libc, as Qt's file dialog does
``python``   opens it with Python's open(), as a roster reader or a hash would
``notices``  prints the recovery notices this process has had
Every command ends with a line ``ok``.
"""

from __future__ import annotations

import ctypes
import os
import sys

from huiwu_desk.adapters.db import live_files
from huiwu_desk.bootstrap import open_event
from huiwu_desk.domain.errors import LiveEventFile
from huiwu_desk.services import desk, queries


def main(path: str) -> None:
    store = open_event(path)
    ctx = store.context("李娜")
    notices: list[str] = []
    live_files.listeners.append(lambda n: notices.append(n.text("zh")))
    todo = [a.code for a in queries.search(store.uow, "", None) if not a.checked_in]
    libc = ctypes.CDLL(None, use_errno=True)
    print("ready", flush=True)
    for line in sys.stdin:
        cmd, _, arg = line.strip().partition(" ")
        if cmd == "work":
            for _ in range(int(arg)):
                code = todo.pop(0)
                checkin = desk.check_in(store.uow, ctx, code).result.checkin_id
                print(f"checkin {checkin}", flush=True)
                receipt = desk.record_payment(store.uow, ctx, code, 100, "cash").result
                print(f"pay {receipt}", flush=True)
        elif cmd == "native":
            fd = libc.open(os.fsencode(path), os.O_RDONLY)
            assert fd >= 0
            libc.read(fd, ctypes.create_string_buffer(16), 16)
            libc.close(fd)
        elif cmd == "python":
            try:
                with open(path, "rb") as fh:
                    fh.read(16)
                print("opened", flush=True)
            except LiveEventFile as exc:
                print(f"refused {exc.text('zh')}", flush=True)
        elif cmd == "notices":
            for notice in notices:
                print(f"notice {notice}", flush=True)
        print("ok", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
