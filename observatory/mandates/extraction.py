"""Mandates from a document's current paragraphs: what ``sync`` stores, read from the library.

The library already holds, for every operative paragraph, the ``action`` of the extraction contract
(who must do what, under which conditions, reporting to whom). This module turns one document into
mandate specs, one per (paragraph id, clause):

- **Operative paragraphs.** Every operative paragraph with an ``action`` is a mandate (clause 0): its
  opening verb, addressees, the conditions of the paragraph minus those its later clauses carry, and its
  reporting duties minus theirs. Each later clause that addresses an actor of its own (``action["also"]``:
  "…, and requests the Secretariat to report thereon") is a mandate of its own (clause 1, 2, …) whose
  parent is the clause-0 mandate. An operative paragraph whose verb the parser could not read is still a
  mandate (category "other"), for a curator to look at.
- **Recommendations.** In a report, a paragraph that ``parse_recommendation`` reads as a recommendation
  ("The Working Group recommended that States parties …", "The Conference may wish to request the
  Secretariat to …") is a mandate with source "recommendation". When the report has a "conclusions and
  recommendations" or "recommendations" section (a heading in any of the six languages), only the
  paragraphs inside it count: elsewhere a report recalls recommendations that earlier meetings made, and
  those are mandates of the earlier reports.
- **Category** from the English base of the verb: decides, requests, urges, calls upon, encourages,
  invites, recommends; declarative verbs (notes, welcomes, recognizes, stresses, reaffirms, takes note…)
  "declarative"; anything else (authorizes, adopts, appeals…) "other".
- **Adopted by** the body and session of the document's symbol (the Conference's session from its year).
  ``resolution`` is the paragraph's resolution; decision items have none (their id, "dec 7/1 (a)", names
  the decision).
- **Reporting duty**: the first duty to a body the tracker knows (the Conference, a working group, the
  Implementation Review Group), else the first duty; its session as a number ("at its next session" of
  the Conference is the adopting session + 1) and the date it falls due, from the sessions table.
  ``report_text`` keeps every duty of the clause as printed.
- **Articles** are those the paragraph cites. When it cites none, those cited in the title of its
  resolution (its headings, and what stands before its chapeau; for a report, the headings before its
  first numbered paragraph): a resolution whose title names articles is about them, while its preamble
  recalls many more in passing. **Topics**
  are the active topics of those articles. Later clauses share their paragraph's articles and topics.
- **Language**: the English version when the document has one, else the first current version in UN
  order (ar, zh, en, fr, ru, es); every mandate of a document comes from the same version.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from observatory.convention.models import Topic
from observatory.ingest.action_data import reporting, verbs
from observatory.ingest.action_data.folding import fold, fold_pattern
from observatory.ingest.action_data.ordinals import ORDINAL_WORDS
from observatory.ingest.actions import LANGUAGES, parse_recommendation
from observatory.library.bodies import CONFERENCE_SESSIONS, Body, body_and_session
from observatory.library.models import Document, DocumentKind, LanguageVersion, Paragraph

from .models import ActionCategory, MandateSource, Session
from .sessions import next_session, session_starts

#: The kinds of document that carry mandates.
MANDATE_KINDS = frozenset({DocumentKind.RESOLUTIONS, DocumentKind.REPORT})

# The verbs whose base form is a category of its own; the others are declarative or "other".
_CATEGORIES = {
    "decides": ActionCategory.DECIDES,
    "requests": ActionCategory.REQUESTS,
    "urges": ActionCategory.URGES,
    "calls upon": ActionCategory.CALLS_UPON,
    "encourages": ActionCategory.ENCOURAGES,
    "invites": ActionCategory.INVITES,
    "recommends": ActionCategory.RECOMMENDS,
}

# Paragraph kinds a report's recommendation can be (not headings, footnotes or preambles).
_REPORT_TEXT_KINDS = frozenset({"numbered", "text"})

# A heading that opens a report's recommendations ("Conclusions and recommendations", "Recommendations
# of the Working Group"), in the six languages, matched at the start of the folded heading: "Status of
# implementation of the recommendations" reports on earlier ones.
_RECOMMENDATIONS_HEADING = re.compile(
    fold_pattern(
        r"(?:conclusions? and )?recommendations?(?!\w)|(?:conclusions? et )?recommandations?(?!\w)"
        r"|(?:conclusiones y )?recomendaci(?:ones|ón)(?!\w)|(?:выводы и )?рекомендаци\w*"
        r"|(?:الاستنتاجات و)?(?:ال)?توصيات|(?:结论(?:和|与|及))?建议"
    )
)


@dataclass(frozen=True)
class MandateSpec:
    """One mandate as the document says it, before it is stored: the fields ``sync`` writes."""

    pid: str
    clause: int
    source: str
    resolution: str
    number: str
    position: int
    body: str
    session: int | None
    year: int | None
    language: str
    text: str
    verb: str
    verb_base: str
    category: str
    addressees: list[str]
    conditions: list[str]
    report_body: str
    report_session: int | None
    report_text: str
    report_due: datetime.date | None
    articles: tuple[int, ...] = ()  # article numbers
    topics: tuple[str, ...] = ()  # topic slugs
    parent_clause: int | None = field(default=None)  # 0 for a later clause, None for clause 0

    @property
    def key(self) -> tuple[str, int]:
        """What identifies the mandate within its document."""
        return self.pid, self.clause


def category_of(verb_base: str | None) -> str:
    """The action category of an English base verb: "requests" → requests, "takes note" → declarative,
    "authorizes" (or no verb) → other."""
    if not verb_base:
        return ActionCategory.OTHER
    base = verb_base.casefold()
    if base in _CATEGORIES:
        return _CATEGORIES[base]
    if verbs.KINDS.get(base) == "declarative":
        return ActionCategory.DECLARATIVE
    return ActionCategory.OTHER


def mandate_version(document: Document) -> LanguageVersion | None:
    """The language version mandates are read from: English when it has a current revision, else the
    first current version in UN order (ar, zh, en, fr, ru, es), else any current one."""
    versions = {v.language: v for v in document.versions.filter(current__isnull=False)}
    for language in ("en", *LANGUAGES):
        if language in versions:
            return versions[language]
    return versions[min(versions)] if versions else None


# Adopting body and session -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Adoption:
    body: str
    session: int | None
    year: int | None
    ends: datetime.date | None  # the last day of the adopting session, when known


def _adoption(document: Document) -> _Adoption:
    body, session_key = body_and_session(document.symbol or document.key)
    _body, _sep, year_text = session_key.partition("/")
    year = int(year_text) if year_text.isdigit() else document.year
    number = None
    if body == Body.CONFERENCE and year:
        number = CONFERENCE_SESSIONS.get(year)
    if body and number is None and year:
        # A body whose sessions an administrator entered with their years.
        number = (
            Session.objects.filter(body=body, year=year)
            .order_by("number")
            .values_list("number", flat=True)
            .first()
        )
    ends = None
    if body and number is not None:
        ends = Session.objects.filter(body=body, number=number).values_list("ends", flat=True).first()
    return _Adoption(body=body, session=number, year=year, ends=ends)


# Reporting duties ----------------------------------------------------------------------------------------

# The subsidiary bodies by the subject in their name, in the six languages (folded).
_WORKING_GROUP_SUBJECTS = (
    (
        Body.PREVENTION,
        r"prevention of corruption|prévention de la corruption|prevención de la corrupción"
        r"|предупреждению коррупции|предупреждения коррупции|بمنع الفساد|منع الفساد|预防腐败",
    ),
    (
        Body.ASSET_RECOVERY,
        r"asset recovery|recouvrement d'avoirs|recouvrement des avoirs|recuperación de activos"
        r"|возвращению активов|возвращения активов|باسترداد الموجودات|استرداد الموجودات|资产追回",
    ),
    (
        Body.TECHNICAL_ASSISTANCE,
        r"technical assistance|assistance technique|asistencia técnica|технической помощи"
        r"|بالمساعدة التقنية|المساعدة التقنية|技术援助",
    ),
    (
        Body.REVIEW,
        r"review of (?:the )?implementation|examen de l'application|examen de la aplicación"
        r"|обзору хода осуществления|باستعراض تنفيذ|审议.{0,6}实施",
    ),
)
_WORKING_GROUP_WORDS = (
    r"working group|groupe de travail|grupo de trabajo|рабоч\w* групп\w*|الفريق العامل|工作组"
)
_SUBJECTS = tuple((body, re.compile(fold_pattern(pattern))) for body, pattern in _WORKING_GROUP_SUBJECTS)
# "the Working Group on the Prevention of Corruption", "the interim … working group to advise … on the
# prevention of corruption", "预防腐败问题工作组": a working group, then its subject after "on" (so that
# "the Working Group shall consider technical assistance needs" names no group), or in Chinese before it.
_SUBJECT_LEADS = (
    r"(?<!\w)on (?:the )?|(?<!\w)sur (?:la |le |l')?|(?<!\w)sobre (?:la |el )?|(?<!\w)по |المعني |بشأن "
)
_NAMED_GROUPS = tuple(
    (
        body,
        re.compile(
            fold_pattern(
                f"(?:{_WORKING_GROUP_WORDS})[^.;]{{0,250}}?(?:{_SUBJECT_LEADS})(?:{subject})"
                f"|(?:{subject})[^.;,]{{0,12}}?(?:{_WORKING_GROUP_WORDS})"
            )
        ),
    )
    for body, subject in _WORKING_GROUP_SUBJECTS
)
_ENGLISH_ORDINALS = ORDINAL_WORDS["en"]


def _working_group_in(text: str, patterns) -> str:
    folded = fold(text).text
    found = [(match.start(), body) for body, pattern in patterns if (match := pattern.search(folded))]
    return str(min(found)[1]) if found else ""


def _report_body(duty: dict, adoption: _Adoption, context: str) -> str:
    """The Body a duty reports to: the Conference, the Implementation Review Group, or a working group —
    the one the duty names, else the adopting body when that is a working group (a working group's report
    that asks for a report "to the Working Group" means itself), else the working group the resolution
    names in full; blank for a body the tracker does not follow (the General Assembly, the Secretariat)."""
    name = duty.get("body")
    if name == reporting.CONFERENCE:
        return Body.CONFERENCE
    if name == reporting.IRG:
        return Body.IMPLEMENTATION_REVIEW_GROUP
    if name != reporting.WORKING_GROUP:
        return ""
    if named := _working_group_in(duty.get("text") or "", _SUBJECTS):
        return named
    if adoption.body.startswith("wg-"):
        return adoption.body
    return _working_group_in(context, _NAMED_GROUPS)


def _report_session(session: str | None, report_body: str, adoption: _Adoption) -> int | None:
    """The number of the session a duty names: "eighth" → 8, "resumed eighth" → 8; "next" → the
    adopting session + 1 when the Conference reports to itself, else the body's first session after the
    adopting one (from the sessions table); None when it cannot be told."""
    if not session or not report_body:
        return None
    words = session.split()
    if words[-1] in _ENGLISH_ORDINALS:
        return _ENGLISH_ORDINALS[words[-1]]
    if words[-1] != "next":
        return None
    if report_body == Body.CONFERENCE:
        if adoption.body == Body.CONFERENCE and adoption.session is not None:
            return adoption.session + 1
        if adoption.year:
            # The Conference's first session after the text: in a later year when the Conference adopted
            # it, the same year or later when a subsidiary body did (its meetings precede the Conference's).
            first = adoption.year + 1 if adoption.body == Body.CONFERENCE else adoption.year
            return next(
                (number for year, number in sorted(CONFERENCE_SESSIONS.items()) if year >= first), None
            )
        return None
    if report_body == adoption.body and adoption.session is not None:
        return adoption.session + 1
    if adoption.ends or adoption.year:
        # A subsidiary body's next session: its first after the adopting one, from the sessions table.
        after = adoption.ends or datetime.date(adoption.year, 12, 31)
        upcoming = next_session(report_body, after + datetime.timedelta(days=1))
        return upcoming.number if upcoming else None
    return None


@dataclass(frozen=True)
class _Duty:
    body: str
    session: int | None
    text: str
    due: datetime.date | None


def _duty(duties: list[dict], adoption: _Adoption, context: str) -> _Duty:
    """The clause's reporting duty: the first to a body the tracker knows, else the first."""
    if not duties:
        return _Duty("", None, "", None)
    resolved = [(duty, _report_body(duty, adoption, context)) for duty in duties]
    duty, body = next(((d, b) for d, b in resolved if b), resolved[0])
    number = _report_session(duty.get("session"), body, adoption)
    text = "; ".join(d.get("text") or "" for d in duties if d.get("text"))[:300]
    return _Duty(body, number, text, session_starts(body, number))


