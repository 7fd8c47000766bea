"""The note verbale as HTML (for previews) and as PDF through WeasyPrint.

Every text is escaped paragraph by paragraph, so a field never becomes markup. WeasyPrint gets a URL
fetcher that refuses anything but local files: a note verbale never loads from the network.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from html import escape

from ._model import CITY, HTML_LANG, ORGANIZATION, REFERENCE_LABEL, NoteVerbale, clean, question_number
from ._template import DATA_DIR, Block
from ._text import format_date

LOCAL_SCHEMES = ("file:", "data:")


def render_html(note: NoteVerbale, blocks: Sequence[Block]) -> str:
    """A complete HTML page of the note: lang and dir set, stylesheet inline."""
    language = note.language
    direction = "rtl" if language == "ar" else "ltr"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{HTML_LANG[language]}" dir="{direction}">',
        '<head><meta charset="utf-8">',
        f"<title>{_text(clean(note.reference) + ' — ' + clean(note.title))}</title>",
        '<meta name="author" content="UNODC">',
        f"<style>{_stylesheet()}</style></head>",
        "<body>",
        '<header class="letterhead">',
        f'<p class="organization">{_text(ORGANIZATION[language])}</p>',
        f'<p class="city">{_text(CITY[language])}</p>',
        "</header>",
    ]
    if clean(note.reference):
        parts.append(
            f'<p class="reference"><span class="label">{_text(REFERENCE_LABEL[language])}</span> '
            f'<span class="value">{_text(clean(note.reference))}</span></p>'
        )
    parts.append(f'<p class="date">{_text(format_date(note.date, language))}</p>')
    parts.append("<main>")
    for block in blocks:
        if block.kind == "question":
            number = _text(question_number(block.number, language))
            parts.append(f'<p class="question"><span class="number">{number}</span>{_text(block.text)}</p>')
        else:
            parts.append(f'<p class="body">{_text(block.text)}</p>')
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def render_pdf(note: NoteVerbale, blocks: Sequence[Block]) -> bytes:
    """The PDF of the note, its fonts embedded."""
    from weasyprint import HTML  # imported here: loading WeasyPrint costs about a second

    html = HTML(
        string=render_html(note, blocks), base_url=DATA_DIR.as_uri() + "/", url_fetcher=local_fetcher()
    )
    return html.write_pdf()


def local_fetcher():
    """A WeasyPrint URL fetcher that serves file: and data: URLs and refuses every other one."""
    from weasyprint.urls import URLFetcher

    class LocalOnlyFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if not url.lower().startswith(LOCAL_SCHEMES):
                raise ValueError(f"note verbale: refusing to fetch {url}: only local files are allowed")
            return super().fetch(url, headers)

    return LocalOnlyFetcher(allowed_protocols=("file", "data"), allow_redirects=False, timeout=1)


def _text(value: str) -> str:
    return escape(value, quote=True)


@cache
def _stylesheet() -> str:
    return (DATA_DIR / "note_verbale.css").read_text(encoding="utf-8")
