"""Language-dependent pieces of a note verbale: dates, lists and citations of the Convention.

Each function writes the phrase as the UN writes it in that language. Citations of articles are written
in the grammatical form the default templates need (see docs/note-verbale.md): English after "the
implementation of", French and Spanish with their contracted preposition ("de l'article 9", "del
artículo 9"), Russian in the genitive ("статьи 9"), Arabic after "تنفيذ", Chinese with 《公约》 in front.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from observatory.core.languages import CONTENT_LANGUAGES
from observatory.core.wording import format_date, join_names

__all__ = ["LANGUAGES", "Article", "format_articles", "format_date", "join_list"]

#: The six languages of a note verbale, in UN order.
LANGUAGES = CONTENT_LANGUAGES


@dataclass(frozen=True)
class Article:
    """A provision of the Convention: an article (1–71), optionally a paragraph ("4", "1 (d)")."""

    number: int
    paragraph: str | None = None


def join_list(items: Sequence[str], language: str) -> str:
    """Items as one phrase: "A, B and C", "A, B et C", "A、B和C" (``core.wording.join_names``), except
    Arabic, where a note's articles and topics take "و" without commas: "5 و7 و9"."""
    items = [item for item in items if item]
    if language == "ar" and len(items) > 1:
        # The Arabic conjunction is written joined to the word it introduces.
        return " و".join(items)
    return join_names(items, language)


def chinese_number(number: int) -> str:
    """1–99 in Chinese numerals (第七十一条), as UN Chinese texts number treaty articles."""
    digits = "〇一二三四五六七八九"
    if not 0 < number < 100:
        return str(number)
    tens, units = divmod(number, 10)
    if tens == 0:
        return digits[units]
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")


def format_articles(articles: Sequence[Article], language: str) -> str:
    """The provisions cited, "of the Convention" included, e.g. "article 7, paragraph 4, and article 8,
    paragraph 5, of the Convention" or "des articles 5, 7 et 9 de la Convention"."""
    if not articles:
        return ""
    return _FORMATTERS[language](list(articles))


def _plain(articles: list[Article]) -> bool:
    """Several whole articles: written as one plural ("articles 5, 7 and 9")."""
    return len(articles) > 1 and all(not a.paragraph for a in articles)


def _numbers(articles: list[Article], language: str) -> str:
    return join_list([str(a.number) for a in articles], language)


def _en(articles: list[Article]) -> str:
    if _plain(articles):
        return f"articles {_numbers(articles, 'en')} of the Convention"
    items = [
        f"article {a.number}, paragraph {a.paragraph}," if a.paragraph else f"article {a.number}"
        for a in articles
    ]
    # A cited paragraph is set off by commas on both sides: "article 7, paragraph 4, and article 8".
    text = items[0]
    for index, item in enumerate(items[1:], start=1):
        last = index == len(items) - 1
        text += (" and " if last else " ") if items[index - 1].endswith(",") else (" and " if last else ", ")
        text += item
    return text + " of the Convention"


def _fr(articles: list[Article]) -> str:
    if _plain(articles):
        return f"des articles {_numbers(articles, 'fr')} de la Convention"
    items = [
        f"du paragraphe {a.paragraph} de l’article {a.number}" if a.paragraph else f"de l’article {a.number}"
        for a in articles
    ]
    return join_list(items, "fr") + " de la Convention"


def _es(articles: list[Article]) -> str:
    if _plain(articles):
        return f"de los artículos {_numbers(articles, 'es')} de la Convención"
    items = [
        f"del párrafo {a.paragraph} del artículo {a.number}" if a.paragraph else f"del artículo {a.number}"
        for a in articles
    ]
    return join_list(items, "es") + " de la Convención"


def _ru(articles: list[Article]) -> str:
    if _plain(articles):
        return f"статей {_numbers(articles, 'ru')} Конвенции"
    items = [
        f"пункта {a.paragraph} статьи {a.number}" if a.paragraph else f"статьи {a.number}" for a in articles
    ]
    return join_list(items, "ru") + " Конвенции"


def _ar(articles: list[Article]) -> str:
    if _plain(articles):
        # Two articles take the dual (genitive after "تنفيذ"), three or more the plural.
        noun = "المادتين" if len(articles) == 2 else "المواد"
        return f"{noun} {_numbers(articles, 'ar')} من الاتفاقية"
    items = [
        f"الفقرة {a.paragraph} من المادة {a.number}" if a.paragraph else f"المادة {a.number}"
        for a in articles
    ]
    return join_list(items, "ar") + " من الاتفاقية"


def _zh(articles: list[Article]) -> str:
    def item(a: Article) -> str:
        text = f"第{chinese_number(a.number)}条"
        if a.paragraph:
            paragraph = chinese_number(int(a.paragraph)) if a.paragraph.isdigit() else a.paragraph
            text += f"第{paragraph}款"
        return text

    return "《公约》" + join_list([item(a) for a in articles], "zh")


_FORMATTERS = {"en": _en, "fr": _fr, "es": _es, "ru": _ru, "ar": _ar, "zh": _zh}
