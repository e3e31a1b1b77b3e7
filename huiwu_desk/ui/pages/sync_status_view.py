"""The 同步 page's account of the desks: who this desk is (its data fingerprint), a slow clock,
what it knows from each desk and what each still lacks, and the operations still waiting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from ..dialogs.parts import WARNING_STYLE, note
from ..labels import when_text
from ..widgets.fonts import scale
from ..widgets.row_table import row_table


def short_fingerprint(fp: str) -> str:
    """b8bd c1b4 139f 7195: enough to compare by reading it aloud across two desks."""
    head = fp[:16]
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


class SyncStatusView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.identity = QLabel()
        self.identity.setObjectName("syncIdentity")
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale(self.identity, 1.2)
        self.clock_banner = QLabel()
        self.clock_banner.setObjectName("clockWarning")
        self.clock_banner.setWordWrap(True)
        self.clock_banner.setStyleSheet(WARNING_STYLE)
        self.clock_banner.hide()
        headers = [
            self.tr("报到台"),
            self.tr("已有操作"),
            self.tr("上次收到它的文件"),
            self.tr("它还缺"),
        ]
        self.desks = row_table("syncDesks", headers)
        self.desks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.pending = QLabel()
        self.pending.setObjectName("syncPending")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.identity)
        layout.addWidget(
            note(
                self.tr(
                    "各报到台的数据指纹相同，说明数据完全一致。表中“它还缺”是对方还没收到的操作。"
                )
            )
        )
        layout.addWidget(self.clock_banner)
        layout.addWidget(self.desks, 1)
        layout.addWidget(self.pending)

    def clear(self) -> None:
        self.desks.setRowCount(0)
        self.identity.clear()

    def _warnings(self, status: dict[str, Any]) -> list[str]:
        """Whose clock is off (by majority of the desks seen), forks, revoked and older desks."""
        out = []
        behind, ahead = int(status.get("clock_behind_ms", 0)), int(status.get("clock_ahead_ms", 0))
        if behind:
            out.append(
                self.tr(
                    "本机时钟比其他报到台慢了约 {0} 分钟。请把电脑时间校准后再办理，"
                    "否则报到和收费的时间顺序会显示错误。"
                ).format(behind // 60000)
            )
        if ahead:
            out.append(
                self.tr(
                    "本机时钟比多数报到台快了约 {0} 分钟。请把电脑时间校准后再办理，"
                    "否则报到和收费的时间顺序会显示错误。"
                ).format(ahead // 60000)
            )
        majority = bool(status.get("clock_majority", True))
        for code, ms in dict(status.get("clock_off", {})).items():
            minutes = abs(int(ms)) // 60000
            if not majority:
                text = self.tr("报到台 {0} 的时钟与本机相差约 {1} 分钟，请核对哪一台的时间不对。")
            elif int(ms) > 0:
                text = self.tr("报到台 {0} 的时钟比多数报到台快了约 {1} 分钟，请让它校准时间。")
            else:
                text = self.tr("报到台 {0} 的时钟比多数报到台慢了约 {1} 分钟，请让它校准时间。")
            out.append(text.format(code, minutes))
        for code, seq in dict(status.get("forks", {})).items():
            out.append(
                self.tr(
                    "完整性警报：报到台 {0} 有两份不同的历史（自第 {1} 条操作起），"
                    "可能是它的会议文件被复制后两处都在使用。请主管用下方的“吊销报到台…”"
                    "吊销它，再让它重新加入。"
                ).format(code, seq)
            )
        desks: dict[str, str] = dict(status.get("desks", {}))
        revoked = [c for c, state in desks.items() if state == "revoked"]
        if revoked:
            out.append(self.tr("已吊销的报到台：{0}。").format("、".join(revoked)))
        old = [c for c, state in desks.items() if state == "unsigned"]
        if old:
            out.append(
                self.tr(
                    "报到台 {0} 的操作没有签名（旧版本）：请把所有报到台升级到同一版本。"
                ).format("、".join(old))
            )
        return out

    def show_status(self, status: dict[str, Any]) -> None:
        self.identity.setText(
            self.tr("本机报到台 {0} · 数据指纹 {1}").format(
                status["desk"], short_fingerprint(status["fingerprint"])
            )
        )
        self.identity.setToolTip(status["fingerprint"])
        warnings = self._warnings(status)
        self.clock_banner.setText("\n".join(warnings))
        self.clock_banner.setVisible(bool(warnings))
        peers: dict[str, dict[str, Any]] = status.get("peers", {})
        known: dict[str, int] = status.get("known", {})
        codes = list(known) + [c for c in peers if c not in known]
        self.desks.setRowCount(len(codes))
        for row, code in enumerate(codes):
            peer = peers.get(code)
            if code == status["desk"]:
                cells = [self.tr("{0}（本机）").format(code), str(known.get(code, 0)), "—", "—"]
            elif peer is None:
                cells = [code, str(known.get(code, 0)), self.tr("未直接收到"), "—"]
            else:
                behind = int(peer["behind"])
                cells = [
                    code,
                    str(known.get(code, 0)),
                    when_text(int(peer["last_seen_ms"])),
                    self.tr("{0} 条").format(behind) if behind else self.tr("不缺（已同步）"),
                ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.desks.setItem(row, column, item)
        waiting = int(status.get("pending", 0))
        self.pending.setText(
            self.tr("{0} 条操作在等前面缺的操作，收到其他报到台的文件后自动补上。").format(waiting)
            if waiting
            else self.tr("没有等待中的操作。")
        )
