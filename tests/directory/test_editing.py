"""Creating and changing records: the Secretariat publishes at once, a focal point's change awaits the
Secretariat's validation (the public reads the validated version meanwhile), every change is a version
with who, when and what changed, nothing is lost to a concurrent edit, and nothing is deleted."""

import pytest

from observatory.audit.models import AuditEntry
from observatory.core.errors import Conflict, InvalidInput, PermissionDenied
from observatory.directory import services
from observatory.directory.models import (
    Authority,
    AuthorityVersion,
    Confirmation,
    ContactPerson,
    Source,
    ValidationState,
    VersionStatus,
)
from observatory.directory.records import authority_record

from .conftest import CONTACT_NAME, DAY, NOW, afa_data


def change(user, authority, *, revision=None, **fields):
    """``user`` changes ``authority`` (to France's record with ``fields``), from its current revision."""
    authority.refresh_from_db()
    revision = authority.revision if revision is None else revision
    return services.update_authority(user, authority, afa_data(**fields), revision=revision)


def test_the_secretariat_creates_a_validated_confirmed_record(users, afa):
    assert afa.validation_state == ValidationState.VALIDATED
    assert afa.revision == 1 and afa.validated_version.number == 1
    assert afa.last_confirmed_at == NOW and afa.last_confirmed_by == users["secretariat"]
    assert afa.last_confirmed_by_role == "secretariat"
    assert afa.sort_name == "French Anti-Corruption Agency"
    version = afa.versions.get()
    assert version.status == VersionStatus.VALIDATED and version.proposed_by == users["secretariat"]
    assert set(version.changes) >= {"names", "designation", "email", "contact_persons"}
    assert version.snapshot["contact_persons"][0]["name"] == CONTACT_NAME
    assert AuditEntry.objects.filter(action="directory.authority.create", object_id=str(afa.pk)).exists()


def test_a_focal_points_new_record_awaits_validation(users, france):
    created = services.create_authority(users["other_focal_point"], france, afa_data(), now=NOW)
    assert created.validation_state == ValidationState.PENDING
    assert created.validated_version is None and created.pending_version.status == VersionStatus.PENDING
    assert created.last_confirmed_at is None  # nothing is confirmed before it is validated
    services.validate_change(users["secretariat"], created.pending_version, now=NOW + DAY)
    created.refresh_from_db()
    assert created.validation_state == ValidationState.VALIDATED
    # Validating counts as the focal point's confirmation, when they proposed it.
    assert created.last_confirmed_at == NOW and created.last_confirmed_by == users["other_focal_point"]


@pytest.mark.parametrize("role", ["focal_point", "contributor", "provider", "administrator"])
def test_others_may_not_create_a_record_of_france(users, france, role):
    with pytest.raises(PermissionDenied):
        services.create_authority(users[role], france, afa_data())
    assert not Authority.objects.exists()


def test_a_focal_points_change_waits_and_the_public_record_stays(users, afa):
    version = services.update_authority(
        users["other_focal_point"],
        afa,
        afa_data(phone="+33 1 40 04 00 99"),
        revision=1,
        note="new line",
        now=NOW,
    )
    afa.refresh_from_db()
    assert version.status == VersionStatus.PENDING and version.note == "new line"
    assert afa.validation_state == ValidationState.CHANGE_PENDING and afa.pending_version == version
    assert afa.phone == "+33 1 40 04 00 00"  # the validated record, which the public reads
    assert version.changes == {"phone": ["+33 1 40 04 00 00", "+33 1 40 04 00 99"]}
    services.validate_change(users["secretariat"], version, note="checked", now=NOW + DAY)
    afa.refresh_from_db()
    assert afa.phone == "+33 1 40 04 00 99" and afa.validation_state == ValidationState.VALIDATED
    assert afa.validated_version == version and afa.pending_version is None
    version.refresh_from_db()
    assert version.decided_by == users["secretariat"] and version.decision_note == "checked"


