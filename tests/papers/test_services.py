"""Writes to background papers: creating one finds its approaches; the officer renames, merges, splits
and orders them and writes sections whose sentences cite their sources. Role by role, and never a
paragraph the paper's audience may not read."""

from collections import Counter

import pytest
from sklearn.metrics import adjusted_rand_score

from observatory.audit.models import AuditEntry
from observatory.convention.models import Article
from observatory.core.errors import Conflict, InvalidInput, PermissionDenied
from observatory.library.models import Visibility
from observatory.papers import services
from observatory.papers.models import Approach, Member, Sentence
from tests.papers.conftest import submission_document

SECRET = "Le registre confidentiel des déclarations est tenu par le service de renseignement financier."


def create(user, **options):
    options.setdefault("title", "Asset declarations and conflicts of interest")
    options.setdefault("language", "en")
    options.setdefault("articles", Article.objects.filter(number__in=[7, 8, 9]))
    return services.create_paper(user, **options)


@pytest.mark.parametrize("role", ["administrator", "focal_point", "contributor", "provider"])
def test_only_the_secretariat_drafts_papers(users, hand_grouped, role):
    with pytest.raises(PermissionDenied):
        create(users[role])


def test_anonymous_public_cannot_draft(hand_grouped):
    with pytest.raises(PermissionDenied):
        create(None)


def test_a_paper_finds_the_hand_grouping(users, hand_grouped):
    paper = create(users["secretariat"])
    assert paper.paragraph_count == len(hand_grouped) and paper.built_at is not None
    sections = list(paper.sections.order_by("position"))
    assert [section.article.number for section in sections] == [7, 8, 9]
    assert sections[1].heading.startswith("Article 8: ")
    found = dict(
        Member.objects.filter(approach__section__paper=paper).values_list("paragraph_id", "approach_id")
    )
    assert set(found) == set(hand_grouped)
    ids = list(hand_grouped)
    assert adjusted_rand_score([hand_grouped[i] for i in ids], [found[i] for i in ids]) >= 0.9
    # The largest approach first, each labelled by words.
    for section in sections:
        sizes = [approach.members.count() for approach in section.approaches.all()]
        assert sizes == sorted(sizes, reverse=True)
        assert all(approach.label and approach.terms for approach in section.approaches.all())
    assert AuditEntry.objects.filter(action="papers.create", object_id=str(paper.pk)).exists()
    assert AuditEntry.objects.filter(action="papers.find_approaches", object_id=str(paper.pk)).exists()


def test_bad_input_is_refused_with_every_problem(users, hand_grouped):
    with pytest.raises(InvalidInput) as caught:
        services.create_paper(users["secretariat"], title=" ", language="de", visibility="everyone")
    fields = [detail["field"] for detail in caught.value.details]
    assert fields == ["title", "language", "visibility", "scope"]


@pytest.mark.parametrize(
    ("audience", "gathered"),
    [(Visibility.PUBLIC, False), (Visibility.STATES_PARTIES, False), (Visibility.SECRETARIAT, True)],
)
def test_a_paper_gathers_only_what_its_audience_may_read(users, hand_grouped, audience, gathered):
    secret = submission_document(
        "FRA", "fr", [SECRET], [8], key="secret/fra", visibility=Visibility.SECRETARIAT
    )
    paper = create(users["secretariat"], visibility=audience)
    held = Member.objects.filter(
        approach__section__paper=paper, paragraph__revision__version__document=secret
    )
    assert held.exists() is gathered
    labels = " ".join(Approach.objects.filter(section__paper=paper).values_list("label", flat=True))
    if not gathered:
        assert "renseignement" not in labels


def test_a_paragraph_citing_no_article_of_the_scope_is_not_gathered_without_a_call(users, hand_grouped):
    submission_document(
        "DEU", "en", ["Our sports federations adopted a code of ethics in 2019 for all events."], [1]
    )
    paper = create(users["secretariat"], articles=Article.objects.filter(number=8))
    assert [s.article.number for s in paper.sections.all()] == [8]
    assert paper.paragraph_count == sum(
        1
        for approach in hand_grouped.values()
        if approach in {"electronic-filing", "independent-verification", "public-disclosure", "sanctions"}
    )


