"""Chinese citations of articles and chapters: "第九条", "第9条", "第五至第十四条", "第五条至第十四条",
"第五、第六和第九条", "第九条第一款", "第八条第二款和第三款", "第十三条第一款(d)项", "第二章".

Chinese names the instrument before the citation ("《公约》第九条", "《世界人权宣言》第十九条"), so whose
article it is comes from what precedes it (``instruments.chinese_owner_before``).
"""

from __future__ import annotations

import re

from .instruments import chinese_owner_before
from .numerals import CHINESE_NUMBER, chinese_to_int, int_to_roman
from .text import Mention

_N = CHINESE_NUMBER
_LIST = r"\s*(?:、|和|及|与|或|,)\s*"
_LIST_JOIN = re.compile(_LIST)


def _numbered(unit: str) -> re.Pattern:
    """One citation of things counted with ``unit`` (条 article, 款 paragraph, 章 chapter)."""
    return re.compile(
        rf"第\s*(?P<first>{_N})(?:\s*{unit})?\s*(?:至|到|-)\s*(?:第\s*)?(?P<last>{_N})\s*{unit}"
        rf"|第\s*(?P<list>{_N}(?:{_LIST}(?:第\s*)?{_N})+)\s*{unit}"
        rf"|第\s*(?P<single>{_N})\s*{unit}"
    )


_ARTICLES, _PARAGRAPHS, _CHAPTERS = _numbered("条"), _numbered("款"), _numbered("章")
_SUBPARAGRAPH = re.compile(r"\s*第?\s*\(\s*([a-z])\s*\)\s*(?:项|目)?")
_MAX_SPAN = 71


def _numbers(match: re.Match) -> list[int] | None:
    """The numbers a citation names, a range expanded; None when one is not a number."""
    if match.group("single") is not None:
        number = chinese_to_int(match.group("single"))
        return None if number is None else [number]
    if match.group("list") is not None:
        numbers = [chinese_to_int(part) for part in re.split(_LIST + r"(?:第\s*)?", match.group("list"))]
        return None if None in numbers else numbers
    first, last = chinese_to_int(match.group("first")), chinese_to_int(match.group("last"))
    if first is None or last is None or not first < last <= first + _MAX_SPAN:
        return None
    return list(range(first, last + 1))


def _subparagraphs(folded: str, position: int) -> tuple[int, list[str | None]]:
    """ "(d)项", "(a)项和(b)项" from ``position``; ``[None]`` when no letter follows."""
    found = _SUBPARAGRAPH.match(folded, position)
    if not found:
        return position, [None]
    letters, end = [found.group(1)], found.end()
    while (join := _LIST_JOIN.match(folded, end)) and (following := _SUBPARAGRAPH.match(folded, join.end())):
        letters.append(following.group(1))
        end = following.end()
    return end, letters


def article_mentions(original: str, folded: str) -> list[Mention]:
    """The Convention's articles cited in Chinese, one mention per citation."""
    mentions = []
    for match in _ARTICLES.finditer(folded):
        articles = _numbers(match)
        if not articles or chinese_owner_before(folded, match.start()) == "other":
            continue
        if not all(1 <= article <= 71 for article in articles):
            continue
        entries, start, end = [], match.start(), match.end()
        # "第八条第二款和第三款": each paragraph written with its own 第…款 is its own item.
        paragraph = _PARAGRAPHS.match(folded, end)
        while paragraph and (numbers := _numbers(paragraph)):
            end, letters = _subparagraphs(folded, paragraph.end())
            text = original[start:end]
            entries += [
                {"article": article, "paragraph": str(number), "subparagraph": letter, "text": text}
                for article in articles
                for number in numbers
                for letter in letters
            ]
            join = _LIST_JOIN.match(folded, end)
            paragraph = join and _PARAGRAPHS.match(folded, join.end())
            start = paragraph.start() if paragraph else start
        if not entries:
            text = original[match.start() : match.end()]
            entries = [
                {"article": article, "paragraph": None, "subparagraph": None, "text": text}
                for article in articles
            ]
        mentions.append(Mention(match.start(), end, tuple(entries)))
    return mentions


def chapter_mentions(original: str, folded: str) -> list[Mention]:
    """The Convention's chapters cited in Chinese ("第二章"); a report's own ("本报告第三章", "上文第三章")
    and other instruments' chapters are left out, and a chapter in Arabic digits counts only when the
    Convention is named before it ("《公约》第2章")."""
    mentions = []
    for match in _CHAPTERS.finditer(folded):
        numbers = _numbers(match)
        owner = chinese_owner_before(folded, match.start(), chapters=True)
        if not numbers or owner in ("other", "self") or not all(1 <= n <= 8 for n in numbers):
            continue
        if re.search(r"\d", match.group(0)) and owner != "convention":
            continue
        text = original[match.start() : match.end()]
        entries = tuple({"chapter": int_to_roman(n), "text": text} for n in numbers)
        mentions.append(Mention(match.start(), match.end(), entries))
    return mentions
