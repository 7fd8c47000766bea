"""The actions stage: who must do what in an operative paragraph, in the six languages.

``parse_action`` reads one operative paragraph (its printed number removed) into the extraction
contract's ``action`` (DESIGN §4)::

    {"verb": "Also requests", "verb_base": "requests", "addressees": ["Secretariat"],
     "conditions": ["extrabudgetary"],
     "report_to": [{"body": "Conference", "session": "eighth",
                    "text": "to the Conference at its eighth session"}],
     "also": [...]}

- ``verb`` is the opening verb phrase as printed, adverbs and manner included ("Takes note with
  appreciation", "Prie en outre", "просит также", "又请"); ``verb_base`` its English base form, whatever
  the language ("takes note", "requests").
- ``addressees`` are those of the opening verb only (``action_data.actors`` documents the categories
  and what maps to each). Declarative verbs address nobody; "Decides to …" and "Adopts …" are the
  Conference's own acts; "Decides that the working group shall …" addresses the working group.
- ``conditions`` and ``report_to`` cover the whole paragraph, later clauses included, except that a
  declarative opening ("Welcomes the report submitted to the Conference at its seventh session") is no
  duty. What the opening clause alone carries is the paragraph's minus its ``also`` entries'.
- ``also`` lists the later verb clauses that address an actor of their own ("…, and requests the
  Secretariat to report thereon to the working group"), each with ``verb``, ``verb_base``,
  ``addressees``, ``conditions``, ``report_to`` and its ``text``, so that the mandate tracker can make
  each its own mandate.

``verb_at_start`` tells whether a text opens with an operative verb (the segmenter's test for operative
paragraphs); ``parse_recommendation`` reads a report's recommendation ("The Working Group recommended
that States parties …", "The Conference may wish to consider requesting the Secretariat to …") into the
same shape.

Everything is matched on a folded copy of the text (lowercase, accents and Arabic harakat dropped,
hamza seats, ё/й and typographic punctuation unified); what is returned is cut from the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from observatory.ingest.action_data import actors, clauses, reporting, verbs
from observatory.ingest.action_data.folding import Folded, fold
from observatory.ingest.action_data.lexicon import LANGUAGES, Lexicon, lexicon
from observatory.ingest.action_data.ordinals import english_ordinal
from observatory.ingest.references.numerals import chinese_to_int

__all__ = ["LANGUAGES", "OPERATIVE_VERBS", "parse_action", "parse_recommendation", "verb_at_start"]

#: The printed operative verbs of each language with their English base form.
OPERATIVE_VERBS: dict[str, dict[str, str]] = {
    language: {printed: base for printed, base, _ in entries} for language, entries in verbs.VERBS.items()
}

# How many words may stand before an addressee, or between two: "interested States parties,
# representatives of private sector entities and relevant international organizations".
_MAX_GAP_WORDS = 6
# How many words a that-clause's subject may have: "the interim open-ended intergovernmental working
# group referred to in paragraph 2 above".
_MAX_SUBJECT_WORDS = 12
_MAX_WINDOW_CHARS = 300
_MIN_TEXT_AFTER_VERB = 2  # "Decides" alone is a heading, not an operative paragraph
_TRAILING_PUNCTUATION = " ;,.:；，。：،؛"


def _lexicon(language: str) -> Lexicon:
    code = (language or "").lower().split("-")[0]
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: give one of {', '.join(LANGUAGES)}")
    return lexicon(code)


# Verbs ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Verb:
    start: int  # where the verb phrase starts (its adverbs included)
    end: int  # where it ends (manner phrases included)
    base: str

    @property
    def kind(self) -> str:
        return verbs.KINDS[self.base]


def _longest_core(lexicon: Lexicon, text: str, position: int) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for pattern, base in lexicon.cores:
        match = pattern.match(text, position)
        if match and (best is None or match.end() > best[0]):
            best = (match.end(), base)
    return best


def _match_verb(lexicon: Lexicon, text: str, position: int) -> _Verb | None:
    """The operative verb phrase that starts at ``position``: adverbs, the verb, adverbs and manner."""
    start = position
    core = None
    for _ in range(4):  # at most three adverbs before the verb
        core = _longest_core(lexicon, text, position)
        if core:
            break
        adverb = next((match for p in lexicon.pre if (match := p.match(text, position))), None)
        if adverb is None or adverb.end() == position:
            return None
        position = adverb.end()
    if core is None:
        return None
    end, base = core
    if base == "expresses" and (obj := lexicon.express.match(text, end)):
        end = obj.end()
    while modifier := next(
        (match for p in lexicon.post if (match := p.match(text, end)) and match.end() > end), None
    ):
        end = modifier.end()
    noun = lexicon.nouns.get(base)
    if noun and noun.match(text, end):
        return None
    return _Verb(start, end, base)


_LEADING_NOISE = re.compile(r"\s*(?:[\"'(]\s*)?(?:\d{1,3}\s*[.)]?\s*-?\s+)?")


def _opening_verb(lexicon: Lexicon, folded: Folded) -> _Verb | None:
    position = _LEADING_NOISE.match(folded.text).end()
    if introduction := lexicon.introduction.match(folded.text, position):
        position = introduction.end()
    verb = _match_verb(lexicon, folded.text, position)
    if verb is None or len(folded.text[verb.end :].strip(" ,;:.")) < _MIN_TEXT_AFTER_VERB:
        return None
    return verb


def verb_at_start(text: str, language: str) -> tuple[str, str] | None:
    """The operative verb that opens ``text``, as (verb as printed, English base form), or None.

    "Also requests the Secretariat to …" → ("Also requests", "requests"); "просит также Секретариат" →
    ("просит также", "requests"); "Requests for assistance were received" → None (a noun).

    Chinese preambular paragraphs open with the same verbs as operative ones ("回顾", "注意到"); they end
    with a comma, and a text that does is not taken for an operative paragraph."""
    lexicon = _lexicon(language)
    folded = fold(text)
    verb = _opening_verb(lexicon, folded)
    if verb is None or (lexicon.language == "zh" and folded.text.endswith(",")):
        return None
    return folded.original_span(verb.start, verb.end), verb.base


# Addressees -------------------------------------------------------------------------------------------


def _actor_spans(lexicon: Lexicon, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The actors in text[start:end], longest first where they overlap, in reading order."""
    found = [
        (match.start(), match.end(), category)
        for pattern, category in lexicon.actors
        for match in pattern.finditer(text, start, end)
    ]
    chosen: list[tuple[int, int, str | None]] = []
    for span in sorted(found, key=lambda s: (s[0] - s[1], s[0])):
        if all(span[1] <= other[0] or span[0] >= other[1] for other in chosen):
            chosen.append(span)
    # A masked phrase ("United States") wins its overlaps and then names nobody.
    return sorted(
        ((span_start, span_end, name) for span_start, span_end, name in chosen if name is not None),
        key=lambda span: span[0],
    )


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _phrase_actors(lexicon: Lexicon, text: str, start: int, end: int) -> tuple[list[str], int]:
    """The categories of the actors that make up the noun phrase text[start:end] — each within a few
    words of the phrase's start or of the actor before it (Chinese: joined by connectors only) — and
    where the last of them ends."""
    categories: list[str] = []
    previous = start
    for span_start, span_end, category in _actor_spans(lexicon, text, start, end):
        gap = text[previous:span_start]
        if lexicon.spaced:
            joined = _words(gap) <= _MAX_GAP_WORDS
            if previous != start and joined:
                joined = bool(lexicon.coordination.search(gap)) or (
                    lexicon.language == "ar" and text.startswith("و", span_start)
                )
        else:
            pattern = clauses.ZH_PREFIX if previous == start else clauses.ZH_CONNECTORS
            joined = re.fullmatch(pattern, gap) is not None
        if not joined:
            break
        if category not in categories:
            categories.append(category)
        previous = span_end
    return categories, previous


