"""The technical-assistance register on the portal:

- the dashboard: needs by article, kind, regional group and status, open needs over time and the States
  with open needs (a tile grid by regional group), each chart with the same figures in a table;
- the register's lists (needs, offers) with their filters and downloads (CSV, XLSX, JSON);
- a need (its status history, its matches, and for those who may: the forms that change its status, edit
  or withdraw it, propose a match), an offer;
- the forms that declare a need, record an offer and import needs from a CSV file;
- the Secretariat's match queue: suggest matches, confirm or reject them.

Views read through ``assistance.selectors`` (which decide what each reader may see, so every page obeys
the register's confidentiality) and write through ``assistance.services`` (which check every permission
and record the audit entry). A refusal a view only passes on is answered by the portal's error
middleware; a form shows the service's message next to the field it names.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from observatory.accounts.permissions import Action, can
from observatory.assistance import services
from observatory.assistance.charts import bar_chart, column_chart
from observatory.assistance.exports import FORMATS, MIME_TYPES, export, export_filename
from observatory.assistance.forms import (
    DecisionForm,
    ImportForm,
    NeedForm,
    OfferForm,
    StatusForm,
    show_error,
)
from observatory.assistance.models import (
    Decision,
    Kind,
    Match,
    Need,
    NeedStatus,
    Offer,
    Source,
)
from observatory.assistance.selectors import (
    OPEN,
    counts_by,
    filter_needs,
    filter_offers,
    is_curator,
    is_open_for,
    match_queue,
    matches_of_need,
    matches_of_offer,
    may_edit_offer,
    need_for,
    needs_over_time,
    offer_for,
    open_needs,
    open_needs_by_state,
    own_state,
    parse_need_filters,
    parse_offer_filters,
    providers,
    readable_matches,
    readable_offers,
    reads_everything,
    sees_internals,
    sees_offer_contact,
    shown_visibility,
    shown_withdrawn,
    status_history,
)
from observatory.collection.models import Priority
from observatory.collection.selectors import readable_submission
from observatory.convention.models import Article
from observatory.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from observatory.core.filters import filter_error
from observatory.countries.models import RegionalGroup, State
from observatory.countries.selectors import states_in_name_order

PAGE_SIZE = 50
#: Errors of a service that a form shows next to its fields (a refusal is the 403 page).
FORM_ERRORS = (InvalidInput, Conflict, NotFound)
WHAT = ("needs", "offers")


def _labels() -> dict[str, dict[str, str]]:
    """The names of the filters' values in the interface language."""
    return {
        "kind": {value: str(label) for value, label in Kind.choices},
        "status": {OPEN: _("Open (current, anticipated or unmet)")}
        | {value: str(label) for value, label in NeedStatus.choices},
        "priority": {value: str(label) for value, label in Priority.choices},
        "source": {value: str(label) for value, label in Source.choices},
        "group": {value: str(label) for value, label in RegionalGroup.choices},
        "region": {
            value: str(label) for value, label in RegionalGroup.choices if value != RegionalGroup.NONE
        },
    }


def _query(params: dict[str, str], **changes) -> str:
    """A query string: ``params`` with ``changes`` applied (None removes a parameter)."""
    merged = {**params, **changes}
    return "?" + urlencode({name: value for name, value in merged.items() if value not in (None, "")})


def _ignored(problems) -> list[dict]:
    return [
        {"field": problem.field, "value": problem.value, "reason": problem.message} for problem in problems
    ]


def _exports(what: str, params: dict[str, str]) -> list[tuple[str, str]]:
    name = f"portal:assistance_{what}_export"
    query = _query(params) if params else ""
    return [(fmt.upper(), reverse(name, kwargs={"fmt": fmt}) + query) for fmt in FORMATS]


