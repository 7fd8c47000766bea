"""Shapes of the API's answers."""

from ninja import Schema


class Titles(Schema):
    ar: str
    zh: str
    en: str
    fr: str
    ru: str
    es: str


class ChapterOut(Schema):
    number: int
    roman: str
    titles: Titles


class ArticleOut(Schema):
    number: int
    chapter: str
    titles: Titles
    topics: list[str]


class TopicOut(Schema):
    slug: str
    parent: str | None
    labels: Titles
    articles: list[int]


class StateOut(Schema):
    iso3: str
    iso2: str
    m49: int
    un_member: bool
    regional_group: str
    names: Titles
    convention_status: str
    signature_date: str | None
    party_date: str | None
    party_instrument: str


class ErrorBody(Schema):
    code: str
    message: str
    details: list[dict] | None = None


class ErrorOut(Schema):
    error: ErrorBody
