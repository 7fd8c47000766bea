"""The case forms of Russian names of States and organizations, so that a gazetteer finds "Российской
Федерации", "Францией", "Соединенных Штатов Америки" and "Всемирного банка" as well as the nominative.

Only the head of a name declines: its leading adjectives and first noun ("Российская Федерация"), and
nouns joined to it by "и" or a dash ("Босния и Герцеговина", "Папуа — Новая Гвинея"); what follows is a
genitive or an apposition and stays ("Соединенное Королевство Великобритании …", "Республика Корея").
The rules are the regular declensions of the endings these names have; a form they produce that Russian
does not use does no harm (no text contains it), so where a name could decline two ways both are made.
Irregular names (fleeting vowels: "Египет" → "Египта") are listed by hand in the gazetteer data.
"""

from __future__ import annotations

from itertools import product

CASES = ("nom", "gen", "dat", "acc", "ins", "pre")
_PLURAL_NOUNS = {"Острова", "Штаты", "Эмираты", "Нидерланды", "Филиппины", "Гренадины", "острова", "штаты"}
_SIBILANT_OR_VELAR = "гкхжшщч"
_VOWELS = "аеёиоуыэюя"


def _is_plural_adjective(word: str) -> bool:
    """ "Соединенные", "Багамские", "Маршалловы" — but not the nouns in -ние ("Управление")."""
    return word.endswith(("ые", "овы", "евы", "ины")) or (
        word.endswith("ие") and word[-3:-2] in _SIBILANT_OR_VELAR
    )


def _adjective(word: str, plural: bool) -> dict[str, set[str]] | None:
    """Case forms of an adjective, or None when the word is not one."""
    forms: dict[str, tuple[str, ...]] | None = None
    stem = word[:-2]
    if plural or _is_plural_adjective(word):
        if word.endswith(("овы", "евы", "ины")):
            stem, vowel = word[:-1], "ы"
        elif _is_plural_adjective(word):
            vowel = word[-2]
        else:
            return None
        forms = {"gen": (f"{vowel}х",), "dat": (f"{vowel}м",), "ins": (f"{vowel}ми",), "pre": (f"{vowel}х",)}
    elif word.endswith("ая"):
        forms = {"gen": ("ой",), "dat": ("ой",), "acc": ("ую",), "ins": ("ой", "ою"), "pre": ("ой",)}
    elif word.endswith("яя"):
        forms = {"gen": ("ей",), "dat": ("ей",), "acc": ("юю",), "ins": ("ей",), "pre": ("ей",)}
    elif word.endswith(("ый", "ой")) or (word.endswith("ий") and word[-3:-2] in _SIBILANT_OR_VELAR):
        soft = word.endswith("ий") and word[-3:-2] in "жшщч"
        forms = {
            "gen": ("ого", "его") if soft else ("ого",),
            "dat": ("ому", "ему") if soft else ("ому",),
            "ins": ("им",) if word.endswith("ий") else ("ым",),
            "pre": ("ом", "ем") if soft else ("ом",),
        }
    elif word.endswith(("ое", "ее")):
        forms = {"gen": ("ого", "его"), "dat": ("ому", "ему"), "ins": ("ым", "им"), "pre": ("ом", "ем")}
    if forms is None:
        return None
    result = {case: {stem + ending for ending in forms.get(case, ())} for case in CASES}
    result["nom"] = {word}
    if not result["acc"]:
        result["acc"] = {word}  # inanimate: the accusative is the nominative
    return result


