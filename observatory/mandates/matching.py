"""What lineage and evidence suggestions rest on, shared by ``lineage.py`` and ``evidence.py``:

- **Paragraph citations.** The references stage finds the resolutions a paragraph cites
  (``Paragraph.references["resolutions"]``) but not which of their paragraphs: "paragraph 4 of
  resolution 7/5", "resolution 7/5, paragraph 4", "au paragraphe 6 de sa résolution 7/5", "párrafo 4 de la
  resolución 7/5", "пункте 4 резолюции 7/5", "الفقرة 4 من القرار 7/5", "第7/5号决议第4段". Also read here:
  paragraphs of the citing document itself ("as noted in paragraph 7 above", "paragraphe 1 ci-dessus",
  "上文第7段"), paragraphs of "that resolution" (the one the paragraph cited just before), bare
  paragraphs ("pursuant to paragraph 10"), which a report means of the resolution its title or section
  heading names, and paragraphs of a document cited by its symbol ("paragraph 29 of CAC/COSP/WG.4/2016/4").
  A paragraph of an article ("article 6, paragraph 3", "paragraphe 3 de l'article 6", "пунктом 3 статьи 6")
  is never taken for one of a resolution: the spans of the article references are masked first.
- **Sentence vectors** of texts, from the embedder the search index uses (the stored vector of a
  paragraph when the index writer has made it, else computed once and kept in a bounded cache).
- **Subjects**: the articles a paragraph cites and the topics of those articles, and their overlap.
- **Chronology**: when a mandate was adopted, so that "earlier" means an earlier session or year.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from observatory.convention.models import Topic
from observatory.library.bodies import CONFERENCE_SESSIONS, Body
from observatory.library.models import LanguageVersion, Paragraph
from observatory.search.embeddings import get_embedder
from observatory.search.models import SearchVector

from .models import Mandate

# Citations ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Citation:
    """Paragraphs (or the whole) of a resolution or document that a text cites.

    ``resolution``: the resolution's number ("7/5"); ``symbol``: a document cited by its symbol;
    both None with ``internal`` for paragraphs of the citing document itself ("paragraph 7 above"), and
    with ``contextual`` for paragraphs of the resolution the citing document is about ("pursuant to
    paragraph 10", "paragraph 3 of the resolution"). ``paragraphs``: printed numbers, empty for the whole.
    """

    resolution: str | None = None
    symbol: str | None = None
    paragraphs: tuple[str, ...] = ()
    internal: bool = False
    contextual: bool = False
    start: int = 0
    end: int = 0


_DIGITS = r"\d{1,3}(?:\s?\([a-z]\))?"
# Numbers and what separates them: lists ("4, 5 and 7") and ranges ("4 to 6", "4-6", "4 至 6").
_LIST_SEPARATOR = r"\s*(?:,\s*(?:and|et|y|и|و)?|and|et|y|и|و|or|ou|o|или|to|à|a|до|إلى|-|–|至|和|及|、)\s*"
_LIST = rf"{_DIGITS}(?:{_LIST_SEPARATOR}{_DIGITS})*"
_RANGE_WORDS = {"to", "à", "a", "до", "إلى", "-", "–", "至"}

# Per language: the word for a paragraph; what, written right before a resolution's mention, says which
# of its paragraphs ("paragraph 4 of [its] "); right after it (", paragraph 4"); after a paragraph list,
# what makes it one of the citing document ("above"); what makes it one of "that resolution"; and what
# makes it one of something else (an article, the Convention, rules, a report), which is not followed.
_WORD = {
    "en": r"\b(?:paragraphs?|paras?\.)",
    "fr": r"\bparagraphes?",
    "es": r"\bp[áa]rrafos?",
    "ru": r"\bпункт(?:ы|а|е|ом|ами|ах|ов|ам|у)?",
    "ar": r"(?<![\w])(?:[وف]?(?:ب|ل|في\s+)?)(?:ال)?فقر(?:ة|ات|تين|تان)",
}
_BEFORE = {
    "en": rf"{_WORD['en']}\s+(?P<list>{_LIST})\s+of\s+(?:its\s+|the\s+|that\s+)?$",
    "fr": rf"{_WORD['fr']}\s+(?P<list>{_LIST})\s+(?:de\s+(?:sa\s+|la\s+|cette\s+|ladite\s+)?|du\s+)$",
    "es": rf"{_WORD['es']}\s+(?P<list>{_LIST})\s+de\s+(?:su\s+|la\s+|esa\s+|dicha\s+)?$",
    "ru": rf"{_WORD['ru']}\s+(?P<list>{_LIST})\s+(?:своей\s+|этой\s+|указанной\s+)?$",
    "ar": rf"{_WORD['ar']}\s+(?P<list>{_LIST})\s+من\s+$",
}
_AFTER = {
    "en": rf"^\s*,\s*{_WORD['en']}\s+(?P<list>{_LIST})",
    "fr": rf"^\s*,\s*{_WORD['fr']}\s+(?P<list>{_LIST})",
    "es": rf"^\s*,\s*{_WORD['es']}\s+(?P<list>{_LIST})",
    "ru": rf"^\s*,\s*{_WORD['ru']}\s+(?P<list>{_LIST})",
    "ar": rf"^\s*[،,]\s*{_WORD['ar']}\s+(?P<list>{_LIST})",
    "zh": rf"^\s*(?:的)?\s*第\s*(?P<list>{_LIST})\s*段",
}
_ABOVE = {
    "en": r"^\s*(?:above|below|of\s+the\s+present\s+(?:report|note|resolution|document))\b",
    "fr": r"^\s*(?:ci-dessus|ci-après|plus\s+haut|de\s+la\s+présente\s+(?:note|résolution)|du\s+présent\s+"
    r"(?:rapport|document))",
    "es": r"^\s*(?:supra|infra|m[áa]s\s+arriba|anterior(?:es)?|del\s+presente\s+(?:informe|documento)|de\s+la"
    r"\s+presente\s+(?:nota|resoluci[óo]n))",
    "ru": r"^\s*(?:выше|ниже|настоящего\s+(?:доклада|документа)|настоящей\s+(?:записки|резолюции))",
    "ar": r"^\s*(?:أعلاه|أدناه|من\s+هذا\s+(?:التقرير|القرار))",
}
_THAT_RESOLUTION = {
    "en": r"^\s*of\s+(?:that|the|this|the\s+same|the\s+said)\s+resolution\b(?!\s*\d)",
    "fr": r"^\s*de\s+(?:cette|la|ladite|la\s+même)\s+résolution\b(?!\s*\d)",
    "es": r"^\s*de\s+(?:esa|dicha|la|la\s+misma|esta)\s+resoluci[óo]n\b(?!\s*\d)",
    "ru": r"^\s*(?:этой|указанной|данной|той\s+же)\s+резолюции\b(?!\s*\d)",
    "ar": r"^\s*من\s+(?:ذلك|هذا)\s+القرار(?!\s*\d)|^\s*من\s+القرار\s+نفسه",
}
_ELSEWHERE = {
    "en": r"^\s*,?\s*(?:of|in)\b",
    "fr": r"^\s*,?\s*(?:de|du|des|d')",
    "es": r"^\s*,?\s*(?:de|del)\b",
    "ru": r"^\s*(?:стать|правил|приложени|доклада|документа|Конвенци|резолюци|решени)",
    "ar": r"^\s*(?:من|في)\b",
}
# Words right before a paragraph number that make it one of an article or a rule ("article 6, paragraph 3"
# is masked already; these catch what the article extractor leaves, such as "rule 2, paragraph 2").
_OWNED_BEFORE = re.compile(
    r"(?:article|rule|annex|règle|artículo|regla|статьи|правила|المادة)\s+\d+\s*,\s*$", re.IGNORECASE
)
# Between a paragraph number and the symbol of the document it belongs to.
_OF_DOCUMENT = re.compile(r"^\s*(?:of|in|de|du|del|من|в)\b[^.;]{0,45}$", re.IGNORECASE)
# A paragraph word in the singular takes one number: "pursuant to paragraph 10, 17 States parties …".
_PLURAL = re.compile(
    r"(?:paragraphs|paras\.|paragraphes|p[áa]rrafos|пункт(?:ы|ами|ах|ов|ам)|فقرات|فقرتين|فقرتان)$",
    re.IGNORECASE,
)

_ZH_INTERNAL = re.compile(rf"(?:上文|下文|本报告|本说明|本决议)\s*第\s*(?P<list>{_LIST})\s*段")
_ZH_THAT = re.compile(rf"(?:该决议|同一决议)\s*第\s*(?P<list>{_LIST})\s*段")
_ZH_BARE = re.compile(rf"第\s*(?P<list>{_LIST})\s*段")

_FLAGS = re.IGNORECASE | re.UNICODE


def _compiled(table: dict[str, str]) -> dict[str, re.Pattern]:
    return {language: re.compile(pattern, _FLAGS) for language, pattern in table.items()}


_BEFORE_RX, _AFTER_RX = _compiled(_BEFORE), _compiled(_AFTER)
_ABOVE_RX, _THAT_RX, _ELSEWHERE_RX = _compiled(_ABOVE), _compiled(_THAT_RESOLUTION), _compiled(_ELSEWHERE)
_PARAGRAPH_RX = {
    language: re.compile(rf"(?P<word>{word})\s+(?P<list>{_LIST})", _FLAGS) for language, word in _WORD.items()
}
_NUMBER = re.compile(r"\d{1,3}")


def _numbers(listed: str) -> tuple[str, ...]:
    """ "4, 5 and 7" → ("4", "5", "7"); "4 to 6" → ("4", "5", "6"); sub-paragraph letters dropped."""
    out: list[str] = []
    last_end, previous = 0, None
    for match in _NUMBER.finditer(listed):
        number = int(match.group())
        between = listed[last_end : match.start()].strip().strip("()abcdefghij ").strip()
        if previous is not None and between in _RANGE_WORDS and 0 < number - previous <= 30:
            out += [str(n) for n in range(previous + 1, number + 1)]
        else:
            out.append(str(number))
        previous, last_end = number, match.end()
    return tuple(dict.fromkeys(out))


def _listed(match: re.Match) -> tuple[str, ...]:
    """The numbers a paragraph citation names: all of a list after a plural ("paragraphs 4 and 5"), only
    the first after a singular."""
    numbers = _numbers(match.group("list"))
    if "word" in match.groupdict() and not _PLURAL.search(match.group("word")):
        return numbers[:1]
    return numbers


def _language(language: str | None) -> str:
    code = (language or "en").lower().split("-")[0]
    return code if code in {"ar", "zh", "en", "fr", "ru", "es"} else "en"


def _spans(text: str, mentions: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where each mention's text stands in ``text``, in order (a mention not found is left out)."""
    spans, position = [], 0
    for mention in mentions:
        if not mention:
            continue
        start = text.find(mention, position)
        if start < 0:
            start = text.find(mention)
        if start < 0:
            continue
        spans.append((start, start + len(mention), mention))
        position = start + len(mention)
    return spans


def _masked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with these spans blanked out (same length, so offsets hold)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def paragraph_citations(text: str, language: str | None, references: dict | None) -> list[Citation]:
    """The resolutions, documents and paragraphs that one paragraph cites (see the module's doc).

    ``references`` is the paragraph's ``references`` JSON (resolutions, symbols and articles found by the
    references stage); only the Conference's resolutions are followed, as only they have mandates here.
    """
    references = references or {}
    language = _language(language)
    article_spans = [
        (s, e) for s, e, _ in _spans(text, (a.get("text", "") for a in references.get("articles") or []))
    ]
    citations: list[Citation] = []
    consumed: list[tuple[int, int]] = list(article_spans)
    position = 0
    for entry in references.get("resolutions") or []:
        mention = entry.get("text") or ""
        start = text.find(mention, position) if mention else -1
        if start < 0 or not entry.get("number"):
            continue
        end = position = start + len(mention)
        paragraphs: tuple[str, ...] = ()
        span_start, span_end = start, end
        window = text[max(0, start - 80) : start]
        before_rx = _BEFORE_RX.get(language)
        if before_rx and (before := before_rx.search(window)):
            paragraphs = _numbers(before.group("list"))
            span_start = start - (len(window) - before.start())
        elif after := _AFTER_RX[language].match(text[end : end + 60]):
            paragraphs = _numbers(after.group("list"))
            span_end = end + after.end()
        # Another body's resolution ("paragraph 3 of General Assembly resolution 58/4") has no mandates
        # here, but its paragraphs must not be read as bare ones either.
        consumed.append((span_start, span_end))
        if entry.get("body") == "CoSP":
            citations.append(
                Citation(resolution=entry["number"], paragraphs=paragraphs, start=span_start, end=span_end)
            )
    for entry in references.get("symbols") or []:
        for start, end, _ in _spans(text, [entry.get("text", "")]):
            # "paragraph 29 of document CAC/…", "paragraph 29 of the report of the Working Group (CAC/…)".
            window_start = max(0, start - 80)
            window = _masked(text, consumed)[window_start:start]
            found = list(_PARAGRAPH_RX[language].finditer(window)) if language in _PARAGRAPH_RX else []
            paragraphs: tuple[str, ...] = ()
            if found and _OF_DOCUMENT.match(window[found[-1].end() :]):
                paragraphs = _listed(found[-1])
                consumed.append((window_start + found[-1].start(), window_start + found[-1].end()))
            citations.append(
                Citation(symbol=entry.get("symbol"), paragraphs=paragraphs, start=start, end=end)
            )
    citations += _other_paragraphs(_masked(text, consumed), language, citations)
    return sorted(citations, key=lambda c: c.start)


def _other_paragraphs(text: str, language: str, cited: list[Citation]) -> list[Citation]:
    """Paragraph citations not attached to a resolution's mention: of the citing document ("above"), of
    "that resolution" (the last one cited before), or bare (the resolution the document is about)."""
    found: list[Citation] = []
    if language == "zh":
        for pattern, kind in ((_ZH_INTERNAL, "internal"), (_ZH_THAT, "that"), (_ZH_BARE, "bare")):
            for match in pattern.finditer(text):
                if any(c.start <= match.start() < c.end for c in found):
                    continue
                found.append(_citation(match, kind, _numbers(match.group("list")), cited))
        return found
    for match in _PARAGRAPH_RX[language].finditer(text):
        rest = text[match.end() : match.end() + 60]
        if _OWNED_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        paragraphs = _listed(match)
        if _ABOVE_RX[language].match(rest):
            found.append(_citation(match, "internal", paragraphs, cited))
        elif _THAT_RX[language].match(rest):
            found.append(_citation(match, "that", paragraphs, cited))
        elif not _ELSEWHERE_RX[language].match(rest):
            found.append(_citation(match, "bare", paragraphs, cited))
    return found


def _citation(match: re.Match, kind: str, paragraphs: tuple[str, ...], cited: list[Citation]) -> Citation:
    if kind == "internal":
        return Citation(paragraphs=paragraphs, internal=True, start=match.start(), end=match.end())
    if kind == "that":
        earlier = [c for c in cited if c.resolution and c.start < match.start()]
        if earlier:
            return Citation(
                resolution=earlier[-1].resolution, paragraphs=paragraphs, start=match.start(), end=match.end()
            )
    return Citation(paragraphs=paragraphs, contextual=True, start=match.start(), end=match.end())


def heading_contexts(paragraphs: Sequence[Paragraph]) -> dict[str, str]:
    """For each paragraph id of one revision (in order), the resolution the document is about at that
    point: the one its title or its latest section heading cites alone. A report headed "Update on the
    status of implementation of resolution 7/5" means that resolution by a bare "paragraph 10"."""
    contexts: dict[str, str] = {}
    current = ""
    for paragraph in paragraphs:
        if paragraph.kind == "heading":
            cited = {
                entry["number"]
                for entry in (paragraph.references or {}).get("resolutions") or []
                if entry.get("body") == "CoSP" and entry.get("number")
            }
            if len(cited) == 1:
                current = cited.pop()
        contexts[paragraph.pid] = current
    return contexts


# Chronology -------------------------------------------------------------------------------------------

_SESSION_YEARS = {number: year for year, number in CONFERENCE_SESSIONS.items()}


def adopted(mandate: Mandate) -> tuple[int | None, str, int | None]:
    """(year, body, session) of a mandate's adoption, filled in from its resolution's number ("7/5" is of
    the Conference's seventh session, 2017) or its document's year when the mandate lacks them."""
    body, session, year = mandate.body, mandate.session, mandate.year
    if mandate.resolution and "/" in mandate.resolution:
        head = mandate.resolution.split("/", 1)[0]
        if head.isdigit() and (not body or body == Body.CONFERENCE):
            body = body or Body.CONFERENCE
            session = session or int(head)
    if year is None and body == Body.CONFERENCE and session in _SESSION_YEARS:
        year = _SESSION_YEARS[session]
    if year is None:
        year = mandate.document.year
    return year, body or "", session


def is_earlier(first: Mandate, second: Mandate) -> bool:
    """Whether ``first`` was adopted at an earlier session or year than ``second``."""
    year_a, body_a, session_a = adopted(first)
    year_b, body_b, session_b = adopted(second)
    if body_a and body_a == body_b and session_a is not None and session_b is not None:
        return session_a < session_b
    if year_a is not None and year_b is not None:
        return year_a < year_b
    return False


# Texts of a mandate's paragraph ----------------------------------------------------------------------

UN_ORDER = ("ar", "zh", "en", "fr", "ru", "es")


def current_revisions(document_ids: Iterable[int]) -> dict[int, dict[str, int]]:
    """document id → {language: id of the current revision}."""
    out: dict[int, dict[str, int]] = {}
    rows = LanguageVersion.objects.filter(document_id__in=list(document_ids), current__isnull=False)
    for document_id, language, revision_id in rows.values_list("document_id", "language", "current_id"):
        out.setdefault(document_id, {})[language] = revision_id
    return out


def mandate_paragraphs(mandate: Mandate) -> list[Paragraph]:
    """The current paragraphs, in every language, that a mandate comes from (its own language first)."""
    revisions = current_revisions([mandate.document_id]).get(mandate.document_id, {})
    paragraphs = list(Paragraph.objects.filter(revision_id__in=revisions.values(), pid=mandate.pid))
    return sorted(paragraphs, key=lambda p: (p.language != mandate.language, _order(p.language)))


def _order(language: str) -> int:
    return UN_ORDER.index(language) if language in UN_ORDER else len(UN_ORDER)


def own_texts(mandates: Sequence[Mandate]) -> list[str]:
    """Each mandate's own words: a paragraph's opening clause (whose text is the whole paragraph) without
    the text of its later clauses among ``mandates``, so that a report paragraph about "…, and requests
    the Secretariat to compile …" is matched with that clause rather than with the paragraph's opening."""
    later: dict[tuple[int, str], list[str]] = {}
    for mandate in mandates:
        if mandate.clause:
            later.setdefault((mandate.document_id, mandate.pid), []).append(mandate.text)
    texts = []
    for mandate in mandates:
        text = mandate.text
        if mandate.clause == 0:
            for clause in later.get((mandate.document_id, mandate.pid), []):
                text = text.replace(clause, " ")
        texts.append(" ".join(text.split()) or mandate.text)
    return texts


# Vectors ----------------------------------------------------------------------------------------------

_CACHE_SIZE = 20_000
_cache: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
_cache_lock = threading.Lock()


def text_vectors(texts: Sequence[str]) -> np.ndarray:
    """Unit sentence vectors of ``texts`` (rows), from the configured embedder; each text is embedded
    once per process (a bounded cache): suggestions compare the same mandates again and again."""
    embedder = get_embedder()
    out = np.zeros((len(texts), embedder.dimensions), dtype=np.float32)
    missing: dict[str, list[int]] = {}
    with _cache_lock:
        for row, text in enumerate(texts):
            vector = _cache.get((embedder.name, text))
            if vector is None:
                missing.setdefault(text, []).append(row)
            else:
                _cache.move_to_end((embedder.name, text))
                out[row] = vector
    if missing:
        computed = embedder.embed(list(missing))
        with _cache_lock:
            for (text, rows), vector in zip(missing.items(), computed, strict=True):
                out[rows] = vector
                _cache[(embedder.name, text)] = vector
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    return out


def paragraph_vectors(paragraphs: Sequence[Paragraph]) -> np.ndarray:
    """Unit vectors of paragraphs: the search index's stored vector when it was made by the configured
    embedder (the same text, the same model), else computed as for any text."""
    embedder = get_embedder()
    stored = {
        pk: np.frombuffer(vector, dtype=np.float32)
        for pk, vector in SearchVector.objects.filter(
            paragraph_id__in=[p.pk for p in paragraphs], model=embedder.name
        ).values_list("paragraph_id", "vector")
    }
    out = np.zeros((len(paragraphs), embedder.dimensions), dtype=np.float32)
    todo = []
    for row, paragraph in enumerate(paragraphs):
        vector = stored.get(paragraph.pk)
        if vector is not None and len(vector) == embedder.dimensions:
            out[row] = vector
        else:
            todo.append(row)
    if todo:
        out[todo] = text_vectors([paragraphs[row].text for row in todo])
    return out


# Subjects ---------------------------------------------------------------------------------------------


def topics_by_article() -> dict[int, frozenset[str]]:
    """Article number → the slugs of the active topics mapped to it."""
    mapping: dict[int, set[str]] = {}
    for number, slug in Topic.objects.filter(is_active=True).values_list("articles__number", "slug"):
        if number is not None:
            mapping.setdefault(number, set()).add(slug)
    return {number: frozenset(slugs) for number, slugs in mapping.items()}


@dataclass(frozen=True)
class Subject:
    """The articles a text concerns and the topics of those articles."""

    articles: frozenset[int] = frozenset()
    topics: frozenset[str] = frozenset()

    def shares(self, other: Subject) -> bool:
        """Whether the two have an article or a topic in common."""
        return bool(self.articles & other.articles or self.topics & other.topics)

    def overlap(self, other: Subject) -> float:
        """Half the Jaccard index of the articles plus half that of the topics (0 when either is empty)."""
        return 0.5 * _jaccard(self.articles, other.articles) + 0.5 * _jaccard(self.topics, other.topics)


def _jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def paragraph_subject(references: dict | None, topics: dict[int, frozenset[str]]) -> Subject:
    """The subject of a paragraph from the articles its references cite."""
    articles = frozenset(
        entry["article"]
        for entry in (references or {}).get("articles") or []
        if isinstance(entry.get("article"), int)
    )
    return Subject(articles, frozenset().union(*(topics.get(a, frozenset()) for a in articles)))


def mandate_subjects(mandates: Sequence[Mandate]) -> dict[int, Subject]:
    """Mandate id → its articles and topics (as the mandate records them)."""
    ids = [m.pk for m in mandates]
    articles: dict[int, set[int]] = {pk: set() for pk in ids}
    topics: dict[int, set[str]] = {pk: set() for pk in ids}
    for pk, number in Mandate.articles.through.objects.filter(mandate_id__in=ids).values_list(
        "mandate_id", "article__number"
    ):
        articles[pk].add(number)
    for pk, slug in Mandate.topics.through.objects.filter(mandate_id__in=ids).values_list(
        "mandate_id", "topic__slug"
    ):
        topics[pk].add(slug)
    return {pk: Subject(frozenset(articles[pk]), frozenset(topics[pk])) for pk in ids}
