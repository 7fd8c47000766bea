"""The technical-assistance register in the back office: read what the services wrote.

Needs, offers and matches change through ``assistance.services`` (which check who may, keep the status
history and audit each step) from the portal's forms: here they are read-only, for the Secretariat and
administrators to search and inspect. Nothing is deleted (``GuardedAdmin``).
"""

from django.contrib import admin

from observatory.core.admin_base import GuardedAdmin
from observatory.portal.admin_site import back_office

from .models import Match, Need, NeedStatusChange, Offer


class ReadOnlyAdmin(GuardedAdmin):
    """A page that shows records and changes none of them: they change through the services."""

    may_add = False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def get_readonly_fields(self, request, obj=None):
        model = self.model._meta
        return [field.name for field in [*model.fields, *model.many_to_many] if not field.primary_key]


class StatusChangeInline(admin.TabularInline):
    """A need's status history."""

    model = NeedStatusChange
    fields = ("at", "before", "after", "by", "note")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Need, site=back_office)
class NeedAdmin(ReadOnlyAdmin):
    """Needs, newest first, by State, kind, status, source and visibility."""

    list_display = (
        "pk",
        "state",
        "kind",
        "priority",
        "status",
        "source",
        "published_visibility",
        "withdrawn",
        "declared_on",
    )
    list_filter = (
        "status",
        "kind",
        "source",
        "priority",
        "withdrawn",
        "published_visibility",
        "state__regional_group",
    )
    search_fields = ("description", "state__name_en", "state__iso3", "source_reference")
    date_hierarchy = "declared_on"
    inlines = [StatusChangeInline]


@admin.register(Offer, site=back_office)
class OfferAdmin(ReadOnlyAdmin):
    """Offers, by provider."""

    list_display = ("programme", "organization", "provider_type", "starts", "ends", "is_active")
    list_filter = ("provider_type", "is_active")
    search_fields = ("programme", "organization", "description")


@admin.register(Match, site=back_office)
class MatchAdmin(ReadOnlyAdmin):
    """Matches, best score first, by decision and method."""

    list_display = ("need", "offer", "score", "method", "decision", "decided_at")
    list_filter = ("decision", "method")
    search_fields = ("need__description", "offer__programme", "offer__organization")
