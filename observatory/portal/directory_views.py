"""The directory of competent national authorities as people meet it: the directory with its filters and
downloads, an authority's page and history, the edit form of focal points and the Secretariat, the
Secretariat's validation queue and CSV import, and the page the yearly e-mail's link opens.

Views are thin: they read through ``directory.selectors`` (which decide who sees which record and field)
and write through ``directory.services`` (which check every permission and audit every change). A refusal
a view only passes on is answered by the error middleware with its status and message; the forms catch
the errors they show next to the fields they concern, so nothing typed is lost. No GET changes anything:
the e-mailed link shows a button, and the button's POST confirms.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from observatory.core.errors import Conflict, InvalidInput, ObservatoryError, PermissionDenied
from observatory.core.exports import MIME_TYPES as EXPORT_MIME_TYPES
from observatory.core.exports import export_bytes
from observatory.countries.models import RegionalGroup
from observatory.countries.selectors import state_by_iso3, states_in_name_order
from observatory.directory import services
from observatory.directory.access import (
    may_edit,
    may_validate_anywhere,
    own_state_id,
    require_validator_anywhere,
)
from observatory.directory.confirmation import ExpiredLink, InvalidLink, request_for_link
from observatory.directory.csv_import import MAX_BYTES
from observatory.directory.exports import export_csv, export_filename, export_json, xlsx_table
from observatory.directory.forms import AuthorityForm, DecisionForm, ImportForm
from observatory.directory.freshness import FreshnessLevel, freshness_of
from observatory.directory.models import AuthorityVersion, Designation, ValidationState, VersionStatus
from observatory.directory.records import in_language
from observatory.directory.selectors import (
    FIELD_LABELS,
    Text,
    authority_for,
    directory,
    editable_record,
    filter_error,
    history,
    parse_filters,
    validation_queue,
)

PAGE_SIZE = 50
EXPORT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "xlsx": EXPORT_MIME_TYPES["xlsx"],
}


def _authority_or_404(request, pk: int):
    view = authority_for(request.user, pk)
    if view is None:
        raise Http404
    return view


def _filter_options(filters) -> dict:
    return {
        "states": states_in_name_order(),
        "groups": RegionalGroup.choices,
        "designations": Designation.choices,
        "freshness_levels": FreshnessLevel.choices,
        "selected": filters.as_params(),
    }


def _may_add(user) -> bool:
    state_id = own_state_id(user)
    if state_id is not None:
        return may_edit(user, state_id)
    return may_validate_anywhere(user)


@require_http_methods(["GET"])
def index(request):
    """The directory: every record the reader may see, filtered by State, regional group, designation and
    freshness, a page at a time, with its downloads. A bad filter is ignored and said so."""
    filters, problems = parse_filters(request.GET)
    views = directory(request.user, filters)
    page = Paginator(views, PAGE_SIZE).get_page(request.GET.get("page"))
    params = filters.as_params()
    query = urlencode(params)
    secretariat = may_validate_anywhere(request.user)
    return render(
        request,
        "portal/directory/index.html",
        {
            "page": page,
            "total": len(views),
            "stale_count": sum(view.freshness.is_stale for view in views),
            "ignored": problems,
            "filters": filters,
            "params": params,
            "page_query": f"?{query}&" if query else "?",
            "exports": [
                (fmt.upper(), reverse("portal:directory_export", args=[fmt]) + (f"?{query}" if query else ""))
                for fmt in EXPORT_TYPES
            ],
            "may_add": _may_add(request.user),
            "is_secretariat": secretariat,
            "pending_count": len(validation_queue(request.user)) if secretariat else 0,
            **_filter_options(filters),
        },
    )


@require_http_methods(["GET"])
def export(request, fmt: str):
    """The records the reader may see, filtered as the directory is, as a CSV or JSON file. A bad filter
    answers 400 in the JSON error shape: a file that silently ignored a filter would hold other records
    than the ones asked for."""
    if fmt not in EXPORT_TYPES:
        raise Http404
    filters, problems = parse_filters(request.GET)
    if problems:
        return JsonResponse(filter_error(problems).as_dict(), status=400)
    if fmt == "xlsx":
        data = export_bytes(xlsx_table(request.user, filters), "xlsx")
    else:
        data = export_csv(request.user, filters) if fmt == "csv" else export_json(request.user, filters)
    return HttpResponse(
        data,
        content_type=EXPORT_TYPES[fmt],
        headers={
            "Content-Disposition": content_disposition_header(True, export_filename(filters, fmt)),
            # The file depends on who asks (contact persons): never from a shared cache.
            "Cache-Control": "private, no-store",
        },
    )


@require_http_methods(["GET"])
def authority(request, pk: int):
    """One authority: its public record in every language given, its contact persons for those who may
    see them, its freshness, and for its editors the change awaiting validation."""
    view = _authority_or_404(request, pk)
    return render(
        request,
        "portal/directory/authority.html",
        {"view": view, "may_validate": may_validate_anywhere(request.user) and view.pending is not None},
    )


@require_http_methods(["GET"])
def history_page(request, pk: int):
    """What changed in a record, version by version, and who confirmed it when."""
    view = _authority_or_404(request, pk)
    return render(
        request, "portal/directory/history.html", {"view": view, "entries": history(request.user, view)}
    )


def _form_page(request, form, *, view=None, state=None, status=200, error=None):
    return render(
        request,
        "portal/directory/edit.html",
        {
            "form": form,
            "view": view,
            "state": state or view.state,
            "error": error,
            "validated_directly": may_validate_anywhere(request.user),
            "states": states_in_name_order() if view is None and state is None else [],
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk: int):
    """Change a record (its State's focal points, the Secretariat). A focal point's change is sent to the
    Secretariat for validation; the public reads the validated record meanwhile."""
    view = _authority_or_404(request, pk)
    if not view.may_edit:
        raise PermissionDenied(
            message=_("Only the focal points of %(state)s and the Secretariat change its records.")
            % {"state": view.state.name}
        )
    record = editable_record(request.user, view.authority)
    if request.method == "GET":
        return _form_page(request, AuthorityForm(record=record, revision=view.authority.revision), view=view)
    form = AuthorityForm(request.POST, record=record)
    if not form.is_valid():
        return _form_page(request, form, view=view, status=400)
    try:
        version = services.update_authority(
            request.user,
            view.authority,
            form.record_data(),
            revision=form.cleaned_data["revision"],
            note=form.cleaned_data.get("note", ""),
        )
    except InvalidInput as exc:
        form.show_problems(exc.details)
        return _form_page(request, form, view=view, status=400, error=exc)
    except Conflict as exc:
        return _form_page(request, form, view=view, status=409, error=exc)
    if version is None:
        messages.info(request, _("Nothing was changed. If the record is still correct, confirm it."))
    elif version.status == VersionStatus.PENDING:
        messages.success(
            request,
            _(
                "Your change was sent to the Secretariat for validation. Until then, the directory shows "
                "the validated record."
            ),
        )
    else:
        messages.success(request, _("The change was saved and published."))
    return redirect(reverse("portal:directory_authority", args=[pk]))


@login_required
@require_http_methods(["GET", "POST"])
def new(request):
    """Add a record: a focal point for its own State, the Secretariat for the State it chooses."""
    own = own_state_id(request.user)
    iso3 = (request.POST.get("state") or request.GET.get("state") or "").strip()
    state = None
    if own is not None:
        state = request.user.state
    elif iso3:
        state = state_by_iso3(iso3)
        if state is None:
            raise Http404
    if state is None:
        if not may_validate_anywhere(request.user):
            raise PermissionDenied(
                message=_("Only focal points and the Secretariat add records to the directory.")
            )
        # The Secretariat first chooses the State.
        return render(request, "portal/directory/choose_state.html", {"states": states_in_name_order()})
    if not may_edit(request.user, state):
        raise PermissionDenied(
            message=_("Only the focal points of %(state)s and the Secretariat add its records.")
            % {"state": state.name}
        )
    if request.method == "GET":
        return _form_page(request, AuthorityForm(), state=state)
    form = AuthorityForm(request.POST)
    if not form.is_valid():
        return _form_page(request, form, state=state, status=400)
    try:
        created = services.create_authority(
            request.user, state, form.record_data(), note=form.cleaned_data.get("note", "")
        )
    except InvalidInput as exc:
        form.show_problems(exc.details)
        return _form_page(request, form, state=state, status=400, error=exc)
    except Conflict as exc:
        return _form_page(request, form, state=state, status=409, error=exc)
    if created.validation_state == ValidationState.PENDING:
        messages.success(
            request, _("The record was sent to the Secretariat for validation. It is not public until then.")
        )
    else:
        messages.success(request, _("The record was added to the directory."))
    return redirect(reverse("portal:directory_authority", args=[created.pk]))


@login_required
@require_POST
def confirm(request, pk: int):
    """ "Still correct": a focal point of the State (or the Secretariat) confirms the record."""
    view = _authority_or_404(request, pk)
    try:
        services.confirm_authority(request.user, view.authority)
    except Conflict as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Thank you: the record is confirmed as correct today."))
    return redirect(reverse("portal:directory_authority", args=[pk]))


@login_required
@require_http_methods(["GET"])
def validation(request):
    """The Secretariat's queue: every change awaiting validation, oldest first, with what it changes."""
    require_validator_anywhere(request.user)
    return render(
        request,
        "portal/directory/validation.html",
        {"queue": validation_queue(request.user), "decision_form": DecisionForm()},
    )


@login_required
@require_POST
def decide(request, version: int):
    """Validate or reject one change of the queue."""
    require_validator_anywhere(request.user)
    found = get_object_or_404(AuthorityVersion.objects.select_related("authority__state"), pk=version)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose to validate or to reject the change."))
        return redirect(reverse("portal:directory_validation"))
    name = found.authority.sort_name
    try:
        if form.cleaned_data["decision"] == "validate":
            services.validate_change(request.user, found)
            messages.success(
                request, _("Validated: %(name)s. The directory shows the change.") % {"name": name}
            )
        else:
            services.reject_change(request.user, found, reason=form.cleaned_data.get("reason", ""))
            messages.success(
                request, _("Rejected: %(name)s. The record stays as validated.") % {"name": name}
            )
    except (Conflict, InvalidInput) as exc:
        messages.error(request, exc.message)
    return redirect(reverse("portal:directory_validation"))


@login_required
@require_http_methods(["GET", "POST"])
def import_page(request):
    """The Secretariat imports records from a CSV file: all of them or none, with a report per row."""
    require_validator_anywhere(request.user)
    form = ImportForm(request.POST or None, request.FILES or None)
    context = {"form": form, "report": None, "error": None, "field_labels": FIELD_LABELS}
    status = 200
    if request.method == "POST" and form.is_valid():
        uploaded = form.cleaned_data["file"]
        try:
            if uploaded.size > MAX_BYTES:
                # Refused before it is read into memory.
                raise InvalidInput(
                    message=_("%(file)s is larger than %(limit)s MB: is this the right file?")
                    % {"file": uploaded.name, "limit": MAX_BYTES // (1024 * 1024)}
                )
            context["report"] = services.import_authorities(
                request.user,
                uploaded.read(),
                source=uploaded.name,
                encoding=form.cleaned_data.get("encoding") or None,
            )
        except InvalidInput as exc:
            context["error"] = exc
            status = 400
    elif request.method == "POST":
        status = 400
    return render(request, "portal/directory/import.html", context, status=status)


def _link_problem(request, exc: ObservatoryError):
    return render(request, "portal/directory/link.html", {"problem": exc}, status=exc.status)


@require_http_methods(["GET", "POST"])
def confirm_link(request, token: str):
    """The link of the yearly e-mail. GET shows the record and a "still correct" button, and changes
    nothing (mail scanners open links); the button's POST confirms, in the name of the focal point the
    link was sent to. Used once; an altered link is refused, an old one has expired."""
    try:
        found = request_for_link(token)
    except (InvalidLink, ExpiredLink) as exc:
        return _link_problem(request, exc)
    authority = found.authority
    context = {"request_record": found, "authority": authority, "token": token, "confirmed": False}
    if request.method == "POST":
        try:
            found, confirmed = services.confirm_by_link(token)
        except (InvalidLink, ExpiredLink) as exc:
            return _link_problem(request, exc)
        except Conflict as exc:
            context["problem"] = exc
            return render(request, "portal/directory/link.html", context, status=exc.status)
        context.update(request_record=found, confirmed=confirmed, done=True)
        authority.refresh_from_db()
    context.update(
        name=Text(*in_language(authority.names)), freshness=freshness_of(authority.last_confirmed_at)
    )
    return render(request, "portal/directory/link.html", context)