def _first_of(patterns: list[re.Pattern[str]], text: str, start: int, end: int) -> int:
    positions = [match.start() for pattern in patterns if (match := pattern.search(text, start, end))]
    return min(positions, default=end)


def _object_window(lexicon: Lexicon, text: str, start: int, end: int) -> tuple[int, int]:
    """Where the direct object of a verb lies: from ``start`` to where the action or an inserted
    phrase begins."""
    while start < end and text[start] in " ,":
        start += 1
    if leading := lexicon.leading.match(text, start, end):
        start = leading.end()
    end = min(end, start + _MAX_WINDOW_CHARS)
    stop = _first_of([lexicon.complement, lexicon.parenthetical, lexicon.relative], text, start, end)
    return start, stop


_LEADING_INSERT = re.compile(r"\s*,[^,;]{0,200},\s*")


def _subject_window(lexicon: Lexicon, text: str, start: int, end: int) -> tuple[int, int]:
    """Where the subject of a that-clause lies ("that *the working group* shall …")."""
    if lexicon.language == "ar":
        # Arabic puts the verb first: "أن يجتمع الفريق العامل" — skip the verb, read a few words.
        verb = re.match(r"\s*\S+\s*", text[start:end])
        start += verb.end() if verb else 0
        words = list(re.finditer(r"\S+", text[start:end]))[:5]
        return start, start + (words[-1].end() if words else 0)
    # "that, in accordance with article 63, the working group shall …": the subject follows the insert.
    if inserted := _LEADING_INSERT.match(text, start, end):
        start = inserted.end()
    words = list(re.finditer(r"\S+", text[start:end]))
    cap = start + words[_MAX_SUBJECT_WORDS - 1].end() if len(words) >= _MAX_SUBJECT_WORDS else end
    stop = lexicon.subject_end.search(text, start, cap) if lexicon.subject_end else None
    return start, stop.start() if stop else cap


