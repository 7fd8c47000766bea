"""The back office: Django's admin, opened to the roles the permission matrix allows."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from observatory.accounts.permissions import Action, can


class BackOffice(admin.AdminSite):
    site_header = _("Observatory back office")
    site_title = _("Observatory back office")
    index_title = _("Curation and reference data")

    def has_permission(self, request) -> bool:
        return can(request.user, Action.USE_BACK_OFFICE)


back_office = BackOffice(name="back_office")
