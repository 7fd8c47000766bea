"""Writes to background papers: each action checks its permission, changes the paper in one transaction
and leaves an entry in the audit log. The web pages and the API call these and nothing else."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from observatory.accounts.permissions import Action, require
from observatory.audit.services import record
from observatory.convention.models import Article
from observatory.core.errors import Conflict, InvalidInput
from observatory.core.languages import CONTENT_LANGUAGES, localized
from observatory.core.wording import interface_code
from observatory.library.models import Visibility

from . import approaches as found
from .models import Approach, Member, Paper, Section, Sentence
from .passages import Gathered, audience_levels, gather, vectors
from .sentences import cited, sentences

LABEL_SEPARATOR = " · "
# The lengths of Paper.title and Paper.symbol: a longer one is refused here, not by the database.
TITLE_LENGTH, SYMBOL_LENGTH = 300, 120


@transaction.atomic
def create_paper(
    actor,
    *,
    title: str,
    language: str,
    visibility: str = Visibility.PUBLIC,
    call=None,
    articles=(),
    topics=(),
    symbol: str = "",
) -> Paper:
    """A new paper on a call, topics or articles, with its approaches found."""
    require(actor, Action.DRAFT_PAPERS)
    problems = []
    if not title.strip():
        problems.append({"field": "title", "reason": _("A paper needs a title.")})
    elif len(title.strip()) > TITLE_LENGTH:
        problems.append({"field": "title", "reason": _("A title has at most 300 characters.")})
    if len(symbol.strip()) > SYMBOL_LENGTH:
        problems.append({"field": "symbol", "reason": _("A symbol has at most 120 characters.")})
    if language not in CONTENT_LANGUAGES:
        problems.append({"field": "language", "reason": _("Choose one of the six official languages.")})
    if visibility not in Visibility.values:
        problems.append({"field": "visibility", "reason": _("Choose who the paper is written for.")})
    if call is None and not articles and not topics:
        problems.append(
            {"field": "scope", "reason": _("Choose a call for information, a topic or an article.")}
        )
    if problems:
        raise InvalidInput(message=problems[0]["reason"], details=problems)
    paper = Paper.objects.create(
        title=title.strip(),
        symbol=symbol.strip(),
        language=language,
        visibility=visibility,
        call=call,
        created_by=actor,
    )
    paper.articles.set(articles)
    paper.topics.set(topics)
    record(actor=actor, action="papers.create", obj=paper, after={"title": paper.title, "language": language})
    return find_approaches(actor, paper)


def _heading(article: Article | None, language: str) -> str:
    with translation.override(interface_code(language)):
        if article is None:
            return pgettext("background paper", "Other information")
        title = localized(article, "title", interface_code(language))
        return pgettext("background paper", "Article %(number)s: %(title)s") % {
            "number": article.number,
            "title": title,
        }


def _passages(gathered: list[Gathered]) -> list[found.Passage]:
    return [found.Passage(g.paragraph_id, g.text, g.language) for g in gathered]


@transaction.atomic
def find_approaches(actor, paper: Paper) -> Paper:
    """Gather the paper's passages again and find the approaches of each section anew. The sections'
    headings and texts stay; the approaches (and the officer's renaming, merging and splitting of
    them) are replaced."""
    require(actor, Action.DRAFT_PAPERS)
    gathered = gather(paper)
    # The languages' means are taken over the whole paper: a section alone has too few paragraphs of
    # some languages for their mean to be the language's rather than the paragraphs' own.
    rows = found.without_language(vectors(gathered), [passage.language for passage in gathered])
    by_article: dict[int | None, list[int]] = defaultdict(list)
    for row, passage in enumerate(gathered):
        by_article[passage.article].append(row)
    articles = Article.objects.in_bulk(
        [number for number in by_article if number is not None], field_name="number"
    )
    Approach.objects.filter(section__paper=paper).delete()
    existing = {section.article_id: section for section in paper.sections.all()}
    order = sorted(by_article, key=lambda number: (number is None, number or 0))
    for position, number in enumerate(order):
        article = articles.get(number) if number is not None else None
        section = existing.get(article.pk if article else None)
        if section is None:
            section = Section.objects.create(
                paper=paper, article=article, position=position, heading=_heading(article, paper.language)
            )
        elif section.position != position:
            section.position = position
            section.save(update_fields=["position"])
        existing.pop(section.article_id, None)
        picked = by_article[number]
        clusters = found.cluster(rows[picked])
        scores = found.centrality(rows[picked], clusters)
        _store(section, [gathered[row] for row in picked], clusters, scores)
    # Sections whose article no longer has a paragraph keep their text, after the others.
    stale = sorted(existing.values(), key=lambda section: section.position)
    for position, section in enumerate(stale, start=len(order)):
        section.position = position
    Section.objects.bulk_update(stale, ["position"])
    paper.built_at = timezone.now()
    paper.paragraph_count = len(gathered)
    paper.save(update_fields=["built_at", "paragraph_count", "updated_at"])
    record(
        actor=actor,
        action="papers.find_approaches",
        obj=paper,
        after={"paragraphs": len(gathered), "sections": len(order)},
    )
    return paper


def _store(section: Section, gathered: list[Gathered], clusters: np.ndarray, scores: np.ndarray) -> None:
    """Approaches of a section from cluster numbers, the largest first, labelled."""
    sizes = np.bincount(clusters)
    ranking = sorted(range(len(sizes)), key=lambda number: (-sizes[number], number))
    words = found.labels(_passages(gathered), clusters, section.paper.language)
    approaches = Approach.objects.bulk_create(
        [
            Approach(
                section=section,
                position=position,
                label=_label(words.get(number, []), position, section.paper.language),
                terms=words.get(number, []),
            )
            for position, number in enumerate(ranking)
        ]
    )
    approach_of = dict(zip(ranking, approaches, strict=True))
    Member.objects.bulk_create(
        [
            Member(
                approach=approach_of[int(number)], paragraph_id=passage.paragraph_id, centrality=float(score)
            )
            for passage, number, score in zip(gathered, clusters, scores, strict=True)
        ],
        batch_size=1000,
    )


def _label(words: list[str], position: int, language: str) -> str:
    if words:
        return LABEL_SEPARATOR.join(words)
    with translation.override(interface_code(language)):
        return pgettext("background paper", "Approach %(number)s") % {"number": position + 1}


def _members(approaches: list[Approach]) -> tuple[list[found.Passage], np.ndarray]:
    """The passages of these approaches' members with their cluster number (index into the list)."""
    members = (
        Member.objects.filter(approach__in=approaches)
        .order_by("approach_id", "-centrality", "pk")
        .values_list(
            "approach_id",
            "paragraph_id",
            "paragraph__text",
            "paragraph__language",
            "paragraph__revision__version__language",
        )
    )
    index = {approach.pk: number for number, approach in enumerate(approaches)}
    passages, clusters = [], []
    for approach_id, paragraph_id, text, language, version_language in members:
        # A paragraph without a detected language is read in its version's, as when it was gathered.
        passages.append(found.Passage(paragraph_id, text, language or version_language))
        clusters.append(index[approach_id])
    return passages, np.array(clusters, dtype=np.int64)


