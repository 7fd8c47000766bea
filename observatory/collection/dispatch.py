"""E-mailing calls to the focal points of the addressed States: the note verbale, then reminders.

Mail goes through Django's configured mailer (``MAILERS["default"]``: the console in the demo, SMTP in
production, the in-memory outbox in tests). Each e-mail is logged per State as a ``Dispatch``. A step
(the notice, "before:14", "after:7") is claimed in the database *before* its e-mail is sent, under a
constraint that admits one successful dispatch per step: two schedulers running at once cannot both send
it, and a re-run sends nothing twice.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage, make_msgid
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from observatory.accounts.models import Role, User
from observatory.accounts.permissions import SYSTEM, Action, require
from observatory.audit.services import record
from observatory.core.errors import InvalidInput

from .messages import compose_message, dispatch_run
from .models import (
    Addressee,
    Call,
    CallStatus,
    Dispatch,
    DispatchKind,
    DispatchStatus,
    SubmissionStatus,
)

NOTICE = "notice"


@dataclass
class DispatchSummary:
    """What one run of dispatching did."""

    sent: int = 0
    failed: int = 0
    no_recipient: int = 0
    states: list[str] = field(default_factory=list)  # ISO3 of the States mailed

    def as_dict(self) -> dict:
        """The counts, for audit entries and command output."""
        return {"sent": self.sent, "failed": self.failed, "no_recipient": self.no_recipient}


def focal_point_addresses(state) -> list[str]:
    """The e-mail addresses of a State's active focal points, sorted."""
    return sorted(
        User.objects.filter(state=state, role=Role.FOCAL_POINT, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )


def _message_domain() -> str:
    # The sender's domain, not the machine's: asking DNS for the host name can hang on a server.
    return settings.DEFAULT_FROM_EMAIL.rpartition("@")[2] or "localhost"


def _send_step(
    addressee: Addressee, kind: str, step: str, now: datetime.datetime, summary: DispatchSummary
) -> None:
    recipients = focal_point_addresses(addressee.state)
    if not recipients:
        # Logged once per step, however often the scheduler runs: the ledger shows who has no focal point.
        if addressee.dispatches.filter(step=step, status=DispatchStatus.NO_RECIPIENT).exists():
            return
        Dispatch.objects.create(
            addressee=addressee, kind=kind, step=step, status=DispatchStatus.NO_RECIPIENT, at=now
        )
        summary.no_recipient += 1
        return
    message_id = make_msgid(domain=_message_domain())
    try:
        # Claim the step first (its own savepoint): the unique constraint refuses a second claim.
        with transaction.atomic():
            dispatch = Dispatch.objects.create(
                addressee=addressee,
                kind=kind,
                step=step,
                status=DispatchStatus.SENT,
                recipients=recipients,
                message_id=message_id,
                at=now,
            )
    except IntegrityError:
        return  # sent already, by this run's twin
    subject, body, attachments = compose_message(addressee.call, addressee.state, kind=kind, step=step)
    email = EmailMessage(
        subject=subject, body=body, to=recipients, attachments=attachments, headers={"Message-ID": message_id}
    )
    try:
        email.send(using="default")
    except Exception as exc:  # any backend failure (SMTP down, refused address) is logged, never fatal
        dispatch.status, dispatch.error = DispatchStatus.FAILED, f"{type(exc).__name__}: {exc}"[:500]
        dispatch.save(update_fields=["status", "error"])
        summary.failed += 1
        return
    summary.sent += 1
    summary.states.append(addressee.state.iso3)


def _already_sent(addressee: Addressee, step: str) -> bool:
    return addressee.dispatches.filter(step=step, status=DispatchStatus.SENT).exists()


def dispatch_call(actor, call: Call, *, now: datetime.datetime | None = None) -> DispatchSummary:
    """E-mail the note verbale of a launched call to every addressed State not yet sent it (States
    without a focal point are logged and tried again on the next run)."""
    require(actor, Action.MANAGE_CALLS)
    if call.status != CallStatus.LAUNCHED:
        raise InvalidInput(
            message=_("Only a launched call is sent to States."), details=[{"field": "status"}]
        )
    now = now or timezone.now()
    summary = DispatchSummary()
    # One dispatch run: the note verbale is rendered once for all the States mailed.
    with translation.override(settings.LANGUAGE_CODE), dispatch_run(timezone.localdate(now)):
        for addressee in call.addressees.select_related("state", "call"):
            if not _already_sent(addressee, NOTICE):
                _send_step(addressee, DispatchKind.NOTICE, NOTICE, now, summary)
    record(actor=actor, action="collection.call.dispatch", obj=call, after=summary.as_dict())
    return summary


def reminder_steps(call: Call) -> list[tuple[str, datetime.date]]:
    """The reminder steps of a call with the day each falls due, in order."""
    steps = [
        (f"before:{days}", call.deadline - datetime.timedelta(days=days))
        for days in call.reminder_days_before
    ]
    steps += [
        (f"after:{days}", call.deadline + datetime.timedelta(days=days)) for days in call.reminder_days_after
    ]
    return sorted(steps, key=lambda step: (step[1], step[0].startswith("after")))


def due_step(call: Call, today: datetime.date) -> str | None:
    """The latest reminder step due on ``today``, if any. A reminder before the deadline is no longer
    due once the deadline has passed; when a scheduler missed days, only the latest step goes, so a
    State never gets a burst of stale reminders."""
    due = [
        step
        for step, day in reminder_steps(call)
        if day <= today and (step.startswith("after") or today <= call.deadline)
    ]
    return due[-1] if due else None


def _has_answered(addressee: Addressee) -> bool:
    submission = addressee.call.submissions.filter(state=addressee.state).first()
    if submission is None:
        return False
    return submission.status == SubmissionStatus.DECLINED or submission.versions.exists()


def send_due_reminders(now: datetime.datetime | None = None, actor=SYSTEM) -> DispatchSummary:
    """Send each launched call's due reminder to the States that were sent the call and have neither
    submitted nor declined. Idempotent: a step is never sent twice to a State. Meant for cron
    (``observatory send-reminders``)."""
    require(actor, Action.MANAGE_CALLS)
    now = now or timezone.now()
    today = timezone.localdate(now)
    summary = DispatchSummary()
    # One run: each call's reminder note verbale, dated today, is rendered once for all its States.
    with translation.override(settings.LANGUAGE_CODE), dispatch_run(today):
        for call in Call.objects.filter(status=CallStatus.LAUNCHED):
            step = due_step(call, today)
            if step is None:
                continue
            before = summary.as_dict()
            for addressee in call.addressees.select_related("state", "call"):
                if not _already_sent(addressee, NOTICE) or _already_sent(addressee, step):
                    continue
                if _has_answered(addressee):
                    continue
                _send_step(addressee, DispatchKind.REMINDER, step, now, summary)
            if summary.as_dict() != before:
                record(
                    actor=actor,
                    action="collection.call.remind",
                    obj=call,
                    after={"step": step, **{k: summary.as_dict()[k] - before[k] for k in before}},
                )
    return summary