# Articles and topics -------------------------------------------------------------------------------------


def _cited_articles(paragraph: Paragraph) -> tuple[int, ...]:
    numbers: list[int] = []
    for reference in (paragraph.references or {}).get("articles") or []:
        number = reference.get("article")
        if isinstance(number, int) and number not in numbers:
            numbers.append(number)
    return tuple(numbers)


def _fallback_articles(paragraphs: list[Paragraph]) -> dict[str, tuple[int, ...]]:
    """The articles each resolution's title cites, by resolution ("" for the document's title). A
    resolution's title is its headings and whatever stands before its chapeau ("The Conference …,", a
    text paragraph): a title read from plain text may come out as a preambular paragraph. A document's
    title is the headings before its first numbered or operative paragraph."""
    found: dict[str, list[int]] = {}
    chapeau_seen: set[str] = set()
    title_done = False
    for paragraph in paragraphs:
        resolution = paragraph.resolution or ""
        if paragraph.kind in {"numbered", "operative"}:
            title_done = True
        if resolution:
            if paragraph.kind == "text":
                chapeau_seen.add(resolution)
            is_title = paragraph.kind == "heading" or (
                paragraph.kind == "preambular" and resolution not in chapeau_seen
            )
        else:
            is_title = paragraph.kind == "heading" and not title_done
        if is_title:
            bucket = found.setdefault(resolution, [])
            bucket += [number for number in _cited_articles(paragraph) if number not in bucket]
    return {key: tuple(numbers) for key, numbers in found.items()}


