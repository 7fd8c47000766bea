"""Mandates read from documents imported into the library: operative paragraphs and their later clauses,
recommendations of reports, categories, conditions, reporting duties resolved to dates, articles and
topics, and the language version they are read from."""

import datetime
import shutil
from pathlib import Path

import pytest

from observatory.accounts.permissions import SYSTEM
from observatory.library.bodies import Body
from observatory.library.demo_corpus import get, render
from observatory.library.models import Document
from observatory.library.services import import_file
from observatory.mandates.extraction import category_of, extract_mandates, mandate_version
from observatory.mandates.models import ActionCategory, MandateSource

pytestmark = pytest.mark.usefixtures("reference")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mandates"
EIGHTH_SESSION = datetime.date(2019, 12, 16)
NINTH_SESSION = datetime.date(2021, 12, 13)


def demo_file(tmp_path, slug: str, language: str, fmt: str = "txt") -> Path:
    path = tmp_path / f"{slug}.{language}.{fmt}"
    path.write_bytes(render(get(slug, language), fmt))
    return path


def fixture_file(tmp_path, language: str) -> Path:
    path = tmp_path / f"cosp8-resolutions.{language}.txt"
    shutil.copy(FIXTURES / path.name, path)
    return path


def specs_of(key: str) -> dict[tuple[str, int], object]:
    return {spec.key: spec for spec in extract_mandates(Document.objects.get(key=key))}


@pytest.fixture
def cosp7(tmp_path):
    assert import_file(SYSTEM, demo_file(tmp_path, "cosp7-resolutions", "en")).status == "imported"
    return specs_of("CAC/COSP/2017/14")


@pytest.fixture
def cosp8(tmp_path):
    assert import_file(SYSTEM, fixture_file(tmp_path, "en")).status == "imported"
    return specs_of("CAC/COSP/2019/17")


def test_every_operative_paragraph_of_a_resolution_is_a_mandate(cosp7):
    assert len(cosp7) == 25  # resolutions 7/1 (10), 7/2 (7), 7/3 (5) and decision 7/1 (3 items)
    spec = cosp7[("7/1 op 4", 0)]
    assert spec.source == MandateSource.OPERATIVE and spec.resolution == "7/1" and spec.number == "4"
    assert (spec.verb, spec.verb_base, spec.category) == ("Requests", "requests", ActionCategory.REQUESTS)
    assert spec.addressees == ["Secretariat"] and spec.conditions == ["extrabudgetary"]
    assert (spec.body, spec.session, spec.year, spec.language) == (Body.CONFERENCE, 7, 2017, "en")
    assert spec.text.startswith("Requests the Secretariat, subject to the availability")
    # Decision items have no resolution: their id names the decision.
    assert cosp7[("dec 7/1 (b)", 0)].resolution == "" and cosp7[("dec 7/1 (b)", 0)].addressees == [
        "Secretariat"
    ]
    positions = [spec.position for spec in cosp7.values()]
    assert positions == sorted(positions)


def test_categories_follow_the_opening_verb(cosp7):
    assert cosp7[("7/1 op 3", 0)].category == ActionCategory.CALLS_UPON
    assert cosp7[("7/3 op 4", 0)].category == ActionCategory.DECIDES
    assert cosp7[("7/1 op 9", 0)].category == ActionCategory.DECLARATIVE  # Notes with appreciation
    assert cosp7[("7/1 op 9", 0)].addressees == []
    assert cosp7[("dec 7/1 (a)", 0)].category == ActionCategory.DECLARATIVE  # To accept with gratitude


