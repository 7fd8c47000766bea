"""Word documents: order, headings, Word's list numbering, footnotes after their paragraphs, italics."""

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from observatory.ingest.extract import extract_bytes
from tests.ingest.extract.builders import SENTENCES, WordDocument


@pytest.fixture(scope="module")
def resolution():
    word = WordDocument()
    document = word.document
    document.core_properties.title = "Resolution 3/2"
    document.add_heading("Resolution 3/2", level=0)
    document.add_heading("Preventive measures", level=1)
    chapeau = document.add_paragraph(SENTENCES["en"])
    word.footnote(chapeau, "United Nations, Treaty Series, vol. 2349, No. 42146.")
    recalling = document.add_paragraph()
    recalling.add_run("Recalling").italic = True
    recalling.add_run(" article 61, paragraph 2, of the Convention,")
    operative = word.list_definition(
        [("decimal", "%1.", 1), ("lowerLetter", "(%2)", 1), ("lowerRoman", "%3)", 1)]
    )
    first = word.numbered(
        " of the work carried out by the Secretariat;", operative, italic_start="Takes note"
    )
    word.footnote(first, "CAC/COSP/2009/9 and Add.1.")
    word.footnote(first, "CAC/COSP/2009/12.")
    word.numbered(" to establish a working group:", operative, italic_start="Decides")
    word.numbered("Assist the Conference;", operative, level=1)
    word.numbered("Facilitate the exchange:", operative, level=1)
    word.numbered("of information;", operative, level=2)
    word.numbered(" the Secretariat to report.", operative, italic_start="Requests")
    word.numbered("Collect information;", operative, level=1)  # (a) again: a higher level advanced
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "País"
    table.cell(0, 1).text = "Año"
    table.cell(1, 0).text = "España"
    table.cell(1, 1).paragraphs[0].add_run("2009")
    table.cell(1, 1).add_paragraph("2011")
    document.add_paragraph(SENTENCES["ar"])
    return extract_bytes(word.save(), "resolution.docx")


def sequence(document):
    return [(block.kind, block.level, block.marker, block.text) for block in document.blocks]


def test_document_order_headings_lists_footnotes_and_tables(resolution):
    assert sequence(resolution) == [
        ("heading", 1, None, "Resolution 3/2"),
        ("heading", 1, None, "Preventive measures"),
        ("text", None, None, SENTENCES["en"]),
        ("footnote", None, "1", "United Nations, Treaty Series, vol. 2349, No. 42146."),
        ("text", None, None, "Recalling article 61, paragraph 2, of the Convention,"),
        ("list_item", None, "1.", "Takes note of the work carried out by the Secretariat;"),
        ("footnote", None, "2", "CAC/COSP/2009/9 and Add.1."),
        ("footnote", None, "3", "CAC/COSP/2009/12."),
        ("list_item", None, "2.", "Decides to establish a working group:"),
        ("list_item", None, "(a)", "Assist the Conference;"),
        ("list_item", None, "(b)", "Facilitate the exchange:"),
        ("list_item", None, "i)", "of information;"),
        ("list_item", None, "3.", "Requests the Secretariat to report."),
        ("list_item", None, "(a)", "Collect information;"),
        ("text", None, None, "País"),
        ("text", None, None, "Año"),
        ("text", None, None, "España"),
        ("text", None, None, "2009"),
        ("text", None, None, "2011"),
        ("text", None, None, SENTENCES["ar"]),
    ]
    assert resolution.title == "Resolution 3/2"
    assert resolution.format == "docx"
    assert resolution.pages is None


def test_italic_openings(resolution):
    italic = {block.text.split()[0]: block.italic_start for block in resolution.blocks}
    assert italic["Recalling"] == "Recalling"
    assert italic["Takes"] == "Takes note"
    assert italic["Decides"] == "Decides"
    assert italic["Assist"] is None


def test_footnote_marks_are_not_in_the_text(resolution):
    chapeau = resolution.blocks[2].text
    assert chapeau == SENTENCES["en"]
    assert not chapeau.endswith("1")


def test_restarted_list_and_other_number_formats():
    word = WordDocument()
    items = word.list_definition([("upperRoman", "%1.", 1), ("upperLetter", "%1.%2", 1)])
    word.numbered("Introduction", items)
    word.numbered("Mandate", items, level=1)
    word.numbered("Background", items)
    word.numbered("Scope", items, level=1)
    word.numbered("Method", items, level=1)
    # Another instance of the same list continues its numbering unless it overrides the start.
    continued = word.restart(items, level=0, start=1)
    word.numbered("Findings", continued)
    arabic = word.list_definition([("arabicAbjad", "(%1)", 1)])
    for text in ("أ", "ب", "ج"):
        word.numbered(text, arabic)
    russian = word.list_definition([("russianLower", "%1)", 1)])
    word.numbered("первый", russian)
    word.numbered("второй", russian)
    chinese = word.list_definition([("chineseCounting", "%1、", 1)])
    for _ in range(11):
        word.numbered("条", chinese)
    bullets = word.list_definition([("bullet", "\uf0b7", 1)])
    word.numbered("Punto", bullets)
    markers = [block.marker for block in extract_bytes(word.save(), "numbers.docx").blocks]
    assert markers == [
        "I.", "I.A", "II.", "II.A", "II.B", "I.",
        "(أ)", "(ب)", "(ج)",
        "а)", "б)",
        "一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、",
        "•",
    ]  # fmt: skip


