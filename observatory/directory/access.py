"""Who may do what with the directory, asked of the permission matrix (``accounts.permissions``), and how
people are named in it.

- Editing a State's records is ``Action.EDIT_AUTHORITIES``: the State's focal points and the Secretariat.
- Validating is the Secretariat's: a person whose edits need nobody's validation. The matrix has no action
  of its own for it; it is the user who may update the State's authorities *and* reads what is restricted
  to the Secretariat (administrators read it, but do not update authorities).
- Contact persons, and the names of the people who changed or confirmed a record, are read by those with
  ``Action.VIEW_CONTACT_PERSONS`` (government users and the Secretariat); everyone else reads roles.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from observatory.accounts.models import STATE_ROLES, Role
from observatory.accounts.permissions import SYSTEM, Action, can, role_of
from observatory.audit.services import SYSTEM_ACTOR
from observatory.core.errors import PermissionDenied


def own_state_id(user) -> int | None:
    """The id of the State a focal point or contributor acts for (None for every other reader)."""
    if role_of(user) in STATE_ROLES:
        return user.state_id
    return None


def may_edit(user, state) -> bool:
    """Whether ``user`` may change ``state``'s records (its focal points, the Secretariat)."""
    return can(user, Action.EDIT_AUTHORITIES, state)


def may_validate(user, state) -> bool:
    """Whether ``user`` validates changes to ``state``'s records, and so changes them without waiting
    for anyone's validation: the Secretariat (and the platform's own commands)."""
    if user is SYSTEM:
        return True
    return can(user, Action.VIEW_SECRETARIAT_ONLY) and can(user, Action.EDIT_AUTHORITIES, state)


def require_validator(user, state) -> None:
    """Raise PermissionDenied unless ``user`` validates ``state``'s records."""
    if not may_validate(user, state):
        raise PermissionDenied(message=_("Only the Secretariat validates changes to the directory."))


def may_validate_anywhere(user) -> bool:
    """Whether ``user`` validates changes to the directory at all (the validation queue, imports, the
    yearly requests). The Secretariat may for every State alike, so asking about one answers for all."""
    from observatory.countries.models import State

    if user is SYSTEM:
        return True
    state = State.objects.order_by("pk").first()
    return state is not None and may_validate(user, state)


def require_validator_anywhere(user) -> None:
    """Raise PermissionDenied unless ``user`` validates changes to the directory."""
    if not may_validate_anywhere(user):
        raise PermissionDenied(message=_("Only the Secretariat validates changes to the directory."))


def is_secretariat_reader(user) -> bool:
    """Whether ``user`` reads everything of the directory: records awaiting validation, withdrawn and
    rejected ones of every State (the Secretariat and administrators)."""
    return can(user, Action.VIEW_SECRETARIAT_ONLY)


def sees_contact_persons(user) -> bool:
    """Whether ``user`` may read contact persons (and the names of who changed a record)."""
    return can(user, Action.VIEW_CONTACT_PERSONS)


def actor_fields(actor) -> tuple[object | None, str, str]:
    """How a record stores who acted: the account (None for the platform), its username and its role."""
    if actor is SYSTEM or not getattr(actor, "is_authenticated", False):
        return None, SYSTEM_ACTOR, "system"
    name = actor.get_full_name() or actor.get_username()
    return actor, name[:150], actor.role or ""


ROLE_NAMES = {
    Role.FOCAL_POINT.value: Role.FOCAL_POINT.label,
    Role.SECRETARIAT.value: Role.SECRETARIAT.label,
    Role.ADMINISTRATOR.value: Role.ADMINISTRATOR.label,
    Role.CONTRIBUTOR.value: Role.CONTRIBUTOR.label,
    Role.PROVIDER.value: Role.PROVIDER.label,
}


def role_name(role: str) -> str:
    """A stored role as people read it ("National focal point"); the platform's own work as such."""
    if role == "system" or not role:
        return _("The platform")
    return str(ROLE_NAMES.get(role, role))


def shown_person(reader, name: str, role: str) -> str:
    """Who did something, as ``reader`` may know it: the person's name and role for those who read
    contact persons, the role alone for everyone else."""
    if role in ("system", "") or not sees_contact_persons(reader):
        return role_name(role)
    return f"{name} ({role_name(role)})"
