"""The six official languages and how per-language fields are read.

Reference data stores one column per language (``name_ar`` … ``name_es``). ``localized`` picks the
column for the active language and says when it fell back to English, so templates can mark it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import translation

#: Official language codes, in the UN order of language menus, with their suffix in field names.
LANGUAGE_CODES = ("ar", "zh-hans", "en", "fr", "ru", "es")
FIELD_SUFFIXES = {"ar": "ar", "zh-hans": "zh", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}
#: How each language names itself in the language menu.
AUTONYMS = {
    "ar": "عربي",
    "zh-hans": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}
RTL_LANGUAGES = frozenset({"ar"})
#: The six official languages as content (documents, paragraphs, search) names them, in UN order.
CONTENT_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def content_language(code: str | None) -> str | None:
    """``code`` when it is one of the six content languages, else None ("other", unknown)."""
    return code if code in CONTENT_LANGUAGES else None


@dataclass(frozen=True)
class LocalizedText:
    """A text in the language asked for, or in English when that language's version is missing."""

    text: str
    language: str
    is_fallback: bool

    def __str__(self) -> str:
        return self.text


def field_suffix(language: str | None = None) -> str:
    """The field-name suffix of a language code (the active language by default)."""
    code = (language or translation.get_language() or "en").lower()
    if code in FIELD_SUFFIXES:
        return FIELD_SUFFIXES[code]
    base = code.split("-")[0]
    return FIELD_SUFFIXES.get(base, "en")


def localized(obj: object, field: str, language: str | None = None) -> LocalizedText:
    """Read ``obj.<field>_<lang>``; fall back to ``obj.<field>_en`` and say so when it is blank."""
    suffix = field_suffix(language)
    text = getattr(obj, f"{field}_{suffix}", "") or ""
    if text:
        return LocalizedText(text, _code_for_suffix(suffix), False)
    return LocalizedText(getattr(obj, f"{field}_en", "") or "", "en", suffix != "en")


def _code_for_suffix(suffix: str) -> str:
    return next(code for code, value in FIELD_SUFFIXES.items() if value == suffix)
