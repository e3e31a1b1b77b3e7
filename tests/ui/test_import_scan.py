"""PySide6's source scan is spared for modules that cannot use PySide6, and only for them."""

from __future__ import annotations

import sys

import sqlalchemy.orm

import huiwu_desk.services.queries
import huiwu_desk.ui.pages.desk_page
from huiwu_desk.ui.import_scan import spare_source_scans


def test_core_and_sqlalchemy_are_spared_and_the_window_modules_still_scanned() -> None:
    assert spare_source_scans(), "PySide6's import hook was not found"
    assert spare_source_scans(), "a second call must keep working (and not wrap twice)"
    uses_pyside = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert uses_pyside(sqlalchemy.orm) is False
    assert uses_pyside(huiwu_desk.services.queries) is False
    # the window's modules do use PySide6: PySide6 still reads them and says so
    assert uses_pyside(huiwu_desk.ui.pages.desk_page) is True
