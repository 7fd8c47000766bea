"""Calls for information in the back office: read what the services wrote, translate what needs it.

Calls, submissions, versions, dispatches and documents change only through ``collection.services``
(which check the rules, e-mail the States and audit each step): here they are read-only, except for a
call's titles in the five languages other than English, which translators fill in. The checklist's
texts are edited here by the Secretariat and administrators. Nothing is deleted. Answers are not shown:
a State's drafts are its own until it submits, and what it submitted is in the versions.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from observatory.accounts.permissions import Action, can
from observatory.core.admin_base import GuardedAdmin
from observatory.portal.admin_site import back_office

from .models import Call, CallDocument, ChecklistItem, Dispatch, Question, Submission, SubmissionVersion

LANGUAGE_SUFFIXES = ("ar", "zh", "en", "fr", "ru", "es")
TEXT_FIELDS = tuple(f"text_{code}" for code in LANGUAGE_SUFFIXES)
TITLE_FIELDS = tuple(f"title_{code}" for code in LANGUAGE_SUFFIXES)


def _may_edit_collection_texts(user) -> bool:
    """The Secretariat runs the calls; administrators keep the reference data: both may edit texts."""
    return can(user, Action.MANAGE_CALLS) or can(user, Action.MANAGE_REFERENCE_DATA)


class ReadOnlyAdmin(GuardedAdmin):
    """A page that shows records and changes none of them: what it shows changes through the services."""

    may_add = False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def get_readonly_fields(self, request, obj=None):
        # Every field, those Django fills in itself (created, updated) included; not the id.
        model = self.model._meta
        return [field.name for field in [*model.fields, *model.many_to_many] if not field.primary_key]


class QuestionInline(admin.TabularInline):
    """A call's questions as it asked them: fixed once the call is drafted."""

    model = Question
    fields = ("position", "checklist_item", "article", *TEXT_FIELDS)
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_view_permission(self, request, obj=None) -> bool:
        return can(request.user, Action.USE_BACK_OFFICE)

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Call, site=back_office)
class CallAdmin(GuardedAdmin):
    """Calls, newest deadline first. Drafted, launched and closed on the portal (the services e-mail the
    States); here the Secretariat adds the title's translations, which the notes verbales use."""

    may_add = False  # drafted on the portal's "new call" page, which checks the questions and audience
    list_display = ("__str__", "title_en", "status", "deadline", "audience", "launched_at", "closed_at")
    list_filter = ("status", "audience", "deadline")
    search_fields = ("symbol", *TITLE_FIELDS)
    date_hierarchy = "deadline"
    ordering = ("-deadline", "pk")
    inlines = [QuestionInline]
    readonly_fields = (
        "symbol",
        "title_en",
        "status",
        "deadline",
        "audience",
        "selected_states",
        "topics",
        "articles",
        "reminder_days_before",
        "reminder_days_after",
        "previous_call",
        "created_by",
        "created_at",
        "launched_at",
        "closed_at",
    )
    fieldsets = (
        (None, {"fields": ("symbol", "status", "deadline", "audience", "selected_states", "previous_call")}),
        (_("Title"), {"fields": TITLE_FIELDS}),
        (_("Subject"), {"fields": ("topics", "articles")}),
        (_("Reminders (days)"), {"fields": ("reminder_days_before", "reminder_days_after")}),
        (_("History"), {"fields": ("created_by", "created_at", "launched_at", "closed_at")}),
    )

    def has_change_permission(self, request, obj=None) -> bool:
        return can(request.user, Action.MANAGE_CALLS)


@admin.register(ChecklistItem, site=back_office)
class ChecklistItemAdmin(GuardedAdmin):
    """The self-assessment checklist: its texts in six languages, edited by the Secretariat and
    administrators. ``observatory load-checklist`` keeps what is edited here. An item is retired, never
    deleted: answers of earlier cycles point at it."""

    may_add = False  # items come from the data file, one per provision
    list_display = ("code", "article", "paragraph", "is_active", "has_all_texts")
    list_filter = ("is_active", "article__chapter")
    search_fields = ("code", *TEXT_FIELDS)
    readonly_fields = ("code", "article", "paragraph")
    fields = ("code", "article", "paragraph", "position", "is_active", *TEXT_FIELDS)

    @admin.display(boolean=True, description=_("In six languages"))
    def has_all_texts(self, obj) -> bool:
        """Whether every language has its text."""
        return all(getattr(obj, name) for name in TEXT_FIELDS)

    def has_change_permission(self, request, obj=None) -> bool:
        return _may_edit_collection_texts(request.user)


@admin.register(Submission, site=back_office)
class SubmissionAdmin(ReadOnlyAdmin):
    """Submissions: their status and visibility, changed only by the State and the review services."""

    list_display = ("state", "call", "status", "visibility", "updated_at")
    list_filter = ("status", "visibility", "call")
    search_fields = ("state__name_en", "state__iso3", "call__symbol", "call__title_en")
    list_select_related = ("state", "call")


@admin.register(SubmissionVersion, site=back_office)
class SubmissionVersionAdmin(ReadOnlyAdmin):
    """What focal points submitted, frozen: never editable, by anyone."""

    list_display = ("submission", "number", "submitted_at", "is_late", "visibility", "published_at")
    list_filter = ("is_late", "visibility", "submission__call")
    search_fields = ("submission__state__name_en", "submission__state__iso3", "submission__call__symbol")
    list_select_related = ("submission__state", "submission__call")
    date_hierarchy = "submitted_at"


@admin.register(Dispatch, site=back_office)
class DispatchAdmin(ReadOnlyAdmin):
    """Every e-mail sent to focal points about a call, as the mailer logged it."""

    list_display = ("addressee", "kind", "step", "status", "at", "message_id")
    list_filter = ("status", "kind", "addressee__call")
    search_fields = ("addressee__state__name_en", "addressee__state__iso3", "message_id", "recipients")
    list_select_related = ("addressee__state", "addressee__call")
    date_hierarchy = "at"


@admin.register(CallDocument, site=back_office)
class CallDocumentAdmin(ReadOnlyAdmin):
    """Documents States uploaded in answer to calls (the documents themselves are in the library)."""

    list_display = ("source_name", "state", "call", "uploaded_at")
    list_filter = ("call",)
    search_fields = ("source_name", "state__name_en", "state__iso3")
    list_select_related = ("state", "call")
    date_hierarchy = "uploaded_at"