def _relabel(section: Section) -> None:
    """Label every approach of a section again (a word is distinctive against the others)."""
    approaches = list(section.approaches.all())
    passages, clusters = _members(approaches)
    words = found.labels(passages, clusters, section.paper.language) if passages else {}
    for number, approach in enumerate(approaches):
        approach.terms = words.get(number, [])
        approach.label = _label(approach.terms, approach.position, section.paper.language)
    Approach.objects.bulk_update(approaches, ["terms", "label"])


@transaction.atomic
def rename_approach(actor, approach: Approach, name: str) -> Approach:
    """Give an approach the officer's name (blank: back to the label found for it)."""
    require(actor, Action.DRAFT_PAPERS)
    name = " ".join(name.split())
    if len(name) > 300:
        raise InvalidInput(
            message=_("A name has at most 300 characters."), details=[{"field": "name", "length": len(name)}]
        )
    before = approach.name
    approach.name = name
    approach.save(update_fields=["name"])
    record(
        actor=actor,
        action="papers.rename_approach",
        obj=approach,
        before={"name": before},
        after={"name": name},
    )
    return approach


@transaction.atomic
def merge_approaches(actor, approaches: list[Approach]) -> Approach:
    """Merge approaches of one section into the first of them (its name and place are kept)."""
    require(actor, Action.DRAFT_PAPERS)
    if len(approaches) < 2:
        raise InvalidInput(
            message=_("Choose at least two approaches to merge."), details=[{"field": "approaches"}]
        )
    sections = {approach.section_id for approach in approaches}
    if len(sections) > 1:
        raise InvalidInput(
            message=_("Only approaches of the same section can be merged."), details=[{"field": "approaches"}]
        )
    kept, others = approaches[0], approaches[1:]
    Member.objects.filter(approach__in=others).update(approach=kept)
    Approach.objects.filter(pk__in=[other.pk for other in others]).delete()
    _renumber(kept.section)
    _relabel(kept.section)
    record(
        actor=actor,
        action="papers.merge_approaches",
        obj=kept,
        after={"merged": [other.pk for other in others]},
    )
    kept.refresh_from_db()
    return kept