def test_rename_merge_split_and_order(users, hand_grouped):
    officer = users["secretariat"]
    paper = create(officer, articles=Article.objects.filter(number=8))
    section = paper.sections.get()
    first, second, *rest = list(section.approaches.all())
    services.rename_approach(officer, first, "  Online   filing ")
    first.refresh_from_db()
    assert first.title == "Online filing" and first.label != first.title
    with pytest.raises(InvalidInput):
        services.rename_approach(officer, first, "x" * 301)

    total = Member.objects.filter(approach__section=section).count()
    merged = services.merge_approaches(officer, [first, second])
    assert merged.pk == first.pk and merged.name == "Online filing"
    assert not Approach.objects.filter(pk=second.pk).exists()
    assert Member.objects.filter(approach__section=section).count() == total
    assert [a.position for a in section.approaches.all()] == list(range(section.approaches.count()))

    halves = services.split_approach(officer, merged)
    assert [h.position for h in halves] == [merged.position, merged.position + 1]
    sizes = [h.members.count() for h in halves]
    assert all(sizes) and sum(sizes) == total - sum(a.members.count() for a in rest)
    assert halves[1].label  # labelled anew

    ids = [a.pk for a in section.approaches.all()]
    services.order_approaches(officer, section, list(reversed(ids)))
    assert [a.pk for a in section.approaches.all()] == list(reversed(ids))
    with pytest.raises(InvalidInput):
        services.order_approaches(officer, section, [999999])
    actions = Counter(
        AuditEntry.objects.filter(action__startswith="papers.").values_list("action", flat=True)
    )
    assert actions["papers.rename_approach"] == 1 and actions["papers.merge_approaches"] == 1
    assert actions["papers.split_approach"] == 1 and actions["papers.order_approaches"] == 1


def test_merging_across_sections_or_one_approach_is_refused(users, hand_grouped):
    officer = users["secretariat"]
    paper = create(officer)
    eight, nine = (paper.sections.get(article__number=n).approaches.first() for n in (8, 9))
    with pytest.raises(InvalidInput):
        services.merge_approaches(officer, [eight, nine])
    with pytest.raises(InvalidInput):
        services.merge_approaches(officer, [eight])


def test_splitting_one_paragraph_is_refused(users, hand_grouped):
    officer = users["secretariat"]
    paper = create(officer, articles=Article.objects.filter(number=8))
    approach = paper.sections.get().approaches.first()
    keep = approach.members.first()
    approach.members.exclude(pk=keep.pk).delete()
    with pytest.raises(InvalidInput):
        services.split_approach(officer, approach)


def test_a_section_keeps_its_sentences_and_their_sources(users, hand_grouped):
    officer = users["secretariat"]
    paper = create(officer, articles=Article.objects.filter(number=8))
    section = paper.sections.get()
    a, b = Member.objects.filter(approach__section=section).values_list("paragraph_id", flat=True)[:2]
    text = (
        f"Most States file online.[^{a}] Some publish the declarations.[^{a}][^{b}]\n\nThis needs a source."
    )
    services.save_section(officer, section, heading="Asset declarations", text=text, revision=1)
    section.refresh_from_db()
    assert section.revision == 2 and section.heading == "Asset declarations"
    stored = list(Sentence.objects.filter(section=section).order_by("position"))
    assert [(s.block, sorted(s.sources.values_list("pk", flat=True))) for s in stored] == [
        (0, [a]),
        (0, sorted([a, b])),
        (1, []),
    ]
    # A second save replaces the sentences.
    services.save_section(officer, section, heading="Asset declarations", text="Only this.", revision=2)
    assert Sentence.objects.filter(section=section).count() == 1
    entry = AuditEntry.objects.filter(action="papers.edit_section").latest("pk")
    assert entry.before["text"] == text and entry.after["text"] == "Only this."


def test_a_stale_revision_is_a_conflict_and_changes_nothing(users, hand_grouped):
    officer = users["secretariat"]
    paper = create(officer, articles=Article.objects.filter(number=8))
    section = paper.sections.get()
    services.save_section(officer, section, heading="Mine", text="First.", revision=1)
    with pytest.raises(Conflict):
        services.save_section(officer, section, heading="Theirs", text="Second.", revision=1)
    section.refresh_from_db()
    assert (section.heading, section.text, section.revision) == ("Mine", "First.", 2)


