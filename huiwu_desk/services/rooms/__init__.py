"""Rooms (排房, issue 16): beds night by night. ``place`` (assign, release, move 换房, swap),
``stays`` (arrival and departure, 续住, 提前离店), ``grid`` (rooms × nights and who waits),
``pairing`` (排房建议), ``suggest`` (F4's suggestions), ``hotel_numbers`` (what the hotel bills
from), ``slips`` (the key-envelope slip on the receipt printer).
"""

from .place import (
    assign_room,
    find_room,
    mixed_room,
    move_room,
    release_room,
    swap_rooms,
)
from .stays import change_stay, extend_stay

__all__ = [
    "assign_room",
    "change_stay",
    "extend_stay",
    "find_room",
    "mixed_room",
    "move_room",
    "release_room",
    "swap_rooms",
]
