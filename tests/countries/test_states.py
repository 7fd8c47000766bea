"""States as loaded from the project's reference file (UNTERM names, UN regional groups)."""

from collections import Counter

import pytest
from django.utils import translation

from observatory.core.text import sort_key
from observatory.countries.models import ConventionStatus, RegionalGroup, State
from observatory.countries.selectors import states_by_group, states_in_name_order
from observatory.countries.services import load_states

pytestmark = pytest.mark.usefixtures("reference")

NAME_FIELDS = ("name_ar", "name_zh", "name_en", "name_fr", "name_ru", "name_es")


def test_193_member_states_and_the_non_members():
    assert State.objects.filter(un_member=True).count() == 193
    non_members = set(State.objects.filter(un_member=False).values_list("iso3", flat=True))
    assert {"NIU"} <= non_members
    assert non_members == {"NIU", "COK", "PSE", "VAT"}


def test_every_state_has_six_names_a_group_and_codes():
    for state in State.objects.all():
        assert all(getattr(state, name) for name in NAME_FIELDS), state.iso3
        assert state.regional_group in RegionalGroup.values, state.iso3
        assert len(state.iso3) == 3 and len(state.iso2) == 2 and state.m49 > 0
    assert not State.objects.filter(un_member=True, regional_group=RegionalGroup.NONE).exists()


def test_regional_group_sizes():
    counts = Counter(State.objects.filter(un_member=True).values_list("regional_group", flat=True))
    assert counts == {"african": 54, "asia_pacific": 54, "eastern_european": 23, "grulac": 33, "weog": 29}


def test_un_short_names_in_six_languages():
    viet_nam = State.objects.get(iso3="VNM")
    assert viet_nam.name_en == "Viet Nam"
    assert viet_nam.name_fr == "Viet Nam"
    assert viet_nam.name_zh == "越南"
    assert viet_nam.name_ar == "فييت نام"
    assert viet_nam.name_ru == "Вьетнам"
    assert State.objects.get(iso3="TUR").name_en == "Türkiye"
    assert State.objects.get(iso3="BOL").name_en == "Bolivia (Plurinational State of)"
    assert State.objects.get(iso3="KOR").name_es == "República de Corea"
    assert viet_nam.m49 == 704
    with translation.override("ru"):
        assert str(viet_nam.name) == "Вьетнам"


def test_convention_status_is_unknown_until_recorded():
    assert set(State.objects.values_list("convention_status", flat=True)) == {ConventionStatus.UNKNOWN}
    assert not State.objects.filter(party_date__isnull=False).exists()


def test_reload_never_touches_the_status():
    State.objects.filter(iso3="FRA").update(convention_status="signatory", signature_date="2003-12-09")
    assert load_states() == {"created": 0, "updated": 0}
    assert State.objects.get(iso3="FRA").convention_status == "signatory"


def test_names_sort_the_same_on_every_database():
    french = [state.name_fr for state in states_in_name_order("fr")]
    assert french == sorted(french, key=sort_key)
    # Accented initials sort with their letter, not after Z.
    assert french.index("Égypte") < french.index("Érythrée") < french.index("Zimbabwe")
    assert french.index("Égypte") > french.index("Dominique")


def test_states_grouped_in_un_order():
    groups = [group for group, _ in states_by_group("en")]
    assert groups == list(RegionalGroup)