@transaction.atomic
def split_approach(actor, approach: Approach) -> list[Approach]:
    """Split an approach in two, by the same clustering; the second half comes right after it."""
    require(actor, Action.DRAFT_PAPERS)
    members = list(approach.members.all())
    if len(members) < 2:
        raise InvalidInput(
            message=_("An approach of one paragraph cannot be split."), details=[{"field": "approach"}]
        )
    centred = _paper_vectors(approach.section.paper)
    rows = np.stack([centred[member.paragraph_id] for member in members])
    halves = found.split_in_two(rows)
    if len(set(halves.tolist())) < 2:
        raise InvalidInput(
            message=_("These paragraphs say the same thing: the approach cannot be split."),
            details=[{"field": "approach"}],
        )
    scores = found.centrality(rows, halves)
    section = approach.section
    section.approaches.filter(position__gt=approach.position).update(position=F("position") + 1)
    second = Approach.objects.create(section=section, position=approach.position + 1, label="")
    for member, half, score in zip(members, halves, scores, strict=True):
        member.approach = second if half == 1 else approach
        member.centrality = float(score)
    Member.objects.bulk_update(members, ["approach", "centrality"])
    _renumber(section)
    _relabel(section)
    record(actor=actor, action="papers.split_approach", obj=approach, after={"new": second.pk})
    approach.refresh_from_db()
    second.refresh_from_db()
    return [approach, second]


def _paper_vectors(paper: Paper) -> dict[int, np.ndarray]:
    """Paragraph id → vector of every paragraph the paper's approaches hold, with the languages' means
    taken out over all of them, as when the approaches were found."""
    held = list(
        Member.objects.filter(approach__section__paper=paper)
        .order_by("paragraph_id")
        .values_list(
            "paragraph_id", "paragraph__text", "paragraph__language", "paragraph__revision__version__language"
        )
    )
    gathered = [Gathered(pk, text, language or version) for pk, text, language, version in held]
    rows = found.without_language(vectors(gathered), [passage.language for passage in gathered])
    return {passage.paragraph_id: row for passage, row in zip(gathered, rows, strict=True)}


def _renumber(section: Section) -> None:
    approaches = list(section.approaches.order_by("position", "pk"))
    for position, approach in enumerate(approaches):
        approach.position = position
    Approach.objects.bulk_update(approaches, ["position"])


