"""Errors of roster import and list export: one clear sentence each, in Chinese and English."""

from __future__ import annotations

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