@pytest.mark.parametrize(
    ("verb_base", "category"),
    [
        ("decides", ActionCategory.DECIDES),
        ("requests", ActionCategory.REQUESTS),
        ("urges", ActionCategory.URGES),
        ("calls upon", ActionCategory.CALLS_UPON),
        ("encourages", ActionCategory.ENCOURAGES),
        ("invites", ActionCategory.INVITES),
        ("recommends", ActionCategory.RECOMMENDS),
        ("notes", ActionCategory.DECLARATIVE),
        ("takes note", ActionCategory.DECLARATIVE),
        ("welcomes", ActionCategory.DECLARATIVE),
        ("recognizes", ActionCategory.DECLARATIVE),
        ("stresses", ActionCategory.DECLARATIVE),
        ("reaffirms", ActionCategory.DECLARATIVE),
        ("authorizes", ActionCategory.OTHER),
        ("adopts", ActionCategory.OTHER),
        (None, ActionCategory.OTHER),
    ],
)
def test_category_of(verb_base, category):
    assert category_of(verb_base) == category


def test_reporting_duties_resolve_to_the_sessions_dates(cosp7):
    at_eighth = cosp7[("7/1 op 5", 0)]
    assert (at_eighth.report_body, at_eighth.report_session, at_eighth.report_due) == (
        Body.CONFERENCE,
        8,
        EIGHTH_SESSION,
    )
    assert at_eighth.report_text == "to the Conference at its eighth session"
    # "at its next session" of the Conference that adopted it, the seventh: the eighth.
    at_next = cosp7[("7/3 op 5", 0)]
    assert (at_next.report_body, at_next.report_session, at_next.report_due) == (
        Body.CONFERENCE,
        8,
        EIGHTH_SESSION,
    )
    # "the Working Group" is the one the document names in full; its meetings have no dates here.
    to_group = cosp7[("7/2 op 5", 0)]
    assert (to_group.report_body, to_group.report_session, to_group.report_due) == (
        Body.PREVENTION,
        None,
        None,
    )
    none = cosp7[("7/1 op 1", 0)]
    assert (none.report_body, none.report_session, none.report_due, none.report_text) == ("", None, None, "")


def test_a_real_resolution(tmp_path):
    path = tmp_path / "cosp3-resolution-3-2.en.txt"
    shutil.copy(FIXTURES.parent / "heldout" / path.name, path)
    assert import_file(SYSTEM, path, symbol="CAC/COSP/2009/15").status == "imported"
    specs = specs_of("CAC/COSP/2009/15")
    assert len([key for key in specs if key[1] == 0]) == 23
    assert (specs[("3/2 op 1", 0)].category, specs[("3/2 op 3", 0)].addressees) == (
        "declarative",
        ["Working Group"],
    )
    opening = specs[("3/2 op 5", 0)]
    assert (opening.addressees, opening.session, opening.year, opening.report_text) == (
        ["Secretariat"],
        3,
        2009,
        "",
    )
    # "…, and requests the Secretariat to report on such efforts to the working group": its own mandate,
    # and "the working group" is the interim working group that paragraph 2 establishes "to advise and
    # assist the Conference in the implementation of its mandate on the prevention of corruption".
    later = specs[("3/2 op 5", 1)]
    assert (later.parent_clause, later.addressees, later.report_body) == (0, ["Secretariat"], Body.PREVENTION)
    assert (later.report_text, later.report_session) == ("to the working group", None)
    # A paragraph with the duty in its opening clause.
    assert specs[("3/2 op 10", 0)].report_body == Body.PREVENTION


def test_a_later_clause_that_addresses_a_second_actor_is_its_own_mandate(cosp8):
    opening, later = cosp8[("8/2 op 6", 0)], cosp8[("8/2 op 6", 1)]
    assert (opening.category, opening.addressees) == (ActionCategory.DECIDES, ["Working Group"])
    assert opening.parent_clause is None and later.parent_clause == 0
    assert (later.verb, later.category, later.addressees) == (
        "requests",
        ActionCategory.REQUESTS,
        ["Working Group"],
    )
    assert later.text.startswith("requests the Working Group to report on its deliberations")
    assert opening.text.startswith("Decides that the Working Group on Asset Recovery")
    # The duty belongs to the later clause; the condition to the opening one.
    assert (opening.conditions, opening.report_body, opening.report_due) == (["mandate"], "", None)
    assert (later.conditions, later.report_body, later.report_session, later.report_due) == (
        [],
        Body.CONFERENCE,
        9,
        NINTH_SESSION,
    )
    assert (later.pid, later.position, later.resolution) == (opening.pid, opening.position, "8/2")
    # The same paragraph's articles and topics, and the body and session that adopted it.
    assert (later.body, later.session, later.year) == (Body.CONFERENCE, 8, 2019)