def test_a_rejected_change_leaves_the_validated_record_and_says_why(users, afa):
    version = services.update_authority(
        users["other_focal_point"], afa, afa_data(website="https://example.org"), revision=1, now=NOW
    )
    with pytest.raises(InvalidInput):
        services.reject_change(users["secretariat"], version, reason=" ")
    services.reject_change(users["secretariat"], version, reason="Not the Agency's website.")
    afa.refresh_from_db()
    version.refresh_from_db()
    assert version.status == VersionStatus.REJECTED and version.decision_note == "Not the Agency's website."
    assert afa.validation_state == ValidationState.VALIDATED and afa.pending_version is None
    assert afa.website == "https://www.agence-francaise-anticorruption.gouv.fr"
    with pytest.raises(Conflict):  # decided once
        services.validate_change(users["secretariat"], version)


@pytest.mark.parametrize(
    "role", ["other_focal_point", "focal_point", "contributor", "administrator", "provider"]
)
def test_only_the_secretariat_validates(users, afa, role):
    version = services.update_authority(
        users["other_focal_point"], afa, afa_data(phone="+33 1 11 11 11 11"), revision=1
    )
    with pytest.raises(PermissionDenied):
        services.validate_change(users[role], version)
    with pytest.raises(PermissionDenied):
        services.reject_change(users[role], version, reason="no")


def test_a_second_proposal_supersedes_the_first_and_starts_from_it(users, afa):
    first = services.update_authority(
        users["other_focal_point"], afa, afa_data(phone="+33 1 11 11 11 11"), revision=1
    )
    afa.refresh_from_db()
    second = services.update_authority(
        users["other_focal_point"],
        afa,
        afa_data(phone="+33 1 11 11 11 11", email="new@afa.demo.invalid"),
        revision=afa.revision,
    )
    first.refresh_from_db()
    assert first.status == VersionStatus.SUPERSEDED and second.status == VersionStatus.PENDING
    # Against the validated record: both fields the focal point changed.
    assert set(second.changes) == {"phone", "email"}
    assert AuthorityVersion.objects.filter(authority=afa, status=VersionStatus.PENDING).count() == 1


def test_the_secretariats_edit_replaces_a_pending_proposal(users, afa):
    proposal = services.update_authority(
        users["other_focal_point"], afa, afa_data(phone="+33 1 11 11 11 11"), revision=1
    )
    afa.refresh_from_db()
    services.update_authority(
        users["secretariat"], afa, afa_data(email="s@afa.demo.invalid"), revision=afa.revision
    )
    proposal.refresh_from_db()
    afa.refresh_from_db()
    assert proposal.status == VersionStatus.SUPERSEDED
    assert afa.email == "s@afa.demo.invalid" and afa.validation_state == ValidationState.VALIDATED


def test_a_stale_revision_saves_nothing_and_says_who_changed_it(users, afa):
    change(users["secretariat"], afa, phone="+33 1 22 22 22 22")
    with pytest.raises(Conflict) as refused:
        services.update_authority(
            users["other_focal_point"], afa, afa_data(phone="+33 1 33 33 33 33"), revision=1
        )
    assert refused.value.details[0] == {"field": "revision", "current": 2, "yours": 1}
    assert "secretariat" in refused.value.message
    assert Authority.objects.get(pk=afa.pk).phone == "+33 1 22 22 22 22"


def test_saving_the_record_unchanged_makes_no_version(users, afa):
    assert (
        change(
            users["other_focal_point"],
            afa,
        )
        is None
    )
    assert afa.versions.count() == 1


def test_an_invalid_change_names_every_problem(users, afa):
    with pytest.raises(InvalidInput) as refused:
        services.update_authority(
            users["secretariat"], afa, afa_data(email="nope", website="afa"), revision=1
        )
    assert {detail["field"] for detail in refused.value.details} == {"email", "website"}
    assert afa.versions.count() == 1


