"""Who reads which record and which field, role by role: anonymous, assistance provider, a focal point and
a contributor of the State, a focal point of another State, the Secretariat, an administrator. Decided in
the selectors, so pages, exports and the API obey the same rules (tested there too)."""

import pytest

from observatory.directory import services
from observatory.directory.freshness import FreshnessLevel
from observatory.directory.selectors import (
    DirectoryFilters,
    authority_for,
    directory,
    history,
    parse_filters,
    validation_queue,
)

from .conftest import CONTACT_NAME, NOW, afa_data, age

#: Role → (reads contact persons, reads France's change awaiting validation and records not validated).
ROLES = {
    None: (False, False),
    "provider": (False, False),
    "focal_point": (True, False),  # Viet Nam's
    "contributor": (True, False),  # Viet Nam's
    "other_focal_point": (True, True),  # France's
    "secretariat": (True, True),
    "administrator": (True, True),
}


def reader(users, role):
    return users[role] if role else None


@pytest.fixture
def france_records(users, afa, france):
    """France's validated Agency with a change awaiting validation, and a record its focal point
    proposed that was never validated."""
    services.update_authority(
        users["other_focal_point"], afa, afa_data(phone="+33 1 99 99 99 99"), revision=afa.revision
    )
    proposed = services.create_authority(
        users["other_focal_point"], france, afa_data(names={"fr": "Tracfin"}, designation="asset_recovery")
    )
    afa.refresh_from_db()
    return afa, proposed


@pytest.mark.parametrize("role", ROLES)
def test_contact_persons_only_for_government_users_and_the_secretariat(users, afa, role):
    sees_contacts, _insider = ROLES[role]
    view = authority_for(reader(users, role), afa.pk)
    assert view.record["names"]["fr"] == "Agence française anticorruption"
    assert view.record["email"] == "contact@afa.demo.invalid"  # the public contact, for everyone
    if sees_contacts:
        assert [person["name"] for person in view.contact_persons] == [CONTACT_NAME]
    else:
        assert view.contact_persons is None
    listed = directory(reader(users, role))
    assert [v.pk for v in listed] == [afa.pk]
    assert (listed[0].contact_persons is not None) == sees_contacts


@pytest.mark.parametrize("role", ROLES)
def test_changes_awaiting_validation_only_for_the_state_and_the_secretariat(users, france_records, role):
    afa, proposed = france_records
    _sees_contacts, insider = ROLES[role]
    # The administrator reads everything, but may not edit: France's own and the Secretariat edit.
    editor = role in ("other_focal_point", "secretariat")
    view = authority_for(reader(users, role), afa.pk)
    assert view.record["phone"] == "+33 1 40 04 00 00"  # everyone reads the validated version
    assert (view.pending is not None) == insider
    assert view.validation_state == ("change_pending" if insider else "validated")
    assert view.may_edit == editor
    assert (authority_for(reader(users, role), proposed.pk) is not None) == insider
    assert ({v.pk for v in directory(reader(users, role))} == {afa.pk, proposed.pk}) == insider


def test_a_states_contributor_reads_its_records_awaiting_validation(users, viet_nam):
    proposed = services.create_authority(
        users["focal_point"], viet_nam, afa_data(names={"en": "Inspectorate"})
    )
    assert authority_for(users["contributor"], proposed.pk) is not None
    assert authority_for(users["other_focal_point"], proposed.pk) is None
    assert authority_for(None, proposed.pk) is None


def test_withdrawn_records_leave_the_directory_for_the_public(users, afa):
    services.update_authority(users["secretariat"], afa, afa_data(is_active=False), revision=afa.revision)
    assert authority_for(None, afa.pk) is None
    assert directory(users["secretariat"]) == []
    assert authority_for(users["secretariat"], afa.pk) is not None
    assert authority_for(users["other_focal_point"], afa.pk) is not None


@pytest.mark.parametrize("role", ROLES)
def test_the_history_shows_names_and_proposals_only_to_those_allowed(users, france_records, role):
    afa, _proposed = france_records
    sees_contacts, insider = ROLES[role]
    user = reader(users, role)
    entries = history(user, authority_for(user, afa.pk))
    versions = [entry for entry in entries if entry.kind == "version"]
    assert [entry.status for entry in versions] == (["pending", "validated"] if insider else ["validated"])
    created = versions[-1]
    assert created.is_first
    fields = {change.field for change in created.changes}
    assert ("contact_persons" in fields) == sees_contacts
    who = created.who
    assert ("secretariat-any" in who) == sees_contacts and "Secretariat staff" in who
    confirmations = [entry for entry in entries if entry.kind == "confirmation"]
    assert len(confirmations) == 1


def test_freshness_is_a_property_of_every_view(users, afa, gi):
    age(afa, 400)
    age(gi, 350)
    views = {view.pk: view for view in directory(None)}
    assert views[afa.pk].freshness.level == FreshnessLevel.STALE and views[afa.pk].freshness.is_stale
    assert views[gi.pk].freshness.level == FreshnessLevel.DUE
    stale = directory(None, DirectoryFilters(freshness="stale"))
    assert [view.pk for view in stale] == [afa.pk]
    assert [view.pk for view in directory(None, DirectoryFilters(freshness="due"))] == [gi.pk]
    assert directory(None, DirectoryFilters(freshness="current")) == []


def test_filters_by_state_group_and_designation(afa, gi, france):
    assert [v.pk for v in directory(None, DirectoryFilters(state=france))] == [afa.pk]
    assert [v.pk for v in directory(None, DirectoryFilters(regional_group="asia_pacific"))] == [gi.pk]
    assert directory(None, DirectoryFilters(designation="central_authority")) == []


def test_filters_are_parsed_and_bad_values_named(reference):
    filters, problems = parse_filters({"state": "fra", "freshness": "STALE", "page": "2"})
    assert filters.state.iso3 == "FRA" and filters.freshness == "stale" and problems == []
    assert filters.as_params() == {"state": "FRA", "freshness": "stale"}
    filters, problems = parse_filters({"state": "XYZ", "designation": "ministry", "regional_group": "weog"})
    assert filters.regional_group == "weog" and filters.state is None
    assert [problem["field"] for problem in problems] == ["state", "designation"]
    assert "prevention" in problems[1]["accepted"]


def test_the_directory_is_sorted_by_state_name_in_the_language(users, afa, gi, reference):
    from django.utils import translation

    from observatory.countries.models import State

    egypt = State.objects.get(iso3="EGY")
    services.create_authority(users["secretariat"], egypt, afa_data(names={"ar": "هيئة الرقابة الإدارية"}))
    with translation.override("en"):  # Egypt, France, Viet Nam
        assert [v.state.iso3 for v in directory(None)] == ["EGY", "FRA", "VNM"]
    with translation.override("fr"):  # Égypte, France, Viet Nam: the accent folded
        assert [v.state.iso3 for v in directory(None)] == ["EGY", "FRA", "VNM"]


def test_the_validation_queue_is_the_secretariats(users, france_records):
    queue = validation_queue(users["secretariat"])
    assert [item.is_new for item in queue] == [False, True]
    assert [change.field for change in queue[0].changes] == ["phone"]
    assert validation_queue(users["other_focal_point"]) == []
    assert validation_queue(users["administrator"]) == []
    assert validation_queue(None) == []


def test_views_are_judged_at_the_moment_asked(afa):
    later = NOW.replace(year=NOW.year + 2)
    assert authority_for(None, afa.pk, now=later).freshness.is_stale
