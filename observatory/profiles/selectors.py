"""What an article page and a country page show, each part read through its own app's selector (which
enforces visibility), so a page never shows a reader more than each part would on its own."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from observatory.assistance.selectors import NeedFilters, open_needs
from observatory.collection.selectors import SubmissionView, published_submissions
from observatory.convention.models import Article
from observatory.core.languages import localized
from observatory.countries.models import RegionalGroup, State
from observatory.library.models import DocumentKind
from observatory.library.selectors import DocumentFilters, document_list
from observatory.mandates.selectors import MandateFilters, filter_mandates

from .coverage import Reported, age_shade, coverage

#: How many items each list of a page shows (each says how many there are in all).
LISTED = 10


@dataclass
class Listed:
    """The first items of a list and how many there are in all."""

    items: list
    total: int

    @property
    def more(self) -> int:
        """How many items are not listed."""
        return max(self.total - len(self.items), 0)


def _listed(queryset, count: int = LISTED) -> Listed:
    return Listed(list(queryset[:count]), queryset.count())


@dataclass
class ArticleProfile:
    article: Article
    reported: list[SubmissionView]
    states: int  # States that reported on the article (answers or documents)
    groups: list[tuple[str, int]]  # (regional group's name, States), in the UN order
    reported_by: list[tuple[State, Reported]]  # every State that reported, the most recent first
    good_practices: Listed
    mandates: Listed
    needs: Listed
    documents: Listed

    @property
    def recent(self) -> list[tuple[State, Reported]]:
        """The States that reported most recently."""
        return self.reported_by[:LISTED]


def article_profile(user, article: Article) -> ArticleProfile:
    """Everything the article page shows, as the reader may see it."""
    number = article.number
    reported = published_submissions(user, article=number)
    known = coverage(user, article=number, submissions=reported).of_article(number)
    states = {state.iso3: state for state in State.objects.filter(iso3__in=known)}
    groups = Counter(states[iso3].regional_group for iso3 in known)
    newest = sorted(known.items(), key=lambda item: (item[1].on, item[0]), reverse=True)
    return ArticleProfile(
        article=article,
        reported=reported,
        states=len(known),
        groups=[(str(label), groups[value]) for value, label in RegionalGroup.choices if groups[value]],
        reported_by=[(states[iso3], reported) for iso3, reported in newest],
        good_practices=_listed(
            document_list(user, DocumentFilters(kind=DocumentKind.GOOD_PRACTICE, article=number))
        ),
        mandates=_listed(filter_mandates(user, MandateFilters(article=number), newest_first=True)),
        needs=_listed(open_needs(user, NeedFilters(article=number)).select_related("state")),
        documents=_listed(document_list(user, DocumentFilters(article=number))),
    )


def article_map_figures(profile: ArticleProfile) -> dict[int, tuple[str, str]]:
    """M49 code → (shade, title) of each State that reported on the article: how recently."""
    return {
        state.m49: (age_shade(reported), f"{localized(state, 'name')}: {reported.year}")
        for state, reported in profile.reported_by
    }


@dataclass
class CountryProfile:
    state: State
    calls: list[SubmissionView]  # its published answers, one per call
    documents: Listed
    coverage: list[tuple[Article, Reported | None]] = field(default_factory=list)  # every article

    @property
    def articles_reported(self) -> int:
        """How many articles the State reported on."""
        return sum(1 for _, reported in self.coverage if reported)


def country_profile(user, state: State) -> CountryProfile:
    """Everything the country page shows beyond its reference data, as the reader may see it."""
    calls = published_submissions(user, state=state)
    known = coverage(user, state=state, submissions=calls).of_state(state.iso3)
    return CountryProfile(
        state=state,
        calls=calls,
        documents=_listed(document_list(user, DocumentFilters(state=state.iso3))),
        coverage=[(article, known.get(article.number)) for article in Article.objects.order_by("number")],
    )
