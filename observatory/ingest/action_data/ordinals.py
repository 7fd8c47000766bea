"""Session ordinals (1 to 99) in the six languages, and the English word every one of them becomes.

``ORDINAL_WORDS[language]`` maps each written form (all genders and, for Russian, all cases; spaces
and hyphens interchangeable when matched) to its number. Chinese writes session numbers with numerals
("第八届"), read by ``chinese_to_int`` of the references stage.
"""

from __future__ import annotations

_EN_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_EN_TEENS = (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
)  # fmt: skip
_EN_TENS_CARDINAL = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_TENS_ORDINAL = (
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
)  # fmt: skip


def english_ordinal(number: int) -> str:
    """8 → "eighth", 75 → "seventy-fifth" (1 to 99), the form the extraction contract stores."""
    if not 1 <= number <= 99:
        raise ValueError(f"no session ordinal for {number}")
    if number < 10:
        return _EN_UNITS[number - 1]
    if number < 20:
        return _EN_TEENS[number - 10]
    tens, unit = divmod(number, 10)
    if unit == 0:
        return _EN_TENS_ORDINAL[tens - 2]
    return f"{_EN_TENS_CARDINAL[tens - 2]}-{_EN_UNITS[unit - 1]}"


def _english() -> dict[str, int]:
    return {english_ordinal(number): number for number in range(1, 100)}


_FR_CARDINALS = (
    "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
)  # fmt: skip
_FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def _french_cardinal(number: int) -> str:
    if number < 20:
        return _FR_CARDINALS[number - 1]
    if number < 70:
        tens, unit = divmod(number, 10)
        word = _FR_TENS[tens * 10]
        if unit == 0:
            return word
        return f"{word} et un" if unit == 1 else f"{word}-{_FR_CARDINALS[unit - 1]}"
    if number < 80:
        rest = number - 60
        return "soixante et onze" if rest == 11 else f"soixante-{_FR_CARDINALS[rest - 1]}"
    if number == 80:
        return "quatre-vingts"
    return f"quatre-vingt-{_FR_CARDINALS[number - 81]}"


def _french_ordinal_of(cardinal: str) -> str:
    cut = max(cardinal.rfind(" "), cardinal.rfind("-")) + 1
    head, last = cardinal[:cut], cardinal[cut:]
    if last == "un":
        last = "unième"
    elif last == "cinq":
        last = "cinquième"
    elif last == "neuf":
        last = "neuvième"
    elif last == "vingts":
        last = "vingtième"
    elif last.endswith("e"):
        last = last[:-1] + "ième"
    else:
        last += "ième"
    return head + last


def _french() -> dict[str, int]:
    forms = {"premier": 1, "première": 1, "second": 2, "seconde": 2}
    for number in range(2, 100):
        ordinal = _french_ordinal_of(_french_cardinal(number))
        forms[ordinal] = number
        forms[ordinal.replace(" et ", "-et-")] = number  # the 1990 spelling hyphenates everything
    return forms


_ES_UNITS = (
    ("primero", "primer"), ("segundo",), ("tercero", "tercer"), ("cuarto",), ("quinto",),
    ("sexto",), ("séptimo", "sétimo"), ("octavo",), ("noveno", "nono"),
)  # fmt: skip
_ES_TENS = ("vigésimo", "trigésimo", "cuadragésimo", "quincuagésimo", "sexagésimo", "septuagésimo",
            "octogésimo", "nonagésimo")  # fmt: skip


def _with_feminine(forms: list[str]) -> list[str]:
    return forms + [form[:-1] + "a" for form in forms if form.endswith("o")]


