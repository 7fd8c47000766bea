"""Users and their roles. A national focal point and a national contributor act for one State."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """The roles of the platform. The anonymous public is everyone who is not logged in."""

    ADMINISTRATOR = "administrator", _("Administrator")
    SECRETARIAT = "secretariat", _("Secretariat staff")
    FOCAL_POINT = "focal_point", _("National focal point")
    CONTRIBUTOR = "contributor", _("National contributor")
    PROVIDER = "provider", _("Assistance provider")


#: Roles that act for one State and must name it.
STATE_ROLES = frozenset({Role.FOCAL_POINT, Role.CONTRIBUTOR})
#: Roles that may open the curators' back office (Django admin).
BACK_OFFICE_ROLES = frozenset({Role.ADMINISTRATOR, Role.SECRETARIAT})


class User(AbstractUser):
    """A person with an account. Accounts are deactivated, never deleted, so the audit log keeps its
    authors."""

    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    state = models.ForeignKey(
        "countries.State",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
        verbose_name=_("State"),
        help_text=_("The State a national focal point or contributor acts for."),
    )
    organization = models.CharField(_("organization"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(role__in=sorted(STATE_ROLES), state__isnull=False)
                    | (~models.Q(role__in=sorted(STATE_ROLES)) & models.Q(state__isnull=True))
                ),
                name="state_roles_name_one_state",
            ),
        ]

    def save(self, *args, **kwargs):
        # Django's own superuser command gives no role: such a user is an administrator.
        if self.is_superuser and not self.role:
            self.role = Role.ADMINISTRATOR
        # The back office admits staff only; staff status follows the role and is never set by hand.
        self.is_staff = self.role in BACK_OFFICE_ROLES
        super().save(*args, **kwargs)
