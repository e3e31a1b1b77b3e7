"""Sentences the core says to people that are not errors: notes and names, zh + en.

Like ``UserFacingError``: the class holds both templates, the instance its parameters, and the
UI (in its language) and the CLI (both languages) render it in one place each. A parameter may
itself be a sentence: it is rendered in the same language (``身份证号：校验位不对…``).
"""

from __future__ import annotations

from typing import Any


class Sentence:
    zh: str = ""
    en: str = ""

    __slots__ = ("params",)

    def __init__(self, **params: Any) -> None:
        self.params = params

    def text(self, lang: str = "zh") -> str:
        zh = lang.lower().startswith("zh")
        values = {
            key: value.text(lang) if isinstance(value, Sentence) else value
            for key, value in self.params.items()
        }
        return (self.zh if zh else self.en).format(**values)

    def both(self) -> str:
        """One line with both languages, for the command line and its JSON."""
        zh, en = self.text("zh"), self.text("en")
        return zh if zh == en else f"{zh} ({en})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Sentence)
            and type(other) is type(self)
            and other.params == self.params
        )

    def __hash__(self) -> int:
        return hash((type(self), tuple(sorted(self.params))))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.both()!r})"

    def __str__(self) -> str:
        return self.both()


class Words(Sentence):
    """A word or name given in both languages by the caller (a field's label)."""

    zh = "{zh}"
    en = "{en}"

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh=zh, en=en)
