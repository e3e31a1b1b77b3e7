"""Amounts as the hostile-input run typed them (issue 17, "Smaller"): every door that takes an
amount (pay, refund, shift open's float, shift close's count, a setup workbook's prices)
answers `1e9`, `1_000`, `١٢٠٠`, `1,2,0,0`, `12.345` and `1e30` with one sentence and changes
nothing — no rounding, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from huiwu_desk.cli.main import main
from tests.integration.fees_helpers import PIN, build_fee_event
from tests.integration.test_setup_book import book, organizer_sheets

HOSTILE = ["1e9", "1_000", "١٢٠٠", "1,2,0,0", "12.345", "1e30"]


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _fingerprint(capsys, path: Path) -> str:  # type: ignore[no-untyped-def]
    code, out, err = _run(capsys, "sync", "status", str(path), "--json")
    assert code == 0, err
    return str(json.loads(out)["fingerprint"])


@pytest.fixture
def event(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    ev = build_fee_event(tmp_path / "amounts.huiwu")
    codes = dict(ev.codes)
    ev.store.close()
    return tmp_path / "amounts.huiwu", codes


def _refused(capsys, path: Path, *argv: str) -> str:  # type: ignore[no-untyped-def]
    before = _fingerprint(capsys, path)
    code, out, err = _run(capsys, *argv)
    assert code == 1, (argv, out, err)
    assert err.count("\n") == 1 and "内部错误" not in err and "Traceback" not in err, err
    assert _fingerprint(capsys, path) == before
    return err


def test_every_amount_door_refuses_what_is_not_an_amount(capsys, event) -> None:
    path, codes = event
    f = str(path)
    code, out, err = _run(capsys, "pay", f, codes["张三"], "--amount", "1200", "--method",
                          "cash", "--json")  # fmt: skip
    assert code == 0, err
    receipt = json.loads(out)["receipt_no"]
    assert _run(capsys, "shift", "open", f, "--operator", "王芳")[0] == 0
    for typed in HOSTILE:
        pay = ("pay", f, codes["李四"], "--method", "cash")
        refund = ("refund", f, receipt, "--supervisor", "王芳", "--pin", PIN)
        said = [
            _refused(capsys, path, *pay, "--amount", typed),
            _refused(capsys, path, *pay, "--amount", "100", "--tendered", typed),
            _refused(capsys, path, *refund, "--amount", typed),
            _refused(capsys, path, "shift", "open", f, "--operator", "李娜", "--float", typed),
            _refused(
                capsys,
                path,
                "shift",
                "close",
                f,
                "--operator",
                "王芳",
                "--counted",
                f"cash={typed}",
            ),
        ]
        for sentence in said:
            assert "金额" in sentence or "清点" in sentence or "METHOD" in sentence, sentence
        assert f"“{typed}”不是金额" in said[0]
    # within the limit, and a sub-fen amount is never rounded into one
    assert "超过 1,000,000 元" in _refused(
        capsys, path, "pay", f, codes["李四"], "--amount", "1000000.01", "--method", "cash"
    )
    assert "“0.005”不是金额" in _refused(
        capsys, path, "pay", f, codes["李四"], "--amount", "0.005", "--method", "cash"
    )


@pytest.mark.parametrize("typed", [*HOSTILE, 1e30, "2000000"])
def test_a_setup_workbook_price_is_read_by_the_same_parser(capsys, tmp_path, typed) -> None:
    sheets = organizer_sheets()
    sheets["收费项目"][2][2] = typed  # 代表's 会务费, early price
    workbook = book(tmp_path / "setup.xlsx", sheets)
    event = tmp_path / "setup.huiwu"
    code, out, err = _run(capsys, "new", str(event), "--name", "会", "--desk", "A1",
                          "--setup", str(workbook))  # fmt: skip
    assert code == 1 and not event.exists(), (out, err)
    said = out + err
    assert "收费项目 第3行" in said and ("不是金额" in said or "超过 100 万元" in said), said
    assert "内部错误" not in said
