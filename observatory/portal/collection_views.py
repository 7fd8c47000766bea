"""Calls for information as States and the public meet them: the list of calls, a call with its published
submissions, a submission, a State's inbox, and the answer form (saved as you type through htmx; a plain
form without JavaScript).

Views read through ``collection.selectors`` and write through ``collection.services``; the services check
every permission. A refusal a view only passes on is answered by the error middleware; the answer form
catches the errors it shows next to the question they concern, so nothing typed is lost.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from observatory.accounts.permissions import Action, can
from observatory.collection import services
from observatory.collection.models import (
    ANSWER_LANGUAGES,
    Answer,
    AssistanceKind,
    CallStatus,
    Implemented,
    Priority,
    Submission,
)
from observatory.collection.selectors import (
    changes_since_previous_cycle,
    drafts_for,
    open_calls_for,
    own_state,
    published_submissions,
    readable_submission,
    visible_calls,
)
from observatory.core.errors import Conflict, InvalidInput, ObservatoryError, PermissionDenied
from observatory.core.languages import CONTENT_LANGUAGES, field_suffix
from observatory.countries.selectors import state_by_iso3
from observatory.library.models import Visibility

from .collection_forms import NEED_ROWS, AnswerForm

NOTE_FORMATS = ("pdf", "docx")


def _visible_call(user, pk: int):
    return get_object_or_404(visible_calls(user), pk=pk)


def _is_secretariat(user) -> bool:
    return can(user, Action.VIEW_SECRETARIAT_ONLY)


def _note_links(call) -> list[dict]:
    """The note verbale downloads of a call, a row per language."""
    return [
        {
            "language": language,
            "files": [
                (
                    fmt,
                    reverse("portal:note_verbale", kwargs={"pk": call.pk, "language": language, "fmt": fmt}),
                )
                for fmt in NOTE_FORMATS
            ],
        }
        for language in CONTENT_LANGUAGES
    ]


def calls(request):
    """Every call the reader may see, open ones first; the Secretariat also sees drafts."""
    visible = list(visible_calls(request.user).order_by("deadline"))
    by_status = {status: [c for c in visible if c.status == status] for status in CallStatus.values}
    return render(
        request,
        "portal/collection/calls.html",
        {
            "open_calls": by_status[CallStatus.LAUNCHED],
            "closed_calls": sorted(by_status[CallStatus.CLOSED], key=lambda c: c.deadline, reverse=True),
            "draft_calls": by_status[CallStatus.DRAFT],
            "may_manage": can(request.user, Action.MANAGE_CALLS),
        },
    )


def call(request, pk: int):
    """One call: what it asks, of whom and by when, the note verbale, and the published submissions."""
    found = _visible_call(request.user, pk)
    state = own_state(request.user)
    own = Submission.objects.filter(call=found, state=state).first() if state else None
    addressed = state is not None and found.addressees.filter(state=state).exists()
    return render(
        request,
        "portal/collection/call.html",
        {
            "call": found,
            "questions": found.questions.select_related("checklist_item", "article"),
            "published": published_submissions(request.user, call=found),
            "note_links": _note_links(found),
            "own_state": state,
            "own_submission": own,
            "addressed": addressed,
            "is_secretariat": _is_secretariat(request.user),
        },
    )


def submission(request, pk: int, iso3: str):
    """One State's submission to a call, as the reader may see it: the State its working copy, the
    Secretariat the latest submitted version, others the published one. Not found for anyone else."""
    found_call = _visible_call(request.user, pk)
    state = state_by_iso3(iso3)
    if state is None:
        raise Http404
    found = Submission.objects.filter(call=found_call, state=state).select_related("state").first()
    view = readable_submission(request.user, found) if found else None
    if view is None:
        raise Http404
    questions = {question.pk: question for question in found_call.questions.all()}
    answers = [dict(answer, question_obj=questions.get(answer["question"])) for answer in view.answers]
    return render(
        request,
        "portal/collection/submission.html",
        {
            "call": found_call,
            "submission": found,
            "view": view,
            "answers": answers,
            "is_own": own_state(request.user) == state,
            "changes": changes_since_previous_cycle(request.user, found),
        },
    )


@login_required
def inbox(request):
    """The focal point's and contributors' inbox: open calls to their State, with deadlines, and the
    drafts waiting for them."""
    state = own_state(request.user)
    if state is None:
        raise PermissionDenied(message=_("The inbox is for the focal points and contributors of a State."))
    today = timezone.localdate()
    submissions = {s.call_id: s for s in Submission.objects.filter(state=state)}
    rows = [
        {
            "call": open_call,
            "days_left": (open_call.deadline - today).days,
            "days_overdue": (today - open_call.deadline).days,
            "submission": submissions.get(open_call.pk),
        }
        for open_call in open_calls_for(request.user)
    ]
    return render(
        request,
        "portal/collection/inbox.html",
        {"state": state, "rows": rows, "drafts": drafts_for(request.user)},
    )


def _open_call_for_state(request, pk: int):
    """The launched call addressed to the reader's State, or a clear refusal."""
    state = own_state(request.user)
    if state is None:
        raise PermissionDenied(message=_("Only the focal points and contributors of a State answer calls."))
    found = _visible_call(request.user, pk)
    if not found.addressees.filter(state=state).exists():
        raise Http404
    return found, state