def _topics_of(articles: tuple[int, ...], cache: dict[tuple[int, ...], tuple[str, ...]]) -> tuple[str, ...]:
    if not articles:
        return ()
    if articles not in cache:
        cache[articles] = tuple(
            Topic.objects.filter(articles__number__in=articles, is_active=True)
            .order_by("position", "slug")
            .values_list("slug", flat=True)
            .distinct()
        )
    return cache[articles]


# Which paragraphs are recommendations ------------------------------------------------------------------

_ROMAN = re.compile(r"^[IVXLC]{2,}$|^[IVX]$")
_CJK_NUMERALS = re.compile(r"^[一二三四五六七八九十]+$")


def _heading_rank(number: str) -> int:
    """How high a heading stands, from its printed number: chapters (I, 一, "أولا") 1, sections (A) 2,
    sub-sections (1) 3; unnumbered headings 1."""
    number = (number or "").strip(" .)")
    if not number or _ROMAN.match(number) or _CJK_NUMERALS.match(number):
        return 1
    if number.isdigit():
        return 3
    if len(number) == 1 and number.isalpha() and number.isascii():
        return 2
    return 1  # Arabic ordinal words ("أولا", "ثانيا") number chapters


def _recommendation_sections(paragraphs: list[Paragraph]) -> set[int] | None:
    """The positions of the paragraphs inside the report's recommendations sections, or None when it
    has none. A section runs from its heading to the next heading of the same rank or higher."""
    inside: set[int] = set()
    found = False
    rank: int | None = None
    for paragraph in paragraphs:
        if paragraph.kind == "heading":
            this_rank = _heading_rank(paragraph.number)
            if rank is not None and this_rank <= rank:
                rank = None
            if rank is None and _RECOMMENDATIONS_HEADING.match(fold(paragraph.text).text.strip(" .:")):
                rank, found = this_rank, True
            continue
        if rank is not None:
            inside.add(paragraph.position)
    return inside if found else None