def test_continuing_instance_without_override_keeps_counting():
    word = WordDocument()
    items = word.list_definition([("decimal", "%1.", 1)])
    word.numbered("One", items)
    word.numbered("Two", items)
    numbering = word.document.part.numbering_part.element
    abstract = numbering.findall(f"{{{numbering.nsmap['w']}}}num")[-1][0].get(
        f"{{{numbering.nsmap['w']}}}val"
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="{abstract}"/></w:num>')
    )
    word.numbered("Three", "77")
    word.numbered("Not a list: unknown instance", "99")
    blocks = extract_bytes(word.save(), "continue.docx").blocks
    assert [(block.kind, block.marker) for block in blocks] == [
        ("list_item", "1."), ("list_item", "2."), ("list_item", "3."), ("text", None),
    ]  # fmt: skip


def test_list_number_style_numbers_paragraphs_through_the_style():
    word = WordDocument()
    for text in ("Primero", "Segundo"):
        word.document.add_paragraph(text, style="List Number")
    word.document.add_paragraph("Viñeta", style="List Bullet")
    blocks = extract_bytes(word.save(), "styles.docx").blocks
    assert [(block.kind, block.marker, block.text) for block in blocks] == [
        ("list_item", "1.", "Primero"),
        ("list_item", "2.", "Segundo"),
        ("list_item", "•", "Viñeta"),
    ]


def test_custom_footnote_mark_and_roman_numbering_from_settings():
    word = WordDocument()
    settings = word.document.settings.element
    settings.append(parse_xml(f'<w:footnotePr {nsdecls("w")}><w:numFmt w:val="lowerRoman"/></w:footnotePr>'))
    first = word.document.add_paragraph("Premier paragraphe")
    word.footnote(first, "Note à chiffre romain.")
    second = word.document.add_paragraph("Deuxième paragraphe")
    word.footnote(second, "Note à astérisque.", custom_mark="*")
    word.footnote(second, "Deuxième note numérotée.")
    blocks = extract_bytes(word.save(), "notes.docx").blocks
    assert [(block.kind, block.marker, block.text) for block in blocks] == [
        ("text", None, "Premier paragraphe"),
        ("footnote", "i", "Note à chiffre romain."),
        ("text", None, "Deuxième paragraphe"),
        ("footnote", "*", "Note à astérisque."),
        ("footnote", "ii", "Deuxième note numérotée."),
    ]


def test_runs_tracked_changes_hyperlinks_breaks_and_tabs():
    word = WordDocument()
    paragraph = word.document.add_paragraph()
    paragraph._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="1" w:author="a">'
            '<w:r><w:t xml:space="preserve">Решает </w:t></w:r></w:ins>'
        )
    )
    paragraph._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="2" w:author="a"><w:r><w:delText>удалено</w:delText></w:r></w:del>'
        )
    )
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w")}><w:r><w:t xml:space="preserve">учредить</w:t></w:r></w:hyperlink>'
        )
    )
    paragraph._p.append(
        parse_xml(
            f"<w:r {nsdecls('w')}><w:tab/><w:t>группу</w:t><w:br/><w:t>экспертов</w:t><w:noBreakHyphen/>"
            "<w:t>юристов</w:t></w:r>"
        )
    )
    field = (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'
        f"<w:r {nsdecls('w')}><w:instrText> PAGE </w:instrText></w:r>"
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r {nsdecls('w')}><w:t>7</w:t></w:r>"
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'
    )
    for run in parse_xml(f"<w:p {nsdecls('w')}>{field}</w:p>"):
        paragraph._p.append(run)
    blocks = extract_bytes(word.save(), "ru.docx").blocks
    assert [block.text for block in blocks] == ["Решает учредить группу\nэкспертов-юристов7"]


def test_italic_through_a_character_style_and_heading_from_outline_level():
    word = WordDocument()
    paragraph = word.document.add_paragraph()
    paragraph.add_run("Pide").style = "Emphasis"
    paragraph.add_run(" a la Secretaría que informe.")
    outlined = word.document.add_paragraph("Capítulo II")
    outlined._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
    blocks = extract_bytes(word.save(), "es.docx").blocks
    assert [(block.kind, block.level, block.italic_start) for block in blocks] == [
        ("text", None, "Pide"),
        ("heading", 2, None),
    ]
