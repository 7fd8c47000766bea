"""Dates as resolutions are cited with them, in the six languages, to ISO (YYYY-MM-DD)."""

from __future__ import annotations

import datetime

from .text import fold

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    # Russian dates put the month in the genitive: "6 ноября 2015 года".
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
    # United Nations Arabic writes the western month name, often after the Levantine one:
    # "6 تشرين الثاني/نوفمبر 2015".
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه", "أغسطس", "سبتمبر", "أكتوبر",
           "نوفمبر", "ديسمبر"],
}  # fmt: skip
_EXTRA = {"es": {"setiembre": 9}, "ar": {"ابريل": 4, "يونيو": 6, "يوليو": 7}}
ARABIC_LEVANTINE_MONTHS = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
    "تشرين الثاني", "كانون الأول",
]  # fmt: skip


def _month_numbers() -> dict[str, dict[str, int]]:
    numbers: dict[str, dict[str, int]] = {}
    for language, names in _MONTHS.items():
        table = {fold(name).lower(): index + 1 for index, name in enumerate(names)}
        table.update({fold(name).lower(): number for name, number in _EXTRA.get(language, {}).items()})
        numbers[language] = table
    numbers["ar"].update({fold(name): index + 1 for index, name in enumerate(ARABIC_LEVANTINE_MONTHS)})
    return numbers


MONTH_NUMBERS = _month_numbers()


def month_pattern(language: str) -> str:
    """A regex alternation of the (folded) month names of a language, longest first."""
    names = sorted(MONTH_NUMBERS[language], key=len, reverse=True)
    return "(?:" + "|".join(names) + ")"


def iso_date(year: str, month: str | int, day: str, language: str) -> str | None:
    """ "2015", "novembre", "6", "fr" → "2015-11-06"; None when the parts make no real date."""
    if isinstance(month, str) and not month.isdigit():
        number = MONTH_NUMBERS[language].get(month.lower())
        if number is None:
            return None
    else:
        number = int(month)
    day = "1" if day.lower() in ("1er", "1ro", "1.º", "1º") else day
    try:
        return datetime.date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None
