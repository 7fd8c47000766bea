"""The directory of competent national authorities (art. 6, para. 3; art. 46, para. 13).

- An **Authority** is one record of a State's directory: what it is designated for (a prevention
  authority under art. 6, para. 3, the central authority for mutual legal assistance under art. 46,
  para. 13, an asset-recovery focal point, or another), its official name and address in each language the
  State gives, its public contact, the languages in which it accepts requests, its channels and
  procedures, notes on its legal basis, and when and by whom it was last confirmed as correct. The row
  always holds what the public reads: the last validated version (a record never validated yet holds
  the proposal, and nobody outside its State and the Secretariat sees it).
- A **ContactPerson** is a named official of an authority. Never public: only government users and the
  Secretariat read them (``Action.VIEW_CONTACT_PERSONS``). Retired, never deleted.
- An **AuthorityVersion** is one change of a record, as a full snapshot (contact persons included) with
  what changed against the validated record, who proposed it and when, and the Secretariat's decision. A
  focal point's change is *pending* until the Secretariat validates (or rejects) it; the Secretariat's own
  changes are validated when made. The versions are the record's full history.
- A **Confirmation** is one "still correct": who said so, when, and how (the portal, the e-mailed link,
  a validated change).
- A **ReconfirmationRequest** is one yearly e-mail to one focal point about one record, carrying the
  one-click signed link (its ``token`` is the random part the signature covers).

Names and addresses are JSON objects of language → text (``{"fr": "Agence française anticorruption",
"en": "French Anticorruption Agency"}``) rather than a child model: the languages are whichever the State
gives (German, Portuguese … not only the six), a version is one snapshot of the whole record that is
compared, validated and applied as one, and a pending change must not touch the published record — with
rows per language, every pending edit would need shadow rows. Validation of the keys and texts is in
``records.clean_record``, the one place that checks a record whatever its source (form, CSV, demo).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Designation(models.TextChoices):
    """What a State designated the authority for."""

    PREVENTION = "prevention", _("Prevention authority (article 6, paragraph 3)")
    CENTRAL_AUTHORITY = (
        "central_authority",
        _("Central authority for mutual legal assistance (article 46, paragraph 13)"),
    )
    ASSET_RECOVERY = "asset_recovery", _("Asset-recovery focal point")
    OTHER = "other", _("Other competent authority")


class Channel(models.TextChoices):
    """How requests reach the authority."""

    DIPLOMATIC = "diplomatic", _("Diplomatic channels")
    DIRECT = "direct", _("Directly to the authority")
    EMAIL = "email", _("E-mail")
    POST = "post", _("Post")
    INTERPOL = "interpol", _("INTERPOL")
    NETWORK = "network", _("Practitioners' networks (e.g. GlobE, StAR/INTERPOL focal points)")
    OTHER = "other", _("Other (see procedures)")


class ValidationState(models.TextChoices):
    """Where a record stands with the Secretariat."""

    PENDING = "pending", _("Awaiting validation")
    VALIDATED = "validated", _("Validated")
    CHANGE_PENDING = "change_pending", _("Validated; a change awaits validation")
    REJECTED = "rejected", _("Not validated")


#: States in which a record has a validated version the public may read.
PUBLISHED_STATES = frozenset({ValidationState.VALIDATED, ValidationState.CHANGE_PENDING})


class VersionStatus(models.TextChoices):
    """Where one version stands: validated (published), awaiting validation, rejected, or replaced."""

    VALIDATED = "validated", _("Validated")
    PENDING = "pending", _("Awaiting validation")
    REJECTED = "rejected", _("Rejected")
    SUPERSEDED = "superseded", _("Replaced by a later change")


class Source(models.TextChoices):
    """Where a change or a confirmation came from."""

    PORTAL = "portal", _("the portal")
    LINK = "link", _("the link e-mailed for the yearly reconfirmation")
    IMPORT = "import", _("a CSV import")
    CHANGE = "change", _("a validated change")
    DEMO = "demo", _("the demo")


class Authority(models.Model):
    """A competent national authority, as the public reads it (the last validated version)."""

    state = models.ForeignKey(
        "countries.State", on_delete=models.PROTECT, related_name="authorities", verbose_name=_("State")
    )
    designation = models.CharField(_("designation"), max_length=20, choices=Designation.choices)
    designation_detail = models.CharField(
        _("what it is designated for"),
        max_length=200,
        blank=True,
        help_text=_("Required for another competent authority, e.g. financial intelligence unit."),
    )
    names = models.JSONField(_("official name, per language"), default=dict)
    addresses = models.JSONField(_("address, per language"), default=dict, blank=True)
    website = models.URLField(_("website"), max_length=300, blank=True)
    phone = models.CharField(_("public telephone"), max_length=60, blank=True)
    email = models.EmailField(_("public e-mail"), max_length=254, blank=True)
    request_languages = models.JSONField(
        _("languages in which requests are accepted"), default=list, blank=True
    )
    channels = models.JSONField(_("channels"), default=list, blank=True)
    procedures = models.TextField(_("procedures"), blank=True)
    legal_basis = models.TextField(_("legal basis"), blank=True)
    # Withdrawn, never deleted: an authority a State abolished stays in the history.
    is_active = models.BooleanField(_("in force"), default=True)
    # The name the directory sorts by, and the same folded for telling duplicates apart.
    sort_name = models.CharField(max_length=300, editable=False)
    name_key = models.CharField(max_length=300, editable=False, db_index=True)

    validation_state = models.CharField(
        _("validation"), max_length=16, choices=ValidationState.choices, default=ValidationState.PENDING
    )
    # The number of the latest version (any status): an edit names the revision it started from.
    revision = models.PositiveIntegerField(_("revision"), default=0)
    validated_version = models.ForeignKey(
        "AuthorityVersion", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    pending_version = models.ForeignKey(
        "AuthorityVersion", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    last_confirmed_at = models.DateTimeField(_("last confirmed"), null=True, blank=True, db_index=True)
    last_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Kept as text too, so the record reads the same whatever later happens to the account.
    last_confirmed_by_name = models.CharField(_("last confirmed by"), max_length=150, blank=True)
    last_confirmed_by_role = models.CharField(max_length=20, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["state__name_en", "designation", "sort_name", "pk"]
        verbose_name = _("national authority")
        verbose_name_plural = _("national authorities")
        constraints = [
            # Two records of one State for the same designation under the same name are one authority
            # entered twice: the database refuses the second, whatever path it came by.
            models.UniqueConstraint(
                fields=["state", "designation", "name_key"],
                condition=Q(is_active=True) & ~Q(validation_state="rejected"),
                name="one_record_per_state_designation_and_name",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.state.iso3}: {self.sort_name}"

    def get_absolute_url(self) -> str:
        """The record's page on the portal."""
        return reverse("portal:directory_authority", args=[self.pk])

    @property
    def is_published(self) -> bool:
        """Whether a validated version exists (and so the public may read the record while in force)."""
        return self.validation_state in PUBLISHED_STATES


