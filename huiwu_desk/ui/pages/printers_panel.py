"""打印机: this desk's badge and receipt printers, each one printer URI (shared/cli.md).

A URI is typed, or picked from the system's printers (``system://NAME``, the OS driver) or
from the USB devices (``escpos-usb://VID:PID``, when pyusb is installed). "测试打印" sends a
sample badge at once, off the GUI thread, and says how it went.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.print_jobs import PrinterRole
from ...services import print_setup, printing, setup
from ...services.changes import Changes
from ...services.print_setup import PrintSetup
from ..hub import Hub
from ..session import Session
from .print_parts import MessageLine, note, role_label

URI_EXAMPLES = (
    "escpos-net://192.168.1.50:9100",
    "escpos-usb://04b8:0202",
    "escpos-win32://EPSON TM-T82",
    "escpos-file:///dev/usb/lp0",
    "system://Xprinter XP-460B",
    "pdf:///D:/badges.pdf",
)


class RoleBox(QGroupBox):
    """One role's printer: the URI, ways to pick one, a test page."""

    def __init__(self, role: PrinterRole, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(role_label(role.value), parent)
        self.role = role
        self.session = session
        self.saved = ""
        self.uri = QLineEdit()
        self.uri.setObjectName(f"{role.value}Uri")
        self.uri.setPlaceholderText(self.tr("例如 {0}").format(URI_EXAMPLES[0]))
        self.uri.returnPressed.connect(self.save)
        caption = QLabel(
            self.tr("打印机地址(&B)") if role is PrinterRole.BADGE else self.tr("打印机地址(&E)")
        )
        caption.setBuddy(self.uri)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName(f"{role.value}Save")
        self.save_button.clicked.connect(self.save)
        self.system_button = QPushButton(self.tr("从系统打印机选择…"))
        self.system_button.setObjectName(f"{role.value}System")
        self.system_button.clicked.connect(self.pick_system)
        # a parent before setVisible: a parentless button shown would be a window of its own,
        # taking the keyboard from the scan field (pyusb is in the bundle)
        self.usb_button = QPushButton(self.tr("USB 设备…"), self)
        self.usb_button.setObjectName(f"{role.value}Usb")
        self.usb_button.clicked.connect(self.pick_usb)
        self.usb_button.setVisible(_usb_available())
        self.test_button = QPushButton(self.tr("测试打印"))
        self.test_button.setObjectName(f"{role.value}Test")
        self.test_button.clicked.connect(self.test_print)
        self.remove_button = QPushButton(self.tr("不使用打印机"))
        self.remove_button.setObjectName(f"{role.value}Remove")
        self.remove_button.clicked.connect(self.remove)
        self.current = QLabel()
        self.current.setObjectName(f"{role.value}Current")
        self.current.setWordWrap(True)
        self.message = MessageLine(f"{role.value}Message")

        row = QHBoxLayout()
        row.addWidget(self.uri, 1)
        row.addWidget(self.save_button)
        buttons = QHBoxLayout()
        for button in (self.system_button, self.usb_button, self.test_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.current)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def show_saved(self, uri: str) -> None:
        self.saved = uri
        if not self.uri.hasFocus() or not self.uri.isModified():
            self.uri.setText(uri)
            self.uri.setModified(False)
        if uri:
            self.current.setText(self.tr("本报到台正在使用：{0}").format(uri))
        elif self.role is PrinterRole.BADGE:
            self.current.setText(self.tr("未设置：报到和 F5 只登记证件，不打印。"))
        else:
            self.current.setText(self.tr("未设置：收费后不打印收据。"))

    # --- actions ---------------------------------------------------------------------------
    def save(self) -> None:
        uri = self.uri.text().strip()
        self._set(uri or None)

    def remove(self) -> None:
        self.uri.clear()
        self._set(None)

    def _set(self, uri: str | None) -> None:
        def done(_changes: Changes) -> None:
            self.uri.setModified(False)
            if uri:
                self.message.ok(self.tr("已保存。可以按“测试打印”试一下。"))
            else:
                self.message.ok(self.tr("已取消这台打印机。"))

        self.session.run_query(
            printing.set_printer, self.role.value, uri, on_done=done, on_error=self.message.error
        )

    def pick_system(self) -> None:
        from ..printing_system import system_printer_names

        names = system_printer_names()
        if not names:
            self.message.error(self.tr("这台电脑没有安装打印机驱动。"))
            return
        name, ok = QInputDialog.getItem(
            self, self.tr("选择系统打印机"), self.tr("打印机"), names, 0, False
        )
        if ok and name:
            self.uri.setText(f"system://{name}")
            self.save()

    def pick_usb(self) -> None:
        self.message.info(self.tr("正在查找 USB 打印机…"))
        self.session.printing.usb_printers(self._usb_found)

    def _usb_found(self, found: list[tuple[str, str]]) -> None:
        if not found:
            self.message.error(
                self.tr("没有找到 USB 打印机（需要 pyusb 和 libusb；Windows 上常用驱动方式）。")
            )
            return
        labels = [label for _ids, label in found]
        label, ok = QInputDialog.getItem(
            self, self.tr("选择 USB 打印机"), self.tr("设备"), labels, 0, False
        )
        if ok and label:
            ids = found[labels.index(label)][0]
            self.uri.setText(f"escpos-usb://{ids}")
            self.save()

    def test_print(self) -> None:
        uri = self.uri.text().strip() or self.saved
        if not uri:
            self.message.error(self.tr("请先填写打印机地址。"))
            self.uri.setFocus()
            return
        self.test_button.setEnabled(False)
        self.message.info(self.tr("正在发送测试页到 {0}…").format(uri))
        self.session.printing.test_print(uri, partial(self._tested, uri))

    def _tested(self, uri: str, problem: str) -> None:
        self.test_button.setEnabled(True)
        if problem:
            self.message.error(problem)
        else:
            self.message.ok(self.tr("测试页已发送到 {0}。").format(uri))


def _usb_available() -> bool:
    from ...bootstrap_printing import usb_available

    return usb_available()


class PrintersPanel(QWidget):
    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.boxes = {role: RoleBox(role, session) for role in PrinterRole}
        self.on_checkin = QCheckBox(self.tr("报到时自动打印证件（已打印过的不再打印）(&A)"))
        self.on_checkin.setObjectName("badgeOnCheckin")
        self.on_checkin.clicked.connect(self._on_checkin_clicked)
        grid = QGridLayout()
        grid.addWidget(self.boxes[PrinterRole.BADGE], 0, 0)
        grid.addWidget(self.boxes[PrinterRole.RECEIPT], 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.on_checkin)
        layout.addWidget(
            note(
                self.tr(
                    "打印机设置只属于这台电脑的报到台。地址写法：{0}。"
                    "热敏小票机用 escpos-…；装了驱动的标签机用 system://打印机名。"
                ).format("  ·  ".join(URI_EXAMPLES))
            )
        )
        layout.addStretch(1)
        hub.changes_applied.connect(self._on_changes)
        hub.event_opened.connect(self.refresh)

    def page_shown(self) -> None:
        self.refresh()
        self.boxes[PrinterRole.BADGE].uri.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changes(self, changes: Changes) -> None:
        if changes.setup or changes.everything:
            self.refresh()

    def refresh(self, *_args: object) -> None:
        self.session.run_query(print_setup.print_setup, on_done=self._show)

    def _show(self, found: PrintSetup) -> None:
        for role, box in self.boxes.items():
            box.show_saved(found.printers.get(role.value, ""))
        self.on_checkin.setChecked(found.badge_on_checkin)

    def _on_checkin_clicked(self, checked: bool) -> None:
        self.session.run_use_case(setup.set_setting, printing.BADGE_ON_CHECKIN_SETTING, checked)
