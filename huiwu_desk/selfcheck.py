"""`huiwu-desk --check-install`: does this installation have everything a desk needs?

One line per part (the event file's migrations, the font and translations, Qt's platform
plugins, the spreadsheet reader and writer, the receipt printers' profiles and USB, the
signing keys, pinyin search), each ``OK`` or ``MISSING`` with what was found. Exit 0 when
all are there. In the installed bundle every part is required, USB printing (pyusb and a
libusb that really loads) included; from a source checkout USB is optional, as pyusb is.
A support person asks a desk for this output; CI runs it on the built bundle.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def _migrations() -> str:
    from .adapters.db.eventfile import SCHEMA_REVISIONS
    from .paths import migrations_dir

    folder = migrations_dir()
    scripts = {p.stem for p in (folder / "versions").glob("*.py")}
    missing = [r for r in SCHEMA_REVISIONS if r not in scripts]
    if missing or not (folder / "env.py").is_file():
        raise FileNotFoundError(f"{folder}: missing {', '.join(missing) or 'env.py'}")
    return f"{len(SCHEMA_REVISIONS)} revisions, head {SCHEMA_REVISIONS[-1]} ({folder})"


def _resources() -> str:
    from .paths import resources_dir

    folder = resources_dir()
    wanted = [
        folder / "fonts" / "NotoSansCJKsc-Regular.otf",
        folder / "fonts" / "NotoSansCJKsc-Bold.otf",
        folder / "i18n" / "huiwu_desk_en.qm",
        folder / "demo" / "names.json",
    ]
    missing = [str(p.relative_to(folder)) for p in wanted if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"{folder}: missing {', '.join(missing)}")
    return f"font, translations, demo lists ({folder})"


def _qt() -> str:
    from PySide6.QtCore import QLibraryInfo, qVersion

    translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (translations / "qtbase_zh_CN.qm").is_file():
        raise FileNotFoundError(f"qtbase_zh_CN.qm not in {translations}")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(p.name for p in plugins.iterdir()) if plugins.is_dir() else []
    wanted = "qwindows" if sys.platform == "win32" else "libqxcb"
    if not any(name.startswith(wanted) for name in found):
        raise FileNotFoundError(f"no {wanted} platform plugin in {plugins}")
    return f"Qt {qVersion()}, platforms: {', '.join(found)}"


def _sheets() -> str:
    """A workbook written by openpyxl and read back by calamine in the reader's child process
    (started with spawn: in the bundle, as this executable)."""
    import tempfile

    import openpyxl

    from .adapters.sheets.sheet_process import read_in_child

    with tempfile.TemporaryDirectory(prefix="huiwu-check-") as folder:
        path = Path(folder) / "check.xlsx"
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["姓名", "单位"])
        sheet.append(["张伟", "会务组"])
        book.save(path)
        read = read_in_child(path)
    rows = next(iter(read.sheets.values()), [])
    if [list(r) for r in rows[:2]] != [["姓名", "单位"], ["张伟", "会务组"]]:
        raise LookupError(f"read back {rows!r}")
    return f"openpyxl {openpyxl.__version__} wrote, calamine read in a child process"


def _printers() -> str:
    from escpos import printer
    from escpos.capabilities import get_profile

    profile = get_profile("default")
    if not profile.get_code_pages():
        raise LookupError("escpos capabilities.json not loaded")
    network = printer.Network.is_usable()
    return f"python-escpos profiles ({len(profile.get_code_pages())} code pages), net: {network}"


def _usb() -> str:
    import usb.backend.libusb1

    backend = usb.backend.libusb1.get_backend()
    if backend is None:
        raise LookupError("pyusb is there but no libusb-1.0 loads")
    return f"libusb-1.0 loaded from {backend.lib._name}"


def _crypto() -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    key.public_key().verify(key.sign(b"huiwu"), b"huiwu")
    return "Ed25519 signs and verifies"


def _pinyin() -> str:
    from pypinyin import lazy_pinyin

    got = lazy_pinyin("张伟")
    if got != ["zhang", "wei"]:
        raise LookupError(f"pypinyin's dictionary gave {got}")
    return "pypinyin dictionary"


def checks() -> list[tuple[str, Callable[[], str], bool]]:
    """(name, check, required): USB is required in the bundle only."""
    frozen = bool(getattr(sys, "frozen", False))
    return [
        ("迁移脚本 migrations", _migrations, True),
        ("字体与翻译 resources", _resources, True),
        ("Qt", _qt, True),
        ("表格 sheets", _sheets, True),
        ("打印 printers", _printers, True),
        ("USB 打印 USB printing", _usb, frozen),
        ("签名 signing", _crypto, True),
        ("拼音 pinyin", _pinyin, True),
    ]


def main() -> int:
    from . import __version__

    where = Path(sys.executable).parent if getattr(sys, "frozen", False) else Path(__file__).parent
    print(f"huiwu-desk {__version__} ({where})")
    failed = 0
    for name, check, required in checks():
        try:
            print(f"OK       {name}: {check()}")
        except Exception as exc:  # every part is reported, whatever breaks
            status = "MISSING" if required else "optional"
            failed += required
            print(f"{status:<8} {name}: {type(exc).__name__}: {exc}")
    print(
        "安装完整 (installation complete)" if not failed else f"缺少 {failed} 项 ({failed} missing)"
    )
    return 0 if not failed else 1
