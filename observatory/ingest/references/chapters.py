"""Chapters of the Convention cited in a paragraph: "chapter II", "chapters II and V", "chapitre II",
"capítulo II", "главы II", "الفصل الثاني", "第二章".

Reports have chapters too, and cite them the same way ("chapter III above"). The rule:

- a roman numeral I–VIII (Arabic: an ordinal word; Chinese: a Chinese numeral) is the Convention's
  chapter unless what follows marks it as a document's own or another instrument's: "above", "below",
  ", section B", "of the present report", "ci-dessus", "supra", "выше", "настоящего доклада", "أعلاه",
  "本报告第三章", "上文第三章", or "see chapter III" — unless "of the Convention" follows;
- a number in digits ("chapter 3", "الفصل 2") counts only with "of the Convention" after it;
- a chapter past VIII is never the Convention's (it has eight).

``chapter`` is always the roman numeral; ``text`` the whole citation, without "of the Convention".
"""

from __future__ import annotations

import re

from . import chinese
from .articles import GRAMMARS
from .instruments import owner_after
from .numerals import ARABIC_ORDINALS, int_to_roman, roman_to_int
from .text import (
    NOT_LETTER_AFTER,
    Mention,
    at_word_start,
    entries_of,
    fold,
    languages_for,
    leftmost_longest,
    rx,
    start_of,
)

_KEYWORDS = {
    "en": r"(?:[Cc]hapters?|CHAPTERS?)",
    "fr": r"(?:[Cc]hapitres?|CHAPITRES?)",
    "es": r"(?:[Cc]apítulos?|CAPÍTULOS?)",
    "ru": r"(?:[Гг]лав(?:а|ы|е|у|ой|ою|ам|ами|ах)|ГЛАВ[АЫЕУ])",
    "ar": r"[وف]?(?P<kw>(?:[بك]?ال|لل)(?:فصل|فصلين|فصلان|فصول))",
}
KEYWORDS = {language: rx(keyword + NOT_LETTER_AFTER + r"\s+") for language, keyword in _KEYWORDS.items()}
_ORDINALS = "|".join(sorted(ARABIC_ORDINALS, key=len, reverse=True))
_NUMBER = re.compile(
    r"(?P<roman>[IVX]{1,4})" + NOT_LETTER_AFTER + r"|(?P<digits>\d{1,2})(?![\d/.])" + NOT_LETTER_AFTER
)
_ARABIC_NUMBER = re.compile(
    r"(?P<roman>[IVX]{1,4})(?![A-Za-z])|(?P<digits>\d{1,2})(?![\d/.])|(?P<ordinal>"
    + _ORDINALS
    + r")"
    + NOT_LETTER_AFTER
)
_SEE = rx(r"(?:\b(?:see|voir|véase|cf\.)|см\.)\s+(?:also\s+)?(?:the\s+|le\s+|el\s+|главу\s+)?$")
CONVENTION_CHAPTERS = 8


def _value(number: re.Match) -> tuple[int | None, bool]:
    """The chapter number of a token, and whether it was written in digits."""
    if number.group("digits"):
        return int(number.group("digits")), True
    if number.groupdict().get("ordinal"):
        return ARABIC_ORDINALS[number.group("ordinal")], False
    return roman_to_int(number.group("roman")), False


def _mentions(original: str, folded: str, language: str, tail_languages: tuple[str, ...]) -> list[Mention]:
    grammar = GRAMMARS[language]
    pattern = _ARABIC_NUMBER if language == "ar" else _NUMBER
    mentions = []
    for keyword in at_word_start(KEYWORDS[language], folded):
        numbers, digits, end = [], False, keyword.end()
        position = end
        while number := pattern.match(folded, position):
            value, in_digits = _value(number)
            if value is None:
                break
            end, digits = number.end(), digits or in_digits
            to = grammar.range_separator.match(folded, end)
            last = to and pattern.match(folded, to.end())
            last_value = _value(last)[0] if last else None
            if last_value and value < last_value:
                numbers += range(value, last_value + 1)
                end = last.end()
            else:
                numbers.append(value)
            separator = grammar.list_separator.match(folded, end)
            if not (separator and pattern.match(folded, separator.end())):
                break
            position = separator.end()
        if not numbers or max(numbers) > CONVENTION_CHAPTERS or min(numbers) < 1:
            continue
        owner = owner_after(folded, end, tail_languages, chapters=True)
        if owner in ("other", "self"):
            continue
        if owner != "convention" and (
            digits or _SEE.search(folded, max(0, keyword.start() - 20), keyword.start())
        ):
            continue
        start = start_of(keyword)
        entries = tuple({"chapter": int_to_roman(n), "text": original[start:end]} for n in numbers)
        mentions.append(Mention(start, end, entries))
    return mentions


def find_chapters(text: str, language: str | None = None) -> list[dict]:
    """The chapters of the Convention that ``text`` cites, in order: ``{"chapter": "II", "text": "chapter
    II"}``, one entry per chapter ("chapters II and V" gives two)."""
    folded = fold(text)
    languages = languages_for(language)
    tail_languages = tuple(code for code in languages if code != "zh")
    mentions: list[Mention] = []
    for code in languages:
        if code == "zh":
            mentions += chinese.chapter_mentions(text, folded)
        else:
            mentions += _mentions(text, folded, code, tail_languages)
    return entries_of(leftmost_longest(mentions))
