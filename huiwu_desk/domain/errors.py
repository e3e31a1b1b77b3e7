"""Typed errors of the core. Each one is one clear sentence, in Chinese and in English.

The UI and the CLI turn them into text in one place each (``error.text(lang)``), so the
window and the command line say the same thing.
"""

from __future__ import annotations

from typing import Any


class UserFacingError(Exception):
    """An error the person at the desk can understand and act on."""

    zh: str = "操作失败。"
    en: str = "The operation failed."

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.text("en"))

    def __reduce__(self) -> tuple[Any, ...]:
        # by its parameters: a sync worker process raises it in the importing one
        return (_rebuilt, (type(self), self.params))

    def text(self, lang: str = "zh") -> str:
        template = self.zh if lang.lower().startswith("zh") else self.en
        return template.format(**self.params)

    def both(self) -> str:
        """One line with both languages, for the command line."""
        zh, en = self.text("zh"), self.text("en")
        return zh if zh == en else f"{zh} ({en})"


def _rebuilt(cls: type[UserFacingError], params: dict[str, Any]) -> UserFacingError:
    return cls(**params)


class NotAnEventFile(UserFacingError):
    zh = "“{path}”不是会务报到台的会议文件。"
    en = "“{path}” is not a huiwu_desk event file."


class EventFileMissing(UserFacingError):
    zh = "找不到会议文件“{path}”。"
    en = "The event file “{path}” does not exist."


class EventFileExists(UserFacingError):
    zh = "文件“{path}”已存在，不会覆盖。"
    en = "The file “{path}” already exists and will not be overwritten."


class SchemaTooNew(UserFacingError):
    zh = "会议文件“{path}”由更新版本的软件创建，请先升级会务报到台。"
    en = "The event file “{path}” was made by a newer version of huiwu_desk; please upgrade first."


class EventLocked(UserFacingError):
    zh = "会议文件“{path}”正被另一个窗口或命令使用，请先关闭它。"
    en = "The event file “{path}” is in use by another window or command; close it first."


class DiskFull(UserFacingError):
    zh = "磁盘已满，本次操作未保存；请腾出空间后重试。"
    en = "The disk is full; nothing was saved. Free some space and try again."


class ReadOnlyFile(UserFacingError):
    """Also the notice when the window opens such a file for reading only."""

    zh = "会议文件“{path}”是只读的，只能查看不能修改；要修改请先取消它的只读属性。"
    en = "The event file “{path}” is read-only: it can be viewed but not changed; clear its read-only attribute to change it."


class ReadOnlyFolder(UserFacingError):
    zh = "无法在文件夹“{folder}”中创建文件（如锁文件；文件夹只读或无权限），未做任何修改；请改用可写的文件夹。"
    en = "No file (such as the lock file) can be made in the folder “{folder}”: it is read-only or not yours. Nothing was changed; use a writable folder."


class ReadOnlyMedium(UserFacingError):
    """Also the notice when an event file on such media is opened for reading only."""

    zh = "会议文件“{path}”在只读介质上（如写保护的U盘或光盘），只能查看不能修改；要修改请先复制到电脑上。"
    en = "The event file “{path}” is on read-only media (a write-protected USB stick or a disc): it can be viewed but not changed; copy it to the computer to change it."


class StorageError(UserFacingError):
    zh = "无法读写会议文件：{reason}。本次操作未保存。"
    en = "The event file could not be read or written: {reason}. Nothing was saved."


class UnknownCode(UserFacingError):
    zh = "找不到编号为“{code}”的参会人员。"
    en = "No attendee has the code “{code}”."


class AlreadyCheckedIn(UserFacingError):
    zh = "已于 {time} 在 {desk} 台由 {operator} 报到。"
    en = "Already checked in at {time} at desk {desk} by {operator}."


class NotCheckedIn(UserFacingError):
    zh = "{name} 尚未报到。"
    en = "{name} has not checked in."


class InvalidAmount(UserFacingError):
    zh = "金额必须大于 0 元（输入的是 {amount}）。"
    en = "The amount must be greater than 0 yuan (got {amount})."


class UnknownPaymentMethod(UserFacingError):
    zh = "不认识的收费方式“{method}”。"
    en = "Unknown payment method “{method}”."


class UnknownPayment(UserFacingError):
    zh = "找不到收据号为“{receipt}”的收费记录。"
    en = "No payment has the receipt number “{receipt}”."


class PaymentAlreadyCancelled(UserFacingError):
    zh = "收据 {receipt} 已作废或已退款。"
    en = "Receipt {receipt} has already been voided or refunded."


class RefundTooLarge(UserFacingError):
    zh = "退款金额 {amount} 元超过可退金额 {left} 元。"
    en = "The refund of {amount} yuan exceeds the refundable {left} yuan."


class SupervisorRequired(UserFacingError):
    zh = "此操作需要主管批准。"
    en = "This operation needs a supervisor's approval."


class UnknownOperator(UserFacingError):
    zh = "找不到操作员“{name}”。"
    en = "No operator is called “{name}”."


class UnknownMaterial(UserFacingError):
    zh = "找不到资料“{name}”。"
    en = "No material is called “{name}”."


class OutOfStock(UserFacingError):
    zh = "“{name}”库存不足（剩余 {left}）。"
    en = "“{name}” is out of stock ({left} left)."