def declarable_states(user) -> list[State]:
    """The States the reader may declare needs for (the matrix decides: their own State for a focal
    point, every State for the Secretariat), in the interface language's order."""
    if not getattr(user, "is_authenticated", False):
        return []
    state = own_state(user)
    if state is not None:
        return [state] if can(user, Action.DECLARE_ASSISTANCE_NEED, state) else []
    return [state for state in states_in_name_order() if can(user, Action.DECLARE_ASSISTANCE_NEED, state)]


def _need_filter_context(filters, problems) -> dict:
    labels = _labels()
    return {
        "filters": filters,
        "params": filters.as_params(),
        "ignored": _ignored(problems),
        "states": states_in_name_order(),
        "choices": {
            "group": list(labels["group"].items()),
            "kind": list(labels["kind"].items()),
            "status": list(labels["status"].items()),
            "priority": list(labels["priority"].items()),
            "source": list(labels["source"].items()),
        },
        "article_numbers": range(1, 72),
    }


# --- The dashboard -----------------------------------------------------------------------------------


def _article_titles() -> dict[str, str]:
    return {str(article.number): str(article.title) for article in Article.objects.all()}


def index(request):
    """The register's dashboard, narrowed by the needs' filters (a bad value is ignored, with a message):
    open needs by article, kind, regional group; all needs by status; open needs over time; the States
    with open needs. Each chart has its figures in a table."""
    user = request.user
    filters, problems = parse_need_filters(request.GET)
    params = filters.as_params()
    labels = _labels()
    opened = open_needs(user, filters)
    needs_url = reverse("portal:assistance_needs")
    titles = _article_titles()

    def link(**changes) -> str:
        return needs_url + _query({**params, "status": OPEN}, **changes)

    by_article = [
        {
            "value": value,
            "label": _("Article %(number)s") % {"number": value},
            "title": titles.get(value, ""),
            "count": count,
            "url": link(article=value),
        }
        for value, count in counts_by(opened, "article")
    ]
    by_kind = [
        {"value": value, "label": labels["kind"].get(value, value), "count": count, "url": link(kind=value)}
        for value, count in counts_by(opened, "kind")
    ]
    by_group = [
        {"value": value, "label": labels["group"].get(value, value), "count": count, "url": link(group=value)}
        for value, count in counts_by(opened, "group")
    ]
    all_needs = filter_needs(user, filters)
    by_status = [
        {
            "value": value,
            "label": labels["status"].get(value, value),
            "count": count,
            "url": needs_url + _query(params, status=value),
        }
        for value, count in counts_by(all_needs, "status")
    ]
    by, periods = needs_over_time(user, filters, by=request.GET.get("by", "")[:8])
    groups = open_needs_by_state(user, filters)
    with_open = [(group, [tile for tile in tiles if tile.open]) for group, tiles in groups]
    context = {
        **_need_filter_context(filters, problems),
        "total": all_needs.count(),
        "open_total": opened.count(),
        "offer_total": readable_offers(user).filter(is_active=True).count(),
        "by_article": by_article,
        "by_kind": by_kind,
        "by_group": by_group,
        "by_status": by_status,
        "charts": {
            "article": bar_chart([(row["label"], row["count"], row["url"]) for row in by_article]),
            "kind": bar_chart([(row["label"], row["count"], row["url"]) for row in by_kind]),
            "group": bar_chart([(row["label"], row["count"], row["url"]) for row in by_group]),
            "status": bar_chart([(row["label"], row["count"], row["url"]) for row in by_status]),
            "time": column_chart([(period.label, period.open) for period in periods]),
        },
        "by": by,
        "periods": periods,
        "other_by": "year" if by == "month" else "month",
        "other_by_url": _query(params, by="year" if by == "month" else "month"),
        "groups": [(labels["group"].get(group, group), group, tiles) for group, tiles in groups],
        "with_open": [(labels["group"].get(group, group), tiles) for group, tiles in with_open if tiles],
        "states_with_open": sum(len(tiles) for _group, tiles in with_open),
        "needs_url": needs_url,
        "needs_link": needs_url + (_query(params) if params else ""),
        "may_declare": bool(declarable_states(user)),
        "may_offer": can(user, Action.RECORD_ASSISTANCE_OFFER),
        "reads_matches": reads_everything(user),
        "exports": _exports("needs", params),
    }
    return render(request, "assistance/dashboard.html", context)


