"""Print jobs and printer URIs, as plain data (shared/cli.md, "Printer URIs").

A print job is this desk's local state (the ``print_jobs`` table), not an op: it carries a
snapshot of what to print, so a retry prints exactly what the desk recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from urllib.parse import parse_qsl, unquote

from .print_errors import InvalidPrinterUri
from .sentences import Sentence, Words


class JobStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


JOB_STATUS_ZH = {
    JobStatus.QUEUED: "等待打印",
    JobStatus.SENDING: "正在打印",
    JobStatus.DONE: "已打印",
    JobStatus.FAILED: "打印失败",
    JobStatus.CANCELLED: "已取消",
}


class JobKind(StrEnum):
    BADGE = "badge"
    RECEIPT = "receipt"  # also refund receipts and void slips
    TEST = "test"
    SHIFT_REPORT = "shift_report"  # a Z-report (ref: the shift id)
    ROOM_SLIP = "room_slip"  # 住宿凭单 (ref: person#room#nights)


class PrinterRole(StrEnum):
    BADGE = "badge"
    RECEIPT = "receipt"


ROLE_ZH = {PrinterRole.BADGE: "证件", PrinterRole.RECEIPT: "收据"}


@dataclass(frozen=True, slots=True)
class PrintJob:
    """One row of the print queue, as the queue panel shows it."""

    id: str
    kind: str
    ref_id: str
    status: str
    error: str
    tries: int
    created_ms: int
    updated_ms: int
    uri: str
    title: str  # "张三 证件（第 2 版）", "收据 A1-000001"
    # what the title says, to be said in the UI language (jobs queued before it: "")
    title_key: str = ""
    title_params: dict[str, Any] = field(default_factory=dict)

    def title_text(self, lang: str, params: dict[str, Any] | None = None) -> str:
        """The title in ``lang`` (``params`` in place of the stored ones); else as stored."""
        kind = JOB_TITLES.get(self.title_key)
        if kind is None:
            return self.title
        try:
            return kind(**(self.title_params if params is None else params)).text(lang)
        except (KeyError, IndexError):  # a payload written by another version
            return self.title

    @property
    def can_retry(self) -> bool:
        return self.status in (JobStatus.FAILED, JobStatus.CANCELLED)

    @property
    def can_cancel(self) -> bool:
        return self.status in (JobStatus.QUEUED, JobStatus.FAILED)


# --- job titles: stored in Chinese as "title" (as always), and as key + params ------------
class BadgeJobTitle(Sentence):
    zh = "{name} 证件"
    en = "Badge: {name}"


class BadgeReprintJobTitle(Sentence):
    zh = "{name} 证件（第 {version} 版）"
    en = "Badge: {name} (version {version})"


class ReceiptJobTitle(Sentence):
    zh = "收据 {receipt}"
    en = "Receipt {receipt}"


class ReceiptCopyJobTitle(Sentence):
    zh = "收据 {receipt}（补打）"
    en = "Receipt {receipt} (copy)"


class RefundJobTitle(Sentence):
    zh = "退款收据 {receipt}"
    en = "Refund receipt {receipt}"


class RefundCopyJobTitle(Sentence):
    zh = "退款收据 {receipt}（补打）"
    en = "Refund receipt {receipt} (copy)"


class VoidJobTitle(Sentence):
    zh = "作废凭证 {receipt}"
    en = "Void slip {receipt}"


class ShiftReportJobTitle(Sentence):
    zh = "交班报表 {shift}"
    en = "Shift report {shift}"


class ShiftReportCopyJobTitle(Sentence):
    zh = "交班报表 {shift}（补打）"
    en = "Shift report {shift} (copy)"


class RoomSlipJobTitle(Sentence):
    zh = "住宿凭单 {name} {room}"
    en = "Room slip: {name}, room {room}"


class RoomSlipCopyJobTitle(Sentence):
    zh = "住宿凭单 {name} {room}（补打）"
    en = "Room slip: {name}, room {room} (copy)"


class BatchJobTitle(Sentence):
    """``template`` is the template's name, ``template_key`` lets the UI name a built-in one."""

    zh = "批量证件 {count} 张（{template}）"
    en = "{count} badges ({template})"