def test_a_citation_must_be_a_paragraph_the_paper_draws_on(users, hand_grouped):
    officer = users["secretariat"]
    secret = submission_document(
        "FRA", "fr", [SECRET], [8], key="secret/fra", visibility=Visibility.SECRETARIAT
    )
    paper = create(officer, articles=Article.objects.filter(number=8))
    section = paper.sections.get()
    hidden = secret.versions.get().current.paragraphs.get().pk
    with pytest.raises(InvalidInput) as caught:
        services.save_section(
            officer, section, heading="H", text=f"Secret.[^{hidden}] Gone.[^999999]", revision=1
        )
    assert f"[^{hidden}]" in caught.value.message and "[^999999]" in caught.value.message
    section.refresh_from_db()
    assert section.revision == 1 and section.text == ""


def test_finding_approaches_again_keeps_the_sections_text(users, hand_grouped):
    officer = users["secretariat"]
    paper = create(officer, articles=Article.objects.filter(number=8))
    section = paper.sections.get()
    services.save_section(officer, section, heading="Kept", text="Kept text.", revision=1)
    submission_document(
        "DEU", "en", ["Declarations are filed online through the e-filing portal since 2020."], [8]
    )
    services.find_approaches(officer, paper)
    section.refresh_from_db()
    assert (section.heading, section.text) == ("Kept", "Kept text.")
    paper.refresh_from_db()
    assert paper.paragraph_count == 29


def test_a_member_narrowed_since_it_was_gathered_cannot_be_cited(users, hand_grouped):
    from observatory.library.models import Document

    officer = users["secretariat"]
    paper = create(officer, articles=Article.objects.filter(number=8))
    section = paper.sections.get()
    member = Member.objects.filter(approach__section=section).first()
    Document.objects.filter(versions__current__paragraphs__pk=member.paragraph_id).update(
        visibility=Visibility.SECRETARIAT
    )
    with pytest.raises(InvalidInput):
        services.save_section(officer, section, heading="H", text=f"A.[^{member.paragraph_id}]", revision=1)


def test_an_approach_of_identical_paragraphs_cannot_be_split(users, reference):
    officer = users["secretariat"]
    text = "Declarations are filed online through the national portal every year by all officials."
    for iso3 in ("KEN", "PER", "FRA"):
        submission_document(iso3, "en", [text], [8], key=f"same/{iso3.lower()}")
    paper = create(officer, articles=Article.objects.filter(number=8))
    (approach,) = paper.sections.get().approaches.all()
    with pytest.raises(InvalidInput):
        services.split_approach(officer, approach)
    assert paper.sections.get().approaches.count() == 1


def test_moving_needs_a_direction_and_stays_at_the_ends(users, hand_grouped):
    officer = users["secretariat"]
    paper = create(officer, articles=Article.objects.filter(number=8))
    section = paper.sections.get()
    first = section.approaches.first()
    with pytest.raises(InvalidInput):
        services.move_approach(officer, first, "sideways")
    services.move_approach(officer, first, "up")
    assert section.approaches.first() == first
    services.move_approach(officer, first, "down")
    assert list(section.approaches.all())[1] == first


def test_a_section_left_without_paragraphs_goes_after_the_others(users, hand_grouped):
    from observatory.library.models import Document

    officer = users["secretariat"]
    paper = create(officer, articles=Article.objects.filter(number__in=[7, 8, 9]))
    seven = paper.sections.get(article__number=7)
    services.save_section(officer, seven, heading="Kept", text="Kept.", revision=1)
    Document.objects.filter(versions__current__paragraphs__article_references__article__number=7).update(
        visibility=Visibility.SECRETARIAT
    )
    services.find_approaches(officer, paper)
    positions = dict(paper.sections.values_list("article__number", "position"))
    assert positions == {8: 0, 9: 1, 7: 2}


def test_a_title_or_symbol_too_long_is_refused_before_the_database(users, hand_grouped):
    with pytest.raises(InvalidInput) as caught:
        create(users["secretariat"], title="T" * 301, symbol="S" * 121)
    assert [detail["field"] for detail in caught.value.details] == ["title", "symbol"]
    assert not services.Paper.objects.exists()
