"""The demo corpus: its documents render to real files, and its hand annotations are well formed,
agree with the text and are the committed fixture files."""

import io
import json
import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import docx
import pypdfium2
import pytest
from django.core.management import call_command
from lxml import etree

from observatory.library.demo_corpus import (
    annotation_name,
    documents,
    expected_contract,
    generate_pages,
    get,
    render_docx,
    render_html,
    render_text,
    write_corpus,
)
from observatory.library.demo_corpus.annotations import dumps
from observatory.library.demo_corpus.html_renderer import render_pdf_with_pages
from observatory.library.demo_corpus.model import ADDRESSEES, CONDITIONS, FOOTNOTE_MARKER
from observatory.library.demo_corpus.text_renderer import FOOTNOTE_RULE, footnote_call, printed_lines

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extraction"
DOCS = documents()
STEMS = [d.stem for d in DOCS]
LONG = ("cosp7-resolutions.en", "cosp7-resolutions.fr", "wg4-2011-asset-declarations.en")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"

ID_RULES = {
    "numbered": r"\d+",
    "operative": r"\d+/\d+ op \d+|dec \d+/\d+ \([a-z]\)",
    "preambular": r"\d+/\d+ pp \d+",
    "footnote": r"fn (\d+|\*+)",
    "heading": r"h \d+",
    "text": r"t \d+",
}


@cache
def pdf(stem: str) -> tuple[bytes, int]:
    doc = next(d for d in DOCS if d.stem == stem)
    return render_pdf_with_pages(doc)


def contracts():
    return [expected_contract(d) for d in DOCS]


def pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


@pytest.mark.parametrize("stem", STEMS)
def test_every_document_renders_to_a_pdf_that_opens(stem):
    data, pages = pdf(stem)
    document = pypdfium2.PdfDocument(data)
    assert len(document) == pages
    width, height = document[0].get_size()
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    if stem in LONG:
        assert pages > 1


def test_pdf_has_footnotes_running_header_and_body_text():
    text = pdf_text(pdf("cosp7-resolutions.en")[0])
    assert "United Nations, Treaty Series, vol. 2349, No. 42146." in text
    assert text.count("CAC/COSP/2017/14") >= 3  # masthead and running headers
    assert "V.17-08795" in text
    assert "Strengthening asset declaration systems" in text


def test_arabic_comes_out_of_the_pdf_in_logical_order():
    text = " ".join(pdf_text(pdf("submission-2011-jordan.ar")[0]).split())
    for phrase in ("هيئة مكافحة الفساد ومدونات السلوك", "التعاون الإقليمي والدولي"):
        assert phrase in text
        assert phrase[::-1] not in text


def test_chinese_comes_out_of_the_pdf():
    text = "".join(pdf_text(pdf("submission-2011-china.zh")[0]).split())
    assert "领导干部报告个人有关事项制度" in text


@pytest.mark.parametrize("stem", STEMS)
def test_every_document_renders_to_a_docx_with_its_footnotes(stem):
    doc = next(d for d in DOCS if d.stem == stem)
    word = docx.Document(io.BytesIO(render_docx(doc)))
    body_text = "\n".join(p.text for p in word.paragraphs)
    assert doc.paragraphs[-1].text.split("[^")[0][:40] in body_text
    has_headings = any(p.kind == "heading" for p in doc.paragraphs)
    assert any(p.style.name.startswith("Heading") for p in word.paragraphs) == has_headings
    references = word.element.body.findall(f".//{W}footnoteReference")
    assert len(references) == len(doc.footnotes)
    if not doc.footnotes:
        return
    rel = next(r for r in word.part.rels.values() if r.reltype == FOOTNOTES_REL)
    assert rel.target_part.content_type.endswith("footnotes+xml")
    notes = etree.fromstring(rel.target_part.blob).findall(f"{W}footnote")
    texts = ["".join(n.itertext()).strip() for n in notes if n.get(f"{W}id") not in ("-1", "0")]
    for footnote in doc.footnotes:
        assert any(footnote.text in t for t in texts), footnote.marker


def test_docx_sets_operative_verbs_in_italics_and_indents_sub_paragraphs():
    word = docx.Document(io.BytesIO(render_docx(get("cosp7-resolutions", "en"))))
    italics = {run.text for p in word.paragraphs for run in p.runs if run.italic}
    assert {"Urges", "Also requests", "Calls upon", "Notes with appreciation"} <= italics
    sub = next(p for p in word.paragraphs if p.text.startswith("(a)\tThe use of electronic filing"))
    assert sub.paragraph_format.left_indent is not None and sub.paragraph_format.left_indent > 0


