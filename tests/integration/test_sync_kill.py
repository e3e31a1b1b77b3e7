"""A process killed in the middle of an import leaves nothing half-applied."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import queries
from tests.integration.sync_helpers import lead_and_empty_desk

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX-only")


def test_killed_import_is_all_or_nothing(tmp_path):
    # an empty desk of the same event: the import brings every op of the lead
    bundle, empty = lead_and_empty_desk(tmp_path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    rng = random.Random(6)
    outcomes = set()
    for _ in range(8):
        target = tmp_path / "victim.huiwu"
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy(empty, target)
        child = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).with_name("importchild.py")),
                str(target),
                str(bundle),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 2.0))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        with open_event(target) as store:
            count = queries.stats(store.uow).attendees
            assert count in (0, 3000), f"half an import: {count} attendees"
            if count == 3000:
                outcomes.add("all")
            else:
                outcomes.add("none")
            if "done" in out:
                assert count == 3000
    print("outcomes:", sorted(outcomes))
    assert outcomes