def test_conditions_of_later_clauses_are_not_the_opening_clauses(cosp8):
    welcomes, decides = cosp8[("8/4 op 2", 0)], cosp8[("8/4 op 2", 1)]
    assert (welcomes.category, welcomes.addressees, welcomes.conditions) == (
        ActionCategory.DECLARATIVE,
        [],
        [],
    )
    assert (decides.category, decides.addressees, decides.conditions) == (
        ActionCategory.DECIDES,
        ["Working Group"],
        ["existing_resources"],
    )
    assert cosp8[("8/2 op 10", 1)].addressees == ["donors"]
    assert cosp8[("8/4 op 6", 0)].conditions == ["upon_request", "extrabudgetary"]
    assert ("8/4 op 6", 1) not in cosp8  # ", subject to …" is no second clause


def test_a_named_working_group_and_several_duties(cosp8):
    to_asset_recovery = cosp8[("8/2 op 4", 0)]
    assert (to_asset_recovery.report_body, to_asset_recovery.report_session) == (Body.ASSET_RECOVERY, None)
    # Two duties: the first to a body the tracker follows is kept, and both are in the text.
    both = cosp8[("8/4 op 9", 0)]
    assert both.report_body == Body.PREVENTION  # "the Working Group" of resolution 8/4, on prevention
    assert (
        both.report_text == "to the Working Group at its next meeting; to the Conference at its ninth session"
    )
    at_next = cosp8[("8/7 op 6", 0)]
    assert (at_next.report_body, at_next.report_session, at_next.report_due) == (
        Body.CONFERENCE,
        9,
        NINTH_SESSION,
    )


def test_articles_are_those_cited_with_the_topics_of_those_articles(cosp7):
    spec = cosp7[("7/1 op 3", 0)]
    assert spec.articles == (8,)
    assert {"codes-of-conduct", "conflicts-of-interest", "public-sector"} <= set(spec.topics)
    assert set(cosp7[("7/2 op 2", 0)].articles) == {13, 39}
    assert cosp7[("7/1 op 4", 0)].articles == () and cosp7[("7/1 op 4", 0)].topics == ()


def test_a_paragraph_citing_no_article_takes_those_of_its_resolutions_title(tmp_path):
    path = tmp_path / "resolution.en.md"
    path.write_text(
        "CAC/COSP/2021/16\n\n"
        "Resolution 9/3\n\n"
        "Public procurement and the management of public finances (article 9 of the Convention)\n\n"
        "The Conference of the States Parties to the United Nations Convention against Corruption,\n\n"
        "Recalling articles 5 to 14 of the Convention,\n\n"
        "1. Urges States parties to publish information on public procurement, in line with article 10;\n\n"
        "2. Requests the Secretariat to collect good practices and to report to the Conference at its tenth "
        "session.\n",
        encoding="utf-8",
    )
    assert import_file(SYSTEM, path, kind="resolutions").status == "imported"
    specs = specs_of("CAC/COSP/2021/16")
    assert specs[("9/3 op 1", 0)].articles == (10,)
    second = specs[("9/3 op 2", 0)]
    assert second.articles == (9,)  # from the title, not the preamble's articles 5 to 14
    assert {"public-procurement", "public-finance-management"} <= set(second.topics)
    assert (second.session, second.report_session, second.report_due) == (9, 10, datetime.date(2023, 12, 11))


