"""Resolutions and decisions cited in a paragraph, with the body that adopted them and their date.

Shapes: "resolution 6/4 of 6 November 2015", "its resolution 3/2", "resolutions 5/3, 6/2 and 6/3",
"General Assembly resolution 70/174, annex", "Economic and Social Council resolution 2007/22", "Security
Council resolution 1373 (2001)", "decision 5/1", "decisions 7/1 and 7/2"; "résolution 70/174 de
l'Assemblée générale en date du 17 décembre 2015", "resolución 6/4, de 6 de noviembre de 2015",
"резолюция 6/4 от 6 ноября 2015 года", "قرار الجمعية العامة 70/174", "القرار 6/4 المؤرخ 6 تشرين
الثاني/نوفمبر 2015", "大会2015年12月17日第70/174号决议", "第5/1号决定".

The body is the one named (before the keyword in English and Chinese, between keyword and number in
Arabic, after the number in French, Spanish and Russian); when none is named, the number's shape decides:
"2007/22" (a year first) is the Economic and Social Council's, "1373 (2001)" the Security Council's, a
session number up to 20 the Conference's ("3/2") and a higher one the General Assembly's ("58/4"): the
Conference has held a dozen sessions, the Assembly's sessions since the Convention are the 58th onwards.
Resolutions of other bodies (the Human Rights Council, the Commission on Crime Prevention and Criminal
Justice, the Conference of the Parties to the Organized Crime Convention …) are left out.

One entry per resolution: ``number`` ("6/4"; a Security Council resolution as it is cited, "1373 (2001)"),
``date`` (ISO, or None when not given; a Security Council resolution's year is not a date), ``kind``
("resolution" or "decision"), ``text`` — for the first resolution of a list from the body or keyword on,
for the next ones their own number and date ("resolutions 4/3 of 28 October 2011", "5/4 of 29 November
2013"); a body or date written after the last one belongs to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import iso_date, month_pattern
from .text import (
    NOT_LETTER_AFTER,
    Mention,
    at_word_start,
    entries_of,
    fold,
    languages_for,
    leftmost_longest,
    rx,
    start_of,
)

CONFERENCE_LAST_SESSION = 20  # a session number above this is the General Assembly's

_NUMBER = (
    r"(?:(?P<slash>(?:\d{1,2}|(?:19|20)\d{2})/\d{1,3})(?!\d|/\d)"
    r"|(?P<sc>\d{1,4})\s?\(\s?(?P<sc_year>(?:19|20)\d{2})\s?\))"
)
NUMBER = re.compile(_NUMBER)


@dataclass(frozen=True)
class Grammar:
    """The words of one language for citing resolutions (patterns folded; see ``text.fold``)."""

    keyword: re.Pattern  # group ``decision`` is set for decisions
    before: re.Pattern | None  # a body right before the keyword (English), matched on the text before it
    between: re.Pattern | None  # a body between keyword and number (Arabic)
    date: re.Pattern  # groups: day, month, year
    after: re.Pattern | None  # a body after the number or date
    list_separator: re.Pattern
    bodies: tuple[tuple[re.Pattern, str | None], ...]  # body name → code (None: a body we leave out)
    title: re.Pattern  # a resolution's title quoted after it: ", entitled “…”" (skipped; not in ``text``)


def _designation(number: re.Match) -> str:
    """ "6/4", or a Security Council resolution with its year, as the Council cites it: "1373 (2001)"."""
    if number.group("slash"):
        return number.group("slash")
    return f"{number.group('sc')} ({number.group('sc_year')})"


def _bodies(*pairs: tuple[str, str | None]) -> tuple[tuple[re.Pattern, str | None], ...]:
    return tuple((rx(pattern + r"$"), code) for pattern, code in pairs)


def _alternation(bodies: tuple[tuple[re.Pattern, str | None], ...]) -> str:
    return "|".join(pattern.pattern[:-1] for pattern, _ in bodies)


_EN_BODIES = _bodies(
    (r"Conference\s+of\s+the\s+Parties(?:\s+to\s+the\s+[A-Z][\w\s-]{0,80}?Organized\s+Crime)?", None),
    (r"Conference(?:\s+of\s+the\s+States\s+Parties(?:\s+to\s+the\s+United\s+Nations\s+Convention\s+against"
     r"\s+Corruption)?)?", "CoSP"),
    (r"General\s+Assembly|Assembly", "GA"),
    (r"Economic\s+and\s+Social\s+Council|ECOSOC", "ECOSOC"),
    (r"Security\s+Council", "SC"),
    # A bare "Council" is left to the number's shape ("Council resolution 2007/22" is ECOSOC's).
    (r"Human\s+Rights\s+Council|Commission(?:\s+on\s+[A-Z][\w\s]{0,60}?)?|Committee|Executive\s+Board"
     r"|Governing\s+Council", None),
)  # fmt: skip
_FR_BODIES = _bodies(
    (r"Conférence\s+des\s+Parties(?:\s+à\s+la\s+Convention[\w\s'-]{0,80}?organisée)?", None),
    (r"Conférence(?:\s+des\s+États\s+parties(?:\s+à\s+la\s+Convention\s+des\s+Nations\s+Unies\s+contre\s+la"
     r"\s+corruption)?)?", "CoSP"),
    (r"Assemblée\s+générale|Assemblée", "GA"),
    (r"Conseil\s+économique\s+et\s+social", "ECOSOC"),
    (r"Conseil\s+de\s+sécurité", "SC"),
    (r"Conseil\s+des\s+droits\s+de\s+l'homme|Commission[\w\s]{0,60}?|Comité[\w\s]{0,40}?", None),
)  # fmt: skip
_ES_BODIES = _bodies(
    (r"Conferencia\s+de\s+las\s+Partes(?:\s+en\s+la\s+Convención[\w\s-]{0,80}?Organizada)?", None),
    (r"Conferencia(?:\s+de\s+los\s+Estados\s+Partes(?:\s+en\s+la\s+Convención\s+de\s+las\s+Naciones\s+Unidas"
     r"\s+contra\s+la\s+Corrupción)?)?", "CoSP"),
    (r"Asamblea\s+General|Asamblea", "GA"),
    (r"Consejo\s+Económico\s+y\s+Social", "ECOSOC"),
    (r"Consejo\s+de\s+Seguridad", "SC"),
    (r"Consejo\s+de\s+Derechos\s+Humanos|Comisión[\w\s]{0,60}?|Comité[\w\s]{0,40}?", None),
)  # fmt: skip
_RU_BODIES = _bodies(
    (r"Конференции\s+Участников[\w\s-]{0,80}?", None),
    (r"Конференции(?:\s+государств-участников(?:\s+Конвенции\s+Организации\s+Объединенных\s+Наций\s+против"
     r"\s+коррупции)?)?", "CoSP"),
    (r"Генеральной\s+Ассамблеи|Ассамблеи", "GA"),
    (r"Экономического\s+и\s+Социального\s+Совета", "ECOSOC"),
    (r"Совета\s+Безопасности", "SC"),
    (r"Совета\s+по\s+правам\s+человека|Комиссии[\w\s]{0,60}?|Комитета[\w\s]{0,40}?", None),
)  # fmt: skip
_AR_BODIES = _bodies(
    (r"مؤتمر\s+الأطراف[\w\s]{0,80}?", None),
    (r"مؤتمر\s+الدول\s+الأطراف(?:\s+في\s+اتفاقية\s+الأمم\s+المتحدة\s+لمكافحة\s+الفساد)?", "CoSP"),
    (r"الجمعية\s+العامة", "GA"),
    (r"المجلس\s+الاقتصادي\s+والاجتماعي", "ECOSOC"),
    (r"مجلس\s+الأمن", "SC"),
    (r"مجلس\s+حقوق\s+الإنسان|لجنة\s+[\w\s]{0,60}?", None),
)  # fmt: skip
_ZH_BODIES = _bodies(
    (r"缔约方会议", None),
    (r"缔约国会议", "CoSP"),
    (r"联合国大会|大会", "GA"),
    (r"经济及社会理事会|经社理事会", "ECOSOC"),
    (r"安全理事会|安理会", "SC"),
    (r"人权理事会|委员会", None),
)

_DAY, _YEAR = r"(?P<day>\d{1,2}|1er)", r"(?P<year>(?:19|20)\d{2})"


def _date(language: str, lead: str, template: str) -> re.Pattern:
    month = f"(?P<month>{month_pattern(language)})"
    return rx(lead + template.format(day=_DAY, month=month, year=_YEAR), re.IGNORECASE)


_QUOTED = r"(?:“[^”]{1,300}”|«[^»]{1,300}»|\"[^\"]{1,300}\"|„[^“”]{1,300}[“”])"
_AR_LEVANTINE = (
    r"(?:كانون\s+الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين\s+الأول|تشرين\s+الثاني|كانون\s+الأول)"
)

GRAMMARS = {
    "en": Grammar(
        keyword=rx(
            r"(?:[Rr]esolutions?|RESOLUTIONS?|(?P<decision>[Dd]ecisions?|DECISIONS?))"
            + NOT_LETTER_AFTER
            + r"\s+(?:No\.\s*)?"
        ),
        before=rx(r"(?P<body>" + _alternation(_EN_BODIES) + r")\s+$"),
        between=None,
        date=_date("en", r"\s*,?\s+(?:of|adopted\s+on|dated)\s+", "{day}\\s+{month}\\s+{year}"),
        after=rx(r"\s*,?\s+of\s+the\s+(?P<body>" + _alternation(_EN_BODIES) + r")"),
        list_separator=rx(r"\s*,\s*(?:and\s+)?|\s+and\s+"),
        bodies=_EN_BODIES,
        title=rx(r"\s*,?\s+entitled\s+" + _QUOTED),
    ),
    "fr": Grammar(
        keyword=rx(
            r"(?:[Rr]ésolutions?|RÉSOLUTIONS?|(?P<decision>[Dd]écisions?|DÉCISIONS?))"
            + NOT_LETTER_AFTER
            + r"\s+(?:n[o°]\s*)?"
        ),
        before=None,
        between=None,
        date=_date("fr", r"\s*,?\s+(?:en\s+date\s+)?du\s+", "{day}\\s+{month}\\s+{year}"),
        after=rx(r"\s*,?\s+(?:de\s+l'|du\s+|de\s+la\s+)(?P<body>" + _alternation(_FR_BODIES) + r")"),
        list_separator=rx(r"\s*,\s*(?:et\s+)?|\s+et\s+"),
        bodies=_FR_BODIES,
        title=rx(r"\s*,?\s+intitulée?s?\s+" + _QUOTED),
    ),
    "es": Grammar(
        keyword=rx(
            r"(?:[Rr]esolución|[Rr]esoluciones|RESOLUCIÓN|RESOLUCIONES"
            r"|(?P<decision>[Dd]ecisión|[Dd]ecisiones|DECISIÓN|DECISIONES))" + NOT_LETTER_AFTER + r"\s+"
        ),
        before=None,
        between=None,
        date=_date("es", r"\s*,?\s+de\s+", "{day}\\s+de\\s+{month}\\s+de\\s+{year}"),
        after=rx(r"\s*,?\s+(?:de\s+la\s+|del\s+)(?P<body>" + _alternation(_ES_BODIES) + r")"),
        list_separator=rx(r"\s*,\s*(?:y\s+)?|\s+y\s+"),
        bodies=_ES_BODIES,
        title=rx(r"\s*,?\s+(?:titulada|titulado|intitulada)s?\s+" + _QUOTED),
    ),
    "ru": Grammar(
        keyword=rx(
            r"(?:[Рр]езолюци(?:ями|ях|ям|ей|я|и|ю|й)"
            r"|(?P<decision>[Рр]ешени(?:ями|ях|ям|ем|е|я|ю|и|й)))" + NOT_LETTER_AFTER + r"\s+(?:№\s*)?"
        ),
        before=None,
        between=None,
        date=_date("ru", r"\s*,?\s+от\s+", "{day}\\s+{month}\\s+{year}(?:\\s+(?:года|г\\.))?"),
        after=rx(r"\s*,?\s+(?P<body>" + _alternation(_RU_BODIES) + r")"),
        list_separator=rx(r"\s*,\s*(?:и\s+)?|\s+и\s+"),
        bodies=_RU_BODIES,
        title=rx(r"\s*,?\s+(?:озаглавленн\w{2,3}\s+|под\s+названием\s+)?" + _QUOTED),
    ),
    "ar": Grammar(
        keyword=rx(
            r"[وف]?(?P<kw>(?:[بك]?ال|لل|ب|ل)?(?:قرارات|قرارين|قراران|قرار"
            r"|(?P<decision>مقررات|مقررين|مقرران|مقرر))(?:ها|ه)?)" + NOT_LETTER_AFTER + r"\s+(?:رقم\s+)?"
        ),
        before=None,
        between=rx(r"(?P<body>" + _alternation(_AR_BODIES) + r")\s+(?:رقم\s+)?"),
        date=_date(
            "ar",
            r"\s*[،,]?\s*(?:المؤرخ|المؤرخة|الصادر|الصادرة)(?:\s+في)?\s+",
            "{day}\\s+(?:" + _AR_LEVANTINE + "\\s*/\\s*)?{month}\\s+{year}",
        ),
        after=None,
        list_separator=rx(r"\s*[،,]?\s*و\s*|\s*[،,]\s*"),
        bodies=_AR_BODIES,
        title=rx(r"\s*[،,]?\s+(?:المعنون|المعنونة|المعنونين|المعنونات)\s+" + _QUOTED),
    ),
}

_ZH_NUMBER = r"(?:\d{1,4}/\d{1,3}|\d{1,4}\s*\(\s*(?:19|20)\d{2}\s*\))"
_ZH_CITATION = re.compile(
    r"(?P<body>" + _alternation(_ZH_BODIES) + r")?\s*"
    r"(?:(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日\s*(?:的)?\s*)?"
    r"第?\s*(?P<numbers>"
    + _ZH_NUMBER
    + r"(?:\s*号)?(?:\s*(?:、|和|及|与|,)\s*(?:第\s*)?"
    + _ZH_NUMBER
    + r"(?:\s*号)?)*)\s*号\s*(?P<kind>决议|决定)"
)


def _body_code(name: str | None, bodies) -> tuple[bool, str | None]:
    """(known, code) for a body's name: (True, None) when no name; (False, None) for a body we leave out."""
    if not name:
        return True, None
    for pattern, code in bodies:
        if pattern.match(name):
            return code is not None, code
    return False, None


