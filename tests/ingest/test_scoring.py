"""The extraction scorer: counts that move exactly where the prediction differs from the annotation."""

import copy
import json
import sys
import types
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from observatory.ingest.scoring import format_scores, score, score_many

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extraction"


def paragraph(pid, kind, text, **extra):
    entry = {
        "id": pid,
        "kind": kind,
        "number": None,
        "resolution": None,
        "text": text,
        "language": "en",
        "articles": [],
        "chapters": [],
        "resolutions": [],
        "symbols": [],
        "countries": [],
        "organizations": [],
    }
    entry.update(extra)
    return entry


@pytest.fixture
def expected():
    return {
        "source": "demo.en",
        "language": "en",
        "symbol": "CAC/COSP/2017/14",
        "title": "Demo",
        "kind": "resolutions",
        "paragraphs": [
            paragraph(
                "7/1 pp 1",
                "preambular",
                "Recalling article 8, paragraph 5, of the Convention,",
                resolution="7/1",
                articles=[
                    {"article": 8, "paragraph": "5", "subparagraph": None, "text": "article 8, paragraph 5"}
                ],
            ),
            paragraph(
                "7/1 op 1",
                "operative",
                "Requests the Secretariat, within existing resources, to report to the Conference at its "
                "eighth "
                "session, and thanks Norway;",
                resolution="7/1",
                countries=[{"iso3": "NOR", "text": "Norway"}],
                action={
                    "verb": "Requests",
                    "verb_base": "requests",
                    "addressees": ["Secretariat"],
                    "conditions": ["existing_resources"],
                    "report_to": [{"body": "Conference", "session": "eighth", "text": "to the Conference"}],
                },
            ),
            paragraph(
                "fn 1",
                "footnote",
                "CAC/COSP/WG.4/2011/3.",
                symbols=[{"symbol": "CAC/COSP/WG.4/2011/3", "text": "CAC/COSP/WG.4/2011/3"}],
            ),
        ],
    }


def find(contract, pid):
    return next(p for p in contract["paragraphs"] if p["id"] == pid)


def test_a_perfect_prediction_scores_one_everywhere(expected):
    scores = score(copy.deepcopy(expected), expected)
    for name, counts in scores.counts.items():
        assert (counts.fp, counts.fn) == (0, 0), name
        assert counts.precision == counts.recall == counts.f1 == 1.0
    assert all(a.value == 1.0 for a in scores.accuracies.values())
    assert scores.counts["paragraph ids"].tp == 3
    assert scores.counts["articles"].tp == 1
    assert scores.accuracies["action.verb_base"].total == 1
    assert scores.text_similarity == 1.0
    assert scores.errors == {}


def test_a_missing_paragraph_is_one_false_negative_with_its_references(expected):
    predicted = copy.deepcopy(expected)
    predicted["paragraphs"] = [p for p in predicted["paragraphs"] if p["id"] != "fn 1"]
    scores = score(predicted, expected)
    ids = scores.counts["paragraph ids"]
    assert (ids.tp, ids.fp, ids.fn) == (2, 0, 1)
    assert (scores.counts["symbols"].tp, scores.counts["symbols"].fn) == (0, 1)
    assert scores.counts["articles"].fn == 0
    assert scores.accuracies["kind"].total == 2
    assert ids.recall == pytest.approx(2 / 3)


def test_a_wrong_article_is_one_false_positive_and_one_false_negative(expected):
    predicted = copy.deepcopy(expected)
    find(predicted, "7/1 pp 1")["articles"][0]["paragraph"] = "4"
    articles = score(predicted, expected).counts["articles"]
    assert (articles.tp, articles.fp, articles.fn) == (0, 1, 1)


def test_an_extra_country_is_one_false_positive(expected):
    predicted = copy.deepcopy(expected)
    find(predicted, "7/1 pp 1")["countries"].append({"iso3": "AUT", "text": "Vienna"})
    scores = score(predicted, expected)
    countries = scores.counts["countries"]
    assert (countries.tp, countries.fp, countries.fn) == (1, 1, 0)
    assert countries.precision == 0.5 and countries.recall == 1.0
    assert scores.errors["countries"] == ["demo.en: extra ('7/1 pp 1', 'AUT')"]
    assert all(c.fp == 0 for name, c in scores.counts.items() if name != "countries")


