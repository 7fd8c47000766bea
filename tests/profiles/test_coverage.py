"""Coverage of the Convention, article by State: answers and documents count, the newest wins, and the
reader never learns of a report it may not see."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from observatory.collection.models import Call, CallStatus
from observatory.convention.models import Article
from observatory.countries.models import State
from observatory.library.models import DocumentKind, Visibility
from observatory.profiles.coverage import Reported, coverage, coverage_table
from tests.papers.conftest import submission_document
from tests.papers.test_selectors import answer, publish


@pytest.fixture
def reports(reference):
    call = Call.objects.create(
        title_en="Asset declarations", deadline=datetime.date(2031, 5, 27), status=CallStatus.CLOSED
    )
    call.articles.set(Article.objects.filter(number=8))
    publish(call, "KEN", [answer(8, challenges="Few auditors.")])  # 2 May 2031, and a document of 2031
    submission_document(
        "PER",
        "es",
        ["La ley de 2019 regula la contratación pública electrónica."],
        [9],
        key="law/per",
        kind=DocumentKind.LEGISLATION,
    )
    submission_document(
        "NOR",
        "en",
        ["A secret register of declarations is kept by the unit."],
        [8],
        key="secret/nor",
        visibility=Visibility.SECRETARIAT,
    )
    return call


def test_answers_and_documents_count_and_the_newest_wins(reports):
    found = coverage(AnonymousUser())
    assert found.cells[("KEN", 8)] == Reported(datetime.date(2031, 5, 2), True)
    assert found.cells[("PER", 9)] == Reported(datetime.date(2031, 1, 1), False)  # the law's year
    assert found.articles == [8, 9] and found.states == ["KEN", "PER"]
    assert found.of_state("KEN") == {8: found.cells[("KEN", 8)]}
    assert set(found.of_article(8)) == {"KEN"}


def test_a_report_the_reader_may_not_see_does_not_count(users, reports):
    assert ("NOR", 8) not in coverage(AnonymousUser()).cells
    assert ("NOR", 8) not in coverage(users["focal_point"]).cells
    assert ("NOR", 8) in coverage(users["secretariat"]).cells


def test_the_later_year_wins_and_within_a_year_the_known_day():
    from observatory.profiles.coverage import Coverage

    table = Coverage()
    table.add("KEN", 8, Reported(datetime.date(2030, 1, 1), False))
    table.add("KEN", 8, Reported(datetime.date(2030, 6, 1), True))
    assert table.cells[("KEN", 8)] == Reported(datetime.date(2030, 6, 1), True)
    table.add("KEN", 8, Reported(datetime.date(2030, 1, 1), False))
    assert table.cells[("KEN", 8)].exact
    table.add("KEN", 8, Reported(datetime.date(2031, 1, 1), False))
    assert table.cells[("KEN", 8)] == Reported(datetime.date(2031, 1, 1), False)


def test_the_table_narrows_by_chapter_and_group_and_shades_by_age(reports):
    table = coverage_table(AnonymousUser(), today=datetime.date(2034, 1, 1))
    assert table.articles == [8, 9]
    assert [state.iso3 for state, _ in table.rows] == ["KEN", "PER"]
    (_, cells), _ = table.rows
    assert [table.age(cell) for cell in cells] == ["older", "none"]
    assert table.age(Reported(datetime.date(2033, 1, 1), True)) == "recent"
    assert table.age(Reported(datetime.date(2020, 1, 1), True)) == "old"
    african = coverage_table(AnonymousUser(), group=State.objects.get(iso3="KEN").regional_group)
    assert [state.iso3 for state, _ in african.rows] == ["KEN"]
    assert coverage_table(AnonymousUser(), chapter=3).rows == []
