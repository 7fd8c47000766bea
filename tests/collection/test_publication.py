"""A published submission joins the library: found by search, by article and by State, with the
visibility it was published with, and without the answers the State restricted further."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from observatory.collection import services
from observatory.collection.publication import library_text, main_language
from observatory.library.models import Document, DocumentKind, Paragraph, Visibility
from observatory.search.selectors import search

from .conftest import DEADLINE, at

FRENCH = (
    "La Haute Autorité pour la transparence de la vie publique contrôle les déclarations de patrimoine "
    "des ministres et des parlementaires depuis 2013."
)
SECRET = "Verdigris-6620 names of officials under investigation"
PAYLOAD = '<script>alert("x")</script> & <b>bold</b> # not a heading'


def _answer(user, submission, question, **fields):
    return services.save_answer(user, submission, question, revision=0, **fields)


@pytest.fixture
def published(users, submission, questions):
    """Viet Nam's submission with a French answer, an English answer holding a payload, and a
    Secretariat-only answer: submitted on time and published."""
    _answer(users["contributor"], submission, questions[0], language="fr", implemented="yes", measures=FRENCH)
    _answer(users["contributor"], submission, questions[1], language="en", measures=PAYLOAD)
    _answer(
        users["contributor"],
        submission,
        questions[2],
        language="en",
        measures=SECRET,
        visibility="secretariat",
    )
    services.submit(users["focal_point"], submission, now=at(DEADLINE - datetime.timedelta(days=2)))
    services.publish(users["secretariat"], submission)
    submission.refresh_from_db()
    return submission


def test_publishing_imports_the_answers_into_the_library(published):
    document = published.library_document
    assert document.kind == DocumentKind.SUBMISSION
    assert document.state.iso3 == "VNM"
    assert document.visibility == Visibility.PUBLIC
    texts = list(
        Paragraph.objects.filter(revision__version__document=document).values_list("text", "language")
    )
    assert (FRENCH, "fr") in texts
    # The payload is text, with every character kept: nothing was read as Markdown or HTML.
    assert PAYLOAD in [text for text, _language in texts]
    assert not any("Verdigris" in text for text, _language in texts)


def test_the_public_finds_the_published_answers_by_search(published):
    page = search(AnonymousUser(), "patrimoine des parlementaires", facets=False)
    assert {hit.document.pk for hit in page.hits} == {published.library_document.pk}
    assert search(AnonymousUser(), "Verdigris", facets=False).total == 0
    by_state = search(AnonymousUser(), "patrimoine", facets=False, state="VNM")
    assert by_state.total >= 1


def test_answers_are_found_by_the_article_their_question_cites(published):
    # The French answer is to the checklist question on art. 7, para. 4; its text cites no article.
    hits = search(AnonymousUser(), "parlementaires", facets=False, article=7).hits
    assert FRENCH in [hit.paragraph.text for hit in hits]
    assert search(AnonymousUser(), "parlementaires", facets=False, article=8).total == 0


def test_a_states_parties_publication_is_hidden_from_the_public(users, submission, questions):
    _answer(users["contributor"], submission, questions[0], language="fr", measures=FRENCH)
    services.submit(users["focal_point"], submission, visibility=Visibility.STATES_PARTIES)
    services.publish(users["secretariat"], submission)
    submission.refresh_from_db()
    assert submission.library_document.visibility == Visibility.STATES_PARTIES
    assert search(AnonymousUser(), "patrimoine", facets=False).total == 0
    assert search(users["other_focal_point"], "patrimoine", facets=False).total >= 1


def test_a_later_version_updates_the_same_document(users, published, questions):
    services.reopen(users["focal_point"], published)
    answer = published.answers.get(question=questions[0])
    services.save_answer(
        users["contributor"],
        published,
        questions[0],
        revision=answer.revision,
        measures=FRENCH + " Mise à jour.",
    )
    services.submit(users["focal_point"], published)
    services.publish(users["secretariat"], published)
    published.refresh_from_db()
    assert Document.objects.filter(kind=DocumentKind.SUBMISSION, state__iso3="VNM").count() == 1
    assert search(AnonymousUser(), "Mise à jour", facets=False).total >= 1


def test_only_documents_submitted_makes_no_library_text(users, submission, questions):
    _answer(users["contributor"], submission, questions[0], language="en", implemented="no")
    services.submit(users["focal_point"], submission)
    services.publish(users["secretariat"], submission)
    submission.refresh_from_db()
    assert submission.library_document is None


def test_the_document_is_in_the_language_most_answers_are_written_in(published):
    version = published.published_version
    text, language = library_text(published.call, published, version)
    assert language == main_language(version.snapshot["answers"][:2]) == "fr"
    assert "Mesures prises" in text or "Measures taken" in text
