"""The word lists of one language compiled into the regular expressions the actions stage runs.

Every pattern is folded like the text (``folding``) before it is compiled. Multi-word patterns of the
languages written with spaces must stand as whole words; Chinese has no word boundaries to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from observatory.ingest.action_data import actors, clauses, conditions, reporting, verbs
from observatory.ingest.action_data.folding import fold, fold_pattern
from observatory.ingest.action_data.ordinals import ORDINAL_WORDS

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
_NEVER = "$^"  # a pattern that matches no text: a rule a language does not have


@dataclass(frozen=True)
class Lexicon:
    """Everything the actions stage matches in one language."""

    language: str
    # verbs
    cores: tuple[tuple[re.Pattern[str], str], ...]  # (verb, English base)
    introduction: re.Pattern[str]
    pre: tuple[re.Pattern[str], ...]
    post: tuple[re.Pattern[str], ...]
    express: re.Pattern[str]
    nouns: dict[str, re.Pattern[str]]
    leads: tuple[re.Pattern[str], ...]
    # addressees
    actors: tuple[tuple[re.Pattern[str], str | None], ...]
    complement: re.Pattern[str]
    parenthetical: re.Pattern[str]
    relative: re.Pattern[str]
    that_clause: re.Pattern[str] | None
    subject_end: re.Pattern[str] | None
    leading: re.Pattern[str]
    coordination: re.Pattern[str]
    # conditions and reporting duties
    conditions: tuple[tuple[re.Pattern[str], str], ...]
    bodies: tuple[tuple[re.Pattern[str], str], ...]
    session: re.Pattern[str]
    ordinals: dict[str, int]
    cue: re.Pattern[str]
    cue_blocker: re.Pattern[str]
    cue_before: int
    cue_after: int
    # recommendations in reports
    recommendation_modal: re.Pattern[str]
    recommendation_forms: tuple[tuple[re.Pattern[str], str], ...]
    recommendation_verb: re.Pattern[str]
    recommendation_passives: tuple[tuple[re.Pattern[str], str], ...]

    @property
    def spaced(self) -> bool:
        """Whether words are separated by spaces (all but Chinese)."""
        return self.language != "zh"


def _compile(source: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(source))


def _end(spaced: bool) -> str:
    return "(?!\\w)" if spaced else ""


def _words(source: str, spaced: bool) -> re.Pattern[str]:
    """A pattern that must stand as whole words."""
    folded = fold_pattern(source)
    return re.compile(f"(?<!\\w)(?:{folded})(?!\\w)" if spaced else f"(?:{folded})")


def _arabic_prefixed(source: str) -> str:
    """An Arabic pattern that also takes the attached prefixes و ف ب ل ك ("بالدول الأطراف", "وللأمانة")."""
    folded = fold_pattern(source)
    if folded.startswith("ال"):
        return "[وف]?(?:بال|لل|كال|ال)" + folded[2:]
    return "[وف]?[بلك]?" + folded


def _verb_patterns(language: str, spaced: bool) -> dict:
    end = _end(spaced)
    introductions = "|".join(fold_pattern(phrase) for phrase in verbs.INTRODUCTIONS[language])
    return {
        # Verbs are matched at a position, often right after an attached conjunction ("ويطلب"): no
        # boundary is checked before them.
        "cores": tuple(
            (re.compile(f"(?:{fold_pattern(pattern or re.escape(printed.lower()))}){end}"), base)
            for printed, base, pattern in verbs.VERBS[language]
        ),
        "introduction": re.compile(f"(?:{introductions}){end}\\s*,?\\s*"),
        "pre": tuple(
            re.compile(f"{fold_pattern(adverb)}{end}\\s*,?\\s*") for adverb in verbs.PRE_ADVERBS[language]
        ),
        "post": tuple(
            re.compile(f"\\s*,?\\s*{fold_pattern(word)}{end}") for word in verbs.POST_MODIFIERS[language]
        ),
        "express": re.compile(f"\\s*{fold_pattern(verbs.EXPRESS_OBJECTS[language])}{end}"),
        "nouns": {
            base: re.compile(f"\\s+(?:{fold_pattern(pattern)})(?:(?<=')|(?!\\w))")
            for base, pattern in verbs.NOUN_READINGS[language].items()
        },
        "leads": tuple(_compile(lead) for lead in verbs.SUBCLAUSE_LEADS[language]),
    }


def _actor_pattern(source: str, language: str) -> re.Pattern[str]:
    if language == "ar":
        return re.compile(f"(?<!\\w)(?:{_arabic_prefixed(source)})(?!\\w)")
    return _words(source, language != "zh")


def _addressee_patterns(language: str) -> dict:
    that_clause = clauses.THAT_CLAUSE.get(language)
    subject_end = clauses.SUBJECT_END.get(language)
    return {
        "actors": tuple(
            (_actor_pattern(pattern, language), name) for pattern, name in actors.ACTORS[language]
        ),
        "complement": _compile(clauses.COMPLEMENT[language]),
        "parenthetical": _compile(clauses.PARENTHETICAL[language]),
        "relative": _compile(clauses.RELATIVE[language]),
        "that_clause": _compile(that_clause) if that_clause else None,
        "subject_end": _compile(subject_end) if subject_end else None,
        "leading": _compile(clauses.LEADING[language]),
        "coordination": _compile(clauses.COORDINATION.get(language, _NEVER)),
    }


def _ordinal_alternation(forms: dict[str, int]) -> tuple[str, dict[str, int]]:
    """A regex alternation of the ordinal forms, longest first (spaces and hyphens interchangeable),
    and the table it is read back with (folded, hyphens as spaces)."""
    table = {fold(form).text.replace("-", " "): number for form, number in forms.items()}
    ordered = sorted(table, key=len, reverse=True)
    return "|".join(re.escape(form).replace(r"\ ", "[ -]") for form in ordered) or _NEVER, table


def _duty_patterns(language: str, spaced: bool) -> dict:
    alternation, ordinals = _ordinal_alternation(ORDINAL_WORDS[language])
    session = fold_pattern(reporting.SESSION[language].format(ORD=alternation))
    prefix = fold_pattern(reporting.BODY_PREFIX[language])
    return {
        "conditions": tuple(
            (_words(f"[وف]?(?:{pattern})" if language == "ar" else pattern, spaced), tag)  # "ورهنا بتوافر"
            for pattern, tag in conditions.CONDITIONS[language]
        ),
        "bodies": tuple(
            (re.compile(f"{prefix}(?:{fold_pattern(pattern)}){_end(spaced)}(?P<session>{session})?"), name)
            for pattern, name in reporting.BODIES[language]
        ),
        "session": re.compile(session),
        "ordinals": ordinals,
        "cue": _compile(reporting.CUES[language]),
        "cue_blocker": _compile(reporting.CUE_BLOCKERS[language]),
        "cue_before": reporting.CUE_BEFORE[language],
        "cue_after": reporting.CUE_AFTER[language],
    }


def _recommendation_patterns(language: str, spaced: bool) -> dict:
    return {
        "recommendation_modal": _compile(verbs.RECOMMENDATION_MODALS[language]),
        "recommendation_forms": tuple(
            (_words(pattern, spaced), base) for pattern, base in verbs.RECOMMENDATION_FORMS[language]
        ),
        "recommendation_verb": _compile(verbs.RECOMMENDATION_VERBS[language]),
        "recommendation_passives": tuple(
            (_words(pattern, spaced), base) for pattern, base in verbs.RECOMMENDATION_PASSIVES[language]
        ),
    }


@cache
def lexicon(language: str) -> Lexicon:
    """The compiled lexicon of ``language`` (one of ``LANGUAGES``), built once."""
    spaced = language != "zh"
    return Lexicon(
        language=language,
        **_verb_patterns(language, spaced),
        **_addressee_patterns(language),
        **_duty_patterns(language, spaced),
        **_recommendation_patterns(language, spaced),
    )
