from django.contrib import admin

from observatory.accounts.permissions import Action, can
from observatory.portal.admin_site import back_office

from .models import AuditEntry


@admin.register(AuditEntry, site=back_office)
class AuditEntryAdmin(admin.ModelAdmin):
    """The audit log, read-only, for those allowed to see it."""

    list_display = ("at", "actor_name", "action", "object_type", "object_repr")
    list_filter = ("action", "object_type")
    search_fields = ("actor_name", "object_repr", "object_id", "note")
    date_hierarchy = "at"
    readonly_fields = [field.name for field in AuditEntry._meta.fields]

    def has_module_permission(self, request) -> bool:
        return can(request.user, Action.VIEW_AUDIT_LOG)

    def has_view_permission(self, request, obj=None) -> bool:
        return can(request.user, Action.VIEW_AUDIT_LOG)

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
