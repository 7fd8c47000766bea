"""The ledger of a call: where every addressed State stands, and the counts by regional group.

It shows who is drafting and who was reminded, which is the Secretariat's business only.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

from observatory.accounts.permissions import Action, require
from observatory.core.languages import field_suffix
from observatory.core.wording import sort_key
from observatory.countries.models import RegionalGroup, State

from .models import Call, Dispatch, DispatchKind, DispatchStatus, SubmissionStatus


class LedgerStatus(models.TextChoices):
    """Where an addressed State stands, from nothing yet to an answer."""

    NOT_SENT = "not_sent", _("Not yet sent")
    SENT = "sent", _("Sent")
    REMINDED = "reminded", _("Reminded")
    DRAFT = "draft", _("Draft")
    ON_TIME = "submitted_on_time", _("Submitted on time")
    LATE = "submitted_late", _("Submitted late")
    DECLINED = "declined", _("Declined")


@dataclass
class LedgerRow:
    """One addressed State."""

    state: State
    status: str
    sent_at: datetime.datetime | None = None
    reminders: int = 0
    last_reminded_at: datetime.datetime | None = None
    submitted_at: datetime.datetime | None = None
    versions: int = 0
    submission_status: str = ""
    recipients: list[str] = field(default_factory=list)
    message_id: str = ""
    # The latest dispatch that did not go out ("failed", "no_recipient"), for the Secretariat to act on.
    problem: str = ""


def ledger(user, call: Call) -> list[LedgerRow]:
    """Every State the call is addressed to, with its status, sorted by name in the active language."""
    require(user, Action.VIEW_SECRETARIAT_ONLY)
    addressees = list(call.addressees.select_related("state"))
    dispatches: dict[int, list[Dispatch]] = {}
    for dispatch in Dispatch.objects.filter(addressee__call=call).order_by("at", "pk"):
        dispatches.setdefault(dispatch.addressee_id, []).append(dispatch)
    submissions = {
        submission.state_id: submission for submission in call.submissions.prefetch_related("versions")
    }
    rows = []
    for addressee in addressees:
        row = LedgerRow(state=addressee.state, status=LedgerStatus.NOT_SENT)
        for dispatch in dispatches.get(addressee.pk, []):
            if dispatch.status != DispatchStatus.SENT:
                row.problem = dispatch.status
                continue
            row.problem = ""
            if dispatch.kind == DispatchKind.NOTICE:
                row.sent_at, row.recipients, row.message_id = (
                    dispatch.at,
                    dispatch.recipients,
                    dispatch.message_id,
                )
                row.status = LedgerStatus.SENT
            else:
                row.reminders += 1
                row.last_reminded_at = dispatch.at
                row.recipients, row.message_id = dispatch.recipients, dispatch.message_id
                row.status = LedgerStatus.REMINDED
        submission = submissions.get(addressee.state_id)
        if submission is not None:
            versions = sorted(submission.versions.all(), key=lambda version: version.number)
            row.submission_status, row.versions = submission.status, len(versions)
            if submission.status == SubmissionStatus.DECLINED:
                row.status = LedgerStatus.DECLINED
            elif versions:
                row.submitted_at = versions[0].submitted_at
                row.status = LedgerStatus.LATE if versions[0].is_late else LedgerStatus.ON_TIME
            else:
                row.status = LedgerStatus.DRAFT
        rows.append(row)
    key = sort_key(field_suffix())
    name = f"name_{field_suffix()}"
    return sorted(rows, key=lambda row: key(getattr(row.state, name) or row.state.name_en))


@dataclass
class LedgerCounts:
    """How many addressed States stand where, in total and per regional group."""

    total: Counter = field(default_factory=Counter)
    by_group: dict[str, Counter] = field(default_factory=dict)

    def submitted(self, group: str | None = None) -> int:
        """States that submitted (on time or late), in all or in one regional group."""
        counts = self.total if group is None else self.by_group.get(group, Counter())
        return counts[LedgerStatus.ON_TIME] + counts[LedgerStatus.LATE]


def ledger_counts(rows: list[LedgerRow]) -> LedgerCounts:
    """Counts of a ledger's statuses, with every regional group present (zero where no State is)."""
    counts = LedgerCounts(by_group={group: Counter() for group in RegionalGroup.values})
    for row in rows:
        counts.total[row.status] += 1
        counts.by_group[row.state.regional_group][row.status] += 1
    return counts