def _default_language() -> str:
    return field_suffix()


def _question_rows(found_call, submission_obj, *, posted=None, errors=None) -> list[dict]:
    """Each question with its answer (or the values just posted, when they could not be saved)."""
    answers = {}
    if submission_obj is not None:
        answers = {
            answer.question_id: answer
            for answer in Answer.objects.filter(submission=submission_obj).prefetch_related(
                "assistance_needs"
            )
        }
    rows = []
    for question in found_call.questions.select_related("checklist_item", "article"):
        answer = answers.get(question.pk)
        if posted is not None and posted[0] == question.pk:
            form = posted[1]
        else:
            form = AnswerForm.for_answer(answer, default_language=_default_language())
        rows.append(
            {
                "question": question,
                "answer": answer,
                "form": form,
                "revision": answer.revision if answer else 0,
                "error": (errors or {}).get(question.pk),
            }
        )
    return rows


def _answer_page(request, found_call, state, *, status=200, posted=None, errors=None):
    submission_obj = Submission.objects.filter(call=found_call, state=state).first()
    return render(
        request,
        "portal/collection/answer_form.html",
        {
            "call": found_call,
            "state": state,
            "submission": submission_obj,
            "rows": _question_rows(found_call, submission_obj, posted=posted, errors=errors),
            "may_submit": can(request.user, Action.SUBMIT_SUBMISSION, state),
            "is_editable": submission_obj is None or submission_obj.is_editable,
            "is_open": found_call.status == CallStatus.LAUNCHED,
            "changes": changes_since_previous_cycle(request.user, submission_obj) if submission_obj else [],
            "languages": ANSWER_LANGUAGES,
            "visibilities": Visibility.choices,
            "implemented_choices": Implemented.choices,
            "kinds": AssistanceKind.choices,
            "priorities": Priority.choices,
            "need_rows": NEED_ROWS,
            "documents": submission_obj.documents.select_related("document") if submission_obj else [],
            "max_upload_mb": settings.OBSERVATORY_MAX_UPLOAD_BYTES // (1024 * 1024),
        },
        status=status,
    )


@login_required
def answer_form(request, pk: int):
    """The State's answers to a call, one form per question, saved as you type."""
    found_call, state = _open_call_for_state(request, pk)
    return _answer_page(request, found_call, state)


@login_required
@require_POST
def save_answer(request, pk: int, question: int):
    """Save one answer. With htmx, answers a fragment: saved (with the new revision), or the conflict /
    error next to the question. Without, redirects back to the form (or shows it with the error and
    everything that was typed)."""
    found_call, state = _open_call_for_state(request, pk)
    question_obj = get_object_or_404(found_call.questions, pk=question)
    form = AnswerForm(request.POST)
    error = None
    answer = None
    if not form.is_valid():
        error = InvalidInput(
            message=_("The answer could not be saved: %(problems)s")
            % {"problems": " ".join(str(e) for errors in form.errors.values() for e in errors)}
        )
    else:
        try:
            submission_obj = services.start_submission(request.user, found_call, state)
            answer = services.save_answer(
                request.user, submission_obj, question_obj, revision=form.revision_to_save(), **form.changes()
            )
        except (Conflict, InvalidInput) as exc:
            error = exc
    if request.htmx:
        context = {"question": question_obj, "answer": answer, "error": error, "now": timezone.now()}
        status = 200 if error is None else error.status
        return render(request, "portal/collection/_answer_saved.html", context, status=status)
    if error is None:
        messages.success(request, _("Answer %(number)s saved.") % {"number": question_obj.position})
        return redirect(f"{reverse('portal:answer_form', kwargs={'pk': pk})}#question-{question_obj.pk}")
    return _answer_page(
        request,
        found_call,
        state,
        status=error.status,
        posted=(question_obj.pk, form),
        errors={question_obj.pk: error},
    )


