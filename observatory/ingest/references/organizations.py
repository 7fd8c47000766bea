"""International and regional organizations named in a paragraph, from the gazetteer in
``data/organizations.json``: full names and acronyms in the six languages ("United Nations Office on Drugs
and Crime", "UNODC", "ONUDC", "УНП ООН", "毒品和犯罪问题办公室", "مكتب الأمم المتحدة المعني بالمخدرات
والجريمة"), Russian names in all their cases ("Всемирного банка").

Acronyms are case-sensitive and whole words ("StAR" is not "star"; "AU$" is a currency). A name followed
by its acronym in brackets — "United Nations Development Programme (UNDP)" — is one mention. The
Conference of the States Parties and its subsidiary bodies are not organizations here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from .gazetteer import Gazetteer, Hit
from .russian import case_forms
from .text import fold, languages_for

_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")


@lru_cache(maxsize=1)
def organizations() -> dict[str, dict]:
    """The gazetteer, by canonical acronym: ``{"UNODC": {"acronym": …, "name": …, "aliases": {…}}}``."""
    data = json.loads(resources.files(__package__).joinpath("data/organizations.json").read_text("utf-8"))
    return {entry["acronym"]: entry for entry in data["organizations"]}


def spelling_forms(name: str, language: str) -> set[str]:
    """The forms a name takes in running text: Russian cases, an Arabic "ال" fused with "ل" ("للبنك")."""
    forms = case_forms(fold(name)) if language == "ru" else {name}
    if language == "ar":
        forms |= {"ل" + form[1:] for form in forms if form.startswith("ال")}
    return forms


def aliases(languages: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(spelling, canonical acronym) for every alias of every organization in ``languages``."""
    for acronym, entry in organizations().items():
        for language in languages:
            for alias in entry["aliases"].get(language, ()):
                for form in spelling_forms(alias, language):
                    yield form, acronym


@lru_cache(maxsize=16)
def _gazetteer(languages: tuple[str, ...]) -> Gazetteer:
    return Gazetteer(aliases(languages))


def _merged(folded: str, hits: list[Hit]) -> list[Hit]:
    """A name and its bracketed acronym right after it ("… Programme (UNDP)") as one hit."""
    merged: list[Hit] = []
    for hit in hits:
        previous = merged[-1] if merged else None
        if (
            previous
            and previous.value == hit.value
            and _BRACKET_OPEN.fullmatch(folded, previous.end, hit.start)
        ):
            close = _BRACKET_CLOSE.match(folded, hit.end)
            if close:
                merged[-1] = Hit(previous.start, close.end(), hit.value)
                continue
        merged.append(hit)
    return merged


def organization_hits(folded: str, languages: tuple[str, ...]) -> list[Hit]:
    """Where the organizations are in folded text (value: canonical acronym), merged as above."""
    hits = [
        hit
        for hit in _gazetteer(languages).find(folded)
        if not folded.startswith("$", hit.end)  # "AU$ 5 million" is money, not the African Union
    ]
    return _merged(folded, hits)


def find_organizations(text: str, language: str | None = None) -> list[dict]:
    """The organizations ``text`` names, in order: ``{"acronym": "UNODC", "name": "United Nations Office
    on Drugs and Crime", "text": "UNODC"}`` (``name`` is always the English name)."""
    known = organizations()
    return [
        {"acronym": hit.value, "name": known[hit.value]["name"], "text": text[hit.start : hit.end]}
        for hit in organization_hits(fold(text), languages_for(language))
    ]
