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
    zh = "同步文件“{path}”由更新版本的软件生成，请先升级会务报到台。"
    en = (
        "The sync file “{path}” was written by a newer version of huiwu_desk; please upgrade first."
    )


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
