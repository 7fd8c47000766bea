"""The directory's demo: a dozen States' real agencies with invented contacts, some stale, one change
awaiting validation; loaded twice, it creates nothing the second time."""

from observatory.accounts.demo import create_demo_accounts
from observatory.directory.demo import RECORDS, load_demo_directory
from observatory.directory.freshness import FreshnessLevel, freshness_filter
from observatory.directory.models import Authority, ContactPerson, ValidationState
from observatory.directory.selectors import authority_for, directory


def test_the_demo_is_loaded_once(reference):
    create_demo_accounts()
    first = load_demo_directory()
    assert first.created == len(RECORDS) and len(first.states) == 12 and first.pending == 1
    assert "12 States created" in first.line() and "1 change awaiting validation" in first.line()
    second = load_demo_directory()
    assert second.created == 0 and second.kept == len(RECORDS) and second.pending == 0
    assert "nothing created" in second.line()
    assert Authority.objects.count() == len(RECORDS)


def test_the_demo_shows_every_freshness_and_a_pending_change(reference):
    create_demo_accounts()
    load_demo_directory()
    stale = set(
        Authority.objects.filter(freshness_filter(FreshnessLevel.STALE)).values_list("state__iso3", flat=True)
    )
    assert stale == {"IND", "NGA", "ARG"}
    assert Authority.objects.filter(last_confirmed_at__isnull=True).count() == 1  # Argentina's
    assert set(
        Authority.objects.filter(freshness_filter(FreshnessLevel.DUE)).values_list("state__iso3", flat=True)
    ) == {"KEN"}
    pending = Authority.objects.get(validation_state=ValidationState.CHANGE_PENDING)
    assert pending.state.iso3 == "FRA" and pending.pending_version.proposed_by.username == "focal.fra"
    assert "en" not in pending.addresses  # the public reads the validated address meanwhile
    assert len(directory(None)) == len(RECORDS)


def test_the_demo_contacts_are_invented_and_private(reference):
    load_demo_directory()  # without the demo accounts: entered by the platform, no change proposed
    assert all(person.email.endswith(".demo.invalid") for person in ContactPerson.objects.all())
    assert all(
        not record.email or record.email.endswith(".demo.invalid") for record in Authority.objects.all()
    )
    afa = Authority.objects.get(sort_name="French Anticorruption Agency")
    assert authority_for(None, afa.pk).contact_persons is None
    assert (
        Authority.objects.get(state__iso3="AUT", designation="prevention").names["de"].startswith("Bundesamt")
    )
