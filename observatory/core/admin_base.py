"""Base classes for back-office pages: permissions from the matrix, every save audited, no deletes."""

from django.contrib import admin
from django.db import transaction

from observatory.accounts.permissions import Action, can
from observatory.audit.services import record, snapshot


class GuardedAdmin(admin.ModelAdmin):
    """A back-office page whose permissions come from one Action of the matrix.

    Nothing is ever deleted from the back office: records are retired (an ``is_active`` flag) so that
    what refers to them keeps its meaning, and the audit log keeps every change.
    """

    view_action: Action = Action.USE_BACK_OFFICE
    change_action: Action = Action.MANAGE_REFERENCE_DATA
    may_add = True

    def has_module_permission(self, request) -> bool:
        return can(request.user, self.view_action)

    def has_view_permission(self, request, obj=None) -> bool:
        return can(request.user, self.view_action)

    def has_change_permission(self, request, obj=None) -> bool:
        return can(request.user, self.change_action)

    def has_add_permission(self, request) -> bool:
        return self.may_add and can(request.user, self.change_action)

    def has_delete_permission(self, request, obj=None) -> bool:
        # Also hides the "delete selected" bulk action, which Django offers only with this permission.
        return False

    def save_model(self, request, obj, form, change):
        # Kept on the object (the admin instance is shared between requests) until save_related,
        # which runs after the many-to-many fields are saved, writes the audit entry.
        obj._audit_before = snapshot(type(obj).objects.get(pk=obj.pk)) if change else None
        super().save_model(request, obj, form, change)

    @transaction.atomic
    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        obj = form.instance
        before, after = getattr(obj, "_audit_before", None), snapshot(obj)
        if before != after:
            action = f"{obj._meta.model_name}.{'change' if change else 'create'}"
            record(actor=request.user, action=action, obj=obj, before=before, after=after, note="back office")
