"""States named in a paragraph, as ISO 3166-1 alpha-3 codes (Kosovo: XKX).

Names come from the project's States file (``observatory/countries/data/states.csv``: UN short names in
the six languages, English formal names, variants) and from ``data/country_variants.json`` (common names
such as "Vietnam" or "Russia", formal names in the six languages for frequent States, Kosovo). From each
name the code also makes:

- the short form without the bracket: "Bolivia" for "Bolivia (Plurinational State of)", and the long form
  it stands for: "Plurinational State of Bolivia", "République islamique d'Iran", "جمهورية إيران
  الإسلامية" (Arabic writes the place of the name as "-" or "_" in the bracket);
- Russian case forms ("Российской Федерации", "Францией"), Arabic "لل" forms ("للنمسا");
- the same name with a tight or spaced hyphen ("غينيا - بيساو", "غينيا-بيساو").

Matching is leftmost-longest at word boundaries (``gazetteer``), so "Papua New Guinea" is not "Guinea",
"Nigeria" not "Niger", "Dominican Republic" not "Dominica". Not counted: cities and regions ("Mexico City",
"Gulf of Guinea", "发展中国家"), demonyms ("Austrian", "النمساوية"), names inside organizations' names
("Council of Europe", "Bank of Italy", "Central Bank of Nigeria", "University of Malta", "中国人民银行"),
and in Chinese the names inside a title in 《》 ("《中华人民共和国公务员法》"). "Government of Austria" is
Austria. Hong Kong and Macao count as China only when the name says so ("Hong Kong, China", "中国香港").
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .gazetteer import Gazetteer, Hit, script
from .organizations import aliases as organization_aliases
from .organizations import spelling_forms
from .text import fold, languages_for, rx


@dataclass(frozen=True)
class _State:
    iso3: str
    needs_cue: bool = False  # the name is also a common word ("مالي": financial)


@lru_cache(maxsize=1)
def states() -> list[dict[str, str]]:
    """The rows of the project's States file."""
    text = resources.files("observatory.countries").joinpath("data/states.csv").read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def variants() -> dict:
    """The extra names, blocked phrases and ambiguous names of ``data/country_variants.json``."""
    return json.loads(resources.files(__package__).joinpath("data/country_variants.json").read_text("utf-8"))


_BRACKETED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<inside>[^()]+)\)$")


def _with_bracket_resolved(name: str, language: str) -> set[str]:
    """ "Bolivia (Plurinational State of)" → the short and the long form, besides the name itself."""
    bracketed = _BRACKETED.match(name)
    if not bracketed:
        return {name}
    short, inside = bracketed.group("name"), bracketed.group("inside").strip()
    if language == "ar":
        placeholder = re.split(r"\s*[-_]\s*", inside, maxsplit=1)
        long = f"{placeholder[0]} {short} {placeholder[1]}" if len(placeholder) == 2 else f"{inside} {short}"
    else:
        long = f"{inside}{short}" if inside.endswith(("'", "’")) else f"{inside} {short}"
    return {name, short, " ".join(long.split())}


def _with_hyphens(name: str) -> set[str]:
    if "-" not in fold(name):
        return {name}
    folded = fold(name)
    return {name, re.sub(r"\s*-\s*", "-", folded), re.sub(r"\s*-\s*", " - ", folded)}


def _script_languages(name: str) -> tuple[str, ...]:
    """The languages a variant of the States file belongs to, by its script."""
    kind = next((script(c) for c in name if script(c)), None)
    return {"arabic": ("ar",), "cyrillic": ("ru",), "cjk": ("zh",)}.get(kind or "", ("en", "fr", "es"))


def _state_names(languages: tuple[str, ...]) -> Iterator[tuple[str, str, str]]:
    """(name, ISO3, language) for every name of every State, before inflection."""
    for row in states():
        iso3 = row["iso3"]
        for language in languages:
            yield row[f"name_{language}"], iso3, language
        if "en" in languages and row["formal_name_en"]:
            yield row["formal_name_en"], iso3, "en"
        for variant in filter(None, (v.strip() for v in row["variants"].split("|"))):
            for language in _script_languages(variant):
                if language in languages:
                    yield variant, iso3, language
    for language in languages:
        for iso3, names in variants()["names"].get(language, {}).items():
            for name in names:
                yield name, iso3, language


def _names(languages: tuple[str, ...]) -> Iterator[tuple[str, object]]:
    ambiguous = {(language, fold(n)) for language, names in variants()["needs_cue"].items() for n in names}
    for name, iso3, language in _state_names(languages):
        state = _State(iso3, needs_cue=(language, fold(name)) in ambiguous)
        for resolved in _with_bracket_resolved(name, language):
            for hyphenated in _with_hyphens(resolved):
                for form in spelling_forms(hyphenated, language):
                    yield form, state
    if "ru" in languages:
        for iso3, forms in variants()["russian_forms"].items():
            for form in forms:
                yield form, _State(iso3)
    for language in languages:
        for phrase in variants()["blocked"].get(language, ()):
            for form in spelling_forms(phrase, language):
                yield form, None
    # An organization's name hides the States inside it ("Organization of American States").
    for alias, _ in organization_aliases(languages):
        yield alias, None


