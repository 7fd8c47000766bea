"""Writes of records: create, change, and the Secretariat's validation or rejection of a change.

- The Secretariat's records and changes are validated as they are made; a State's focal point's await
  the Secretariat's validation. Until then the public reads the last validated version (the row), and the
  proposal lives in its version (a record never validated has no public version: its row holds the
  proposal, which nobody outside its State and the Secretariat reads).
- Every change is a new ``AuthorityVersion``: the whole record as a snapshot, what changed against the
  validated record, who, when, through what. One proposal at a time: a later one supersedes the earlier
  (the editor's form starts from the pending proposal, so nothing proposed is lost).
- An edit names the revision it started from; when someone changed the record meanwhile, nothing is saved
  and a ``Conflict`` says who and when.
- A change that becomes public counts as a confirmation of the record by whoever made it, dated when it
  was made (imports excepted: they record data, not a State's word).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from observatory.accounts.permissions import Action, require
from observatory.audit.services import changed_fields, record
from observatory.collection.locking import lock
from observatory.core.errors import Conflict, InvalidInput

from .access import actor_fields, may_validate, require_validator
from .confirmation import record_confirmation
from .models import Authority, AuthorityVersion, Source, ValidationState, VersionStatus
from .records import (
    authority_record,
    clean_record,
    comparable,
    empty_record,
    name_key,
    primary_name,
    with_contact_ids,
    write_contact_persons,
    write_public_fields,
)


def checked_record(data: dict[str, Any]) -> dict[str, Any]:
    """The record ``data`` describes, normalized; InvalidInput naming every problem otherwise."""
    cleaned, problems = clean_record(data)
    if problems:
        raise InvalidInput(
            message=_("The record could not be saved: %(problems)s")
            % {"problems": " ".join(problem["message"] for problem in problems)},
            details=problems,
        )
    return cleaned


def duplicate_of(state, record: dict[str, Any], *, exclude: int | None = None) -> Authority | None:
    """A record in force of the same State, designation and name (folded) as ``record``, other than
    ``exclude``: the same authority entered twice."""
    if not record["is_active"]:
        return None
    found = Authority.objects.filter(
        state=state, designation=record["designation"], name_key=name_key(record["names"]), is_active=True
    ).exclude(validation_state=ValidationState.REJECTED)
    if exclude is not None:
        found = found.exclude(pk=exclude)
    return found.first()


def _refuse_duplicate(state, record: dict[str, Any], *, exclude: int | None = None) -> None:
    twin = duplicate_of(state, record, exclude=exclude)
    if twin is not None:
        raise InvalidInput(
            message=_(
                "%(state)s already has this authority in the directory under this designation (record "
                "%(id)s): change that record instead of adding another."
            )
            % {"state": state.name_en, "id": twin.pk},
            details=[{"field": "names", "message": "duplicate", "duplicate_of": twin.pk}],
        )


def working_record(authority: Authority) -> dict[str, Any]:
    """The record an edit starts from: the pending proposal when there is one, else the row's."""
    if authority.pending_version_id:
        return authority.pending_version.snapshot
    return authority_record(authority)


def _published_record(authority: Authority) -> dict[str, Any]:
    """What the public reads now: the row for a validated record, nothing for one never validated."""
    if authority.validated_version_id is None:
        return empty_record()
    return authority_record(authority)


def _new_version(
    authority: Authority,
    actor,
    *,
    status: str,
    snapshot: dict,
    changes: dict,
    based_on: int | None,
    source: str,
    note: str,
    now: datetime.datetime,
) -> AuthorityVersion:
    user, name, role = actor_fields(actor)
    decided = status == VersionStatus.VALIDATED
    return AuthorityVersion.objects.create(
        authority=authority,
        number=authority.revision + 1,
        status=status,
        snapshot=snapshot,
        changes=changes,
        based_on=based_on,
        source=source,
        note=note[:500],
        proposed_at=now,
        proposed_by=user,
        proposed_by_name=name,
        proposed_by_role=role,
        decided_at=now if decided else None,
        decided_by=user if decided else None,
        decided_by_name=name if decided else "",
        decided_by_role=role if decided else "",
    )


