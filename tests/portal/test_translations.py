"""Every interface string is translated into the five other official languages, for real."""

import re
from pathlib import Path

import polib
import pytest
from django.utils import translation
from django.utils.translation import gettext

LOCALE = Path(__file__).resolve().parents[2] / "observatory" / "locale"
LANGUAGES = {"ar": "ar", "zh_Hans": "zh-hans", "fr": "fr", "ru": "ru", "es": "es"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{[^}]*\}")


@pytest.fixture(scope="module", params=list(LANGUAGES))
def catalogue(request):
    return request.param, polib.pofile(str(LOCALE / request.param / "LC_MESSAGES" / "django.po"))


def test_no_string_is_missing_or_fuzzy(catalogue):
    locale, po = catalogue
    assert len(po) > 100
    assert [e.msgid for e in po.untranslated_entries()] == [], locale
    assert [e.msgid for e in po.fuzzy_entries()] == [], locale
    assert not po.metadata_is_fuzzy, f"{locale}: the header is marked fuzzy"


def test_placeholders_survive_translation(catalogue):
    locale, po = catalogue
    for entry in po.translated_entries():
        expected = sorted(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for translation_text in translations:
            assert sorted(PLACEHOLDER.findall(translation_text)) == expected, (locale, entry.msgid)


def test_translations_are_not_copies_of_english(catalogue):
    locale, po = catalogue
    # Short words may be the same ("Article", "Description"); sentences may not.
    same = [
        e.msgid
        for e in po.translated_entries()
        if e.msgstr == e.msgid and len(PLACEHOLDER.sub("", e.msgid).strip()) > 12
    ]
    assert same == [], locale


@pytest.mark.parametrize(
    ("locale", "script"),
    [("ar", r"[\u0600-\u06FF]"), ("zh_Hans", r"[\u4e00-\u9fff]"), ("ru", r"[\u0400-\u04FF]")],
)
def test_non_latin_languages_are_written_in_their_script(locale, script):
    po = polib.pofile(str(LOCALE / locale / "LC_MESSAGES" / "django.po"))
    words = [e for e in po.translated_entries() if re.search(r"[A-Za-z]{4,}", e.msgid)]
    # A plural entry keeps its text in msgstr_plural (one per form), its msgstr empty.
    in_script = [e for e in words if re.search(script, e.msgstr + "".join(e.msgstr_plural.values()))]
    # A few entries are names that stay in Latin letters (API, ISO codes); everything else is in script.
    assert len(in_script) >= len(words) - 3, [e.msgid for e in words if e not in in_script]


@pytest.mark.parametrize("language", LANGUAGES.values())
def test_compiled_catalogues_are_used(language):
    with translation.override(language):
        assert gettext("Sign in") != "Sign in"
        assert gettext("States") != "States"
