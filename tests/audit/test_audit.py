"""The audit log is append-only, in the model and in the database."""

import pytest
from django.db import DatabaseError, connection, transaction

from observatory.accounts.permissions import SYSTEM
from observatory.audit.models import AuditEntry
from observatory.audit.selectors import history_of
from observatory.audit.services import changed_fields, record, snapshot
from observatory.core.errors import Conflict, PermissionDenied
from observatory.countries.models import State


@pytest.fixture
def entry(users):
    france = State.objects.get(iso3="FRA")
    return record(
        actor=users["administrator"], action="state.test", obj=france, before={"a": 1}, after={"a": 2}
    )


def test_an_entry_says_who_what_when(entry, users):
    assert entry.actor == users["administrator"]
    assert entry.actor_name == "administrator-any"
    assert entry.object_type == "countries.state"
    assert entry.object_repr == "France"
    assert entry.at is not None


def test_the_system_is_named(reference):
    entry = record(actor=SYSTEM, action="reference.load", object_type="reference")
    assert entry.actor is None and entry.actor_name == "system"


def test_entries_cannot_be_changed_or_deleted_through_the_orm(entry):
    entry.action = "rewritten"
    with pytest.raises(Conflict):
        entry.save()
    with pytest.raises(Conflict):
        entry.delete()
    with pytest.raises(Conflict):
        AuditEntry.objects.filter(pk=entry.pk).update(action="rewritten")
    with pytest.raises(Conflict):
        AuditEntry.objects.all().delete()
    assert AuditEntry.objects.get(pk=entry.pk).action == "state.test"


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_auditentry SET action = 'rewritten'", "DELETE FROM audit_auditentry"],
)
def test_the_database_refuses_raw_rewrites(entry, statement):
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(statement)
    assert AuditEntry.objects.get(pk=entry.pk).action == "state.test"


def test_postgresql_refuses_truncate(entry, database_vendor):
    if database_vendor != "postgresql":
        pytest.skip("TRUNCATE is PostgreSQL's; SQLite's DELETE is covered above")
    with connection.cursor() as cursor:
        # Run the deferred foreign-key checks of the fixture's insert now, or PostgreSQL refuses the
        # TRUNCATE for that reason before the trigger is reached.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("TRUNCATE audit_auditentry")


def test_snapshot_and_changed_fields(reference):
    france = State.objects.get(iso3="FRA")
    before = snapshot(france, ["convention_status", "party_date"])
    assert before == {"convention_status": "unknown", "party_date": None}
    assert changed_fields(before, {"convention_status": "party", "party_date": "2005-07-11"}) == {
        "convention_status": ["unknown", "party"],
        "party_date": [None, "2005-07-11"],
    }


def test_history_is_for_those_allowed_to_read_the_log(entry, users):
    assert list(
        history_of(users["secretariat"], object_type="countries.state", object_id=entry.object_id)
    ) == [entry]
    for role in ("focal_point", "contributor", "provider"):
        with pytest.raises(PermissionDenied):
            history_of(users[role], object_type="countries.state", object_id=entry.object_id)