def infer_body(number: str, security_council: bool) -> str:
    """The body a resolution number without a named body belongs to, by its shape (see the module doc)."""
    if security_council:
        return "SC"
    session = number.split("/", 1)[0]
    if len(session) == 4:
        return "ECOSOC"
    return "CoSP" if int(session) <= CONFERENCE_LAST_SESSION else "GA"


@dataclass
class _Item:
    start: int
    end: int
    number: str
    security_council: bool
    date: str | None


def _mentions(original: str, folded: str, language: str) -> tuple[list[Mention], list[Mention]]:
    """The citations in one language, and apart those of bodies left out (they veto what another
    language's patterns find in the same words)."""
    g = GRAMMARS[language]
    mentions, left_out = [], []
    for keyword in at_word_start(g.keyword, folded):
        start, position = start_of(keyword), keyword.end()
        known, body = True, None
        if g.before and (before := g.before.search(folded, max(0, start - 120), start)):
            known, body = _body_code(before.group("body"), g.bodies)
            start = before.start()
        if g.between and (between := g.between.match(folded, position)):
            known, body = _body_code(between.group("body"), g.bodies)
            position = between.end()
        items: list[_Item] = []
        while number := NUMBER.match(folded, position):
            item = _Item(number.start(), number.end(), _designation(number),
                         number.group("sc") is not None, None)  # fmt: skip
            if date := g.date.match(folded, item.end):
                item.date = iso_date(date.group("year"), date.group("month"), date.group("day"), language)
                item.end = date.end()
            items.append(item)
            after_title = title.end() if (title := g.title.match(folded, item.end)) else item.end
            separator = g.list_separator.match(folded, after_title)
            if not (separator and NUMBER.match(folded, separator.end())):
                break
            position = separator.end()
        if not items:
            continue
        if g.after and (after := g.after.match(folded, items[-1].end)):
            known, body = _body_code(after.group("body"), g.bodies) if body is None else (known, body)
            items[-1].end = after.end()
            if items[-1].date is None and (date := g.date.match(folded, after.end())):
                items[-1].date = iso_date(
                    date.group("year"), date.group("month"), date.group("day"), language
                )
                items[-1].end = date.end()
        if not known:
            left_out.append(Mention(start, items[-1].end, ()))
            continue
        items[0].start = start
        entries = tuple(_entry(item, body, keyword.group("decision"), original) for item in items)
        mentions.append(Mention(items[0].start, items[-1].end, entries))
    return mentions, left_out


