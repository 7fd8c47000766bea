"""The curator's decisions on mandates: lineage and evidence confirmed or rejected, evidence of their own,
and each mandate's status. Every function checks ``Action.CURATE_MANDATES`` (the Secretariat) and writes
its audit entry in the same transaction as the change.

Rules of a status change (``change_status``):

- *reported* and *implemented* rest on confirmed evidence of the mandate, or on a note saying where it
  was reported (a report delivered orally, a document not in the library);
- *superseded* needs a confirmed lineage link from a current later mandate that supersedes this one:
  the tracker then shows what replaced it (confirm the link first, correcting its relation if needed);
- *not applicable* needs a note saying why (a declarative paragraph, the Conference's own act);
- *elapsed* by hand needs a note unless the report was due before today (``elapse_overdue`` does the
  rest every day, as the system);
- evidence given with a change must be this mandate's and confirmed.

A decision already taken is not taken again (a Conflict says so); a decision may be reversed, except
that a link or evidence the mandate's current status rests on cannot be rejected before the status
changes.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from observatory.accounts.permissions import SYSTEM, Action, require
from observatory.audit.services import record
from observatory.core.errors import Conflict, InvalidInput
from observatory.library.models import Document, Paragraph

from .matching import UN_ORDER, current_revisions
from .models import (
    Decision,
    Evidence,
    Lineage,
    LineageRelation,
    Mandate,
    MandateStatus,
    Method,
    StatusChange,
)

DECISIONS = (Decision.CONFIRMED, Decision.REJECTED)
# Statuses elapse_overdue moves on: the ones still waiting for something to happen.
WAITING = (MandateStatus.OPEN, MandateStatus.IN_PROGRESS)
_NEEDS_EVIDENCE_OR_NOTE = (MandateStatus.REPORTED, MandateStatus.IMPLEMENTED)


def _person(actor):
    """The account to store as who decided: a signed-in user, or None for the system."""
    return actor if getattr(actor, "is_authenticated", False) else None


def _decision(decision) -> str:
    if decision not in DECISIONS:
        raise InvalidInput(
            message=_("Unknown decision %(decision)r: confirm or reject (%(choices)s).")
            % {"decision": decision, "choices": ", ".join(DECISIONS)},
            details=[{"field": "decision", "value": str(decision)}],
        )
    return str(decision)


def _decided_by(row) -> str:
    who = row.decided_by.get_username() if row.decided_by_id else _("the system")
    when = row.decided_at.date().isoformat() if row.decided_at else ""
    return f"{who} {when}".strip()


@transaction.atomic
def decide_lineage(
    actor, link: Lineage, decision: str, *, relation: str | None = None, note: str = ""
) -> Lineage:
    """Confirm or reject a proposed (or earlier decided) lineage link; ``relation`` corrects how the later
    mandate takes up the earlier one (recalls, reaffirms, reiterates, supersedes, continues)."""
    require(actor, Action.CURATE_MANDATES)
    decision = _decision(decision)
    if relation is not None and relation not in LineageRelation.values:
        raise InvalidInput(
            message=_("Unknown relation %(relation)r: use one of %(choices)s.")
            % {"relation": relation, "choices": ", ".join(LineageRelation.values)},
            details=[{"field": "relation", "value": str(relation)}],
        )
    link = Lineage.objects.select_for_update().select_related("later", "earlier").get(pk=link.pk)
    relation = relation or link.relation
    if link.decision == decision and link.relation == relation:
        raise Conflict(
            message=_("This link is already %(decision)s (%(by)s).")
            % {"decision": link.get_decision_display().lower(), "by": _decided_by(link)},
            details=[{"field": "decision", "current": link.decision}],
        )
    was_superseding = link.decision == Decision.CONFIRMED and link.relation == LineageRelation.SUPERSEDES
    stays_superseding = decision == Decision.CONFIRMED and relation == LineageRelation.SUPERSEDES
    if was_superseding and not stays_superseding and link.earlier.status == MandateStatus.SUPERSEDED:
        others = Lineage.objects.filter(
            earlier=link.earlier, relation=LineageRelation.SUPERSEDES, decision=Decision.CONFIRMED
        ).exclude(pk=link.pk)
        if not others.exists():
            raise Conflict(
                message=_(
                    "%(mandate)s is marked superseded on the strength of this link: change its status first."
                )
                % {"mandate": link.earlier},
                details=[{"field": "decision", "mandate": link.earlier_id}],
            )
    before = {"decision": link.decision, "relation": link.relation}
    link.decision, link.relation = decision, relation
    link.decided_by, link.decided_at = _person(actor), timezone.now()
    link.save(update_fields=["decision", "relation", "decided_by", "decided_at"])
    record(
        actor=actor,
        action="mandates.decide_lineage",
        obj=link,
        before=before,
        after={"decision": decision, "relation": relation, "method": link.method, "score": link.score},
        note=note,
    )
    return link


@transaction.atomic
def decide_evidence(actor, evidence: Evidence, decision: str, *, note: str = "") -> Evidence:
    """Confirm or reject a piece of evidence proposed for a mandate (or reverse an earlier decision),
    with the curator's note."""
    require(actor, Action.CURATE_MANDATES)
    decision = _decision(decision)
    evidence = Evidence.objects.select_for_update().select_related("mandate").get(pk=evidence.pk)
    if evidence.decision == decision and (not note or note == evidence.note):
        raise Conflict(
            message=_("This evidence is already %(decision)s (%(by)s).")
            % {"decision": evidence.get_decision_display().lower(), "by": _decided_by(evidence)},
            details=[{"field": "decision", "current": evidence.decision}],
        )
    if decision == Decision.REJECTED and evidence.decision == Decision.CONFIRMED:
        latest = evidence.mandate.status_changes.order_by("-at", "-pk").first()
        if (
            latest is not None
            and latest.evidence_id == evidence.pk
            and latest.after == evidence.mandate.status
        ):
            raise Conflict(
                message=_("The status of %(mandate)s rests on this evidence: change the status first.")
                % {"mandate": evidence.mandate},
                details=[{"field": "decision", "status_change": latest.pk}],
            )
    before = {"decision": evidence.decision, "note": evidence.note}
    evidence.decision = decision
    evidence.note = note or evidence.note
    evidence.decided_by, evidence.decided_at = _person(actor), timezone.now()
    evidence.save(update_fields=["decision", "note", "decided_by", "decided_at"])
    record(
        actor=actor,
        action="mandates.decide_evidence",
        obj=evidence,
        before=before,
        after={
            "decision": decision,
            "note": evidence.note,
            "method": evidence.method,
            "score": evidence.score,
        },
        note=note,
    )
    return evidence


