"""HTML: the main text of a page, without its navigation, as headings, paragraphs, list items and notes.

The main part is ``<main>``, ``[role=main]`` or a lone ``<article>`` (else the body). Navigation,
headers, footers, asides, forms, scripts and elements marked as menus, breadcrumbs or cookie banners are
dropped. Footnote and endnote sections (``role="doc-endnotes"``, ``class="footnotes"``, Word's
``mso-element:footnote-list``) become ``footnote`` blocks, each placed after the block that first calls
it; the calls themselves are left out of the text, as Word documents are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag
from bs4.dammit import EncodingDetector

from observatory.ingest.extract.encoding import decode_text
from observatory.ingest.extract.numbering import format_number
from observatory.ingest.extract.textnorm import fold_spaces, italic_start
from observatory.ingest.types import Block, BlockKind, ExtractedDocument

_DROPPED_TAGS = (
    "nav", "footer", "aside", "script", "style", "form", "noscript", "template", "svg", "iframe",
    "button", "select", "textarea", "input", "canvas", "object", "dialog", "menu",
)  # fmt: skip
_CHROME = re.compile(
    r"(?:^|[-_])(?:nav|navbar|navigation|menu|menubar|breadcrumbs?|cookies?|cookie-?banner|consent|gdpr|"
    r"skip-?links?|sidebar|toolbar|pagination|share|social)(?:[-_]|$)",
    re.IGNORECASE,
)
_BLOCK_TAGS = {
    "p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "section", "article", "main",
    "header", "figure", "figcaption", "address", "hr", "center", "details", "summary", "body", "html",
}  # fmt: skip
_ITALIC_TAGS = {"em", "i", "cite"}
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
_NOTE_CONTAINER_ROLES = {"doc-endnotes", "doc-footnotes"}
_NOTE_CONTAINER_CLASSES = {"footnotes", "endnotes", "footnote-list", "endnote-list"}
_NOTE_CONTAINER_STYLE = re.compile(r"mso-element\s*:\s*(?:foot|end)note-list", re.IGNORECASE)
_NOTE_ROLES = {"doc-footnote", "doc-endnote"}
_NOTE_ID = re.compile(r"^_?(?:fn|ftn|edn|en|footnote|endnote|note)[-_:]?(\d+)$", re.IGNORECASE)
_REF_CLASSES = {"footnote-ref", "footnote-reference", "noteref", "footnote-call"}
_BACKLINK_CLASSES = {"footnote-back", "footnote-backref", "footnote-return", "reversefootnote"}
_BRACKETED_MARKER = re.compile(r"^\s*\[?\(?(\d{1,3}|[*†‡§]{1,3})\)?\]?\s*")
_HARD_BREAK = "\n"


def extract_html(data: bytes, filename: str) -> ExtractedDocument:
    """The blocks of an HTML page's main text, its footnotes placed after the blocks that call them."""
    encoding = _encoding(data, filename)
    soup = BeautifulSoup(data, "lxml", from_encoding=encoding)
    title = fold_spaces(soup.title.get_text(" ")) if soup.title else ""
    notes = _take_notes(soup)
    root = _main_part(soup)
    _drop_chrome(root)
    flow = _Flow(note_targets={target: index for index, note in enumerate(notes) for target in note.targets})
    flow.walk(root, _Context())
    flow.flush(_Context())
    return ExtractedDocument(
        source=filename,
        format="html",
        blocks=_place_notes(flow.blocks, flow.calls, notes),
        title=title or None,
        encoding=soup.original_encoding or encoding,
    )


def _encoding(data: bytes, filename: str) -> str:
    """The page's encoding: its byte-order mark or declaration, else UTF-8, else a detected legacy one."""
    detector = EncodingDetector(data, is_html=True)
    if detector.sniffed_encoding:
        return detector.sniffed_encoding
    declared = EncodingDetector.find_declared_encoding(data, is_html=True, search_entire_document=False)
    if declared:
        return declared
    return decode_text(data, filename)[1]


# --- notes ---------------------------------------------------------------------------------------


@dataclass
class _Note:
    marker: str | None
    text: str
    targets: set[str]  # the ids and anchor names a call can point to


def _take_notes(soup: BeautifulSoup) -> list[_Note]:
    """Read the footnote and endnote sections and take them out of the page."""
    notes: list[_Note] = []
    for container in soup.find_all(_is_note_container):
        if container.decomposed or container.find_parent(_is_note_container):
            continue
        items = _note_items(container)
        for position, item in enumerate(items, start=1):
            notes.append(_read_note(item, fallback_marker=str(position) if item.name == "li" else None))
        container.decompose()
    for item in soup.find_all(lambda tag: tag.get("role") in _NOTE_ROLES):
        if not item.decomposed:
            notes.append(_read_note(item, fallback_marker=None))
            item.decompose()
    return [note for note in notes if note.text]


