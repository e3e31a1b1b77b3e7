"""Errors of the doors (issue 18), one sentence each."""

from __future__ import annotations

from .errors import UserFacingError


class UnknownPoint(UserFacingError):
    zh = "没有名为“{name}”的扫码点。"
    en = "There is no scan point named “{name}”."


class BadPoint(UserFacingError):
    zh = "扫码点“{name}”设置有误：{why}"
    en = "The scan point “{name}” is not right: {why_en}"


class DuplicatePoint(UserFacingError):
    zh = "扫码点“{name}”已存在。"
    en = "The scan point “{name}” exists already."
