"""The self-assessment checklist: loaded from data, idempotently, covering chapter II."""

from django.core.management import call_command

from observatory.audit.models import AuditEntry
from observatory.collection.checklist import load_checklist
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
    assert ChecklistItem.objects.get(code="7-4").text_en == "Edited by an administrator"
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
