"""Reading background papers: the list, one paper, and its workbench (sections, approaches, sources).

Only the Secretariat drafts papers, so every selector checks ``DRAFT_PAPERS`` first. What a workbench
shows was gathered at the paper's audience (``papers.passages``); the challenges and assistance needs
are read the same way, from the published answers that audience may read.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.translation import gettext as _

from observatory.accounts.permissions import Action, require
from observatory.collection.models import AssistanceKind
from observatory.collection.selectors import published_submissions
from observatory.collection.statistics import statistics_sentence
from observatory.core.errors import NotFound
from observatory.core.languages import localized
from observatory.countries.models import RegionalGroup, State
from observatory.library.models import paragraph_anchor

from .models import Approach, Member, Paper, Section
from .passages import audience_levels, gather

REPRESENTATIVES = 3


@dataclass(frozen=True)
class PassageView:
    """A paragraph as the workbench shows it: its text, where it comes from and a link to it."""

    paragraph_id: int
    pid: str
    text: str
    language: str
    document_title: str
    state: str  # the State's name in the interface language, "" for none
    url: str


@dataclass
class ApproachView:
    """One approach as the workbench shows it: its size, States, regional groups, languages and its
    most central paragraphs."""

    approach: Approach
    size: int
    states: list[tuple[str, str]]  # (ISO3, name), by name
    groups: list[tuple[str, int]]  # (regional group's name, number of States), in the UN order
    languages: list[tuple[str, int]]
    representatives: list[PassageView]


@dataclass
class Challenge:
    """A challenge a State reported in its answer on a section's article."""

    state: str
    language: str
    text: str


@dataclass
class SectionView:
    """One section: its approaches, its sentences with their sources, the challenges and needs."""

    section: Section
    approaches: list[ApproachView]
    sentences: list[tuple[str, list[PassageView | int]]] = field(default_factory=list)
    unsourced: int = 0
    challenges: list[Challenge] = field(default_factory=list)
    needs: list[tuple[str, int, list[str]]] = field(default_factory=list)  # (kind, count, States)
    form: object = None  # the page's form for the section, set by the view


@dataclass
class Workbench:
    """Everything the workbench page shows of a paper."""

    paper: Paper
    sections: list[SectionView]
    statistics: str  # the call's submission statistics sentence, in the paper's language
    states: int
    new_paragraphs: int  # passages gathered now that no approach holds: time to find approaches again


def papers_for(user) -> list[Paper]:
    """Every paper, newest first."""
    require(user, Action.DRAFT_PAPERS)
    return list(Paper.objects.select_related("call", "created_by").order_by("-created_at"))


def paper_for(user, pk: int) -> Paper:
    """One paper, or NotFound."""
    require(user, Action.DRAFT_PAPERS)
    paper = Paper.objects.select_related("call").filter(pk=pk).first()
    if paper is None:
        raise NotFound(message=_("There is no such paper."))
    return paper


def _state_names() -> dict[str, str]:
    return {state.iso3: str(localized(state, "name")) for state in State.objects.all()}


def _passage(row: dict, names: dict[str, str]) -> PassageView:
    key, pid = row["paragraph__revision__version__document__key"], row["paragraph__pid"]
    language = row["paragraph__revision__version__language"]
    return PassageView(
        paragraph_id=row["paragraph_id"],
        pid=pid,
        text=row["paragraph__text"],
        language=row["paragraph__language"] or language,
        document_title=row["paragraph__revision__version__document__title"] or key,
        state=names.get(row["paragraph__revision__version__document__state__iso3"] or "", ""),
        url=f"{reverse('portal:document', args=[key])}?version={language}#{paragraph_anchor(pid)}",
    )


_MEMBER_FIELDS = (
    "approach_id",
    "paragraph_id",
    "paragraph__pid",
    "paragraph__text",
    "paragraph__language",
    "paragraph__revision__version__language",
    "paragraph__revision__version__document__key",
    "paragraph__revision__version__document__title",
    "paragraph__revision__version__document__state__iso3",
    "paragraph__revision__version__document__state__regional_group",
)


