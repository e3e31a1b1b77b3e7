"""Child of the kill-mid-import test: merges one bundle, then says so."""

from __future__ import annotations

import sys
from pathlib import Path

from huiwu_desk.adapters.sync_engine import import_bundles, sync_key
from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import conflicts

store = open_event(sys.argv[1])
print("ready", flush=True)
import_bundles(store, [Path(sys.argv[2])], sync_key(store, None), after_merge=conflicts.refresh)
print("done", flush=True)
store.close()
