"""The Secretariat's pages of a call: drafting, the dashboard with the ledger, review, notes verbales.

Views are thin: they read through the collection's selectors, write through its services, and leave
every rule (who may, what is possible now) to them. A service that refuses raises an ObservatoryError,
which the portal's middleware answers with its status and message; a view catches one only to show it
on the form it came from.
"""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from observatory.accounts.permissions import Action, can, require
from observatory.collection import services
from observatory.collection.ledger import LedgerStatus, ledger, ledger_counts
from observatory.collection.models import (
    ANSWER_LANGUAGES,
    AssistanceKind,
    CallStatus,
    DispatchStatus,
    Implemented,
    Priority,
    Submission,
    SubmissionStatus,
)
from observatory.collection.note_verbale import (
    PLACEHOLDERS,
    NoteVerbaleTemplateError,
    default_template,
    render_note_verbale,
    render_note_verbale_html,
    validate_template,
)
from observatory.collection.notes import MIME_TYPES, file_stem, note_for_call
from observatory.collection.selectors import (
    changes_since_previous_cycle,
    compare_answers,
    effective_visibility,
    readable_submission,
    readable_versions,
    visible_calls,
)
from observatory.collection.statistics import statistics_sentences
from observatory.core.errors import InvalidInput
from observatory.core.languages import CONTENT_LANGUAGES, field_suffix
from observatory.countries.models import RegionalGroup
from observatory.library.models import Visibility

from .secretariat_forms import CallForm, ClarificationForm

#: lang attribute of text written in each content language (BCP 47: Chinese is written in simplified script).
LANG_TAGS = {"ar": "ar", "zh": "zh-Hans", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}
LANGUAGE_NAMES = dict(ANSWER_LANGUAGES)
NOTE_FORMATS = ("docx", "pdf")
#: The statuses of the review steps each button is offered in (the services decide; this only spares the
#: reviewer buttons that would be refused).
ACKNOWLEDGEABLE = {SubmissionStatus.SUBMITTED}
REVIEWABLE = {SubmissionStatus.SUBMITTED, SubmissionStatus.ACKNOWLEDGED}


def _direction(code: str) -> str:
    return "rtl" if code == "ar" else "ltr"


