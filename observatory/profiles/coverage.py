"""Coverage: for each State and each article of the Convention, how recently the State reported on it.

A State has reported on an article when the reader may see either a published answer of the State to a
call's question on that article (dated by its version's submission), or a document of the State in the
library (a submission, a law, a policy, a case, a good practice) with a paragraph citing the article
(dated by the document's year, or by the day of its import when it has none). The most recent wins; within
one year, a known day wins over a bare year. What the reader
may not see does not count: the matrix a member of the public reads is made of public information only.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import ngettext

from observatory.collection.selectors import published_submissions
from observatory.convention.models import Article
from observatory.core.languages import localized
from observatory.countries.models import State
from observatory.library.models import STATE_DOCUMENT_KINDS, ArticleReference
from observatory.library.selectors import readable_visibilities


@dataclass(frozen=True)
class Reported:
    """When a State last reported on an article, and how precisely that is known."""

    on: datetime.date
    exact: bool  # the day of a submission, rather than only a document's year

    @property
    def year(self) -> int:
        return self.on.year


def _recency(reported: Reported) -> tuple:
    return (reported.year, reported.exact, reported.on)


@dataclass
class Coverage:
    """Cells keyed by (ISO3, article number); the articles and States that have any, ascending."""

    cells: dict[tuple[str, int], Reported] = field(default_factory=dict)

    def add(self, iso3: str, article: int, reported: Reported) -> None:
        """Keep the most recent report of a State on an article: the later year, and within one year a
        known day (a submission) over a document's bare year."""
        known = self.cells.get((iso3, article))
        if known is None or _recency(reported) > _recency(known):
            self.cells[(iso3, article)] = reported

    @property
    def articles(self) -> list[int]:
        return sorted({article for _, article in self.cells})

    @property
    def states(self) -> list[str]:
        return sorted({iso3 for iso3, _ in self.cells})

    def of_state(self, iso3: str) -> dict[int, Reported]:
        """Article number → the State's last report on it."""
        return {article: reported for (state, article), reported in self.cells.items() if state == iso3}

    def of_article(self, article: int) -> dict[str, Reported]:
        """ISO3 → the State's last report on the article."""
        return {state: reported for (state, number), reported in self.cells.items() if number == article}


def coverage(user, *, state=None, article: int | None = None, submissions=None) -> Coverage:
    """The coverage the reader may know, for every State and article (or one State, or one article).
    ``submissions``: the reader's published submissions for the same State or article, when the caller
    has read them already (a page that lists them too)."""
    found = Coverage()
    if submissions is None:
        submissions = published_submissions(user, state=state, article=article)
    for view in submissions:
        day = view.version.submitted_at.date()
        for answer in view.answers:
            if answer["article"] is not None and any(
                answer[name].strip() for name in ("measures", "examples", "challenges")
            ):
                found.add(view.submission.state.iso3, answer["article"], Reported(day, True))
    references = ArticleReference.objects.filter(
        paragraph__revision__version__current=F("paragraph__revision"),
        paragraph__revision__version__document__visibility__in=readable_visibilities(user),
        paragraph__revision__version__document__kind__in=STATE_DOCUMENT_KINDS,
        paragraph__revision__version__document__state__isnull=False,
    )
    if state is not None:
        references = references.filter(paragraph__revision__version__document__state=state)
    if article is not None:
        references = references.filter(article__number=article)
    rows = references.values_list(
        "paragraph__revision__version__document__state__iso3",
        "article__number",
        "paragraph__revision__version__document__year",
    ).annotate(imported=Max("paragraph__revision__imported_at"))
    for iso3, number, year, imported in rows:
        if year:
            found.add(iso3, number, Reported(datetime.date(year, 1, 1), False))
        else:
            found.add(iso3, number, Reported(imported.date(), True))
    return found


@dataclass
class CoverageTable:
    """The coverage as a table: a row per State that reported (name order), a column per article."""

    articles: list[int]
    rows: list[tuple[State, list[Reported | None]]]
    this_year: int

    def age(self, reported: Reported | None) -> str:
        """The cell's shade: see :func:`age_shade`."""
        return age_shade(reported, self.this_year)


def age_shade(reported: Reported | None, this_year: int | None = None) -> str:
    """How old a report is, for its shade: "recent" (this year or the last two), "older" (up to five
    years), "old", or "none"."""
    if reported is None:
        return "none"
    years = (this_year or timezone.localdate().year) - reported.year
    return "recent" if years <= 2 else "older" if years <= 5 else "old"


def coverage_table(user, *, chapter: int | None = None, group: str = "", today: datetime.date | None = None):
    """The coverage the reader may know as a table, narrowed to a chapter's articles and a regional
    group's States."""
    found = coverage(user)
    articles = Article.objects.order_by("number")
    if chapter is not None:
        articles = articles.filter(chapter__number=chapter)
    numbers = [
        number for number in articles.values_list("number", flat=True) if number in set(found.articles)
    ]
    states = State.objects.filter(iso3__in=found.states)
    if group:
        states = states.filter(regional_group=group)
    rows = [
        (state, [found.cells.get((state.iso3, number)) for number in numbers])
        for state in sorted(states, key=lambda state: str(localized(state, "name")))
    ]
    rows = [(state, cells) for state, cells in rows if any(cells)]
    return CoverageTable(numbers, rows, (today or timezone.localdate()).year)


def count_shade(count: int) -> str:
    """The map's shade for a State that reported on ``count`` articles: "few", "some" or "many"."""
    return "many" if count >= 10 else "some" if count >= 3 else "few"


def map_figures(table: CoverageTable) -> dict[int, tuple[str, str]]:
    """M49 code → (shade, title) of each State of the table: how many of its articles it reported on."""
    figures = {}
    for state, cells in table.rows:
        count = sum(1 for cell in cells if cell)
        title = ngettext("%(state)s: %(count)s article", "%(state)s: %(count)s articles", count) % {
            "state": localized(state, "name"),
            "count": count,
        }
        figures[state.m49] = (count_shade(count), title)
    return figures
