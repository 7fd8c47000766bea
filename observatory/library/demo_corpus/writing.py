"""Writing the demo corpus to a folder, and a larger corpus of many pages for the ingestion benchmark."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import cycle
from pathlib import Path

from .docx_renderer import render_docx
from .html_renderer import render_html, render_pdf_with_pages
from .model import DemoDocument
from .text_renderer import render_text

FORMATS = ("pdf", "docx", "txt", "html")
Progress = Callable[[Path], None]


def render(doc: DemoDocument, fmt: str) -> bytes:
    """The document in one format ("pdf", "docx", "txt" or "html"), as the bytes of the file."""
    if fmt == "pdf":
        return render_pdf_with_pages(doc)[0]
    if fmt == "docx":
        return render_docx(doc)
    if fmt == "txt":
        return render_text(doc).encode("utf-8")
    if fmt == "html":
        return render_html(doc).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}: choose among {', '.join(FORMATS)}")


def write_corpus(
    folder: Path,
    formats: Iterable[str] = ("pdf", "docx", "txt"),
    documents: Iterable[DemoDocument] | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """Write every demo document (or those given) in each format as ``<slug>.<lang>.<ext>``."""
    from . import DOCUMENTS

    formats = tuple(formats)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}: choose among {', '.join(FORMATS)}")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for doc in DOCUMENTS if documents is None else documents:
        for fmt in formats:
            path = folder / f"{doc.stem}.{fmt}"
            path.write_bytes(render(doc, fmt))
            written.append(path)
            if progress:
                progress(path)
    return written


def variant(doc: DemoDocument, number: int) -> DemoDocument:
    """A copy of a document that differs in its file name and its symbol or date line, so that a
    benchmark never meets two identical files (an importer may skip a file it has already seen)."""
    symbol = f"{doc.symbol}/Add.{number}" if doc.symbol else None
    first = doc.paragraphs[0]
    marked = replace(first, text=f"{first.text}\n{number:05d}")
    return replace(
        doc,
        slug=f"{doc.slug}-{number:04d}",
        symbol=symbol,
        header=symbol,
        paragraphs=(marked, *doc.paragraphs[1:]),
    )


def generate_pages(n_pages: int, folder: Path, progress: Progress | None = None) -> list[Path]:
    """Write a corpus of at least ``n_pages`` pages in all six languages, varying the demo documents:
    mostly PDF, every fourth file DOCX and every eighth plain text. Pages of DOCX and text files are
    counted as their plain-text rendering paginates them."""
    from . import DOCUMENTS

    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    pages = 0
    sources = cycle(DOCUMENTS)
    number = 0
    while pages < n_pages:
        number += 1
        doc = variant(next(sources), number)
        if number % 8 == 0:
            fmt, data = "txt", render_text(doc).encode("utf-8")
            count = data.count(b"\f") + 1
        elif number % 4 == 0:
            fmt, data = "docx", render_docx(doc)
            count = render_text(doc).count("\f") + 1
        else:
            fmt = "pdf"
            data, count = render_pdf_with_pages(doc)
        path = folder / f"{doc.stem}.{fmt}"
        path.write_bytes(data)
        written.append(path)
        pages += count
        if progress:
            progress(path)
    return written