def _signed_in(action: Action):
    """Let the view run for users whose role allows ``action``: the anonymous are sent to sign in, other
    roles get the 403 page."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            require(request.user, action)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def _call(request, pk: int):
    return get_object_or_404(visible_calls(request.user), pk=pk)


def _dashboard(call) -> str:
    return reverse("portal:call_dashboard", args=[call.pk])


@require_http_methods(["GET", "POST"])
@_signed_in(Action.MANAGE_CALLS)
def new_call(request):
    """Draft a call for information; on success, its dashboard."""
    form = CallForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            call = services.create_call(request.user, **form.service_arguments())
        except InvalidInput as error:
            # Shown on the form, next to the field it names when there is one, so nothing typed is lost.
            field = next((d.get("field") for d in error.details if d.get("field") in form.fields), None)
            form.add_error(field, error.message)
        else:
            messages.success(request, _("The call was drafted. Check it, then launch it."))
            return redirect(_dashboard(call))
    return render(request, "portal/secretariat/new_call.html", {"form": form})


def _group_counts(rows) -> dict:
    counts = ledger_counts(rows)
    statuses = list(LedgerStatus)

    def line(label, counter):
        return {
            "label": label,
            "addressed": sum(counter.values()),
            "counts": [counter[status] for status in statuses],
            "submitted": counter[LedgerStatus.ON_TIME] + counter[LedgerStatus.LATE],
        }

    return {
        "statuses": statuses,
        "groups": [
            line(group.label, counts.by_group.get(group.value, {}))
            for group in RegionalGroup
            if counts.by_group.get(group.value) or group != RegionalGroup.NONE
        ],
        "total": line(_("All addressed States"), counts.total),
    }


def _ledger_rows(rows) -> list[dict]:
    return [
        {
            "row": row,
            "status_label": LedgerStatus(row.status).label,
            "problem_label": DispatchStatus(row.problem).label if row.problem else "",
            "submission_label": SubmissionStatus(row.submission_status).label
            if row.submission_status
            else "",
        }
        for row in rows
    ]


@require_http_methods(["GET"])
@_signed_in(Action.VIEW_SECRETARIAT_ONLY)
def dashboard(request, pk: int):
    """A call as the Secretariat follows it: what it asks, who was sent it and who answered, the
    statistics sentence in six languages, and its note verbale."""
    call = _call(request, pk)
    rows = ledger(request.user, call)
    interface = field_suffix()
    sentences = statistics_sentences(call)
    note = note_for_call(call, interface)
    context = {
        "call": call,
        "questions": list(call.questions.select_related("article").order_by("position")),
        "articles": list(call.articles.order_by("number")),
        "topics": list(call.topics.all()),
        "may_manage": can(request.user, Action.MANAGE_CALLS),
        "is_draft": call.status == CallStatus.DRAFT,
        "is_launched": call.status == CallStatus.LAUNCHED,
        "ledger": _ledger_rows(rows),
        "group_counts": _group_counts(rows),
        "sentences": [
            {
                "code": code,
                "lang": LANG_TAGS[code],
                "dir": _direction(code),
                "name": LANGUAGE_NAMES[code],
                "text": text,
            }
            for code, text in sentences.items()
        ],
        "downloads": [
            {
                "code": code,
                "lang": LANG_TAGS[code],
                "name": LANGUAGE_NAMES[code],
                "files": [
                    (fmt, reverse("portal:note_verbale", args=[call.pk, code, fmt])) for fmt in NOTE_FORMATS
                ],
                "template_url": reverse("portal:note_template", args=[call.pk, code]),
                "is_edited": code in (call.note_templates or {}),
            }
            for code in CONTENT_LANGUAGES
        ],
        # A whole page of its own (lang, dir, stylesheet), every field escaped by the renderer: shown in
        # a sandboxed frame so that its styles stay out of this page.
        "note_html": render_note_verbale_html(note),
        "note_lang": LANG_TAGS[note.language],
    }
    return render(request, "portal/secretariat/dashboard.html", context)


@require_POST
@_signed_in(Action.MANAGE_CALLS)
def launch(request, pk: int):
    """Launch a drafted call and e-mail its note verbale to the focal points of every addressed State."""
    call = _call(request, pk)
    # Launching and mailing as two steps (as launch_call does by default) so that the page can say what
    # the mailing did.
    services.launch_call(request.user, call, dispatch=False)
    summary = services.dispatch_call(request.user, call)
    messages.success(request, _dispatch_message(_("The call was launched."), summary))
    return redirect(_dashboard(call))


def _dispatch_message(opening: str, summary) -> str:
    parts = [
        opening,
        _("E-mails sent: %(sent)d.") % {"sent": summary.sent},
    ]
    if summary.failed:
        parts.append(_("E-mails that failed (tried again on the next run): %(n)d.") % {"n": summary.failed})
    if summary.no_recipient:
        parts.append(
            _("States without a focal point with an e-mail address: %(n)d.") % {"n": summary.no_recipient}
        )
    return " ".join(parts)


@require_POST
@_signed_in(Action.MANAGE_CALLS)
def close(request, pk: int):
    """Close a launched call: no more reminders, no more answers."""
    call = _call(request, pk)
    services.close_call(request.user, call)
    messages.success(request, _("The call was closed: it sends no more reminders and takes no more answers."))
    return redirect(_dashboard(call))


@require_POST
@_signed_in(Action.MANAGE_CALLS)
def remind(request, pk: int):
    """Send now the reminders that are due, as the daily scheduled run would: for every launched call, not
    this one alone."""
    call = _call(request, pk)
    summary = services.send_due_reminders(actor=request.user)
    opening = (
        _("Reminders due for every launched call were sent.")
        if summary.sent
        else _("No reminder was due for any launched call.")
    )
    messages.success(request, _dispatch_message(opening, summary))
    return redirect(_dashboard(call))


def _answer_rows(view, questions: dict) -> list[dict]:
    rows = []
    for answer in view.answers:
        code = answer["language"]
        question = questions.get(answer["question"])
        visibility = effective_visibility(view.version.visibility, answer["visibility"])
        rows.append(
            {
                "answer": answer,
                "question": question.text if question else answer["question_text"],
                "lang": LANG_TAGS.get(code, code),
                "dir": _direction(code),
                "language_name": LANGUAGE_NAMES.get(code, code),
                "implemented": Implemented(answer["implemented"]).label if answer["implemented"] else "",
                "visibility": Visibility(visibility).label,
                "narrowed": bool(answer["visibility"]) and answer["visibility"] != view.version.visibility,
                "needs": [
                    {
                        "kind": AssistanceKind(need["kind"]).label,
                        "priority": Priority(need["priority"]).label,
                        "description": need["description"],
                    }
                    for need in answer["assistance_needs"]
                ],
            }
        )
    return rows


def _field_label(name: str) -> str:
    labels = {
        "implemented": _("Implemented"),
        "measures": _("Measures taken"),
        "examples": _("Examples of implementation"),
        "challenges": _("Challenges"),
        "language": _("Language"),
        "visibility": _("Visibility"),
        "assistance_needs": _("Technical-assistance needs"),
    }
    return labels.get(name, name)


def _value_label(name: str, value) -> str:
    """A coded value as the reader's words (texts are shown as they are, by the template)."""
    if name == "implemented":
        return Implemented(value).label if value else _("(not answered)")
    if name == "language":
        return LANGUAGE_NAMES.get(value, value)
    if name == "visibility":
        return Visibility(value).label if value else _("as the submission")
    if name == "assistance_needs":
        return "; ".join(
            f"{AssistanceKind(need['kind']).label} ({Priority(need['priority']).label})" for need in value
        ) or _("(none)")
    return value