def _is_note_container(tag: Tag) -> bool:
    classes = {value.lower() for value in tag.get("class") or ()}
    return (
        tag.get("role") in _NOTE_CONTAINER_ROLES
        or bool(classes & _NOTE_CONTAINER_CLASSES)
        or (tag.get("id") or "").lower() in ("footnotes", "endnotes")
        or bool(_NOTE_CONTAINER_STYLE.search(tag.get("style") or ""))
    )


def _note_items(container: Tag) -> list[Tag]:
    """The notes of a section: its numbered list's items, or the elements with note-like ids."""
    listing = container.find("ol")
    if listing is not None:
        start = _int(listing.get("start"), 1)
        items = listing.find_all("li", recursive=False)
        for offset, item in enumerate(items):
            item["data-observatory-number"] = str(_int(item.get("value"), start + offset))
        return items
    marked = container.find_all(
        lambda tag: bool(_NOTE_ID.match(tag.get("id") or "")) or tag.get("role") in _NOTE_ROLES
    )
    return [tag for tag in marked if not tag.find_parent(lambda parent: parent in marked)]


def _read_note(item: Tag, fallback_marker: str | None) -> _Note:
    targets = {
        value for tag in [item, *item.find_all(True)] for value in (tag.get("id"), tag.get("name")) if value
    }
    marker = item.get("data-observatory-number")
    found = _NOTE_ID.match(item.get("id") or "")
    if marker is None and found:
        marker = found.group(1)
    for link in item.find_all("a"):
        href = link.get("href") or ""
        classes = {value.lower() for value in link.get("class") or ()}
        if (
            link.get("role") == "doc-backlink"
            or classes & _BACKLINK_CLASSES
            or re.match(r"#_?(?:fn|ftn|edn)ref", href)
        ):
            link.decompose()
    flow = _Flow(note_targets={})
    flow.walk(item, _Context())
    flow.flush(_Context())
    text = "\n".join(block.text for block in flow.blocks)
    leading = _BRACKETED_MARKER.match(text)
    if marker is None and leading and leading.group(1):
        marker = leading.group(1)
    if leading and leading.group(1) == marker and re.match(r"^\s*[\[(]", text):
        text = text[leading.end() :]  # Word writes "[1] text": the marker is not text
    return _Note(marker=marker or fallback_marker, text=fold_spaces(text), targets=targets)


def _place_notes(blocks: list[Block], calls: dict[int, list[int]], notes: list[_Note]) -> list[Block]:
    """Each note after the block that first calls it; notes no block calls, at the end."""
    placed: set[int] = set()
    result: list[Block] = []
    for index, block in enumerate(blocks):
        result.append(block)
        for note_index in calls.get(index, ()):
            if note_index not in placed:
                placed.add(note_index)
                note = notes[note_index]
                result.append(Block(text=note.text, kind="footnote", marker=note.marker))
    result += [
        Block(text=note.text, kind="footnote", marker=note.marker)
        for index, note in enumerate(notes)
        if index not in placed
    ]
    return result


# --- the main part -------------------------------------------------------------------------------


def _main_part(soup: BeautifulSoup) -> Tag:
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    if main is not None:
        return main
    articles = soup.find_all("article")
    if len(articles) == 1:
        return articles[0]
    return soup.body or soup


def _drop_chrome(root: Tag) -> None:
    """Remove navigation, page furniture and non-text elements below ``root``."""
    for tag in root.find_all(_DROPPED_TAGS):
        if not tag.decomposed:
            tag.decompose()
    for tag in root.find_all("header"):
        if tag.decomposed:
            continue
        in_content = root.name in ("main", "article") or tag.find_parent(("main", "article")) is not None
        if not (in_content and tag.find(("h1", "h2", "h3", "h4", "h5", "h6"))):
            tag.decompose()
    total = len(root.get_text(strip=True)) or 1
    for tag in root.find_all(_is_chrome):
        # A wrapper around most of the page is layout, whatever its class says ("has-sidebar").
        if not tag.decomposed and len(tag.get_text(strip=True)) <= total / 2:
            tag.decompose()
    for tag in root.find_all(lambda tag: tag.has_attr("hidden") or tag.get("aria-hidden") == "true"):
        if not tag.decomposed:
            tag.decompose()


def _is_chrome(tag: Tag) -> bool:
    names = [*(tag.get("class") or ()), tag.get("id") or ""]
    return tag.get("role") in ("navigation", "banner", "contentinfo", "search") or any(
        _CHROME.search(name) for name in names if name
    )


