"""The audit log: an append-only record of every change made through the platform's services.

Append-only is enforced twice: here (saving an existing entry or deleting raises) and in the database
(triggers installed by migration 0002 reject UPDATE and DELETE on SQLite and PostgreSQL alike), so not
even a bulk query or a shell session can rewrite history.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from observatory.core.errors import Conflict


class AuditEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise Conflict(message="The audit log is append-only: entries cannot be changed.")

    def delete(self):
        raise Conflict(message="The audit log is append-only: entries cannot be deleted.")


class AuditEntry(models.Model):
    """Who did what to which object, when, with the object's fields before and after."""

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Kept as text too, so the entry reads the same whatever later happens to the account.
    actor_name = models.CharField(_("who"), max_length=150)
    action = models.CharField(_("action"), max_length=80, db_index=True)
    object_type = models.CharField(_("object type"), max_length=80, db_index=True)
    object_id = models.CharField(_("object id"), max_length=64, blank=True, db_index=True)
    object_repr = models.CharField(_("object"), max_length=300, blank=True)
    before = models.JSONField(_("before"), null=True, blank=True)
    after = models.JSONField(_("after"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        indexes = [models.Index(fields=["object_type", "object_id", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name} {self.action} {self.object_repr}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise Conflict(message="The audit log is append-only: entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise Conflict(message="The audit log is append-only: entries cannot be deleted.")