def _recommendations(paragraphs: list[Paragraph], language: str) -> dict[int, dict]:
    """The recommendations of a report, as actions by paragraph position."""
    sections = _recommendation_sections(paragraphs)
    found: dict[int, dict] = {}
    for paragraph in paragraphs:
        if paragraph.kind not in _REPORT_TEXT_KINDS:
            continue
        if sections is not None and paragraph.position not in sections:
            continue
        action = parse_recommendation(paragraph.text, _content_language(paragraph.language or language))
        if action is not None:
            found[paragraph.position] = action
    return found


def _content_language(language: str) -> str:
    code = (language or "").lower().split("-")[0]
    return code if code in LANGUAGES else "en"


# Putting it together -----------------------------------------------------------------------------------


def _without(items: list, removed: list) -> list:
    """``items`` with one occurrence of each of ``removed`` taken out."""
    rest = list(items)
    for item in removed:
        if item in rest:
            rest.remove(item)
    return rest


def _resolution_context(paragraphs: list[Paragraph]) -> dict[str, str]:
    """The text of each resolution (and of the whole document, under ""), where a working group that
    duties name in short ("the Working Group") is named in full."""
    texts: dict[str, list[str]] = {}
    for paragraph in paragraphs:
        texts.setdefault(paragraph.resolution or "", []).append(paragraph.text)
    whole = " ".join(text for chunk in texts.values() for text in chunk)
    context = {resolution: " ".join(chunk) for resolution, chunk in texts.items()}
    # A resolution that names no working group in full may still be read against the whole document.
    return {resolution: f"{text} {whole}" for resolution, text in context.items()} | {"": whole}