def workbench(user, paper: Paper) -> Workbench:
    """Everything the workbench page shows of a paper."""
    require(user, Action.DRAFT_PAPERS)
    names = _state_names()
    group_names = dict(RegionalGroup.choices)
    sections = list(paper.sections.select_related("article").prefetch_related("approaches"))
    rows_by_approach: dict[int, list[dict]] = defaultdict(list)
    cited_rows: dict[int, dict] = {}
    for row in (
        Member.objects.filter(approach__section__paper=paper)
        .order_by("approach_id", "-centrality", "pk")
        .values(*_MEMBER_FIELDS)
    ):
        rows_by_approach[row["approach_id"]].append(row)
        cited_rows[row["paragraph_id"]] = row
    every_state: set[str] = set()
    views = []
    for section in sections:
        approach_views = []
        for approach in section.approaches.all():
            rows = rows_by_approach.get(approach.pk, [])
            states = {r["paragraph__revision__version__document__state__iso3"] for r in rows} - {None, ""}
            every_state |= states
            groups = Counter(
                r["paragraph__revision__version__document__state__regional_group"]
                for r in {r["paragraph__revision__version__document__state__iso3"]: r for r in rows}.values()
                if r["paragraph__revision__version__document__state__iso3"]
            )
            approach_views.append(
                ApproachView(
                    approach=approach,
                    size=len(rows),
                    states=sorted(((iso3, names.get(iso3, iso3)) for iso3 in states), key=lambda s: s[1]),
                    groups=[
                        (str(label), groups[value]) for value, label in group_names.items() if groups[value]
                    ],
                    languages=Counter(
                        r["paragraph__language"] or r["paragraph__revision__version__language"] for r in rows
                    ).most_common(),
                    representatives=[_passage(r, names) for r in rows[:REPRESENTATIVES]],
                )
            )
        views.append(SectionView(section=section, approaches=approach_views))
    _attach_sentences(views, cited_rows, names)
    if paper.call_id:
        _attach_answers(paper, views, names)
    held = set(cited_rows)
    new = sum(1 for passage in gather(paper) if passage.paragraph_id not in held) if paper.built_at else 0
    return Workbench(
        paper=paper,
        sections=views,
        statistics=statistics_sentence(paper.call, paper.language) if paper.call_id else "",
        states=len(every_state),
        new_paragraphs=new,
    )


def _attach_sentences(views: list[SectionView], cited_rows: dict[int, dict], names: dict[str, str]) -> None:
    """Each section's sentences with their sources; a source no approach holds any more is shown as
    its bare number, so the officer sees the citation to mend."""
    for view in views:
        for sentence in view.section.sentences.prefetch_related("sources"):
            sources: list[PassageView | int] = [
                _passage(cited_rows[p.pk], names) if p.pk in cited_rows else p.pk
                for p in sentence.sources.all()
            ]
            view.sentences.append((sentence.text, sources))
            view.unsourced += not sources


def _attach_answers(paper: Paper, views: list[SectionView], names: dict[str, str]) -> None:
    """The challenges and assistance needs of the call's published answers, by article."""
    levels = audience_levels(paper.visibility)
    by_article = {view.section.article.number: view for view in views if view.section.article_id}
    kinds = dict(AssistanceKind.choices)
    needs: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for submission in published_submissions(None, call=paper.call, levels=levels):
        state = names.get(submission.submission.state.iso3, submission.submission.state.iso3)
        for answer in submission.answers:
            view = by_article.get(answer["article"])
            if view is None:
                continue
            if answer["challenges"].strip():
                view.challenges.append(Challenge(state, answer["language"], answer["challenges"].strip()))
            for need in answer.get("assistance_needs", []):
                needs[answer["article"]][need["kind"]].add(state)
    for number, counted in needs.items():
        by_article[number].needs = sorted(
            ((str(kinds.get(kind, kind)), len(states), sorted(states)) for kind, states in counted.items()),
            key=lambda item: (-item[1], item[0]),
        )


def section_for(paper: Paper, pk: int) -> Section:
    """A section of the paper, or NotFound."""
    section = paper.sections.filter(pk=pk).first()
    if section is None:
        raise NotFound(message=_("There is no such section in this paper."))
    return section


def approaches_for(paper: Paper, ids: list[int]) -> list[Approach]:
    """Approaches of the paper in the order named, or NotFound for one that is not."""
    found = (
        Approach.objects.select_related("section__paper").filter(section__paper=paper, pk__in=ids).in_bulk()
    )
    missing = [pk for pk in ids if pk not in found]
    if missing:
        raise NotFound(message=_("There is no such approach in this paper."))
    return [found[pk] for pk in dict.fromkeys(ids)]
