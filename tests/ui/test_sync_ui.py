"""The 同步 page and 加入会议: two real desks exchanging files through the window."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from huiwu_desk import bootstrap_sync
from huiwu_desk.bootstrap import EventStore, open_event
from huiwu_desk.services import desk, queries, sync_settings
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.dialogs.sync_report_dialog import SyncReportDialog
from huiwu_desk.ui.main_window import MainWindow
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.sync_page import SyncPage
from huiwu_desk.ui.widgets import file_dialogs
from tests.integration.sync_helpers import PASS, fp, make_desks

from .conftest import error_boxes


def code_of(store: EventStore, name: str) -> str:
    return next(a.code for a in queries.search(store.uow, name))


@pytest.fixture
def two_desks(tmp_path: Path) -> tuple[Path, Path]:
    """A1 (lead) and B1 (joined), both closed again; B1 took a payment A1 has not seen."""
    a, b = make_desks(tmp_path, 2)
    desk.record_payment(b.uow, b.context(), code_of(b, "李四"), 60000, "wechat")
    paths = a.path, b.path
    a.close()
    b.close()
    return paths


def open_sync_page(desk_app: DeskApp, qtbot, path: Path) -> tuple[MainWindow, SyncPage]:  # type: ignore[no-untyped-def]
    desk_app.session.open(path, block=True)
    window = desk_app.show_window()
    qtbot.waitExposed(window)
    window.show_page(PageId.SYNC)
    page = window.pages[PageId.SYNC]
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: page.desks.rowCount() > 0)
    return window, page


def settle(qtbot, page: SyncPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.session.ops.pending == 0)


def export_with_core(path: Path, out: Path) -> None:
    with open_event(path) as store:
        bootstrap_sync.export_for_desk(store, out)


def retouch(good: Path, out: Path) -> None:
    """One byte changed inside the encrypted ops, the zip itself still sound."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if not info.filename.endswith(".json"):
                changed = bytearray(data)
                changed[len(changed) // 2] ^= 0x01
                data = bytes(changed)
            dst.writestr(info, data)


def fingerprint(path: Path) -> str:
    with open_event(path, write=False) as store:
        return fp(store)


def test_import_shows_the_report_and_export_is_verified(
    desk_app: DeskApp, two_desks: tuple[Path, Path], tmp_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    a_path, b_path = two_desks
    bundle = tmp_path / "stick" / "from-B1.hwsync"
    bundle.parent.mkdir()
    export_with_core(b_path, bundle)
    window, page = open_sync_page(desk_app, qtbot, a_path)
    assert page.identity.text().startswith("本机报到台 A1 · 数据指纹 ")
    assert page.export_button.hasFocus()

    # 导入同步文件… with the file dialog answered
    monkeypatch.setattr(file_dialogs, "open_files", lambda *_a, **_k: [bundle])
    page.import_button.click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, SyncReportDialog))
    report = page.dialog
    assert isinstance(report, SyncReportDialog)
    text = report.text()
    assert "导入了 1 个同步文件（来自报到台 B1）" in text
    assert "报到台 B1：" in text and "新操作" in text
    assert "冲突：新出现 0 个，已解决 0 个，未解决共 0 个。" in text
    qtbot.keyClick(report, Qt.Key.Key_Return)  # Enter closes it
    qtbot.waitUntil(lambda: page.dialog is None)
    assert "导入完成" in page.result.text()
    settle(qtbot, page)
    rows = {page.desks.item(r, 0).text(): r for r in range(page.desks.rowCount())}
    assert set(rows) == {"A1（本机）", "B1"}
    # B1 joined from A1's file and A1 wrote nothing since: B1 lacks nothing
    assert page.desks.item(rows["B1"], 3).text() == "不缺（已同步）"
    assert page.desks.item(rows["B1"], 2).text() != "未直接收到"
    # the payment is on the desk now (the window refreshed after the merge)
    qtbot.waitUntil(lambda: "已报到 0 / 总数 4" in window.status.counter_label.text())

    # the same file again: nothing new
    page.import_from([bundle])
    qtbot.waitUntil(lambda: isinstance(page.dialog, SyncReportDialog))
    assert "没有新操作" in page.dialog.text()  # type: ignore[union-attr]
    page.dialog.reject()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.dialog is None)

    # a check-in here: B1 now lacks one op
    zhang = window.pages[PageId.DESK].session.store
    assert zhang is not None
    with_code = desk_app.session.ops.call(code_of, zhang, "张三")
    desk_app.session.run_use_case(desk.check_in, with_code)
    qtbot.waitUntil(lambda: page.desks.item(rows["B1"], 3).text() == "1 条")

    # 导出同步文件… to the stick: written, read back, safe to remove
    out = tmp_path / "stick" / "to-B1.hwsync"
    page.export_to(out)
    qtbot.waitUntil(lambda: "可以拔出U盘" in page.result.text())
    assert page.result.text().startswith("✓ 已写入并校验，可以拔出U盘。（to-B1.hwsync，")
    desk_app.session.close()
    with open_event(b_path) as b:
        outcome = bootstrap_sync.import_for_desk(b, [out])
        assert outcome.new_ops > 0
    assert fingerprint(a_path) == fingerprint(b_path)


