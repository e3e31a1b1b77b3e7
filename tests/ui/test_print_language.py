"""Print jobs and badge templates in the window's language (issue 13, finding 10): the core
stores a job's Chinese title as before and also what it says, so the English queue says it in
English; built-in template names are translated while their stored names stay."""

from __future__ import annotations

from pathlib import Path

from huiwu_desk.bootstrap import open_event
from huiwu_desk.domain.documents import BUILTIN_TEMPLATES
from huiwu_desk.domain.print_jobs import JobKind
from huiwu_desk.services import print_batch, print_queue, printing
from huiwu_desk.ui import i18n
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.pages import PageId

from .desk_helpers import open_desk, prepay, small_event_file
from .test_printing_ui import UNPLUGGED, badges_page


def event_with_jobs(tmp_path: Path) -> tuple[Path, str, int]:
    """A badge, its reprint, a receipt, a batch, and a job queued by an older version (only a
    Chinese title in its payload), all for a printer that is not there. (path, receipt, batch)"""
    ev = small_event_file(tmp_path / "event.huiwu")
    prepay(ev, "张三", "李四", "王五")  # printing, not the pay-before-badge rule, is tested here
    with open_event(ev.store.path) as store:
        uow, ctx = store.uow, store.context("李娜")
        for role in ("badge", "receipt"):
            printing.set_printer(uow, role, UNPLUGGED)
        first = printing.queue_badge(uow, ctx, ev.codes["张三"]).result.job_id
        printing.queue_badge(uow, ctx, ev.codes["张三"], reason="遗失")
        receipt = printing.pay_with_receipt(uow, ctx, ev.codes["李四"], 5000, "cash").result.value
        batch = print_batch.queue_badge_batch(uow, ctx).result.count
        with uow.writing():
            old = uow.print_jobs.payload(first)
            assert old is not None
            old.pop("title_of", None)  # as an older version wrote it
            old["title"] = "王五 证件（旧任务）"
            uow.print_jobs.add(JobKind.BADGE.value, "old", old)
    return ev.store.path, str(receipt), batch


def titles_in_queue(desk_app: DeskApp, qtbot, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    window, _desk = open_desk(desk_app, qtbot, path)
    window.show_page(PageId.BADGES)
    badges = badges_page(window)
    badges.show_queue()
    queue = badges.queue
    queue.open_only.setChecked(False)
    qtbot.waitUntil(lambda: queue.table.rowCount() == 5, timeout=15000)
    return sorted(queue.table.item(r, 1).text() for r in range(queue.table.rowCount()))


def test_print_queue_in_english(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path, receipt, batch = event_with_jobs(tmp_path)
    i18n.set_language("en")
    assert titles_in_queue(desk_app, qtbot, path) == sorted(
        [
            "Badge: 张三",
            "Badge: 张三 (version 2)",
            f"Receipt {receipt}",
            f"{batch} badges (Landscape 90×54 mm)",
            "王五 证件（旧任务）",  # queued by an older version: as it was stored
        ]
    )


def test_print_queue_in_chinese_is_as_stored(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path, receipt, batch = event_with_jobs(tmp_path)
    chinese = sorted(
        [
            "张三 证件",
            "张三 证件（第 2 版）",
            f"收据 {receipt}",
            f"批量证件 {batch} 张（横版 90×54 mm）",
            "王五 证件（旧任务）",
        ]
    )
    with open_event(path, write=False) as store:
        assert sorted(j.title for j in print_queue.list_jobs(store.uow)) == chinese  # as stored
    assert titles_in_queue(desk_app, qtbot, path) == chinese


def test_built_in_template_names_in_english(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    i18n.set_language("en")
    window, _desk = open_desk(desk_app, qtbot, ev.store.path)
    window.show_page(PageId.BADGES)
    badges = badges_page(window)
    badges.tabs.setCurrentWidget(badges.templates)
    choice = badges.templates.choice
    qtbot.waitUntil(lambda: choice.count() == len(BUILTIN_TEMPLATES))
    names = {choice.itemData(n): choice.itemText(n) for n in range(choice.count())}
    assert names == {
        "landscape_90x54": "Landscape 90×54 mm",
        "portrait_70x100": "Portrait 70×100 mm",
        "roll_80mm": "80 mm thermal roll",
    }
    assert BUILTIN_TEMPLATES["roll_80mm"].name == "80 mm 热敏纸"  # the stored name stays
