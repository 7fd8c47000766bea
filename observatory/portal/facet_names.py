"""What the search page shows for a facet's values, in the interface language: "Article 8", "Chapter II",
the State's UN short name, the topic's label … Values come from the index as codes ("FRA", "8")."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext as _

from observatory.convention.models import Chapter, Topic
from observatory.core.languages import localized
from observatory.countries.models import RegionalGroup, State
from observatory.library.bodies import Body, session_label
from observatory.library.models import DocumentKind, Visibility

CONTENT_TO_INTERFACE = {"zh": "zh-hans"}


def facet_names(facets: dict[str, list[tuple[object, int]]]) -> dict[str, dict[object, str]]:
    """Per facet, value → name, for the values these facets count (a few queries, not one per value)."""
    values = {name: [value for value, _count in rows] for name, rows in facets.items()}
    interface_languages = {code: str(name) for code, name in settings.LANGUAGES}
    iso3 = set(values.get("state", [])) | set(values.get("mentioned", []))
    states = {s.iso3: str(localized(s, "name")) for s in State.objects.filter(iso3__in=iso3)}
    chapters = {c.number: c.roman for c in Chapter.objects.filter(number__in=values.get("chapter", []))}
    topics = {t.slug: str(t.label) for t in Topic.objects.filter(slug__in=values.get("topic", []))}
    names: dict[str, dict[object, str]] = {name: {} for name in facets}
    for name, found in values.items():
        for value in found:
            names[name][value] = _name(name, value, interface_languages, states, chapters, topics)
    return names


def _name(facet, value, interface_languages, states, chapters, topics) -> str:
    if facet == "language":
        return interface_languages.get(CONTENT_TO_INTERFACE.get(value, value), value)
    if facet in ("state", "mentioned"):
        return states.get(value, value)
    if facet == "article":
        return _("Article %(number)s") % {"number": value}
    if facet == "chapter":
        return _("Chapter %(number)s") % {"number": chapters.get(value, value)}
    if facet == "topic":
        return topics.get(value, value)
    if facet == "session":
        return str(session_label(value))
    choices = {"document_kind": DocumentKind, "region": RegionalGroup, "body": Body, "visibility": Visibility}
    if facet in choices:
        try:
            return str(choices[facet](value).label)
        except ValueError:
            return str(value)
    return str(value)
