"""The directory in the back office: read what the services wrote.

Records change only through ``directory.services`` (on the portal: the edit form, the validation queue,
the CSV import), which keep a version of every change, send focal points' changes to the Secretariat for
validation and audit each step; a back-office save would bypass all of that. So every page here is
read-only, and nothing is ever deleted: the Secretariat reads records, versions, contact persons,
confirmations and the yearly requests (whom each went to, when, whether it was answered).
"""

from django.contrib import admin

from observatory.core.admin_base import GuardedAdmin
from observatory.portal.admin_site import back_office

from .models import Authority, AuthorityVersion, Confirmation, ContactPerson, ReconfirmationRequest


class ReadOnlyAdmin(GuardedAdmin):
    """A page that shows records and changes none of them: they change through the services."""

    may_add = False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def get_readonly_fields(self, request, obj=None):
        # Every field, those Django fills in itself included; not the id.
        model = self.model._meta
        return [field.name for field in [*model.fields, *model.many_to_many] if not field.primary_key]


class ReadOnlyInline(admin.TabularInline):
    """Related rows shown on a record's page, none of them editable."""

    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class ContactPersonInline(ReadOnlyInline):
    """A record's contact persons, current and retired."""

    model = ContactPerson
    fields = ("name", "title", "email", "phone", "languages", "is_active")
    readonly_fields = fields


class VersionInline(ReadOnlyInline):
    """A record's versions, with who made and decided each."""

    model = AuthorityVersion
    fields = (
        "number",
        "status",
        "proposed_at",
        "proposed_by_name",
        "source",
        "decided_at",
        "decided_by_name",
    )
    readonly_fields = fields


@admin.register(Authority, site=back_office)
class AuthorityAdmin(ReadOnlyAdmin):
    """National authorities as the public reads them (the last validated version)."""

    list_display = ("sort_name", "state", "designation", "validation_state", "is_active", "last_confirmed_at")
    list_filter = ("designation", "validation_state", "is_active", "state__regional_group")
    search_fields = ("sort_name", "state__name_en", "state__iso3", "email")
    list_select_related = ("state",)
    date_hierarchy = "last_confirmed_at"
    inlines = [ContactPersonInline, VersionInline]


@admin.register(AuthorityVersion, site=back_office)
class AuthorityVersionAdmin(ReadOnlyAdmin):
    """Every change of every record, with its snapshot: never editable, by anyone."""

    list_display = ("authority", "number", "status", "proposed_at", "proposed_by_name", "source")
    list_filter = ("status", "source")
    search_fields = ("authority__sort_name", "authority__state__iso3", "proposed_by_name")
    list_select_related = ("authority__state",)
    date_hierarchy = "proposed_at"


@admin.register(ContactPerson, site=back_office)
class ContactPersonAdmin(ReadOnlyAdmin):
    """Contact persons (never public), current and retired."""

    list_display = ("name", "authority", "email", "is_active")
    list_filter = ("is_active",)
    search_fields = ("name", "email", "authority__sort_name", "authority__state__iso3")
    list_select_related = ("authority__state",)


@admin.register(Confirmation, site=back_office)
class ConfirmationAdmin(ReadOnlyAdmin):
    """Every "still correct", by whom and through what."""

    list_display = ("authority", "at", "by_name", "source")
    list_filter = ("source",)
    search_fields = ("authority__sort_name", "authority__state__iso3", "by_name")
    list_select_related = ("authority__state",)
    date_hierarchy = "at"


@admin.register(ReconfirmationRequest, site=back_office)
class ReconfirmationRequestAdmin(ReadOnlyAdmin):
    """The yearly requests as the mailer logged them. The token is not shown: it opens the link."""

    list_display = ("authority", "email", "status", "sent_at", "answered_at")
    list_filter = ("status", "period")
    search_fields = ("authority__sort_name", "authority__state__iso3", "email")
    list_select_related = ("authority__state",)
    date_hierarchy = "sent_at"
    exclude = ("token",)

    def get_readonly_fields(self, request, obj=None):
        return [name for name in super().get_readonly_fields(request, obj) if name != "token"]
