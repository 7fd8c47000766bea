"""Reading a paper's workbench: approaches with their States and regional groups, the call's challenges
and assistance needs and its statistics sentence, sentences with their sources — at the paper's
audience, never beyond it."""

import datetime

import pytest
from django.utils import timezone

from observatory.collection.models import Call, CallStatus, Submission, SubmissionStatus, SubmissionVersion
from observatory.convention.models import Article
from observatory.core.errors import NotFound, PermissionDenied
from observatory.countries.models import State
from observatory.library.models import Visibility
from observatory.papers import selectors, services
from observatory.papers.models import Member
from tests.papers.conftest import submission_document

DEADLINE = datetime.date(2031, 5, 27)


def answer(article, *, challenges="", needs=(), visibility="", language="en"):
    return {
        "question": None,
        "position": 1,
        "checklist_item": None,
        "article": article,
        "question_text": "Describe your system.",
        "implemented": "partly",
        "measures": "",
        "examples": "",
        "challenges": challenges,
        "language": language,
        "visibility": visibility,
        "assistance_needs": [{"kind": kind, "description": "", "priority": ""} for kind in needs],
        "evidence": [],
    }


def publish(call, iso3, answers, *, late=False, visibility=Visibility.PUBLIC):
    state = State.objects.get(iso3=iso3)
    document = submission_document(
        iso3,
        "en",
        ["We publish the declarations of all ministers on a website."],
        [8],
        key=f"call/{iso3.lower()}",
        visibility=visibility,
    )
    submission = Submission.objects.create(
        call=call,
        state=state,
        status=SubmissionStatus.PUBLISHED,
        visibility=visibility,
        library_document=document,
    )
    version = SubmissionVersion.objects.create(
        submission=submission,
        number=1,
        submitted_at=timezone.make_aware(datetime.datetime(2031, 6 if late else 5, 2)),
        is_late=late,
        visibility=visibility,
        snapshot={"answers": answers, "documents": []},
        published_at=timezone.now(),
    )
    submission.published_version = version
    submission.save(update_fields=["published_version"])
    return document


@pytest.fixture
def call(reference):
    call = Call.objects.create(title_en="Asset declarations", deadline=DEADLINE, status=CallStatus.CLOSED)
    call.articles.set(Article.objects.filter(number=8))
    return call


def test_the_workbench_of_a_call(users, hand_grouped, call):
    publish(
        call,
        "LSO",
        [answer(8, challenges="Too few auditors to verify declarations.", needs=["capacity_building"])],
    )
    publish(call, "ISL", [answer(8, challenges="", needs=["capacity_building", "technology"])], late=True)
    publish(
        call, "NOR", [answer(8, challenges="A secret staffing problem.", visibility=Visibility.SECRETARIAT)]
    )
    paper = services.create_paper(users["secretariat"], title="Paper", language="en", call=call)
    bench = selectors.workbench(users["secretariat"], paper)
    (eight,) = bench.sections
    assert eight.section.article.number == 8
    assert [c.text for c in eight.challenges] == ["Too few auditors to verify declarations."]
    assert (
        eight.needs[0][:2] == ("Capacity-building", 2)
        and ("Technological assistance", 1, ["Iceland"]) in eight.needs
    )
    assert "Lesotho" in bench.statistics and "Iceland" in bench.statistics
    # Every State of the fixture on article 8 and the call's three are among the approaches' States.
    states = {iso3 for view in eight.approaches for iso3, _ in view.states}
    assert {"LSO", "ISL", "NOR"} <= states
    assert sum(view.size for view in eight.approaches) == paper.paragraph_count
    for view in eight.approaches:
        assert sum(count for _, count in view.groups) == len(view.states)
        assert 1 <= len(view.representatives) <= selectors.REPRESENTATIVES
        assert all(p.url.startswith("/en/library/") and "#p-" in p.url for p in view.representatives)


def test_a_confidential_submission_adds_nothing_to_a_public_paper(users, hand_grouped, call):
    publish(
        call,
        "NOR",
        [answer(8, challenges="A secret problem.", needs=["technology"])],
        visibility=Visibility.SECRETARIAT,
    )
    paper = services.create_paper(users["secretariat"], title="Paper", language="en", call=call)
    bench = selectors.workbench(users["secretariat"], paper)
    assert not any(view.challenges or view.needs for view in bench.sections)
    assert "NOR" not in {iso3 for view in bench.sections for a in view.approaches for iso3, _ in a.states}


def test_sentences_show_their_sources_and_count_the_unsourced(users, hand_grouped):
    officer = users["secretariat"]
    paper = services.create_paper(
        officer, title="P", language="en", articles=Article.objects.filter(number=8)
    )
    section = paper.sections.get()
    cited = Member.objects.filter(approach__section=section).values_list("paragraph_id", flat=True).first()
    services.save_section(
        officer,
        section,
        heading="H",
        text=f"States file online.[^{cited}] Some do not. Others wait.",
        revision=1,
    )
    (view,) = selectors.workbench(officer, paper).sections
    assert view.unsourced == 2
    text, sources = view.sentences[0]
    assert text == f"States file online.[^{cited}]" and sources[0].paragraph_id == cited


def test_new_paragraphs_are_counted_until_the_approaches_are_found_again(users, hand_grouped):
    officer = users["secretariat"]
    paper = services.create_paper(
        officer, title="P", language="en", articles=Article.objects.filter(number=8)
    )
    assert selectors.workbench(officer, paper).new_paragraphs == 0
    submission_document("DEU", "en", ["Declarations are checked against the land register every year."], [8])
    assert selectors.workbench(officer, paper).new_paragraphs == 1
    services.find_approaches(officer, paper)
    assert selectors.workbench(officer, paper).new_paragraphs == 0


@pytest.mark.parametrize("role", ["administrator", "focal_point", "contributor", "provider"])
def test_only_the_secretariat_reads_papers(users, hand_grouped, role):
    paper = services.create_paper(
        users["secretariat"], title="P", language="en", articles=Article.objects.filter(number=8)
    )
    for read in (
        lambda: selectors.papers_for(users[role]),
        lambda: selectors.paper_for(users[role], paper.pk),
        lambda: selectors.workbench(users[role], paper),
    ):
        with pytest.raises(PermissionDenied):
            read()


def test_missing_things_are_not_found(users, hand_grouped):
    paper = services.create_paper(
        users["secretariat"], title="P", language="en", articles=Article.objects.filter(number=8)
    )
    with pytest.raises(NotFound):
        selectors.paper_for(users["secretariat"], paper.pk + 1)
    with pytest.raises(NotFound):
        selectors.section_for(paper, 999999)
    with pytest.raises(NotFound):
        selectors.approaches_for(paper, [999999])
