"""Printer and print-queue errors: one sentence each, in Chinese and English.

A printer failure never undoes the desk: these end up as the ``error`` of a failed print job
(the check-in or payment that asked for it is already saved), or refuse a queue action.
"""

from __future__ import annotations

from .errors import UserFacingError


class PrinterError(UserFacingError):
    """Base of everything a printer or its URI can go wrong with."""


class PrinterUnavailable(PrinterError):
    zh = "打印机未连接或无法访问：{uri}。登记和收费记录已保存，可在打印队列中重试。"
    en = "The printer is not connected or cannot be reached: {uri}. The desk record is saved; retry from the print queue."


class PrinterFailed(PrinterError):
    zh = "打印机 {uri} 拒绝或中断了打印：{reason}。登记和收费记录已保存，可在打印队列中重试。"
    en = "The printer {uri} refused or interrupted the job: {reason}. The desk record is saved; retry from the print queue."


class InvalidPrinterUri(PrinterError):
    zh = "打印机地址“{uri}”无效：{reason}。"
    en = "The printer address “{uri}” is invalid: {reason}."


class UnsupportedPrinter(PrinterError):
    zh = "本程序在这里不能使用打印机“{uri}”：{reason}。"
    en = "The printer “{uri}” cannot be used here: {reason}."


class NoPrinterConfigured(PrinterError):
    zh = "本报到台还没有设置{role}打印机。"
    en = "This desk has no {role_en} printer set up."


class PrintJobNotFound(PrinterError):
    zh = "找不到打印任务“{job}”。"
    en = "No print job “{job}”."


class PrintJobBusy(PrinterError):
    zh = "打印任务正在发送到打印机，不能{action}。"
    en = "The print job is being sent to the printer and cannot be {action_en}."


class PrintJobFinished(PrinterError):
    zh = "打印任务已完成，不能取消；如需再打一份请补打。"
    en = "The print job has already printed and cannot be cancelled; print again instead."


class NothingToPrint(PrinterError):
    zh = "没有符合条件、需要打印的证件。"
    en = "No badges match the filter that still need printing."


class UnknownTemplate(PrinterError):
    zh = "找不到证件模板“{key}”。"
    en = "No badge template is called “{key}”."