@lru_cache(maxsize=16)
def _gazetteer(languages: tuple[str, ...]) -> Gazetteer:
    return Gazetteer(_names(languages))


# "Bank of Italy", "Banque de France", "Banco Central de Chile", "Банк России", "مصرف لبنان": a body named
# after its State is not a mention of the State; nor is the title of a State's constitution or official
# gazette ("Constitución Política de los Estados Unidos Mexicanos", "Собрание законодательства Российской
# Федерации"), as the names inside the titles of laws are not.
_INSTITUTION_BEFORE = {
    "en": rx(
        r"(?:Bank|University|Institute|Academy|College|Constitution|Official\s+Gazette)\s+of\s+(?:the\s+)?$"
    ),
    "fr": rx(
        r"(?:Banque|Université|Institut|Académie|Constitution|Journal\s+officiel)(?:\s+\w+)?\s+"
        r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')$"
    ),
    "es": rx(
        r"(?:Banco|Universidad|Instituto|Academia|Constitución|Diario\s+Oficial)(?:\s+\w+)?\s+"
        r"(?:de\s+la\s+|del\s+|de\s+los\s+|de\s+)$"
    ),
    "ru": rx(
        r"(?:[Бб]анк|[Уу]ниверситет|[Ии]нститут|[Кк]онституци|[Сс]обрани[ея]\s+законодательства)\w{0,3}\s+$"
    ),
    "ar": rx(r"(?:مصرف|بنك|جامعة|معهد|دستور)(?:\s+(?:ال)?مركزي)?\s+$"),
}
_INSTITUTION_AFTER_ZH = re.compile(r"(?:人民银行|中央银行|国家银行|银行|大学|学院|研究院|研究所|宪法)")
_ARABIC_PROCLITICS = "وفبلك"
_ARABIC_CUE_WORDS = {
    fold(word)
    for word in (
        "في",
        "إلى",
        "من",
        "عن",
        "مع",
        "حكومة",
        "جمهورية",
        "دولة",
        "وفد",
        "بعثة",
        "ممثل",
        "سفارة",
        "مثل",
    )
}
_PUNCTUATION_CUE = set('،,:;؛(«"-.')


def _inside_title(folded: str, start: int) -> bool:
    """Whether a Chinese name sits inside a 《title》 (a law's or a document's name)."""
    return folded.rfind("《", 0, start) > folded.rfind("》", 0, start)


def _institution(folded: str, hit: Hit, languages: tuple[str, ...]) -> bool:
    window = folded[max(0, hit.start - 40) : hit.start]
    if any(_INSTITUTION_BEFORE[code].search(window) for code in languages if code in _INSTITUTION_BEFORE):
        return True
    return "zh" in languages and bool(_INSTITUTION_AFTER_ZH.match(folded, hit.end))


def _cued(folded: str, hits: list[Hit], index: int) -> bool:
    """Whether an ambiguous Arabic name stands where a State's name would: after a preposition or a word
    such as "حكومة", after punctuation or at the start, or next to another State."""
    hit = hits[index]
    start = hit.start
    while start > 0 and hit.start - start < 2 and folded[start - 1] in _ARABIC_PROCLITICS:
        start -= 1
    before = folded[max(0, start - 30) : start].rstrip()
    if not before or before[-1] in _PUNCTUATION_CUE or before.split()[-1] in _ARABIC_CUE_WORDS:
        return True
    neighbours = [hits[i] for i in (index - 1, index + 1) if 0 <= i < len(hits)]
    return any(
        isinstance(other.value, _State)
        and not other.value.needs_cue
        and (0 <= start - other.end <= 3 or 0 <= other.start - hit.end <= 4)
        for other in neighbours
    )


def find_countries(text: str, language: str | None = None) -> list[dict]:
    """The States ``text`` names, in order: ``{"iso3": "VNM", "text": "Viet Nam"}``."""
    languages = languages_for(language)
    folded = fold(text)
    hits = _gazetteer(languages).find(folded)
    found = []
    for index, hit in enumerate(hits):
        state: _State = hit.value  # type: ignore[assignment]
        if _institution(folded, hit, languages):
            continue
        if "zh" in languages and script(folded[hit.start]) == "cjk" and _inside_title(folded, hit.start):
            continue
        if state.needs_cue and not _cued(folded, hits, index):
            continue
        found.append({"iso3": state.iso3, "text": text[hit.start : hit.end]})
    return found
