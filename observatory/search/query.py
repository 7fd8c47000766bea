"""The query language of lexical search, and its translation for each full-text engine.

    asset declarations            both words (AND is the default)
    "conflict of interest"        a phrase
    bribery OR corruption         either
    corruption -sport             NOT: also written NOT sport
    declar*                       a prefix

Words are analysed like the indexed text (``analysis.query_terms``: normalisation, stemming, Chinese
segmentation), so "declaraciones" finds "declaración". Bad queries get a clear ``InvalidQuery``: nothing
to search for, only excluded words, or a query too long to be a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from observatory.core.errors import InvalidInput
from observatory.ingest.language import script_of

from .analysis import query_terms

MAX_QUERY_CHARACTERS = 1000
MAX_TERMS = 32
_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')


class InvalidQuery(InvalidInput):
    """A search query that cannot be run, with what to do about it."""


@dataclass(frozen=True)
class Term:
    """One word or phrase, as index terms; ``prefix`` for "declar*"."""

    tokens: tuple[str, ...]
    prefix: bool = False


@dataclass
class Query:
    """Groups that must all match (each a list of alternatives), and terms that must not."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    explicit: bool = False  # the person wrote AND, OR, NOT, "-" or quotes: take the query as written

    def relaxed(self) -> Query:
        """Any of the words instead of all of them (BM25 still ranks paragraphs with more first)."""
        return Query(
            groups=[[term for group in self.groups for term in group]],
            excluded=self.excluded,
            explicit=self.explicit,
        )

    @property
    def terms(self) -> set[str]:
        """Every index term the query looks for (for highlighting)."""
        return {token for group in self.groups for term in group for token in term.tokens}


def parse(text: str, language: str | None) -> Query:
    """Parse a query. Raises InvalidQuery with a message a person can act on."""
    text = (text or "").strip()
    if not text:
        raise InvalidQuery(message="Type one or more words to search for.")
    if len(text) > MAX_QUERY_CHARACTERS:
        raise InvalidQuery(
            message=f"The query is {len(text)} characters long; keep it under {MAX_QUERY_CHARACTERS} "
            "(search for the key words of a passage, not the whole passage)."
        )
    query, pending_or, negate = Query(), False, False
    for match in _TOKEN.finditer(text):
        phrase, word = match.group(1), match.group(2)
        if word in ("OR", "|"):
            pending_or, query.explicit = bool(query.groups), True
            continue
        if word in ("AND", "&"):
            query.explicit = True
            continue
        if word == "NOT":
            negate, query.explicit = True, True
            continue
        if phrase is not None or (word.startswith("-") and len(word) > 1):
            query.explicit = True
        raw = phrase if phrase is not None else word
        if phrase is None and raw.startswith("-") and len(raw) > 1:
            negate, raw = True, raw[1:]
        prefix = phrase is None and raw.endswith("*") and len(raw.rstrip("*")) >= 2
        terms = _variants(raw.rstrip("*") if prefix else raw, language, prefix)
        if not terms:
            negate = pending_or = False
            continue  # punctuation, stray operators
        if phrase is None and not negate and not pending_or and _is_han(raw) and len(terms[0].tokens) > 1:
            # Chinese has no spaces: an unquoted run of characters is its words, all required, wherever
            # the segmentation of each paragraph put their boundaries; quotes ask for the exact phrase.
            query.groups.extend([Term(tokens=(token,))] for token in terms[0].tokens)
        elif negate:
            query.excluded.extend(terms)
        elif pending_or:
            query.groups[-1].extend(terms)
        else:
            query.groups.append(terms)
        negate = pending_or = False
    if not query.groups:
        raise InvalidQuery(
            message="The query has no word to look for"
            + (" (every word is excluded with - or NOT)." if query.excluded else ".")
        )
    if len(query.groups) + len(query.excluded) > MAX_TERMS:
        raise InvalidQuery(message=f"Use at most {MAX_TERMS} words and phrases in one query.")
    return query


# When the query's language is not known, a word is looked for as each language of its script would
# index it: "corruption" as English, French and Spanish stems, and as written.
_CANDIDATES = {"latin": ("en", "fr", "es", None), "cyrillic": ("ru",), "arabic": ("ar",), "han": ("zh",)}


def _variants(raw: str, language: str | None, prefix: bool) -> list[Term]:
    if language is not None:
        tokens = tuple(query_terms(raw, language))
        return [Term(tokens=tokens, prefix=prefix)] if tokens else []
    script = script_of(raw) or "latin"
    variants: list[Term] = []
    for candidate in _CANDIDATES.get(script, (None,)):
        tokens = tuple(query_terms(raw, candidate))
        if tokens and all(tokens != variant.tokens for variant in variants):
            variants.append(Term(tokens=tokens, prefix=prefix))
    return variants


def _is_han(text: str) -> bool:
    return script_of(text) == "han"


def _fts5_term(term: Term) -> str:
    quoted = '"' + " ".join(token.replace('"', '""') for token in term.tokens) + '"'
    return quoted + ("*" if term.prefix else "")


def to_fts5(query: Query) -> str:
    """The query as an SQLite FTS5 MATCH expression (every term quoted, so no token is an operator)."""
    groups = ["(" + " OR ".join(_fts5_term(term) for term in group) + ")" for group in query.groups]
    expression = " AND ".join(groups)
    for term in query.excluded:
        expression += " NOT " + _fts5_term(term)
    return expression


def _tsquery_term(term: Term) -> str:
    parts = ["'" + token.replace("'", "''").replace("\\", "") + "'" for token in term.tokens]
    if term.prefix:
        parts[-1] += ":*"
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"


def to_tsquery(query: Query) -> str:
    """The query as a PostgreSQL tsquery over the 'simple' configuration."""
    groups = ["(" + " | ".join(_tsquery_term(term) for term in group) + ")" for group in query.groups]
    groups += ["!" + _tsquery_term(term) for term in query.excluded]
    return " & ".join(groups)
