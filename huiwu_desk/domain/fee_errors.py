"""Errors of the cashier's day: amounts, payments by fee item, invoices, voids, shifts.

One sentence each, in Chinese and English, as every ``UserFacingError`` (domain/errors.py).
"""

from __future__ import annotations

from .errors import PaymentAlreadyCancelled, UserFacingError


class MalformedAmount(UserFacingError):
    zh = "“{text}”不是金额：请写元，如 1200 或 1200.50（最多两位小数）。"
    en = "“{text}” is not an amount: write yuan, such as 1200 or 1200.50 (at most two decimals)."


class AmountTooLarge(UserFacingError):
    zh = "金额“{text}”超过 {limit} 元。"
    en = "The amount “{text}” is over {limit} yuan."


class UnknownFeeItem(UserFacingError):
    zh = "找不到收费项目“{name}”（本会议的收费项目：{known}）。"
    en = "There is no fee item “{name}” (this event's fee items: {known})."


class TenderedTooLittle(UserFacingError):
    zh = "实收 {tendered} 元少于应收 {amount} 元。"
    en = "The {tendered} yuan tendered is less than the {amount} yuan to pay."


class TenderedNotCash(UserFacingError):
    zh = "只有现金收款才填实收金额（找零）。"
    en = "Only a cash payment takes an amount tendered (for change)."


class BillToMissing(UserFacingError):
    zh = "签单需要填写签单单位和联系人（缺少{missing}）。"
    en = "A payment billed to a unit needs the unit and a contact ({missing_en} missing)."


class InvoiceTitleMissing(UserFacingError):
    zh = "开发票需要填写发票抬头（单位名称或个人姓名）。"
    en = "An invoice needs its title (the unit's or the person's name)."


class UnknownInvoiceType(UserFacingError):
    zh = "不认识的发票类型“{kind}”：请选普票（normal）或专票（special）。"
    en = "Unknown invoice type “{kind}”: choose normal (普票) or special (专票)."


class BadTaxNumber(UserFacingError):
    zh = "税号“{number}”不对：纳税人识别号是 15、18 或 20 位数字和大写字母。"
    en = "The tax number “{number}” is wrong: it has 15, 18 or 20 digits and capital letters."


class SpecialInvoiceIncomplete(UserFacingError):
    zh = "开专票还需要：{missing}。"
    en = "A special VAT invoice (专票) also needs: {missing_en}."


class PaymentAlreadyVoided(PaymentAlreadyCancelled):
    zh = "收据 {receipt} 已作废，不能再作废。"
    en = "Receipt {receipt} is already void."


class PaymentHasRefunds(PaymentAlreadyCancelled):
    zh = "收据 {receipt} 已退款 {refunded} 元，不能作废：钱已退回，请用退款处理剩余部分。"
    en = "Receipt {receipt} has {refunded} yuan refunded and cannot be voided: money moved; refund the rest instead."


class VoidReasonMissing(UserFacingError):
    zh = "作废收据需要填写原因。"
    en = "Voiding a receipt needs a reason."


class ShiftAlreadyOpen(UserFacingError):
    zh = "{operator} 在 {desk} 台已有未交班的班次 {shift}（{since} 开班）：请先交班。"
    en = "{operator} already has an open shift {shift} at desk {desk} (since {since}); close it first."


class NoOpenShift(UserFacingError):
    zh = "{operator} 在 {desk} 台没有未交班的班次。"
    en = "{operator} has no open shift at desk {desk}."


class ShiftAlreadyClosed(UserFacingError):
    zh = "班次 {shift} 已于 {at} 交班，不能再交一次。"
    en = "Shift {shift} was already closed at {at}; it cannot be closed twice."


class UnknownShift(UserFacingError):
    zh = "找不到班次“{shift}”。"
    en = "There is no shift “{shift}”."


class MalformedCount(UserFacingError):
    zh = "读不懂清点金额“{text}”：请写成 cash=1200,wechat=300（方式=元，逗号分隔）。"
    en = "Cannot read the counted amounts “{text}”: write them as cash=1200,wechat=300 (method=yuan, comma-separated)."


class CountedTwice(UserFacingError):
    zh = "收款方式“{method}”清点了两次。"
    en = "The payment method “{method}” is counted twice."


class VarianceNeedsReason(UserFacingError):
    zh = "交班有差额（{variance}）：请填写原因。"
    en = "The shift does not balance ({variance_en}): give a reason."


class VarianceNeedsApproval(UserFacingError):
    zh = "交班差额 {total} 元超过上限 {limit} 元：需要主管输入 PIN 批准。"
    en = "The shift's variance of {total} yuan is over the {limit} yuan limit: a supervisor must approve with their PIN."


class OperatorPinRequired(UserFacingError):
    zh = "请输入操作员 {name} 的 PIN。"
    en = "Please enter the PIN of operator {name}."
