"""排房建议: the options, a proposal for everyone waiting (who goes where, and why), who stays
unplaced and why, then 应用 — exactly the proposal shown (``apply_proposal(previewed=…)``):
if a desk placed someone meanwhile, the proposal is stale, nothing is written, and the dialog
says so and offers to make it again.

Alt+G 生成建议; Enter 应用 (once a proposal is shown); Esc closes. 允许异性同住 needs a
supervisor's name and PIN.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.room_pairing import Proposal, why_text
from ...services.operators import Team
from ...services.rooms.pairing import PairingOptions
from ..i18n import error_lang
from ..models.room_waiting_model import nights_text
from .approval import SubmitDialog, SupervisorRows
from .parts import enlarge, note, ok_cancel, show_warning

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of text, as read."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


def _view(name: str, model: RowsModel) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    return view


class PairingDialog(SubmitDialog):
    generate_requested = Signal()

    def __init__(
        self,
        team: Team,
        room_ref: Callable[[str, str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.room_ref = room_ref  # (hotel, number) → how the desk writes that room
        self.setObjectName("pairingDialog")
        self.setWindowTitle(self.tr("排房建议"))
        enlarge(self)
        self.setMinimumWidth(760)
        self.proposal: Proposal | None = None
        self.proposed_with: PairingOptions | None = None
        defaults = PairingOptions()
        self.colleagues = self._option("colleaguesOption", self.tr("同单位同住(&U)"))
        self.seniors = self._option("seniorsOption", self.tr("优先安排专家、女士、年长者(&P)"))
        self.arrived = self._option("arrivedOption", self.tr("只排已报到的人(&A)"))
        self.spare = self._option("spareOption", self.tr("使用机动房(&B)"))
        self.mixed = self._option("mixedOption", self.tr("允许异性同住（需主管批准）(&M)"))
        self.colleagues.setChecked(defaults.colleagues_together)
        self.seniors.setChecked(defaults.seniors_first)
        self.arrived.setChecked(defaults.arrived_only)
        self.spare.setChecked(defaults.use_spare)
        self.mixed.setChecked(defaults.mixed_allowed)
        options = QGridLayout()
        for n, box in enumerate(
            (self.colleagues, self.seniors, self.arrived, self.spare, self.mixed)
        ):
            options.addWidget(box, n // 2, n % 2)
        approval_form = QFormLayout()
        self.approval = SupervisorRows(
            approval_form, team.supervisors, self.tr("批准的主管"), self.tr("主管 PIN"),
            with_pin=team.pins_in_force,
        )  # fmt: skip
        self.approval.set_shown(False)
        self.mixed.toggled.connect(self.approval.set_shown)
        self.generate = QPushButton(self.tr("生成建议 (&G)"))
        self.generate.setObjectName("generateButton")
        self.generate.setAutoDefault(True)  # focused at first: Enter makes the proposal
        self.generate.clicked.connect(self.ask_proposal)
        self.summary = QLabel(self.tr("选好选项后按“生成建议”。"))
        self.summary.setObjectName("pairingSummary")
        self.summary.setWordWrap(True)
        self.placed = RowsModel(
            [self.tr("编号"), self.tr("姓名"), self.tr("房间"), self.tr("晚"), self.tr("原因")],
            self,
        )
        self.left = RowsModel([self.tr("编号"), self.tr("姓名"), self.tr("原因")], self)
        self.placed_view = _view("proposalTable", self.placed)
        self.left_view = _view("leftTable", self.left)
        self.left_label = QLabel(self.tr("仍待排"))
        ask = QHBoxLayout()
        ask.addWidget(self.generate)
        ask.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addLayout(approval_form)
        layout.addLayout(ask)
        layout.addWidget(self.placed_view, 3)
        layout.addWidget(self.left_label)
        layout.addWidget(self.left_view, 2)
        layout.addWidget(self.warning)
        layout.addWidget(
            note(self.tr("应用时只写入上面显示的建议；期间若有人排房，会提示重新生成。"))
        )
        layout.addWidget(ok_cancel(self, self.tr("应用")))
        self._set_ready(False)
        self.generate.setFocus()
        # room for the proposal's rows, within a 1366×768 laptop's screen
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(900, screen.width() - 40), min(660, screen.height() * 9 // 10))

    def _option(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        box.toggled.connect(self._options_changed)
        return box

    def options(self) -> PairingOptions:
        return PairingOptions(
            colleagues_together=self.colleagues.isChecked(),
            seniors_first=self.seniors.isChecked(),
            arrived_only=self.arrived.isChecked(),
            use_spare=self.spare.isChecked(),
            mixed_allowed=self.mixed.isChecked(),
        )

    def supervisor_name(self) -> str:
        return self.approval.name()

    def pin_text(self) -> str:
        return self.approval.pin_text()

    # --- the proposal ---------------------------------------------------------------------
    def ask_proposal(self) -> None:
        show_warning(self.warning, "")
        self.summary.setText(self.tr("正在生成建议…"))
        self.generate.setEnabled(False)
        self.generate_requested.emit()

    def show_proposal(self, proposal: Proposal) -> None:
        self.generate.setEnabled(True)
        self.generate.setText(self.tr("重新生成 (&G)"))
        self.proposal, self.proposed_with = proposal, self.options()
        lang = error_lang()
        self.placed.set_rows(
            [
                (
                    p.code,
                    p.name,
                    self.room_ref(p.hotel, p.number),
                    nights_text(p.nights),
                    why_text(p.why, lang),
                )
                for p in proposal.placements
            ]
        )
        self.left.set_rows([(x.code, x.name, why_text(x.reason, lang)) for x in proposal.left])
        rooms = len({p.room_id for p in proposal.placements})
        self.summary.setText(
            self.tr("建议排入 {0} 人（{1} 间房），仍待排 {2} 人。").format(
                len(proposal.placements), rooms, len(proposal.left)
            )
        )
        self.left_label.setText(self.tr("仍待排 {0} 人").format(len(proposal.left)))
        for view in (self.placed_view, self.left_view):
            view.resizeColumnsToContents()
        self._set_ready(bool(proposal.placements))
        button = self.ok_button()
        if button is not None and proposal.placements:
            button.setFocus()

    def proposal_failed(self, sentence: str) -> None:
        self.generate.setEnabled(True)
        self.summary.setText("")
        show_warning(self.warning, sentence)

    def stale(self, sentence: str) -> None:
        """Rooms changed since the preview: nothing was written; make the proposal again."""
        self.busy = False
        self.proposal = None
        self._set_ready(False)
        show_warning(self.warning, sentence)
        self.generate.setText(self.tr("重新生成建议 (&G)"))
        self.generate.setFocus()

    def _options_changed(self) -> None:
        if self.proposal is not None and self.options() != self.proposed_with:
            self._set_ready(False)
            self.summary.setText(self.tr("选项已改：请重新生成建议。"))
        elif self.proposal is not None:
            self._set_ready(bool(self.proposal.placements))

    def _set_ready(self, ready: bool) -> None:
        button = self.ok_button()
        if button is not None:
            button.setEnabled(ready)

    def accept(self) -> None:
        if self.proposal is None or self.options() != self.proposed_with:
            self.ask_proposal()
            return
        if not self.proposal.placements:
            return
        if self.mixed.isChecked():
            missing = self.approval.missing()
            if missing:
                show_warning(self.warning, missing)
                return
        self.submit()
