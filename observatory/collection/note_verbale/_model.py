"""The note verbale as plain data, and the fixed wording around the body (letterhead, labels)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from observatory.core.errors import InvalidInput

from ._text import LANGUAGES, Article

#: Addressees of a call to all States parties, in the form each default template needs after its verb
#: ("presents its compliments to …"): with the article in English, French ("aux") and Spanish, in the
#: dative in Russian.
DEFAULT_ADDRESSEES = {
    "ar": "البعثات الدائمة للدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد",
    "zh": "《联合国反腐败公约》各缔约国常驻代表团",
    "en": "the Permanent Missions of States parties to the United Nations Convention against Corruption",
    "fr": "aux Missions permanentes des États parties à la Convention des Nations Unies contre la corruption",
    "ru": (
        "постоянным представительствам государств — участников Конвенции Организации Объединенных Наций "
        "против коррупции"
    ),
    "es": (
        "las Misiones Permanentes de los Estados partes en la Convención de las Naciones Unidas contra la "
        "Corrupción"
    ),
}

ORGANIZATION = {
    "ar": "مكتب الأمم المتحدة المعني بالمخدِّرات والجريمة",
    "zh": "联合国毒品和犯罪问题办公室",
    "en": "UNITED NATIONS OFFICE ON DRUGS AND CRIME",
    "fr": "OFFICE DES NATIONS UNIES CONTRE LA DROGUE ET LE CRIME",
    "ru": "УПРАВЛЕНИЕ ОРГАНИЗАЦИИ ОБЪЕДИНЕННЫХ НАЦИЙ ПО НАРКОТИКАМ И ПРЕСТУПНОСТИ",
    "es": "OFICINA DE LAS NACIONES UNIDAS CONTRA LA DROGA Y EL DELITO",
}
CITY = {"ar": "فيينا", "zh": "维也纳", "en": "Vienna", "fr": "Vienne", "ru": "Вена", "es": "Viena"}
REFERENCE_LABEL = {
    "ar": "المرجع:",
    "zh": "编号：",
    "en": "Reference:",
    "fr": "Référence\u00a0:",
    "ru": "Ссылка:",
    "es": "Referencia:",
}
#: BCP 47 tags for the lang attribute and Word's proofing language.
LANGUAGE_TAGS = {"ar": "ar-SA", "zh": "zh-CN", "en": "en-GB", "fr": "fr-FR", "ru": "ru-RU", "es": "es-ES"}
HTML_LANG = {"ar": "ar", "zh": "zh-Hans", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}


def question_number(number: int, language: str) -> str:
    """The printed number of a question: "3." — Arabic UN documents number paragraphs "3-"."""
    return f"{number}-" if language == "ar" else f"{number}."


# Characters XML 1.0 cannot hold (python-docx would raise on them) and that no note needs.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile("[ \t\r\n]+")


def clean(text: str) -> str:
    """A field value as one line of text: control characters dropped, runs of whitespace as one space."""
    # Only ASCII whitespace collapses: a no-break space (French "« », :") is meant.
    return _SPACES.sub(" ", _CONTROL.sub("", str(text or ""))).strip()


@dataclass
class NoteVerbale:
    """A note verbale of a call for information, in one language. Plain data: the services build it from
    a call; the renderer writes it out. Texts are in the note's language and are never read as markup."""

    language: str
    reference: str
    date: dt.date
    title: str
    deadline: dt.date
    #: As it reads after "presents its compliments to" (see DEFAULT_ADDRESSEES); blank → all States parties.
    addressees: str = ""
    articles: Sequence[Article | int] = ()
    topics: Sequence[str] = ()
    questions: Sequence[str] = ()
    portal_url: str = ""
    email: str = ""
    #: Who in the Secretariat answers questions: name, unit, e-mail, telephone, as one line.
    contact: str = ""
    #: For a reminder: the reference and date of the note verbale it follows up.
    original_reference: str = ""
    original_date: dt.date | None = None
    #: The body template the Secretariat edited for this call and language; blank: the language's default.
    template: str = ""
    _articles: tuple[Article, ...] = field(init=False, repr=False, default=())

    def __post_init__(self) -> None:
        code = (self.language or "").lower()
        self.language = "zh" if code in {"zh-hans", "zh-cn"} else code
        if self.language not in LANGUAGES:
            raise _field_error(
                "language", f"unknown language {self.language!r}; use one of {', '.join(LANGUAGES)}"
            )
        for name in ("date", "deadline"):
            if not isinstance(getattr(self, name), dt.date):
                raise _field_error(name, f"{name} must be a date, not {getattr(self, name)!r}")
        if self.original_date is not None and not isinstance(self.original_date, dt.date):
            raise _field_error("original_date", f"original_date must be a date, not {self.original_date!r}")
        articles = []
        for item in self.articles:
            article = Article(item) if isinstance(item, int) else item
            if not isinstance(article, Article) or not 1 <= article.number <= 71:
                raise _field_error("articles", f"{item!r} is not an article of the Convention (1 to 71)")
            articles.append(article)
        self._articles = tuple(articles)

    @property
    def cited_articles(self) -> tuple[Article, ...]:
        """The articles cited, each as an Article."""
        return self._articles


def _field_error(name: str, message: str) -> InvalidInput:
    return InvalidInput(message=f"note verbale: {message}", details=[{"field": name, "message": message}])
