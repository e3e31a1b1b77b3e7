"""Backends by URI scheme: python-escpos connections, TSPL over the same pipes, PDF and PNG files.

Every failure to reach a device becomes PrinterUnavailable (one sentence naming the URI);
anything the device refuses part-way becomes PrinterFailed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from escpos import exceptions as escpos_errors

from ...domain.print_errors import PrinterFailed, PrinterUnavailable, UnsupportedPrinter
from ...domain.print_jobs import PrinterUri
from . import pdf
from .registry import Pages, Rendered, register_backend

ESCPOS_DPI = 203
ESCPOS_WIDTH_PX = 576  # 80 mm paper; 58 mm paper is ?width=384
NET_TIMEOUT_S = 5.0


def _escpos_connection(uri: PrinterUri) -> Any:
    """The python-escpos class for a URI, constructed but not yet opened."""
    from escpos import printer

    s = uri.scheme
    if s in ("escpos-file", "tspl-file"):
        return printer.File(devfile=uri.target, auto_flush=True)
    if s in ("escpos-net", "tspl-net"):
        host, port = uri.host_port
        timeout = float(uri.params.get("timeout", NET_TIMEOUT_S))
        return printer.Network(host=host, port=port, timeout=timeout)
    if s == "escpos-usb":
        if not printer.Usb.is_usable():
            raise UnsupportedPrinter(uri=uri.text, reason="需要先安装 pyusb 和 libusb")
        vid, _, pid = uri.target.partition(":")
        try:
            ids = int(vid, 16), int(pid, 16)
        except ValueError:
            raise UnsupportedPrinter(uri=uri.text, reason="应写成 escpos-usb://VID:PID") from None
        return printer.Usb(
            ids[0],
            ids[1],
            timeout=uri.int_param("timeout", 0),
            in_ep=uri.int_param("in_ep", 0x82),
            out_ep=uri.int_param("out_ep", 0x01),
        )
    if s == "escpos-serial":
        if not printer.Serial.is_usable():
            raise UnsupportedPrinter(uri=uri.text, reason="需要先安装 pyserial")
        return printer.Serial(devfile=uri.target, baudrate=uri.int_param("baudrate", 9600))
    if s == "escpos-win32":
        if not printer.Win32Raw.is_usable():
            raise UnsupportedPrinter(uri=uri.text, reason="只能在 Windows 上使用（需要 pywin32）")
        return printer.Win32Raw(printer_name=uri.target)
    if s == "escpos-cups":
        if not printer.CupsPrinter.is_usable():
            raise UnsupportedPrinter(uri=uri.text, reason="需要 CUPS 和 pycups")
        server = uri.params.get("host")  # another CUPS server; default: this machine's
        kwargs: dict[str, Any] = {"host": server} if server else {}
        if "port" in uri.params:
            kwargs["port"] = uri.int_param("port", 631)
        return printer.CupsPrinter(printer_name=uri.target, **kwargs)
    raise UnsupportedPrinter(uri=uri.text, reason=f"不支持“{s}”")


@dataclass
class StreamBackend:
    """ESC/POS or TSPL bytes over a python-escpos connection (file, USB, serial, net, spooler)."""

    uri: PrinterUri
    language: str = "escpos"
    dpi: int = ESCPOS_DPI
    width_px: int | None = ESCPOS_WIDTH_PX
    connect: Callable[[PrinterUri], Any] = field(default=_escpos_connection, repr=False)

    def send(self, data: Rendered, title: str) -> None:
        if not isinstance(data, bytes):
            raise TypeError("a stream printer takes bytes")
        conn = self.connect(self.uri)
        try:
            try:
                if self.uri.scheme in ("escpos-cups", "escpos-win32"):
                    conn.open(job_name=title or "huiwu-desk")
                else:
                    conn.open()
            except (escpos_errors.DeviceNotFoundError, OSError) as exc:
                raise PrinterUnavailable(uri=self.uri.text) from exc
            try:
                conn._raw(data)
                if hasattr(conn, "send"):  # CUPS spools the job only on send()
                    conn.send()
                if hasattr(conn, "flush"):
                    conn.flush()
            except OSError as exc:  # includes socket timeouts
                raise PrinterFailed(uri=self.uri.text, reason=_reason(exc)) from exc
            except escpos_errors.Error as exc:
                raise PrinterFailed(uri=self.uri.text, reason=_reason(exc)) from exc
        finally:
            with contextlib.suppress(Exception):  # a dead device must not hide the sentence
                conn.close()


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[-1] if text else type(exc).__name__


def stream_backend(language: str) -> Callable[[PrinterUri], StreamBackend]:
    def make(uri: PrinterUri) -> StreamBackend:
        width = uri.int_param("width", ESCPOS_WIDTH_PX) if language == "escpos" else None
        return StreamBackend(uri, language, uri.int_param("dpi", ESCPOS_DPI), width)

    return make


@dataclass
class FileBackend:
    """``pdf:///PATH.pdf`` and ``png:///PATH.png``: page images written atomically."""

    uri: PrinterUri
    language: str = "pages"
    dpi: int = 300
    width_px: int | None = None

    def send(self, data: Rendered, title: str) -> None:
        if not isinstance(data, Pages):
            raise TypeError("a file printer takes page images")
        path = Path(self.uri.target)
        if not path.parent.is_dir():
            raise PrinterUnavailable(uri=self.uri.text)
        tmp = path.with_name(f".{path.name}.part")
        try:
            if self.uri.scheme == "pdf":
                sheet = self.uri.params.get("sheet", "")
                if sheet and data.kind == "badge":
                    pdf.write_sheets(data.images, data.dpi, tmp, sheet)
                else:
                    pdf.write_pages(data.images, data.dpi, tmp, title)
                os.replace(tmp, path)
            else:
                for i, img in enumerate(data.images):
                    target = path if i == 0 else path.with_stem(f"{path.stem}-{i + 1:03d}")
                    img.save(tmp, format="PNG", dpi=(data.dpi, data.dpi))
                    os.replace(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise PrinterFailed(uri=self.uri.text, reason=_reason(exc)) from exc


def file_backend(uri: PrinterUri) -> FileBackend:
    return FileBackend(uri, dpi=uri.int_param("dpi", 300))


def install() -> None:
    for scheme in ("escpos-file", "escpos-net", "escpos-usb", "escpos-serial"):
        register_backend(scheme, stream_backend("escpos"))
    register_backend("escpos-win32", stream_backend("escpos"))
    register_backend("escpos-cups", stream_backend("escpos"))
    register_backend("tspl-file", stream_backend("tspl"))
    register_backend("tspl-net", stream_backend("tspl"))
    register_backend("pdf", file_backend)
    register_backend("png", file_backend)
