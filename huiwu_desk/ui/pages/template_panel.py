"""证件模板: pick a category's badge template, change sizes, positions and type sizes, and
see the badge as it will print — a live preview of a real attendee (by code) or a sample.

Built-in templates are never changed: saving one that was edited keeps it as the event's own
template (a new key) and assigns it to the category. Templates are event settings, so every
desk prints the same design after the next sync.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.documents import (
    BUILTIN_TEMPLATES,
    DEFAULT_TEMPLATE,
    SAMPLE_BADGE,
    BadgeDocument,
    BadgeTemplate,
)
from ...services import print_setup, print_templates, printing
from ...services.changes import Changes
from ...services.desk_lists import CategoryChoice
from ...services.print_setup import TemplateSetup
from ..hub import Hub
from ..labels import template_name
from ..session import Session
from ..widgets.template_form import TemplateForm
from .print_parts import MessageLine, note

PREVIEW_BOX = (560, 420)  # the preview fits in this many pixels
PREVIEW_DELAY_MS = 60


def qpixmap(img: Image.Image) -> QPixmap:
    rgb = img.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    image = QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(image.copy())


def preview_dpi(template: BadgeTemplate) -> int:
    w, h = PREVIEW_BOX
    dpi = min(w * 25.4 / template.width_mm, h * 25.4 / template.height_mm)
    return int(max(50, min(dpi, 300)))


class TemplatePanel(QWidget):
    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setup: TemplateSetup | None = None
        self.dirty = False
        self.person_doc: BadgeDocument | None = None  # None: the sample badge
        self._filling = False
        self._want_key: str | None = None

        self.category = QComboBox()
        self.category.setObjectName("templateCategory")
        self.category.currentIndexChanged.connect(self._category_chosen)
        self.choice = QComboBox()
        self.choice.setObjectName("templateChoice")
        self.choice.currentIndexChanged.connect(self._template_chosen)
        self.code = QLineEdit()
        self.code.setObjectName("previewCode")
        self.code.setPlaceholderText(self.tr("留空用示例；输入编号后回车"))
        self.code.returnPressed.connect(self.load_person)
        self.form = TemplateForm()
        self.form.edited.connect(self._edited)
        self.save_button = QPushButton(self.tr("保存并用于此类别(&S)"))
        self.save_button.setObjectName("templateSave")
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine("templateMessage")
        self.preview = QLabel()
        self.preview.setObjectName("badgePreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(*PREVIEW_BOX)
        self.preview.setStyleSheet("background: #d0d7de; border-radius: 6px;")
        self.caption = QLabel()
        self.caption.setObjectName("previewCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setStyleSheet("color: #57606a;")

        top = QFormLayout()
        top.addRow(self.tr("参会类别(&K)"), self.category)
        top.addRow(self.tr("证件模板(&M)"), self.choice)
        top.addRow(self.tr("预览人员编号(&P)"), self.code)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.form)
        left.addWidget(self.save_button)
        left.addWidget(self.message)
        left.addWidget(
            note(self.tr("姓名过长时自动缩小字号；单位最多折成所设行数。预览按打印机的方式排版。"))
        )
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.caption)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addLayout(right, 1)

        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(PREVIEW_DELAY_MS)
        self._later.timeout.connect(self.render_preview)
        hub.changes_applied.connect(self._on_changes)
        hub.event_opened.connect(self._opened)

    @property
    def template(self) -> BadgeTemplate:
        return self.form.template

    # --- loading ---------------------------------------------------------------------------
    def page_shown(self) -> None:
        if self.setup is None:
            self.reload()
        self.category.setFocus(Qt.FocusReason.OtherFocusReason)

    def _opened(self, _event: object) -> None:
        self.setup = None
        self.dirty = False
        self.person_doc = None
        self.code.clear()
        if self.isVisible():
            self.reload()

    def _on_changes(self, changes: Changes) -> None:
        if (changes.setup or changes.everything) and self.setup is not None:
            self.reload()

    def reload(self) -> None:
        self.session.run_query(print_setup.template_setup, on_done=self._loaded)

    def _loaded(self, found: TemplateSetup) -> None:
        keep_category = self.current_category()
        self.setup = found
        self._filling = True
        self.category.clear()
        for cat in found.categories:
            self.category.addItem(cat.name, cat.key)
        if not found.categories:
            self.category.addItem(self.tr("（没有类别）"), "")
        self.choice.clear()
        for key, template in found.templates.items():
            self.choice.addItem(template_name(key, template.name), key)
        index = self.category.findData(keep_category.key if keep_category else "")
        self.category.setCurrentIndex(max(index, 0))
        self.choice.setCurrentIndex(max(self.choice.findData(self.template.key), 0))
        self._filling = False
        if not self.dirty:
            self._category_chosen()

    def current_category(self) -> CategoryChoice | None:
        if self.setup is None:
            return None
        key = self.category.currentData()
        return next((c for c in self.setup.categories if c.key == key), None)

    def _category_chosen(self, *_args: Any) -> None:
        if self._filling or self.setup is None:
            return
        cat = self.current_category()
        key = self._want_key or (self.setup.assigned.get(cat.key) if cat else None)
        self._want_key = None
        if key not in self.setup.templates:
            key = DEFAULT_TEMPLATE
        self._filling = True
        self.choice.setCurrentIndex(max(self.choice.findData(key), 0))
        self._filling = False
        self._template_chosen()

    def _template_chosen(self, *_args: Any) -> None:
        if self._filling or self.setup is None:
            return
        key = self.choice.currentData()
        template = self.setup.templates.get(key)
        if template is None:
            return
        self.dirty = False
        self.form.load(template)
        self._later.start()

    def _edited(self) -> None:
        self.dirty = True
        self.message.clear()
        self._later.start()

    # --- the preview -----------------------------------------------------------------------
    def load_person(self) -> None:
        code = self.code.text().strip()
        if not code:
            self.person_doc = None
            self._later.start()
            return
        self.session.run_query(
            printing.preview_badge, code, on_done=self._person_loaded, on_error=self.message.error
        )

    def _person_loaded(self, found: tuple[BadgeDocument, BadgeTemplate]) -> None:
        self.person_doc = found[0]
        self.message.clear()
        self._later.start()

    def preview_doc(self) -> BadgeDocument:
        if self.person_doc is not None:
            return self.person_doc
        cat = self.current_category()
        event = self.session.event
        return replace(
            SAMPLE_BADGE,
            category=cat.name if cat else SAMPLE_BADGE.category,
            category_color=cat.color if cat else SAMPLE_BADGE.category_color,
            event_name=event.name if event else SAMPLE_BADGE.event_name,
        )

    def render_preview(self) -> None:
        from ...bootstrap_printing import preview_badge

        dpi = preview_dpi(self.template)
        img = preview_badge(self.preview_doc(), self.template, dpi)
        self.preview.setPixmap(qpixmap(img))
        t = self.template
        doc = self.person_doc
        who = f"{doc.name}（{doc.code}）" if doc is not None else self.tr("示例")
        self.caption.setText(
            self.tr("{0}{1} · {2:g} × {3:g} mm · 预览：{4}").format(
                template_name(t.key, t.name),
                self.tr("（未保存）") if self.dirty else "",
                t.width_mm,
                t.height_mm,
                who,
            )
        )

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        cat = self.current_category()
        if cat is None or self.setup is None:
            self.message.error(self.tr("请先选择参会类别。"))
            return
        t = self.template
        if not self.dirty:
            if self.setup.assigned.get(cat.key, DEFAULT_TEMPLATE) == t.key:
                self.message.ok(self.tr("“{0}”已在使用这个模板。").format(cat.name))
                return
            self._want_key = t.key
            self.session.run_use_case(
                print_templates.assign_template,
                cat.key,
                t.key,
                on_done=lambda _c: self.message.ok(
                    self.tr("“{0}”的证件改用“{1}”。").format(cat.name, template_name(t.key, t.name))
                ),
                on_error=self.message.error,
            )
            return
        if t.key in BUILTIN_TEMPLATES:
            key = self._new_key(f"{t.key}_{cat.key}")
            name = t.name
            if name == BUILTIN_TEMPLATES[t.key].name:  # not renamed: named in the UI language
                name = self.tr("{0}（{1}）").format(template_name(t.key, name), cat.name)
            t = replace(t, key=key, name=name)
        self._want_key = t.key
        self.session.run_use_case(
            print_setup.save_and_assign,
            t,
            cat.key,
            on_done=lambda _c: self._saved(cat, t),
            on_error=self.message.error,
        )

    def _saved(self, cat: CategoryChoice, t: BadgeTemplate) -> None:
        self.dirty = False
        self.form.template = t
        self.message.ok(self.tr("已保存模板“{0}”，“{1}”的证件用它打印。").format(t.name, cat.name))

    def _new_key(self, base: str) -> str:
        taken = set(self.setup.templates) if self.setup else set()
        key, n = base, 2
        while key in taken:
            key, n = f"{base}_{n}", n + 1
        return key
