"""A background paper from the demo's closed call, in a real browser: the Secretariat starts the paper,
reads the approaches found, names one, writes a section citing a State's paragraph, and downloads the
paper as DOCX and PDF; both files are opened and read, and the PDF's pages are rendered to PNG."""

import io
import zipfile

import docx
import pypdfium2 as pdfium
import pytest
from docx.oxml.ns import qn
from lxml import etree

from observatory.accounts.demo import DEMO_PASSWORD, create_demo_accounts
from observatory.collection import demo, services
from observatory.collection.models import Call
from observatory.papers.models import Paper

from .test_collection_loop import _sign_in

pytestmark = pytest.mark.browser


def test_a_background_paper_from_the_closed_call(
    browser, live_server, flushable_audit_log, reference, screenshot_dir
):
    services.load_checklist()
    create_demo_accounts()
    demo.load_demo_collection(password=DEMO_PASSWORD)
    call = Call.objects.get(symbol=demo.CLOSED_SYMBOL)

    context, page = _sign_in(browser, live_server, "secretariat", "en", password=DEMO_PASSWORD)
    page.get_by_role("link", name="Background papers").click()
    page.wait_for_url("**/en/papers/")
    page.get_by_label("Title").fill("Public procurement and the management of public finances")
    page.get_by_label("Symbol").fill("CAC/COSP/WG.4/2027/3")
    page.get_by_label("Call for information").select_option(str(call.pk))
    page.get_by_role("button", name="Start the paper").click()
    page.wait_for_url("**/en/papers/*/")
    paper = Paper.objects.get()
    assert paper.paragraph_count > 0

    # The approaches, their States and representative passages; name the first approach.
    first = page.locator("li.approach").first
    first.get_by_label("Name").fill("Electronic procurement")
    first.get_by_role("button", name="Rename").click()
    page.wait_for_url("**/en/papers/*/#approach-*")
    assert page.locator("li.approach h4").first.inner_text() == "Electronic procurement"
    marker = page.locator("li.approach blockquote.passage code").first.inner_text()
    state = page.locator("li.approach blockquote.passage footer a").first.inner_text().split(",")[0]

    # A section written with its source, and one sentence left without.
    section = page.locator("section.paper-section").first
    section.get_by_label("Text").fill(f"Several States publish every tender online.{marker} Others plan to.")
    section.get_by_role("button", name="Save the section").click()
    page.wait_for_url("**/#section-*")
    assert "1 sentence has no source." in page.locator("section.paper-section").first.inner_text()
    page.screenshot(path=str(screenshot_dir / "paper-workbench.png"), full_page=True)

    # The paper as DOCX: the masthead, the numbered text, the source in a footnote.
    with page.expect_download() as caught:
        page.get_by_role("link", name="DOCX").nth(2).click()  # English: third in the UN order
    data = open(caught.value.path(), "rb").read()  # noqa: SIM115 - Playwright's temporary file
    document = docx.Document(io.BytesIO(data))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Public procurement and the management of public finances" in text
    assert "Several States publish every tender online. Others plan to." in text
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        notes = etree.fromstring(archive.read("word/footnotes.xml"))
    footnotes = ["".join(n.itertext()) for n in notes.iter(qn("w:footnote")) if n.get(qn("w:type")) is None]
    assert any(state in note for note in footnotes), (state, footnotes[:3])

    # The paper as PDF: the same text, each page rendered to PNG and saved.
    with page.expect_download() as caught:
        page.get_by_role("link", name="PDF").nth(2).click()
    pdf = pdfium.PdfDocument(caught.value.path())
    printed = " ".join(" ".join(p.get_textpage().get_text_range() for p in pdf).split())
    assert "Several States publish every tender online." in printed and state in printed
    for number, pdf_page in enumerate(pdf, start=1):
        pdf_page.render(scale=1.5).to_pil().save(screenshot_dir / f"paper-page-{number}.png")
    assert (screenshot_dir / "paper-page-1.png").stat().st_size > 10_000
    context.close()
