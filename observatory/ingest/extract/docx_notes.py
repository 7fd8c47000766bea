"""Footnotes and endnotes of a Word document, with the numbers Word prints for them.

python-docx does not read the notes parts, so they are parsed here from the package. Word numbers notes
in the order they are called, from ``w:numStart`` in the ``w:numFmt`` of the document's (or its last
section's) ``w:footnotePr``/``w:endnotePr``; a call with a custom mark shows that mark and takes no
number. Numbering that restarts on every page cannot be known without laying out the pages and is
counted through.
"""

from __future__ import annotations

from collections.abc import Callable

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from observatory.ingest.extract.docx_runs import NoteCall, paragraph_content
from observatory.ingest.extract.numbering import format_number
from observatory.ingest.types import Block

_DEFAULT_FORMATS = {"footnote": "decimal", "endnote": "lowerRoman"}  # Word's defaults
_RELATIONSHIPS = {"footnote": RT.FOOTNOTES, "endnote": RT.ENDNOTES}
_SPECIAL_TYPES = ("separator", "continuationSeparator", "continuationNotice")


class DocumentNotes:
    """The notes of one document; ``block_for`` numbers them as they are called, in document order."""

    def __init__(self, document, run_is_italic: Callable[[object], bool]) -> None:
        self._run_is_italic = run_is_italic
        self._notes: dict[str, dict[str, object]] = {"footnote": {}, "endnote": {}}
        self._formats = {kind: (_DEFAULT_FORMATS[kind], 1) for kind in _DEFAULT_FORMATS}
        self._counters = {"footnote": 0, "endnote": 0}
        for kind, relationship in _RELATIONSHIPS.items():
            part = _related_part(document.part, relationship)
            if part is None:
                continue
            root = parse_xml(part.blob)
            for note in root.iterchildren(qn(f"w:{kind}")):
                if note.get(qn("w:type")) in _SPECIAL_TYPES:
                    continue
                self._notes[kind][note.get(qn("w:id"))] = note
        self._read_formats(document)

    def block_for(self, call: NoteCall) -> Block | None:
        """The footnote block for a call, with the marker Word shows; None if the note is missing."""
        note = self._notes[call.kind].get(call.note_id)
        if call.custom_mark is not None:
            marker = call.custom_mark
        else:
            self._counters[call.kind] += 1
            number_format, start = self._formats[call.kind]
            marker = format_number(start + self._counters[call.kind] - 1, number_format)
        if note is None:
            return None
        texts = [paragraph_content(paragraph, self._run_is_italic).text for paragraph in note.iter(qn("w:p"))]
        text = "\n".join(text for text in texts if text)
        if not text:
            return None
        return Block(text=text, kind="footnote", marker=marker)

    def _read_formats(self, document) -> None:
        """Number format and start from the settings, then from the last section (which wins)."""
        places = [document.settings.element]
        body_section = document.element.body.find(qn("w:sectPr"))
        if body_section is not None:
            places.append(body_section)
        for place in places:
            for kind in self._formats:
                properties = place.find(qn(f"w:{kind}Pr"))
                if properties is None:
                    continue
                number_format, start = self._formats[kind]
                found = properties.find(qn("w:numFmt"))
                if found is not None:
                    number_format = found.get(qn("w:val"), number_format)
                found = properties.find(qn("w:numStart"))
                if found is not None and (found.get(qn("w:val")) or "").isdigit():
                    start = int(found.get(qn("w:val")))
                self._formats[kind] = (number_format, start)


def _related_part(part, relationship: str):
    for rel in part.rels.values():
        if rel.reltype == relationship and not rel.is_external:
            return rel.target_part
    return None