def test_the_same_authority_cannot_be_entered_twice(users, afa, france):
    with pytest.raises(InvalidInput) as refused:
        services.create_authority(
            users["secretariat"], france, afa_data(names={"en": "French  anti-corruption AGENCY"})
        )
    assert refused.value.details[0]["duplicate_of"] == afa.pk
    # Another designation, or another name, is another record.
    services.create_authority(users["secretariat"], france, afa_data(designation="asset_recovery"))
    services.create_authority(users["secretariat"], france, afa_data(names={"fr": "Tracfin"}))
    assert Authority.objects.filter(state=france).count() == 3


def test_contact_persons_dropped_by_a_change_are_retired_not_deleted(users, afa):
    person = afa.contact_persons.get()
    others = [{"name": "Jeanne Petit", "email": "j.petit@afa.demo.invalid"}]
    change(users["secretariat"], afa, contact_persons=others)
    person.refresh_from_db()
    assert person.is_active is False
    assert [p["name"] for p in authority_record(afa)["contact_persons"]] == ["Jeanne Petit"]
    assert ContactPerson.objects.filter(authority=afa).count() == 2
    # The history keeps who the dropped person was.
    assert afa.versions.get(number=1).snapshot["contact_persons"][0]["name"] == CONTACT_NAME


def test_a_changed_contact_person_keeps_its_identity(users, afa):
    person = afa.contact_persons.get()
    changed = afa_data()
    changed["contact_persons"][0]["title"] = "Director"
    services.update_authority(users["secretariat"], afa, changed, revision=1)
    person.refresh_from_db()
    assert person.is_active and person.title == "Director"


def test_a_focal_points_contact_change_reaches_the_row_only_when_validated(users, afa):
    changed = afa_data(contact_persons=[{"name": "Nouvelle Personne", "email": "n.p@afa.demo.invalid"}])
    version = services.update_authority(users["other_focal_point"], afa, changed, revision=1)
    assert [p["name"] for p in authority_record(afa)["contact_persons"]] == [CONTACT_NAME]
    services.validate_change(users["secretariat"], version)
    assert [p["name"] for p in authority_record(afa)["contact_persons"]] == ["Nouvelle Personne"]
    version.refresh_from_db()
    assert version.snapshot["contact_persons"][0]["id"] is not None


def test_withdrawing_keeps_the_record(users, afa):
    change(users["secretariat"], afa, is_active=False)
    afa.refresh_from_db()
    assert afa.is_active is False and Authority.objects.filter(pk=afa.pk).exists()
    # A withdrawn record does not block entering the authority again.
    services.create_authority(users["secretariat"], afa.state, afa_data())


def test_a_validated_change_by_the_secretariat_confirms_the_record(users, afa):
    later = NOW + 10 * DAY
    services.update_authority(
        users["secretariat"], afa, afa_data(phone="+33 1 22 22 22 22"), revision=1, now=later
    )
    afa.refresh_from_db()
    assert afa.last_confirmed_at == later
    assert list(Confirmation.objects.filter(authority=afa).values_list("source", flat=True)) == [
        Source.CHANGE,
        Source.CHANGE,
    ]


def test_every_change_is_audited_without_its_values(users, afa):
    version = services.update_authority(
        users["other_focal_point"], afa, afa_data(phone="+33 1 11 11 11 11"), revision=1
    )
    services.validate_change(users["secretariat"], version)
    actions = list(
        AuditEntry.objects.filter(object_id=str(afa.pk), object_type="directory.authority")
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == [
        "directory.authority.create",
        "directory.authority.confirm",
        "directory.authority.change",
        "directory.change.validate",
        "directory.authority.confirm",
    ]
    change = AuditEntry.objects.get(action="directory.authority.change")
    assert change.after["fields"] == ["phone"] and "+33 1 11" not in str(change.after)
