"""A payment voided at two desks offline is a money conflict a supervisor closes (issue 17)."""

from __future__ import annotations

from pathlib import Path

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import conflicts, desk
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.dialogs.approve_dialog import ApproveDialog
from huiwu_desk.ui.pages import PageId
from tests.integration.sync_helpers import exchange, make_desks
from tests.ui.test_conflicts_ui import code_of, conflicts_page, open_window


def test_a_payment_voided_twice_is_closed_by_a_supervisor(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    a, b = make_desks(tmp_path, 2)
    receipt = desk.record_payment(a.uow, a.context(), code_of(a, "张三"), 120000, "cash").result
    exchange(a, b, tmp_path)
    for store in (a, b):  # offline, each desk voids it
        desk.void_payment(store.uow, store.context(supervisor="王芳"), receipt, "收错了")
    exchange(b, a, tmp_path)
    with a.uow.writing():
        conflicts.refresh(a.uow)
    for store in (a, b):
        store.close()
    path: Path = tmp_path / "A1.huiwu"
    window = open_window(desk_app, qtbot, path)
    window.show_page(PageId.CONFLICTS)
    page = conflicts_page(window)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert page.list.item(0).text().split("\n")[0] == "收款记录矛盾"
    assert "作废了两次" in page.facts.text()
    button = page.action_buttons()[0]
    assert button.text() == "主管核对后确认…"
    button.click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, ApproveDialog))
    page.dialog.accept()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.list.count() == 0)
    assert "主管已确认" in page.result.text()
    desk_app.session.close()
    with open_event(path, write=False) as store:
        assert conflicts.open_conflicts(store.uow) == []
