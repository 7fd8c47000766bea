from django import forms
from django.contrib import admin
from django.db import transaction

from observatory.accounts.permissions import Action, can, require
from observatory.audit.services import record, snapshot
from observatory.core.admin_base import GuardedAdmin
from observatory.portal.admin_site import back_office

from .models import State
from .services import STATUS_FIELDS, StatusChange, set_convention_status, validate_status

# validate_status names fields as the CSV import does; the form names them as the model does.
FORM_FIELD = {"status": "convention_status", "instrument": "party_instrument"}


class StateForm(forms.ModelForm):
    class Meta:
        model = State
        fields = "__all__"  # noqa: DJ007 (the admin's fieldsets choose what is shown)

    def clean(self):
        data = super().clean()
        change = StatusChange(
            **{name: data.get(name) or ("" if "date" not in name else None) for name in STATUS_FIELDS}
        )
        for problem in validate_status(change):
            self.add_error(FORM_FIELD.get(problem["field"], problem["field"]), problem["message"])
        return data


@admin.register(State, site=back_office)
class StateAdmin(GuardedAdmin):
    """States: names and groups are reference data; the status under the Convention goes through the
    service that validates and audits it."""

    form = StateForm
    may_add = False  # States come from the reference file (observatory load-reference)
    list_display = ("name_en", "iso3", "regional_group", "un_member", "convention_status", "party_date")
    list_filter = ("regional_group", "un_member", "convention_status")
    search_fields = ("name_en", "name_ar", "name_zh", "name_fr", "name_ru", "name_es", "iso3")
    readonly_fields = ("iso3", "iso2", "m49", "status_updated_at", "status_updated_by")
    fieldsets = (
        (None, {"fields": ("iso3", "iso2", "m49", "un_member", "regional_group")}),
        (
            "Names",
            {
                "fields": (
                    "name_ar",
                    "name_zh",
                    "name_en",
                    "name_fr",
                    "name_ru",
                    "name_es",
                    "formal_name_en",
                    "variants",
                )
            },
        ),
        (
            "Status under the Convention",
            {"fields": (*STATUS_FIELDS, "status_updated_at", "status_updated_by")},
        ),
    )

    def has_change_permission(self, request, obj=None) -> bool:
        return can(request.user, Action.MANAGE_REFERENCE_DATA) or can(
            request.user, Action.EDIT_CONVENTION_STATUS
        )

    @transaction.atomic
    def save_model(self, request, obj, form, change):
        stored = State.objects.select_for_update().get(pk=obj.pk)
        reference = [name for name in form.changed_data if name not in STATUS_FIELDS]
        if reference:
            require(request.user, Action.MANAGE_REFERENCE_DATA)
            before = snapshot(stored, reference)
            for name in reference:
                setattr(stored, name, getattr(obj, name))
            stored.save(update_fields=reference)
            record(
                actor=request.user,
                action="state.change",
                obj=stored,
                before=before,
                after=snapshot(stored, reference),
                note="back office",
            )
        if any(name in form.changed_data for name in STATUS_FIELDS):
            set_convention_status(
                request.user,
                stored,
                StatusChange(**{name: getattr(obj, name) for name in STATUS_FIELDS}),
                note="back office",
            )

    def save_related(self, request, form, formsets, change):
        # States have no related records edited here; save_model wrote the audit entries already.
        form.save_m2m()