# --- the flow of text ------------------------------------------------------------------------------


@dataclass
class _Item:
    """A list item whose label the first block inside it takes."""

    marker: str | None
    used: bool = False


@dataclass
class _Context:
    kind: BlockKind = "text"
    level: int | None = None
    item: _Item | None = None
    preformatted: bool = False


@dataclass
class _Flow:
    """Walks the tree, gathering inline text into blocks at each block-level element."""

    note_targets: dict[str, int]
    blocks: list[Block] = field(default_factory=list)
    calls: dict[int, list[int]] = field(default_factory=dict)  # block index → notes it calls
    pieces: list[tuple[str, bool]] = field(default_factory=list)  # text and whether it is italic
    pending_calls: list[int] = field(default_factory=list)
    italic: int = 0

    def walk(self, node: Tag, context: _Context) -> None:
        """Gather the text below ``node``."""
        for child in node.children:
            if isinstance(child, (Comment, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                self._add_text(str(child), context)
                continue
            if not isinstance(child, Tag):
                continue
            if child.name == "br":
                self.pieces.append((_HARD_BREAK, False))
                continue
            if self._is_call(child):
                continue
            if child.name in _BLOCK_TAGS:
                self.flush(context)
                inner = self._context_for(child, context)
                self.walk(child, inner)
                self.flush(inner)
                continue
            italic = child.name in _ITALIC_TAGS or bool(_ITALIC_STYLE.search(child.get("style") or ""))
            self.italic += italic
            self.walk(child, context)
            self.italic -= italic

    def flush(self, context: _Context) -> None:
        """Turn the text gathered so far into a block of the context's kind."""
        pieces, self.pieces = self.pieces, []
        text = fold_spaces("".join(piece for piece, _ in pieces))
        if not text:
            return
        kind, marker = context.kind, None
        if context.item is not None and not context.item.used and kind == "text":
            kind, marker = "list_item", context.item.marker
            context.item.used = True
        self.blocks.append(
            Block(text=text, kind=kind, level=context.level, marker=marker, italic_start=italic_start(pieces))
        )
        if self.pending_calls:
            self.calls[len(self.blocks) - 1] = self.pending_calls
            self.pending_calls = []

    def _add_text(self, text: str, context: _Context) -> None:
        if context.preformatted:
            self.pieces.append((text, self.italic > 0))
        else:
            self.pieces.append((re.sub(r"\s+", " ", text), self.italic > 0))

    def _is_call(self, tag: Tag) -> bool:
        """A footnote call: noted for the block being gathered, its mark left out of the text."""
        link = tag if tag.name == "a" else None
        if tag.name == "sup":
            links = tag.find_all("a")
            if len(links) == 1 and links[0].get_text(strip=True) == tag.get_text(strip=True):
                link = links[0]
        if link is None:
            return False
        classes = {value.lower() for value in link.get("class") or ()}
        target = (link.get("href") or "").partition("#")[2]
        if target in self.note_targets:
            self.pending_calls.append(self.note_targets[target])
            return True
        return link.get("role") == "doc-noteref" or bool(classes & _REF_CLASSES)

    @staticmethod
    def _context_for(tag: Tag, parent: _Context) -> _Context:
        name = tag.name
        if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return _Context(kind="heading", level=int(name[1]))
        if name == "li":
            return _Context(item=_Item(marker=_list_marker(tag)))
        item = parent.item if parent.item is not None and not parent.item.used else None
        return _Context(item=item, preformatted=name == "pre" or parent.preformatted)


def _list_marker(item: Tag) -> str:
    """The label a browser shows for a list item: its number in an ``<ol>``, a bullet otherwise."""
    listing = item.parent
    if not isinstance(listing, Tag) or listing.name != "ol":
        return "•"
    if item.get("value") is not None and _int(item.get("value"), None) is not None:
        return _format_number(_int(item.get("value"), 1), listing.get("type") or "1") + "."
    siblings = listing.find_all("li", recursive=False)
    position = next(index for index, sibling in enumerate(siblings) if sibling is item)
    reverse = listing.has_attr("reversed")
    start = _int(listing.get("start"), len(siblings) if reverse else 1)
    number = start
    for sibling in siblings[:position]:  # a value="" on an earlier item renumbers the ones after it
        number = _int(sibling.get("value"), number)
        number += -1 if reverse else 1
    return _format_number(number, listing.get("type") or "1") + "."


def _format_number(number: int, style: str) -> str:
    formats = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
    return format_number(number, formats.get(style, "decimal"))


def _int(value, default):
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default