def _entry(item: _Item, body: str | None, decision: str | None, original: str) -> dict:
    return {
        "body": body or infer_body(item.number, item.security_council),
        "number": item.number,
        "date": item.date,
        "kind": "decision" if decision else "resolution",
        "text": original[item.start : item.end],
    }


def _chinese_mentions(original: str, folded: str) -> tuple[list[Mention], list[Mention]]:
    mentions, left_out = [], []
    if "号" not in folded:  # every Chinese citation ends "…号决议" or "…号决定"; most text has none
        return mentions, left_out
    for citation in _ZH_CITATION.finditer(folded):
        known, body = _body_code(citation.group("body"), _ZH_BODIES)
        if not known:
            left_out.append(Mention(citation.start(), citation.end(), ()))
            continue
        numbers = [NUMBER.match(n) for n in re.findall(_ZH_NUMBER, citation.group("numbers"))]
        date = None
        if citation.group("year") and len(numbers) == 1:
            date = iso_date(citation.group("year"), citation.group("month"), citation.group("day"), "zh")
        text = original[citation.start() : citation.end()]
        entries = tuple(
            {
                "body": body or infer_body(n.group("slash") or n.group("sc"), n.group("sc") is not None),
                "number": _designation(n),
                "date": date,
                "kind": "decision" if citation.group("kind") == "决定" else "resolution",
                "text": text,
            }
            for n in numbers
            if n
        )
        mentions.append(Mention(citation.start(), citation.end(), entries))
    return mentions, left_out


def find_resolutions(text: str, language: str | None = None) -> list[dict]:
    """The resolutions and decisions ``text`` cites, in order: ``{"body": "CoSP", "number": "6/4",
    "date": "2015-11-06", "kind": "resolution", "text": "resolution 6/4 of 6 November 2015"}``."""
    folded = fold(text)
    mentions: list[Mention] = []
    left_out: list[Mention] = []
    for code in languages_for(language):
        found, vetoes = _chinese_mentions(text, folded) if code == "zh" else _mentions(text, folded, code)
        mentions += found
        left_out += vetoes
    kept = [m for m in mentions if not any(v.start < m.end and m.start < v.end for v in left_out)]
    return entries_of(leftmost_longest(kept))