def test_arabic_docx_is_right_to_left():
    word = docx.Document(io.BytesIO(render_docx(get("submission-2011-jordan", "ar"))))
    body = word.element.body
    assert len(body.findall(f".//{W}bidi")) >= len(get("submission-2011-jordan", "ar").paragraphs)
    assert body.findall(f".//{W}rtl")


@pytest.mark.parametrize("stem", STEMS)
def test_every_document_renders_to_text_and_html(stem):
    doc = next(d for d in DOCS if d.stem == stem)
    text = render_text(doc)
    html = render_html(doc)
    assert "[^" not in text and "[^" not in html
    assert f'lang="{doc.language}"' in html
    assert ('dir="rtl"' in html) == (doc.language == "ar")


def pages_of(text: str) -> list[str]:
    return text.split("\f")


def test_text_has_the_page_debris_of_a_real_document():
    doc = get("cosp7-resolutions", "en")
    pages = pages_of(render_text(doc))
    assert len(pages) > 2
    assert all(page.lstrip("\n").startswith("CAC/COSP/2017/14\n") for page in pages[1:])
    assert "V.17-08795 (E)" in pages[0]
    assert FOOTNOTE_RULE in pages[0]
    assert re.search(r"^2/\d+\tV\.17-08795$", pages[1], re.MULTILINE)


@pytest.mark.parametrize("stem", LONG)
def test_footnotes_are_printed_on_the_page_that_calls_them(stem):
    doc = next(d for d in DOCS if d.stem == stem)
    printed = 0
    for page in pages_of(render_text(doc)):
        body, _, notes = page.partition(f"\n{FOOTNOTE_RULE}\n")
        for footnote in doc.footnotes:
            line = f"{footnote_call(footnote.marker)} {footnote.text}"
            if line in notes:
                printed += 1
                assert footnote_call(footnote.marker) in body
    assert printed == len(doc.footnotes)


def test_a_page_break_cuts_a_paragraph_in_two():
    cut = 0
    for stem in LONG:
        doc = next(d for d in DOCS if d.stem == stem)
        lines = set(render_text(doc).split("\n"))
        for paragraph in doc.paragraphs:
            for line in printed_lines(paragraph):
                if line not in lines:
                    assert any(line.startswith(other) for other in lines if len(other) > 20), line[:60]
                    cut += 1
    assert cut >= 2


def test_the_committed_annotation_files_are_what_the_generator_writes():
    committed = {p.name for p in FIXTURES.glob("*.expected.json")}
    assert committed == {annotation_name(d) for d in DOCS}
    for doc in DOCS:
        assert (FIXTURES / annotation_name(doc)).read_text(encoding="utf-8") == dumps(
            expected_contract(doc)
        ), (
            f"{annotation_name(doc)} is stale: run observatory make-demo-corpus tests/fixtures/extraction "
            "--formats none --annotations"
        )


def test_the_corpus_is_large_and_varied_enough():
    all_contracts = contracts()
    assert sum(len(c["paragraphs"]) for c in all_contracts) >= 200
    assert {c["kind"] for c in all_contracts} >= {"resolutions", "report", "note_verbale", "submission"}
    assert {c["language"] for c in all_contracts} == {"ar", "zh", "en", "fr", "ru", "es"}
    slugs = Counter(d.slug for d in DOCS)
    assert slugs["cosp7-resolutions"] == slugs["wg4-2011-asset-declarations"] == 2
    submissions = [d for d in DOCS if d.kind == "submission"]
    assert {d.language for d in submissions} >= {"ar", "ru", "zh"}
    assert all(d.state and d.symbol is None for d in submissions)


def test_every_id_follows_the_rules():
    for contract in contracts():
        ids = [p["id"] for p in contract["paragraphs"]]
        assert len(ids) == len(set(ids)), contract["source"]
        for p in contract["paragraphs"]:
            assert re.fullmatch(ID_RULES[p["kind"]], p["id"]), (contract["source"], p["id"])
            if p["kind"] in ("preambular", "operative") and not p["id"].startswith("dec "):
                assert p["id"].startswith(f"{p['resolution']} ")
            if p["kind"] == "operative" and not p["id"].startswith("dec "):
                assert p["id"].endswith(f" op {p['number']}")
            if p["kind"] == "numbered":
                assert p["id"] == p["number"]
        for prefix in ("h", "t"):
            counted = [int(i.split()[1]) for i in ids if i.split()[0] == prefix]
            assert counted == list(range(1, len(counted) + 1)), (contract["source"], prefix)
        preambular = defaultdict(list)
        for p in contract["paragraphs"]:
            if p["kind"] == "preambular":
                preambular[p["resolution"]].append(int(p["id"].rsplit(" ", 1)[1]))
        assert all(k == list(range(1, len(k) + 1)) for k in preambular.values())