def test_tampered_or_foreign_file_is_one_sentence_and_changes_nothing(
    desk_app: DeskApp, two_desks: tuple[Path, Path], tmp_path: Path, qtbot, qapp
) -> None:  # type: ignore[no-untyped-def]
    a_path, b_path = two_desks
    good = tmp_path / "good.hwsync"
    export_with_core(b_path, good)
    tampered = tmp_path / "tampered.hwsync"
    retouch(good, tampered)
    truncated = tmp_path / "truncated.hwsync"
    truncated.write_bytes(good.read_bytes()[:300])
    (tmp_path / "other").mkdir()
    other = make_desks(tmp_path / "other", 1)[0]  # another event, same passphrase
    foreign = tmp_path / "foreign.hwsync"
    bootstrap_sync.export_for_desk(other, foreign)
    other.close()
    before = fingerprint(a_path)
    _window, page = open_sync_page(desk_app, qtbot, a_path)
    expected = {tampered: "无法验证", truncated: "不完整或已损坏", foreign: "属于另一个会议"}
    for bad, words in expected.items():
        # a good file together with a bad one: all or nothing
        page.import_from([good, bad])
        qtbot.waitUntil(lambda: page.result.text().startswith("✗"))
        sentence = page.result.text()
        assert bad.name in sentence and words in sentence
        assert "\n" not in sentence  # the core's one sentence, nothing else
        boxes = error_boxes(qapp)
        assert [b.text() for b in boxes] == [sentence[2:]]
        boxes[0].close()
        assert page.dialog is None  # no report
        page.result.clear()
    desk_app.session.close()
    assert fingerprint(a_path) == before


def test_wrong_passphrase_is_asked_and_refused(
    desk_app: DeskApp, tmp_path: Path, qtbot, qapp
) -> None:  # type: ignore[no-untyped-def]
    from huiwu_desk.bootstrap import create_event

    path = tmp_path / "plain.huiwu"
    create_event(path, "无口令会议", "A1").close()
    _window, page = open_sync_page(desk_app, qtbot, path)
    page.export_to(tmp_path / "x.hwsync")
    qtbot.waitUntil(lambda: page.dialog is not None)
    dialog = page.dialog
    assert dialog is not None and dialog.objectName() == "passphraseDialog"
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # empty: asks again
    assert "请输入同步口令" in dialog.findChild(QLabel, "dialogWarning").text()
    dialog.field.setText(PASS)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "可以拔出U盘" in page.result.text())
    assert (tmp_path / "x.hwsync").exists()
    # remembered: the next export asks nothing
    page.export_to(tmp_path / "y.hwsync")
    qtbot.waitUntil(lambda: "y.hwsync" in page.result.text() and "可以拔出" in page.result.text())
    assert page.dialog is None


