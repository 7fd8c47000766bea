"""States: UN Member States and non-member States, their names in six languages, regional group, and
their status under the Convention (set by an administrator, never guessed)."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from observatory.core.languages import localized


class RegionalGroup(models.TextChoices):
    """The five UN regional groups, and "none" for States outside them (Niue, the Holy See …)."""

    AFRICAN = "african", _("African States")
    ASIA_PACIFIC = "asia_pacific", _("Asia-Pacific States")
    EASTERN_EUROPEAN = "eastern_european", _("Eastern European States")
    GRULAC = "grulac", _("Latin American and Caribbean States")
    WEOG = "weog", _("Western European and other States")
    NONE = "none", _("Not in a regional group")


class ConventionStatus(models.TextChoices):
    """Where a State stands towards the Convention."""

    UNKNOWN = "unknown", _("Not yet recorded")
    NONE = "none", _("Neither signatory nor party")
    SIGNATORY = "signatory", _("Signatory")
    PARTY = "party", _("Party")


class PartyInstrument(models.TextChoices):
    """How a State became a party."""

    RATIFICATION = "ratification", _("Ratification")
    ACCESSION = "accession", _("Accession")
    ACCEPTANCE = "acceptance", _("Acceptance")
    APPROVAL = "approval", _("Approval")
    SUCCESSION = "succession", _("Succession")


class State(models.Model):
    """A State, named as the UN names it (UNTERM short names)."""

    iso3 = models.CharField(_("ISO 3166-1 alpha-3 code"), max_length=3, unique=True)
    iso2 = models.CharField(_("ISO 3166-1 alpha-2 code"), max_length=2, unique=True)
    m49 = models.PositiveSmallIntegerField(_("M49 code"), unique=True)
    un_member = models.BooleanField(_("UN Member State"))
    regional_group = models.CharField(_("regional group"), max_length=20, choices=RegionalGroup.choices)
    name_ar = models.CharField(_("short name (Arabic)"), max_length=200)
    name_zh = models.CharField(_("short name (Chinese)"), max_length=200)
    name_en = models.CharField(_("short name (English)"), max_length=200)
    name_fr = models.CharField(_("short name (French)"), max_length=200)
    name_ru = models.CharField(_("short name (Russian)"), max_length=200)
    name_es = models.CharField(_("short name (Spanish)"), max_length=200)
    formal_name_en = models.CharField(_("formal name (English)"), max_length=300, blank=True)
    # Other names the UN uses for the State (M49 names that differ from the short names), one per line.
    variants = models.TextField(_("name variants"), blank=True)

    convention_status = models.CharField(
        _("status under the Convention"),
        max_length=12,
        choices=ConventionStatus.choices,
        default=ConventionStatus.UNKNOWN,
    )
    signature_date = models.DateField(_("date of signature"), null=True, blank=True)
    party_date = models.DateField(_("date of ratification or accession"), null=True, blank=True)
    party_instrument = models.CharField(
        _("instrument"), max_length=12, choices=PartyInstrument.choices, blank=True
    )
    status_note = models.CharField(_("note on status"), max_length=500, blank=True)
    status_updated_at = models.DateTimeField(_("status last changed"), null=True, blank=True)
    status_updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("State")
        verbose_name_plural = _("States")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(convention_status="party") | models.Q(party_date__isnull=False),
                name="party_has_party_date",
            ),
            models.CheckConstraint(
                condition=models.Q(party_date__isnull=True)
                | models.Q(signature_date__isnull=True)
                | models.Q(party_date__gte=models.F("signature_date")),
                name="party_date_not_before_signature",
            ),
        ]

    def __str__(self) -> str:
        return self.name_en

    def get_absolute_url(self) -> str:
        return reverse("portal:state", args=[self.iso3.lower()])

    @property
    def name(self):
        """The UN short name in the active language."""
        return localized(self, "name")
