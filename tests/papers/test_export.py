"""A background paper exported as DOCX and PDF, opened again and read: UN layout, numbered paragraphs,
footnotes carrying the sources, the statistics sentence with the late submitters in a footnote; Arabic
right to left, Chinese fonts embedded; and no source the paper's audience may not read."""

import datetime
import io
import zipfile

import docx
import pypdfium2 as pdfium
import pytest
from docx.oxml.ns import qn
from lxml import etree

from observatory.convention.models import Article
from observatory.core.errors import InvalidInput, PermissionDenied
from observatory.library.models import Document, Visibility
from observatory.papers import export, services
from observatory.papers.models import Member
from tests.mandates.test_reports import pdf_fonts
from tests.papers.test_selectors import answer, publish

TODAY = datetime.date(2031, 9, 1)


def footnotes(data: bytes) -> list[str]:
    """The text of each footnote of a DOCX (separators left out)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/footnotes.xml"))
    return [
        "".join(note.itertext()).strip()
        for note in root.iter(qn("w:footnote"))
        if note.get(qn("w:type")) is None
    ]


def body_text(data: bytes) -> list[str]:
    """The masthead's cells, then the paragraphs of the body."""
    document = docx.Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return cells + [paragraph.text for paragraph in document.paragraphs]


def pdf_text(data: bytes) -> str:
    return "\n".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(data))


@pytest.fixture
def written(users, hand_grouped):
    officer = users["secretariat"]
    paper = services.create_paper(
        officer,
        title="Asset declaration systems",
        symbol="CAC/COSP/WG.4/2031/2",
        language="en",
        articles=Article.objects.filter(number__in=[8, 9]),
    )
    eight = paper.sections.get(article__number=8)
    first, second = (
        Member.objects.filter(approach__section=eight)
        .order_by("pk")
        .values_list("paragraph_id", flat=True)[:2]
    )
    services.save_section(
        officer,
        eight,
        heading="Asset declarations",
        text=f"Most States described electronic filing.[^{first}]\n\nOthers publish declarations.[^{second}]",
        revision=1,
    )
    return paper, first, second


def test_the_docx_in_un_layout_with_its_sources_in_footnotes(users, written):
    paper, first, _ = written
    data, name = export.paper_file(users["secretariat"], paper, format="docx")
    assert name == "background-paper.CAC-COSP-WG-4-2031-2.en.docx"
    text = body_text(data)
    joined = "\n".join(text)
    for expected in (
        "United Nations",
        "CAC/COSP/WG.4/2031/2",
        "Working Group on the Prevention of Corruption",
        "Asset declaration systems",
        "Background paper prepared by the Secretariat",
        "I.\tIntroduction",
        "II.\tApproaches of States",
        "A.\tAsset declarations",
    ):
        assert expected in joined, expected
    assert "1.\tMost States described electronic filing." in text
    assert "2.\tOthers publish declarations." in text
    assert "[^" not in joined
    notes = footnotes(data)
    # Two citations, then section B (never written) drafted: one footnote per representative passage.
    assert notes[0].endswith("para. 1.") and len(notes) > 2
    first_doc = Document.objects.get(versions__current__paragraphs__pk=first)
    assert first_doc.state.name_en in notes[0]
    assert any(line.startswith("B.\t") for line in text)
    assert any("States:" in line for line in text)  # the drafted paragraphs of section B


def test_the_pdf_carries_the_same_text_and_footnotes(users, written):
    paper, _, _ = written
    data, name = export.paper_file(users["secretariat"], paper, format="pdf")
    assert data.startswith(b"%PDF") and name.endswith(".en.pdf")
    text = " ".join(pdf_text(data).split())
    assert (
        "Most States described electronic filing." in text
        and "Background paper prepared by the Secretariat" in text
    )
    docx_notes = footnotes(export.paper_file(users["secretariat"], paper, format="docx")[0])
    assert " ".join(docx_notes[0].split()) in text  # the footnote printed at the foot of the page


def test_the_statistics_sentence_names_late_submitters_in_a_footnote(users, hand_grouped):
    from observatory.collection.models import Call, CallStatus

    call = Call.objects.create(
        title_en="Asset declarations", deadline=datetime.date(2031, 5, 27), status=CallStatus.CLOSED
    )
    call.articles.set(Article.objects.filter(number=8))
    publish(call, "LSO", [answer(8)])
    publish(call, "ISL", [answer(8)], late=True)
    paper = services.create_paper(users["secretariat"], title="P", language="en", call=call)
    data, _ = export.paper_file(users["secretariat"], paper, format="docx")
    (sentence,) = [line for line in body_text(data) if line.startswith("1.\t")]
    assert "Lesotho" in sentence and "Iceland" not in sentence
    assert any("after that date" in note and "Iceland" in note for note in footnotes(data))