def _change_rows(changes, answers: list[dict]) -> list[dict]:
    languages = {answer["position"]: answer["language"] for answer in answers}
    rows = []
    for change in changes:
        code = languages.get(change.position, "en")
        rows.append(
            {
                "change": change,
                "field": _field_label(change.field),
                "lang": LANG_TAGS.get(code, code),
                "dir": _direction(code),
                "before": None if change.diff is not None else _value_label(change.field, change.before),
                "after": None if change.diff is not None else _value_label(change.field, change.after),
            }
        )
    return rows


def _version_pair(request, versions):
    """The two versions to compare: ``?from=`` and ``?to=`` (version numbers), by default the latest
    against the one before."""
    by_number = {version.number: version for version in versions}
    if len(by_number) < 2:
        return None, None
    numbers = sorted(by_number)

    def number(name, default):
        value = request.GET.get(name, "")
        return int(value) if value.isdigit() and int(value) in by_number else default

    older, newer = number("from", numbers[-2]), number("to", numbers[-1])
    if older == newer:
        return None, None
    older, newer = sorted((older, newer))
    return by_number[older], by_number[newer]


@require_http_methods(["GET", "POST"])
@_signed_in(Action.VIEW_SECRETARIAT_ONLY)
def review(request, pk: int, iso3: str):
    """One State's submission to a call, as submitted: its answers, versions and changes, with the review
    steps (acknowledge, request clarification, publish)."""
    call = _call(request, pk)
    submission = get_object_or_404(
        Submission.objects.select_related("call", "state", "published_version"),
        call=call,
        state__iso3=iso3.upper(),
    )
    clarification = ClarificationForm(request.POST if request.POST.get("action") == "clarify" else None)
    if request.method == "POST":
        done = _review_step(request, submission, clarification)
        if done:
            messages.success(request, done)
            return redirect(reverse("portal:review", args=[call.pk, submission.state.iso3]))
    view = readable_submission(request.user, submission)
    if view is None or view.version is None:
        raise Http404  # nothing submitted yet: the Secretariat never reads drafts
    versions = readable_versions(request.user, submission)
    questions = {question.pk: question for question in call.questions.all()}
    older, newer = _version_pair(request, versions)
    between = (
        _change_rows(
            compare_answers(older.snapshot["answers"], newer.snapshot["answers"]), newer.snapshot["answers"]
        )
        if older
        else []
    )
    status = submission.status
    context = {
        "call": call,
        "submission": submission,
        "state": submission.state,
        "view": view,
        "answers": _answer_rows(view, questions),
        "documents": view.documents,
        "versions": versions,
        "older": older,
        "newer": newer,
        "between": between,
        "since_previous": _change_rows(changes_since_previous_cycle(request.user, submission), view.answers),
        "clarification": clarification,
        "may_acknowledge": status in ACKNOWLEDGEABLE and can(request.user, Action.REVIEW_SUBMISSION),
        "may_clarify": status in REVIEWABLE and can(request.user, Action.REVIEW_SUBMISSION),
        "may_publish": status in REVIEWABLE and can(request.user, Action.PUBLISH),
    }
    return render(request, "portal/secretariat/review.html", context)


