"""How the six official languages sort names, write dates and join lists, as UN documents do (used by
the statistics sentences of background papers, notes verbales and e-mails).

Sorting uses ICU's collation (CLDR rules per language: Cyrillic order in Russian, pinyin in Chinese,
"ñ" after "n" in Spanish …) through the PyICU bindings of the ``pyicu-wheels`` package, which ships
ICU inside its wheel: nothing is compiled on install. Python's own ``sorted`` orders by code point,
which is wrong for every one of the six languages (accented capitals last, Chinese by code point).

Dates and list joins follow the UN editorial style of each language rather than CLDR's defaults:
"27 May 2011", "27 mai 2011" ("1er mai"), "27 de mayo de 2011", "27 мая 2011 года", "2011年5月27日",
"27 أيار/مايو 2011" (the UN's Arabic writes both month names).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from functools import cache

import icu
from django.conf import settings

from observatory.core.languages import CONTENT_LANGUAGES, FIELD_SUFFIXES

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    # Genitive: "27 мая".
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "ar": (
        "كانون الثاني/يناير",
        "شباط/فبراير",
        "آذار/مارس",
        "نيسان/أبريل",
        "أيار/مايو",
        "حزيران/يونيه",
        "تموز/يوليه",
        "آب/أغسطس",
        "أيلول/سبتمبر",
        "تشرين الأول/أكتوبر",
        "تشرين الثاني/نوفمبر",
        "كانون الأول/ديسمبر",
    ),
}


def content_code(language: str) -> str:
    """The content-language code ("zh") of a content or interface language code ("zh-hans")."""
    code = (language or "").lower()
    if code in CONTENT_LANGUAGES:
        return code
    if code in FIELD_SUFFIXES:
        return FIELD_SUFFIXES[code]
    raise ValueError(f"{language!r} is not one of the six official languages")


def interface_code(language: str) -> str:
    """The interface-language code ("zh-hans") of a content language ("zh"): what
    ``translation.override`` and the language prefixes of the portal take."""
    code = content_code(language)
    return next((name for name, suffix in FIELD_SUFFIXES.items() if suffix == code), code)


def language_name(language: str) -> str:
    """The name of a content language in the active language ("English", "anglais")."""
    names = {content_code(code): name for code, name in settings.LANGUAGES}
    return str(names.get(language, language))


@cache
def _collator(language: str) -> icu.Collator:
    return icu.Collator.createInstance(icu.Locale(language))


def sort_key(language: str):
    """A key function that orders strings as ``language``'s alphabetical order does."""
    return _collator(content_code(language)).getSortKey


def sorted_names(names: Iterable[str], language: str) -> list[str]:
    """``names`` in the alphabetical order of ``language``."""
    return sorted(names, key=sort_key(language))


def format_date(day: datetime.date, language: str) -> str:
    """A date as UN documents in ``language`` write it."""
    code = content_code(language)
    if code == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    month = MONTHS[code][day.month - 1]
    if code == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    if code == "es":
        return f"{day.day} de {month} de {day.year}"
    if code == "ru":
        return f"{day.day} {month} {day.year} года"
    return f"{day.day} {month} {day.year}"


def _spanish_and(next_item: str) -> str:
    # "y" becomes "e" before a word that starts with the sound /i/ ("Francia e Italia"), but not
    # before "hie-"/"hia-" ("y hierro"), where the sound is a consonant.
    lowered = next_item.lower()
    if lowered[:1] in ("i", "í") or (lowered[:2] in ("hi", "hí") and lowered[2:3] not in tuple("aeiou")):
        return "e"
    return "y"


def join_names(names: list[str], language: str) -> str:
    """``names`` as one list in a sentence: "A, B and C", "A, B et C", "甲、乙和丙", "أ، وب، وج"."""
    code = content_code(language)
    if not names:
        return ""
    if code == "ar":
        # Arabic repeats "and" before every item after the first, attached to it.
        return "، ".join([names[0], *(f"و{name}" for name in names[1:])])
    if len(names) == 1:
        return names[0]
    if code == "zh":
        return "、".join(names[:-1]) + "和" + names[-1]
    conjunction = {"en": "and", "fr": "et", "ru": "и", "es": _spanish_and(names[-1])}[code]
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def russian_states(count: int) -> str:
    """ "государство", "государства" or "государств": the form Russian uses after ``count``."""
    if count % 10 == 1 and count % 100 != 11:
        return "государство"
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return "государства"
    return "государств"
