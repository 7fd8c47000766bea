from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm

from observatory.accounts.permissions import Action
from observatory.core.admin_base import GuardedAdmin
from observatory.portal.admin_site import back_office

from .models import User


class UserCreateForm(AdminUserCreationForm):
    class Meta(AdminUserCreationForm.Meta):
        model = User
        fields = ("username", "role", "state", "email", "organization")


class UserEditForm(UserChangeForm):
    class Meta(UserChangeForm.Meta):
        model = User


@admin.register(User, site=back_office)
class UserAdmin(GuardedAdmin, DjangoUserAdmin):
    """Accounts, for administrators. Deactivate instead of deleting."""

    form = UserEditForm
    add_form = UserCreateForm
    view_action = Action.MANAGE_USERS
    change_action = Action.MANAGE_USERS
    list_display = ("username", "email", "role", "state", "organization", "is_active", "last_login")
    list_filter = ("role", "is_active", "state__regional_group")
    search_fields = ("username", "email", "first_name", "last_name", "organization")
    autocomplete_fields = ("state",)
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        ("Person", {"fields": ("first_name", "last_name", "email", "organization")}),
        ("Role", {"fields": ("role", "state", "is_active")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "fields": (
                    "username",
                    "usable_password",
                    "password1",
                    "password2",
                    "role",
                    "state",
                    "email",
                    "organization",
                )
            },
        ),
    )
    readonly_fields = ("last_login", "date_joined")