def test_language_versions_share_ids_kinds_and_numbers():
    by_slug = defaultdict(list)
    for contract in contracts():
        by_slug[contract["source"].rsplit(".", 1)[0]].append(contract)
    compared = 0
    for versions in by_slug.values():
        shapes = [[(p["id"], p["kind"], p["number"]) for p in c["paragraphs"]] for c in versions]
        assert all(shape == shapes[0] for shape in shapes)
        symbols = {c["symbol"] for c in versions}
        assert len(symbols) == 1
        compared += len(versions) > 1
    assert compared == 5  # the cosp7 and cosp8 resolutions, the cosp9 report, the wg4 paper, the note


def test_every_reference_is_written_in_its_paragraph():
    for contract in contracts():
        for p in contract["paragraphs"]:
            text = p["text"]
            assert not FOOTNOTE_MARKER.search(text)
            for field in ("articles", "chapters", "resolutions", "symbols", "countries", "organizations"):
                for ref in p[field]:
                    assert ref["text"] in text, (contract["source"], p["id"], ref)
            # A name is not annotated more often than it is written.
            for field in ("countries", "organizations", "symbols"):
                for mention, count in Counter(r["text"] for r in p[field]).items():
                    assert count <= text.count(mention), (contract["source"], p["id"], mention)
            for ref in p["resolutions"]:
                assert ref["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", ref["date"])
                assert ref["kind"] in ("resolution", "decision")
            for ref in p["articles"]:
                assert 1 <= ref["article"] <= 71


def test_actions_are_on_operative_paragraphs_only_and_agree_with_the_text():
    operative = 0
    for contract in contracts():
        for p in contract["paragraphs"]:
            if p["kind"] != "operative":
                assert "action" not in p
                continue
            operative += 1
            action = p["action"]
            assert p["text"].startswith(action["verb"])
            assert action["verb_base"] == action["verb_base"].lower()
            assert set(action["addressees"]) <= set(ADDRESSEES)
            assert set(action["conditions"]) <= set(CONDITIONS)
            for duty in action["report_to"]:
                assert duty["text"] in p["text"]
                assert duty["session"] == "next" or duty["session"].isalpha()
    assert operative >= 40


def test_write_corpus_names_files_by_slug_and_language(tmp_path):
    chosen = [get("nv-2011-asset-declarations", "fr"), get("submission-2011-china", "zh")]
    written = write_corpus(tmp_path, formats=("docx", "txt", "html"), documents=chosen)
    assert sorted(p.name for p in written) == sorted(
        f"{d.stem}.{ext}" for d in chosen for ext in ("docx", "txt", "html")
    )
    assert "普通照会" in (tmp_path / "submission-2011-china.zh.txt").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="unknown format"):
        write_corpus(tmp_path, formats=("odt",), documents=chosen)


def test_generate_pages_writes_at_least_the_pages_asked_for_in_several_formats(tmp_path):
    # Enough pages for at least four files whatever the fonts make of a PDF (every fourth is DOCX).
    written = generate_pages(60, tmp_path)
    pages = 0
    for path in written:
        if path.suffix == ".pdf":
            pages += len(pypdfium2.PdfDocument(path.read_bytes()))
        elif path.suffix == ".txt":
            pages += path.read_text(encoding="utf-8").count("\f") + 1
        else:
            # A DOCX has no fixed pages; the generator counts those of its text rendering.
            text = "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)
            pages += max(1, len(text) // 1500)
    assert pages >= 60
    assert {p.suffix for p in written} >= {".pdf", ".docx"}
    assert len({p.name for p in written}) == len(written)


def test_make_demo_corpus_command_writes_files_and_annotations(tmp_path):
    call_command("make_demo_corpus", str(tmp_path), "--formats", "txt", "--annotations")
    names = {p.name for p in tmp_path.iterdir()}
    assert {f"{d.stem}.txt" for d in DOCS} <= names
    assert {annotation_name(d) for d in DOCS} <= names
    contract = json.loads((tmp_path / "cosp7-resolutions.en.expected.json").read_text(encoding="utf-8"))
    assert contract["symbol"] == "CAC/COSP/2017/14"