def test_shared_folder_syncs_on_demand_lists_refused_files_and_is_remembered(
    desk_app: DeskApp, two_desks: tuple[Path, Path], tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    a_path, b_path = two_desks
    shared = tmp_path / "share"
    shared.mkdir()
    with open_event(b_path) as b:
        bootstrap_sync.folder_for_desk(b, shared)
    (shared / "desk-ZZ.hwsync").write_bytes(b"half a file")
    _window, page = open_sync_page(desk_app, qtbot, a_path)
    box = page.folder_box
    assert box.path_label.text() == "未使用共享文件夹。"
    page.set_folder(shared, 45)
    qtbot.waitUntil(lambda: box.rounds == 1)
    assert "收到" in box.state.text() and "B1" in box.state.text()
    assert (shared / "desk-A1.hwsync").exists()
    assert box.refused_lines() == [
        f"同步文件“{shared / 'desk-ZZ.hwsync'}”不完整或已损坏（可能是U盘提前拔出），没有导入任何内容。"
    ]
    assert box.refused.isVisible()
    assert box.timer.isActive() and box.timer.interval() == 45_000
    assert box.path_label.text() == f"文件夹：{shared}"
    box.now_button.click()
    qtbot.waitUntil(lambda: box.rounds == 2)
    assert "没有新内容" in box.state.text()
    settle(qtbot, page)
    desk_app.session.close()
    assert not box.timer.isActive()
    with open_event(a_path, write=False) as a:
        remembered = sync_settings.shared_folder(a.uow, "A1")
        assert remembered == sync_settings.SharedFolder(str(shared), 45)
    # B1 picks up what A1 wrote there
    with open_event(b_path) as b:
        bootstrap_sync.folder_for_desk(b, shared)
    assert fingerprint(a_path) == fingerprint(b_path)


def test_shared_folder_that_went_away_is_said_plainly(
    desk_app: DeskApp, two_desks: tuple[Path, Path], tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    a_path, _b = two_desks
    shared = tmp_path / "stick"
    shared.mkdir()
    _window, page = open_sync_page(desk_app, qtbot, a_path)
    page.set_folder(shared)
    qtbot.waitUntil(lambda: page.folder_box.rounds == 1)
    shared.joinpath("desk-A1.hwsync").unlink()
    shared.rmdir()  # the stick was pulled
    page.sync_now()
    qtbot.waitUntil(lambda: page.folder_box.rounds == 2)
    assert "找不到共享文件夹" in page.folder_box.state.text()


def test_join_from_the_start_page_creates_and_opens_the_new_desk(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    stores = make_desks(tmp_path, 1)
    lead = stores[0]
    lead.close()
    bundle = tmp_path / "lead.hwsync"
    window = desk_app.show_window()
    qtbot.waitExposed(window)
    assert window.central.currentWidget() is window.start_page
    window.start_page.join_button.click()
    dialog = window.join_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(dialog.bundle.hasFocus)  # the keyboard starts at the file
    dialog.bundle.setText(str(bundle))
    dialog.desk.setFocus()
    qtbot.keyClicks(dialog.desk, "c2")
    out = tmp_path / "desks" / "C2.huiwu"
    out.parent.mkdir()
    dialog.path.setText(str(out))
    dialog.passphrase.setText("wrong")
    dialog.accept()  # refused by the core: one sentence, nothing created
    qtbot.waitUntil(lambda: bool(error_boxes(QApplication.instance())))
    box = error_boxes(QApplication.instance())[0]
    assert "同步口令不正确" in box.text() or "无法验证" in box.text()
    box.close()
    assert not out.exists() and desk_app.session.event is None

    window.start_page.join_button.click()
    dialog = window.join_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.bundle.setText(str(bundle))
    dialog.desk.setText("c2")
    dialog.passphrase.setText(PASS)
    dialog.operator.setText("Amy")
    dialog.path.setText(str(out))
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk_app.session.event is not None, timeout=20_000)
    event = desk_app.session.event
    assert event is not None and event.desk_code == "C2" and event.path == out
    assert event.name == "测试学术年会" and event.operator == "Amy"
    qtbot.waitUntil(lambda: window.current_page() is PageId.DESK)
    assert window.windowTitle().startswith("测试学术年会")
    window.show_page(PageId.SYNC)
    page = window.pages[PageId.SYNC]
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: page.identity.text().startswith("本机报到台 C2"))
