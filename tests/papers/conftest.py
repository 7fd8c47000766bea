"""Fixtures of the background-paper tests: the hand-grouped submissions of
tests/fixtures/papers/approaches.json as library documents, one per State, each paragraph citing the
article of its approach."""

import json
from pathlib import Path

import pytest

from observatory.convention.models import Article
from observatory.countries.models import State
from observatory.library.models import ArticleReference, DocumentKind, Paragraph, Visibility
from tests.library_documents import make_document

FIXTURE = Path(__file__).parent.parent / "fixtures" / "papers" / "approaches.json"


def approaches_fixture() -> dict:
    """The fixture: its approaches (with their article) and the States' submissions."""
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def submission_document(iso3: str, language: str, texts: list[str], articles: list[int], **options):
    """A State's submission in the library: one paragraph per text, each citing its article."""
    state = State.objects.get(iso3=iso3)
    document = make_document(
        options.pop("key", f"submission/{iso3.lower()}"),
        kind=options.pop("kind", DocumentKind.SUBMISSION),
        state=state,
        year=2031,
        visibility=options.pop("visibility", Visibility.PUBLIC),
        versions={
            language: [(str(n + 1), "paragraph", str(n + 1), "", text) for n, text in enumerate(texts)]
        },
    )
    numbers = dict(Article.objects.values_list("number", "pk"))
    paragraphs = Paragraph.objects.filter(revision__version__document=document).order_by("position")
    ArticleReference.objects.bulk_create(
        ArticleReference(paragraph=paragraph, article_id=numbers[article], text=f"art. {article}")
        for paragraph, article in zip(paragraphs, articles, strict=True)
    )
    return document


@pytest.fixture
def hand_grouped(reference):
    """Every submission of the fixture in the library; returns {paragraph id: hand-made approach}."""
    data = approaches_fixture()
    truth = {}
    for submission in data["submissions"]:
        paragraphs = submission["paragraphs"]
        document = submission_document(
            submission["state"],
            submission["language"],
            [p["text"] for p in paragraphs],
            [data["approaches"][p["approach"]]["article"] for p in paragraphs],
        )
        ids = Paragraph.objects.filter(revision__version__document=document).order_by("position")
        for paragraph, entry in zip(ids, paragraphs, strict=True):
            truth[paragraph.pk] = entry["approach"]
    return truth
