"""The detect-language stage: the language of each paragraph and of the document.

The script decides most cases at once (Arabic, Han, Cyrillic letters); within a script, lingua decides
between the official language and its neighbours (French/Spanish/English and other Latin-script
languages, Russian and other Cyrillic ones, Arabic and Persian/Urdu), so that a German or Ukrainian
paragraph is "other" rather than forced into one of the six. Models load once, on first use.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from lingua import Language, LanguageDetectorBuilder

OFFICIAL = {
    Language.ARABIC: "ar",
    Language.CHINESE: "zh",
    Language.ENGLISH: "en",
    Language.FRENCH: "fr",
    Language.RUSSIAN: "ru",
    Language.SPANISH: "es",
}
_NEIGHBOURS = {
    "latin": [
        Language.ENGLISH,
        Language.FRENCH,
        Language.SPANISH,
        Language.GERMAN,
        Language.PORTUGUESE,
        Language.ITALIAN,
        Language.DUTCH,
    ],
    "cyrillic": [Language.RUSSIAN, Language.UKRAINIAN, Language.BULGARIAN, Language.SERBIAN],
    "arabic": [Language.ARABIC, Language.PERSIAN, Language.URDU],
}
_SCRIPTS = {
    "arabic": re.compile(r"[\u0600-\u06FF\u0750-\u077F]"),
    "han": re.compile(r"[\u4E00-\u9FFF\u3400-\u4DBF]"),
    "kana": re.compile(r"[\u3040-\u30FF]"),
    "hangul": re.compile(r"[\uAC00-\uD7AF]"),
    "cyrillic": re.compile(r"[\u0400-\u04FF]"),
    "latin": re.compile(r"[A-Za-zÀ-ɏ]"),
}
MIN_LETTERS = 12  # below this a paragraph ("1.", "Add.1") says nothing of its language


@cache
def _detector(script: str):
    return (
        LanguageDetectorBuilder.from_languages(*_NEIGHBOURS[script]).with_preloaded_language_models().build()
    )


def _script_counts(text: str) -> Counter:
    return Counter({name: len(pattern.findall(text)) for name, pattern in _SCRIPTS.items()})


def script_of(text: str) -> str | None:
    """The script most letters of the text are in ("latin", "cyrillic", "arabic", "han", …)."""
    counts = _script_counts(text)
    return counts.most_common(1)[0][0] if sum(counts.values()) else None


def detect_language(text: str) -> str | None:
    """ "ar", "zh", "en", "fr", "ru", "es", "other", or None when the text is too short to tell."""
    counts = _script_counts(text)
    if sum(counts.values()) < MIN_LETTERS and not counts["han"] >= 4:
        return None
    script, _ = counts.most_common(1)[0]
    if script == "han":
        return "other" if counts["kana"] > counts["han"] * 0.1 else "zh"
    if script in ("kana", "hangul"):
        return "other"
    found = _detector(script).detect_language_of(text)
    return OFFICIAL.get(found, "other") if found else None


def document_language(paragraph_languages: list[tuple[str | None, int]]) -> str | None:
    """The language most of the text is in: (language, length) pairs weighted by length."""
    weights: Counter = Counter()
    for language, length in paragraph_languages:
        if language:
            weights[language] += length
    return weights.most_common(1)[0][0] if weights else None
