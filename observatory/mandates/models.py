"""Mandates: what the Conference and its subsidiary bodies asked someone to do, and what became of it.

- A **Mandate** is one operative paragraph of a resolution or decision, or one recommendation of a
  report, read from the library (the ``action`` of the extraction contract): who must do what, under
  which conditions, reporting to which body at which session. A later clause of the paragraph that
  addresses a second actor ("…, and requests the Secretariat to report") is its own mandate, linked to
  the paragraph's first (``parent``). Mandates are keyed by (document, paragraph id, clause), so that
  importing a document again updates them and never duplicates them.
- **Lineage** links a later mandate to an earlier one it recalls, reaffirms, reiterates or supersedes:
  found from explicit references or by similarity, with a score, and confirmed or rejected by a curator.
- **Evidence** is a paragraph of a later document that responds to a mandate, proposed the same way and
  decided by a curator.
- A **StatusChange** is each change of a mandate's status, with who, when, the evidence and a note.
- A **Session** is a meeting of a body (the Conference's numbered sessions, the subsidiary bodies'
  yearly ones) with its dates, so that "at its eighth session" resolves to a date.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from observatory.library.bodies import Body


class Session(models.Model):
    """A session of a body, with its dates when known."""

    body = models.CharField(_("body"), max_length=30, choices=Body.choices)
    number = models.PositiveSmallIntegerField(_("session"))
    year = models.PositiveSmallIntegerField(_("year"))
    starts = models.DateField(_("first day"), null=True, blank=True)
    ends = models.DateField(_("last day"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)

    class Meta:
        ordering = ["body", "number"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [models.UniqueConstraint(fields=["body", "number"], name="one_session_number_per_body")]

    def __str__(self) -> str:
        return f"{self.get_body_display()} {self.number} ({self.year})"


class MandateSource(models.TextChoices):
    OPERATIVE = "operative", _("Operative paragraph")
    RECOMMENDATION = "recommendation", _("Recommendation")


class ActionCategory(models.TextChoices):
    """What the opening verb asks; declarative verbs (notes, welcomes, recognizes…) ask nothing."""

    DECIDES = "decides", _("Decides")
    REQUESTS = "requests", _("Requests")
    URGES = "urges", _("Urges")
    CALLS_UPON = "calls_upon", _("Calls upon")
    ENCOURAGES = "encourages", _("Encourages")
    INVITES = "invites", _("Invites")
    RECOMMENDS = "recommends", _("Recommends")
    DECLARATIVE = "declarative", _("Declarative")
    OTHER = "other", _("Other")


class MandateStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    REPORTED = "reported", _("Reported")
    # A context of its own: the checklist's "Implemented" is a question ("whether implemented").
    IMPLEMENTED = "implemented", pgettext_lazy("mandate status", "Implemented")
    SUPERSEDED = "superseded", _("Superseded")
    ELAPSED = "elapsed", _("Elapsed")
    NOT_APPLICABLE = "not_applicable", _("Not applicable")


class Mandate(models.Model):
    """One mandate: a paragraph's opening clause (``clause`` 0) or one of its later clauses."""

    document = models.ForeignKey("library.Document", on_delete=models.PROTECT, related_name="mandates")
    pid = models.CharField(_("paragraph id"), max_length=40)
    clause = models.PositiveSmallIntegerField(_("clause"), default=0)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="clauses"
    )
    source = models.CharField(_("source"), max_length=16, choices=MandateSource.choices)
    resolution = models.CharField(_("resolution"), max_length=16, blank=True, db_index=True)
    number = models.CharField(_("paragraph"), max_length=12, blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    # The body and session that adopted it (from the document's symbol).
    body = models.CharField(_("body"), max_length=30, choices=Body.choices, blank=True, db_index=True)
    session = models.PositiveSmallIntegerField(_("session"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=8)
    text = models.TextField(_("text"))
    verb = models.CharField(_("verb"), max_length=120, blank=True)
    verb_base = models.CharField(_("verb (base form)"), max_length=60, blank=True)
    category = models.CharField(_("action"), max_length=12, choices=ActionCategory.choices, db_index=True)
    addressees = models.JSONField(_("addressees"), default=list)
    conditions = models.JSONField(_("conditions"), default=list)
    report_body = models.CharField(_("report to"), max_length=30, choices=Body.choices, blank=True)
    report_session = models.PositiveSmallIntegerField(_("at session"), null=True, blank=True)
    report_text = models.CharField(_("reporting duty"), max_length=300, blank=True)
    report_due = models.DateField(_("report due"), null=True, blank=True, db_index=True)
    articles = models.ManyToManyField("convention.Article", related_name="mandates", blank=True)
    topics = models.ManyToManyField("convention.Topic", related_name="mandates", blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=MandateStatus.choices, default=MandateStatus.OPEN, db_index=True
    )
    # False once a later import of the document no longer has this paragraph: kept, never deleted, so
    # the curator's decisions about it survive.
    is_current = models.BooleanField(_("current"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["document", "position", "clause"]
        verbose_name = _("mandate")
        verbose_name_plural = _("mandates")
        constraints = [
            models.UniqueConstraint(fields=["document", "pid", "clause"], name="one_mandate_per_clause")
        ]

    def __str__(self) -> str:
        label = f"{self.document} ¶{self.pid}"
        return f"{label} ({self.clause})" if self.clause else label


class Method(models.TextChoices):
    """How a link was found."""

    EXPLICIT = "explicit", _("Explicit reference")
    SHARED_SUBJECT = "shared_subject", _("Shared articles and topics")
    SIMILARITY = "similarity", _("Similar text")
    CURATOR = "curator", _("Added by a curator")


class Decision(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    CONFIRMED = "confirmed", _("Confirmed")
    REJECTED = "rejected", _("Rejected")


class LineageRelation(models.TextChoices):
    RECALLS = "recalls", _("Recalls")
    REAFFIRMS = "reaffirms", _("Reaffirms")
    REITERATES = "reiterates", _("Reiterates")
    SUPERSEDES = "supersedes", _("Supersedes")
    CONTINUES = "continues", _("Continues")


class Lineage(models.Model):
    """A later mandate's link to an earlier one."""

    later = models.ForeignKey(Mandate, on_delete=models.CASCADE, related_name="earlier_links")
    earlier = models.ForeignKey(Mandate, on_delete=models.CASCADE, related_name="later_links")
    relation = models.CharField(_("relation"), max_length=12, choices=LineageRelation.choices)
    method = models.CharField(_("found by"), max_length=16, choices=Method.choices)
    score = models.FloatField(_("score"), default=0.0)
    decision = models.CharField(
        _("decision"), max_length=10, choices=Decision.choices, default=Decision.PROPOSED, db_index=True
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["later", "-score"]
        verbose_name = _("lineage")
        verbose_name_plural = _("lineage")
        constraints = [models.UniqueConstraint(fields=["later", "earlier"], name="one_lineage_per_pair")]

    def __str__(self) -> str:
        return f"{self.later} {self.relation} {self.earlier}"


class Evidence(models.Model):
    """A paragraph of a later document that responds to a mandate. The paragraph is named by document and
    paragraph id (stable across revisions) with its text as it was when proposed."""

    mandate = models.ForeignKey(Mandate, on_delete=models.CASCADE, related_name="evidence")
    document = models.ForeignKey("library.Document", on_delete=models.PROTECT, related_name="evidence_of")
    pid = models.CharField(_("paragraph id"), max_length=40)
    text = models.TextField(_("text"))
    method = models.CharField(_("found by"), max_length=16, choices=Method.choices)
    score = models.FloatField(_("score"), default=0.0)
    decision = models.CharField(
        _("decision"), max_length=10, choices=Decision.choices, default=Decision.PROPOSED, db_index=True
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["mandate", "-score"]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        constraints = [
            models.UniqueConstraint(fields=["mandate", "document", "pid"], name="one_evidence_per_paragraph")
        ]

    def __str__(self) -> str:
        return f"{self.mandate} ← {self.document} ¶{self.pid}"


class StatusChange(models.Model):
    """One change of a mandate's status: who, when, on what evidence."""

    mandate = models.ForeignKey(Mandate, on_delete=models.CASCADE, related_name="status_changes")
    before = models.CharField(_("from"), max_length=16, choices=MandateStatus.choices)
    after = models.CharField(_("to"), max_length=16, choices=MandateStatus.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(_("time"))
    evidence = models.ForeignKey(Evidence, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["mandate", "at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self) -> str:
        return f"{self.mandate}: {self.before} → {self.after}"
