"""Errors of the files the desk writes (lists, workbooks): one sentence each, zh + en."""

from __future__ import annotations

import stat

from .errors import UserFacingError


class OutputNotAFile(UserFacingError):
    """``-o`` names a device, a folder, a pipe or a socket: nothing is written or replaced."""

    zh = "无法写入“{path}”：它不是普通文件（而是{what}），不会写入或替换它；请指定一个文件名，如 名单.xlsx。"
    en = "“{path}” could not be written: it is not a regular file (it is {what_en}), and it is neither written nor replaced. Name a file, such as list.xlsx."


def what_it_is(mode: int) -> tuple[str, str]:
    """(zh, en) words for a file type that is no regular file (``os.stat`` mode)."""
    if stat.S_ISDIR(mode):
        return "文件夹", "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "设备", "a device"
    if stat.S_ISFIFO(mode):
        return "管道", "a pipe"
    if stat.S_ISSOCK(mode):
        return "套接字", "a socket"
    return "特殊文件", "a special file"
