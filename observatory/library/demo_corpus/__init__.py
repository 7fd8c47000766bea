"""The demo corpus: UNCAC documents written for this project, in several languages, with hand
annotations of the extraction contract (DESIGN §4), and the renderers that make real files of them.

The documents are modelled on real ones (a Conference report extract with resolutions and a decision, a
Secretariat background paper, a note verbale and the States' answers to it) but their text was written
for the demo and the tests: they are not the official documents or the States' actual submissions.

Annotation guidelines (what the hand annotations in the content modules follow):

- Every mention is annotated where it stands, headings and footnotes included ("Resolution 7/1" as a
  heading is a mention of resolution 7/1). An article range expands to one entry per article; "article 8,
  paragraphs 2 and 3" is one entry per paragraph, all with the same ``text``.
- Only articles of the Convention are articles: "article 8 of that Law", "ст. 6228", "المادة 3 من القانون"
  and "artículo 108 de la Constitución" are not annotated.
- A State is annotated when it is named, also as "Government of X", "Permanent Mission of X" or "President
  of X". Country names inside the name of a law, a code, a gazette, a party or a body
  ("《中华人民共和国公务员法》", "Constitución Política de los Estados Unidos Mexicanos",
  "البنك المركزي الأردني"), demonyms ("Российские эксперты", "中方") and cities ("Vienna", "Marrakech")
  are not.
- Organizations are international or regional ones, by the acronyms of ``model.ORGANIZATIONS``; a name
  followed by its acronym in brackets is one mention. National bodies and the United Nations itself are
  not annotated.
- Document symbols in shorthand ("and Add.1") are annotated with the full symbol.
- Decision items are operative paragraphs ("dec 7/1 (a)"), with no ``resolution``; footnotes carry the
  ``resolution`` of the paragraph that calls them and follow it in the paragraph list.
- Headings keep their printed number in ``number`` ("I", "A", "一") and not in ``text``.
"""

from functools import cache

from .annotations import annotation_name, expected_contract, write_annotations
from .content import BUILDERS
from .docx_renderer import render_docx
from .html_renderer import render_html, render_pdf
from .model import DemoDocument
from .text_renderer import render_text
from .writing import FORMATS, generate_pages, render, write_corpus


@cache
def documents() -> tuple[DemoDocument, ...]:
    """Every language version of every demo document, in a stable order."""
    return tuple(build() for build in BUILDERS)


def get(slug: str, language: str) -> DemoDocument:
    """One language version of one document."""
    for doc in documents():
        if doc.slug == slug and doc.language == language:
            return doc
    raise KeyError(f"no demo document {slug}.{language}")


def __getattr__(name: str):
    # DOCUMENTS is built on first use: building every document costs a few milliseconds, not at import.
    if name == "DOCUMENTS":
        return documents()
    raise AttributeError(name)


__all__ = [
    "FORMATS",
    "DemoDocument",
    "annotation_name",
    "documents",
    "expected_contract",
    "generate_pages",
    "get",
    "render",
    "render_docx",
    "render_html",
    "render_pdf",
    "render_text",
    "write_annotations",
    "write_corpus",
]
