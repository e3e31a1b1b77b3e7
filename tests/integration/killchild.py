"""Child of the kill -9 harness: checks people in and takes payments until it is killed.

Prints one line per acknowledged operation, only after its transaction committed:
``checkin <checkin id>`` or ``pay <receipt number>``. Every few operations it opens and
closes the event file through libc, as Qt's file dialog did when it listed the event's folder
(that drops this process's SQLite locks; the desk must still lose nothing).
"""

from __future__ import annotations

import ctypes
import os
import sys

from huiwu_desk.bootstrap import open_event
from huiwu_desk.domain.errors import AlreadyCheckedIn
from huiwu_desk.services import desk, queries


def main(path: str) -> None:
    store = open_event(path)
    ctx = store.context("李娜")
    libc = ctypes.CDLL(None)
    dialog_every = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    people = [a.code for a in queries.search(store.uow, "", None) if not a.checked_in]
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    for n, code in enumerate(people):
        if dialog_every and n % dialog_every == 0:
            libc.close(libc.open(os.fsencode(path), os.O_RDONLY))
        try:
            checkin_id = desk.check_in(store.uow, ctx, code).result.checkin_id
            sys.stdout.write(f"checkin {checkin_id}\n")
        except AlreadyCheckedIn:
            continue
        sys.stdout.flush()
        receipt = desk.record_payment(store.uow, ctx, code, 100 + n, "cash").result
        sys.stdout.write(f"pay {receipt}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1])
