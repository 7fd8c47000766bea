"""Articles of the Convention cited in a paragraph, in the six languages.

Shapes recognised (each language has its own words for them):

- article first: "article 9", "art. 7, para. 4", "article 13, paragraph 1 (d)", "article 13(1)(d)",
  "articles 7(4) and 8(5)", "articles 7-4 et 8-5" (French: article 7, paragraph 4), "articles 5 to 14",
  "articles 7–9", "articles 5, 6 and 9", "article 8, paragraphs 2 and 3";
- paragraph first: "paragraphs 1 and 2 of article 8", "alinéa d) du paragraphe 1 de l'article 13",
  "пункт 1 статьи 9", "الفقرة 1 من المادة 9";
- Chinese: "第九条", "第五至第十四条", "第十三条第一款(d)项" (see ``chinese``).

One entry per article (a range gives one per article; paragraphs 1 and 2 give one per paragraph). The
``text`` of an entry is the exact words of its item: a list "articles 7(4) and 8(5)" gives "articles 7(4)"
and "8(5)"; a range, a paragraph list inside one article and a paragraph-first citation keep their whole
wording. What names the Convention after the citation ("of the Convention") is not part of ``text``.

Not counted: articles of other instruments ("article 19 of the Universal Declaration of Human Rights",
"article 2 of the rules of procedure", "статьей 8 указанного Федерального закона", "المادة 3 من
القانون"), rules ("rule 2, paragraph 2"), and numbers the Convention does not have (over 71).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import chinese
from .instruments import owner_after
from .numerals import latin_subparagraph
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

FIRST_ARTICLE, LAST_ARTICLE = 1, 71
_MAX_PARAGRAPH_RANGE = 50  # "paragraphs 9 to 29" expands; anything wider is not a real citation

_NUMBER = re.compile(r"(\d{1,3})(?!\d|[./]\d)" + NOT_LETTER_AFTER)
_PARAGRAPH_NUMBER = re.compile(r"(\d{1,2})(?!\d|[./]\d)" + NOT_LETTER_AFTER)
_LETTER = fold("(?:[a-z]|هـ|[ابجدهوزحطيكلمنسعفصقر])")
_COMPACT = re.compile(r"\s?\((\d{1,2})\)(?:\s?\((" + _LETTER + r")\))?")
_TIGHT_HYPHEN = re.compile(r"-(\d{1,2})(?!\d|[./]\d)" + NOT_LETTER_AFTER)
_SUB_PARENTHESISED = re.compile(r"\s?\(\s?(" + _LETTER + r")\s?\)")
_SUB_LOOSE = re.compile(r"\s?\(?\s?(" + _LETTER + r")\s?\)")  # French, Spanish, Russian: "d)"


@dataclass(frozen=True)
class Grammar:
    """The words of one language for citing articles (all patterns folded; see ``text.fold``)."""

    article: re.Pattern  # the keyword before article numbers, with the space after it
    paragraph: re.Pattern  # the keyword before paragraph numbers
    subparagraph: re.Pattern  # the keyword before sub-paragraph letters
    of: re.Pattern  # links a paragraph to its article: "of", "de l'", "من", or nothing (Russian)
    list_separator: re.Pattern
    range_separator: re.Pattern
    range_opening: re.Pattern | None  # before the first number of a range: "من" (Arabic), "del" (Spanish)
    inline_subparagraph: re.Pattern  # a letter right after a paragraph number: "1 (d)", "1 d)"
    paragraph_clause: re.Pattern  # ", paragraph" after an article number
    subparagraph_clause: re.Pattern  # ", subparagraph" after a paragraph number


def _grammar(
    article,
    paragraph,
    subparagraph,
    of,
    list_separator,
    range_separator,
    opening,
    loose,
    clause_lead=r"\s*,?\s*",
) -> Grammar:
    return Grammar(
        article=rx(article + NOT_LETTER_AFTER + r"\s*"),
        paragraph=rx(paragraph + NOT_LETTER_AFTER + r"\s*"),
        subparagraph=rx(subparagraph + NOT_LETTER_AFTER + r"\s*"),
        paragraph_clause=rx(clause_lead + paragraph + NOT_LETTER_AFTER + r"\s*"),
        subparagraph_clause=rx(clause_lead + subparagraph + NOT_LETTER_AFTER + r"\s*"),
        of=rx(of),
        list_separator=rx(list_separator),
        range_separator=rx(range_separator),
        range_opening=rx(opening) if opening else None,
        inline_subparagraph=_SUB_LOOSE if loose else _SUB_PARENTHESISED,
    )


GRAMMARS = {
    "en": _grammar(
        r"(?:[Aa]rticles?|ARTICLES?|[Aa]rts?\.)",
        r"(?:paragraphs?|paras?\.|para(?=\s\d))",
        r"(?:sub-?paragraphs?|subparas?\.)",
        r"\s+of\s+(?:the\s+)?",
        r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+",
        r"\s*-\s*|\s+(?:to|through)\s+",
        None,
        loose=False,
    ),
    "fr": _grammar(
        r"(?:[Aa]rticles?|ARTICLES?|[Aa]rts?\.)",
        r"(?:paragraphes?|par\.)",
        r"(?:alinéas?)",
        r"\s+(?:de\s+l'|du\s+|de\s+la\s+|des\s+)",
        r"\s*,\s*(?:et\s+|ou\s+)?|\s+(?:et|ou)\s+",
        r"\s*-\s*|\s+(?:à|au)\s+",
        None,
        loose=True,
    ),
    "es": _grammar(
        r"(?:[Aa]rtículos?|ARTÍCULOS?|[Aa]rts?\.)",
        r"(?:párrafos?|párrs?\.)",
        r"(?:apartados?|incisos?)",
        r"\s+(?:del|de\s+los|de\s+la|de)\s+",
        r"\s*,\s*(?:y\s+|e\s+|o\s+|u\s+)?|\s+(?:y|e|o|u)\s+",
        r"\s*-\s*|\s+(?:a|al|hasta)\s+",
        r"del\s+",
        loose=True,
    ),
    "ru": _grammar(
        r"(?:[Сс]тать(?:я|и|е|ю|ей|ям|ями|ях)|[Сс]татей|ст\.)",
        r"(?:пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?|п\.)",
        r"(?:подпункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?|подп\.)",
        r"\s+",
        r"\s*,\s*(?:и\s+|или\s+)?|\s+(?:и|или)\s+",
        r"\s*-\s*|\s+по\s+",
        None,
        loose=True,
    ),
    "ar": _grammar(
        r"[وف]?(?P<kw>(?:[بك]?ال|لل)(?:مادة|مادتين|مادتان|مادتي|مواد))",
        r"[وف]?(?P<kw>(?:[بك]?ال|لل)?(?:فقرة|فقرتين|فقرتان|فقرات))(?!\s+(?:ال)?فرعي)",
        r"[وف]?(?P<kw>(?:[بك]?ال|لل)?(?:فقرة|فقرتين|فقرتان|فقرات)\s+(?:ال)?فرعي(?:ة|تين|تان)?)",
        r"\s*[،,]?\s*من\s+",
        r"\s*[،,]?\s*و\s*|\s*[،,]\s*|\s+أو\s+",
        r"\s*-\s*|\s+(?:إلى|الى|حتى)\s+",
        r"من\s+",
        loose=False,
        # After an article only ", الفقرة 13" (with a comma) is its paragraph: "… من المادة 7 والفقرة 5 من
        # المادة 8" starts a new citation.
        clause_lead=r"\s*[،,]\s*(?=ال|فقر)",
    ),
}

Pairs = list[tuple[str | None, str | None]]  # (paragraph, subparagraph) of one article


@dataclass
class _Item:
    start: int
    end: int
    articles: list[int]
    pairs: Pairs


class _Parser:
    """Reads the article citations of one text in one language (not Chinese)."""

    def __init__(self, grammar: Grammar, original: str, folded: str, tail_languages: tuple[str, ...]):
        self.g, self.original, self.folded = grammar, original, folded
        self.tail_languages = tail_languages  # whose words for "of the Convention" and the like to heed

    def mentions(self) -> list[Mention]:
        found = [m for m in map(self._paragraph_first, self._paragraph_leads()) if m]
        found += [m for m in map(self._article_first, at_word_start(self.g.article, self.folded)) if m]
        return found

    def _paragraph_leads(self):
        leads = [
            *at_word_start(self.g.subparagraph, self.folded),
            *at_word_start(self.g.paragraph, self.folded),
        ]
        return sorted(leads, key=lambda m: m.start())

    # -- article first -------------------------------------------------------------------------
    def _article_first(self, keyword: re.Match) -> Mention | None:
        position = keyword.end()
        if self.g.range_opening and (opening := self.g.range_opening.match(self.folded, position)):
            position = opening.end()
        items = self._article_items(position)
        if not items:
            return None
        start = items[0].start = start_of(keyword)
        end = items[-1].end
        if owner_after(self.folded, end, self.tail_languages) == "other":
            return None
        # Numbers the Convention does not have (over 71, or a range that runs past its end) are dropped;
        # the rest of a list stays.
        items = [item for item in items if all(FIRST_ARTICLE <= a <= LAST_ARTICLE for a in item.articles)]
        if not items:
            return None
        if not any(item.pairs for item in items):
            # Bare numbers ("articles 5, 6 and 9", "المادتين 7 و8") are one citation of several articles,
            # like a range; items with their own paragraphs are each a citation of their own.
            items = [_Item(start, end, [a for item in items for a in item.articles], [])]
        entries = [e for item in items for e in self._entries(item, self.original[item.start : item.end])]
        return Mention(start, end, tuple(entries))

    def _article_items(self, position: int) -> list[_Item]:
        items: list[_Item] = []
        while item := self._article_item(position):
            items.append(item)
            separator = self.g.list_separator.match(self.folded, item.end)
            if not (separator and _NUMBER.match(self.folded, separator.end())):
                break
            position = separator.end()
        return items

    def _article_item(self, position: int) -> _Item | None:
        number = _NUMBER.match(self.folded, position)
        if not number:
            return None
        article, end, pairs = int(number.group(1)), number.end(), []
        if (hyphen := _TIGHT_HYPHEN.match(self.folded, end)) and int(hyphen.group(1)) < article:
            # "7-4" (a lower second number) is article 7, paragraph 4, in the French manner.
            return _Item(position, hyphen.end(), [article], [(hyphen.group(1), None)])
        to = self.g.range_separator.match(self.folded, end)
        last = to and _NUMBER.match(self.folded, to.end())
        if last and int(last.group(1)) > article:
            return _Item(position, last.end(), list(range(article, int(last.group(1)) + 1)), [])
        if compact := _COMPACT.match(self.folded, end):
            pairs = [(compact.group(1), self._letter(compact.group(2)))]
            end = compact.end()
        elif (lead := self._clause(self.g.paragraph_clause, end)) and (paragraphs := self._paragraphs(lead)):
            end, pairs = paragraphs
        if (
            len(pairs) == 1
            and pairs[0][1] is None
            and (lead := self._clause(self.g.subparagraph_clause, end))
            and (letters := self._letters(lead, _SUB_LOOSE))
        ):
            end, subs = letters
            pairs = [(pairs[0][0], sub) for sub in subs]
        return _Item(position, end, [article], pairs)

    def _clause(self, clause: re.Pattern, position: int) -> int | None:
        """Where the numbers of a ", paragraph …" clause start, if one follows."""
        found = clause.match(self.folded, position)
        return found.end() if found else None

    # -- paragraph first -------------------------------------------------------------------------
    def _paragraph_first(self, lead: re.Match) -> Mention | None:
        position, subs = lead.end(), [None]
        if lead.re is self.g.subparagraph:
            letters = self._letters(position, _SUB_LOOSE)
            if not letters:
                return None
            position, subs = letters
            of = self.g.of.match(self.folded, position)
            if not of:
                return None
            position = of.end()
            if paragraph := self.g.paragraph.match(self.folded, position):
                position = paragraph.end()
            elif not self.g.article.match(self.folded, position):
                return None
        pairs: Pairs = [(None, sub) for sub in subs]
        if not self.g.article.match(self.folded, position):
            paragraphs = self._paragraphs(position)
            if not paragraphs:
                return None
            position, numbered = paragraphs
            pairs = [(p, s if s is not None else sub) for p, s in numbered for sub in subs]
            of = self.g.of.match(self.folded, position)
            if not of:
                return None
            position = of.end()
        keyword = self.g.article.match(self.folded, position)
        item = keyword and self._article_item(keyword.end())
        if not item or len(item.articles) != 1:
            return None
        if item.pairs:  # "subparagraph (d) of article 13, paragraph 1"
            pairs = [(p, s) for p, _ in item.pairs for _, s in pairs]
        if owner_after(self.folded, item.end, self.tail_languages) == "other":
            return None
        start = start_of(lead)
        entries = self._entries(_Item(start, item.end, item.articles, pairs), self.original[start : item.end])
        return Mention(start, item.end, tuple(entries)) if entries else None

    # -- numbers -----------------------------------------------------------------------------------
    def _paragraphs(self, position: int) -> tuple[int, Pairs] | None:
        """ "1", "1 (d)", "1 and 2", "9 to 12": the paragraph numbers (and letters) from ``position``."""
        pairs: Pairs = []
        while number := _PARAGRAPH_NUMBER.match(self.folded, position):
            first, end, subs = int(number.group(1)), number.end(), [None]
            to = self.g.range_separator.match(self.folded, end)
            last = to and _PARAGRAPH_NUMBER.match(self.folded, to.end())
            if last and first < int(last.group(1)) <= first + _MAX_PARAGRAPH_RANGE:
                numbers, end = list(range(first, int(last.group(1)) + 1)), last.end()
            else:
                numbers = [first]
                if letters := self._letters(end, self.g.inline_subparagraph):
                    end, subs = letters
            pairs += [(str(n), sub) for n in numbers for sub in subs]
            position = end
            separator = self.g.list_separator.match(self.folded, end)
            following = separator and _PARAGRAPH_NUMBER.match(self.folded, separator.end())
            # "article 7, paragraph 4, and 8, paragraph 5": the 8 is the next article, not a paragraph.
            if (
                not following
                or self._clause(self.g.paragraph_clause, following.end())
                or _COMPACT.match(self.folded, following.end())
            ):
                break
            position = separator.end()
        return (position, pairs) if pairs else None

    def _letters(self, position: int, letter: re.Pattern) -> tuple[int, list[str]] | None:
        """ "(a)", "(a) and (b)", "d)": sub-paragraph letters from ``position``."""
        found = letter.match(self.folded, position)
        if not found:
            return None
        letters, end = [self._letter(found.group(1))], found.end()
        while (separator := self.g.list_separator.match(self.folded, end)) and (
            following := letter.match(self.folded, separator.end())
        ):
            letters.append(self._letter(following.group(1)))
            end = following.end()
        return end, letters

    @staticmethod
    def _letter(letter: str | None) -> str | None:
        return latin_subparagraph(letter) if letter else None

    @staticmethod
    def _entries(item: _Item, text: str) -> list[dict]:
        if any(not FIRST_ARTICLE <= article <= LAST_ARTICLE for article in item.articles):
            return []  # not an article of this Convention (or a range that runs past its end)
        pairs = item.pairs or [(None, None)]
        return [
            {"article": article, "paragraph": paragraph, "subparagraph": sub, "text": text}
            for article in item.articles
            for paragraph, sub in pairs
        ]


def find_articles(text: str, language: str | None = None) -> list[dict]:
    """The articles of the Convention that ``text`` cites, in order: one entry per article (and per
    paragraph), ``{"article": 46, "paragraph": "13", "subparagraph": None, "text": "article 46, paragraph
    13"}``. ``language`` is one of the six codes, or None to try the patterns of all six."""
    folded = fold(text)
    languages = languages_for(language)
    tail_languages = tuple(code for code in languages if code != "zh")
    mentions: list[Mention] = []
    for code in languages:
        if code == "zh":
            mentions += chinese.article_mentions(text, folded)
        else:
            mentions += _Parser(GRAMMARS[code], text, folded, tail_languages).mentions()
    return entries_of(leftmost_longest(mentions))
