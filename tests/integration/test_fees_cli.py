"""The cashier's commands as a user runs them (shared/cli.md, issue 15): pay with its options,
void, refund --printer, shift open|close|report|day; exit codes, JSON keys, refusals that
change nothing and print nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .fees_helpers import PIN, build_fee_event
from .printing_support import text_outside_rasters
from .test_cli import run


@pytest.fixture
def event(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    ev = build_fee_event(tmp_path / "cli.huiwu")
    codes = dict(ev.codes)
    ev.store.close()
    return tmp_path / "cli.huiwu", codes


def _ok(*args: str, env: dict[str, str] | None = None) -> dict:
    done = run(*args, "--json", env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _state(path: Path) -> str:
    return _ok("sync", "status", str(path))["fingerprint"]


def _refused(path: Path, *args: str) -> str:
    before = _state(path)
    done = run(*args)
    assert done.returncode == 1, (args, done.stdout, done.stderr)
    assert done.stderr.count("\n") == 1 and done.stderr.strip()
    assert _state(path) == before
    return done.stderr


def test_pay_with_item_change_reference_and_invoice(event, tmp_path: Path) -> None:
    path, codes = event
    f = str(path)
    paid = _ok("pay", f, codes["张三"], "--amount", "1200", "--method", "cash",
               "--tendered", "1500", "--operator", "李娜")  # fmt: skip
    assert paid["receipt_no"] == "A1-000001" and paid["item"] == "会务费"
    assert paid["change"] == 300 and paid["tendered"] == 1500 and paid["shift_id"] is None
    stay = _ok("pay", f, codes["张三"], "--amount", "0.5", "--method", "wechat",
               "--item", "住宿费", "--ref", "4200000001")  # fmt: skip
    assert stay["item"] == "住宿费" and stay["change"] is None and stay["reference"] == "4200000001"
    invoiced = _ok(
        "pay", f, codes["李四"], "--amount", "1,200.00", "--method", "card",
        "--invoice-type", "special", "--invoice-title", "四川大学华西医院",
        "--tax-number", "12510000450717547P", "--invoice-address", "成都市国学巷37号 028-85422114",
        "--invoice-bank", "建行成都华西支行 51001000000000000000", "--invoice-content", "培训费",
        "--email", "fp@scu.edu.cn",
    )  # fmt: skip
    assert invoiced["invoice"]["type"] == "special" and invoiced["invoice"]["content"] == "培训费"
    billed = _ok("pay", f, codes["单雄信"], "--amount", "1200", "--method", "bill",
                 "--bill-unit", "北京协和医院", "--bill-contact", "王主任 010-69156114")  # fmt: skip
    assert billed["method"] == "bill" and billed["invoice"] is None
    out = tmp_path / "r.bin"
    printed = _ok("pay", f, codes["王五"], "--amount", "100", "--method", "cash",
                  "--printer", f"escpos-file://{out}")  # fmt: skip
    assert printed["printed"] is True
    assert "收  据".encode("gb18030") in text_outside_rasters(out.read_bytes())


def test_bad_payments_change_nothing(event) -> None:
    path, codes = event
    f, code = str(path), codes["张三"]
    pay = ("pay", f, code, "--method", "cash")
    for amount in ("1.005", "abc", "-5", "0", "1e3", "100000001"):
        _refused(path, *pay, "--amount", amount)
    assert "1.005" in _refused(path, *pay, "--amount", "1.005")
    assert "少于" in _refused(path, *pay, "--amount", "1200", "--tendered", "1000")
    _refused(path, "pay", f, code, "--amount", "1200", "--method", "wechat", "--tendered", "1500")
    assert "签单" in _refused(path, "pay", f, code, "--amount", "1200", "--method", "bill")
    assert "开户行及账号" in _refused(
        path, *pay, "--amount", "1200", "--invoice-type", "special", "--invoice-title", "协和",
        "--tax-number", "12100000400000624D", "--invoice-address", "北京",
    )  # fmt: skip
    assert "餐费" in _refused(path, *pay, "--amount", "100", "--item", "餐费")
    assert run(*pay, "--amount", "5", "--method", "bitcoin").returncode == 2


def test_void_and_refund_with_its_slip(event, tmp_path: Path) -> None:
    path, codes = event
    f = str(path)
    receipt = _ok("pay", f, codes["张三"], "--amount", "1200", "--method", "cash")["receipt_no"]
    void = ("void", f, receipt, "--supervisor", "王芳", "--reason", "录错")
    assert "PIN" in _refused(path, *void)
    assert "PIN 不正确" in _refused(path, *void, "--pin", "0000")
    assert run("void", f, receipt, "--supervisor", "王芳", "--pin", PIN).returncode == 2
    done = _ok(*void, env={"HUIWU_SUPERVISOR_PIN": PIN})
    assert done["voided"] is True and done["receipt_no"] == receipt
    assert done["supervisor"] == "王芳" and done["reason"] == "录错" and done["amount"] == 1200
    assert "已作废" in _refused(path, *void, "--pin", PIN)
    assert "已作废或已退款" in _refused(
        path, "refund", f, receipt, "--supervisor", "王芳", "--pin", PIN
    )
    second = _ok("pay", f, codes["李四"], "--amount", "1200", "--method", "wechat")["receipt_no"]
    refund = ("refund", f, second, "--supervisor", "王芳", "--pin", PIN)
    assert "超过可退金额" in _refused(path, *refund, "--amount", "1200.01")
    out = tmp_path / "refund.bin"
    back = _ok(
        *refund, "--amount", "200", "--reason", "学生价", "--printer", f"escpos-file://{out}"
    )
    assert back["printed"] is True and back["amount"] == 200
    text = text_outside_rasters(out.read_bytes())
    assert "退款收据".encode("gb18030") in text and f"原收据号：{second}".encode("gb18030") in text
    assert "退款" in _refused(path, "void", f, second, "--supervisor", "王芳", "--pin", PIN,
                            "--reason", "录错")  # fmt: skip


def test_a_shift_from_open_to_its_z_report(event, tmp_path: Path) -> None:
    path, codes = event
    f = str(path)
    opened = _ok("shift", "open", f, "--operator", "李娜", "--float", "500")
    assert opened["shift_no"] == "A1-S001" and opened["status"] == "open" and opened["float"] == 500
    assert "A1-S001" in _refused(path, "shift", "open", f, "--operator", "李娜")
    paid = _ok(
        "pay", f, codes["张三"], "--amount", "1200", "--method", "cash", "--operator", "李娜"
    )
    assert paid["shift_id"] == opened["shift_id"] and paid["shift_no"] == "A1-S001"
    _ok("pay", f, codes["李四"], "--amount", "600", "--method", "wechat", "--operator", "李娜")
    _ok("pay", f, codes["王五"], "--amount", "100", "--method", "cash", "--operator", "王芳")
    close = ("shift", "close", f, "--operator", "李娜")
    for counted in ("cash=abc", "cash", "bitcoin=1", "cash=1,cash=2"):
        _refused(path, *close, "--counted", counted)
    assert "原因" in _refused(path, *close, "--counted", "cash=1600,wechat=600")
    assert "主管" in _refused(path, *close, "--counted", "cash=1600,wechat=600", "--reason", "少找")
    out = tmp_path / "z.bin"
    done = _ok(*close, "--counted", "现金=1600，微信=600", "--reason", "找错零钱",
               "--supervisor", "王芳", "--pin", PIN, "--printer", f"escpos-file://{out}")  # fmt: skip
    for key in ("shift_id", "operator", "desk", "expected", "counted", "variance", "payments",
                "refunds", "first_receipt", "last_receipt"):  # fmt: skip
        assert key in done, key
    assert done["expected"] == {"cash": 1700, "wechat": 600}
    assert done["counted"] == {"cash": 1600, "wechat": 600}
    assert done["variance"] == {"cash": -100, "wechat": 0}
    assert (done["payments"], done["refunds"]) == (2, 0) and done["desk"] == "A1"
    assert (done["first_receipt"], done["last_receipt"]) == ("A1-000001", "A1-000002")
    assert done["approved_by"] == "王芳" and done["printed"] is True
    assert "交班报表".encode("gb18030") in text_outside_rasters(out.read_bytes())
    assert "已于" in _refused(path, *close, "--counted", "cash=1700,wechat=600")
    report = _ok("shift", "report", f)
    assert [s["shift_no"] for s in report] == ["A1-S001"] and report[0]["status"] == "closed"
    assert _ok("shift", "report", f, "--operator", "王芳") == []
    again = tmp_path / "z2.bin"
    reprinted = _ok(
        "shift", "report", f, "--shift", "A1-S001", "--printer", f"escpos-file://{again}"
    )
    assert reprinted["printed"] is True
    assert "交班报表（补打）".encode("gb18030") in text_outside_rasters(again.read_bytes())
    day = _ok("shift", "day", f)
    assert day["paid"] == 1900 and day["payments"] == 3
    assert {r["key"]: r["paid"] for r in day["by_operator"]} == {"李娜": 1800, "王芳": 100}
    assert [s["shift_no"] for s in day["shifts"]] == ["A1-S001"]
