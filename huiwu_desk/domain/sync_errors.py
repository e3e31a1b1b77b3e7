"""Errors of sync bundles, in the words the desk needs."""

from __future__ import annotations

from .errors import UserFacingError


class BundleUnreadable(UserFacingError):
    zh = "同步文件“{path}”不完整或已损坏（可能是U盘提前拔出），没有导入任何内容。"
    en = "The sync file “{path}” is incomplete or damaged (was the stick pulled early?); nothing was imported."


class BundleRejected(UserFacingError):
    zh = "同步文件“{path}”无法验证：已被篡改，或同步口令不正确。没有导入任何内容。"
    en = "The sync file “{path}” failed verification: it was tampered with or the passphrase is wrong. Nothing was imported."


class ForeignBundle(UserFacingError):
    zh = "同步文件“{path}”属于另一个会议，没有导入。"
    en = "The sync file “{path}” belongs to another event; nothing was imported."


class BundleTooNew(UserFacingError):
    zh = "同步文件“{path}”由更新版本的软件生成：请把所有报到台升级到同一版本。"
    en = "The sync file “{path}” was written by a newer version of huiwu_desk: please upgrade every desk to the same version."


class IntegrityAlarm(UserFacingError):
    zh = "完整性警报：同步文件“{path}”中的操作 {op} 与本机记录不一致，已拒绝导入，请联系主管。"
    en = "Integrity alarm: operation {op} in “{path}” differs from this desk's copy; the import was refused. Call a supervisor."


class PassphraseRequired(UserFacingError):
    zh = "需要同步口令（--passphrase 或环境变量 HUIWU_PASSPHRASE）。"
    en = "A sync passphrase is needed (--passphrase or HUIWU_PASSPHRASE)."


class WrongPassphrase(UserFacingError):
    zh = "同步口令不正确。"
    en = "The sync passphrase is wrong."


class ExportNotVerified(UserFacingError):
    zh = "同步文件写入后校验失败，请勿拔出U盘，换一个位置重试。"
    en = "The sync file did not verify after writing; do not remove the stick, try another place."


class BundleManifestInvalid(UserFacingError):
    zh = "同步文件“{path}”的清单内容不对（可能被改过），没有导入任何内容。"
    en = "The manifest of the sync file “{path}” is not valid (was it altered?); nothing was imported."


class OpRefused(UserFacingError):
    zh = "同步文件“{path}”中报到台 {desk} 的第 {seq} 条操作不符合规则（{reason}），已拒绝导入，没有导入任何内容。"
    en = "Operation {seq} of desk {desk} in “{path}” breaks the rules ({reason_en}); the file was refused and nothing was imported."


class ForgedOps(UserFacingError):
    zh = "同步文件“{path}”中报到台 {desk} 的操作没有该报到台的有效签名（可能是伪造），已拒绝导入，没有导入任何内容。"
    en = "Operations of desk {desk} in “{path}” lack that desk's valid signature (forged?); the file was refused and nothing was imported."


class OwnOpsForged(UserFacingError):
    zh = "同步文件“{path}”中有以本报到台 {desk} 名义、本机却没有的操作（可能是伪造），已拒绝导入，没有导入任何内容。"
    en = "“{path}” holds operations in the name of this desk ({desk}) that this desk never made (forged?); the file was refused and nothing was imported."


class UnsignedDesk(UserFacingError):
    zh = "同步文件“{path}”中报到台 {desk} 的操作没有签名（旧版本软件）：请把所有报到台升级到同一版本。没有导入任何内容。"
    en = "Operations of desk {desk} in “{path}” are not signed (an older version of huiwu_desk): please upgrade every desk to the same version. Nothing was imported."


class DeskForked(IntegrityAlarm):
    zh = (
        "完整性警报：报到台 {desk} 有两份不同的历史（第 {seq} 条操作不同，见“{path}”），"
        "可能是它的会议文件被复制后两处都在使用。已拒绝导入。请主管吊销该报到台："
        "huiwu-desk sync revoke 会议文件 {desk} --supervisor 主管姓名，然后让它重新加入。"
    )
    en = (
        "Integrity alarm: desk {desk} has two different histories (operation {seq} differs, "
        "see “{path}”); its event file was probably copied and used in two places. The import "
        "was refused. A supervisor can revoke that desk (huiwu-desk sync revoke FILE {desk} "
        "--supervisor NAME) and let it join again."
    )


class UnknownDesk(UserFacingError):
    zh = "没有编号为 {desk} 的报到台。"
    en = "There is no desk {desk}."


class CannotRevokeOwnDesk(UserFacingError):
    zh = "不能在本报到台吊销它自己，请在其他报到台操作。"
    en = "A desk cannot revoke itself; do it at another desk."
