"""Writes about accounts: creating users, changing roles, deactivating (never deleting)."""

from __future__ import annotations

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from observatory.audit.services import record, snapshot
from observatory.core.errors import InvalidInput

from .models import STATE_ROLES, Role, User
from .permissions import Action, require

AUDITED_FIELDS = [
    "username",
    "email",
    "first_name",
    "last_name",
    "role",
    "state",
    "organization",
    "is_active",
]


def _check_role_and_state(role: str, state) -> None:
    if role not in Role.values:
        raise InvalidInput(message=f"Unknown role {role!r}; use one of {', '.join(Role.values)}.")
    if role in STATE_ROLES and state is None:
        raise InvalidInput(message=f"A {Role(role).label.lower()} acts for one State: name it.")
    if role not in STATE_ROLES and state is not None:
        raise InvalidInput(message=f"A {Role(role).label.lower()} does not act for a State.")


@transaction.atomic
def create_user(
    actor,
    *,
    username: str,
    password: str,
    role: str,
    state=None,
    email: str = "",
    first_name: str = "",
    last_name: str = "",
    organization: str = "",
    check_password: bool = True,
) -> User:
    """Create an account with a role (and, for national roles, its State)."""
    require(actor, Action.MANAGE_USERS)
    _check_role_and_state(role, state)
    if User.objects.filter(username=username).exists():
        raise InvalidInput(message=f"The username {username!r} is taken.")
    user = User(
        username=username,
        email=email,
        role=role,
        state=state,
        first_name=first_name,
        last_name=last_name,
        organization=organization,
    )
    if check_password:
        try:
            validate_password(password, user)
        except ValidationError as exc:
            raise InvalidInput(message=" ".join(exc.messages)) from exc
    user.set_password(password)
    user.save()
    record(actor=actor, action="user.create", obj=user, after=snapshot(user, AUDITED_FIELDS))
    return user


@transaction.atomic
def change_role(actor, user: User, *, role: str, state=None) -> User:
    """Give a user another role (and State, for national roles)."""
    require(actor, Action.MANAGE_USERS)
    _check_role_and_state(role, state)
    before = snapshot(user, AUDITED_FIELDS)
    user.role, user.state = role, state
    user.save()
    record(
        actor=actor, action="user.change_role", obj=user, before=before, after=snapshot(user, AUDITED_FIELDS)
    )
    return user


@transaction.atomic
def deactivate_user(actor, user: User, *, reason: str = "") -> User:
    """Close an account. The record stays, so everything it did keeps its author."""
    require(actor, Action.MANAGE_USERS)
    before = snapshot(user, AUDITED_FIELDS)
    user.is_active = False
    user.save()
    record(
        actor=actor,
        action="user.deactivate",
        obj=user,
        before=before,
        after=snapshot(user, AUDITED_FIELDS),
        note=reason,
    )
    return user