def _supersede(authority: Authority, actor, now: datetime.datetime, number: int) -> None:
    """Mark the record's pending proposal as replaced by version ``number``."""
    if not authority.pending_version_id:
        return
    user, name, role = actor_fields(actor)
    AuthorityVersion.objects.filter(pk=authority.pending_version_id, status=VersionStatus.PENDING).update(
        status=VersionStatus.SUPERSEDED,
        decided_at=now,
        decided_by=user,
        decided_by_name=name,
        decided_by_role=role,
        decision_note=f"replaced by version {number}",
    )
    authority.pending_version = None


def _diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list]:
    return changed_fields(comparable(before), comparable(after))


def _save(authority: Authority) -> None:
    try:
        with transaction.atomic():
            authority.save()
    except IntegrityError:
        # The check before saving missed a twin written meanwhile: the database refused it.
        raise Conflict(
            message=_("Another record of this State has this designation and name: it was saved meanwhile."),
            details=[{"field": "names", "message": "duplicate"}],
        ) from None


@transaction.atomic
def create_authority(
    actor,
    state,
    data: dict[str, Any],
    *,
    note: str = "",
    source: str = Source.PORTAL,
    now: datetime.datetime | None = None,
    confirm: bool = True,
) -> Authority:
    """Add a record to a State's directory (its focal points, the Secretariat). The Secretariat's is
    validated at once (and confirmed, unless ``confirm`` is False); a focal point's awaits validation."""
    require(actor, Action.EDIT_AUTHORITIES, state)
    now = now or timezone.now()
    cleaned = checked_record(data)
    _refuse_duplicate(state, cleaned)
    validated = may_validate(actor, state)
    authority = Authority(
        state=state, validation_state=ValidationState.VALIDATED if validated else ValidationState.PENDING
    )
    write_public_fields(authority, cleaned)
    _save(authority)
    write_contact_persons(authority, cleaned["contact_persons"])
    snapshot = authority_record(authority)
    version = _new_version(
        authority,
        actor,
        status=VersionStatus.VALIDATED if validated else VersionStatus.PENDING,
        snapshot=snapshot,
        changes=_diff(empty_record(), snapshot),
        based_on=None,
        source=source,
        note=note,
        now=now,
    )
    authority.revision = version.number
    if validated:
        authority.validated_version = version
    else:
        authority.pending_version = version
    authority.save(update_fields=["revision", "validated_version", "pending_version", "updated_at"])
    record(
        actor=actor,
        action="directory.authority.create",
        obj=authority,
        after={"version": version.number, "status": version.status, "fields": sorted(version.changes)},
        note=note,
    )
    if validated and confirm:
        record_confirmation(authority, actor, at=now, source=Source.CHANGE)
    return authority


@transaction.atomic
def update_authority(
    actor,
    authority: Authority,
    data: dict[str, Any],
    *,
    revision: int,
    note: str = "",
    source: str = Source.PORTAL,
    now: datetime.datetime | None = None,
    confirm: bool = True,
) -> AuthorityVersion | None:
    """Change a record (its State's focal points, the Secretariat): ``data`` is the whole record as it
    should be, ``revision`` the record's revision the edit started from. The Secretariat's change is
    validated and published at once; a focal point's awaits validation (replacing any earlier proposal).
    Returns the new version, or None when nothing would change."""
    require(actor, Action.EDIT_AUTHORITIES, authority.state)
    now = now or timezone.now()
    lock(authority)
    if authority.revision != revision:
        latest = authority.versions.order_by("-number").first()
        who = latest.proposed_by_name if latest else _("someone")
        raise Conflict(
            message=_(
                "%(who)s changed this record meanwhile (version %(number)s): your changes were not saved. "
                "Open the record again and make them on the current version."
            )
            % {"who": who, "number": authority.revision},
            details=[{"field": "revision", "current": authority.revision, "yours": revision}],
        )
    cleaned = with_contact_ids(checked_record(data), authority)
    if comparable(cleaned) == comparable(working_record(authority)):
        return None
    _refuse_duplicate(authority.state, cleaned, exclude=authority.pk)
    published = _published_record(authority)
    changes = _diff(published, cleaned)
    number = authority.revision + 1
    validated = may_validate(actor, authority.state)
    never_validated = authority.validated_version_id is None
    _supersede(authority, actor, now, number)
    if validated or never_validated:
        # The row is what the public reads (validated) or holds the proposal (never validated, so
        # nobody outside the State and the Secretariat reads it): either way, it takes the change.
        write_public_fields(authority, cleaned)
        _save(authority)
        write_contact_persons(authority, cleaned["contact_persons"])
        snapshot = authority_record(authority)
    else:
        snapshot = cleaned
    version = _new_version(
        authority,
        actor,
        status=VersionStatus.VALIDATED if validated else VersionStatus.PENDING,
        snapshot=snapshot,
        changes=changes,
        based_on=revision,
        source=source,
        note=note,
        now=now,
    )
    authority.revision = version.number
    if validated:
        authority.validated_version = version
        authority.validation_state = ValidationState.VALIDATED
    else:
        authority.pending_version = version
        authority.validation_state = (
            ValidationState.PENDING if never_validated else ValidationState.CHANGE_PENDING
        )
    authority.save(
        update_fields=["revision", "validated_version", "pending_version", "validation_state", "updated_at"]
    )
    record(
        actor=actor,
        action="directory.authority.change",
        obj=authority,
        before={"revision": revision},
        # Which fields changed: their values are in the version, whose readers the selectors decide.
        after={"version": version.number, "status": version.status, "fields": sorted(changes)},
        note=note,
    )
    if validated and confirm and authority.is_active:
        record_confirmation(authority, actor, at=now, source=Source.CHANGE)
    return version