def _review_step(request, submission, clarification) -> str | None:
    """Run the review step the form asked for; its success message, or None to show the page again with
    the clarification form's errors."""
    action = request.POST.get("action")
    if action == "acknowledge":
        services.acknowledge(request.user, submission)
        return _("Receipt of the submission was acknowledged.")
    if action == "publish":
        services.publish(request.user, submission)
        return _("The submission was published to the readers its visibility admits.")
    if action == "clarify":
        if not clarification.is_valid():
            return None
        try:
            services.request_clarification(request.user, submission, clarification.cleaned_data["message"])
        except InvalidInput as error:
            clarification.add_error("message", error.message)
            return None
        return _("The submission was sent back to the State with your question.")
    raise InvalidInput(message=_("Unknown review step."), details=[{"field": "action", "value": action}])


@require_http_methods(["GET"])
def note_verbale(request, pk: int, language: str, fmt: str):
    """The note verbale of a call as a DOCX or PDF file, in one of the six languages; public for every
    call the reader may see."""
    if language not in CONTENT_LANGUAGES or fmt not in NOTE_FORMATS:
        raise Http404
    call = _call(request, pk)
    note = note_for_call(call, language)
    # One format rendered, not both as notes.note_files does: a PDF costs a second of WeasyPrint. The name
    # is the one note_files gives.
    name = f"{file_stem(call)}.{note.language}.{fmt}"
    return HttpResponse(
        render_note_verbale(note, format=fmt),
        content_type=MIME_TYPES[fmt],
        headers={"Content-Disposition": content_disposition_header(True, name)},
    )


@require_http_methods(["GET", "POST"])
@_signed_in(Action.MANAGE_CALLS)
def note_template(request, pk: int, language: str):
    """Edit the body of the call's note verbale in one language (blank: the default template), with the
    placeholders it may use and a preview; a template with problems is shown again with each problem and
    its line, nothing saved."""
    if language not in CONTENT_LANGUAGES:
        raise Http404
    call = _call(request, pk)
    stored = (call.note_templates or {}).get(language, "")
    text = (
        request.POST.get("template", "") if request.method == "POST" else stored or default_template(language)
    )
    problems: list[str] = []
    if request.method == "POST":
        try:
            services.set_note_template(request.user, call, language, "" if "reset" in request.POST else text)
        except NoteVerbaleTemplateError:
            problems = validate_template(text)  # each with its line
        else:
            messages.success(
                request,
                _("The note verbale in %(language)s was saved.") % {"language": LANGUAGE_NAMES[language]},
            )
            return redirect(_dashboard(call))
    preview = ""
    if not problems:
        preview = render_note_verbale_html(note_for_call(call, language), template=text)
    return render(
        request,
        "portal/secretariat/note_template.html",
        {
            "call": call,
            "language": language,
            "lang": LANG_TAGS[language],
            "dir": _direction(language),
            "language_name": LANGUAGE_NAMES[language],
            "text": text,
            "is_edited": bool(stored),
            "problems": problems,
            "placeholders": PLACEHOLDERS,
            "preview": preview,
        },
        status=400 if problems else 200,
    )