def _paragraph_text(document: Document, pid: str, language: str) -> str | None:
    """The current text of a document's paragraph, in ``language`` when it has that version."""
    revisions = current_revisions([document.pk]).get(document.pk, {})
    texts = dict(
        Paragraph.objects.filter(revision_id__in=revisions.values(), pid=pid).values_list(
            "revision__version__language", "text"
        )
    )
    for code in (language, "en", *UN_ORDER):
        if code in texts:
            return texts[code]
    return next(iter(texts.values()), None)


@transaction.atomic
def add_evidence(actor, mandate: Mandate, document: Document, pid: str, *, note: str = "") -> Evidence:
    """A curator's own evidence: the paragraph ``pid`` of ``document`` answers the mandate (confirmed at
    once). A paragraph already proposed or rejected for the mandate is confirmed instead."""
    require(actor, Action.CURATE_MANDATES)
    pid = (pid or "").strip()
    if document.pk == mandate.document_id and pid == mandate.pid:
        raise InvalidInput(
            message=_(
                "A mandate's own paragraph is not evidence of it: name a paragraph of a later document."
            ),
            details=[{"field": "pid", "value": pid}],
        )
    text = _paragraph_text(document, pid, mandate.language) if pid else None
    if text is None:
        raise InvalidInput(
            message=_(
                "%(document)s has no paragraph %(pid)r in its current version: give the paragraph's id."
            )
            % {"document": document, "pid": pid},
            details=[{"field": "pid", "document": document.key, "value": pid}],
        )
    existing = (
        Evidence.objects.select_for_update().filter(mandate=mandate, document=document, pid=pid).first()
    )
    if existing is not None and existing.decision == Decision.CONFIRMED:
        raise Conflict(
            message=_("Paragraph %(pid)s of %(document)s is already confirmed evidence of this mandate.")
            % {"pid": pid, "document": document},
            details=[{"field": "pid", "evidence": existing.pk}],
        )
    now = timezone.now()
    if existing is None:
        evidence = Evidence.objects.create(
            mandate=mandate,
            document=document,
            pid=pid,
            text=text,
            method=Method.CURATOR,
            score=1.0,
            decision=Decision.CONFIRMED,
            decided_by=_person(actor),
            decided_at=now,
            note=note,
        )
        before = None
    else:
        before = {"decision": existing.decision, "note": existing.note}
        existing.decision, existing.decided_by, existing.decided_at = Decision.CONFIRMED, _person(actor), now
        existing.note = note or existing.note
        existing.save(update_fields=["decision", "decided_by", "decided_at", "note"])
        evidence = existing
    record(
        actor=actor,
        action="mandates.add_evidence",
        obj=evidence,
        before=before,
        after={"mandate": mandate.pk, "document": document.key, "pid": pid, "decision": Decision.CONFIRMED},
        note=note,
    )
    return evidence