def _clauses(text: str, action: dict) -> list[dict]:
    """The clauses of one action: the opening one (clause 0, the whole paragraph's text, with the
    conditions and duties of the paragraph less those of its later clauses), then each later clause."""
    later = list(action.get("also") or [])
    later_conditions = [tag for entry in later for tag in entry.get("conditions") or []]
    later_duties = [duty for entry in later for duty in entry.get("report_to") or []]
    opening = {
        "clause": 0,
        "parent": None,
        "text": text,
        "verb": action.get("verb"),
        "verb_base": action.get("verb_base"),
        "addressees": action.get("addressees"),
        "conditions": [tag for tag in action.get("conditions") or [] if tag not in later_conditions],
        "report_to": _without(action.get("report_to") or [], later_duties),
    }
    return [opening] + [
        {
            "clause": index,
            "parent": 0,
            "text": entry.get("text") or text,
            "verb": entry.get("verb"),
            "verb_base": entry.get("verb_base"),
            "addressees": entry.get("addressees"),
            "conditions": list(entry.get("conditions") or []),
            "report_to": list(entry.get("report_to") or []),
        }
        for index, entry in enumerate(later, start=1)
    ]


def extract_mandates(document: Document) -> list[MandateSpec]:
    """The mandates of a document's current paragraphs, in document order (each paragraph's clause 0
    before its later clauses). Empty for documents of other kinds than resolutions and reports, and for
    documents with no current version."""
    if document.kind not in MANDATE_KINDS:
        return []
    version = mandate_version(document)
    if version is None:
        return []
    paragraphs = list(Paragraph.objects.filter(revision=version.current).order_by("position"))
    adoption = _adoption(document)
    fallback = _fallback_articles(paragraphs)
    context = _resolution_context(paragraphs)
    recommendations = (
        _recommendations(paragraphs, version.language) if document.kind == DocumentKind.REPORT else {}
    )
    topics_cache: dict[tuple[int, ...], tuple[str, ...]] = {}
    specs: list[MandateSpec] = []
    for paragraph in paragraphs:
        if paragraph.kind == "operative" and paragraph.action:
            action, source = paragraph.action, MandateSource.OPERATIVE
        elif paragraph.position in recommendations:
            action, source = recommendations[paragraph.position], MandateSource.RECOMMENDATION
        else:
            continue
        articles = _cited_articles(paragraph) or fallback.get(paragraph.resolution or "", ())
        common = {
            "pid": paragraph.pid,
            "source": source,
            "resolution": paragraph.resolution or "",
            "number": paragraph.number or "",
            "position": paragraph.position,
            "body": adoption.body,
            "session": adoption.session,
            "year": adoption.year,
            "language": version.language,
            "articles": articles,
            "topics": _topics_of(articles, topics_cache),
        }
        where = context.get(paragraph.resolution or "", context[""])
        for clause in _clauses(paragraph.text, action):
            duty = _duty(clause["report_to"], adoption, where)
            specs.append(
                MandateSpec(
                    **common,
                    clause=clause["clause"],
                    parent_clause=clause["parent"],
                    text=clause["text"],
                    verb=(clause["verb"] or "")[:120],
                    verb_base=(clause["verb_base"] or "")[:60],
                    category=category_of(clause["verb_base"]),
                    addressees=list(clause["addressees"] or []),
                    conditions=clause["conditions"],
                    report_body=duty.body,
                    report_session=duty.session,
                    report_text=duty.text,
                    report_due=duty.due,
                )
            )
    return specs
