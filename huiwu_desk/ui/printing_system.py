"""``system://PRINTER NAME``: the OS driver through Qt's QPrinter (label printers with a driver).

Lives in ui because only huiwu_desk.ui may import Qt. ``install()`` registers the backend
with adapters/printing when the window starts. QPainter may paint on a QPrinter outside the
GUI thread, so the print worker thread can use it. ``?file=OUT.pdf`` sends the same pages to
Qt's PDF writer instead of a printer (tests, "print to PDF" without a driver).
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ..adapters.printing import Pages, register_backend
from ..adapters.printing.registry import Rendered
from ..domain.print_errors import PrinterFailed, PrinterUnavailable
from ..domain.print_jobs import PrinterUri

DEFAULT_DPI = 300


def system_printer_names() -> list[str]:
    return [p.printerName() for p in QPrinterInfo.availablePrinters()]


def _qimage(img: Image.Image) -> QImage:
    rgb = img.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


@dataclass
class SystemBackend:
    uri: PrinterUri
    language: str = "pages"
    dpi: int = DEFAULT_DPI
    width_px: int | None = None

    def _printer(self) -> QPrinter:
        out_file = self.uri.params.get("file")
        if out_file:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(out_file)
            return printer
        info = QPrinterInfo.printerInfo(self.uri.target)
        if info.isNull():
            raise PrinterUnavailable(uri=self.uri.text)
        return QPrinter(info, QPrinter.PrinterMode.HighResolution)

    def send(self, data: Rendered, title: str) -> None:
        if not isinstance(data, Pages) or not data.images:
            raise TypeError("a system printer takes page images")
        printer = self._printer()
        printer.setDocName(title or "huiwu-desk")
        printer.setFullPage(True)
        first = data.images[0]
        self._page_size(printer, first, data.dpi)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterUnavailable(uri=self.uri.text)
        try:
            for i, img in enumerate(data.images):
                if i:
                    self._page_size(printer, img, data.dpi)
                    if not printer.newPage():
                        raise PrinterFailed(uri=self.uri.text, reason="无法开始新的一页")
                target = QRectF(painter.viewport())
                qimg = _qimage(img)
                painter.drawImage(target, qimg, QRectF(qimg.rect()))
        finally:
            painter.end()

    @staticmethod
    def _page_size(printer: QPrinter, img: Image.Image, dpi: int) -> None:
        size_mm = QSizeF(img.width * 25.4 / dpi, img.height * 25.4 / dpi)
        orientation = (
            QPageLayout.Orientation.Landscape
            if size_mm.width() > size_mm.height()
            else QPageLayout.Orientation.Portrait
        )
        page = QPageSize(
            size_mm, QPageSize.Unit.Millimeter, "huiwu", QPageSize.SizeMatchPolicy.ExactMatch
        )
        layout = QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        if orientation == QPageLayout.Orientation.Landscape:
            # QPageSize is given as drawn; Qt swaps width/height for landscape layouts itself
            page = QPageSize(
                QSizeF(size_mm.height(), size_mm.width()),
                QPageSize.Unit.Millimeter,
                "huiwu",
                QPageSize.SizeMatchPolicy.ExactMatch,
            )
            layout = QPageLayout(page, orientation, QMarginsF(0, 0, 0, 0))
        printer.setPageLayout(layout)


def system_backend(uri: PrinterUri) -> SystemBackend:
    return SystemBackend(uri, dpi=uri.int_param("dpi", DEFAULT_DPI))


def install() -> None:
    """Called once when the window starts (after the QApplication exists)."""
    register_backend("system", system_backend)