class AlreadyHandedOut(UserFacingError):
    zh = "{name} 已领取“{item}”。"
    en = "{name} has already received “{item}”."


class NotHandedOut(UserFacingError):
    zh = "{name} 没有领取过“{item}”，无需退回。"
    en = "{name} never received “{item}”, so nothing can be returned."


class NothingToHandOut(UserFacingError):
    zh = "{name} 没有待领取的资料。"
    en = "{name} has no materials left to receive."


class UnknownRoom(UserFacingError):
    zh = "找不到房间“{number}”。"
    en = "No room has the number “{number}”."


class RoomClosed(UserFacingError):
    zh = "房间 {number} 在 {night} 不可住（不在酒店给的可住晚内）。"
    en = "Room {number} is not available on {night} (outside the nights the hotel gives)."


class SetupMissing(UserFacingError):
    """A desk task the event is not set up for; ``part`` names the setup page that fixes it
    (the window takes the user there)."""

    part = ""


class NoFeeItems(SetupMissing):
    part = "fees"
    zh = "本会议还没有设置收费项目：请在“设置 → 会议设置 → 收费项目”中添加。"
    en = "This event has no fee items yet: add them under Settings → Event setup → Fees."


class NoRooms(SetupMissing):
    part = "rooms"
    zh = "本会议还没有设置酒店房间：请在“设置 → 会议设置 → 酒店房间”中添加。"
    en = "This event has no hotel rooms yet: add them under Settings → Event setup → Hotels and rooms."


class NoMaterials(SetupMissing):
    part = "materials"
    zh = "本会议还没有设置资料：请在“设置 → 会议设置 → 资料”中添加。"
    en = "This event has no materials yet: add them under Settings → Event setup → Materials."


class RoomFull(UserFacingError):
    zh = "房间 {number} 在 {night} 已住满（{beds} 床）。"
    en = "Room {number} is full on {night} ({beds} beds)."


class AlreadyInRoom(UserFacingError):
    zh = "{name} 已安排在房间 {number}。"
    en = "{name} is already in room {number}."


class NotInRoom(UserFacingError):
    zh = "{name} 没有安排房间。"
    en = "{name} has no room assigned."


class InvalidNights(UserFacingError):
    zh = "入住日期无效：{reason}。"
    en = "Invalid nights: {reason}."


class InvalidField(UserFacingError):
    zh = "“{field}”填写有误：{reason}。"
    en = "Invalid “{field}”: {reason}."


class MissingName(UserFacingError):
    zh = "姓名不能为空。"
    en = "The name must not be empty."


class UnknownCategory(UserFacingError):
    zh = "找不到参会类别“{name}”。"
    en = "No category is called “{name}”."


class BadPinShape(UserFacingError):
    zh = "PIN 必须是 {low} 到 {high} 位数字。"
    en = "A PIN must be {low} to {high} digits."


class PinRequired(UserFacingError):
    zh = "请输入主管 {name} 的 PIN。"
    en = "Please enter the PIN of supervisor {name}."


class WrongPin(UserFacingError):
    zh = "{name} 的 PIN 不正确，本次操作未保存。"
    en = "The PIN of {name} is not correct; nothing was saved."


class PinNotSet(UserFacingError):
    zh = "主管 {name} 尚未设置 PIN，请先在“设置”页面设置。"
    en = "Supervisor {name} has no PIN yet; set one on the Settings page first."


class PinChangeNeedsApproval(UserFacingError):
    zh = "修改 {name} 的 PIN 需要输入原 PIN，或由另一位主管输入 PIN 批准。"
    en = "Changing the PIN of {name} needs the old PIN or another supervisor's approval with their PIN."


class NotASupervisor(UserFacingError):
    zh = "“{name}”不是主管，不能批准此操作。"
    en = "“{name}” is not a supervisor and cannot approve this."


class OperatorExists(UserFacingError):
    zh = "已有名为“{name}”的操作员。"
    en = "There is already an operator called “{name}”."


class LiveEventFile(UserFacingError, PermissionError):
    """Raised before anything but SQLite opens an event file this process holds open: one
    stray open()/close() would drop SQLite's locks (see adapters/db/live_files.py). A
    PermissionError too, so code that already handles an unreadable file handles this."""

    zh = "“{path}”是正在使用的会议文件，不能在这里打开、覆盖或作为名单读取。"
    en = "“{path}” is the event file in use; it cannot be opened, overwritten or read as a list here."


class WalReplaced(UserFacingError):
    """Not raised: the notice after the writer found its WAL replaced and recovered."""

    zh = (
        "会议文件的日志被其他程序移走过；已把所有已保存的数据写回会议文件并重新连接，没有丢失数据。"
    )
    en = "Another program removed the event file's journal; every saved change was written back into the file and the desk reconnected. Nothing was lost."


class BadgeNeedsPayment(UserFacingError):
    zh = "{name} 尚欠 {amount}：缴费后才能打印证件（主管批准可先打印）。"
    en = "{name} still owes {amount}: the badge is printed once paid (or with a supervisor's approval)."


class MixedRoom(UserFacingError):
    zh = "{number} 已住{others_zh}，不能排入{gender_zh}性 {name}（合住同一性别；主管批准可例外）。"
    en = "Room {number} already has {others_en} guests; {name} ({gender_en}) cannot share it (one gender per shared room, unless a supervisor approves)."