def _back_to_form(pk: int):
    return redirect(reverse("portal:answer_form", kwargs={"pk": pk}))


@login_required
@require_POST
def submit(request, pk: int):
    """The focal point submits the State's answers (a frozen version)."""
    found_call, state = _open_call_for_state(request, pk)
    submission_obj = Submission.objects.filter(call=found_call, state=state).first()
    if submission_obj is None:
        messages.error(request, _("There is nothing to submit yet: answer a question or upload a document."))
        return _back_to_form(pk)
    visibility = request.POST.get("visibility") or None
    try:
        version = services.submit(request.user, submission_obj, visibility=visibility)
    except (Conflict, InvalidInput) as exc:
        messages.error(request, exc.message)
        return _back_to_form(pk)
    if version.is_late:
        messages.warning(
            request,
            _("Version %(number)s submitted after the deadline: it is accepted and marked as late.")
            % {"number": version.number},
        )
    else:
        messages.success(request, _("Version %(number)s submitted. Thank you.") % {"number": version.number})
    return redirect(reverse("portal:submission", kwargs={"pk": pk, "iso3": state.iso3}))


@login_required
@require_POST
def decline(request, pk: int):
    """The focal point records that the State will not answer this call."""
    found_call, state = _open_call_for_state(request, pk)
    try:
        services.decline(request.user, found_call, state, reason=request.POST.get("reason", "")[:4000])
    except (Conflict, InvalidInput) as exc:
        messages.error(request, exc.message)
        return _back_to_form(pk)
    messages.success(request, _("Recorded: %(state)s will not answer this call.") % {"state": state.name})
    return redirect(reverse("portal:inbox"))


@login_required
@require_POST
def reopen(request, pk: int):
    """The focal point reopens a submitted answer to change it (the next submission is a new version)."""
    found_call, state = _open_call_for_state(request, pk)
    submission_obj = get_object_or_404(Submission, call=found_call, state=state)
    try:
        services.reopen(request.user, submission_obj)
    except (Conflict, InvalidInput) as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The answers are open for changes again."))
    return _back_to_form(pk)


@login_required
@require_POST
def upload(request, pk: int):
    """A State uploads a filled document (DOCX or PDF) instead of, or besides, the form."""
    found_call, state = _open_call_for_state(request, pk)
    limit = settings.OBSERVATORY_MAX_UPLOAD_BYTES
    try:
        # Refused before the body is read: an oversized upload is never written to disk.
        if int(request.META.get("CONTENT_LENGTH") or 0) > limit + 1024 * 1024:
            raise InvalidInput(
                message=_("The file is larger than %(limit)s MB: upload a smaller file.")
                % {"limit": limit // (1024 * 1024)},
                details=[{"field": "file"}],
            )
        uploaded = request.FILES.get("file")
        language = request.POST.get("language") or None
        if uploaded is None:
            raise InvalidInput(message=_("Choose a DOCX or PDF file to upload."), details=[{"field": "file"}])
        if uploaded.size > limit:
            raise InvalidInput(
                message=_("%(file)s is larger than %(limit)s MB: upload a smaller file.")
                % {"file": uploaded.name, "limit": limit // (1024 * 1024)},
                details=[{"field": "file", "size": uploaded.size}],
            )
        if language is not None and language not in CONTENT_LANGUAGES:
            raise InvalidInput(message=_("Unknown language."), details=[{"field": "language"}])
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "upload"
            with path.open("wb") as out:
                for chunk in uploaded.chunks():
                    out.write(chunk)
            link = services.upload_document(
                request.user, found_call, state, path, original_name=uploaded.name, language=language
            )
    except ObservatoryError as exc:
        messages.error(request, exc.message)
        return _back_to_form(pk)
    messages.success(
        request,
        _("%(file)s was received and added to your submission; submit it when it is ready.")
        % {"file": link.source_name},
    )
    return _back_to_form(pk)