def _check_change(mandate: Mandate, status: str, evidence: Evidence | None, note: str, today: datetime.date):
    """Raise InvalidInput (or Conflict) unless the change follows the rules of the module's doc."""
    if status not in MandateStatus.values:
        raise InvalidInput(
            message=_("Unknown status %(status)r: use one of %(choices)s.")
            % {"status": status, "choices": ", ".join(MandateStatus.values)},
            details=[{"field": "status", "value": str(status)}],
        )
    if mandate.status == status:
        raise Conflict(
            message=_("The mandate is already %(status)s.") % {"status": MandateStatus(status).label.lower()},
            details=[{"field": "status", "current": mandate.status}],
        )
    if evidence is not None:
        if evidence.mandate_id != mandate.pk:
            raise InvalidInput(
                message=_("This evidence belongs to another mandate (%(other)s).")
                % {"other": evidence.mandate},
                details=[{"field": "evidence", "value": evidence.pk}],
            )
        if evidence.decision != Decision.CONFIRMED:
            raise InvalidInput(
                message=_("Confirm the evidence before a status rests on it (it is %(decision)s).")
                % {"decision": evidence.get_decision_display().lower()},
                details=[{"field": "evidence", "value": evidence.pk, "decision": evidence.decision}],
            )
    if status in _NEEDS_EVIDENCE_OR_NOTE and evidence is None and not note:
        raise InvalidInput(
            message=_("A mandate is %(status)s on confirmed evidence or a note saying where it was reported.")
            % {"status": MandateStatus(status).label.lower()},
            details=[{"field": "evidence"}],
        )
    if status == MandateStatus.SUPERSEDED:
        superseding = Lineage.objects.filter(
            earlier=mandate,
            relation=LineageRelation.SUPERSEDES,
            decision=Decision.CONFIRMED,
            later__is_current=True,
        )
        if not superseding.exists():
            raise InvalidInput(
                message=_(
                    "Nothing is confirmed to supersede %(mandate)s: confirm the lineage link from the later "
                    "mandate that supersedes it first."
                )
                % {"mandate": mandate},
                details=[{"field": "status", "value": status}],
            )
    if status == MandateStatus.NOT_APPLICABLE and not note:
        raise InvalidInput(
            message=_("Say in a note why the mandate is not applicable."), details=[{"field": "note"}]
        )
    if (
        status == MandateStatus.ELAPSED
        and not note
        and not (mandate.report_due and mandate.report_due < today)
    ):
        raise InvalidInput(
            message=_("The report is not overdue: say in a note why the mandate has elapsed."),
            details=[{"field": "note"}],
        )


def _apply(
    actor, mandate: Mandate, status: str, evidence: Evidence | None, note: str, action: str
) -> StatusChange:
    before = mandate.status
    mandate.status = status
    mandate.save(update_fields=["status", "updated_at"])
    change = StatusChange.objects.create(
        mandate=mandate,
        before=before,
        after=status,
        by=_person(actor),
        at=timezone.now(),
        evidence=evidence,
        note=note,
    )
    record(
        actor=actor,
        action=action,
        obj=mandate,
        before={"status": before},
        after={"status": status, "evidence": evidence.pk if evidence else None, "status_change": change.pk},
        note=note,
    )
    return change


@transaction.atomic
def change_status(
    actor, mandate: Mandate, status: str, *, evidence: Evidence | None = None, note: str = ""
) -> StatusChange:
    """Change a mandate's status, recording who, when, on what evidence and why (see the module's doc
    for the rules)."""
    require(actor, Action.CURATE_MANDATES)
    note = (note or "").strip()
    mandate = Mandate.objects.select_for_update().get(pk=mandate.pk)
    _check_change(mandate, status, evidence, note, timezone.localdate())
    return _apply(actor, mandate, str(status), evidence, note, "mandates.change_status")


def elapse_overdue(today: datetime.date | None = None) -> int:
    """Mark elapsed, as the system, the current open or in-progress mandates whose report fell due before
    ``today`` (the local date when None) with no confirmed evidence; each gets its status change and
    audit entry. Returns how many elapsed."""
    require(SYSTEM, Action.CURATE_MANDATES)
    today = today or timezone.localdate()
    overdue = (
        Mandate.objects.filter(is_current=True, status__in=WAITING, report_due__lt=today)
        .exclude(evidence__decision=Decision.CONFIRMED)
        .values_list("pk", flat=True)
    )
    count = 0
    for pk in list(overdue):
        with transaction.atomic():
            mandate = Mandate.objects.select_for_update().get(pk=pk)
            # Checked again under the lock: a curator may have acted since the list was read.
            if mandate.status not in WAITING or mandate.evidence.filter(decision=Decision.CONFIRMED).exists():
                continue
            note = _("The report was due on %(date)s and no evidence of it has been confirmed.") % {
                "date": mandate.report_due.isoformat()
            }
            _apply(SYSTEM, mandate, MandateStatus.ELAPSED, None, note, "mandates.elapse")
            count += 1
    return count