def _addressees(lexicon: Lexicon, folded: Folded, base: str, start: int, end: int) -> tuple[list[str], int]:
    """Who the verb with base ``base``, whose object starts at ``start``, addresses, and where the
    addressee's phrase ends (``start`` when nobody is named)."""
    kind = verbs.KINDS[base]
    text = folded.text
    if kind == "declarative":
        return [], start
    if kind == "conference":
        return [actors.CONFERENCE], start
    that = lexicon.that_clause.match(text, start, end) if lexicon.that_clause else None
    if that:
        subject, subject_end = _phrase_actors(lexicon, text, *_subject_window(lexicon, text, that.end(), end))
        if subject or kind == "object":
            return subject, subject_end
        return [actors.CONFERENCE], start
    if kind == "decision":
        if lexicon.spaced:
            return [actors.CONFERENCE], start
        # Chinese writes "决定工作组应…" without a "that": an actor right after the verb is the subject.
        subject, subject_end = _phrase_actors(lexicon, text, start, min(end, start + 80))
        return (subject, subject_end) if subject else ([actors.CONFERENCE], start)
    window = _object_window(lexicon, text, start, end)
    found, found_end = _phrase_actors(lexicon, text, *window)
    # An addressee the lexicon does not know, named as a proper name: "Invites the International
    # Anti-Corruption Academy to …" (Arabic and Chinese have no capitals to tell a name by).
    cased = lexicon.language in {"en", "fr", "es", "ru"}
    if not found and cased and base in verbs.NAMES_ANY_ADDRESSEE and folded.has_capitalised_word(*window):
        return [actors.OTHER], window[1]
    return found, found_end


# Later verb clauses -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Clause:
    lead_start: int  # where the conjunction before the verb starts
    verb: _Verb


def _subclauses(lexicon: Lexicon, text: str, start: int) -> list[_Clause]:
    """The later verb clauses that address someone: ", and requests the Secretariat to …"."""
    found: list[_Clause] = []
    for lead in lexicon.leads:
        for match in lead.finditer(text, start):
            verb = _match_verb(lexicon, text, match.end())
            if verb and verb.kind in {"object", "decision"}:
                found.append(_Clause(match.start(), verb))
    found.sort(key=lambda clause: clause.lead_start)
    kept: list[_Clause] = []
    for clause in found:
        if not kept or clause.lead_start >= kept[-1].verb.end:
            kept.append(clause)
    return kept


# Conditions and reporting duties ------------------------------------------------------------------------


def _conditions(lexicon: Lexicon, text: str, spans: list[tuple[int, int]]) -> list[str]:
    found = sorted(
        (match.start(), tag)
        for start, end in spans
        for pattern, tag in lexicon.conditions
        for match in pattern.finditer(text, start, end)
    )
    tags: list[str] = []
    for _, tag in found:
        if tag not in tags:
            tags.append(tag)
    return tags


