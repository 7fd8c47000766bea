"""The Convention and the topics taxonomy, as loaded by `observatory load-reference`."""

import csv
import io
from importlib import resources

import pytest
from django.core.management import call_command
from django.utils import translation

from observatory.convention.models import Article, Chapter, Topic
from observatory.convention.services import load_convention, load_topics

pytestmark = pytest.mark.usefixtures("reference")

CHAPTER_RANGES = {
    "I": (1, 4),
    "II": (5, 14),
    "III": (15, 42),
    "IV": (43, 50),
    "V": (51, 59),
    "VI": (60, 62),
    "VII": (63, 64),
    "VIII": (65, 71),
}


def test_eight_chapters_and_71_articles():
    assert Chapter.objects.count() == 8
    assert Article.objects.count() == 71
    assert list(Article.objects.values_list("number", flat=True)) == list(range(1, 72))


@pytest.mark.parametrize(("roman", "bounds"), CHAPTER_RANGES.items())
def test_each_chapter_holds_its_articles(roman, bounds):
    numbers = list(Article.objects.filter(chapter__roman=roman).values_list("number", flat=True))
    assert numbers == list(range(bounds[0], bounds[1] + 1))


def test_official_english_titles():
    assert Article.objects.get(number=8).title_en == "Codes of conduct for public officials"
    assert Article.objects.get(number=46).title_en == "Mutual legal assistance"
    assert Chapter.objects.get(roman="II").title_en == "Preventive measures"
    source = resources.files("observatory.convention").joinpath("data/articles.csv").read_text("utf-8")
    titles = {int(row["article"]): row["title"] for row in csv.DictReader(io.StringIO(source))}
    assert dict(Article.objects.values_list("number", "title_en")) == titles


def test_other_languages_are_blank_until_an_administrator_fills_them():
    article = Article.objects.get(number=5)
    assert [article.title_ar, article.title_zh, article.title_fr, article.title_ru, article.title_es] == [
        ""
    ] * 5
    with translation.override("fr"):
        title = article.title
    assert (title.text, title.language, title.is_fallback) == (article.title_en, "en", True)


def test_a_filled_title_is_shown_and_survives_a_reload():
    Article.objects.filter(number=5).update(title_fr="Politiques et pratiques de prévention de la corruption")
    load_convention()
    article = Article.objects.get(number=5)
    with translation.override("fr"):
        assert article.title.text == "Politiques et pratiques de prévention de la corruption"
        assert not article.title.is_fallback
    with translation.override("en"):
        assert not article.title.is_fallback


def test_topics_have_six_labels_parents_and_articles():
    topics = list(Topic.objects.prefetch_related("articles"))
    assert len(topics) >= 20
    for topic in topics:
        labels = [
            topic.label_ar,
            topic.label_zh,
            topic.label_en,
            topic.label_fr,
            topic.label_ru,
            topic.label_es,
        ]
        assert all(labels), topic.slug
        assert len(set(labels)) >= 5, f"{topic.slug}: labels look untranslated"
        assert topic.articles.exists(), topic.slug
    roots = [t for t in topics if t.parent_id is None]
    assert 5 <= len(roots) < len(topics)
    assert Topic.objects.get(slug="conflicts-of-interest").parent.slug == "public-sector"
    assert set(Topic.objects.get(slug="conflicts-of-interest").articles.values_list("number", flat=True)) == {
        7,
        8,
    }


def test_reload_keeps_administrator_edits_of_topics():
    Topic.objects.filter(slug="media").update(label_en="The media and journalists", label_es="")
    load_topics()
    media = Topic.objects.get(slug="media")
    assert media.label_en == "The media and journalists"
    assert media.label_es == "Los medios de comunicación"  # a blank label is filled in again


def test_load_reference_command_is_idempotent(capsys):
    call_command("load_reference")
    first = capsys.readouterr().out
    call_command("load_reference")
    second = capsys.readouterr().out
    assert "8 chapters, 71 articles" in first
    assert "States: 0 new, 0 updated" in second
    assert Article.objects.count() == 71
    assert Topic.objects.count() == 25
