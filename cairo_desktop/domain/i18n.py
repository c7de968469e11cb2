"""Texts in the app's three languages.

Catalogue and vocabulary entries carry their own translations; :class:`LocalText` picks one and
falls back to English so a missing translation never shows an empty label.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES: tuple[str, ...] = ("en", "fr", "ar")
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar"})


@dataclass(frozen=True)
class LocalText:
    en: str
    fr: str = ""
    ar: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, str] | str) -> "LocalText":
        if isinstance(data, str):
            return cls(en=data)
        return cls(en=data.get("en", ""), fr=data.get("fr", ""), ar=data.get("ar", ""))

    def get(self, lang: str = "en") -> str:
        value = getattr(self, lang, "") if lang in LANGUAGES else ""
        return value or self.en

    def as_dict(self) -> dict[str, str]:
        return {"en": self.en, "fr": self.fr, "ar": self.ar}


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        from cairo_desktop.errors import UserError

        raise UserError(f"Unknown language '{lang}': use one of {', '.join(LANGUAGES)}.")
    return lang
