"""HTML and PDF renderings of a demo document, laid out like a UN document.

The PDF is WeasyPrint's rendering of the HTML: A4 pages, footnotes at the foot of the page where they
are called (CSS ``float: footnote``, with the document's own printed markers), the symbol as running
header and the page number and job number in the footer (``@page`` margin boxes). Arabic is set right to
left; Arabic and Chinese use the Noto fonts that WeasyPrint needs to shape them.
"""

from __future__ import annotations

from html import escape

from .model import FOOTNOTE_MARKER, DemoDocument, Paragraph

FONTS = {
    "ar": '"Noto Naskh Arabic", "Noto Sans Arabic", serif',
    "zh": '"Noto Sans CJK SC", sans-serif',
}
LATIN_FONT = '"Liberation Serif", "Times New Roman", "DejaVu Serif", serif'

STYLE = """
@page {
  size: A4;
  margin: 2.4cm 2.2cm 2.6cm 2.2cm;
  @footnote { border-top: 0.5pt solid black; margin-top: 10pt; padding-top: 4pt; }
}
@page :left {
  @top-left { content: "%(header)s"; font: bold 9pt %(font)s; }
  @bottom-left { content: counter(page) "/" counter(pages); font-size: 8pt; }
  @bottom-right { content: "%(job)s"; font-size: 8pt; }
}
@page :right {
  @top-right { content: "%(header)s"; font: bold 9pt %(font)s; }
  @bottom-left { content: "%(job)s"; font-size: 8pt; }
  @bottom-right { content: counter(page) "/" counter(pages); font-size: 8pt; }
}
@page :first {
  @top-left { content: none; } @top-right { content: none; }
  @bottom-left { content: "%(job)s"; font-size: 8pt; } @bottom-right { content: none; }
}
html { font-family: %(font)s; font-size: 10pt; line-height: 1.35; }
body { margin: 0; }
p { margin: 0 0 6pt 0; text-align: justify; }
.symbol { text-align: end; font-size: 14pt; font-weight: bold; margin-bottom: 12pt; }
.masthead { font-size: 14pt; font-weight: bold; white-space: pre-line; margin-bottom: 14pt; }
.distribution, .meeting, .letterhead { white-space: pre-line; font-size: 9pt; margin-bottom: 12pt; }
.distribution { text-align: end; }
.title { font-size: 12pt; font-weight: bold; margin: 12pt 0; }
.reference, .date { margin: 10pt 0; }
.date { text-align: end; }
h1 { font-size: 13pt; margin: 14pt 0 8pt 0; }
h2 { font-size: 11pt; margin: 12pt 0 6pt 0; }
h3 { font-size: 10.5pt; margin: 10pt 0 6pt 0; }
.numbered { text-indent: 0; }
.num { display: inline-block; min-width: 2em; }
.sub { margin-inline-start: 3.5em; }
.fn { float: footnote; font-size: 8.5pt; line-height: 1.2; text-align: start; }
.fn::footnote-call { content: attr(data-marker); vertical-align: super; font-size: 6.5pt; line-height: 0; }
.fn::footnote-marker { content: attr(data-marker) " "; }
"""


def _inline(text: str, doc: DemoDocument) -> str:
    """Escaped text with each footnote call turned into the footnote itself, floated to the page foot."""
    out, last = [], 0
    for match in FOOTNOTE_MARKER.finditer(text):
        out.append(escape(text[last : match.start()]))
        marker = match.group(1)
        note = doc.footnote(marker)
        out.append(f'<span class="fn" data-marker="{escape(marker)}">{escape(note.text)}</span>')
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def _paragraph_html(paragraph: Paragraph, doc: DemoDocument) -> str:
    if paragraph.kind == "heading":
        level = min(paragraph.level or 1, 3)
        label = f"{escape(paragraph.label)} " if paragraph.label else ""
        return f"<h{level}>{label}{_inline(paragraph.text, doc)}</h{level}>"
    if paragraph.id.startswith("dec "):
        return f'<p class="sub">({escape(paragraph.number)}) {_inline(paragraph.text, doc)}</p>'
    body = paragraph.text
    if paragraph.italic:
        rest = body[len(paragraph.italic) :]
        inner = f"<em>{escape(paragraph.italic)}</em>{_inline(rest, doc)}"
    else:
        inner = _inline(body, doc)
    if paragraph.label:
        inner = f'<span class="num">{escape(paragraph.label)}</span>{inner}'
    css = paragraph.style or ("numbered" if paragraph.label else "text")
    html = [f'<p class="{css}">{inner}</p>']
    for sub in paragraph.subparagraphs:
        html.append(f'<p class="sub">({escape(sub.label)}) {_inline(sub.text, doc)}</p>')
    return "\n".join(html)


def render_html(doc: DemoDocument) -> str:
    """The document as a standalone HTML page (the source of the PDF)."""
    font = FONTS.get(doc.language, LATIN_FONT)
    style = STYLE % {
        "header": _css_string(doc.header or ""),
        "job": _css_string(doc.job_number or ""),
        "font": font,
    }
    direction = "rtl" if doc.language == "ar" else "ltr"
    body = []
    if doc.symbol:
        body.append(f'<div class="symbol">{escape(doc.symbol)}</div>')
    body += [_paragraph_html(p, doc) for p in doc.paragraphs]
    return (
        f'<!DOCTYPE html>\n<html lang="{doc.language}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(doc.title)}</title>\n"
        f'<meta name="author" content="United Nations">\n'
        f'<meta name="dcterms.created" content="{doc.date}">\n'
        f"<style>{style}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def _css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def render_pdf_with_pages(doc: DemoDocument) -> tuple[bytes, int]:
    """The PDF and its number of pages."""
    from weasyprint import HTML  # imported here: loading WeasyPrint costs a second

    rendered = HTML(string=render_html(doc)).render()
    return rendered.write_pdf(), len(rendered.pages)


def render_pdf(doc: DemoDocument) -> bytes:
    """The document as an A4 PDF with footnotes, running headers and page numbers."""
    return render_pdf_with_pages(doc)[0]
