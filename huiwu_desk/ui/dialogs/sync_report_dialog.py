"""After an import: new operations per desk, already known, waiting, conflicts new and resolved."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...bootstrap_sync import ImportOutcome
from ..conflict_text import kind_title
from ..labels import join_list
from .parts import WARNING_STYLE, enlarge


def _kinds(pairs: list[tuple[str, str]]) -> str:
    counts = Counter(kind for _id, kind in pairs)
    return join_list(f"{kind_title(k)} {n}" for k, n in sorted(counts.items()))


class SyncReportDialog(QDialog):
    def __init__(self, outcome: ImportOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncReportDialog")
        self.setWindowTitle(self.tr("导入结果"))
        enlarge(self)
        self.setMinimumWidth(520)
        self.show_conflicts = False
        report = outcome.report
        lines = [
            self.tr("导入了 {0} 个同步文件（来自报到台 {1}）。").format(
                report.bundles, join_list(c for c in report.senders if c) or "—"
            )
        ]
        if outcome.new_ops:
            lines.append(self.tr("新操作 {0} 条：").format(outcome.new_ops))
            lines += [
                self.tr("　报到台 {0}：{1} 条").format(code, n)
                for code, n in sorted(report.new.items())
            ]
        else:
            lines.append(self.tr("没有新操作：这些内容本机都已经有了。"))
        lines.append(self.tr("已有（未重复导入）：{0} 条").format(report.known))
        if report.pending:
            lines.append(
                self.tr(
                    "{0} 条操作缺少前面的操作，先保存着，等收到其他报到台的文件后补上。"
                ).format(report.pending)
            )
        new, resolved = outcome.conflicts.new, outcome.conflicts.resolved
        lines.append(
            self.tr("冲突：新出现 {0} 个，已解决 {1} 个，未解决共 {2} 个。").format(
                len(new), len(resolved), report.conflicts_after
            )
        )
        if new:
            lines.append(self.tr("新冲突：{0}").format(_kinds(new)))
        body = QLabel("\n".join(lines))
        body.setObjectName("syncReportText")
        body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        if report.conflicts_after:
            alert = QLabel(self.tr("有未解决的冲突，请到“冲突”页处理。"))
            alert.setObjectName("syncReportConflicts")
            alert.setStyleSheet(WARNING_STYLE)
            layout.addWidget(alert)
        box = QDialogButtonBox()
        ok = box.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        ok.setObjectName("okButton")
        if report.conflicts_after:
            go = box.addButton(self.tr("查看冲突"), QDialogButtonBox.ButtonRole.ActionRole)
            go.setObjectName("showConflictsButton")
            go.clicked.connect(self._to_conflicts)
        box.accepted.connect(self.accept)
        layout.addWidget(box)
        ok.setFocus()

    def text(self) -> str:
        label = self.findChild(QLabel, "syncReportText")
        return label.text() if label is not None else ""

    def _to_conflicts(self) -> None:
        self.show_conflicts = True
        self.accept()
