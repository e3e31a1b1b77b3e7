"""What one PIN guess costs on this machine, run on demand (not part of CI).

    python bench/pins.py [--rounds 5]

One line per figure, each the median of ``--rounds`` runs, in CPU seconds of this process
(``time.process_time``: the work an attacker holding a copied hash must do per guess, whatever
else the machine is doing) and wall seconds:
- hash_s: ``hash_pin`` of a supervisor's 6-digit PIN (what setting a PIN costs, once)
- verify_s: ``verify_pin`` of a wrong PIN against that hash (one guess; the desk's approval)
- old_verify_s: the same against a hash made with the former 2**14/8/1 (kept checking)
The issue's rule: verify_s ≥ 0.5 s of CPU.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from huiwu_desk.domain.pins import SCRYPT, hash_pin, verify_pin  # noqa: E402


def timed(fn, rounds: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    cpu, wall = [], []
    for _ in range(rounds):
        c, w = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    return statistics.median(cpu), statistics.median(wall)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    stored = hash_pin("246802", supervisor=True)
    salt = bytes(16)
    old = hashlib.scrypt(b"2468", salt=salt, n=2**14, r=8, p=1, dklen=32)
    old_stored = f"scrypt$16384$8$1${salt.hex()}${old.hex()}"
    rows = {
        "hash_s": timed(lambda: hash_pin("246802", supervisor=True), rounds),
        "verify_s": timed(lambda: verify_pin("135790", stored), rounds),
        "old_verify_s": timed(lambda: verify_pin("1357", old_stored), rounds),
    }
    n, r, p = SCRYPT
    print(f"scrypt n=2**{n.bit_length() - 1} r={r} p={p} ({128 * n * r // 2**20} MiB)")
    print(f"{'figure':<14}{'cpu s':>8}{'wall s':>8}")
    for name, (cpu, wall) in rows.items():
        print(f"{name:<14}{cpu:>8.3f}{wall:>8.3f}")
    verdict = "ok" if rows["verify_s"][0] >= 0.5 else "BELOW 0.5 s"
    print(f"one guess ≥ 0.5 s of CPU: {verdict}")


if __name__ == "__main__":
    main()
