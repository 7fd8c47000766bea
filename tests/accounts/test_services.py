"""Accounts: creation with roles and States, role changes, deactivation — all audited."""

import pytest
from django.db import IntegrityError, transaction

from observatory.accounts.models import Role, User
from observatory.accounts.services import change_role, create_user, deactivate_user
from observatory.audit.models import AuditEntry
from observatory.core.errors import InvalidInput, PermissionDenied
from observatory.countries.models import State


def test_administrator_creates_a_focal_point(users):
    viet_nam = State.objects.get(iso3="VNM")
    user = create_user(
        users["administrator"],
        username="new.fp",
        password="a long test passphrase",
        role=Role.FOCAL_POINT,
        state=viet_nam,
    )
    assert user.state == viet_nam and not user.is_staff
    assert user.check_password("a long test passphrase")
    assert not user.password.startswith("a long")  # stored as a hash
    entry = AuditEntry.objects.get(action="user.create", object_id=str(user.pk))
    assert entry.actor == users["administrator"]
    assert entry.after["role"] == "focal_point" and "password" not in entry.after


@pytest.mark.parametrize(
    ("role", "iso3", "says"),
    [
        (Role.FOCAL_POINT, None, "acts for one State"),
        (Role.CONTRIBUTOR, None, "acts for one State"),
        (Role.SECRETARIAT, "VNM", "does not act for a State"),
        ("king", None, "Unknown role"),
    ],
)
def test_national_roles_need_one_state(users, role, iso3, says):
    state = State.objects.get(iso3=iso3) if iso3 else None
    with pytest.raises(InvalidInput, match=says):
        create_user(
            users["administrator"], username="x", password="a long test passphrase", role=role, state=state
        )


def test_the_database_enforces_the_state_rule_too(reference):
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create(username="raw", role=Role.CONTRIBUTOR)


def test_weak_passwords_are_refused(users):
    with pytest.raises(InvalidInput, match="too short"):
        create_user(users["administrator"], username="weak", password="abc", role=Role.PROVIDER)


def test_taken_username(users):
    with pytest.raises(InvalidInput, match="taken"):
        create_user(
            users["administrator"],
            username="provider-any",
            password="a long test passphrase",
            role=Role.PROVIDER,
        )


@pytest.mark.parametrize("role", ["secretariat", "focal_point", "contributor", "provider"])
def test_only_administrators_manage_accounts(users, role):
    with pytest.raises(PermissionDenied):
        create_user(users[role], username="x", password="a long test passphrase", role=Role.PROVIDER)
    with pytest.raises(PermissionDenied):
        deactivate_user(users[role], users["provider"])


def test_staff_status_follows_the_role(users):
    assert users["administrator"].is_staff and users["secretariat"].is_staff
    assert not any(users[r].is_staff for r in ("focal_point", "contributor", "provider"))
    change_role(users["administrator"], users["provider"], role=Role.SECRETARIAT)
    assert User.objects.get(pk=users["provider"].pk).is_staff


def test_deactivation_keeps_the_account_and_its_history(users):
    target = users["contributor"]
    deactivate_user(users["administrator"], target, reason="left the ministry")
    target.refresh_from_db()
    assert not target.is_active
    entry = AuditEntry.objects.get(action="user.deactivate")
    assert entry.before["is_active"] is True and entry.after["is_active"] is False
    assert entry.note == "left the ministry"
    assert User.objects.filter(pk=target.pk).exists()


def test_createsuperuser_makes_an_administrator(reference):
    user = User.objects.create_superuser("root", "root@example.org", "a long test passphrase")
    assert user.role == Role.ADMINISTRATOR and user.is_staff
