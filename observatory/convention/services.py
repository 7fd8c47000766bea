"""Writes about the Convention: loading its chapters, articles and the topics taxonomy."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources

from django.db import transaction

from .models import Article, Chapter, Topic

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII"}


def _data(name: str) -> str:
    return resources.files("observatory.convention").joinpath("data", name).read_text(encoding="utf-8")


@transaction.atomic
def load_convention() -> dict[str, int]:
    """Create or update the 8 chapters and 71 articles with their official English titles. Idempotent;
    titles an administrator entered in other languages are kept."""
    rows = list(csv.DictReader(io.StringIO(_data("articles.csv"))))
    chapters = {}
    for row in rows:
        number = int(row["chapter_number"])
        if number not in chapters:
            chapters[number], _ = Chapter.objects.update_or_create(
                number=number, defaults={"roman": row["chapter"], "title_en": row["chapter_title"]}
            )
    for row in rows:
        Article.objects.update_or_create(
            number=int(row["article"]),
            defaults={"title_en": row["title"], "chapter": chapters[int(row["chapter_number"])]},
        )
    return {"chapters": len(chapters), "articles": len(rows)}


@transaction.atomic
def load_topics() -> dict[str, int]:
    """Create the topics taxonomy from the project's data file. Idempotent: topics already present keep
    what an administrator changed; labels left blank are filled in."""
    topics = json.loads(_data("topics.json"))["topics"]
    articles = {article.number: article for article in Article.objects.all()}
    created = 0
    for entry in topics:
        topic = Topic.objects.filter(slug=entry["slug"]).first()
        labels = {f"label_{lang}": text for lang, text in entry["label"].items()}
        if topic is None:
            topic = Topic.objects.create(
                slug=entry["slug"],
                parent=Topic.objects.get(slug=entry["parent"]) if entry["parent"] else None,
                position=entry["position"],
                **labels,
            )
            topic.articles.set([articles[number] for number in entry["articles"]])
            created += 1
            continue
        blanks = {name: text for name, text in labels.items() if not getattr(topic, name)}
        if blanks:
            Topic.objects.filter(pk=topic.pk).update(**blanks)
    return {"topics": len(topics), "created": created}
