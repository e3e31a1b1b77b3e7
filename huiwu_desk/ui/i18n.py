"""The UI language: Qt translators for our strings and Qt's own dialogs, and the error language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resources_dir

LANGUAGES = {"zh_CN": "中文", "en": "English"}
DEFAULT = "zh_CN"
log = logging.getLogger(__name__)

_current = DEFAULT
_installed: list[QTranslator] = []


def normalize(lang: str | None) -> str:
    if not lang:
        return DEFAULT
    lang = lang.replace("-", "_")
    if lang in LANGUAGES:
        return lang
    return "en" if lang.lower().startswith("en") else DEFAULT


def current() -> str:
    return _current


def error_lang() -> str:
    """The language argument of ``UserFacingError.text``."""
    return "zh" if _current.startswith("zh") else "en"


def _load(name: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(name, folder):
        return translator
    return None


def set_language(lang: str | None) -> str:
    """Install the translators for ``lang`` on the running application (replacing earlier ones)."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a running QApplication")
    lang = normalize(lang)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    wanted = [(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if lang != DEFAULT:  # source strings are Chinese: zh_CN needs no file of ours
        wanted.append((f"huiwu_desk_{lang}", str(resources_dir() / "i18n")))
    for name, folder in wanted:
        translator = _load(name, folder)
        if translator is None:
            log.warning("no translation %s in %s", name, folder)
            continue
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale("zh_CN" if lang == DEFAULT else "en_US"))
    _current = lang
    return lang
