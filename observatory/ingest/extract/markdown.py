"""Markdown (CommonMark with tables and footnotes): headings, paragraphs, list items and footnotes, the
Markdown syntax itself taken out of the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from observatory.ingest.extract.encoding import decode_text
from observatory.ingest.extract.textnorm import fold_spaces, italic_start, join_wrapped
from observatory.ingest.types import Block, BlockKind, ExtractedDocument

_PARSER = MarkdownIt("commonmark").enable("table").use(footnote_plugin).use(front_matter_plugin)
_FRONT_MATTER_TITLE = re.compile(r"^title\s*:\s*(.+?)\s*$", re.MULTILINE)
_SOFT_BREAK = "\x00"  # a line wrapped in the source: a space, or nothing between Chinese characters


def extract_markdown(data: bytes, filename: str) -> ExtractedDocument:
    """The blocks of a Markdown file; each footnote comes right after the block that first calls it."""
    text, encoding = decode_text(data, filename)
    reader = _Reader()
    reader.read(_PARSER.parse(text))
    return ExtractedDocument(
        source=filename,
        format="markdown",
        blocks=reader.placed_blocks(),
        title=reader.title,
        encoding=encoding,
    )


@dataclass
class _Reader:
    blocks: list[Block] = field(default_factory=list)
    calls: dict[int, list[int]] = field(default_factory=dict)  # block index → footnote ids it calls
    notes: dict[int, Block] = field(default_factory=dict)  # footnote id → its block
    title: str | None = None
    # Where the reader is: list items waiting to label their first paragraph, the footnote being read.
    items: list[list] = field(default_factory=list)  # [marker, used]
    note: tuple[int, str] | None = None
    note_texts: list[str] = field(default_factory=list)
    heading_level: int | None = None

    def read(self, tokens: list[Token]) -> None:
        """Turn the token stream into blocks."""
        for token in tokens:
            kind = token.type
            if kind == "front_matter":
                found = _FRONT_MATTER_TITLE.search(token.content)
                self.title = found.group(1).strip("\"'") if found else None
            elif kind == "heading_open":
                self.heading_level = int(token.tag[1])
            elif kind == "heading_close":
                self.heading_level = None
            elif kind == "list_item_open":
                marker = f"{token.info}{token.markup}" if token.info else "•"
                self.items.append([marker, False])
            elif kind == "list_item_close":
                self.items.pop()
            elif kind == "footnote_open":
                label = str(token.meta.get("label") or "")
                self.note = (token.meta["id"], label if label.isdigit() else str(token.meta["id"] + 1))
                self.note_texts = []
            elif kind == "footnote_close":
                self._close_note()
            elif kind == "inline":
                self._inline(token)
            elif kind in ("fence", "code_block"):
                self._add(token.content.rstrip("\n"), None, [])
            elif kind == "html_block":
                self._add(BeautifulSoup(token.content, "lxml").get_text(" "), None, [])

    def placed_blocks(self) -> list[Block]:
        """The blocks with each footnote after the first block that calls it, uncalled ones at the end."""
        placed: set[int] = set()
        result: list[Block] = []
        for index, block in enumerate(self.blocks):
            result.append(block)
            for note in self.calls.get(index, ()):
                if note in self.notes and note not in placed:
                    placed.add(note)
                    result.append(self.notes[note])
        result += [block for note, block in sorted(self.notes.items()) if note not in placed]
        return result

    def _inline(self, token: Token) -> None:
        pieces: list[tuple[str, bool]] = []
        calls: list[int] = []
        italic = 0
        for child in token.children or ():
            match child.type:
                case "text" | "code_inline":
                    pieces.append((child.content, italic > 0))
                case "softbreak":
                    pieces.append((_SOFT_BREAK, False))
                case "hardbreak":
                    pieces.append(("\n", False))
                case "em_open":
                    italic += 1
                case "em_close":
                    italic -= 1
                case "html_inline" if re.match(r"<br\s*/?>", child.content, re.IGNORECASE):
                    pieces.append(("\n", False))
                case "footnote_ref":
                    calls.append(child.meta["id"])
                case "image":
                    pieces.append((child.content, italic > 0))
        text = ""
        for part in "".join(piece for piece, _ in pieces).split(_SOFT_BREAK):
            text = join_wrapped(text.rstrip(" "), part.lstrip(" ")) if text else part
        # Soft line breaks inside the italic run are spaces.
        self._add(
            text, italic_start([(piece.replace(_SOFT_BREAK, " "), italic) for piece, italic in pieces]), calls
        )

    def _add(self, text: str, italic_start: str | None, calls: list[int]) -> None:
        text = fold_spaces(text)
        if not text:
            return
        if self.note is not None:
            self.note_texts.append(text)
            return
        kind: BlockKind = "text"
        marker = None
        if self.heading_level is not None:
            kind = "heading"
        elif self.items and not self.items[-1][1]:
            kind, marker = "list_item", self.items[-1][0]
            self.items[-1][1] = True
        self.blocks.append(
            Block(text=text, kind=kind, level=self.heading_level, marker=marker, italic_start=italic_start)
        )
        if calls:
            self.calls[len(self.blocks) - 1] = calls

    def _close_note(self) -> None:
        if self.note is not None and self.note_texts:
            identifier, marker = self.note
            self.notes[identifier] = Block(text="\n".join(self.note_texts), kind="footnote", marker=marker)
        self.note = None
