"""How much the desk takes from outside: field lengths, and the bounds of a spreadsheet read.

Pure constants (and one lookup), so every door can use the same numbers: the roster import
(``services/roster_rows.py``), the window's forms (``services/attendees.py``), the sheet
reader (``adapters/sheets/sheet_process.py``) and the sync engine's check of imported ops.

Field caps are in characters, counted after the value is cleaned (NFKC, trimmed). They are
set far above what a real person, unit or note needs, so only a broken or hostile file meets
them; a longer value is refused with its reason (a rejected roster row, a form's sentence),
never cut short: truncating would silently change someone's data.
"""

from __future__ import annotations

from typing import Final

# --- a person (attendee fields, roster columns) ----------------------------------------------
# The longest real names seen on Chinese rosters are transliterated minority and foreign names
# (阿卜杜热合曼·买买提明·…: 20-30 characters); 64 leaves room for a full Western name.
NAME: Final = 64
UNIT: Final = 128  # 中国科学院大学附属肿瘤医院（浙江省肿瘤医院）: ~25; English names longer
DEPARTMENT: Final = 128
TITLE: Final = 128  # 职务/职称, several joined: 主任医师、教授、博士生导师、…
PHONE: Final = 32  # normalized: +86 and 11 digits, an extension, a foreign number
EMAIL: Final = 254  # RFC 5321's longest address
ID_NUMBER: Final = 32  # 18 for a 身份证, passports and other documents fewer
PROVINCE: Final = 64
CITY: Final = 64
ROOM_PREF: Final = 32
ROOMMATE_REQUEST: Final = 200
NOTES: Final = 2000
CODE: Final = 32  # a person's code (A100001, a roster's own numbers)
CATEGORY: Final = 64  # a category as typed in a roster (嘉宾, 参会代表 …)

ATTENDEE_TEXT: Final[dict[str, int]] = {
    "name": NAME,
    "gender": 8,
    "unit": UNIT,
    "department": DEPARTMENT,
    "title": TITLE,
    "phone": PHONE,
    "email": EMAIL,
    "id_number": ID_NUMBER,
    "province": PROVINCE,
    "city": CITY,
    "category_id": 64,  # an id (a UUID, 36)
    "arrival": 32,  # an ISO date
    "departure": 32,
    "room_pref": ROOM_PREF,
    "roommate_request": ROOMMATE_REQUEST,
    "notes": NOTES,
}
# a roster's columns: the person's fields, the roster's own code, the category as typed
ROSTER_TEXT: Final[dict[str, int]] = {**ATTENDEE_TEXT, "code": CODE, "category": CATEGORY}

# --- other text that reaches the event (for the sync engine's checks and the forms) ----------
OPERATOR_NAME: Final = 32
DESK_CODE: Final = 16
EVENT_NAME: Final = 128
SETUP_NAME: Final = 64  # a category, fee item, material, hotel, scan point as named in setup
ROOM_NUMBER: Final = 16
INVOICE_TITLE: Final = 128  # 发票抬头: a company's registered name
TAX_NUMBER: Final = 32  # 统一社会信用代码: 18
PAYMENT_REFERENCE: Final = 64
PAYMENT_NOTE: Final = 500
REASON: Final = 500  # a void's, refund's or variance's reason
# A setup workbook (or a hotel's room list) from outside: any one cell, and the rooms it makes
# (a row "1-999" makes 999 rooms: 10,000 such rows once made ten million in memory)
SETUP_CELL: Final = 1000
SETUP_ROOMS: Final = 50_000
SETUP_UNPACKED_BYTES: Final = 100 << 20  # a filled-in setup is well under 1 MB

# --- search helpers ----------------------------------------------------------------------------
# Each suffix of a name kept for substring search (name_suffixes) is cut to this length, so the
# index grows linearly with a name (a 30,000-character name once took 450 million characters).
# Longer queries are matched on their first NAME_SUFFIX_CHARS characters, then on the name.
NAME_SUFFIX_CHARS: Final = 16

# --- spreadsheets from outside (read in a child process: adapters/sheets/sheet_process.py) -----
# An honest roster of 50,000 rows is a 4.5 MB .xlsx that unpacks to 42 MB of XML, read in
# about 0.7 s by a child whose address space peaks at 125 MB: every bound below is at least ten
# times that, so only a broken or hostile file meets one.
SHEET_FILE_BYTES: Final = 256 << 20  # on disk, .xlsx/.xls/.csv alike
SHEET_UNPACKED_BYTES: Final = 1 << 30  # all members of a workbook's zip together, as declared
SHEET_MEMBERS: Final = 10_000  # members of that zip (a roster has ~10; a picture is one more)
# A big member packed tighter than this is a zip bomb (zeros pack ~1,000:1; a roster's XML ~9:1,
# 50,000 identical rows 17:1, 750,000 formatted empty cells 15:1)
SHEET_RATIO: Final = 200
SHEET_RATIO_FROM: Final = 16 << 20  # small members may pack as they like
# A sheet's declared <dimension>: Excel's own grid is 1,048,576 x 16,384 (XFD)
SHEET_MAX_ROWS: Final = 1_048_576
SHEET_MAX_COLUMNS: Final = 16_384
SHEET_DECLARED_CELLS: Final = 1 << 31  # the whole grid is 2^34: only a forged file declares it
# Shared strings declared (uniqueCount): calamine reserves room for them before reading one
SHEET_STRINGS: Final = 10_000_000
# Cells of one sheet (from A1 to its last cell) that may come to the desk: 50,000 rows x 200
# columns. A grid the child could hold but the desk should not (a value at P1000000) is refused
# before its rows are made
SHEET_READ_CELLS: Final = 10_000_000
# What the child may send back, pickled (an honest 50,000-row roster: 9.5 MB): a cell of 100 MB
# of random text packs honestly and fits the child, but is not for the desk
SHEET_TRANSFER_BYTES: Final = 128 << 20
# The child process reading a file
SHEET_CHILD_MEMORY: Final = 2 << 30  # address space (RLIMIT_AS; a Job Object's on Windows)
SHEET_CHILD_CPU_S: Final = 120
SHEET_CHILD_WALL_S: Final = 180  # then it is killed


def over_cap(field: str, value: object) -> int | None:
    """The cap ``value`` exceeds as ``field`` of a person, or None (no cap, or within it)."""
    cap = ATTENDEE_TEXT.get(field)
    if cap is not None and isinstance(value, str) and len(value) > cap:
        return cap
    return None
