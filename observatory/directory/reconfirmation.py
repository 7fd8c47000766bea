"""The yearly reconfirmation: each State's focal points are e-mailed about its records that were not
confirmed for a year, or will not have been within ``DUE_BEFORE``, with a one-click link per record that
confirms it and a link to its edit form.

Mail goes through Django's configured mailer (``MAILERS["default"]``), one e-mail per focal point listing
all of the State's records that are due, each link signed for that focal point, so that the confirmation
is theirs. Each (record, focal point) is logged as a ``ReconfirmationRequest``, claimed in the database
*before* the e-mail goes, under a constraint that admits one sent request per record, focal point and
month: two schedulers at once cannot both send it. A record is asked about again every ``RESEND_AFTER``
until someone confirms or changes it; a record whose change awaits validation is not asked about (its
State has acted; the Secretariat's validation confirms it). A State without a focal point with an e-mail
address is logged once a month per record, for the Secretariat to see.
"""

from __future__ import annotations

import datetime
import secrets
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage, make_msgid
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from observatory.accounts.models import Role, User
from observatory.accounts.permissions import SYSTEM
from observatory.audit.services import record
from observatory.core.wording import format_date

from .access import require_validator_anywhere
from .confirmation import LINK_VALID, link_token
from .freshness import DUE_BEFORE, STALE_AFTER, FreshnessLevel, freshness_filter, freshness_of
from .models import Authority, ReconfirmationRequest, RequestStatus, ValidationState
from .records import in_language

#: How long after a request the same record is asked about again, while nobody answers.
RESEND_AFTER = datetime.timedelta(days=30)


@dataclass
class ReconfirmationSummary:
    """What one round of requests did."""

    sent: int = 0  # e-mails sent
    records: int = 0  # records asked about (one per record and focal point)
    failed: int = 0
    no_recipient: int = 0  # States with due records and no focal point with an e-mail address
    states: list[str] = field(default_factory=list)  # ISO3 of the States mailed

    def as_dict(self) -> dict:
        """The counts, for the audit entry and the command's output."""
        return {
            "sent": self.sent,
            "records": self.records,
            "failed": self.failed,
            "no_recipient": self.no_recipient,
        }


def focal_points_of(state) -> list[User]:
    """A State's active focal points with an e-mail address, by address."""
    return list(
        User.objects.filter(state=state, role=Role.FOCAL_POINT, is_active=True)
        .exclude(email="")
        .order_by("email")
    )


def due_records(now: datetime.datetime) -> dict:
    """The validated records in force that are due or stale at ``now``, by State."""
    due = (
        Authority.objects.filter(is_active=True, validation_state=ValidationState.VALIDATED)
        .filter(freshness_filter(FreshnessLevel.STALE, now) | freshness_filter(FreshnessLevel.DUE, now))
        .select_related("state")
        .order_by("state__name_en", "designation", "sort_name", "pk")
    )
    by_state: dict = defaultdict(list)
    for authority in due:
        by_state[authority.state].append(authority)
    return by_state


def site_url(path: str) -> str:
    """``path`` on the portal: absolute when ``OBSERVATORY_SITE_URL`` is set, else the path alone."""
    site = (getattr(settings, "OBSERVATORY_SITE_URL", "") or "").rstrip("/")
    return f"{site}{path}"


def _message_domain() -> str:
    # The sender's domain, not the machine's: asking DNS for the host name can hang on a server.
    return settings.DEFAULT_FROM_EMAIL.rpartition("@")[2] or "localhost"


def compose(
    state, person: User, requests: list[ReconfirmationRequest], now: datetime.datetime
) -> tuple[str, str]:
    """Subject and plain-text body of one focal point's e-mail, in the active language."""
    subject = _("Please confirm the national authorities of %(state)s in the directory") % {
        "state": state.name_en
    }
    lines = [
        _(
            "The directory of competent national authorities under the United Nations Convention against "
            "Corruption lists the records of %(state)s below. A record not confirmed for a year is marked as "
            "stale wherever it appears. Please confirm each record that is still correct, or correct it."
        )
        % {"state": state.name_en},
        "",
    ]
    for index, request in enumerate(requests, start=1):
        authority = request.authority
        freshness = freshness_of(authority.last_confirmed_at, now)
        name, _language = in_language(authority.names, "en")
        lines.append(f"{index}. {name} — {authority.get_designation_display()}")
        if authority.last_confirmed_at is None:
            lines.append("   " + _("Never confirmed."))
        elif freshness.is_stale:
            lines.append(
                "   "
                + _("Last confirmed on %(date)s: stale since %(stale)s.")
                % {
                    "date": format_date(timezone.localdate(authority.last_confirmed_at), "en"),
                    "stale": format_date(timezone.localdate(freshness.stale_from), "en"),
                }
            )
        else:
            lines.append(
                "   "
                + _("Last confirmed on %(date)s: stale from %(stale)s unless confirmed.")
                % {
                    "date": format_date(timezone.localdate(authority.last_confirmed_at), "en"),
                    "stale": format_date(timezone.localdate(freshness.stale_from), "en"),
                }
            )
        confirm = reverse("portal:directory_confirm_link", args=[link_token(request)])
        edit = reverse("portal:directory_edit", args=[authority.pk])
        lines.append("   " + _("Still correct: %(url)s") % {"url": site_url(confirm)})
        lines.append("   " + _("Correct it (sign in): %(url)s") % {"url": site_url(edit)})
        lines.append("")
    lines.append(
        _(
            "The confirmation links are for %(email)s only and work until %(date)s. A change you make is "
            "published once the Secretariat has validated it."
        )
        % {"email": person.email, "date": format_date(timezone.localdate(now + LINK_VALID), "en")}
    )
    return subject, "\n".join(lines) + "\n"