def _pending(version: AuthorityVersion) -> Authority:
    authority = version.authority
    lock(authority)
    version.refresh_from_db()
    if version.status != VersionStatus.PENDING:
        raise Conflict(
            message=_("This change is no longer awaiting validation (%(status)s).")
            % {"status": version.get_status_display()},
            details=[{"field": "status", "current": version.status}],
        )
    return authority


@transaction.atomic
def validate_change(
    actor, version: AuthorityVersion, *, note: str = "", now: datetime.datetime | None = None
) -> Authority:
    """The Secretariat validates a proposal: it becomes the record the public reads, and counts as the
    record's confirmation by whoever proposed it, when they proposed it."""
    require_validator(actor, version.authority.state)
    now = now or timezone.now()
    authority = _pending(version)
    proposed = version.snapshot
    _refuse_duplicate(authority.state, proposed, exclude=authority.pk)
    write_public_fields(authority, proposed)
    authority.validation_state = ValidationState.VALIDATED
    authority.validated_version = version
    authority.pending_version = None
    _save(authority)
    write_contact_persons(authority, proposed["contact_persons"])
    user, name, role = actor_fields(actor)
    # The snapshot now names the contact persons the validation created.
    version.snapshot = authority_record(authority)
    version.status = VersionStatus.VALIDATED
    version.decided_at, version.decided_by, version.decided_by_name = now, user, name
    version.decided_by_role, version.decision_note = role, note.strip()[:500]
    version.save()
    record(
        actor=actor,
        action="directory.change.validate",
        obj=authority,
        after={"version": version.number, "fields": sorted(version.changes)},
        note=note,
    )
    if authority.is_active and version.source != Source.IMPORT:
        proposer = version.proposed_by if version.proposed_by_id else actor
        record_confirmation(authority, proposer, at=version.proposed_at, source=Source.CHANGE)
    return authority


@transaction.atomic
def reject_change(
    actor, version: AuthorityVersion, *, reason: str, now: datetime.datetime | None = None
) -> Authority:
    """The Secretariat refuses a proposal, saying why; the record stays as validated (a record never
    validated is marked not validated, and its State may propose it again)."""
    require_validator(actor, version.authority.state)
    if not reason.strip():
        raise InvalidInput(
            message=_("Say why the change is not validated: the focal point reads it."),
            details=[{"field": "reason"}],
        )
    now = now or timezone.now()
    authority = _pending(version)
    user, name, role = actor_fields(actor)
    version.status = VersionStatus.REJECTED
    version.decided_at, version.decided_by, version.decided_by_name = now, user, name
    version.decided_by_role, version.decision_note = role, reason.strip()[:500]
    version.save()
    authority.pending_version = None
    authority.validation_state = (
        ValidationState.REJECTED if authority.validated_version_id is None else ValidationState.VALIDATED
    )
    authority.save(update_fields=["pending_version", "validation_state", "updated_at"])
    record(
        actor=actor,
        action="directory.change.reject",
        obj=authority,
        after={"version": version.number, "reason": version.decision_note},
    )
    return authority


def display_name(record: dict[str, Any]) -> str:
    """A record's name for messages (the English one, else the first given)."""
    return primary_name(record.get("names") or {})
