"""`huiwu-desk import` and `huiwu-desk export` as a user (or a scheduler) runs them."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from huiwu_desk.cli.main import main
from tests.conftest import build_small_event
from tests.fixtures.rosters import write_csv, write_encrypted_xlsx, write_xlsx
from tests.integration.test_import import nasty_rows


@pytest.fixture
def event_file(tmp_path: Path) -> Path:
    path = tmp_path / "event.huiwu"
    build_small_event(path).store.close()
    return path


@pytest.fixture
def nasty_file(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "回执.xlsx", nasty_rows(), merges=["A1:O1"])


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _count(capsys, event: Path) -> int:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "stats", str(event), "--json")
    assert code == 0
    return json.loads(out)["attendees"]


def test_import_json_has_the_contract_keys_and_sheet_row_numbers(capsys, event_file, nasty_file):
    code, out, err = _run(capsys, "import", str(event_file), str(nasty_file), "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert {"created", "updated", "rejected", "skipped", "warnings", "rejected_rows"} <= set(data)
    assert (data["created"], data["updated"], data["rejected"], data["skipped"]) == (7, 1, 1, 4)
    assert data["rejected_rows"] == [{"row": 9, "reason": "姓名为空 (no name)"}]
    assert data["warnings"] == len(data["warning_rows"]) > 0
    again = json.loads(_run(capsys, "import", str(event_file), str(nasty_file), "--json")[1])
    assert (again["created"], again["updated"]) == (0, 0)


def test_dry_run_and_report_file(capsys, event_file, nasty_file, tmp_path):
    report = tmp_path / "报告.xlsx"
    code, out, _ = _run(
        capsys, "import", str(event_file), str(nasty_file), "--dry-run", "--report", str(report)
    )
    assert code == 0 and out.startswith("试运行") and "第 9 行 拒绝：姓名为空" in out
    assert _count(capsys, event_file) == 4
    rows = list(openpyxl.load_workbook(report)["导入报告"].iter_rows(min_row=3, values_only=True))
    assert (9, "拒绝", "姓名为空 (no name)") in rows


@pytest.mark.parametrize("kind", ["garbage", "encrypted", "empty", "missing", "wrong-sheet"])
def test_bad_rosters_fail_with_one_line_and_change_nothing(
    capsys, event_file, nasty_file, tmp_path, kind
):
    extra: list[str] = []
    if kind == "garbage":
        roster = tmp_path / "x.csv"
        roster.write_bytes(bytes(range(256)) * 50)
    elif kind == "encrypted":
        roster = write_encrypted_xlsx(tmp_path / "加密.xlsx")
    elif kind == "empty":
        roster = write_csv(tmp_path / "空.csv", [], "utf-8")
    elif kind == "missing":
        roster = tmp_path / "nope.xlsx"
    else:
        roster, extra = nasty_file, ["--sheet", "Sheet9"]
    code, out, err = _run(capsys, "import", str(event_file), str(roster), *extra)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "(" in err  # one line: Chinese, then English in brackets
    assert _count(capsys, event_file) == 4


def test_nightly_credits_export_with_date_in_the_name(capsys, event_file, tmp_path):
    assert _run(capsys, "checkin", str(event_file), "A100001")[0] == 0
    pattern = str(tmp_path / "学分_{date}.xlsx")
    code, out, _ = _run(capsys, "export", "credits", str(event_file), "-o", pattern, "--json")
    assert code == 0
    data = json.loads(out)
    expected = tmp_path / f"学分_{date.today():%Y-%m-%d}.xlsx"
    assert data == {"kind": "credits", "path": str(expected), "rows": 0}
    header = next(openpyxl.load_workbook(expected).active.iter_rows(min_row=2, values_only=True))
    assert header[:3] == ("序号", "姓名", "性别")


def test_every_export_kind_writes_and_an_unknown_one_is_a_usage_error(capsys, event_file, tmp_path):
    from huiwu_desk.services.exports import KINDS

    assert {"meals", "attendance", "returns", "hotel"} <= set(KINDS)
    for kind in KINDS:
        code, _, err = _run(
            capsys, "export", kind, str(event_file), "-o", str(tmp_path / f"{kind}.xlsx")
        )
        assert code == 0, (kind, err)
        assert (tmp_path / f"{kind}.xlsx").stat().st_size > 0
    with pytest.raises(SystemExit) as usage:
        main(["export", "lunch", str(event_file), "-o", str(tmp_path / "m.xlsx")])
    assert usage.value.code == 2


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_opens_an_export_and_its_xls_imports(capsys, event_file, nasty_file, tmp_path):
    out = tmp_path / "roster.xlsx"
    assert _run(capsys, "export", "roster", str(event_file), "-o", str(out))[0] == 0
    converted = tmp_path / "lo"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(converted), str(out)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with (converted / "roster.csv").open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][:3] == ["编号", "姓名", "性别"]
    assert {"张三", "李四", "王五", "单雄信"} == {r[1] for r in rows[2:]}
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xls",
         "--outdir", str(converted), str(nasty_file)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    xls = converted / "回执.xls"
    code, out_text, err = _run(capsys, "import", str(event_file), str(xls), "--json")
    assert code == 0, err
    data = json.loads(out_text)
    assert (data["created"], data["rejected"], data["skipped"]) == (7, 1, 4)