def _spanish() -> dict[str, int]:
    table: dict[str, int] = {}
    for index, units in enumerate(_ES_UNITS, start=1):
        for form in _with_feminine(list(units)):
            table[form] = index
    for form in _with_feminine(["décimo"]):
        table[form] = 10
    for form in _with_feminine(["undécimo", "duodécimo"]):
        table[form] = 11 if form.startswith("und") else 12
    for unit_number, units in enumerate(_ES_UNITS, start=1):
        for unit in _with_feminine(list(units)):
            table[f"décimo {unit}"] = 10 + unit_number
            table[f"decimo{unit.replace('é', 'e')}"] = 10 + unit_number
    table["decimoctavo"] = table["decimoctava"] = 18
    for tens_index, tens in enumerate(_ES_TENS, start=2):
        for tens_form in _with_feminine([tens]):
            table[tens_form] = tens_index * 10
            for unit_number, units in enumerate(_ES_UNITS, start=1):
                for unit in _with_feminine(list(units)):
                    if tens_form.endswith("a") != unit.endswith("a") and unit[-1] in "oa":
                        continue  # the two words agree in gender
                    table[f"{tens_form} {unit}"] = tens_index * 10 + unit_number
                    table[f"{tens_form.replace('é', 'e')}{unit}"] = tens_index * 10 + unit_number
    return table


_RU_STEMS = (
    "перв", "втор", None, "четвёрт", "пят", "шест", "седьм", "восьм", "девят", "десят",
    "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
    "семнадцат", "восемнадцат", "девятнадцат",
)  # fmt: skip
_RU_TENS_STEMS = ("двадцат", "тридцат", "сороков", "пятидесят", "шестидесят", "семидесят",
                  "восьмидесят", "девяност")  # fmt: skip
_RU_TENS_CARDINAL = ("двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
                     "восемьдесят", "девяносто")  # fmt: skip
_RU_ENDINGS = ("ой", "ая", "ую", "ый", "ое", "ого", "ом", "ому", "ые", "ых", "ым", "ыми")
_RU_THIRD = ("третий", "третья", "третью", "третье", "третьей", "третьего", "третьем", "третьему",
             "третьи", "третьих")  # fmt: skip


def _russian_unit_forms(number: int) -> tuple[str, ...]:
    if number == 3:
        return _RU_THIRD
    return tuple(_RU_STEMS[number - 1] + ending for ending in _RU_ENDINGS)


def _russian() -> dict[str, int]:
    table: dict[str, int] = {}
    for number in range(1, 20):
        for form in _russian_unit_forms(number):
            table[form] = number
    for index, stem in enumerate(_RU_TENS_STEMS, start=2):
        for ending in _RU_ENDINGS:
            table[stem + ending] = index * 10
        for unit in range(1, 10):
            for form in _russian_unit_forms(unit):
                table[f"{_RU_TENS_CARDINAL[index - 2]} {form}"] = index * 10 + unit
    return table


# Feminine first (دورة, session, is feminine), then masculine.
_AR_UNITS = (
    ("الأولى", "الأول"), ("الثانية", "الثاني"), ("الثالثة", "الثالث"), ("الرابعة", "الرابع"),
    ("الخامسة", "الخامس"), ("السادسة", "السادس"), ("السابعة", "السابع"), ("الثامنة", "الثامن"),
    ("التاسعة", "التاسع"),
)  # fmt: skip
_AR_TENS = ("العشرين", "الثلاثين", "الأربعين", "الخمسين", "الستين", "السبعين", "الثمانين", "التسعين")
_AR_COMPOUND_ONE = ("الحادية", "الحادي")


def _arabic() -> dict[str, int]:
    table: dict[str, int] = {}
    for number, (feminine, masculine) in enumerate(_AR_UNITS, start=1):
        table[feminine] = table[masculine] = number
    table["العاشرة"] = table["العاشر"] = 10
    for unit in range(1, 10):
        feminine, masculine = _AR_COMPOUND_ONE if unit == 1 else _AR_UNITS[unit - 1]
        table[f"{feminine} عشرة"] = table[f"{masculine} عشر"] = 10 + unit
    for index, tens in enumerate(_AR_TENS, start=2):
        table[tens] = index * 10
        for unit in range(1, 10):
            feminine, masculine = _AR_COMPOUND_ONE if unit == 1 else _AR_UNITS[unit - 1]
            table[f"{feminine} و{tens}"] = table[f"{masculine} و{tens}"] = index * 10 + unit
    return table


ORDINAL_WORDS: dict[str, dict[str, int]] = {
    "en": _english(),
    "fr": _french(),
    "es": _spanish(),
    "ru": _russian(),
    "ar": _arabic(),
    "zh": {},
}
