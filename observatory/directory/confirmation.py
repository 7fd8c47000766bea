"""Confirming records: "still correct", from the portal or through the link of the yearly e-mail.

A confirmation says the validated version is correct as it stands: it sets the record's last
confirmed at / by, appends a ``Confirmation`` to its history and answers the record's open yearly
requests. A record whose change awaits validation cannot be confirmed (its State has said it is not
correct): validating the change counts as the confirmation, dated when the change was proposed.

The yearly e-mail carries, per record, a link signed with the site's secret key (``django.core.signing``)
naming one ``ReconfirmationRequest`` and its random token, valid for ``LINK_VALID``. Opening it (GET)
only shows the record and a button; the button (POST) confirms, in the name of the focal point the link
was sent to, once: a second use says when it was confirmed.
"""

from __future__ import annotations

import datetime
import hmac

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from observatory.accounts.permissions import Action, require
from observatory.audit.services import record
from observatory.collection.locking import lock
from observatory.core.errors import Conflict, ObservatoryError

from .access import actor_fields
from .models import Authority, Confirmation, ReconfirmationRequest, RequestStatus, Source, ValidationState

#: How long the link of a yearly request confirms.
LINK_VALID = datetime.timedelta(days=60)
#: Namespaces the signature, so that no other signed value of the site opens a request.
LINK_SALT = "observatory.directory.reconfirmation"


class InvalidLink(ObservatoryError):
    """A link that was not made by the platform, was altered, or was cut short when copied."""

    def __init__(self):
        super().__init__(
            message=_(
                "This confirmation link is not valid: it may have been copied incompletely. Open it from "
                "the e-mail again, or sign in and confirm the record on its page."
            ),
            code="invalid_link",
            status=404,
        )


class ExpiredLink(ObservatoryError):
    """A link older than ``LINK_VALID``."""

    def __init__(self):
        super().__init__(
            message=_(
                "This confirmation link has expired. Sign in and confirm the record on its page; the next "
                "yearly e-mail will bring a new link."
            ),
            code="link_expired",
            status=410,
        )


def record_confirmation(
    authority: Authority, actor, *, at: datetime.datetime, source: str, note: str = ""
) -> Confirmation:
    """Append a confirmation of ``authority`` by ``actor`` at ``at`` (no permission check: the callers
    check theirs), move its last confirmed at / by forward (never back), and answer its open yearly
    requests. Inside the caller's transaction."""
    user, name, role = actor_fields(actor)
    confirmation = Confirmation.objects.create(
        authority=authority,
        at=at,
        by=user,
        by_name=name,
        by_role=role,
        source=source,
        version=authority.validated_version.number if authority.validated_version_id else None,
    )
    if authority.last_confirmed_at is None or at >= authority.last_confirmed_at:
        authority.last_confirmed_at = at
        authority.last_confirmed_by = user
        authority.last_confirmed_by_name = name
        authority.last_confirmed_by_role = role
        authority.save(
            update_fields=[
                "last_confirmed_at",
                "last_confirmed_by",
                "last_confirmed_by_name",
                "last_confirmed_by_role",
                "updated_at",
            ]
        )
    # Every focal point of the State was asked: once one has answered, the others' links say so. A
    # confirmation dated before a request (an import's date) does not answer it.
    ReconfirmationRequest.objects.filter(
        authority=authority, status=RequestStatus.SENT, answered_at__isnull=True, sent_at__lte=at
    ).update(answered_at=at)
    record(
        actor=actor,
        action="directory.authority.confirm",
        obj=authority,
        after={"confirmed_at": at.isoformat(), "source": source, "version": confirmation.version},
        note=note,
    )
    return confirmation


def confirm_authority(
    actor, authority: Authority, *, source: str = Source.PORTAL, now: datetime.datetime | None = None
) -> Confirmation:
    """Confirm that a record's validated version is still correct (its State's focal points, the
    Secretariat). Refused for a record not validated yet, withdrawn, or with a change awaiting
    validation."""
    require(actor, Action.EDIT_AUTHORITIES, authority.state)
    now = now or timezone.now()
    with transaction.atomic():
        lock(authority)
        if authority.validation_state == ValidationState.CHANGE_PENDING:
            raise Conflict(
                message=_(
                    "A change to this record awaits the Secretariat's validation: once validated, it "
                    "counts as the confirmation."
                ),
                details=[{"field": "validation_state", "current": authority.validation_state}],
            )
        if not authority.is_published:
            raise Conflict(
                message=_("This record has not been validated yet: there is nothing to confirm."),
                details=[{"field": "validation_state", "current": authority.validation_state}],
            )
        if not authority.is_active:
            raise Conflict(
                message=_("This authority is withdrawn: there is nothing to confirm."),
                details=[{"field": "is_active"}],
            )
        return record_confirmation(authority, actor, at=now, source=source)


# -- The signed link --------------------------------------------------------------------------------------


def link_token(request: ReconfirmationRequest) -> str:
    """The signed value of a request's link (URL-safe)."""
    return signing.dumps({"r": request.pk, "t": request.token}, salt=LINK_SALT, compress=False)


def request_for_link(token: str, *, now: datetime.datetime | None = None) -> ReconfirmationRequest:
    """The request a link names. InvalidLink when the signature or the token does not hold, ExpiredLink
    when the link is older than ``LINK_VALID`` (by its signature's time or the request's expiry)."""
    now = now or timezone.now()
    try:
        payload = signing.loads(token, salt=LINK_SALT, max_age=LINK_VALID)
    except signing.SignatureExpired:
        raise ExpiredLink() from None
    except signing.BadSignature:
        raise InvalidLink() from None
    if not isinstance(payload, dict) or not isinstance(payload.get("r"), int):
        raise InvalidLink()
    request = (
        ReconfirmationRequest.objects.select_related("authority__state", "recipient")
        .filter(pk=payload["r"], status=RequestStatus.SENT)
        .first()
    )
    if request is None or not hmac.compare_digest(str(payload.get("t", "")), request.token):
        raise InvalidLink()
    if now >= request.expires_at:
        raise ExpiredLink()
    return request


def confirm_by_link(
    token: str, *, now: datetime.datetime | None = None
) -> tuple[ReconfirmationRequest, bool]:
    """Confirm the record a link names, in the name of the focal point it was sent to. Returns the
    request and whether this confirmed it (False when it was answered already: the link is used once).
    The recipient must still be allowed to update the State's records."""
    now = now or timezone.now()
    request = request_for_link(token, now=now)
    if request.answered_at is not None:
        return request, False
    recipient = request.recipient
    require(recipient, Action.EDIT_AUTHORITIES, request.authority.state)
    confirm_authority(recipient, request.authority, source=Source.LINK, now=now)
    request.refresh_from_db()
    return request, True