def _noun(word: str, plural: bool, alone: bool = False) -> dict[str, set[str]]:
    """Case forms of a noun (its last hyphenated part declines; "Гвинея-Бисау" declines its first). A
    name that is this noun ``alone`` also gets its plural oblique forms ("Франциям")."""
    if "-" in word:
        head, _, tail = word.rpartition("-")
        tail_forms = _noun(tail, plural, alone)
        if any(tail_forms[case] != {tail} for case in CASES):
            return {case: {f"{head}-{form}" for form in forms} for case, forms in tail_forms.items()}
        head_forms = _noun(head, plural, alone)
        return {case: {f"{form}-{tail}" for form in forms} for case, forms in head_forms.items()}
    same = {case: {word} for case in CASES}
    if word.isupper() or len(word) < 3:
        return same  # acronyms ("США", "ООН") do not decline
    endings: dict[str, tuple[str, ...]]
    stem = word[:-1]
    last = word[-1]
    if plural:
        stem = word[:-1] if last in "ыиа" else word
        endings = {"gen": ("ов", ""), "dat": ("ам",), "ins": ("ами",), "pre": ("ах",)}
    elif word.endswith("ия"):
        endings = {"gen": ("и",), "dat": ("и",), "acc": ("ю",), "ins": ("ей",), "pre": ("и",),
                   "pl": ("ям", "ями", "ях")}  # fmt: skip
    elif last == "я":
        endings = {"gen": ("и",), "dat": ("е",), "acc": ("ю",), "ins": ("ей",), "pre": ("е",)}
    elif last == "а":
        if word[-2] in _VOWELS:
            return same  # "Антигуа", "Никарагуа", "Самоа"
        genitive = "и" if word[-2] in _SIBILANT_OR_VELAR else "ы"
        endings = {"gen": (genitive,), "dat": ("е",), "acc": ("у",), "ins": ("ой", "ей"), "pre": ("е",),
                   "pl": ("ам", "ами", "ах")}  # fmt: skip
    elif word.endswith("ий"):
        endings = {"gen": ("ия",), "dat": ("ию",), "ins": ("ием",), "pre": ("ии", "ие")}
        stem = word[:-2]
    elif last == "й":
        endings = {"gen": ("я",), "dat": ("ю",), "ins": ("ем",), "pre": ("е",)}
    elif last == "ь":
        endings = {"gen": ("я", "и"), "dat": ("ю", "и"), "ins": ("ем", "ью"), "pre": ("е", "и")}
    elif word.endswith(("ство", "тво")):
        endings = {"gen": ("а",), "dat": ("у",), "ins": ("ом",), "pre": ("е",)}
    elif word.endswith(("ние", "тие")):
        endings = {"gen": ("ия",), "dat": ("ию",), "ins": ("ием",), "pre": ("ии",)}
        stem = word[:-2]
    elif last in _VOWELS:
        return same  # foreign names in -о, -е, -и, -у, -э do not decline: "Того", "Чили", "Перу"
    else:
        stem = word
        instrumental = ("ем", "ом") if last in "жшщчц" else ("ом",)
        endings = {"gen": ("а",), "dat": ("у",), "ins": instrumental, "pre": ("е",)}
    result = {case: {stem + e for e in endings.get(case, ())} or {word} for case in CASES}
    result["nom"] = {word}
    if "acc" not in endings:
        result["acc"] = {word}
    if alone and "pl" in endings:
        result["nom"] |= {stem + e for e in endings["pl"]}
    return result


def case_forms(name: str) -> set[str]:
    """Every case form of a Russian name, the name itself included."""
    words = name.split(" ")
    declined: list[dict[str, set[str]]] = []
    plural = False
    index = 0
    while index < len(words):
        word = words[index]
        if word in ("и", "-") and declined:
            declined.append({case: {word} for case in CASES})
            index += 1
            continue
        following = words[index + 1] if index + 1 < len(words) else None
        adjective = _adjective(word, plural) if following not in (None, "и", "-") else None
        if adjective:
            plural = plural or _is_plural_adjective(word)
            declined.append(adjective)
            index += 1
            continue
        declined.append(_noun(word, plural or word in _PLURAL_NOUNS, alone=len(words) == 1))
        index += 1
        if following not in ("и", "-"):
            break
    rest = words[len(declined) :]
    forms = {name}
    for case in CASES:
        for combination in product(*(sorted(d[case]) for d in declined)):
            forms.add(" ".join([*combination, *rest]))
    return forms
