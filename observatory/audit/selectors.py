"""Reading the audit log."""

from django.db.models import QuerySet

from observatory.accounts.permissions import Action, require

from .models import AuditEntry


def history_of(user, *, object_type: str, object_id: str) -> QuerySet[AuditEntry]:
    """Every entry about one object, newest first, for a reader allowed to see the audit log."""
    require(user, Action.VIEW_AUDIT_LOG)
    return AuditEntry.objects.filter(object_type=object_type, object_id=str(object_id))
