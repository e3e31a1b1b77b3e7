"""A value longer than its cap (domain/limits.py): one sentence, zh + en, for a form or a row."""

from __future__ import annotations

from typing import Any

from .errors import UserFacingError
from .sentences import Sentence


class FieldTooLong(UserFacingError):
    """A form's field (``field``: a ``Words``, rendered in the sentence's language)."""

    zh = "“{field}”太长（{length} 个字），最多 {limit} 个字。"
    en = "“{field}” is too long ({length} characters); at most {limit}."

    def text(self, lang: str = "zh") -> str:
        template = self.zh if lang.lower().startswith("zh") else self.en
        return template.format(**_rendered(self.params, lang))


class TooLong(Sentence):
    """Why a roster row is rejected: ``field`` is the column's field label (a ``Words``)."""

    zh = "{field}太长（{length} 个字，最多 {limit} 个字），未导入"
    en = "{field} is too long ({length} characters, at most {limit}); not imported"


def _rendered(params: dict[str, Any], lang: str) -> dict[str, Any]:
    return {k: v.text(lang) if isinstance(v, Sentence) else v for k, v in params.items()}


class CellTooLong(Sentence):
    """Why a setup row is not read: ``column`` is the column's title as the sheet has it."""

    zh = "“{column}”一栏太长（{length} 个字，最多 {limit} 个字），本行未读取"
    en = "“{column}” is too long ({length} characters, at most {limit}); the row was not read"


class TooManyRooms(Sentence):
    zh = "房间超过 {limit} 间，从这一行起未读取"
    en = "more than {limit} rooms; the rooms from this row on were not read"
