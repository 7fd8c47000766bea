"""The self-assessment checklist: loaded from data, idempotently, covering chapter II, in six languages."""

import json
import re
import unicodedata
from importlib import resources

import pytest
from django.core.management import call_command

from observatory.audit.models import AuditEntry
from observatory.collection.checklist import LANGUAGES, checklist_data, load_checklist
from observatory.collection.models import ChecklistItem
from observatory.collection.selectors import checklist


def test_checklist_covers_every_article_of_chapter_ii(reference):
    load_checklist()
    articles = set(ChecklistItem.objects.values_list("article__number", flat=True))
    assert articles == set(range(5, 15))
    assert ChecklistItem.objects.get(code="9-1").text_en.endswith("(art. 9, para. 1)?")


def test_loading_twice_changes_nothing_and_keeps_an_administrators_edits(reference):
    first = load_checklist()
    assert first["created"] == first["items"] >= 29
    ChecklistItem.objects.filter(code="7-4").update(text_en="Edited by an administrator", text_fr="")
    second = load_checklist()
    assert second["created"] == 0
    item = ChecklistItem.objects.get(code="7-4")
    assert item.text_en == "Edited by an administrator"
    assert item.text_fr.startswith("Votre pays a-t-il adopté")  # the blank was filled in again
    assert ChecklistItem.objects.count() == first["items"]


def test_the_command_loads_and_says_so(reference, capsys):
    call_command("load_checklist")
    assert "new" in capsys.readouterr().out
    assert AuditEntry.objects.filter(action="collection.checklist.load").count() == 1
    call_command("load_checklist")
    assert AuditEntry.objects.filter(action="collection.checklist.load").count() == 1


def test_checklist_selector_filters_by_article(reference):
    load_checklist()
    assert {item.article.number for item in checklist([9])} == {9}


# --- the six languages -----------------------------------------------------------------------------

#: A letter of each script, by Unicode name: what each language's text is written in.
SCRIPTS = {
    "ar": "ARABIC",
    "zh": "CJK UNIFIED IDEOGRAPH",
    "ru": "CYRILLIC",
    "en": "LATIN",
    "fr": "LATIN",
    "es": "LATIN",
}
#: How each language cites a paragraph of article 5, as the item 5-1 ends.
CITATIONS = {
    "ar": "(المادة 5، الفقرة 1)؟",
    "zh": "（第五条第1款）？",
    "en": "(art. 5, para. 1)?",
    "fr": "(art. 5, par. 1)\u00a0?",
    "ru": "(статья 5, пункт 1)?",
    "es": "(art. 5, párr. 1)?",
}


def letters(text: str) -> list[str]:
    return [char for char in text if char.isalpha()]


def test_every_item_has_six_texts_in_the_right_script():
    items = checklist_data()
    assert len(items) == 29
    for item in items:
        assert list(item["text"]) == list(LANGUAGES), item["code"]
        for code, text in item["text"].items():
            assert text.strip() == text and text, (item["code"], code)
            # Every letter is of the language's script (Latin abbreviations have no place in them).
            foreign = [c for c in letters(text) if SCRIPTS[code] not in unicodedata.name(c, "")]
            assert not foreign, (item["code"], code, foreign)
        # Each cites the provision it is about, in its own language's form.
        number = str(item["article"])
        for code in ("ar", "en", "fr", "ru", "es"):
            assert number in item["text"][code], (item["code"], code)


def test_citations_follow_each_languages_style():
    first = checklist_data()[0]
    assert first["code"] == "5-1"
    for code, citation in CITATIONS.items():
        assert first["text"][code].endswith(citation), code
    by_code = {item["code"]: item["text"] for item in checklist_data()}
    assert by_code["8-1"]["fr"].endswith("(art. 8, par. 1 à 3)\u00a0?")
    assert by_code["8-1"]["es"].endswith("(art. 8, párrs. 1 a 3)?")
    assert by_code["8-1"]["ru"].endswith("(статья 8, пункты 1–3)?")
    assert by_code["8-1"]["zh"].endswith("（第八条第1至3款）？")
    assert by_code["10"]["ar"].endswith("(المادة 10)؟")
    assert by_code["14-3"]["zh"].endswith("（第十四条第3款）？")
    assert all(text["es"].startswith("¿") for text in by_code.values())


@pytest.mark.parametrize(
    ("code", "language", "term"),
    [
        ("7-4", "fr", "conflits d’intérêts"),
        ("7-4", "es", "conflictos de intereses"),
        ("7-4", "ru", "коллизии интересов"),  # the Convention's Russian term
        ("7-4", "zh", "利益冲突"),
        ("7-4", "ar", "تضارب المصالح"),
        ("14-1", "ru", "отмывания денежных средств"),
        ("14-1", "es", "blanqueo de dinero"),
        ("9-1", "fr", "passation des marchés publics"),
        ("9-1", "es", "contratación pública"),
    ],
)
def test_the_conventions_terminology_is_used(code, language, term):
    texts = {item["code"]: item["text"] for item in checklist_data()}
    assert term in texts[code][language]


def test_the_file_is_utf8_json_with_one_item_a_line():
    raw = resources.files("observatory.collection").joinpath("data", "checklist.json").read_bytes()
    text = raw.decode("utf-8")
    assert "\\u" not in text  # written out, not escaped: translators read and edit it
    lines = [line for line in text.splitlines() if line.lstrip().startswith('{"code"')]
    assert len(lines) == 29
    assert all(json.loads(line.rstrip(",")) for line in lines)


def test_loading_fills_the_translations_of_items_loaded_in_english_only(reference):
    """Items loaded when the file had English only get the five translations; nothing written in the
    back office is overwritten, English included."""
    load_checklist()
    blank = {f"text_{code}": "" for code in LANGUAGES if code != "en"}
    ChecklistItem.objects.update(**blank)
    ChecklistItem.objects.filter(code="9-1").update(text_en="Edited in English", text_es="Editado")
    result = load_checklist()
    assert result["created"] == 0 and result["updated"] == 29
    for item in ChecklistItem.objects.exclude(code="9-1"):
        for code in LANGUAGES:
            assert getattr(item, f"text_{code}"), (item.code, code)
    edited = ChecklistItem.objects.get(code="9-1")
    assert edited.text_en == "Edited in English"
    assert edited.text_es == "Editado"
    assert re.search("[\u0600-\u06ff]", edited.text_ar)
    assert "(статья 9, пункт 1)" in edited.text_ru
    assert load_checklist()["updated"] == 0
