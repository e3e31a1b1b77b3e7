"""Backends by URI scheme and renderers by printer language, kept apart on purpose.

A backend only moves what a renderer made (bytes, or page images) to a device; a renderer
only knows a language (ESC/POS, raster pages, TSPL…). A ZPL or Brother QL printer is one
more ``register_language`` + ``register_backend`` call, and the desk does not change.
``system://`` is registered by huiwu_desk.ui.printing_system, the only place Qt may be used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PIL import Image

from ...domain.documents import BadgeDocument, BadgeTemplate, ReceiptDocument
from ...domain.fee_documents import ShiftReportDocument
from ...domain.print_errors import UnsupportedPrinter
from ...domain.print_jobs import PrinterUri, parse_printer_uri
from ...domain.room_documents import RoomSlipDocument


@dataclass(frozen=True, slots=True)
class Pages:
    """Rendered page images at ``dpi``; a backend that drives a page printer takes these."""

    images: list[Image.Image]
    dpi: int
    kind: str  # badge | receipt


Rendered = bytes | Pages


class Backend(Protocol):
    uri: PrinterUri
    language: str  # escpos | pages | tspl …
    dpi: int
    width_px: int | None  # printable width of roll media in dots; None: the page is the badge

    def send(self, data: Rendered, title: str) -> None:
        """Deliver one job; raise a PrinterError with one sentence when it cannot."""
        ...


@dataclass(frozen=True, slots=True)
class BadgeBatch:
    """One or more badges of one template, printed as one job (a batch goes out together)."""

    docs: tuple[BadgeDocument, ...]
    template: BadgeTemplate


Printable = BadgeBatch | ReceiptDocument | ShiftReportDocument | RoomSlipDocument
BackendFactory = Callable[[PrinterUri], Backend]
Renderer = Callable[[Printable, Backend], Rendered]

_BACKENDS: dict[str, BackendFactory] = {}
_LANGUAGES: dict[str, Renderer] = {}
_WHY_MISSING = {
    "system": "系统打印机需要在窗口程序中使用 (system:// printers need the window)",
}


def register_backend(scheme: str, factory: BackendFactory) -> None:
    _BACKENDS[scheme.lower()] = factory


def register_language(language: str, renderer: Renderer) -> None:
    _LANGUAGES[language] = renderer


def schemes() -> list[str]:
    return sorted(_BACKENDS)


def open_backend(uri: str | PrinterUri) -> Backend:
    parsed = uri if isinstance(uri, PrinterUri) else parse_printer_uri(uri)
    factory = _BACKENDS.get(parsed.scheme)
    if factory is None:
        reason = _WHY_MISSING.get(parsed.scheme, f"未安装“{parsed.scheme}”类型的打印机支持")
        raise UnsupportedPrinter(uri=parsed.text, reason=reason)
    return factory(parsed)


def render_for(backend: Backend, item: Printable) -> Rendered:
    renderer = _LANGUAGES.get(backend.language)
    if renderer is None:
        raise UnsupportedPrinter(
            uri=backend.uri.text, reason=f"没有“{backend.language}”打印语言的排版程序"
        )
    return renderer(item, backend)
