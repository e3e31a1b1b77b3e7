"""The command line as a user (and the acceptance tests) run it: exit codes, JSON keys, refusals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    full_env = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "huiwu_desk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.huiwu"
    done = run("demo", str(path), "--attendees", "60", "--passphrase", "口令")
    assert done.returncode == 0, done.stderr
    return path


def test_find_checkin_pay_stats_round(demo):
    found = json.loads(run("find", str(demo), "", "--json").stdout)
    assert len(found) == 60 and {"code", "name", "unit", "category", "checked_in"} <= set(found[0])
    code = found[0]["code"]
    assert run("checkin", str(demo), code.lower(), "--operator", "张伟").returncode == 0
    again = run("checkin", str(demo), code)
    assert again.returncode == 1 and "张伟" in again.stderr and again.stderr.count("\n") == 1
    paid = json.loads(
        run("pay", str(demo), code, "--amount", "1200", "--method", "wechat", "--json").stdout
    )
    assert paid["receipt_no"].startswith("A1-")
    for bad in ("0", "-5", "abc"):
        refused = run("pay", str(demo), code, "--amount", bad, "--method", "cash")
        assert refused.returncode == 1 and refused.stderr.strip()
    stats = json.loads(run("stats", str(demo), "--json").stdout)
    assert stats["checked_in"] == 1 and stats["payments"] >= 1 and "conflicts" in stats
    assert {"attendees", "paid_total", "rooms_used", "beds_free"} <= set(stats)
    assert run("pay", str(demo), code, "--amount", "5", "--method", "bitcoin").returncode == 2


def test_room_assign_and_list(demo):
    rooms = json.loads(run("room", "list", str(demo), "--json").stdout)
    empty = next(r for r in rooms if not r["occupants"] and r["beds"] == 2)
    code = json.loads(run("find", str(demo), "", "--json", "--limit", "3").stdout)[2]["code"]
    assert run("room", "assign", str(demo), code, empty["number"]).returncode == 0
    rooms = {r["number"]: r for r in json.loads(run("room", "list", str(demo), "--json").stdout)}
    assert rooms[empty["number"]]["occupants"] == [code]
    assert run("room", "assign", str(demo), code, empty["number"]).returncode == 1


def test_sync_between_two_desks_by_cli(demo, tmp_path):
    lead = tmp_path / "lead.hwsync"
    assert run("sync", "export", str(demo), "-o", str(lead)).returncode == 0
    desk_b = tmp_path / "b.huiwu"
    refused = run("join", str(desk_b), str(lead), "--desk", "B2", "--passphrase", "错的")
    assert refused.returncode == 1 and not desk_b.exists()
    assert (
        run(
            "join", str(desk_b), str(lead), "--desk", "B2", env={"HUIWU_PASSPHRASE": "口令"}
        ).returncode
        == 0
    )
    code = json.loads(run("find", str(desk_b), "", "--json", "--limit", "5").stdout)[4]["code"]
    assert run("checkin", str(desk_b), code).returncode == 0
    back = tmp_path / "b.hwsync"
    assert run("sync", "export", str(desk_b), "-o", str(back)).returncode == 0
    report = json.loads(run("sync", "import", str(demo), str(back), "--json").stdout)
    assert report["new"] == {"B2": 2}
    status_a = json.loads(run("sync", "status", str(demo), "--json").stdout)
    status_b = json.loads(run("sync", "status", str(desk_b), "--json").stdout)
    assert status_a["desk"] == "A1" and status_b["desk"] == "B2"
    assert status_a["fingerprint"] == status_b["fingerprint"]  # A now holds all B holds
    other = json.loads(run("find", str(demo), "", "--json", "--limit", "7").stdout)[6]["code"]
    assert run("checkin", str(demo), other).returncode == 0
    status_a = json.loads(run("sync", "status", str(demo), "--json").stdout)
    assert status_a["fingerprint"] != status_b["fingerprint"]  # B has not heard of it yet
    again = tmp_path / "a2.hwsync"
    run("sync", "export", str(demo), "-o", str(again))
    run("sync", "import", str(desk_b), str(again))
    status_b = json.loads(run("sync", "status", str(desk_b), "--json").stdout)
    assert (
        status_b["fingerprint"]
        == json.loads(run("sync", "status", str(demo), "--json").stdout)["fingerprint"]
    )
    assert set(status_b["known"]) == {"A1", "B2"}
    assert json.loads(run("conflicts", str(demo), "--json").stdout) == []
    tampered = tmp_path / "t.hwsync"
    data = bytearray(back.read_bytes())
    data[-200] ^= 0xFF
    tampered.write_bytes(bytes(data))
    before = run("sync", "status", str(demo), "--json").stdout
    bad = run("sync", "import", str(demo), str(tampered))
    assert bad.returncode == 1 and bad.stderr.strip()
    assert run("sync", "status", str(demo), "--json").stdout == before


def test_backup_and_locked_file(demo, tmp_path):
    out = tmp_path / "copy.huiwu"
    assert run("backup", str(demo), "-o", str(out)).returncode == 0
    stats = json.loads(run("stats", str(out), "--json").stdout)
    assert stats["attendees"] == 60
    assert run("stats", str(tmp_path / "nope.huiwu")).returncode == 1


def test_refund_needs_the_demo_supervisors_pin(demo):
    code = json.loads(run("find", str(demo), "", "--json", "--limit", "9").stdout)[8]["code"]
    paid = json.loads(
        run("pay", str(demo), code, "--amount", "600", "--method", "cash", "--json").stdout
    )
    receipt = paid["receipt_no"]
    before = run("sync", "status", str(demo), "--json").stdout
    wrong = run("refund", str(demo), receipt, "--supervisor", "王芳", "--pin", "0000")
    assert wrong.returncode == 1 and "PIN 不正确" in wrong.stderr and wrong.stderr.count("\n") == 1
    missing = run("refund", str(demo), receipt, "--supervisor", "王芳")
    assert missing.returncode == 1 and "请输入主管 王芳 的 PIN" in missing.stderr
    assert run("refund", str(demo), receipt, "--pin", "123456").returncode == 2  # no --supervisor
    assert run("sync", "status", str(demo), "--json").stdout == before  # nothing written
    done = run(
        "refund", str(demo), receipt, "--supervisor", "王芳", "--amount", "100", "--reason", "学生价",
        "--json", env={"HUIWU_SUPERVISOR_PIN": "123456"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    refund = json.loads(done.stdout)
    assert refund["original_receipt"] == receipt and refund["supervisor"] == "王芳"
    assert refund["amount"] == 100 and refund["receipt_no"].startswith("A1-")
    assert refund["code"] == code and refund["name"]
