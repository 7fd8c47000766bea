"""Numbers as the six languages write them in citations: roman numerals, Chinese numerals, Arabic ordinal
words, and the Arabic letters that stand for (a), (b), (c) …"""

from __future__ import annotations

import re

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_ROMAN_SHAPE = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def int_to_roman(number: int) -> str:
    """12 → "XII"."""
    if number < 1:
        raise ValueError(f"no roman numeral for {number}")
    digits = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        digits.append(letters * count)
    return "".join(digits)


def roman_to_int(numeral: str) -> int | None:
    """ "XII" → 12; None for what is not a well-formed roman numeral ("IIII", "VX", "")."""
    if not numeral or not _ROMAN_SHAPE.fullmatch(numeral):
        return None
    total, previous = 0, 0
    values = {letters: value for value, letters in _ROMAN if len(letters) == 1}
    for letter in reversed(numeral):
        value = values[letter]
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


_CHINESE_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE_NUMBER = r"[0-9零〇一二两三四五六七八九十百千]+"


def chinese_to_int(text: str) -> int | None:
    """ "十三" → 13, "二十一" → 21, "一百零五" → 105, "9" → 9; None for what is not a number."""
    if not text:
        return None
    if text.isascii():
        return int(text) if text.isdigit() else None
    total, digit = 0, None
    for character in text:
        if character in _CHINESE_DIGITS:
            digit = _CHINESE_DIGITS[character]
        elif character in _CHINESE_UNITS:
            total += (1 if digit is None else digit) * _CHINESE_UNITS[character]
            digit = None
        else:
            return None
    return total + (digit or 0)


# Masculine ordinals, as "الفصل" takes them (the text is folded: bare alef).
ARABIC_ORDINALS = {
    "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5,
    "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10,
}  # fmt: skip

# United Nations Arabic letters sub-paragraphs in the abjad order: (أ) = (a), (ب) = (b), (ج) = (c) …
_ABJAD = ("ا", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر")
ARABIC_LETTER_TO_LATIN = {letter: chr(ord("a") + index) for index, letter in enumerate(_ABJAD)}
ARABIC_LETTER_TO_LATIN["هـ"] = "e"  # (هـ) is written with a tatweel so that the letter stands alone


def latin_subparagraph(letter: str) -> str:
    """The Latin letter of a sub-paragraph label: "d" → "d", "د" (folded Arabic) → "d"."""
    return ARABIC_LETTER_TO_LATIN.get(letter, letter.lower())
