"""Paragraph text with its references as links (article → article page, State → its page, symbol → the
document when the library has it). Everything else is escaped."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


def reference_links(paragraph, documents_by_symbol: dict, state_codes: set[str]) -> list[tuple[str, str]]:
    """(matched text, URL) for every reference of the paragraph that has a page to go to."""
    refs = paragraph.references or {}
    links = [(r["text"], reverse("portal:article", args=[r["article"]])) for r in refs.get("articles", [])]
    links += [
        (r["text"], reverse("portal:state", args=[r["iso3"].lower()]))
        for r in refs.get("countries", [])
        if r["iso3"] in state_codes
    ]
    links += [
        (r["text"], documents_by_symbol[r["symbol"]].get_absolute_url())
        for r in refs.get("symbols", [])
        if r["symbol"] in documents_by_symbol
    ]
    return links


def linked_text(text: str, links: list[tuple[str, str]]) -> SafeString:
    """The text, escaped, with each linked mention wrapped in <a>. Overlapping mentions keep the first."""
    spans: list[tuple[int, int, str]] = []
    cursor: dict[str, int] = {}
    for mention, url in links:
        if not mention:
            continue
        start = text.find(mention, cursor.get(mention, 0))
        if start < 0:
            continue
        end = start + len(mention)
        if (start, end) in {(s, e) for s, e, _ in spans}:
            continue  # a range ("articles 5 to 14") is one mention: link it once
        cursor[mention] = end
        spans.append((start, end, url))
    spans.sort()
    pieces, position = [], 0
    for start, end, url in spans:
        if start < position:
            continue
        pieces.append(escape(text[position:start]))
        pieces.append(format_html('<a href="{}">{}</a>', url, text[start:end]))
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(str(piece) for piece in pieces))  # noqa: S308 (every piece is escaped above)
