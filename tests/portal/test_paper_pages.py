"""The background-paper workbench as the Secretariat uses it: start a paper, read its approaches, rename,
merge, split and order them, write a section citing its sources; and nobody else gets in."""

import re

import pytest

from observatory.convention.models import Article
from observatory.library.models import Visibility
from observatory.papers import services
from observatory.papers.models import Approach, Member, Paper, Section
from tests.papers.conftest import hand_grouped, submission_document  # noqa: F401 (a fixture)

SCRIPT = "<script>alert('x')</script> Declarations are filed online on the national portal every spring."


@pytest.fixture
def paper(users, hand_grouped):
    return services.create_paper(
        users["secretariat"],
        title="Asset declarations",
        language="en",
        articles=Article.objects.filter(number=8),
    )


def signed_in(client, user):
    client.force_login(user)
    return client


def test_anonymous_readers_are_sent_to_sign_in(client, paper):
    for address in ("/en/papers/", f"/en/papers/{paper.pk}/"):
        response = client.get(address)
        assert response.status_code == 302 and "/account/login/" in response["Location"]


@pytest.mark.parametrize("role", ["administrator", "focal_point", "contributor", "provider"])
def test_other_roles_are_refused(client, users, paper, role):
    signed_in(client, users[role])
    assert client.get("/en/papers/").status_code == 403
    assert client.get(f"/en/papers/{paper.pk}/").status_code == 403
    assert client.post(f"/en/papers/{paper.pk}/approaches/").status_code == 403
    assert "Background papers" not in client.get("/en/").content.decode()


