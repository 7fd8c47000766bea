"""A record checked whatever its source: names per language, e-mail addresses, telephones, web addresses,
languages, channels, contact persons; and how per-language texts are shown."""

import pytest
from django.utils import translation

from observatory.directory.records import (
    clean_record,
    fold,
    in_language,
    language_label,
    name_key,
    normalize_language,
)

from .conftest import afa_data


def fields_of(problems) -> list[str]:
    return [problem["field"] for problem in problems]


def test_a_complete_record_is_valid_and_normalized():
    record, problems = clean_record(afa_data(channels=["EMAIL", "diplomatic", "email"], phone=" +33  1 40 "))
    assert problems == []
    # Channels in the order of the choices, each once; spaces folded.
    assert record["channels"] == ["diplomatic", "email"]
    assert record["phone"] == "+33 1 40"
    assert record["names"]["fr"] == "Agence française anticorruption"
    assert record["is_active"] is True


def test_a_record_needs_a_designation_and_a_name():
    _record, problems = clean_record({"designation": "ministry", "names": {"fr": "  "}})
    assert fields_of(problems) == ["designation", "names"]
    assert "prevention, central_authority, asset_recovery, other" in problems[0]["message"]


def test_another_competent_authority_says_what_it_is_for():
    _record, problems = clean_record(afa_data(designation="other"))
    assert fields_of(problems) == ["designation_detail"]
    record, problems = clean_record(afa_data(designation="other", designation_detail="Asset declarations"))
    assert problems == [] and record["designation_detail"] == "Asset declarations"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "contact@afa"),
        ("email", "not an address"),
        ("website", "www.afa.fr"),
        ("website", "javascript:alert(1)"),
        ("phone", "call us"),
        ("phone", "12"),
    ],
)
def test_bad_contact_values_are_named(field, value):
    _record, problems = clean_record(afa_data(**{field: value}))
    assert fields_of(problems) == [field]
    assert value.strip() in problems[0]["message"]


def test_names_take_any_language_code_but_only_codes():
    record, problems = clean_record(
        afa_data(names={"de": "Bundesamt", "zh_Hans": "国家监察委员会", "PT": "CGU"})
    )
    assert problems == []
    assert record["names"] == {"de": "Bundesamt", "zh": "国家监察委员会", "pt": "CGU"}
    _record, problems = clean_record(afa_data(names={"French": "Agence"}))
    assert fields_of(problems) == ["names"] and "French" in problems[0]["message"]


def test_request_languages_are_codes_each_once():
    record, problems = clean_record(afa_data(request_languages="fr; en;FR; de"))
    assert problems == [] and record["request_languages"] == ["fr", "en", "de"]
    _record, problems = clean_record(afa_data(request_languages=["français"]))
    assert fields_of(problems) == ["request_languages"]


def test_unknown_channels_are_refused():
    _record, problems = clean_record(afa_data(channels=["pigeon"]))
    assert fields_of(problems) == ["channels"] and "pigeon" in problems[0]["message"]


def test_contact_persons_are_checked_one_by_one():
    people = [
        {"name": "", "email": "someone@example.org"},
        {"name": "B", "email": "b@", "phone": "+1 202 555 0100"},
        {"name": "", "title": "", "email": "", "phone": "", "languages": []},  # a blank form row
    ]
    record, problems = clean_record(afa_data(contact_persons=people))
    assert fields_of(problems) == ["contact1_name", "contact2_email"]
    assert [problem["contact"] for problem in problems] == [1, 2]
    assert len(record["contact_persons"]) == 2


def test_withdrawn_is_read_from_yes_and_no_values():
    assert clean_record(afa_data(is_active=False))[0]["is_active"] is False
    assert clean_record(afa_data(is_active="no"))[0]["is_active"] is False
    assert clean_record(afa_data(is_active=True))[0]["is_active"] is True


def test_names_are_told_apart_folded():
    assert fold("Agence  Française ANTICORRUPTION") == "agence francaise anticorruption"
    assert name_key({"fr": "Agence française", "en": "French Agency"}) == "french agency"
    assert name_key({"de": "Bundesamt für Justiz"}) == "bundesamt fur justiz"


def test_a_text_is_shown_in_the_interface_language_or_english_or_the_first_given():
    names = {"de": "Bundesministerium für Justiz", "en": "Federal Ministry of Justice", "zh": "联邦司法部"}
    assert in_language(names, "de") == ("Bundesministerium für Justiz", "de")
    assert in_language(names, "fr") == ("Federal Ministry of Justice", "en")
    assert in_language(names, "zh-hans") == ("联邦司法部", "zh")
    assert in_language({"de": "Bundesamt"}, "fr") == ("Bundesamt", "de")
    assert in_language({}, "fr") == ("", "")


def test_languages_are_named_in_the_interface_language():
    with translation.override("fr"):
        assert language_label("ar") == "Arabe"
        assert language_label("de") == "Allemand"
    assert language_label("xx") == "xx"
    assert normalize_language(" ZH-Hans ") == "zh"
