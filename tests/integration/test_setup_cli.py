"""`setup export|import|show` and `new --setup` as a user runs them (real processes)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl

from tests.integration.test_cli import run
from tests.integration.test_setup_book import SHEETS, book, organizer_sheets


def show(event: Path) -> dict[str, Any]:
    done = run("setup", "show", str(event), "--json")
    assert done.returncode == 0, done.stderr
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def new(event: Path, *more: str) -> Any:
    return run("new", str(event), "--name", "2027 全国肿瘤学大会", "--desk", "A1", *more)


def bad_sheets() -> dict[str, list[list[Any]]]:
    sheets = organizer_sheets()
    sheets["参会类别"].insert(4, ["纪念品", "专家", "#000000", "是"])  # row 5
    sheets["收费项目"].append(["代表", "资料费", "-100", None, None])  # row 7
    sheets["酒店房间"].append(["会议中心酒店", "305", None, None, None])  # row 6
    return sheets


def test_export_import_and_show_give_the_same_setup_on_a_fresh_event(tmp_path: Path) -> None:
    lead = tmp_path / "lead.huiwu"
    made = new(lead, "--setup", str(book(tmp_path / "手填.xlsx", organizer_sheets())), "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["created"] > 20
    out = tmp_path / "导出.xlsx"
    done = run("setup", "export", str(lead), "-o", str(out))
    assert done.returncode == 0 and out.is_file() and not list(tmp_path.glob(".*.part"))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == SHEETS
    assert [c.value for c in wb["资料"][1]][:3] == ["资料名称", "库存", "需清退"]
    assert [c.value for c in wb["资料"][2]][:3] == ["资料袋", 300, "否"]

    fresh = tmp_path / "fresh.huiwu"
    assert run("new", str(fresh), "--name", "别的名字", "--desk", "B1").returncode == 0
    imported = run("setup", "import", str(fresh), str(out), "--json")
    assert imported.returncode == 0, imported.stderr
    report = json.loads(imported.stdout)
    assert {"created", "updated", "unchanged", "rejected_rows", "affected"} <= set(report)
    assert report["rejected_rows"] == [] and report["created"] > 20

    shown = show(fresh)
    assert shown == show(lead)
    assert shown["event"]["name"] == "2027 全国肿瘤学大会"
    assert shown["event"]["nights"] == ["2027-04-10", "2027-04-11", "2027-04-12"]
    for part in ("categories", "fee_items", "materials", "hotels", "points"):
        assert shown[part] and all("name" in item for item in shown[part]), part
    hotel = next(h for h in shown["hotels"] if h["name"] == "会议中心酒店")
    assert len(hotel["rooms"]) == 16 and hotel["beds"] == 10 * 2 + 5 + 1
    assert {"number", "type", "beds"} <= set(hotel["rooms"][0])
    fee = next(i for i in shown["fee_items"] if i["name"] == "会务费")
    assert fee["prices"]["代表"] == {"early": 1600, "onsite": 2000}
    stay = next(i for i in shown["fee_items"] if i["name"] == "住宿费")
    assert stay["per_night"] and stay["prices"]["代表"]["early"] == 450.5

    again = run("setup", "import", str(fresh), str(out))
    assert again.returncode == 0 and "新增 0，更新 0" in again.stdout


def test_a_dry_run_says_what_would_change_and_writes_nothing(tmp_path: Path) -> None:
    event = tmp_path / "e.huiwu"
    assert new(event).returncode == 0
    before = show(event)
    sheet = book(tmp_path / "手填.xlsx", organizer_sheets())
    done = run("setup", "import", str(event), str(sheet), "--dry-run", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["dry_run"] and report["created"] > 20
    assert show(event) == before


def test_a_rejected_workbook_lists_its_rows_and_changes_nothing(tmp_path: Path) -> None:
    event = tmp_path / "e.huiwu"
    assert new(event).returncode == 0
    before = show(event)
    sheet = book(tmp_path / "有错.xlsx", bad_sheets())
    done = run("setup", "import", str(event), str(sheet), "--json")
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "4 处错误" in done.stderr
    rows = json.loads(done.stdout)["rejected_rows"]
    assert [(r["sheet"], r["row"]) for r in rows] == [
        ("参会类别", 5),
        ("收费项目", 7),
        ("收费项目", 7),
        ("酒店房间", 6),
    ]
    assert rows[0]["reason"].startswith("资料“纪念品”不在资料表中。")
    assert "The material “纪念品” is not on the materials sheet." in rows[0]["reason"]
    text = run("setup", "import", str(event), str(sheet))
    assert text.returncode == 1
    assert "参会类别 第5行：资料“纪念品”不在资料表中。" in text.stdout
    assert "收费项目 第7行：收费项目“资料费”不存在。" in text.stdout
    assert "酒店房间 第6行：“会议中心酒店”的房号 305 重复。" in text.stdout
    assert show(event) == before
    foreign = book(tmp_path / "回执.xlsx", {"报名汇总": [["姓名"], ["张三"]]})
    refused = run("setup", "import", str(event), str(foreign))
    assert refused.returncode == 1 and "不是会议设置表" in refused.stderr and not refused.stdout


def test_new_with_a_rejected_workbook_leaves_no_event_file(tmp_path: Path) -> None:
    sheet = book(tmp_path / "有错.xlsx", bad_sheets())
    event = tmp_path / "e.huiwu"
    done = new(event, "--setup", str(sheet))
    assert done.returncode == 1
    assert "参会类别 第5行：资料“纪念品”不在资料表中。" in done.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["有错.xlsx"]
    damaged = tmp_path / "坏.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not a workbook")
    refused = new(event, "--setup", str(damaged))
    assert refused.returncode == 1 and "无法读取" in refused.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["坏.xlsx", "有错.xlsx"]


def test_new_with_a_setup_then_the_desk_takes_money_hands_out_and_assigns_a_bed(
    tmp_path: Path,
) -> None:
    event = tmp_path / "e.huiwu"
    made = new(event, "--setup", str(book(tmp_path / "手填.xlsx", organizer_sheets())))
    assert made.returncode == 0, made.stderr
    assert "已创建会议文件" in made.stdout and "已导入 手填.xlsx" in made.stdout
    roster = tmp_path / "回执.csv"
    roster.write_text(
        "姓名,性别,手机号码,工作单位,参会类别\n张三,男,13800138000,协和医院,代表\n",
        encoding="utf-8",
    )
    assert run("import", str(event), str(roster)).returncode == 0
    code = json.loads(run("find", str(event), "张三", "--json").stdout)[0]["code"]
    paid = run("pay", str(event), code, "--amount", "1600", "--method", "wechat", "--json")
    assert paid.returncode == 0, paid.stderr
    assert json.loads(paid.stdout)["receipt_no"].startswith("A1-")
    handed = run("handout", str(event), code, "--json")
    assert handed.returncode == 0, handed.stderr
    assert json.loads(handed.stdout)["items"] == ["资料袋", "密件"]
    bed = run("room", "assign", str(event), code, "A101", "--json")
    assert bed.returncode == 0, bed.stderr
    assert json.loads(bed.stdout)["nights"] == ["2027-04-10", "2027-04-11", "2027-04-12"]
    stats = json.loads(run("stats", str(event), "--json").stdout)
    assert (stats["paid_total"], stats["rooms_used"]) == (1600, 1)


def test_a_desk_joined_from_the_lead_has_the_same_setup(tmp_path: Path) -> None:
    lead = tmp_path / "lead.huiwu"
    assert (
        new(lead, "--setup", str(book(tmp_path / "手填.xlsx", organizer_sheets()))).returncode == 0
    )
    bundle = tmp_path / "lead.hwsync"
    env = {"HUIWU_PASSPHRASE": "会议口令"}
    exported = run("sync", "export", str(lead), "-o", str(bundle), env=env)
    assert exported.returncode == 0, exported.stderr
    desk = tmp_path / "B1.huiwu"
    joined = run("join", str(desk), str(bundle), "--desk", "B1", env=env)
    assert joined.returncode == 0, joined.stderr
    shown = [json.loads(run("setup", "show", str(f), "--json").stdout) for f in (lead, desk)]
    assert shown[0] == shown[1]
    assert len(shown[1]["categories"]) >= 2 and shown[1]["hotels"][0]["rooms"]
