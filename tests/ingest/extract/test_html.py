"""HTML: the main text without navigation, headings, list items with numbers, notes, encodings."""

from observatory.ingest.extract import extract_bytes

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Resolution 3/2 | UNODC</title>
<style>p { color: red }</style><script>var tracking = "do not read";</script></head>
<body>
<header><a href="/">UNODC</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/cosp">CoSP</a></li></ul></nav></header>
<div id="cookie-consent">This site uses cookies. <button>Accept</button></div>
<ol class="breadcrumb"><li>Home</li><li>Resolutions</li></ol>
<main>
  <article>
    <header><h1>Resolution 3/2</h1><p class="byline">Adopted in Doha</p></header>
    <h2>Preventive   measures</h2>
    <p>The Conference of the States Parties,<sup><a href="#fn1" id="fnref1" role="doc-noteref">1</a></sup></p>
    <p><em>Recalling</em> article 61, paragraph 2,<br>of the Convention,</p>
    <ol start="3">
      <li><em>Requests</em> the Secretariat to collect information;<a href="#fn2"
        class="footnote-ref">2</a></li>
      <li><p><i>Urges</i> States parties:</p>
        <ol type="a"><li>to raise awareness;</li><li value="4">to consult.</li></ol>
      </li>
    </ol>
    <ul><li>Первый пункт</li></ul>
    <blockquote>Une citation.</blockquote>
    <div class="share-buttons">Share on social media</div>
    <table><tr><th>País</th><td>Año</td></tr><tr><td>España</td><td>2009</td></tr></table>
    <aside>Related: resolution 3/1</aside>
    <form><input name="q"> Search</form>
  </article>
</main>
<section role="doc-endnotes" class="footnotes"><hr><ol>
  <li id="fn1"><p>United Nations, <em>Treaty Series</em>, vol. 2349.
    <a href="#fnref1" role="doc-backlink">↩</a></p></li>
  <li id="fn2"><p>CAC/COSP/2009/9 and Add.1.</p></li>
</ol></section>
<footer>© United Nations</footer>
</body></html>"""


def document():
    return extract_bytes(PAGE.encode(), "resolution.html")


def test_title_and_encoding():
    page = document()
    assert page.title == "Resolution 3/2 | UNODC"
    assert page.format == "html"
    assert page.encoding == "utf-8"


def test_only_the_main_text_in_order():
    assert [(block.kind, block.level, block.marker, block.text) for block in document().blocks] == [
        ("heading", 1, None, "Resolution 3/2"),
        ("text", None, None, "Adopted in Doha"),
        ("heading", 2, None, "Preventive measures"),
        ("text", None, None, "The Conference of the States Parties,"),
        ("footnote", None, "1", "United Nations, Treaty Series, vol. 2349."),
        ("text", None, None, "Recalling article 61, paragraph 2,\nof the Convention,"),
        ("list_item", None, "3.", "Requests the Secretariat to collect information;"),
        ("footnote", None, "2", "CAC/COSP/2009/9 and Add.1."),
        ("list_item", None, "4.", "Urges States parties:"),
        ("list_item", None, "a.", "to raise awareness;"),
        ("list_item", None, "d.", "to consult."),
        ("list_item", None, "•", "Первый пункт"),
        ("text", None, None, "Une citation."),
        ("text", None, None, "País"),
        ("text", None, None, "Año"),
        ("text", None, None, "España"),
        ("text", None, None, "2009"),
    ]


def test_italic_openings():
    italic = {block.text.split()[0]: block.italic_start for block in document().blocks}
    assert italic["Recalling"] == "Recalling"
    assert italic["Requests"] == "Requests"
    assert italic["Urges"] == "Urges"
    assert italic["The"] is None


def test_nothing_of_the_page_furniture_leaks():
    everything = " ".join(block.text for block in document().blocks)
    for furniture in ("Home", "cookies", "tracking", "color", "Related", "Search", "©", "Share", "↩", "CoSP"):
        assert furniture not in everything


def test_body_without_main_and_word_style_footnotes_in_windows_1251():
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
    <body><div class="menu">Главная | Документы</div>
    <p class=MsoNormal>Просит Секретариат представить доклад<a href="#_ftn1"
    name="_ftnref1"><sup>[1]</sup></a>.</p>
    <div style="mso-element:footnote-list"><div style="mso-element:footnote" id=ftn1>
    <p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1">[1]</a> Документ CAC/COSP/2009/9.</p>
    </div></div>
    </body></html>"""
    document = extract_bytes(page.encode("cp1251"), "doklad.htm")
    assert document.encoding == "windows-1251"
    assert [(block.kind, block.marker, block.text) for block in document.blocks] == [
        ("text", None, "Просит Секретариат представить доклад."),
        ("footnote", "1", "Документ CAC/COSP/2009/9."),
    ]


def test_undeclared_legacy_encoding_is_detected():
    text = "إن مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد، إذ يدرك أهمية منع الفساد."
    page = f"<html><body><p>{text}</p></body></html>"
    document = extract_bytes(page.encode("cp1256"), "ar.html")
    assert document.encoding == "cp1256"
    assert document.blocks[0].text.startswith("إن مؤتمر الدول الأطراف")


def test_html_fragment_is_recognised_without_doctype():
    fragment = "<p>缔约国会议，</p><p><em>认识到</em>《联合国反腐败公约》的重要性。</p>"
    document = extract_bytes(fragment.encode(), "fragment")
    assert document.format == "html"
    assert [(block.text, block.italic_start) for block in document.blocks] == [
        ("缔约国会议，", None),
        ("认识到《联合国反腐败公约》的重要性。", "认识到"),
    ]


def test_reversed_list_and_unreferenced_notes_at_the_end():
    page = """<html><body><article><ol reversed><li>Tres</li><li>Dos</li></ol></article>
    <aside role="doc-footnote" id="note-9"><p>Nota sin llamada.</p></aside></body></html>"""
    blocks = extract_bytes(page.encode(), "es.html").blocks
    assert [(block.kind, block.marker, block.text) for block in blocks] == [
        ("list_item", "2.", "Tres"),
        ("list_item", "1.", "Dos"),
        ("footnote", "9", "Nota sin llamada."),
    ]
