"""The technical-assistance register: needs, offers and their matches.

- A **Need** is one technical-assistance need of a State: the articles of the Convention it concerns, its
  kind, a description in any of the six languages, a priority and a status. It comes from a checklist
  answer (flowing in when the State submits, see ``intake.py``), from a submission's free text or
  documents, from a country review report, or is entered directly by the State's focal point or the
  Secretariat. Needs are never deleted: one a State drops from a later answer is marked withdrawn.
- Who may read a need is decided in ``selectors.py`` from two fields: ``visibility`` (what the State and
  the Secretariat see: as declared) and ``published_visibility`` (who else may read it; blank while the
  answer it comes from is unpublished).
- A **NeedStatusChange** is each change of a need's status: who, when, from what to what, and why.
- An **Offer** is what a provider (a UN entity, a development bank, a bilateral donor …) offers: a
  programme, the kinds of assistance, the articles, the regional groups it serves and its period.
- A **Match** pairs a need with an offer: suggested by the register (``matching.py``, with its score) or
  proposed by the Secretariat, then confirmed or rejected by the Secretariat.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from observatory.collection.models import ANSWER_LANGUAGES, AssistanceKind, Priority
from observatory.countries.models import RegionalGroup
from observatory.library.models import Visibility


class Kind(models.TextChoices):
    """The kinds of technical assistance the register counts (the issue's list)."""

    LEGAL_ADVICE = "legal_advice", _("Legal advice")
    LEGISLATIVE_DRAFTING = "legislative_drafting", _("Legislative drafting")
    INSTITUTION_BUILDING = "institution_building", _("Institution building")
    CAPACITY_BUILDING = "capacity_building", _("Capacity building and training")
    ON_SITE_EXPERT = "on_site_expert", _("On-site expert")
    IT_EQUIPMENT = "it_equipment", _("IT and equipment")
    RESEARCH_DATA = "research_data", _("Research and data")
    OTHER = "other", _("Other")


#: The kinds of the self-assessment checklist (collection.AssistanceKind) as the register counts them.
#: The checklist is older and finer in places: model legislation is help with drafting laws, a summary
#: of good practices is research, and "technological assistance" is IT and equipment.
CHECKLIST_KINDS: dict[str, str] = {
    AssistanceKind.LEGAL_ADVICE: Kind.LEGAL_ADVICE,
    AssistanceKind.MODEL_LEGISLATION: Kind.LEGISLATIVE_DRAFTING,
    AssistanceKind.LEGISLATIVE_DRAFTING: Kind.LEGISLATIVE_DRAFTING,
    AssistanceKind.CAPACITY_BUILDING: Kind.CAPACITY_BUILDING,
    AssistanceKind.ON_SITE_EXPERT: Kind.ON_SITE_EXPERT,
    AssistanceKind.INSTITUTION_BUILDING: Kind.INSTITUTION_BUILDING,
    AssistanceKind.GOOD_PRACTICES: Kind.RESEARCH_DATA,
    AssistanceKind.TECHNOLOGY: Kind.IT_EQUIPMENT,
    AssistanceKind.OTHER: Kind.OTHER,
}


class NeedStatus(models.TextChoices):
    CURRENT = "current", _("Current")
    ANTICIPATED = "anticipated", _("Anticipated")
    UNMET = "unmet", _("Unmet")
    BEING_MET = "being_met", _("Being met")
    MET = "met", _("Met")


#: Needs still waiting for help: what the dashboards call "open" and what offers are matched to.
OPEN_STATUSES = frozenset({NeedStatus.CURRENT, NeedStatus.ANTICIPATED, NeedStatus.UNMET})


class Source(models.TextChoices):
    CHECKLIST = "checklist_answer", _("Checklist answer")
    SUBMISSION = "submission", _("Submission")
    REVIEW_REPORT = "review_report", _("Review report")
    DIRECT = "direct_entry", _("Direct entry")


class Need(models.Model):
    """One technical-assistance need of a State."""

    state = models.ForeignKey(
        "countries.State", on_delete=models.PROTECT, related_name="assistance_needs", verbose_name=_("State")
    )
    articles = models.ManyToManyField(
        "convention.Article", related_name="assistance_needs", blank=True, verbose_name=_("articles")
    )
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices, db_index=True)
    description = models.TextField(_("description"), blank=True)
    language = models.CharField(_("language of the description"), max_length=4, choices=ANSWER_LANGUAGES)
    priority = models.CharField(
        _("priority"), max_length=8, choices=Priority.choices, default=Priority.MEDIUM, db_index=True
    )
    status = models.CharField(
        _("status"), max_length=12, choices=NeedStatus.choices, default=NeedStatus.CURRENT, db_index=True
    )
    source = models.CharField(_("source"), max_length=20, choices=Source.choices, db_index=True)
    # Where a need from the collection came from: the submission, the question it answers, the version it
    # was last read from and the checklist's own kind. The collection's AssistanceNeed row is replaced
    # whenever the State edits the answer's needs, so the link to it may lapse; the others stay.
    submission = models.ForeignKey(
        "collection.Submission",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="register_needs",
        verbose_name=_("submission"),
    )
    question = models.ForeignKey(
        "collection.Question", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    source_version = models.ForeignKey(
        "collection.SubmissionVersion", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    collection_need = models.ForeignKey(
        "collection.AssistanceNeed", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    source_kind = models.CharField(_("kind in the checklist"), max_length=24, blank=True)
    # What a need from the collection is recognised by in the next version of the same submission (see
    # intake.need_key); blank for the other sources.
    intake_key = models.CharField(max_length=120, blank=True, editable=False)
    source_reference = models.CharField(
        _("reference of the source"),
        max_length=200,
        blank=True,
        help_text=_("e.g. the symbol of the country review report"),
    )
    visibility = models.CharField(
        _("visibility"), max_length=20, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    # Who beyond the State and the Secretariat may read it; blank: nobody (an unpublished answer's need).
    published_visibility = models.CharField(
        _("published to"), max_length=20, choices=Visibility.choices, blank=True, db_index=True
    )
    withdrawn = models.BooleanField(_("withdrawn"), default=False, db_index=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    declared_on = models.DateField(_("declared on"))
    needed_by = models.DateField(_("needed by"), null=True, blank=True)
    met_on = models.DateField(_("met on"), null=True, blank=True)
    declared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-declared_on", "-pk"]
        verbose_name = _("technical-assistance need")
        verbose_name_plural = _("technical-assistance needs")
        constraints = [
            # Intake runs again at each submission and publication: the database refuses a duplicate.
            models.UniqueConstraint(
                fields=["submission", "intake_key"],
                condition=Q(source="checklist_answer"),
                name="one_register_need_per_checklist_need",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.state.iso3} {self.kind} #{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("portal:assistance_need", args=[self.pk])

    @property
    def is_open(self) -> bool:
        """Whether the need still waits for help (current, anticipated or unmet, not withdrawn)."""
        return self.status in OPEN_STATUSES and not self.withdrawn


class NeedStatusChange(models.Model):
    """One change of a need's status."""

    need = models.ForeignKey(Need, on_delete=models.PROTECT, related_name="status_changes")
    before = models.CharField(_("from"), max_length=12, choices=NeedStatus.choices, blank=True)
    after = models.CharField(_("to"), max_length=12, choices=NeedStatus.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(_("time"))
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["need", "at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self) -> str:
        return f"{self.need}: {self.before or '∅'} → {self.after}"


class ProviderType(models.TextChoices):
    UN_ENTITY = "un_entity", _("United Nations entity")
    MULTILATERAL = "multilateral", _("Multilateral or development bank")
    BILATERAL = "bilateral", _("Bilateral donor")
    REGIONAL = "regional", _("Regional organization")
    CIVIL_SOCIETY = "civil_society", _("Civil society or academia")
    OTHER = "other", _("Other")


class Offer(models.Model):
    """What a provider offers: a programme, kinds of assistance, articles, regional groups, a period.
    Offers are public (a register donors and States read); the contact is for governments and the
    Secretariat only."""

    organization = models.CharField(_("provider"), max_length=200, db_index=True)
    provider_type = models.CharField(
        _("type of provider"), max_length=16, choices=ProviderType.choices, default=ProviderType.OTHER
    )
    # The account that recorded the offer (a provider's, or the Secretariat's on its behalf).
    provider = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assistance_offers",
        verbose_name=_("recorded by"),
    )
    programme = models.CharField(_("programme"), max_length=300)
    kinds = models.JSONField(_("kinds"), default=list)
    articles = models.ManyToManyField(
        "convention.Article", related_name="assistance_offers", blank=True, verbose_name=_("articles")
    )
    # Regional groups served (RegionalGroup values); empty: every State, wherever it is.
    regions = models.JSONField(_("regional groups"), default=list, blank=True)
    starts = models.DateField(_("from"), null=True, blank=True)
    ends = models.DateField(_("until"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    language = models.CharField(
        _("language of the description"), max_length=4, choices=ANSWER_LANGUAGES, default="en"
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["organization", "programme", "pk"]
        verbose_name = _("technical-assistance offer")
        verbose_name_plural = _("technical-assistance offers")
        constraints = [
            models.CheckConstraint(
                condition=Q(starts__isnull=True) | Q(ends__isnull=True) | Q(ends__gte=models.F("starts")),
                name="offer_ends_after_it_starts",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organization}: {self.programme}"

    def get_absolute_url(self) -> str:
        return reverse("portal:assistance_offer", args=[self.pk])

    def region_labels(self) -> list[str]:
        """The names of the regional groups served, in the interface language."""
        labels = dict(RegionalGroup.choices)
        return [str(labels.get(value, value)) for value in self.regions]

    def kind_labels(self) -> list[str]:
        """The names of the kinds offered, in the interface language."""
        labels = dict(Kind.choices)
        return [str(labels.get(value, value)) for value in self.kinds]


class MatchMethod(models.TextChoices):
    SUGGESTED = "suggested", _("Suggested by the register")
    SECRETARIAT = "secretariat", _("Proposed by the Secretariat")


class Decision(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    CONFIRMED = "confirmed", _("Confirmed")
    REJECTED = "rejected", _("Rejected")


class Match(models.Model):
    """A need paired with an offer, with the score and signals it was suggested on."""

    need = models.ForeignKey(Need, on_delete=models.PROTECT, related_name="matches")
    offer = models.ForeignKey(Offer, on_delete=models.PROTECT, related_name="matches")
    score = models.FloatField(_("score"), default=0.0)
    # The parts of the score: {"kind": 1.0, "article": 0.5, "region": 1.0, "text": 0.62}.
    signals = models.JSONField(_("signals"), default=dict, blank=True)
    method = models.CharField(_("found by"), max_length=12, choices=MatchMethod.choices)
    decision = models.CharField(
        _("decision"), max_length=10, choices=Decision.choices, default=Decision.PROPOSED, db_index=True
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score", "pk"]
        verbose_name = _("match")
        verbose_name_plural = _("matches")
        constraints = [models.UniqueConstraint(fields=["need", "offer"], name="one_match_per_pair")]

    def __str__(self) -> str:
        return f"{self.need} ↔ {self.offer} ({self.decision})"