def test_a_reference_in_the_wrong_paragraph_counts_as_missed_and_extra(expected):
    predicted = copy.deepcopy(expected)
    find(predicted, "7/1 op 1")["countries"] = []
    find(predicted, "7/1 pp 1")["countries"] = [{"iso3": "NOR", "text": "Norway"}]
    countries = score(predicted, expected).counts["countries"]
    assert (countries.tp, countries.fp, countries.fn) == (0, 1, 1)


def test_text_is_compared_after_folding_whitespace(expected):
    predicted = copy.deepcopy(expected)
    find(predicted, "fn 1")["text"] = "  CAC/COSP/WG.4/2011/3.\n"
    find(predicted, "7/1 pp 1")["text"] = "Recalling article 8, paragraph 5, of the Convention,7"
    scores = score(predicted, expected)
    assert (scores.accuracies["text"].correct, scores.accuracies["text"].total) == (2, 3)
    assert 0.9 < scores.text_similarity < 1.0
    assert "got" in scores.errors["text"][0] and "[7/1 pp 1]" in scores.errors["text"][0]


def test_kind_language_and_document_fields_are_accuracies(expected):
    predicted = copy.deepcopy(expected)
    find(predicted, "7/1 pp 1")["kind"] = "text"
    find(predicted, "fn 1")["language"] = "fr"
    predicted["symbol"] = None
    scores = score(predicted, expected)
    assert scores.accuracies["kind"].correct == 2
    assert scores.accuracies["language"].correct == 2
    assert scores.accuracies["document.symbol"].value == 0.0
    assert scores.accuracies["document.kind"].value == 1.0


def test_actions_are_scored_by_verb_addressee_condition_and_reporting_duty(expected):
    predicted = copy.deepcopy(expected)
    action = find(predicted, "7/1 op 1")["action"]
    action["verb_base"] = "Requests"  # case does not matter
    action["addressees"] = ["Secretariat", "States parties"]
    action["conditions"] = []
    action["report_to"][0]["session"] = "next"
    scores = score(predicted, expected)
    assert scores.accuracies["action.verb_base"].value == 1.0
    addressees = scores.counts["action.addressees"]
    assert (addressees.tp, addressees.fp, addressees.fn) == (1, 1, 0)
    conditions = scores.counts["action.conditions"]
    assert (conditions.tp, conditions.fp, conditions.fn) == (0, 0, 1)
    report_to = scores.counts["action.report_to"]
    assert (report_to.tp, report_to.fp, report_to.fn) == (0, 1, 1)


def test_a_missing_action_gets_the_verb_wrong(expected):
    predicted = copy.deepcopy(expected)
    del find(predicted, "7/1 op 1")["action"]
    scores = score(predicted, expected)
    assert scores.accuracies["action.verb_base"].value == 0.0
    assert scores.counts["action.addressees"].fn == 1


def test_a_duplicated_id_is_an_extra_paragraph(expected):
    predicted = copy.deepcopy(expected)
    predicted["paragraphs"].append(copy.deepcopy(find(predicted, "fn 1")))
    scores = score(predicted, expected)
    assert (scores.counts["paragraph ids"].tp, scores.counts["paragraph ids"].fp) == (3, 1)
    assert scores.counts["symbols"].fp == 1


def test_score_many_adds_the_counts_of_every_document(expected):
    wrong = copy.deepcopy(expected)
    find(wrong, "7/1 op 1")["countries"] = []
    total = score_many([(copy.deepcopy(expected), expected), (wrong, expected)])
    assert total.documents == 2
    countries = total.counts["countries"]
    assert (countries.tp, countries.fp, countries.fn) == (1, 0, 1)
    assert total.accuracies["document.language"].total == 2