def _session(lexicon: Lexicon, match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups.get("nxt") or groups.get("nxt2"):
        return "next"
    written = groups.get("ord")
    if not written:
        return None
    if lexicon.language == "zh":
        number = chinese_to_int(written)
    elif digits := re.match(r"\d+", written):
        number = int(digits.group())
    else:
        number = lexicon.ordinals.get(written.replace("-", " "))
    if not number or not 1 <= number <= 99:
        return None
    resumed = groups.get("res1") or groups.get("res2")
    return f"resumed {english_ordinal(number)}" if resumed else english_ordinal(number)


def _has_cue(lexicon: Lexicon, text: str, span: tuple[int, int], start: int, end: int) -> bool:
    """Whether a reporting verb stands close enough before (or, in some languages, after) the body."""
    body_start, body_end = span
    if lexicon.language == "zh" and text.startswith("提交", body_start):
        return True
    before = lexicon.cue_before
    if before:
        window_start = max(start, body_start - before)
        cues = list(lexicon.cue.finditer(text, window_start, body_start))
        if cues and not lexicon.cue_blocker.search(text, cues[-1].end(), body_start):
            return True
    after = lexicon.cue_after
    if after:
        cue = lexicon.cue.search(text, body_end, min(end, body_end + after))
        if cue and ";" not in text[body_end : cue.start()]:
            return True
    return False


def _report_to(lexicon: Lexicon, folded: Folded, start: int, end: int, bodies_from: int) -> list[dict]:
    """The reporting duties in text[start:end]: a body next to a reporting verb, with its session.
    Bodies before ``bodies_from`` are the verb's addressees ("يطلب إلى الأمانة أن تقدم تقريرا"), not
    where a report goes."""
    text = folded.text
    candidates = sorted(
        (
            (match, name)
            for pattern, name in lexicon.bodies
            for match in pattern.finditer(text, bodies_from, end)
        ),
        key=lambda found: (found[0].start() - found[0].end(), found[0].start()),
    )
    chosen: list[tuple[re.Match[str], str]] = []
    for match, name in candidates:
        if all(match.end() <= other.start() or match.start() >= other.end() for other, _ in chosen):
            chosen.append((match, name))
    duties = []
    for match, name in sorted(chosen, key=lambda found: found[0].start()):
        if not _has_cue(lexicon, text, match.span(), start, end):
            continue
        session = None
        if match.group("session"):
            session = _session(lexicon, lexicon.session.match(text, match.start("session")))
        duties.append((match.start(), name, session, match.end()))
    # A session with no body after a reporting verb: "de lui faire rapport à sa prochaine session".
    for match in lexicon.session.finditer(text, bodies_from, end):
        if any(body.start() <= match.start() < body.end() for body, _ in chosen):
            continue
        if _has_cue(lexicon, text, match.span(), start, end):
            duties.append((match.start(), reporting.CONFERENCE, _session(lexicon, match), match.end()))
    return [
        {"body": name, "session": session, "text": folded.original_span(begin, stop).strip(" ,")}
        for begin, name, session, stop in sorted(duties)
    ]


# The contract's action ----------------------------------------------------------------------------------


def _read_clause(
    lexicon: Lexicon, folded: Folded, base: str | None, start: int, end: int, *, duties: bool
) -> dict:
    """Addressees, conditions and reporting duties of the verb clause whose object spans [start, end);
    ``duties`` False for a declarative clause, which binds nobody to anything."""
    addressees, phrase_end = _addressees(lexicon, folded, base, start, end) if base else ([], start)
    if not duties:
        return {"addressees": addressees, "conditions": [], "report_to": []}
    return {
        "addressees": addressees,
        "conditions": _conditions(lexicon, folded.text, [(start, end)]),
        "report_to": _report_to(lexicon, folded, start, end, phrase_end),
    }


def _action(lexicon: Lexicon, folded: Folded, verb: _Verb | None, object_start: int) -> dict:
    """The action whose verb (if known) is ``verb`` and whose object starts at ``object_start``."""
    text = folded.text
    later = _subclauses(lexicon, text, object_start)
    ends = [clause.lead_start for clause in later[1:]] + [len(text)] if later else []
    main_end = later[0].lead_start if later else len(text)
    binding = verb is None or verb.kind != "declarative"
    main = _read_clause(lexicon, folded, verb.base if verb else None, object_start, main_end, duties=binding)
    also = []
    for clause, end in zip(later, ends, strict=True):
        read = _read_clause(lexicon, folded, clause.verb.base, clause.verb.end, end, duties=True)
        also.append(
            {
                "verb": folded.original_span(clause.verb.start, clause.verb.end),
                "verb_base": clause.verb.base,
                **read,
                "text": folded.original_span(clause.verb.start, end).rstrip(_TRAILING_PUNCTUATION),
            }
        )
    conditions = list(main["conditions"])
    for entry in also:
        conditions += [tag for tag in entry["conditions"] if tag not in conditions]
    return {
        "verb": folded.original_span(verb.start, verb.end) if verb else None,
        "verb_base": verb.base if verb else None,
        "addressees": main["addressees"],
        "conditions": conditions,
        "report_to": main["report_to"] + [duty for entry in also for duty in entry["report_to"]],
        "also": also,
    }


def parse_action(text: str, language: str) -> dict:
    """The contract's ``action`` of one operative paragraph (its printed number removed).

    When no operative verb opens the text, ``verb`` and ``verb_base`` are None and there are no
    addressees; conditions, reporting duties and later verb clauses are still read."""
    lexicon = _lexicon(language)
    folded = fold(text)
    verb = _opening_verb(lexicon, folded)
    return _action(lexicon, folded, verb, verb.end if verb else 0)


# Recommendations in reports ---------------------------------------------------------------------------


def _subject_before(lexicon: Lexicon, text: str, position: int) -> list[str]:
    """The actor just before ``position`` ("*The Conference* may wish to …")."""
    start = max(0, position - 120)
    spans = _actor_spans(lexicon, text, start, position)
    if not spans:
        return []
    _, span_end, category = spans[-1]
    gap = text[span_end:position]
    close = _words(gap) <= 3 if lexicon.spaced else len(gap.strip(" ,")) <= 2
    return [category] if close else []


def _recommended(
    lexicon: Lexicon, folded: Folded, start: int, end: int, base: str, object_start: int
) -> dict:
    """The action of a recommendation whose verb phrase spans [start, end)."""
    return _action(lexicon, folded, _Verb(start, end, base), object_start)


def _from_modal(lexicon: Lexicon, folded: Folded, modal: re.Match[str]) -> dict:
    text = folded.text
    for pattern, base in lexicon.recommendation_forms:
        if form := pattern.match(text, modal.end()):
            return _recommended(lexicon, folded, modal.start(), form.end(), base, form.end())
    action = _recommended(lexicon, folded, modal.start(), modal.end(), "recommends", modal.end())
    subject = modal.groupdict().get("subject") or modal.groupdict().get("subject2")
    if subject:
        offset = modal.start("subject") if modal.group("subject") else modal.start("subject2")
        action["addressees"] = _phrase_actors(lexicon, text, offset, offset + len(subject))[0]
    else:
        action["addressees"] = _subject_before(lexicon, text, modal.start())
    return action


def _from_recommendation_verb(lexicon: Lexicon, folded: Folded, verb: re.Match[str]) -> dict | None:
    text = folded.text
    object_start = verb.end()
    if lexicon.language == "ar":
        # "أوصى الفريق العامل الدول الأطراف بأن …": the recommending body comes first; skip it.
        spans = _actor_spans(lexicon, text, object_start, min(len(text), object_start + 80))
        if spans and _words(text[object_start : spans[0][0]]) == 0:
            object_start = spans[0][1]
    action = _recommended(lexicon, folded, verb.start(), verb.end(), "recommends", object_start)
    if (
        lexicon.language == "zh"
        and not action["addressees"]
        and not _subject_before(lexicon, text, verb.start())
    ):
        return None  # "以下建议" is the noun "recommendations", not a body recommending
    return action


def _from_passive(lexicon: Lexicon, folded: Folded, passive: re.Match[str], base: str) -> dict:
    action = _recommended(lexicon, folded, passive.start(), passive.end(), base, passive.end())
    if lexicon.language != "es":  # "Se alienta a los Estados partes a …" names them after the verb
        action["addressees"] = _subject_before(lexicon, folded.text, passive.start())
    return action


def parse_recommendation(text: str, language: str) -> dict | None:
    """A report's recommendation in the shape of ``parse_action``, or None when the text is none.

    "The Working Group recommended that States parties …" → verb_base "recommends", addressees
    ["States parties"]; "The Conference may wish to consider requesting the Secretariat to …" → verb
    "may wish to consider requesting", verb_base "requests", addressees ["Secretariat"]; "The
    Conference may wish to consider …" with no verb after → "recommends", addressed to the Conference."""
    lexicon = _lexicon(language)
    folded = fold(text)
    # Every way the text may recommend, read in the order they appear (a modal before a verb at the same
    # place: "may wish to recommend").
    readings: list[tuple[int, int, Callable[[], dict | None]]] = []
    if modal := lexicon.recommendation_modal.search(folded.text):
        readings.append((modal.start(), 0, partial(_from_modal, lexicon, folded, modal)))
    if verb := lexicon.recommendation_verb.search(folded.text):
        readings.append((verb.start(), 1, partial(_from_recommendation_verb, lexicon, folded, verb)))
    for pattern, base in lexicon.recommendation_passives:
        if passive := pattern.search(folded.text):
            readings.append((passive.start(), 2, partial(_from_passive, lexicon, folded, passive, base)))
    for _, _, read in sorted(readings, key=lambda reading: reading[:2]):
        if (action := read()) is not None:
            return action
    return None