# --- Lists ---------------------------------------------------------------------------------------------


def needs(request):
    """The register's needs the reader may see, filtered by State, regional group, article, kind, status,
    priority and source; a bad filter value is ignored, with a message (the downloads refuse it)."""
    user = request.user
    filters, problems = parse_need_filters(request.GET)
    params = filters.as_params()
    page = Paginator(filter_needs(user, filters), PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [
        {"need": need, "withdrawn": shown_withdrawn(user, need), "open": is_open_for(user, need)}
        for need in page.object_list
    ]
    return render(
        request,
        "assistance/needs.html",
        {
            **_need_filter_context(filters, problems),
            "page": page,
            "rows": rows,
            "page_query": f"{_query(params)}&" if params else "?",
            "exports": _exports("needs", params),
            "may_declare": bool(declarable_states(user)),
            "may_import": bool(declarable_states(user)),
            "sees_withdrawn": reads_everything(user) or own_state(user) is not None,
            "withdrawn_url": _query(params, withdrawn=None if filters.withdrawn else "include", page=None),
            "reads_matches": reads_everything(user),
        },
    )


def offers(request):
    """The register's offers, filtered by provider, kind, article, regional group served and period."""
    user = request.user
    filters, problems = parse_offer_filters(request.GET)
    params = filters.as_params()
    page = Paginator(filter_offers(user, filters), PAGE_SIZE).get_page(request.GET.get("page"))
    labels = _labels()
    return render(
        request,
        "assistance/offers.html",
        {
            "filters": filters,
            "params": params,
            "ignored": _ignored(problems),
            "page": page,
            "page_query": f"{_query(params)}&" if params else "?",
            "providers": providers(),
            "choices": {"kind": list(labels["kind"].items()), "region": list(labels["region"].items())},
            "article_numbers": range(1, 72),
            "exports": _exports("offers", params),
            "may_offer": can(user, Action.RECORD_ASSISTANCE_OFFER),
            "reads_matches": reads_everything(user),
        },
    )


# --- A need --------------------------------------------------------------------------------------------


def _visible_need(user, pk: int) -> Need:
    found = need_for(user, pk)
    if found is None:
        raise Http404
    return found


def _source_link(user, need: Need) -> str:
    """The page of the submission a need comes from, when the reader may read it."""
    if need.submission_id is None or readable_submission(user, need.submission) is None:
        return ""
    return reverse("portal:submission", args=[need.submission.call_id, need.state.iso3])


def _need_page(request, need: Need, *, status=200, status_form=None, propose_error=None):
    user = request.user
    internal = sees_internals(user, need)
    may_change = can(user, Action.DECLARE_ASSISTANCE_NEED, need.state) and not need.withdrawn
    curator = is_curator(user)
    paired = set(Match.objects.filter(need=need).values_list("offer_id", flat=True)) if curator else set()
    context = {
        "need": need,
        "internal": internal,
        "visibility": shown_visibility(user, need),
        "withdrawn": shown_withdrawn(user, need),
        "open": is_open_for(user, need),
        "history": status_history(user, need),
        "matches": list(matches_of_need(user, need)),
        "source_url": _source_link(user, need),
        "may_change_status": may_change,
        "may_edit": may_change and need.source != Source.CHECKLIST,
        "status_form": status_form or StatusForm(initial={"status": need.status}),
        "is_curator": curator,
        "offers": [offer for offer in Offer.objects.filter(is_active=True) if offer.pk not in paired]
        if curator
        else [],
        "propose_error": propose_error,
    }
    return render(request, "assistance/need.html", context, status=status)


def need(request, pk: int):
    """One need: its description, State, articles, kind, priority, status and source, its status history
    and its matches, as the reader may see them."""
    return _need_page(request, _visible_need(request.user, pk))


@login_required
@require_POST
def need_status(request, pk: int):
    """The State's focal point or the Secretariat changes a need's status, with a note."""
    found = _visible_need(request.user, pk)
    form = StatusForm(request.POST)
    if not form.is_valid():
        return _need_page(request, found, status=400, status_form=form)
    try:
        changed = services.change_status(
            request.user, found, form.cleaned_data["status"], note=form.cleaned_data["note"]
        )
    except FORM_ERRORS as exc:
        show_error(form, exc)
        return _need_page(request, found, status=exc.status, status_form=form)
    if changed:
        messages.success(request, _("The status was changed."))
    return redirect(f"{reverse('portal:assistance_need', args=[found.pk])}#history")


@login_required
@require_POST
def need_withdraw(request, pk: int):
    """The State's focal point or the Secretariat withdraws a need entered by hand."""
    found = _visible_need(request.user, pk)
    services.withdraw_need(request.user, found, note=request.POST.get("note", "")[:2000])
    messages.success(request, _("The need was withdrawn."))
    return redirect("portal:assistance_need", pk=found.pk)


@login_required
@require_POST
def need_propose(request, pk: int):
    """The Secretariat pairs the need with an offer by hand."""
    found = _visible_need(request.user, pk)
    chosen = request.POST.get("offer", "")
    offer = offer_for(request.user, int(chosen)) if chosen.isdigit() else None
    if offer is None:
        return _need_page(request, found, status=400, propose_error=_("Choose an offer."))
    try:
        services.propose_match(request.user, found, offer, note=request.POST.get("note", "")[:2000])
    except FORM_ERRORS as exc:
        return _need_page(request, found, status=exc.status, propose_error=exc.message)
    messages.success(request, _("The match was added to the queue."))
    return redirect(f"{reverse('portal:assistance_need', args=[found.pk])}#matches")


def _need_form_page(request, form, *, need=None, status=200):
    return render(request, "assistance/need_form.html", {"form": form, "need": need}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def need_new(request):
    """Declare a need: a focal point for its own State, the Secretariat for any."""
    user = request.user
    states = declarable_states(user)
    if not states:
        raise PermissionDenied(message=_("Only a State's focal point and the Secretariat declare needs."))
    fixed = states[0] if len(states) == 1 else None
    initial = {"state": request.GET.get("state", "").upper()[:3]} if fixed is None else {}
    form = NeedForm(request.POST or None, states=states, fixed_state=fixed, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            created = services.declare_need(user, **form.values())
        except FORM_ERRORS as exc:
            show_error(form, exc)
            return _need_form_page(request, form, status=exc.status)
        messages.success(request, _("The need was added to the register."))
        return redirect("portal:assistance_need", pk=created.pk)
    return _need_form_page(request, form, status=400 if request.method == "POST" else 200)


@login_required
@require_http_methods(["GET", "POST"])
def need_edit(request, pk: int):
    """Change a need entered by hand (the State's focal point, the Secretariat)."""
    found = _visible_need(request.user, pk)
    if not can(request.user, Action.DECLARE_ASSISTANCE_NEED, found.state):
        raise PermissionDenied(
            message=_("Only the State's focal point and the Secretariat change its needs.")
        )
    initial = {
        "state": found.state.iso3,
        "kind": found.kind,
        "articles": "; ".join(str(article.number) for article in found.articles.all()),
        "description": found.description,
        "language": found.language,
        "priority": found.priority,
        "status": found.status,
        "source": found.source,
        "source_reference": found.source_reference,
        "visibility": found.visibility,
        "needed_by": found.needed_by,
    }
    form = NeedForm(request.POST or None, fixed_state=found.state, initial=initial)
    # The State and the status are not changed here (the status has its own form, with a note).
    form.fields["status"].disabled = True
    form.fields["source"].disabled = True
    if request.method == "POST" and form.is_valid():
        values = {
            name: value for name, value in form.values().items() if name not in ("state", "status", "source")
        }
        try:
            services.update_need(request.user, found, **values)
        except FORM_ERRORS as exc:
            show_error(form, exc)
            return _need_form_page(request, form, need=found, status=exc.status)
        messages.success(request, _("The need was saved."))
        return redirect("portal:assistance_need", pk=found.pk)
    return _need_form_page(request, form, need=found, status=400 if request.method == "POST" else 200)


@login_required
@require_http_methods(["GET", "POST"])
def needs_import(request):
    """Import needs from a CSV file: every row or none, with a report naming each wrong row."""
    if not declarable_states(request.user):
        raise PermissionDenied(message=_("Only a State's focal point and the Secretariat declare needs."))
    form = ImportForm(request.POST or None, request.FILES or None)
    error = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            report = services.import_needs(request.user, upload.read(), source=upload.name[:120])
        except (InvalidInput, PermissionDenied) as exc:
            error = exc
        else:
            messages.success(
                request,
                _("%(count)s needs were imported.") % {"count": len(report.created)},
            )
            return redirect("portal:assistance_needs")
    status = 400 if request.method == "POST" else 200
    return render(request, "assistance/import.html", {"form": form, "error": error}, status=status)


# --- An offer ------------------------------------------------------------------------------------------


def _visible_offer(user, pk: int) -> Offer:
    found = offer_for(user, pk)
    if found is None:
        raise Http404
    return found


def offer(request, pk: int):
    """One offer: its provider, programme, kinds, articles, regional groups and period; its contact for
    readers who may see it; the matches the reader may read."""
    user = request.user
    found = _visible_offer(user, pk)
    return render(
        request,
        "assistance/offer.html",
        {
            "offer": found,
            "contact": sees_offer_contact(user, found),
            "matches": list(matches_of_offer(user, found)),
            "may_edit": may_edit_offer(user, found),
        },
    )


def _offer_form_page(request, form, *, offer=None, status=200):
    return render(request, "assistance/offer_form.html", {"form": form, "offer": offer}, status=status)


def _fixed_organization(user) -> str:
    # A provider records offers under its own organization; the Secretariat names the provider.
    return "" if is_curator(user) else (getattr(user, "organization", "") or "")


@login_required
@require_http_methods(["GET", "POST"])
def offer_new(request):
    """Record an offer (providers, the Secretariat)."""
    if not can(request.user, Action.RECORD_ASSISTANCE_OFFER):
        raise PermissionDenied(message=_("Only providers and the Secretariat record offers."))
    form = OfferForm(request.POST or None, fixed_organization=_fixed_organization(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            created = services.record_offer(request.user, **form.values())
        except FORM_ERRORS as exc:
            show_error(form, exc)
            return _offer_form_page(request, form, status=exc.status)
        messages.success(request, _("The offer was recorded."))
        return redirect("portal:assistance_offer", pk=created.pk)
    return _offer_form_page(request, form, status=400 if request.method == "POST" else 200)


@login_required
@require_http_methods(["GET", "POST"])
def offer_edit(request, pk: int):
    """Change an offer (its provider, the Secretariat); unticking "active" retires it."""
    found = _visible_offer(request.user, pk)
    if not may_edit_offer(request.user, found):
        raise PermissionDenied(message=_("Only the offer's provider and the Secretariat change it."))
    initial = {
        "organization": found.organization,
        "provider_type": found.provider_type,
        "programme": found.programme,
        "kinds": found.kinds,
        "articles": "; ".join(str(article.number) for article in found.articles.all()),
        "regions": found.regions,
        "starts": found.starts,
        "ends": found.ends,
        "description": found.description,
        "language": found.language,
        "contact_name": found.contact_name,
        "contact_email": found.contact_email,
        "is_active": found.is_active,
    }
    form = OfferForm(
        request.POST or None, initial=initial, fixed_organization=_fixed_organization(request.user)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_offer(request.user, found, **form.values())
        except FORM_ERRORS as exc:
            show_error(form, exc)
            return _offer_form_page(request, form, offer=found, status=exc.status)
        messages.success(request, _("The offer was saved."))
        return redirect("portal:assistance_offer", pk=found.pk)
    return _offer_form_page(request, form, offer=found, status=400 if request.method == "POST" else 200)


# --- Matches -------------------------------------------------------------------------------------------


@login_required
def matches(request):
    """The Secretariat's match queue: proposed matches of open needs, best first, each with the signals
    of its score; and the latest decisions. Read by the Secretariat and administrators; decided by the
    Secretariat."""
    user = request.user
    if not reads_everything(user):
        raise PermissionDenied(message=_("The match queue is the Secretariat's."))
    page = Paginator(match_queue(user), PAGE_SIZE).get_page(request.GET.get("page"))
    decided = readable_matches(user).exclude(decision=Decision.PROPOSED).order_by("-decided_at", "-pk")[:20]
    return render(
        request,
        "assistance/matches.html",
        {"page": page, "decided": decided, "is_curator": is_curator(user)},
    )


@login_required
@require_POST
def matches_suggest(request):
    """The Secretariat asks the register for suggestions now."""
    report = services.suggest_matches(request.user)
    messages.success(
        request,
        _("%(scored)s pairs scored: %(created)s new suggestions, %(updated)s re-scored.")
        % {"scored": report.considered, "created": len(report.created), "updated": len(report.updated)},
    )
    return redirect("portal:assistance_matches")


@login_required
@require_POST
def match_decision(request, pk: int):
    """The Secretariat confirms or rejects a match."""
    found = readable_matches(request.user).filter(pk=pk).first()
    if found is None:
        raise Http404
    form = DecisionForm(request.POST)
    if not form.is_valid():
        raise InvalidInput(message=_("Choose a decision."), details=[{"field": "decision"}])
    services.decide_match(request.user, found, form.cleaned_data["decision"], note=form.cleaned_data["note"])
    if form.cleaned_data["decision"] == Decision.CONFIRMED:
        messages.success(request, _("The match was confirmed."))
    else:
        messages.success(request, _("The match was rejected."))
    back = request.POST.get("next", "")
    if back.startswith("/") and not back.startswith("//"):
        return redirect(back)
    return redirect("portal:assistance_matches")


# --- Downloads -----------------------------------------------------------------------------------------


def _download(request, what: str, fmt: str):
    if fmt not in FORMATS:
        raise Http404
    parse = parse_need_filters if what == "needs" else parse_offer_filters
    filters, problems = parse(request.GET)
    if problems:
        # JSON even on the portal's path: a download is read by programs as often as by people, and a
        # file that silently ignored a filter would hold other rows than the ones asked for.
        return JsonResponse(filter_error(problems).as_dict(), status=400)
    return HttpResponse(
        export(request.user, what, fmt, filters),
        content_type=MIME_TYPES[fmt],
        headers={
            "Content-Disposition": content_disposition_header(True, export_filename(what, fmt, filters)),
            # The file depends on who asks: never from a shared cache.
            "Cache-Control": "private, no-store",
        },
    )


@require_http_methods(["GET"])
def needs_export(request, fmt: str):
    """The needs the reader may see, filtered as the register is, as CSV, XLSX or JSON."""
    return _download(request, "needs", fmt)


@require_http_methods(["GET"])
def offers_export(request, fmt: str):
    """The offers, filtered as the register's list is, as CSV, XLSX or JSON."""
    return _download(request, "offers", fmt)
