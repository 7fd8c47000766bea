"""Whose article or chapter is it? What follows a citation ("of the Convention", "of the rules of
procedure", "Федерального закона") — or in Chinese what precedes it ("《公约》", "《世界人权宣言》") — tells
the Convention's provisions from those of other instruments and from a report's own chapters.

A citation with no instrument named is taken to be the Convention's: in the documents of this field that
is what an unqualified "article 9" means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .text import fold, rx


@dataclass(frozen=True)
class Tails:
    """What may follow a citation in one language (patterns are matched where the citation ends)."""

    convention: re.Pattern  # names the Convention: the citation is the Convention's
    other: re.Pattern  # names something else: the citation is not the Convention's
    self_reference: re.Pattern  # "above", "below", ", section B": a document's own chapter


TAILS = {
    "en": Tails(
        convention=rx(
            r"\s*,?\s+of\s+(?:(?:the|this|that|said)\s+)?(?:present\s+)?"
            r"(?:(?:United\s+Nations\s+)?Convention(?:\s+against\s+Corruption)?"
            r"(?!\s+(?:against|on|for|of|relating|concerning)\b)|UNCAC\b)"
        ),
        other=rx(r"\s*,?\s+of\s+\S"),
        self_reference=rx(r"\s*(?:above|below|hereunder|herein)\b|\s*,\s*(?:section|sect\.)\s"),
    ),
    "fr": Tails(
        convention=rx(
            r"\s*,?\s+(?:de\s+la|de\s+cette|de\s+ladite)\s+(?:présente\s+)?Convention"
            r"(?:\s+des\s+Nations\s+Unies\s+contre\s+la\s+corruption)?"
            r"(?!\s+(?:des\s+Nations|contre|relative|sur|pour|concernant|de|d')\b)"
        ),
        other=rx(r"\s*,?\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l'|de\s+|d')\w"),
        self_reference=rx(r"\s*(?:ci-dessus|ci-dessous|plus\s+haut|plus\s+bas)\b|\s*,\s*section\s"),
    ),
    "es": Tails(
        convention=rx(
            r"\s*,?\s+de\s+(?:la|esta|dicha)\s+(?:presente\s+)?Convención"
            r"(?:\s+de\s+las\s+Naciones\s+Unidas\s+contra\s+la\s+Corrupción)?"
            r"(?!\s+(?:de\s+las|contra|sobre|para|relativa|de)\b)"
        ),
        other=rx(r"\s*,?\s+(?:de\s+la\s+|del\s+|de\s+los\s+|de\s+las\s+|de\s+)\w"),
        self_reference=rx(
            r"\s*(?:supra|infra|anterior|precedente|siguiente|más\s+adelante|más\s+arriba)\b"
            r"|\s*,\s*sección\s"
        ),
    ),
    # Russian cites in the genitive with no preposition: "статьи 9 Конвенции", "статьи 19 Всеобщей
    # декларации", "статьей 8 указанного Федерального закона".
    "ru": Tails(
        convention=rx(
            r"\s*,?\s+(?:(?:настоящей|этой|данной|указанной|самой)\s+)?Конвенци(?:и|ей|я|ю)"
            r"(?!\s+(?:о|об|по|Совета|против\s+(?!коррупции)|ООН\s+против\s+(?!коррупции)"
            r"|Организации\s+Объединенных\s+Наций\s+против\s+(?!коррупции)))"
        ),
        other=rx(
            r"\s*,?\s+(?:[Вв]сеобщ|[Дд]екларац|[Пп]равил|[Уу]став|[Сс]татут|[Пп]акт|[Кк]онвенц|[Пп]ротокол"
            r"|[Кк]одекс|[Зз]акон|[Рр]егламент|[Дд]оговор|[Сс]оглашени|[Хх]арти|[Мм]еждународн"
            r"|[Ее]вропейск|[Тт]ипов|[Мм]одельн|[Уу]головн|[Кк]онституц|[Пп]риложени|[Рр]езолюц"
            r"|[Пп]оложени|[Фф]едеральн|[Уу]каз|[Пп]остановлени|[Дд]оклад|[Дд]окумент"
            r"|указанн|данн|этого|настоящего|того\s+же)"
        ),
        self_reference=rx(r"\s*(?:выше|ниже)\b|\s*,\s*раздел\s"),
    ),
    "ar": Tails(
        convention=rx(
            r"\s*[،,]?\s*من\s+(?:هذه\s+)?(?:ال)?اتفاقية(?:\s+الأمم\s+المتحدة\s+لمكافحة\s+الفساد)?"
            r"(?!\s+(?:الأمم|بشأن|لمكافحة|المتعلقة|الخاصة|حقوق|مجلس|البلدان|الدول)\b)"
        ),
        other=rx(r"\s*[،,]?\s*من\s+(?!أجل|حيث|خلال|جانب)\S"),
        self_reference=rx(r"\s*(?:أعلاه|أدناه)|\s*[،,]\s*الفرع\s"),
    ),
}

Owner = Literal["convention", "other", "self"] | None


def owner_after(folded: str, end: int, languages: tuple[str, ...], chapters: bool = False) -> Owner:
    """Who the citation that ends at ``end`` belongs to, by what follows it in any of ``languages``:
    "convention" (named), "other" (another instrument), for chapters "self" (a document's own chapter:
    "above", ", section B"), or None (unqualified)."""
    tails = [TAILS[language] for language in languages]
    if any(t.convention.match(folded, end) for t in tails):
        return "convention"
    if chapters and any(t.self_reference.match(folded, end) for t in tails):
        return "self"
    if any(t.other.match(folded, end) for t in tails):
        return "other"
    return None


_ZH_BRACKETED = re.compile(r"《([^《》]{1,60})》\s*$")
_ZH_CONVENTION = re.compile(fold(r"(?:反腐败公约|本公约|该公约|(?<![\u4e00-\u9fff])公约)\s*$"))
_ZH_OTHER = re.compile(
    r"(?:公约|宣言|宪章|规则|规约|盟约|议定书|条例|法典|法|守则|协定|条约|决议|报告|文件|附件)\s*$"
)
_ZH_SELF = re.compile(r"(?:本报告|报告|本文件|本说明|上文|下文|前文|如下|见)\s*$")


def chinese_owner_before(folded: str, start: int, chapters: bool = False) -> Owner:
    """Who a Chinese citation starting at ``start`` belongs to, by what precedes it."""
    before = folded[max(0, start - 60) : start]
    bracketed = _ZH_BRACKETED.search(before)
    if bracketed:
        name = bracketed.group(1)
        return "convention" if name in ("公约", "本公约") or "反腐败公约" in name else "other"
    if _ZH_CONVENTION.search(before):
        return "convention"
    if chapters and _ZH_SELF.search(before):
        return "self"
    if _ZH_OTHER.search(before):
        return "other"
    return None
