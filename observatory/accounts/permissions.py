"""Who may do what: the one place where permissions are decided.

Every service, selector, view, API endpoint and admin page asks ``can(user, action, state)`` or
``require(...)``; none decides on its own. The matrix is tested role by role in
tests/accounts/test_permissions.py, and printed for people in docs/roles.md.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import models
from django.utils.translation import gettext_lazy as _

from observatory.core.errors import PermissionDenied

from .models import Role


class Action(models.TextChoices):
    """Everything the platform guards. State-scoped actions take the State acted for."""

    VIEW_PUBLIC = "view_public", _("Read public information")
    VIEW_STATES_PARTIES_ONLY = "view_states_parties_only", _("Read information restricted to States parties")
    VIEW_SECRETARIAT_ONLY = "view_secretariat_only", _("Read information restricted to the Secretariat")
    VIEW_CONTACT_PERSONS = "view_contact_persons", _("See the contact persons of national authorities")
    USE_BACK_OFFICE = "use_back_office", _("Use the back office")
    MANAGE_USERS = "manage_users", _("Manage user accounts")
    MANAGE_REFERENCE_DATA = "manage_reference_data", _("Edit reference data")
    EDIT_CONVENTION_STATUS = "edit_convention_status", _("Record the status of States under the Convention")
    VIEW_AUDIT_LOG = "view_audit_log", _("Read the audit log")
    IMPORT_DOCUMENTS = "import_documents", _("Import documents into the library")
    MANAGE_CALLS = "manage_calls", _("Launch calls for information")
    DRAFT_SUBMISSION = "draft_submission", _("Draft submissions for your State")
    SUBMIT_SUBMISSION = "submit_submission", _("Submit your State's submissions")
    REVIEW_SUBMISSION = "review_submission", _("Review submissions")
    PUBLISH = "publish", _("Publish")
    EDIT_AUTHORITIES = "edit_authorities", _("Update national authorities")
    DECLARE_ASSISTANCE_NEED = "declare_assistance_need", _("Declare technical-assistance needs")
    RECORD_ASSISTANCE_OFFER = "record_assistance_offer", _("Record technical-assistance offers")
    CURATE_MANDATES = "curate_mandates", _("Curate mandates: their status, lineage and evidence")
    DRAFT_PAPERS = "draft_papers", _("Draft background papers")


#: Actions that are about one State and need it named.
STATE_SCOPED = frozenset(
    {
        Action.DRAFT_SUBMISSION,
        Action.SUBMIT_SUBMISSION,
        Action.EDIT_AUTHORITIES,
        Action.DECLARE_ASSISTANCE_NEED,
    }
)

Rule = Callable[[str | None, object, object], bool]


def _roles(*roles: Role) -> Rule:
    """Allowed for these roles, whatever the State."""
    allowed = frozenset(roles)
    return lambda role, user, state: role in allowed


def _own_state(*state_roles: Role, also: tuple[Role, ...] = ()) -> Rule:
    """Allowed for these roles acting for their own State, and for the roles in ``also`` for any."""
    scoped, anywhere = frozenset(state_roles), frozenset(also)

    def rule(role, user, state) -> bool:
        if role in anywhere:
            return True
        return role in scoped and state is not None and user.state_id == getattr(state, "pk", state)

    return rule


_GOVERNMENT = (Role.FOCAL_POINT, Role.CONTRIBUTOR)
_SECRETARIAT = (Role.SECRETARIAT, Role.ADMINISTRATOR)

RULES: dict[Action, Rule] = {
    Action.VIEW_PUBLIC: lambda role, user, state: True,
    Action.VIEW_STATES_PARTIES_ONLY: _roles(*_GOVERNMENT, *_SECRETARIAT),
    Action.VIEW_SECRETARIAT_ONLY: _roles(*_SECRETARIAT),
    Action.VIEW_CONTACT_PERSONS: _roles(*_GOVERNMENT, *_SECRETARIAT),
    Action.USE_BACK_OFFICE: _roles(*_SECRETARIAT),
    Action.MANAGE_USERS: _roles(Role.ADMINISTRATOR),
    Action.MANAGE_REFERENCE_DATA: _roles(Role.ADMINISTRATOR),
    Action.EDIT_CONVENTION_STATUS: _roles(Role.ADMINISTRATOR),
    Action.VIEW_AUDIT_LOG: _roles(*_SECRETARIAT),
    Action.IMPORT_DOCUMENTS: _roles(*_SECRETARIAT),
    Action.MANAGE_CALLS: _roles(Role.SECRETARIAT),
    Action.DRAFT_SUBMISSION: _own_state(Role.FOCAL_POINT, Role.CONTRIBUTOR),
    Action.SUBMIT_SUBMISSION: _own_state(Role.FOCAL_POINT),
    Action.REVIEW_SUBMISSION: _roles(Role.SECRETARIAT),
    Action.PUBLISH: _roles(Role.SECRETARIAT),
    Action.EDIT_AUTHORITIES: _own_state(Role.FOCAL_POINT, also=(Role.SECRETARIAT,)),
    Action.DECLARE_ASSISTANCE_NEED: _own_state(Role.FOCAL_POINT, also=(Role.SECRETARIAT,)),
    Action.RECORD_ASSISTANCE_OFFER: _roles(Role.PROVIDER, Role.SECRETARIAT),
    Action.CURATE_MANDATES: _roles(Role.SECRETARIAT),
    Action.DRAFT_PAPERS: _roles(Role.SECRETARIAT),
}


class _System:
    """The platform itself acting from a command line or a scheduled task: trusted, and named so."""

    is_authenticated = False
    is_active = True
    role = "system"

    def __repr__(self) -> str:
        return "SYSTEM"


#: Pass as the actor for work done by commands and tasks rather than by a person.
SYSTEM = _System()


def role_of(user) -> str | None:
    """The role of a user, or None for the anonymous public and for deactivated accounts."""
    if user is SYSTEM:
        return SYSTEM.role
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    return user.role or None


def can(user, action: Action, state=None) -> bool:
    """Whether ``user`` (an account, AnonymousUser or None) may perform ``action`` [for ``state``]."""
    if action in STATE_SCOPED and state is None:
        raise ValueError(f"{action} is about one State: name it")
    if user is SYSTEM:
        return True
    return RULES[action](role_of(user), user, state)


def require(user, action: Action, state=None) -> None:
    """Raise PermissionDenied unless ``can(user, action, state)``."""
    if not can(user, action, state):
        raise PermissionDenied(message=f"Not allowed: {action.label}.")