def test_recommendations_of_a_report_are_mandates(tmp_path):
    assert import_file(SYSTEM, demo_file(tmp_path, "wg4-2011-asset-declarations", "en")).status == "imported"
    specs = specs_of("CAC/COSP/WG.4/2011/3")
    # Only the "Conclusions and recommendations" section: paragraph 2 recalls an earlier meeting's
    # recommendation, paragraph 19 concludes without recommending.
    assert sorted(pid for pid, _clause in specs) == ["20", "21", "22", "23"]
    request = specs[("21", 0)]
    assert request.source == MandateSource.RECOMMENDATION
    assert (request.category, request.addressees, request.conditions) == (
        ActionCategory.REQUESTS,
        ["Secretariat"],
        ["extrabudgetary"],
    )
    assert (request.body, request.session, request.year) == (Body.PREVENTION, None, 2011)
    assert request.report_body == Body.PREVENTION  # "to the Working Group": the report's own
    assert specs[("23", 0)].category == ActionCategory.RECOMMENDS
    assert specs[("23", 0)].addressees == ["Conference"]
    # The title cites articles 7 and 8: recommendations that cite none are about them.
    assert request.articles == (7, 8)


def test_recommendations_in_other_languages(tmp_path):
    assert import_file(SYSTEM, demo_file(tmp_path, "wg4-2011-asset-declarations", "es")).status == "imported"
    specs = specs_of("CAC/COSP/WG.4/2011/3")
    assert {spec.source for spec in specs.values()} == {MandateSource.RECOMMENDATION}
    request = specs[("21", 0)]
    assert (request.language, request.category, request.addressees) == (
        "es",
        ActionCategory.REQUESTS,
        ["Secretariat"],
    )


def test_a_report_without_a_recommendations_section(tmp_path):
    path = tmp_path / "report.en.md"
    path.write_text(
        "CAC/COSP/WG.2/2019/4\n\n"
        "Report on the meeting of the Working Group on Asset Recovery held in Vienna on 4 and 5 June 2019\n\n"
        "1. The Working Group held its meeting in Vienna on 4 and 5 June 2019.\n\n"
        "2. The Working Group recommended that States parties make use of the guidelines on the "
        "management of confiscated assets.\n\n"
        "3. Several speakers described their national experience with the return of assets.\n\n"
        "4. The Working Group recommended that the Secretariat, within existing resources, prepare a study "
        "on the disposal of confiscated assets and report thereon to the Working Group at its next "
        "meeting.\n",
        encoding="utf-8",
    )
    assert import_file(SYSTEM, path, kind="report").status == "imported"
    specs = specs_of("CAC/COSP/WG.2/2019/4")
    assert sorted(pid for pid, _clause in specs) == ["2", "4"]
    study = specs[("4", 0)]
    assert (study.body, study.addressees, study.conditions) == (
        Body.ASSET_RECOVERY,
        ["Secretariat"],
        ["existing_resources"],
    )
    assert study.report_body == Body.ASSET_RECOVERY


def test_the_english_version_when_there_is_one_else_the_first_in_un_order(tmp_path):
    import_file(SYSTEM, fixture_file(tmp_path, "es"))
    import_file(SYSTEM, fixture_file(tmp_path, "fr"))
    document = Document.objects.get(key="CAC/COSP/2019/17")
    assert mandate_version(document).language == "fr"
    french = specs_of("CAC/COSP/2019/17")
    assert {spec.language for spec in french.values()} == {"fr"}
    assert french[("8/2 op 6", 0)].verb == "Décide" and french[("8/2 op 6", 1)].addressees == [
        "Working Group"
    ]
    assert french[("8/2 op 11", 0)].report_session == 9  # "de lui faire rapport, à sa neuvième session"
    import_file(SYSTEM, fixture_file(tmp_path, "en"))
    assert mandate_version(document).language == "en"
    assert {spec.language for spec in specs_of("CAC/COSP/2019/17").values()} == {"en"}
    assert set(specs_of("CAC/COSP/2019/17")) == set(french)  # the same paragraphs and clauses


def test_documents_of_other_kinds_have_no_mandates(tmp_path):
    import_file(SYSTEM, demo_file(tmp_path, "nv-2011-asset-declarations", "en"))
    import_file(SYSTEM, demo_file(tmp_path, "submission-2011-mexico", "es"))
    kinds = set(Document.objects.values_list("kind", flat=True))
    assert kinds and not kinds & {"resolutions", "report"}
    assert all(extract_mandates(document) == [] for document in Document.objects.all())
