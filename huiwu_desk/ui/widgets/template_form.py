"""The badge template form: name, badge size, and each element's box, type size and style.

Holds the template being edited; every change makes a new ``BadgeTemplate`` (they are
immutable) and emits ``edited`` so the page can redraw its preview.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.documents import (
    BUILTIN_TEMPLATES,
    DEFAULT_TEMPLATE,
    FIELD_KEYS,
    BadgeTemplate,
    Field,
)
from ..labels import template_name
from . import file_dialogs


def mm_box(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setRange(0.0, 300.0)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setSuffix(" mm")
    box.setKeyboardTracking(False)  # typed digits count on Enter or leaving the box
    return box


class TemplateForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template: BadgeTemplate = BUILTIN_TEMPLATES[DEFAULT_TEMPLATE]
        self._filling = False
        self.name = QLineEdit()
        self.name.setObjectName("templateName")
        self.width_mm = mm_box("templateWidth")
        self.height_mm = mm_box("templateHeight")
        for size in (self.width_mm, self.height_mm):
            size.setMinimum(20.0)
        self.logo_button = QPushButton(self.tr("标志图片…"))
        self.logo_button.setObjectName("templateLogo")
        self.logo_button.clicked.connect(self.choose_logo)
        self.field = QComboBox()
        self.field.setObjectName("templateField")
        labels = self._field_labels()
        for key in FIELD_KEYS:
            self.field.addItem(labels[key], key)
        self.shown = QCheckBox(self.tr("显示此项"))
        self.shown.setObjectName("fieldShown")
        self.x, self.y = mm_box("fieldX"), mm_box("fieldY")
        self.w, self.h = mm_box("fieldW"), mm_box("fieldH")
        self.size_pt = QDoubleSpinBox()
        self.size_pt.setObjectName("fieldSize")
        self.size_pt.setRange(4.0, 120.0)
        self.size_pt.setDecimals(1)
        self.size_pt.setSuffix(" pt")
        self.size_pt.setKeyboardTracking(False)
        self.bold = QCheckBox(self.tr("粗体"))
        self.bold.setObjectName("fieldBold")
        self.lines = QSpinBox()
        self.lines.setObjectName("fieldLines")
        self.lines.setRange(1, 4)
        self.align = QComboBox()
        self.align.setObjectName("fieldAlign")
        for label, value in (
            (self.tr("居中"), "center"),
            (self.tr("靠左"), "left"),
            (self.tr("靠右"), "right"),
        ):
            self.align.addItem(label, value)
        self._layout()

        self.field.currentIndexChanged.connect(self._fill_field)
        self.name.textEdited.connect(self._edited)
        for box in (self.width_mm, self.height_mm, self.x, self.y, self.w, self.h, self.size_pt):
            box.valueChanged.connect(self._edited)
        self.lines.valueChanged.connect(self._edited)
        self.shown.clicked.connect(self._edited)
        self.bold.clicked.connect(self._edited)
        self.align.currentIndexChanged.connect(self._edited)

    def _field_labels(self) -> dict[str, str]:
        return {
            "band": self.tr("色带"),
            "category": self.tr("类别名称"),
            "event": self.tr("会议名称"),
            "name": self.tr("姓名"),
            "unit": self.tr("单位"),
            "title": self.tr("职称"),
            "qr": self.tr("二维码"),
            "logo": self.tr("标志"),
        }

    def _layout(self) -> None:
        top = QFormLayout()
        top.addRow(self.tr("模板名称(&N)"), self.name)
        size = QHBoxLayout()
        size.addWidget(self.width_mm)
        size.addWidget(QLabel("×"))
        size.addWidget(self.height_mm)
        size.addWidget(self.logo_button)
        top.addRow(self.tr("宽 × 高"), size)
        element = QFormLayout()
        element.addRow(self.tr("元素(&F)"), self.field)
        element.addRow("", self.shown)
        position = QHBoxLayout()
        for label, box in ((self.tr("左"), self.x), (self.tr("上"), self.y)):
            position.addWidget(QLabel(label))
            position.addWidget(box)
        element.addRow(self.tr("位置"), position)
        extent = QHBoxLayout()
        for label, box in ((self.tr("宽"), self.w), (self.tr("高"), self.h)):
            extent.addWidget(QLabel(label))
            extent.addWidget(box)
        element.addRow(self.tr("大小"), extent)
        element.addRow(self.tr("最大字号"), self.size_pt)
        style = QHBoxLayout()
        style.addWidget(self.bold)
        style.addWidget(QLabel(self.tr("行数")))
        style.addWidget(self.lines)
        style.addWidget(self.align)
        element.addRow(self.tr("样式"), style)
        group = QGroupBox(self.tr("元素的位置和字号（毫米，从左上角量起）"))
        group.setLayout(element)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(group)

    # --- showing a template ------------------------------------------------------------------
    def load(self, template: BadgeTemplate) -> None:
        self.template = template
        self._filling = True
        self.name.setText(template_name(template.key, template.name))  # a built-in's in English
        self.width_mm.setValue(template.width_mm)
        self.height_mm.setValue(template.height_mm)
        self._filling = False
        self._fill_field()

    def _fill_field(self, *_args: Any) -> None:
        key = self.field.currentData()
        found = self.template.fields.get(key)
        spec = found or Field(0, 0, 0, 0)
        self._filling = True
        self.shown.setChecked(found is not None)
        for box, value in zip(
            (self.x, self.y, self.w, self.h), (spec.x, spec.y, spec.w, spec.h), strict=True
        ):
            box.setValue(value)
        self.size_pt.setValue(spec.size_pt)
        self.bold.setChecked(spec.bold)
        self.lines.setValue(spec.lines)
        self.align.setCurrentIndex(max(self.align.findData(spec.align), 0))
        for widget in (self.x, self.y, self.w, self.h, self.size_pt, self.bold, self.lines):
            widget.setEnabled(found is not None)
        self.align.setEnabled(found is not None)
        self._filling = False

    # --- editing -----------------------------------------------------------------------------
    def _edited(self, *_args: Any) -> None:
        if self._filling:
            return
        key = self.field.currentData()
        typed = self.name.text().strip()
        shown = template_name(self.template.key, self.template.name)
        t = replace(
            self.template,
            name=typed if typed and typed != shown else self.template.name,
            width_mm=self.width_mm.value(),
            height_mm=self.height_mm.value(),
        )
        if not self.shown.isChecked():
            t = replace(t, fields={k: v for k, v in t.fields.items() if k != key})
        elif key not in t.fields:
            t = t.with_field(key, **self._default_field(key))
        else:
            t = t.with_field(
                key,
                x=self.x.value(),
                y=self.y.value(),
                w=self.w.value(),
                h=self.h.value(),
                size_pt=self.size_pt.value(),
                bold=self.bold.isChecked(),
                lines=self.lines.value(),
                align=self.align.currentData(),
            )
        was_shown = key in self.template.fields
        self.template = t
        if was_shown != (key in t.fields):
            self._fill_field()  # switched on or off: the boxes follow
        self.edited.emit()

    def _default_field(self, key: str) -> dict[str, Any]:
        """An element switched on again: the size the built-in templates give it, top left."""
        for builtin in BUILTIN_TEMPLATES.values():
            if key in builtin.fields:
                f = builtin.fields[key]
                w = min(f.w, self.template.width_mm)
                h = min(f.h, self.template.height_mm)
                return {"x": 0.0, "y": 0.0, "w": w, "h": h, "size_pt": f.size_pt, "bold": f.bold}
        return {"x": 0.0, "y": 0.0, "w": 20.0, "h": 10.0}

    def choose_logo(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("标志图片"), "", self.tr("图片 (*.png *.jpg *.jpeg *.bmp)")
        )
        if path:
            self.template = replace(self.template, logo_path=str(path))
            self.edited.emit()