@pytest.mark.parametrize("language", ["ar", "zh", "fr", "ru", "es"])
def test_the_paper_in_each_language(users, written, language):
    paper, _, _ = written
    data, name = export.paper_file(users["secretariat"], paper, format="docx", language=language)
    assert name.endswith(f".{language}.docx")
    text = "\n".join(body_text(data))
    assert "Background paper prepared by the Secretariat" not in text  # translated
    assert "Most States described electronic filing." in text  # the officer's text, as written
    if language == "ar":
        document = docx.Document(io.BytesIO(data))
        assert document.paragraphs[-1]._p.pPr.find(qn("w:bidi")) is not None or any(
            p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None for p in document.paragraphs
        )
        assert "ألف-" in text and "أولاً-" in text


def test_chinese_fonts_are_embedded_in_the_pdf(users, written):
    paper, _, _ = written
    data, _ = export.paper_file(users["secretariat"], paper, format="pdf", language="zh")
    fonts = pdf_fonts(data)
    assert any("CJK" in name for name, _ in fonts) and all(embedded for _, embedded in fonts)


def test_a_source_narrowed_since_it_was_cited_stops_the_export(users, written):
    paper, first, _ = written
    Document.objects.filter(versions__current__paragraphs__pk=first).update(visibility=Visibility.SECRETARIAT)
    with pytest.raises(InvalidInput) as caught:
        export.paper_file(users["secretariat"], paper, format="docx")
    assert f"[^{first}]" in caught.value.message


def test_only_the_secretariat_exports_and_bad_requests_are_refused(users, written):
    paper, _, _ = written
    with pytest.raises(PermissionDenied):
        export.paper_file(users["focal_point"], paper, format="pdf")
    with pytest.raises(InvalidInput):
        export.paper_file(users["secretariat"], paper, format="odt")
    with pytest.raises(InvalidInput):
        export.paper_file(users["secretariat"], paper, format="docx", language="de")


def test_a_source_no_longer_in_the_current_revision_stops_the_export(users, written):
    """A State that publishes again without a paragraph: the old revision's paragraph is no source."""
    from observatory.library.models import LanguageVersion, Revision
    from tests.library_documents import make_document  # noqa: F401 (the helper the fixture used)

    paper, first, _ = written
    version = LanguageVersion.objects.get(current__paragraphs__pk=first)
    newer = Revision.objects.create(
        version=version,
        number=2,
        source_name="again.md",
        format="md",
        file_sha256="b" * 64,
        text_sha256="b" * 64,
    )
    version.current = newer
    version.save(update_fields=["current"])
    with pytest.raises(InvalidInput) as caught:
        export.paper_file(users["secretariat"], paper, format="docx")
    assert f"[^{first}]" in caught.value.message


def test_a_drafted_section_checks_every_member_not_only_the_representatives(users, hand_grouped):
    paper = services.create_paper(
        users["secretariat"], title="P", language="en", articles=Article.objects.filter(number=8)
    )
    approach = max(paper.sections.get().approaches.all(), key=lambda a: a.members.count())
    last = approach.members.order_by("centrality").first()  # never a representative
    Document.objects.filter(versions__current__paragraphs__pk=last.paragraph_id).update(
        visibility=Visibility.SECRETARIAT
    )
    with pytest.raises(InvalidInput) as caught:
        export.paper_file(users["secretariat"], paper, format="docx")
    assert f"[^{last.paragraph_id}]" in caught.value.message


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_paper_with_nothing_to_draw_on_still_exports(users, reference, fmt):
    paper = services.create_paper(
        users["secretariat"], title="Nothing yet", language="fr", articles=Article.objects.filter(number=3)
    )
    assert paper.paragraph_count == 0 and not paper.sections.exists()
    data, name = export.paper_file(users["secretariat"], paper, format=fmt)
    text = "\n".join(body_text(data)) if fmt == "docx" else pdf_text(data)
    assert "Nothing yet" in text and name.endswith(f".fr.{fmt}")
