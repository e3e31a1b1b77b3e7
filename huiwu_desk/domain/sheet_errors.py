"""Errors of roster import and list export: one clear sentence each, in Chinese and English."""

from __future__ import annotations

from typing import ClassVar

from .errors import UserFacingError


class SheetFileMissing(UserFacingError):
    zh = "找不到文件“{path}”。"
    en = "The file “{path}” does not exist."


class UnsupportedSheetType(UserFacingError):
    zh = "不支持“{path}”这种文件，请使用 .xlsx、.xls 或 .csv。"
    en = "“{path}” is not a supported file; use .xlsx, .xls or .csv."


class UnreadableSheet(UserFacingError):
    zh = "无法读取“{path}”：文件已损坏或不是 Excel/CSV 表格。"
    en = "“{path}” could not be read: it is damaged or not an Excel/CSV spreadsheet."


class EncryptedWorkbook(UserFacingError):
    zh = "“{path}”设有打开密码，请在 Excel/WPS 中取消密码并另存后再导入。"
    en = "“{path}” is password-protected; remove the password in Excel/WPS, save it and import again."


class UnknownSheet(UserFacingError):
    zh = "文件中没有名为“{sheet}”的工作表（现有：{available}）。"
    en = "The file has no sheet called “{sheet}” (it has: {available})."


class EmptySheet(UserFacingError):
    zh = "工作表“{sheet}”是空的，没有可导入的内容。"
    en = "The sheet “{sheet}” is empty; there is nothing to import."


class NoHeaderRow(UserFacingError):
    zh = "在工作表“{sheet}”的前 {rows} 行里找不到表头（至少需要“姓名”一列）。"
    en = "No header row found in the first {rows} rows of sheet “{sheet}” (a “姓名”/Name column is needed)."


class UnknownImportField(UserFacingError):
    zh = "不认识的导入字段“{field}”。"
    en = "Unknown import field “{field}”."


class ImportCancelled(UserFacingError):
    zh = "导入已取消，会议数据没有任何改动。"
    en = "The import was cancelled; nothing in the event was changed."


class UnknownExportKind(UserFacingError):
    zh = "不认识的导出类型“{kind}”（可用：{kinds}）。"
    en = "Unknown export kind “{kind}” (available: {kinds})."


class InvalidTemplate(UserFacingError):
    zh = "导出模板有误：{reason}。"
    en = "Invalid export template: {reason}."


class OutputNotWritable(UserFacingError):
    zh = "无法写入“{path}”：{reason}。如果文件正在 Excel/WPS 中打开，请先关闭。"
    en = "“{path}” could not be written: {reason}. If it is open in Excel/WPS, close it first."


class NotASetupBook(UserFacingError):
    zh = "“{path}”不是会议设置表：没有“会议”“参会类别”等工作表（可先导出会议设置，在导出的表里填写）。"
    en = (
        "“{path}” is not a setup workbook: it has no “会议”, “参会类别”… sheets "
        "(export the setup first and fill that in)."
    )


class SetupSheetMissing(UserFacingError):
    zh = "会议设置表“{path}”缺少工作表：{sheets}。"
    en = "The setup workbook “{path}” lacks the sheet(s) {sheets}."


class SetupBookTooLarge(UserFacingError):
    zh = "“{path}”太大（解开后 {size} MB），不像会议设置表，未读取。"
    en = "“{path}” is too large for a setup workbook ({size} MB unpacked); it was not read."


class UnsafeSheet(UserFacingError):
    """A spreadsheet the bounded reader refused or that killed its child process
    (adapters/sheets/sheet_process.py). ``why`` is a key of ``WHY``; its values are params."""

    zh = "这个文件无法安全读取：“{name}”{why}，已停止读取，会议数据没有任何改动。"
    en = "This file cannot be read safely: “{name}” {why}; reading stopped and nothing was changed."
    WHY: ClassVar[dict[str, tuple[str, str]]] = {
        "size": ("太大（{mb} MB）", "is too large ({mb} MB)"),
        "unpacked": ("解压后超过 {mb} MB", "unpacks to more than {mb} MB"),
        "members": ("包含的部件太多（{count} 个）", "holds too many parts ({count})"),
        "ratio": ("压缩比异常（疑似“压缩炸弹”）", "is packed implausibly tight (a zip bomb)"),
        "dimension": ("声明的表格范围异常（{ref}）", "declares an implausible sheet size ({ref})"),
        "strings": (
            "声明的文字条数异常（{count}）",
            "declares an implausible string count ({count})",
        ),
        "cells": (
            "的表格太大（{rows} 行 × {cols} 列）",
            "has too big a sheet ({rows} rows × {cols} columns)",
        ),
        "transfer": ("的内容超过 {mb} MB", "holds more than {mb} MB of text"),
        "memory": ("读取所需内存超过上限", "needed more memory than allowed"),
        "time": ("读取超时", "took too long to read"),
        "crashed": ("使读取进程异常退出", "made the reader stop abnormally"),
    }

    def text(self, lang: str = "zh") -> str:
        zh = lang.lower().startswith("zh")
        why = self.WHY.get(self.params.get("why", ""), self.WHY["crashed"])[0 if zh else 1]
        return (self.zh if zh else self.en).format(
            name=self.params.get("name", ""), why=why.format(**self.params)
        )


class SheetReaderFailed(UserFacingError):
    """The child process that reads spreadsheets did not start (not the file's doing)."""

    zh = "读取表格的进程无法启动，“{name}”没有读取；请重新启动会务报到台后再试。"
    en = "The process that reads spreadsheets could not start, so “{name}” was not read; restart huiwu_desk and try again."
