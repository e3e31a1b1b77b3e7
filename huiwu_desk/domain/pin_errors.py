"""What the desk says about a PIN locked after wrong guesses or too short to keep using:
one sentence each, zh + en (``domain.pins`` has the rules)."""

from __future__ import annotations

from datetime import datetime

from .errors import UserFacingError
from .sentences import Sentence

# where a PIN is changed: the window's team panel (the command line has no such command)
_WHERE_ZH = "设置 → 操作员与语言 → 设置或修改 PIN"
_WHERE_EN = "Settings → Operators and language → Set or change PIN"


def until_text(at_ms: int) -> str:
    """The desk's local time a lock ends, to the second ("14:35:20")."""
    return datetime.fromtimestamp(at_ms / 1000).strftime("%H:%M:%S")


class PinLocked(UserFacingError):
    zh = "{name} 的 PIN 已连续输错 {count} 次，在本报到台锁定到 {until}，请到时再试。"
    en = "The PIN of {name} was wrong {count} times in a row; it is locked at this desk until {until}. Try again then."


class PinMustChange(UserFacingError):
    zh = (
        "主管 {name} 的 PIN 不足 6 位，已在本报到台用过最后一次；请先改为 6 位以上的 PIN"
        f"（窗口：{_WHERE_ZH}），本次操作未保存。"
    )
    en = (
        "The PIN of supervisor {name} is shorter than 6 digits and had its last use at this "
        f"desk; change it to 6 digits or more first (in the window: {_WHERE_EN}). Nothing was "
        "saved."
    )


class PinChangeDue(Sentence):
    """Said after the one last use of a too-short supervisor PIN (the act was done)."""

    zh = f"主管 {{name}} 的 PIN 不足 6 位：这次仍然有效，下次使用前必须改为 6 位以上（窗口：{_WHERE_ZH}）。"
    en = (
        "The PIN of supervisor {name} is shorter than 6 digits: it worked this once; change it "
        f"to 6 digits or more before its next use (in the window: {_WHERE_EN})."
    )
