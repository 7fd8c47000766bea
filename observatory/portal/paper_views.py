"""The background-paper workbench: the Secretariat's papers, and for each the sections of its scope with
the approaches of States found in them, the challenges and needs they reported, and the officer's text.

Views read through ``papers.selectors`` and write through ``papers.services`` (which check the
permission and record the audit entry); a refusal is shown on the page it came from.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from observatory.core.errors import Conflict, InvalidInput, NotFound
from observatory.core.languages import CONTENT_LANGUAGES
from observatory.papers import export, selectors, services

from .paper_forms import PAPER_LANGUAGES, PaperForm, SectionForm

FORM_ERRORS = (InvalidInput, Conflict, NotFound)


@login_required
def papers(request):
    """The papers, newest first, and the form that starts one."""
    return _papers_page(request, PaperForm())


def _papers_page(request, form, *, status=200, error=None):
    listed = selectors.papers_for(request.user)
    return render(
        request, "portal/papers/papers.html", {"papers": listed, "form": form, "error": error}, status=status
    )


@login_required
@require_POST
def new_paper(request):
    """Start a paper: its approaches are found at once."""
    selectors.papers_for(request.user)  # the permission, before reading the form
    form = PaperForm(request.POST)
    if not form.is_valid():
        return _papers_page(request, form, status=400)
    data = form.cleaned_data
    try:
        paper = services.create_paper(
            request.user,
            title=data["title"],
            symbol=data["symbol"],
            language=data["language"],
            visibility=data["visibility"],
            call=data["call"],
            articles=data["articles"],
            topics=data["topics"],
        )
    except FORM_ERRORS as exc:
        return _papers_page(request, form, status=exc.status, error=exc)
    return redirect("portal:paper", pk=paper.pk)


@login_required
def paper(request, pk: int):
    """The workbench of one paper."""
    found = selectors.paper_for(request.user, pk)
    return _workbench_page(request, found)


def _workbench_page(request, found, *, status=200, error=None, editing=None):
    """The workbench; ``editing`` is (section id, bound form) to show a section's form as it was typed."""
    bench = selectors.workbench(request.user, found)
    forms = {}
    for view in bench.sections:
        section = view.section
        forms[section.pk] = SectionForm(
            initial={"heading": section.heading, "text": section.text, "revision": section.revision}
        )
    if editing is not None:
        forms[editing[0]] = editing[1]
    for view in bench.sections:
        view.form = forms[view.section.pk]
    context = {"bench": bench, "error": error, "languages": PAPER_LANGUAGES}
    return render(request, "portal/papers/workbench.html", context, status=status)


def _back(found, fragment: str = ""):
    address = reverse("portal:paper", kwargs={"pk": found.pk})
    return redirect(f"{address}#{fragment}" if fragment else address)


def _act(request, pk: int, action, success: str, fragment=lambda result: ""):
    """Run one workbench action; on refusal show the workbench with the reason."""
    found = selectors.paper_for(request.user, pk)
    try:
        result = action(found)
    except FORM_ERRORS as exc:
        return _workbench_page(request, found, status=exc.status, error=exc)
    messages.success(request, success)
    return _back(found, fragment(result))


def _ids(request, name: str) -> list[int]:
    values = request.POST.getlist(name)
    if not all(value.isdigit() for value in values):
        raise InvalidInput(message=_("Choose approaches from the list."), details=[{"field": name}])
    return [int(value) for value in values]


@login_required
@require_POST
def find_approaches(request, pk: int):
    """Gather the paragraphs again and find the approaches anew."""
    return _act(
        request,
        pk,
        lambda found: services.find_approaches(request.user, found),
        _("The approaches were found again."),
    )


def _to_approach(result) -> str:
    """The fragment of the (first) approach an action left: the page opens on it."""
    first = result[0] if isinstance(result, list) else result
    return f"approach-{first.pk}"


def _on_approach(request, pk: int, approach: int, act, success: str):
    """Run ``act`` on one approach of the paper (NotFound for another paper's)."""

    def action(found):
        (chosen,) = selectors.approaches_for(found, [approach])
        return act(chosen)

    return _act(request, pk, action, success, _to_approach)


@login_required
@require_POST
def rename_approach(request, pk: int, approach: int):
    """Give an approach the officer's name."""
    name = request.POST.get("name", "")
    return _on_approach(
        request,
        pk,
        approach,
        lambda chosen: services.rename_approach(request.user, chosen, name),
        _("The approach was renamed."),
    )


@login_required
@require_POST
def split_approach(request, pk: int, approach: int):
    """Split an approach in two."""
    return _on_approach(
        request,
        pk,
        approach,
        lambda chosen: services.split_approach(request.user, chosen),
        _("The approach was split in two."),
    )


@login_required
@require_POST
def merge_approaches(request, pk: int):
    """Merge the approaches ticked in a section."""

    def action(found):
        return services.merge_approaches(
            request.user, selectors.approaches_for(found, _ids(request, "approach"))
        )

    return _act(request, pk, action, _("The approaches were merged."), _to_approach)


@login_required
@require_POST
def move_approach(request, pk: int, approach: int):
    """Move an approach one place up or down in its section."""
    direction = request.POST.get("direction", "")
    return _on_approach(
        request,
        pk,
        approach,
        lambda chosen: services.move_approach(request.user, chosen, direction),
        _("The approaches were reordered."),
    )


@login_required
@require_POST
def save_section(request, pk: int, section: int):
    """Save a section's heading and text; the form comes back as typed when it is refused."""
    found = selectors.paper_for(request.user, pk)
    chosen = selectors.section_for(found, section)
    form = SectionForm(request.POST)
    if not form.is_valid():
        return _workbench_page(request, found, status=400, editing=(chosen.pk, form))
    try:
        services.save_section(
            request.user,
            chosen,
            heading=form.cleaned_data["heading"],
            text=form.cleaned_data["text"],
            revision=form.cleaned_data["revision"],
        )
    except FORM_ERRORS as exc:
        if isinstance(exc, Conflict):
            # The colleague's text is on the page; the officer's stays in the form, ready to save over it.
            chosen.refresh_from_db()
            form = SectionForm({**request.POST.dict(), "revision": chosen.revision})
            form.is_valid()
        return _workbench_page(request, found, status=exc.status, error=exc, editing=(chosen.pk, form))
    messages.success(request, _("The section was saved."))
    return _back(found, f"section-{chosen.pk}")


@login_required
def paper_file(request, pk: int, language: str, fmt: str):
    """The paper as DOCX or PDF in one of the six languages; a source its audience may no longer read
    brings the workbench back with the reason, nothing exported."""
    if language not in CONTENT_LANGUAGES or fmt not in export.FORMATS:
        raise Http404
    found = selectors.paper_for(request.user, pk)
    try:
        data, name = export.paper_file(request.user, found, format=fmt, language=language)
    except InvalidInput as exc:
        return _workbench_page(request, found, status=exc.status, error=exc)
    return HttpResponse(
        data,
        content_type=export.MIME_TYPES[fmt],
        headers={"Content-Disposition": content_disposition_header(True, name)},
    )