def _claim(authority: Authority, person: User, now: datetime.datetime) -> ReconfirmationRequest | None:
    """Log the request before its e-mail goes; None when this month's is claimed already (by a twin run)."""
    try:
        with transaction.atomic():
            return ReconfirmationRequest.objects.create(
                authority=authority,
                recipient=person,
                email=person.email,
                token=secrets.token_urlsafe(24),
                period=now.strftime("%Y-%m"),
                status=RequestStatus.SENT,
                sent_at=now,
                expires_at=now + LINK_VALID,
            )
    except IntegrityError:
        return None


def _asked_recently(authority: Authority, person: User, now: datetime.datetime) -> bool:
    return ReconfirmationRequest.objects.filter(
        authority=authority,
        recipient=person,
        status=RequestStatus.SENT,
        sent_at__gt=now - RESEND_AFTER,
        sent_at__lte=now,
    ).exists()


def _log_no_recipient(records: list[Authority], now: datetime.datetime) -> bool:
    """Log, once a month per record, that nobody could be asked; whether anything was logged."""
    period = now.strftime("%Y-%m")
    logged = False
    for authority in records:
        if ReconfirmationRequest.objects.filter(
            authority=authority, status=RequestStatus.NO_RECIPIENT, period=period
        ).exists():
            continue
        ReconfirmationRequest.objects.create(
            authority=authority,
            token=secrets.token_urlsafe(24),
            period=period,
            status=RequestStatus.NO_RECIPIENT,
            sent_at=now,
            expires_at=now,
        )
        logged = True
    return logged


def _send(state, person: User, records: list[Authority], now: datetime.datetime, summary) -> None:
    claimed = [
        request
        for request in (_claim(authority, person, now) for authority in records)
        if request is not None
    ]
    if not claimed:
        return
    subject, body = compose(state, person, claimed, now)
    message_id = make_msgid(domain=_message_domain())
    email = EmailMessage(subject=subject, body=body, to=[person.email], headers={"Message-ID": message_id})
    try:
        email.send(using="default")
    except Exception as exc:  # any backend failure is logged, never fatal: the next round tries again
        ReconfirmationRequest.objects.filter(pk__in=[r.pk for r in claimed]).update(
            status=RequestStatus.FAILED, error=f"{type(exc).__name__}: {exc}"[:500]
        )
        summary.failed += 1
        return
    ReconfirmationRequest.objects.filter(pk__in=[r.pk for r in claimed]).update(message_id=message_id)
    summary.sent += 1
    summary.records += len(claimed)
    if state.iso3 not in summary.states:
        summary.states.append(state.iso3)


def send_reconfirmation_requests(now: datetime.datetime | None = None, actor=SYSTEM) -> ReconfirmationSummary:
    """E-mail each State's focal points about its records not confirmed for a year (or about to be), with
    a signed one-click link per record and the link to its edit form. Idempotent within
    ``RESEND_AFTER``: run it as often as you like (``observatory send-reconfirmations``, or the thread of
    ``observatory serve``)."""
    now = now or timezone.now()
    summary = ReconfirmationSummary()
    require_validator_anywhere(actor)
    by_state = due_records(now)
    with translation.override(settings.LANGUAGE_CODE):
        for state, records in by_state.items():
            people = focal_points_of(state)
            if not people:
                if _log_no_recipient(records, now):
                    summary.no_recipient += 1
                continue
            for person in people:
                to_ask = [authority for authority in records if not _asked_recently(authority, person, now)]
                if to_ask:
                    _send(state, person, to_ask, now, summary)
    if summary.sent or summary.failed or summary.no_recipient:
        record(
            actor=actor,
            action="directory.reconfirmation.send",
            object_type="directory.authority",
            after={**summary.as_dict(), "states": summary.states},
        )
    return summary


__all__ = [
    "DUE_BEFORE",
    "RESEND_AFTER",
    "STALE_AFTER",
    "ReconfirmationSummary",
    "send_reconfirmation_requests",
]