JOB_TITLES: dict[str, type[Sentence]] = {
    "badge": BadgeJobTitle,
    "badge_reprint": BadgeReprintJobTitle,
    "receipt": ReceiptJobTitle,
    "receipt_copy": ReceiptCopyJobTitle,
    "refund": RefundJobTitle,
    "refund_copy": RefundCopyJobTitle,
    "batch": BatchJobTitle,
    "void_slip": VoidJobTitle,
    "shift_report": ShiftReportJobTitle,
    "shift_report_copy": ShiftReportCopyJobTitle,
    "room_slip": RoomSlipJobTitle,
    "room_slip_copy": RoomSlipCopyJobTitle,
}
_TITLE_KEYS = {cls: key for key, cls in JOB_TITLES.items()}


def title_payload(title: Sentence) -> dict[str, Any]:
    """The payload keys of a job's title: "title" (Chinese, read by older versions) and the
    sentence's key and parameters, so the queue shows it in the UI language."""
    return {
        "title": title.text("zh"),
        "title_of": {"key": _TITLE_KEYS[type(title)], "params": dict(title.params)},
    }


# --- printer URIs -------------------------------------------------------------------------
class UriProblem(Sentence):
    """Why a URI is refused: the ``reason`` of InvalidPrinterUri. The window says it in its
    language (ui/operations.error_sentence); where the error is turned into text as it always
    was (the CLI's two languages, a failed job's stored sentence), it reads as the Chinese
    reason it used to be, not as both languages inside each."""

    def __str__(self) -> str:
        return self.text("zh")


class UriShape(UriProblem):
    zh = "应写成 类型://地址，例如 escpos-net://192.168.1.50:9100"
    en = "write it as type://address, for example escpos-net://192.168.1.50:9100"


class UnknownPrinterKind(UriProblem):
    zh = "不认识的打印机类型“{scheme}”（可用：{known}）"
    en = "unknown printer type “{scheme}” (known: {known})"


class NoPrinterTarget(UriProblem):
    zh = "缺少打印机名称、地址或文件路径"
    en = "the printer's name, address or file path is missing"


class NotANumber(UriProblem):
    zh = "{key}={value} 不是数字"
    en = "{key}={value} is not a number"


class PortNotANumber(UriProblem):
    zh = "端口“{port}”不是数字"
    en = "the port “{port}” is not a number"


PATH_SCHEMES = frozenset({"escpos-file", "escpos-serial", "pdf", "png", "tspl-file"})
NAME_SCHEMES = frozenset({"escpos-win32", "escpos-cups", "system"})
HOST_SCHEMES = frozenset({"escpos-net", "tspl-net"})
KNOWN_SCHEMES = PATH_SCHEMES | NAME_SCHEMES | HOST_SCHEMES | {"escpos-usb"}


@dataclass(frozen=True, slots=True)
class PrinterUri:
    """``scheme://target?key=value``; target is a path, a queue/printer name or host:port."""

    text: str
    scheme: str
    target: str
    params: dict[str, str] = field(default_factory=dict)

    def int_param(self, key: str, default: int) -> int:
        value = self.params.get(key)
        if value is None or value == "":
            return default
        try:
            return int(value, 0)
        except ValueError:
            raise InvalidPrinterUri(
                uri=self.text, reason=NotANumber(key=key, value=value)
            ) from None

    @property
    def host_port(self) -> tuple[str, int]:
        host, _, port = self.target.rpartition(":")
        if not host:  # no port given
            return self.target, 9100
        try:
            return host.strip("[]"), int(port)
        except ValueError:
            raise InvalidPrinterUri(uri=self.text, reason=PortNotANumber(port=port)) from None


def parse_printer_uri(text: str) -> PrinterUri:
    """Split a printer URI; names may hold spaces (``escpos-win32://EPSON TM-T82 Receipt``)."""
    raw = (text or "").strip()
    scheme, sep, rest = raw.partition("://")
    scheme = scheme.lower()
    if not sep or not scheme:
        raise InvalidPrinterUri(uri=raw, reason=UriShape())
    if scheme not in KNOWN_SCHEMES:
        known = Words("、".join(sorted(KNOWN_SCHEMES)), ", ".join(sorted(KNOWN_SCHEMES)))
        raise InvalidPrinterUri(uri=raw, reason=UnknownPrinterKind(scheme=scheme, known=known))
    target, _, query = rest.partition("?")
    target = unquote(target)
    if scheme in PATH_SCHEMES and len(target) > 3 and target[0] == "/" and target[2] == ":":
        target = target[1:]  # pdf:///C:/badges/x.pdf on Windows
    if not target:
        raise InvalidPrinterUri(uri=raw, reason=NoPrinterTarget())
    return PrinterUri(raw, scheme, target, dict(parse_qsl(query)))