class ContactPerson(models.Model):
    """A named official of an authority: never public."""

    authority = models.ForeignKey(Authority, on_delete=models.PROTECT, related_name="contact_persons")
    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(_("title"), max_length=200, blank=True)
    phone = models.CharField(_("telephone"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail"), max_length=254, blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # Retired when a validated change drops the person; the versions keep who they were.
    is_active = models.BooleanField(_("current"), default=True)

    class Meta:
        ordering = ["authority", "position", "pk"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")

    def __str__(self) -> str:
        return f"{self.name} ({self.authority})"


class AuthorityVersion(models.Model):
    """One change of a record: the whole record as proposed (or validated), what changed, who and when."""

    authority = models.ForeignKey(Authority, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    status = models.CharField(_("status"), max_length=12, choices=VersionStatus.choices)
    # The record as a whole (records.authority_record): public fields and contact persons.
    snapshot = models.JSONField(_("record"))
    # {"field": [before, after]} against the validated record when the change was made.
    changes = models.JSONField(_("what changed"), default=dict)
    based_on = models.PositiveIntegerField(_("based on version"), null=True, blank=True)
    source = models.CharField(_("made through"), max_length=10, choices=Source.choices, default=Source.PORTAL)
    note = models.CharField(_("editor's note"), max_length=500, blank=True)
    proposed_at = models.DateTimeField(_("made"))
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    proposed_by_name = models.CharField(_("made by"), max_length=150)
    proposed_by_role = models.CharField(max_length=20, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_by_name = models.CharField(_("decided by"), max_length=150, blank=True)
    decided_by_role = models.CharField(max_length=20, blank=True)
    decision_note = models.CharField(_("reason"), max_length=500, blank=True)

    class Meta:
        ordering = ["authority", "number"]
        verbose_name = _("version of a national authority")
        verbose_name_plural = _("versions of national authorities")
        constraints = [
            models.UniqueConstraint(fields=["authority", "number"], name="authority_version_numbers_unique"),
            # One proposal at a time: a later one replaces (supersedes) the earlier.
            models.UniqueConstraint(
                fields=["authority"], condition=Q(status="pending"), name="one_pending_change_per_authority"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.authority} v{self.number} ({self.status})"


class Confirmation(models.Model):
    """One "still correct": the record's validated version was confirmed by someone, at a moment."""

    authority = models.ForeignKey(Authority, on_delete=models.PROTECT, related_name="confirmations")
    at = models.DateTimeField(_("confirmed"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    by_name = models.CharField(_("confirmed by"), max_length=150)
    by_role = models.CharField(max_length=20, blank=True)
    source = models.CharField(_("through"), max_length=10, choices=Source.choices)
    version = models.PositiveIntegerField(_("version confirmed"), null=True, blank=True)

    class Meta:
        ordering = ["authority", "at", "pk"]
        verbose_name = _("confirmation")
        verbose_name_plural = _("confirmations")

    def __str__(self) -> str:
        return f"{self.authority} confirmed {self.at:%Y-%m-%d} by {self.by_name}"


class RequestStatus(models.TextChoices):
    """What became of one yearly request's e-mail."""

    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    NO_RECIPIENT = "no_recipient", _("No focal point with an e-mail address")


class ReconfirmationRequest(models.Model):
    """The yearly request to one focal point to confirm one record (one e-mail lists all its State's)."""

    authority = models.ForeignKey(Authority, on_delete=models.PROTECT, related_name="reconfirmation_requests")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    email = models.CharField(_("sent to"), max_length=254, blank=True)
    # The random part of the signed link: the link names this request, and only this token opens it.
    token = models.CharField(_("token"), max_length=64, unique=True)
    # The calendar month of the request ("2027-03"): the database admits one sent request per record,
    # recipient and month, so two schedulers running at once cannot both send it.
    period = models.CharField(_("month"), max_length=7)
    status = models.CharField(_("status"), max_length=14, choices=RequestStatus.choices)
    message_id = models.CharField(_("message id"), max_length=300, blank=True)
    error = models.CharField(_("error"), max_length=500, blank=True)
    sent_at = models.DateTimeField(_("sent"))
    expires_at = models.DateTimeField(_("link expires"))
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        ordering = ["authority", "sent_at", "pk"]
        verbose_name = _("reconfirmation request")
        verbose_name_plural = _("reconfirmation requests")
        constraints = [
            models.UniqueConstraint(
                fields=["authority", "recipient", "period"],
                condition=Q(status="sent"),
                name="one_reconfirmation_request_per_month",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.authority} → {self.email or '—'} {self.sent_at:%Y-%m-%d} {self.status}"
