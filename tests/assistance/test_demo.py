"""The register's demo: needs of a dozen States (some from the collection demo's checklist answers),
offers of four providers, suggested and confirmed matches; idempotent; nothing confidential for the
public."""

import pytest
from django.db import transaction
from django.test.utils import override_settings

from observatory.accounts.demo import DEMO_PASSWORD, create_demo_accounts
from observatory.assistance.demo import CONFIDENTIAL_MARKERS, load_demo_assistance
from observatory.assistance.exports import export
from observatory.assistance.models import Decision, Match, Need, Offer, ProviderType, Source
from observatory.assistance.selectors import filter_needs
from observatory.collection import demo as collection_demo
from observatory.collection import services as collection
from observatory.countries.models import State

from ..conftest import load_reference

FAST_HASHING = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="class")
def built(django_db_setup, django_db_blocker):
    """Both demos built once for the tests of the class, as ``load-demo`` builds them, inside a transaction
    rolled back after them."""
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHING), transaction.atomic():
        if not State.objects.exists():
            load_reference()
        collection.load_checklist()
        create_demo_accounts()
        collection_demo.load_demo_collection(password=DEMO_PASSWORD)
        yield load_demo_assistance()
        transaction.set_rollback(True)


@pytest.fixture
def loaded(built, db):
    return built


class TestDemo:
    def test_needs_of_a_dozen_states_from_every_source(self, loaded):
        assert Need.objects.values("state").distinct().count() >= 12
        sources = set(Need.objects.values_list("source", flat=True))
        assert sources == {Source.CHECKLIST, Source.SUBMISSION, Source.REVIEW_REPORT, Source.DIRECT}
        # The checklist answers of the collection demo flowed in as the States submitted.
        from_answers = set(Need.objects.filter(source=Source.CHECKLIST).values_list("state__iso3", flat=True))
        assert {"EGY", "CHN", "RUS", "MEX", "VNM"} <= from_answers
        assert set(Need.objects.values_list("language", flat=True)) >= {"ar", "zh", "en", "fr", "ru", "es"}
        assert "Technical assistance:" in loaded.line()

    def test_offers_of_unodc_undp_and_a_bilateral_donor_with_matches(self, loaded):
        providers = set(Offer.objects.values_list("organization", flat=True))
        assert {"UNODC", "UNDP"} <= providers
        assert Offer.objects.filter(provider_type=ProviderType.BILATERAL).exists()
        assert Match.objects.filter(decision=Decision.CONFIRMED).count() == 3
        assert Match.objects.filter(decision=Decision.PROPOSED).exists()
        assert Match.objects.filter(decision=Decision.REJECTED).count() == 1

    def test_loading_again_changes_nothing(self, loaded):
        counts = (Need.objects.count(), Offer.objects.count(), Match.objects.count())
        decisions = list(Match.objects.order_by("pk").values_list("decision", flat=True))
        again = load_demo_assistance()
        assert (again.needs_created, again.offers_created, again.suggested, again.confirmed) == (0, 0, 0, 0)
        assert (Need.objects.count(), Offer.objects.count(), Match.objects.count()) == counts
        assert list(Match.objects.order_by("pk").values_list("decision", flat=True)) == decisions

    def test_the_public_never_reads_a_confidential_need(self, loaded):
        public = " ".join(need.description for need in filter_needs(None))
        exported = export(None, "needs", "json").decode()
        for marker in CONFIDENTIAL_MARKERS:
            assert Need.objects.filter(description__contains=marker).exists()
            assert marker not in public and marker not in exported
        # Nor a need of the collection demo's unpublished or restricted answers.
        for marker in collection_demo.CONFIDENTIAL_MARKERS:
            assert marker not in exported
        assert not filter_needs(None).filter(state__iso3="ARG", source=Source.CHECKLIST).exists()
