"""The mandate tracker: what the Conference asked, of whom, by when, and what became of it.

- the tracker: every mandate the reader may see, filtered and counted like facets, with the "due at the
  next session" and "overdue" lists and a timeline chart;
- a mandate: its text, duty, source paragraph, lineage, evidence and status history, and for curators
  the forms that decide proposals, add evidence and change the status;
- the resolutions: an index, and each resolution paragraph by paragraph with the status of its mandates.

Views read through ``mandates.selectors`` (which enforce confidentiality) and write through
``mandates.curation`` (which checks every permission and records the audit entry).
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from observatory.convention.models import Topic
from observatory.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from observatory.library.bodies import Body
from observatory.library.selectors import document_by_key
from observatory.mandates import curation
from observatory.mandates.models import ActionCategory, Decision, LineageRelation, MandateStatus, Session
from observatory.mandates.selectors import (
    DUE_LABELS,
    DUE_NEXT,
    FACETS,
    FILTER_NAMES,
    OVERDUE,
    SessionKey,
    addressee_label,
    annotate_counts,
    condition_label,
    due_at_next_session,
    filter_mandates,
    is_curator,
    other_clauses,
    overdue,
    parse_filters,
    resolution_index,
    resolution_view,
    session_name,
    timeline,
    tracker_facets,
    visible_evidence,
    visible_lineage,
    visible_mandates,
)

from .mandate_chart import timeline_chart
from .mandate_exports import EXPORT_TYPES, status_report_links
from .mandate_forms import AddEvidenceForm, DecisionForm, StatusForm

PAGE_SIZE = 50
#: Errors of a curation function that the mandate page shows next to the form (a refusal is a 403 page).
FORM_ERRORS = (InvalidInput, Conflict, NotFound)


# --- The tracker ------------------------------------------------------------------------------------


def _filter_titles() -> dict[str, str]:
    """What each filter is called on the page (the facets' headings, the messages about bad values)."""
    return {
        "session": _("Adopted at"),
        "body": _("Body"),
        "addressee": _("Addressee"),
        "status": _("Status"),
        "condition": _("Condition"),
        "category": _("Action"),
        "article": _("Article"),
        "topic": _("Topic"),
        "due": _("Due"),
        "document": _("Document"),
        "resolution": _("Resolution"),
    }


class _Names:
    """Names of filter values in the interface language, read with a few queries (not one per value)."""

    def __init__(self, topic_slugs):
        self.years = {(s.body, s.number): s.year for s in Session.objects.all()}
        self.topics = {topic.slug: str(topic.label) for topic in Topic.objects.filter(slug__in=topic_slugs)}

    def __call__(self, name: str, value) -> str:
        """The name of ``value`` of the filter ``name`` (a facet's session is a SessionKey)."""
        if name == "session":
            return self.session(value)
        if name == "article":
            return _("Article %(number)s") % {"number": value}
        if name == "topic":
            return self.topics.get(value, value)
        if name == "addressee":
            return addressee_label(value)
        if name == "condition":
            return condition_label(value)
        if name == "due":
            return str(DUE_LABELS.get(value, value))
        labels = {"body": Body, "status": MandateStatus, "category": ActionCategory}
        if name in labels:
            return str(dict(labels[name].choices).get(value, value))
        return str(value)  # a document's key, a resolution's number

    def session(self, key: SessionKey) -> str:
        """ "Conference of the States Parties, session 8 (2019)", "…, 2019", or "Session 8" of any body."""
        if key.body and key.number is not None:
            return session_name(key.body, key.number, self.years.get((key.body, key.number)))
        if key.body:
            return session_name(key.body, None, key.year)
        if key.number is not None:
            return _("Session %(number)s") % {"number": key.number}
        return str(key.year)


def _query(params: dict[str, str], **changes) -> str:
    """A query string: ``params`` with ``changes`` applied (None removes a parameter)."""
    merged = {**params, **changes}
    return "?" + urlencode({name: value for name, value in merged.items() if value not in (None, "")})


def _facet_groups(filters, facets, names: _Names, total: int) -> list[dict]:
    """What the filter form and the facet lists show: per facet, its values with counts and links that
    choose the value (or lift it when it is the chosen one)."""
    params = filters.as_params()
    titles = _filter_titles()
    groups = []
    for name in FACETS:
        chosen = params.get(name, "")
        options = []
        for value, count in facets[name]:
            if name == "session":
                value = SessionKey(body=value[0], number=value[1])
            key = str(value)
            options.append(
                {
                    "value": key,
                    "label": names(name, value),
                    "count": count,
                    "selected": key == chosen,
                    "url": _query(params, **{name: None if key == chosen else key}),
                }
            )
        if chosen and not any(option["selected"] for option in options):
            # Chosen but not one of the facet's values: a session named by its year or without its body,
            # or a value that matches nothing with the other filters. Still shown, with what it matches.
            label = names(name, getattr(filters, name))
            options.insert(0, {"value": chosen, "label": label, "count": total, "selected": True, "url": ""})
        groups.append(
            {
                "name": name,
                "title": titles[name],
                "options": options,
                "remove": _query(params, **{name: None}),
            }
        )
    return groups


def _active_filters(filters, names: _Names) -> list[dict]:
    """The filters applied, each with the link that lifts it."""
    params = filters.as_params()
    titles = _filter_titles()
    return [
        {
            "name": name,
            "title": titles[name],
            "label": names(name, getattr(filters, name)),
            "remove": _query(params, **{name: None}),
        }
        for name in FILTER_NAMES
        if name in params
    ]


def tracker(request):
    """Every mandate the reader may see, filtered by session, body, addressee, status, condition, action,
    article, topic and due date, with counts per value, what is due at the next session, what is
    overdue, and the mandates by adopting session and status. A bad filter value is ignored, with a
    message; the exports and the API read the same filters (and refuse a bad value)."""
    user = request.user
    filters, problems = parse_filters(request.GET)
    today = timezone.localdate()
    mandates = filter_mandates(user, filters, today=today, newest_first=True)
    page = Paginator(annotate_counts(user, mandates), PAGE_SIZE).get_page(request.GET.get("page"))
    facets = tracker_facets(user, filters, today=today)
    names = _Names([slug for slug, _count in facets["topic"]] + [filters.topic])
    groups = _facet_groups(filters, facets, names, page.paginator.count)
    params = filters.as_params()
    due_groups = due_at_next_session(user, filters, today=today)
    overdue_list, overdue_total = overdue(user, filters, today=today)
    rows = timeline(mandates)
    titles = _filter_titles()
    export_query = _query(params) if params else ""
    return render(
        request,
        "portal/mandates/tracker.html",
        {
            "page": page,
            "filters": filters,
            "params": params,
            "ignored": [
                {"label": titles[problem.field], "value": problem.value, "reason": problem.message}
                for problem in problems
            ],
            "groups": groups,
            "active": _active_filters(filters, names),
            "status_group": next(group for group in groups if group["name"] == "status"),
            "due_choices": [(value, str(label)) for value, label in DUE_LABELS.items()],
            "due_groups": due_groups,
            "due_all_url": _query(params, due=DUE_NEXT, page=None),
            "overdue": overdue_list,
            "overdue_total": overdue_total,
            "overdue_all_url": _query(params, due=OVERDUE, page=None),
            "today": today,
            "timeline": rows,
            "chart": timeline_chart(rows),
            "statuses": MandateStatus.choices,
            # What the pager's links start with: the filters, then the page number.
            "page_query": f"{_query(params)}&" if params else "?",
            # The same mandates as files: the exports read the same filters.
            "exports": [
                (fmt.upper(), reverse("portal:mandate_export", kwargs={"fmt": fmt}) + export_query)
                for fmt in EXPORT_TYPES
            ],
        },
    )


# --- A mandate --------------------------------------------------------------------------------------


def _visible_mandate(user, pk: int):
    return get_object_or_404(
        visible_mandates(user).select_related("parent").prefetch_related("articles", "topics"), pk=pk
    )


def _resolution_url(mandate) -> str:
    return _resolution_address(mandate.resolution, mandate.document.key) if mandate.resolution else ""


def _confirmed(evidence) -> list:
    # A status rests only on confirmed evidence (the curation rules): only those are offered.
    return [item for item in evidence if item.decision == Decision.CONFIRMED]


def _mandate_page(request, found, *, status=200, status_form=None, evidence_form=None, error=None):
    """The mandate page; the curation views show it again with a form's errors."""
    user = request.user
    curator = is_curator(user)
    earlier, later = visible_lineage(user, found)
    evidence = list(visible_evidence(user, found))
    shown_evidence = {item.pk for item in evidence}
    history = [
        {"change": change, "evidence": change.evidence if change.evidence_id in shown_evidence else None}
        for change in found.status_changes.select_related("by", "evidence__document")
    ]
    context = {
        "mandate": found,
        "resolution_url": _resolution_url(found),
        "clauses": other_clauses(user, found),
        "earlier": list(earlier),
        "later": list(later),
        "evidence": evidence,
        "history": history,
        "is_curator": curator,
        "error": error,
    }
    if curator:
        context.update(
            status_form=status_form
            or StatusForm(evidence=_confirmed(evidence), initial={"status": found.status}),
            evidence_form=evidence_form or AddEvidenceForm(),
            decisions=[(Decision.CONFIRMED, _("Confirm")), (Decision.REJECTED, _("Reject"))],
            relations=LineageRelation.choices,
        )
    return render(request, "portal/mandates/mandate.html", context, status=status)


def mandate(request, pk: int):
    """One mandate: its text, action, addressees, conditions, reporting duty, articles and topics, its
    source paragraph, the other clauses of the paragraph, its lineage, evidence and status history."""
    return _mandate_page(request, _visible_mandate(request.user, pk))


def _curated_mandate(request, pk: int):
    """The mandate a curation form acts on: visible to the reader, who must curate mandates."""
    found = _visible_mandate(request.user, pk)
    if not is_curator(request.user):
        raise PermissionDenied(message=_("Only the Secretariat curates mandates."))
    return found


def _back(found, fragment: str):
    return redirect(f"{reverse('portal:mandate', kwargs={'pk': found.pk})}#{fragment}")


@login_required
@require_POST
def change_status(request, pk: int):
    """A curator changes the mandate's status, with optional evidence and note."""
    found = _curated_mandate(request, pk)
    usable = _confirmed(visible_evidence(request.user, found))
    form = StatusForm(request.POST, evidence=usable)
    if not form.is_valid():
        return _mandate_page(request, found, status=400, status_form=form)
    chosen = next((item for item in usable if item.pk == form.cleaned_data["evidence"]), None)
    try:
        curation.change_status(
            request.user, found, form.cleaned_data["status"], evidence=chosen, note=form.cleaned_data["note"]
        )
    except FORM_ERRORS as exc:
        return _mandate_page(request, found, status=exc.status, status_form=form, error=exc)
    messages.success(request, _("The status was changed."))
    return _back(found, "status-history")


@login_required
@require_POST
def decide_lineage(request, pk: int, link: int):
    """A curator confirms or rejects a link of the mandate to an earlier or a later one, correcting its
    relation if need be."""
    found = _curated_mandate(request, pk)
    earlier, later = visible_lineage(request.user, found)
    chosen = earlier.filter(pk=link).first() or later.filter(pk=link).first()
    if chosen is None:
        raise Http404
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return _mandate_page(request, found, status=400, error=InvalidInput(message=_("Choose a decision.")))
    try:
        curation.decide_lineage(
            request.user,
            chosen,
            form.cleaned_data["decision"],
            relation=form.cleaned_data["relation"] or None,
            note=form.cleaned_data["note"],
        )
    except FORM_ERRORS as exc:
        return _mandate_page(request, found, status=exc.status, error=exc)
    messages.success(request, _("The decision on the link was recorded."))
    return _back(found, "lineage")


@login_required
@require_POST
def decide_evidence(request, pk: int, evidence: int):
    """A curator confirms or rejects a piece of evidence of the mandate, with an optional note."""
    found = _curated_mandate(request, pk)
    chosen = visible_evidence(request.user, found).filter(pk=evidence).first()
    if chosen is None:
        raise Http404
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return _mandate_page(request, found, status=400, error=InvalidInput(message=_("Choose a decision.")))
    try:
        curation.decide_evidence(
            request.user, chosen, form.cleaned_data["decision"], note=form.cleaned_data["note"]
        )
    except FORM_ERRORS as exc:
        return _mandate_page(request, found, status=exc.status, error=exc)
    messages.success(request, _("The decision on the evidence was recorded."))
    return _back(found, "evidence")


@login_required
@require_POST
def add_evidence(request, pk: int):
    """A curator names a paragraph (document and paragraph id) as evidence of the mandate."""
    found = _curated_mandate(request, pk)
    form = AddEvidenceForm(request.POST)
    document = None
    if form.is_valid():
        document = document_by_key(request.user, form.cleaned_data["document"])
        if document is None:
            form.add_error("document", _("No document of the library has this symbol or key."))
    if document is None:
        return _mandate_page(request, found, status=400, evidence_form=form)
    try:
        curation.add_evidence(
            request.user, found, document, form.cleaned_data["pid"], note=form.cleaned_data["note"]
        )
    except FORM_ERRORS as exc:
        return _mandate_page(request, found, status=exc.status, evidence_form=form, error=exc)
    messages.success(request, _("The evidence was added."))
    return _back(found, "evidence")


# --- Resolutions ------------------------------------------------------------------------------------


def _resolution_address(resolution: str, document_key: str) -> str:
    session, _sep, number = resolution.partition("/")
    if not (session.isdigit() and number.isdigit()):
        return ""
    address = reverse("portal:mandate_resolution", kwargs={"session": int(session), "number": int(number)})
    return f"{address}?{urlencode({'document': document_key})}"


def resolutions(request):
    """Every resolution with mandates the reader may see, with their mandates by status."""
    labels = dict(MandateStatus.choices)
    entries = [
        {
            "entry": entry,
            "url": _resolution_address(entry.resolution, entry.document.key),
            "counts": [(status, labels[status], count) for status, count in entry.counts],
        }
        for entry in resolution_index(request.user)
    ]
    return render(request, "portal/mandates/resolutions.html", {"entries": entries})


def resolution(request, session: int, number: int):
    """A resolution paragraph by paragraph (preambular and operative) in a language version, each
    operative paragraph with the status of each of its mandates."""
    view = resolution_view(
        request.user,
        f"{session}/{number}",
        document_key=request.GET.get("document", "")[:200],
        language=request.GET.get("version", "")[:8],
    )
    if view is None:
        raise Http404
    counts = Counter(m.status for _paragraph, mandates in view.rows for m in mandates)
    counts.update(m.status for m in view.mandates_without_paragraph)
    return render(
        request,
        "portal/mandates/resolution.html",
        {
            "view": view,
            "counts": [(label, counts[value]) for value, label in MandateStatus.choices if counts[value]],
            # Kept when switching language versions, so the same document stays chosen.
            "document_query": urlencode({"document": view.document.key}) + "&"
            if len(view.documents) > 1
            else "",
            # "Status of implementation of resolution N" of the document shown, in the six languages.
            "report_links": status_report_links(view.document.key, view.resolution),
        },
    )