def test_format_scores_prints_counts_and_with_verbose_the_first_errors(expected):
    predicted = copy.deepcopy(expected)
    for iso3 in ("AUT", "BEL", "CAN"):
        find(predicted, "fn 1")["countries"].append({"iso3": iso3, "text": iso3})
    scores = score(predicted, expected)
    table = format_scores(scores)
    line = next(row for row in table.splitlines() if row.startswith("countries"))
    assert line.split()[-3:] == ["1", "3", "0"]
    assert "extra" not in table
    verbose = format_scores(scores, verbose=True, max_errors=2)
    assert "countries: 3 mismatches, first 2" in verbose
    assert "('fn 1', 'AUT')" in verbose and "('fn 1', 'CAN')" not in verbose


def test_each_committed_annotation_scores_perfectly_against_itself():
    paths = sorted(FIXTURES.glob("*.expected.json"))
    assert paths
    contracts = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    total = score_many((copy.deepcopy(c), c) for c in contracts)
    assert all(c.fp == c.fn == 0 for c in total.counts.values())
    assert total.counts["articles"].tp > 50


def write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_command_scores_given_pairs(tmp_path, expected, capsys):
    predicted = copy.deepcopy(expected)
    find(predicted, "7/1 pp 1")["countries"].append({"iso3": "AUT", "text": "Austria"})
    call_command(
        "score_extraction",
        "--pair",
        str(write(tmp_path / "p.json", predicted)),
        str(write(tmp_path / "e.json", expected)),
        "--verbose",
    )
    out = capsys.readouterr().out
    assert "Documents scored: 1" in out
    assert "missing" not in out and "extra ('7/1 pp 1', 'AUT')" in out


@pytest.fixture
def fake_pipeline(monkeypatch, expected):
    """A stand-in for the pipeline, so the command's extraction path is tested without it."""
    calls = []

    def extract_contract(path):
        calls.append(Path(path).name)
        if Path(path).suffix == ".docx":
            raise ValueError("cannot read")
        return copy.deepcopy(expected)

    module = types.ModuleType("observatory.ingest.pipeline")
    module.extract_contract = extract_contract
    monkeypatch.setitem(sys.modules, "observatory.ingest.pipeline", module)
    return calls


def test_command_extracts_the_files_beside_each_annotation(tmp_path, expected, fake_pipeline, capsys):
    annotation = write(tmp_path / "demo.en.expected.json", expected)
    (tmp_path / "demo.en.pdf").write_bytes(b"%PDF")
    (tmp_path / "demo.en.txt").write_text("text")
    call_command("score_extraction", str(annotation), "--json")
    figures = json.loads(capsys.readouterr().out)
    assert fake_pipeline == ["demo.en.pdf", "demo.en.txt"]
    assert set(figures) == {"pdf", "txt", "total"}
    assert figures["total"]["documents"] == 2
    assert figures["total"]["articles"]["f1"] == 1.0


def test_command_goes_on_after_a_failed_extraction_and_says_so(tmp_path, expected, fake_pipeline, capsys):
    annotation = write(tmp_path / "demo.en.expected.json", expected)
    (tmp_path / "demo.en.docx").write_bytes(b"PK")
    (tmp_path / "demo.en.txt").write_text("text")
    with pytest.raises(CommandError, match="1 file"):
        call_command(
            "score_extraction",
            *("--extract", str(tmp_path / "demo.en.docx"), str(annotation)),
            *("--extract", str(tmp_path / "demo.en.txt"), str(annotation)),
        )
    captured = capsys.readouterr()
    assert "demo.en.docx: extraction failed: cannot read" in captured.err
    assert "Documents scored: 1" in captured.out


def test_command_names_the_file_that_is_not_json(tmp_path, expected):
    bad = tmp_path / "bad.json"
    bad.write_text("{\n  nope", encoding="utf-8")
    with pytest.raises(CommandError, match=r"bad.json: not valid JSON \(line 2"):
        call_command("score_extraction", "--pair", str(bad), str(write(tmp_path / "e.json", expected)))
    with pytest.raises(CommandError, match="nothing to score"):
        call_command("score_extraction")
