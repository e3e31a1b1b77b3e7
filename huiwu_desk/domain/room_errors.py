"""What the desk is told when a room act cannot be done (排房, stays, moves): one sentence each."""

from __future__ import annotations

from .errors import UserFacingError


class AmbiguousRoom(UserFacingError):
    zh = "房号 {number} 在多家酒店都有（{hotels}）：请写成“酒店/房号”。"
    en = "Room {number} exists in several hotels ({hotels}): write it as “hotel/number”."


class StayBackwards(UserFacingError):
    zh = "离店日期 {depart} 不能早于或等于入住日期 {arrive}。"
    en = "The departure ({depart}) must be after the arrival ({arrive})."


class NightOutsideBlock(UserFacingError):
    zh = "{night} 这一晚不在本会议的房间预留期内（{first} 至 {last}）。"
    en = "The night of {night} is outside the event's room block ({first} to {last})."


class NoBlockNights(UserFacingError):
    zh = "本会议还没有设置住宿日期：请在“设置 → 会议设置 → 会议”中填写住宿晚。"
    en = "This event has no nights yet: set them under Settings → Event setup → Event."


class NotPlacedForSwap(UserFacingError):
    zh = "{name} 还没有房间，不能换房对调。"
    en = "{name} has no room, so there is nothing to swap."


class SwapSamePerson(UserFacingError):
    zh = "对调需要两个不同的人。"
    en = "A swap needs two different people."


class SameRoom(UserFacingError):
    zh = "{name} 已经住在房间 {number}。"
    en = "{name} is already in room {number}."


class AlreadyBedded(UserFacingError):
    zh = "{name} 在 {night} 已有床位（房间 {number}）：一个人一晚只能有一张床。"
    en = "{name} already has a bed on {night} (room {number}): one bed per person per night."


class SpareRoom(UserFacingError):
    zh = "房间 {number} 是机动房：需要主管批准才能排入。"
    en = "Room {number} is held back (spare): a supervisor must approve giving it."


class StalePairing(UserFacingError):
    zh = "排房建议生成后房间已有变动（{detail}）：请重新生成建议。"
    en = "Rooms changed since the proposal was made ({detail}): make the proposal again."


class NothingToPair(UserFacingError):
    zh = "没有需要排房的人：所有需要住宿的人都已有床位。"
    en = "Nobody is waiting for a room: everyone who needs one has a bed."
