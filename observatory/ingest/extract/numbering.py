"""Numbers written as list labels show them: 3 → "c", "iii", "ج", "в", "三" (Word's number formats)."""

from __future__ import annotations

_LATIN = "abcdefghijklmnopqrstuvwxyz"
# Word skips the letters that are not used to count (ё, й, ъ, ы, ь).
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"
_ARABIC_ALPHA = "أبتثجحخدذرزسشصضطظعغفقكلمنهوي"
_ARABIC_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"
_CHINESE_DIGITS = "〇一二三四五六七八九"
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def format_number(number: int, number_format: str) -> str:
    """``number`` in one of Word's ``w:numFmt`` formats; formats not known here fall back to decimal."""
    if number < 1 and number_format != "decimal":
        return str(number)
    match number_format:
        case "lowerLetter":
            return _letters(number, _LATIN)
        case "upperLetter":
            return _letters(number, _LATIN).upper()
        case "lowerRoman":
            return _roman(number)
        case "upperRoman":
            return _roman(number).upper()
        case "decimalZero":
            return f"{number:02d}"
        case "russianLower":
            return _letters(number, _RUSSIAN)
        case "russianUpper":
            return _letters(number, _RUSSIAN).upper()
        case "arabicAlpha":
            return _letters(number, _ARABIC_ALPHA)
        case "arabicAbjad":
            return _letters(number, _ARABIC_ABJAD)
        case "chineseCounting" | "chineseCountingThousand" | "ideographTraditional" | "japaneseCounting":
            return _chinese(number)
        case "none":
            return ""
        case _:
            return str(number)


def _letters(number: int, alphabet: str) -> str:
    """Word's lettering: a … z, then aa … zz, aaa …: the letter repeated, not a base-26 number."""
    count = len(alphabet)
    return alphabet[(number - 1) % count] * ((number - 1) // count + 1)


def _roman(number: int) -> str:
    if number >= 4000:
        return str(number)
    digits = []
    for value, letters in _ROMAN:
        while number >= value:
            digits.append(letters)
            number -= value
    return "".join(digits)


def _chinese(number: int) -> str:
    """Chinese counting for 1 to 99 (一, 十, 十一, 二十三); larger numbers in decimal."""
    if number >= 100:
        return str(number)
    tens, units = divmod(number, 10)
    if tens == 0:
        return _CHINESE_DIGITS[units]
    prefix = "" if tens == 1 else _CHINESE_DIGITS[tens]
    return prefix + "十" + (_CHINESE_DIGITS[units] if units else "")
