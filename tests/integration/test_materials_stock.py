"""资料: stock received and adjusted with a reason, 代领, 文件清退 by scan, the page's board —
on an event made with ``new`` + setup (tests/conftest.py), through the real services."""

from __future__ import annotations

import pytest

from huiwu_desk.domain.errors import UnknownCode
from huiwu_desk.domain.material_stock import (
    NothingToReturn,
    StockBelowZero,
    StockDeltaInvalid,
    StockReasonMissing,
    is_low,
)
from huiwu_desk.domain.op_rules import refusal
from huiwu_desk.services import desk, setup
from huiwu_desk.services.materials import listing, returns, stock


def _item(ev, name):  # type: ignore[no-untyped-def]
    return next(i for i in listing.board(ev.uow).items if i.name == name)


def test_receive_and_adjust_with_reason(small_event) -> None:  # type: ignore[no-untyped-def]
    ev = small_event
    assert stock.restock(ev.uow, ev.ctx, "会议手册", 50, "会务公司第二批送到").result == 150
    stock.restock(ev.uow, ev.ctx, "会议手册", -3, "破损 3 本")
    assert _item(ev, "会议手册").stock == 147
    moves = listing.history(ev.uow, ev.materials["book"])
    assert [(m.delta, m.reason, m.operator) for m in moves] == [
        (-3, "破损 3 本", "李娜"),
        (50, "会务公司第二批送到", "李娜"),
    ]
    with pytest.raises(StockReasonMissing):
        stock.restock(ev.uow, ev.ctx, "会议手册", 5, "  ")
    with pytest.raises(StockBelowZero):
        stock.restock(ev.uow, ev.ctx, "资料袋", -3, "清点少了")
    assert stock.parse_delta("＋２０") == 20 and stock.parse_delta("-5") == -5
    for typed in ("0", "1.5", "abc", ""):
        with pytest.raises(StockDeltaInvalid):
            stock.parse_delta(typed)


def test_low_stock_rule() -> None:
    assert is_low(100, 9) and is_low(100, 10) and not is_low(100, 11)
    assert is_low(1000, 99) and not is_low(1000, 100)
    assert is_low(0, 0)


def test_handout_by_proxy_and_counts_per_category(small_event) -> None:  # type: ignore[no-untyped-def]
    ev = small_event
    desk.hand_out(ev.uow, ev.ctx, ev.codes["张三"], proxy="刘医生")
    desk.hand_out(ev.uow, ev.ctx, ev.codes["王五"])
    board = listing.board(ev.uow)
    assert sorted((p.name, p.material, p.proxy) for p in board.proxies) == [
        ("张三", "会议手册", "刘医生"),
        ("张三", "资料袋", "刘医生"),
    ]
    per_cat = {(c.category, c.material): c.handed_out for c in board.categories}
    assert per_cat[("代表", "资料袋")] == 1 and per_cat[("专家", "会议手册")] == 1
    bag = _item(ev, "资料袋")
    assert (bag.handed_out, bag.remaining, bag.low) == (1, 1, True)
    assert not _item(ev, "会议手册").low
    # the op's schema holds the proxy: another desk accepts it
    ok = {"attendee_id": "a", "material_id": "m", "proxy": "刘医生"}
    assert refusal("d1", "handout", "h1", "李娜", None, ok) is None
    assert refusal("d1", "handout", "h1", "李娜", None, ok | {"proxy": 5}) is not None
    why = {"delta": 5, "reason": "第二批"}
    assert refusal("d1", "material.restock", "m1", "李娜", None, why) is None


def test_return_by_scan_returns_every_document_held(small_event) -> None:  # type: ignore[no-untyped-def]
    ev = small_event
    uow, ctx = ev.uow, ev.ctx
    setup.add_material(uow, ctx, "保密文件", 30, returnable=True)
    setup.add_material(uow, ctx, "讨论稿", 30, returnable=True)
    desk.hand_out(uow, ctx, ev.codes["李四"], ["保密文件", "讨论稿"])
    desk.hand_out(uow, ctx, ev.codes["王五"], ["保密文件"])
    held = returns.outstanding(uow)
    assert {(h.name, h.material, h.phone) for h in held} == {
        ("李四", "保密文件", "13912345678"),
        ("李四", "讨论稿", "13912345678"),
        ("王五", "保密文件", "13700001111"),
    }
    done = returns.return_by_scan(uow, ctx, ev.codes["李四"]).result
    assert done.name == "李四" and sorted(done.items) == [("保密文件", 1), ("讨论稿", 1)]
    assert [(h.name, h.material) for h in returns.outstanding(uow)] == [("王五", "保密文件")]
    item = _item(ev, "保密文件")
    assert (item.handed_out, item.returned, item.outstanding, item.remaining) == (2, 1, 1, 29)
    with pytest.raises(NothingToReturn):
        returns.return_by_scan(uow, ctx, ev.codes["李四"])
    with pytest.raises(UnknownCode):
        returns.return_by_scan(uow, ctx, "NOPE-1")


def test_returns_export_and_handout_proxy_on_the_command_line(small_event, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json
    import subprocess
    import sys

    from openpyxl import load_workbook

    ev = small_event
    setup.add_material(ev.uow, ev.ctx, "保密文件", 30, returnable=True)
    desk.hand_out(ev.uow, ev.ctx, ev.codes["王五"], ["保密文件"])
    path = ev.store.path
    ev.store.close()
    run = [sys.executable, "-m", "huiwu_desk"]
    out = subprocess.run(
        [*run, "handout", str(path), ev.codes["张三"], "--proxy", "刘医生", "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert json.loads(out.stdout)["proxy"] == "刘医生"
    xlsx = tmp_path / "清退.xlsx"
    subprocess.run([*run, "export", "returns", str(path), "-o", str(xlsx)], check=True)
    book = load_workbook(xlsx)
    rows = [[c.value for c in r] for r in book["未清退"].iter_rows()]
    header = next(n for n, r in enumerate(rows) if r[0] == "文件")
    assert rows[header + 1][:7] == ["保密文件", ev.codes["王五"], "王五", "复旦大学附属中山医院",
                                    "专家", "13700001111", 1]  # fmt: skip
