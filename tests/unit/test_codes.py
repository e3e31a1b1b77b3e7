"""Reading what a scanner or a person typed as an attendee code (issue 13)."""

from __future__ import annotations

import pytest

from huiwu_desk.domain.codes import read_code, superseded


@pytest.mark.parametrize(
    ("typed", "code", "version"),
    [
        ("A100021", "A100021", None),
        ("  a100021 \n", "A100021", None),
        ("Ａ１０００２１", "A100021", None),  # full-width, as some input methods type it
        ("A10 0021", "A100021", None),
        ("A100021.2", "A100021", 2),
        ("a100021.12", "A100021", 12),
        ("Ａ１０００２１．３", "A100021", 3),
        ("A1B00007.2", "A1B00007", 2),
        ("A100021.0", "A100021.0", None),  # no badge has version 0: not a versioned code
        ("A100021.x", "A100021.X", None),
    ],
)
def test_codes_read_the_same_however_they_were_typed(typed, code, version):
    scanned = read_code(typed)
    assert (scanned.code, scanned.version) == (code, version)
    assert scanned.typed == typed.strip()


def test_only_a_scanned_older_badge_is_superseded():
    assert superseded(1, 2) and superseded(2, 3)
    assert not superseded(2, 2) and not superseded(3, 2)
    assert not superseded(None, 3)  # nothing scanned (the card refreshed after an action)
    assert not superseded(1, 1) and not superseded(1, 0)
