"""Main-window actions in one registry keyed by an enum (Picard's pattern).

The window supplies a handler per action and builds its menus from here, so a shortcut or a
label is defined once, and pages can trigger an action by its id.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenuBar

from .desk_keys import KEYS, DeskTask, task_title
from .i18n import LANGUAGES
from .pages import PAGES, PageId


class ActionId(Enum):
    NEW_EVENT = auto()
    OPEN_EVENT = auto()
    OPEN_DEMO = auto()
    JOIN_EVENT = auto()
    IMPORT_ROSTER = auto()
    CLOSE_EVENT = auto()
    QUIT = auto()
    CHOOSE_OPERATOR = auto()
    OPEN_SHIFT = auto()
    CLOSE_SHIFT = auto()
    CHECK_IN = auto()
    COLLECT_FEE = auto()
    HAND_OUT = auto()
    ROOM = auto()
    BADGE = auto()
    EDIT = auto()
    WALK_IN = auto()
    ONE_STEP = auto()
    DOOR_MODE = auto()
    LANGUAGE_ZH = auto()
    LANGUAGE_EN = auto()

    @classmethod
    def for_task(cls, task: DeskTask) -> ActionId:
        return cls[task.name]


LANGUAGE_ACTIONS = {ActionId.LANGUAGE_ZH: "zh_CN", ActionId.LANGUAGE_EN: "en"}


class Menu(Enum):
    EVENT = auto()
    DESK = auto()
    PAGES = auto()
    OPTIONS = auto()
    LANGUAGE = auto()


# A page's action (页面 menu, Ctrl+<n>) is keyed by its PageId: pages are declared in pages/.
Key = ActionId | PageId


@dataclass(frozen=True)
class ActionSpec:
    id: Key
    text: str
    menu: Menu
    shortcut: str = ""
    needs_event: bool = False  # disabled while no event is open
    separator_before: bool = False
    checkable: bool = False


def _specs() -> list[ActionSpec]:
    specs = [
        ActionSpec(
            ActionId.NEW_EVENT,
            QCoreApplication.translate("actions", "新建会议…"),
            Menu.EVENT,
            "Ctrl+Shift+N",  # Ctrl+N is the walk-in registration at the desk
        ),
        ActionSpec(
            ActionId.OPEN_EVENT,
            QCoreApplication.translate("actions", "打开会议…"),
            Menu.EVENT,
            "Ctrl+O",
        ),
        ActionSpec(
            ActionId.OPEN_DEMO, QCoreApplication.translate("actions", "打开演示会议"), Menu.EVENT
        ),
        ActionSpec(
            ActionId.JOIN_EVENT, QCoreApplication.translate("actions", "加入会议…"), Menu.EVENT
        ),
        ActionSpec(
            ActionId.IMPORT_ROSTER,
            QCoreApplication.translate("actions", "导入名单…"),
            Menu.EVENT,
            "Ctrl+I",
            needs_event=True,
            separator_before=True,
        ),
        ActionSpec(
            ActionId.CLOSE_EVENT,
            QCoreApplication.translate("actions", "关闭会议"),
            Menu.EVENT,
            "Ctrl+W",
            needs_event=True,
            separator_before=True,
        ),
        ActionSpec(
            ActionId.QUIT,
            QCoreApplication.translate("actions", "退出"),
            Menu.EVENT,
            "Ctrl+Q",
            separator_before=True,
        ),
        ActionSpec(
            ActionId.CHOOSE_OPERATOR,
            QCoreApplication.translate("actions", "切换操作员…"),
            Menu.OPTIONS,
            "Ctrl+Shift+O",
            needs_event=True,
        ),
        ActionSpec(
            ActionId.OPEN_SHIFT,
            QCoreApplication.translate("actions", "开班…"),
            Menu.OPTIONS,
            needs_event=True,
        ),
        ActionSpec(
            ActionId.CLOSE_SHIFT,
            QCoreApplication.translate("actions", "交班（盲点）…"),
            Menu.OPTIONS,
            needs_event=True,
        ),
    ]
    specs += [
        ActionSpec(
            ActionId.for_task(task),
            task_title(task) + ("…" if task is not DeskTask.CHECK_IN else ""),
            Menu.DESK,
            KEYS[task],
            needs_event=True,
            separator_before=task is DeskTask.WALK_IN,
        )
        for task in DeskTask
    ]
    specs.append(
        ActionSpec(
            ActionId.ONE_STEP,
            QCoreApplication.translate("actions", "回车一步完成（报到并发资料）"),
            Menu.DESK,
            needs_event=True,
            separator_before=True,
            checkable=True,
        )
    )
    specs.append(
        ActionSpec(
            ActionId.DOOR_MODE,
            QCoreApplication.translate("actions", "门口模式…"),
            Menu.DESK,
            "Ctrl+Shift+D",
            needs_event=True,
            separator_before=True,
        )
    )
    # Language names are written in their own language on purpose: findable in either UI.
    specs += [
        ActionSpec(aid, LANGUAGES[lang], Menu.LANGUAGE) for aid, lang in LANGUAGE_ACTIONS.items()
    ]
    specs += [
        ActionSpec(page.id, page.title(), Menu.PAGES, page.shortcut, needs_event=True)
        for page in PAGES
    ]
    return specs


class ActionRegistry:
    def __init__(self, parent: QObject, handlers: Mapping[Key, Callable[[], object]]) -> None:
        self.specs = {spec.id: spec for spec in _specs()}
        self.actions: dict[Key, QAction] = {}
        for spec in self.specs.values():
            action = QAction(spec.text, parent)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setCheckable(spec.checkable)
            handler = handlers.get(spec.id)
            if handler is not None:
                action.triggered.connect(lambda _checked=False, h=handler: h())
            self.actions[spec.id] = action
        self._language_group = QActionGroup(parent)
        for aid in LANGUAGE_ACTIONS:
            self.actions[aid].setCheckable(True)
            self._language_group.addAction(self.actions[aid])

    def __getitem__(self, aid: Key) -> QAction:
        return self.actions[aid]

    def set_event_open(self, is_open: bool) -> None:
        for spec in self.specs.values():
            if spec.needs_event:
                self.actions[spec.id].setEnabled(is_open)

    def set_language(self, lang: str) -> None:
        for aid, code in LANGUAGE_ACTIONS.items():
            self.actions[aid].setChecked(code == lang)

    def build_menus(self, bar: QMenuBar) -> None:
        event_menu = bar.addMenu(QCoreApplication.translate("actions", "会议(&F)"))
        desk_menu = bar.addMenu(QCoreApplication.translate("actions", "报到(&D)"))
        pages_menu = bar.addMenu(QCoreApplication.translate("actions", "页面(&G)"))
        options_menu = bar.addMenu(QCoreApplication.translate("actions", "选项(&O)"))
        menus = {
            Menu.EVENT: event_menu,
            Menu.DESK: desk_menu,
            Menu.PAGES: pages_menu,
            Menu.OPTIONS: options_menu,
        }
        for spec in self.specs.values():
            if spec.menu is Menu.LANGUAGE:
                continue
            if spec.separator_before:
                menus[spec.menu].addSeparator()
            menus[spec.menu].addAction(self.actions[spec.id])
        options_menu.addSeparator()
        language_menu = options_menu.addMenu(
            QCoreApplication.translate("actions", "界面语言 (Language)")
        )
        for aid in LANGUAGE_ACTIONS:
            language_menu.addAction(self.actions[aid])
