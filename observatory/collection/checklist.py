"""Loading the self-assessment checklist from the project's data file (``data/checklist.json``)."""

from __future__ import annotations

import json
from importlib import resources

from django.db import transaction

from observatory.convention.models import Article

from .models import ChecklistItem

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def checklist_data() -> list[dict]:
    """The checklist items as the data file lists them."""
    text = resources.files("observatory.collection").joinpath("data", "checklist.json").read_text("utf-8")
    return json.loads(text)["items"]


@transaction.atomic
def load_checklist() -> dict[str, int]:
    """Create the checklist items of the data file. Idempotent: an item already present keeps what an
    administrator changed; only texts left blank are filled in. Needs the Convention loaded."""
    articles = {article.number: article for article in Article.objects.all()}
    created = updated = 0
    for position, entry in enumerate(checklist_data()):
        texts = {f"text_{code}": entry["text"].get(code, "") for code in LANGUAGES}
        item = ChecklistItem.objects.filter(code=entry["code"]).first()
        if item is None:
            ChecklistItem.objects.create(
                code=entry["code"],
                article=articles[entry["article"]],
                paragraph=entry["paragraph"],
                position=position,
                **texts,
            )
            created += 1
            continue
        blanks = {name: text for name, text in texts.items() if text and not getattr(item, name)}
        if blanks:
            ChecklistItem.objects.filter(pk=item.pk).update(**blanks)
            updated += 1
    return {"items": len(checklist_data()), "created": created, "updated": updated}