@transaction.atomic
def order_approaches(actor, section: Section, approach_ids: list[int]) -> None:
    """Put a section's approaches in the officer's order (those not named keep theirs, after)."""
    require(actor, Action.DRAFT_PAPERS)
    approaches = {approach.pk: approach for approach in section.approaches.all()}
    unknown = [pk for pk in approach_ids if pk not in approaches]
    if unknown:
        raise InvalidInput(
            message=_("These approaches are not in this section: %(ids)s.")
            % {"ids": ", ".join(map(str, unknown))},
            details=[{"field": "approaches", "value": pk} for pk in unknown],
        )
    ordered = [approaches[pk] for pk in dict.fromkeys(approach_ids)]
    ordered += [a for a in sorted(approaches.values(), key=lambda a: a.position) if a not in ordered]
    for position, approach in enumerate(ordered):
        approach.position = position
    Approach.objects.bulk_update(ordered, ["position"])
    record(
        actor=actor, action="papers.order_approaches", obj=section, after={"order": [a.pk for a in ordered]}
    )


def move_approach(actor, approach: Approach, direction: str) -> Approach:
    """Move an approach one place "up" or "down" in its section (at an end, it stays)."""
    if direction not in ("up", "down"):
        raise InvalidInput(message=_("Move an approach up or down."), details=[{"field": "direction"}])
    order = list(approach.section.approaches.values_list("pk", flat=True))
    at = order.index(approach.pk)
    to = at - 1 if direction == "up" else at + 1
    if 0 <= to < len(order):
        order[at], order[to] = order[to], order[at]
    order_approaches(actor, approach.section, order)
    return approach


@transaction.atomic
def save_section(actor, section: Section, *, heading: str, text: str, revision: int) -> Section:
    """Save a section's heading and text, and its sentences with their sources.

    A citation must name a paragraph the paper draws on (one of its approaches' members, all readable
    by the paper's audience); ``revision`` is the one the officer edited, so that an edit made meanwhile
    by a colleague is never overwritten unseen.
    """
    require(actor, Action.DRAFT_PAPERS)
    section = Section.objects.select_for_update().get(pk=section.pk)
    if revision != section.revision:
        raise Conflict(
            message=_(
                "A colleague changed this section meanwhile; their text is shown, yours is kept below."
            ),
            details=[{"field": "text", "revision": section.revision}],
        )
    heading = " ".join(heading.split())
    if not heading:
        raise InvalidInput(message=_("A section needs a heading."), details=[{"field": "heading"}])
    ids = cited(text)
    # A member the audience can no longer read (its document narrowed, or no longer in the current
    # revision) cannot be cited, even before the approaches are found again.
    known = set(
        Member.objects.filter(
            approach__section__paper_id=section.paper_id,
            paragraph_id__in=ids,
            paragraph__revision__version__current=F("paragraph__revision"),
            paragraph__revision__version__document__visibility__in=audience_levels(section.paper.visibility),
        ).values_list("paragraph_id", flat=True)
    )
    unknown = [pk for pk in ids if pk not in known]
    if unknown:
        raise InvalidInput(
            message=_("These citations are not paragraphs this paper draws on: %(ids)s.")
            % {"ids": ", ".join(f"[^{pk}]" for pk in unknown)},
            details=[{"field": "text", "value": pk} for pk in unknown],
        )
    before = {"heading": section.heading, "text": section.text, "revision": section.revision}
    section.heading, section.text, section.revision = heading, text, section.revision + 1
    section.save(update_fields=["heading", "text", "revision"])
    section.sentences.all().delete()
    written = sentences(text, section.paper.language)
    stored = Sentence.objects.bulk_create(
        [Sentence(section=section, position=n, block=s.block, text=s.text) for n, s in enumerate(written)]
    )
    through = Sentence.sources.through
    through.objects.bulk_create(
        [
            through(sentence_id=sentence.pk, paragraph_id=source)
            for sentence, s in zip(stored, written, strict=True)
            for source in s.sources
        ]
    )
    record(
        actor=actor,
        action="papers.edit_section",
        obj=section,
        before=before,
        after={"heading": heading, "text": text, "revision": section.revision},
    )
    return section
