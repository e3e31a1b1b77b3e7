"""Child of the temp-folder test: one import, join or export, until the parent kills it."""

from __future__ import annotations

import sys
from pathlib import Path

from huiwu_desk.adapters import op_reader
from huiwu_desk.adapters.sync_engine import export_bundle, import_bundles, join_event, sync_key
from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import conflicts

op_reader.POOL_MIN_BYTES = 0  # worker processes open and read it too, as for a hub's import
job, first, second = sys.argv[1:]
if job == "join":
    print("ready", flush=True)
    join_event(Path(first), Path(second), "B2", "p").close()
else:
    store = open_event(first)
    key = sync_key(store, None)
    print("ready", flush=True)
    if job == "import":
        import_bundles(store, [Path(second)], key, after_merge=conflicts.refresh)
    else:
        export_bundle(store, Path(second), key)
    store.close()
print("done", flush=True)
