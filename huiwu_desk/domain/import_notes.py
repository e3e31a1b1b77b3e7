"""What a roster import says about a row: warnings and rejections, one sentence each, zh + en.

The import report keeps these typed; the wizard shows them in the UI language, the CLI (and
its JSON) in both (``note.both()``).
"""

from __future__ import annotations

from .sentences import Sentence

# --- a cell that could not be read as typed ------------------------------------------------


class DigitsLost(Sentence):
    zh = "以科学计数法保存，数字已丢失"
    en = "stored as a number, digits lost"


class SeveralPhones(Sentence):
    zh = "有多个号码，只保留第一个：{raw}"
    en = "several numbers, kept the first: {raw}"


class NotAPhone(Sentence):
    zh = "不是电话号码：{raw}"
    en = "not a phone number: {raw}"


class MobileLength(Sentence):
    zh = "位数不对，手机号应为 11 位：{raw}"
    en = "a mobile number has 11 digits: {raw}"


class OldIdNumber(Sentence):
    zh = "15 位旧号码"
    en = "old 15-digit number"


class IdDigitsLost(Sentence):
    zh = "以数字形式保存，末几位已丢失，未导入，请核对原表：{raw}"
    en = "stored as a number, last digits lost; not imported, check the original sheet: {raw}"


class IdChecksum(Sentence):
    zh = "校验位不对，请核对：{raw}"
    en = "the check digit is wrong, please check: {raw}"


class IdLength(Sentence):
    zh = "位数不对，身份证号应为 18 位：{raw}"
    en = "an ID number has 18 characters: {raw}"


class NotADate(Sentence):
    zh = "不是可识别的日期：{raw}"
    en = "not a date: {raw}"


class NotYesNo(Sentence):
    zh = "应填 是/否：{raw}"
    en = "not a yes/no answer: {raw}"


class NotAGender(Sentence):
    zh = "应填 男/女：{raw}"
    en = "not a gender: {raw}"


class NotARoomWish(Sentence):
    zh = "应填 单住/合住：{raw}"
    en = "not a room wish (single/shared): {raw}"


class NotAnEmail(Sentence):
    zh = "格式不对：{raw}"
    en = "not an email address: {raw}"


# --- a row ---------------------------------------------------------------------------------


class FieldNote(Sentence):
    """``field`` is the column's field label (a ``Words``), ``note`` one of the above."""

    zh = "{field}：{note}"
    en = "{field}: {note}"


class PersonNote(Sentence):
    zh = "{name}：{note}"
    en = "{name}: {note}"


class NoName(Sentence):
    zh = "姓名为空"
    en = "no name"


class SamePhoneOtherRow(Sentence):
    zh = "{name}：手机号与第 {row} 行“{other}”相同但姓名不同，按两人导入"
    en = "{name}: the same mobile number as “{other}” on row {row} but another name; imported as two people"


class SamePhoneInEvent(Sentence):
    zh = "{name}：手机号与已有人员“{other}”相同但姓名不同，按两人导入"
    en = "{name}: the same mobile number as “{other}” already in the event but another name; imported as two people"


# why two rows (or a row and a person of the event) are the same person
class SameIdNumber(Sentence):
    zh = "身份证号相同"
    en = "same ID number"


class SamePhone(Sentence):
    zh = "手机号相同"
    en = "same mobile number"


class SameCode(Sentence):
    zh = "编号相同"
    en = "same code"


class SameNameUnit(Sentence):
    zh = "姓名和单位相同"
    en = "same name and organization"


class Merged(Sentence):
    zh = "{name}：与第 {row} 行是同一人（{why}），已合并"
    en = "{name}: the same person as row {row} ({why}); merged"


class Renamed(Sentence):
    zh = "姓名由“{old}”改为“{new}”（{why}）"
    en = "name changed from “{old}” to “{new}” ({why})"


class NewCategoryNote(Sentence):
    zh = "新增参会类别“{name}”（表中写作“{shown}”）"
    en = "new category “{name}” (written “{shown}” in the sheet)"


class CodeTaken(Sentence):
    zh = "编号 {wanted} 已被占用，改为 {code}"
    en = "code {wanted} is already taken; given {code}"