def test_the_secretariat_starts_a_paper_and_reads_its_approaches(client, users, hand_grouped):
    signed_in(client, users["secretariat"])
    assert 'href="/en/papers/"' in client.get("/en/").content.decode()
    eight = Article.objects.get(number=8)
    response = client.post(
        "/en/papers/new/",
        {"title": "Asset declarations", "language": "en", "visibility": "public", "articles": [eight.pk]},
    )
    paper = Paper.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/en/papers/{paper.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "Article 8: " in page
    for approach in Approach.objects.filter(section__paper=paper):
        assert f'id="approach-{approach.pk}"' in page
    assert "Kazakhstan" in page or "Argentina" in page or "France" in page
    assert "States by regional group" in page
    assert page.count('class="passage"') >= 4


def test_a_paper_without_a_scope_is_refused_with_the_form_kept(client, users, hand_grouped):
    signed_in(client, users["secretariat"])
    response = client.post(
        "/en/papers/new/", {"title": "Kept title", "language": "en", "visibility": "public"}
    )
    page = response.content.decode()
    assert response.status_code == 400 and "Choose a call for information, a topic or an article." in page
    assert 'value="Kept title"' in page and not Paper.objects.exists()


def test_paragraph_text_is_escaped(client, users, hand_grouped):
    submission_document("DEU", "en", [SCRIPT], [8])
    paper = services.create_paper(
        users["secretariat"], title="T", language="en", articles=Article.objects.filter(number=8)
    )
    Member.objects.filter(approach__section__paper=paper, paragraph__text=SCRIPT).update(centrality=2.0)
    page = signed_in(client, users["secretariat"]).get(f"/en/papers/{paper.pk}/").content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page


def test_rename_split_merge_and_move_from_the_page(client, users, paper):
    signed_in(client, users["secretariat"])
    section = paper.sections.get()
    first = section.approaches.first()
    base = f"/en/papers/{paper.pk}/approaches/"
    response = client.post(f"{base}{first.pk}/name/", {"name": "Online filing"})
    assert response.status_code == 302 and response["Location"].endswith(f"#approach-{first.pk}")
    assert "Online filing" in client.get(f"/en/papers/{paper.pk}/").content.decode()

    count = section.approaches.count()
    assert client.post(f"{base}{first.pk}/split/").status_code == 302
    assert section.approaches.count() == count + 1

    ids = list(section.approaches.values_list("pk", flat=True))
    assert client.post(f"{base}merge/", {"approach": ids[:2]}).status_code == 302
    assert section.approaches.count() == count

    last = section.approaches.last()
    assert client.post(f"{base}{last.pk}/move/", {"direction": "up"}).status_code == 302
    assert list(section.approaches.values_list("pk", flat=True)).index(last.pk) == count - 2


def test_refusals_show_the_workbench_with_the_reason(client, users, paper):
    signed_in(client, users["secretariat"])
    approach = paper.sections.get().approaches.first()
    response = client.post(f"/en/papers/{paper.pk}/approaches/merge/", {"approach": [approach.pk]})
    assert (
        response.status_code == 400
        and "Choose at least two approaches to merge." in response.content.decode()
    )
    assert client.post(f"/en/papers/{paper.pk}/approaches/merge/", {"approach": ["x"]}).status_code == 400
    assert client.post(f"/en/papers/{paper.pk}/approaches/999999/name/", {"name": "n"}).status_code == 404
    assert client.get("/en/papers/999999/").status_code == 404


def test_a_section_is_written_with_sources_and_flags_the_unsourced(client, users, paper):
    signed_in(client, users["secretariat"])
    section = paper.sections.get()
    cited = Member.objects.filter(approach__section=section).values_list("paragraph_id", flat=True).first()
    response = client.post(
        f"/en/papers/{paper.pk}/sections/{section.pk}/",
        {
            "heading": "Declarations",
            "text": f"States file online.[^{cited}] Unsupported claim.",
            "revision": 1,
        },
    )
    assert response.status_code == 302 and response["Location"].endswith(f"#section-{section.pk}")
    page = client.get(f"/en/papers/{paper.pk}/").content.decode()
    assert "1 sentence has no source." in page
    assert re.search(r'<li class="unsourced">Unsupported claim\.', page)


def test_a_bad_citation_keeps_what_was_typed(client, users, paper):
    signed_in(client, users["secretariat"])
    section = paper.sections.get()
    response = client.post(
        f"/en/papers/{paper.pk}/sections/{section.pk}/",
        {"heading": "Declarations", "text": "My long draft.[^999999]", "revision": 1},
    )
    page = response.content.decode()
    assert response.status_code == 400 and "[^999999]" in page and "My long draft." in page
    assert Section.objects.get(pk=section.pk).revision == 1


def test_a_concurrent_edit_is_a_conflict_with_both_texts_on_the_page(client, users, paper):
    signed_in(client, users["secretariat"])
    section = paper.sections.get()
    services.save_section(users["secretariat"], section, heading="Theirs", text="Their sentence.", revision=1)
    response = client.post(
        f"/en/papers/{paper.pk}/sections/{section.pk}/",
        {"heading": "Mine", "text": "My sentence.", "revision": 1},
    )
    page = response.content.decode()
    assert response.status_code == 409 and "Their sentence." in page and "My sentence." in page
    # The form now carries the current revision: saving again overwrites knowingly.
    assert 'name="revision" value="2"' in page


def test_a_public_paper_never_shows_a_confidential_paragraph(client, users, hand_grouped):
    submission_document(
        "FRA",
        "fr",
        ["Zephyrine-7731 : registre secret des déclarations de patrimoine des juges."],
        [8],
        key="s/fra",
        visibility=Visibility.SECRETARIAT,
    )
    paper = services.create_paper(
        users["secretariat"], title="T", language="en", articles=Article.objects.filter(number=8)
    )
    page = signed_in(client, users["secretariat"]).get(f"/en/papers/{paper.pk}/").content.decode()
    assert "Zephyrine" not in page


@pytest.mark.parametrize(("language", "fmt"), [("en", "docx"), ("ar", "pdf")])
def test_the_paper_downloads(client, users, paper, language, fmt):
    signed_in(client, users["secretariat"])
    page = client.get(f"/en/papers/{paper.pk}/").content.decode()
    address = f"/en/papers/{paper.pk}/paper.{language}.{fmt}"
    assert f'href="{address}"' in page
    response = client.get(address)
    assert response.status_code == 200
    assert f".{language}.{fmt}" in response["Content-Disposition"]
    assert response.content[:4] in (b"PK\x03\x04", b"%PDF")


def test_downloads_are_refused_to_others_and_unknown_formats_are_not_found(client, users, paper):
    signed_in(client, users["focal_point"])
    assert client.get(f"/en/papers/{paper.pk}/paper.en.docx").status_code == 403
    signed_in(client, users["secretariat"])
    assert client.get(f"/en/papers/{paper.pk}/paper.en.odt").status_code == 404
    assert client.get(f"/en/papers/{paper.pk}/paper.de.pdf").status_code == 404
