"""The permission matrix, role by role. One row per action: who may, for any State or their own."""

import pytest
from django.contrib.auth.models import AnonymousUser

from observatory.accounts.permissions import RULES, STATE_SCOPED, SYSTEM, Action, can, require
from observatory.core.errors import PermissionDenied
from observatory.countries.models import State

ROLES = ["anonymous", "administrator", "secretariat", "focal_point", "contributor", "provider"]

# Not state-scoped: the set of roles allowed.
MATRIX = {
    Action.VIEW_PUBLIC: set(ROLES),
    Action.VIEW_STATES_PARTIES_ONLY: {"administrator", "secretariat", "focal_point", "contributor"},
    Action.VIEW_SECRETARIAT_ONLY: {"administrator", "secretariat"},
    Action.VIEW_CONTACT_PERSONS: {"administrator", "secretariat", "focal_point", "contributor"},
    Action.USE_BACK_OFFICE: {"administrator", "secretariat"},
    Action.MANAGE_USERS: {"administrator"},
    Action.MANAGE_REFERENCE_DATA: {"administrator"},
    Action.EDIT_CONVENTION_STATUS: {"administrator"},
    Action.VIEW_AUDIT_LOG: {"administrator", "secretariat"},
    Action.IMPORT_DOCUMENTS: {"administrator", "secretariat"},
    Action.MANAGE_CALLS: {"secretariat"},
    Action.REVIEW_SUBMISSION: {"secretariat"},
    Action.PUBLISH: {"secretariat"},
    Action.RECORD_ASSISTANCE_OFFER: {"secretariat", "provider"},
    Action.CURATE_MANDATES: {"secretariat"},
    Action.DRAFT_PAPERS: {"secretariat"},
}
# State-scoped: (roles allowed for their own State, roles allowed for any State).
SCOPED_MATRIX = {
    Action.DRAFT_SUBMISSION: ({"focal_point", "contributor"}, set()),
    Action.SUBMIT_SUBMISSION: ({"focal_point"}, set()),
    Action.EDIT_AUTHORITIES: ({"focal_point"}, {"secretariat"}),
    Action.DECLARE_ASSISTANCE_NEED: ({"focal_point"}, {"secretariat"}),
}


@pytest.fixture
def actors(users):
    return {"anonymous": AnonymousUser(), **users}


def test_the_matrix_covers_every_action():
    assert set(MATRIX) | set(SCOPED_MATRIX) == set(Action) == set(RULES)
    assert set(SCOPED_MATRIX) == STATE_SCOPED


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(MATRIX))
def test_role_by_role(actors, role, action):
    assert can(actors[role], action) is (role in MATRIX[action])


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(SCOPED_MATRIX))
def test_role_by_role_for_own_and_other_states(actors, role, action):
    own_roles, any_roles = SCOPED_MATRIX[action]
    viet_nam, france = State.objects.get(iso3="VNM"), State.objects.get(iso3="FRA")
    # The national users of the fixture act for Viet Nam.
    assert can(actors[role], action, viet_nam) is (role in own_roles | any_roles)
    assert can(actors[role], action, france) is (role in any_roles)


def test_a_focal_point_acts_for_its_own_state_only(users):
    france = State.objects.get(iso3="FRA")
    assert can(users["other_focal_point"], Action.SUBMIT_SUBMISSION, france)
    assert not can(users["other_focal_point"], Action.SUBMIT_SUBMISSION, State.objects.get(iso3="VNM"))


def test_state_scoped_actions_need_a_state(users):
    with pytest.raises(ValueError, match="name it"):
        can(users["focal_point"], Action.SUBMIT_SUBMISSION)


def test_a_deactivated_account_is_the_public(users):
    admin = users["administrator"]
    admin.is_active = False
    assert not can(admin, Action.USE_BACK_OFFICE)
    assert can(admin, Action.VIEW_PUBLIC)


def test_require_raises_the_projects_error(users):
    with pytest.raises(PermissionDenied) as caught:
        require(users["provider"], Action.MANAGE_USERS)
    assert caught.value.as_dict() == {
        "error": {"code": "permission_denied", "message": "Not allowed: Manage user accounts."}
    }
    require(users["administrator"], Action.MANAGE_USERS)


def test_the_system_actor_may_do_everything():
    assert all(can(SYSTEM, action) for action in MATRIX)
    assert can(SYSTEM, Action.SUBMIT_SUBMISSION, state=1)
