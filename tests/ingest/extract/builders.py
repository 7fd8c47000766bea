"""Real files for the extract tests, made on the spot: PDFs rendered by WeasyPrint, a PDF encrypted by
hand (RC4, the PDF standard security handler), Word documents with numbering and real footnotes."""

from __future__ import annotations

import hashlib
import io
import struct

import docx
import weasyprint
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

# Sentences of the six languages, from the Convention's texts and CoSP resolutions.
SENTENCES = {
    "ar": "إن مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد، إذ يدرك أهمية منع الفساد.",
    "zh": "缔约国会议认识到《联合国反腐败公约》对预防腐败的重视，并专门用第二章阐述预防措施。",
    "en": "The Conference of the States Parties to the United Nations Convention against Corruption,",
    "fr": "La Conférence des États parties à la Convention des Nations Unies contre la corruption,",
    "ru": "Конференция государств-участников Конвенции Организации Объединенных Наций против коррупции,",
    "es": (
        "La Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción,"
    ),
}
FONTS = {"ar": "Noto Naskh Arabic", "zh": "Noto Sans CJK SC"}

PAGE_STYLE = """
@page { size: A4; margin: 2.5cm 2.2cm; }
body { font-family: 'Noto Serif'; font-size: 10pt; line-height: 1.3 }
p { margin: 0 0 6pt 0; text-align: justify }
.fn { float: footnote; font-size: 8pt }
::footnote-call { content: counter(footnote); vertical-align: super; font-size: 6pt }
::footnote-marker { content: counter(footnote) " " }
"""


def pdf_from_html(body: str, style: str = PAGE_STYLE, title: str | None = None) -> bytes:
    """A PDF that WeasyPrint renders from an HTML body (text layer included, Arabic shaped)."""
    head = f"<title>{title}</title>" if title else ""
    html = f"<html><head><meta charset='utf-8'>{head}<style>{style}</style></head><body>{body}</body></html>"
    return weasyprint.HTML(string=html).write_pdf()


def paragraph(language: str, text: str | None = None, extra: str = "") -> str:
    """A <p> in a language, with its script's font and direction."""
    font = f"font-family:'{FONTS[language]}';" if language in FONTS else ""
    direction = ' dir="rtl"' if language == "ar" else ""
    return f'<p lang="{language}"{direction} style="{font}{extra}">{text or SENTENCES[language]}</p>'


# --- an encrypted PDF, by the book (ISO 32000-1, 7.6.3: standard security handler, revision 2) ---

_PADDING = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def _padded(password: bytes) -> bytes:
    return (password + _PADDING)[:32]


def encrypted_pdf(text: str, user_password: str, owner_password: str = "owner") -> bytes:  # noqa: S107
    """A one-page PDF showing ``text`` (Helvetica), encrypted with RC4 40-bit under a user password."""
    permissions = -44
    document_id = hashlib.md5(text.encode()).digest()  # noqa: S324 - the PDF format prescribes MD5
    owner_key = hashlib.md5(_padded(owner_password.encode())).digest()[:5]  # noqa: S324
    owner_entry = _rc4(owner_key, _padded(user_password.encode()))
    key = hashlib.md5(  # noqa: S324
        _padded(user_password.encode()) + owner_entry + struct.pack("<i", permissions) + document_id
    ).digest()[:5]
    user_entry = _rc4(key, _PADDING)
    content = f"BT /F1 14 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")

    def object_key(number: int) -> bytes:
        return hashlib.md5(key + struct.pack("<i", number)[:3] + b"\x00\x00").digest()[:10]  # noqa: S324

    stream = _rc4(object_key(4), content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (owner_entry.hex().encode(), user_entry.hex().encode(), permissions),
    ]
    return _assemble(objects, trailer=b"/Encrypt 6 0 R /ID [<%s> <%s>]" % ((document_id.hex().encode(),) * 2))


def plain_pdf(content: bytes, resources: bytes = b"<< /Font << /F1 4 0 R >> >>") -> bytes:
    """A one-page PDF with a hand-written content stream (fonts: F1 = Helvetica)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources %s >>" % resources,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    return _assemble(objects)


def _assemble(objects: list[bytes], trailer: bytes = b"") -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return bytes(out)


# --- Word documents -----------------------------------------------------------------------------------

_FOOTNOTES_XML = (
    f"<w:footnotes {nsdecls('w')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)


class WordDocument:
    """A python-docx document with what python-docx cannot write: footnotes and list definitions."""

    def __init__(self) -> None:
        self.document = docx.Document()
        self._footnotes = None
        self._next_note = 1

    def save(self) -> bytes:
        """The document as DOCX bytes."""
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def footnote(self, paragraph, text: str, custom_mark: str | None = None) -> None:
        """Call a new footnote at the end of ``paragraph``; its text goes in the footnotes part."""
        if self._footnotes is None:
            part = XmlPart(
                PackURI("/word/footnotes.xml"),
                CT.WML_FOOTNOTES,
                parse_xml(_FOOTNOTES_XML),
                self.document.part.package,
            )
            self.document.part.relate_to(part, RT.FOOTNOTES)
            self._footnotes = part.element
        note_id = self._next_note
        self._next_note += 1
        self._footnotes.append(
            parse_xml(
                f'<w:footnote {nsdecls("w")} w:id="{note_id}">'
                '<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
            )
        )
        custom = ' w:customMarkFollows="1"' if custom_mark else ""
        mark = f"<w:t>{custom_mark}</w:t>" if custom_mark else ""
        paragraph._p.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{note_id}"{custom}/>{mark}</w:r>'
            )
        )

    def list_definition(self, levels: list[tuple[str, str, int]]) -> str:
        """A new list (one ``w:abstractNum`` and a ``w:num``) with levels (numFmt, lvlText, start);
        returns its numId."""
        numbering = self.document.part.numbering_part.element
        abstract_id = str(100 + len(numbering.findall(qn("w:abstractNum"))))
        level_xml = "".join(
            f'<w:lvl w:ilvl="{index}"><w:start w:val="{start}"/><w:numFmt w:val="{number_format}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>'
            for index, (number_format, text, start) in enumerate(levels)
        )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{level_xml}</w:abstractNum>'
        )
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)  # the schema puts every abstractNum before the nums
        else:
            numbering.append(abstract)
        return self._instance(abstract_id, overrides={})

    def restart(self, list_id: str, level: int = 0, start: int = 1) -> str:
        """A new instance of the same list that starts ``level`` again at ``start``; returns its numId."""
        numbering = self.document.part.numbering_part.element
        instance = next(num for num in numbering.findall(qn("w:num")) if num.get(qn("w:numId")) == list_id)
        abstract_id = instance.find(qn("w:abstractNumId")).get(qn("w:val"))
        return self._instance(abstract_id, overrides={level: start})

    def _instance(self, abstract_id: str, overrides: dict[int, int]) -> str:
        numbering = self.document.part.numbering_part.element
        num_id = str(1 + max([int(num.get(qn("w:numId"))) for num in numbering.findall(qn("w:num"))] or [0]))
        override_xml = "".join(
            f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            for level, start in overrides.items()
        )
        numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                f"{override_xml}</w:num>"
            )
        )
        return num_id

    def numbered(self, text: str, list_id: str, level: int = 0, italic_start: str | None = None):
        """A paragraph numbered by Word with list ``list_id`` at ``level``."""
        paragraph = self.document.add_paragraph()
        if italic_start:
            paragraph.add_run(italic_start).italic = True
        paragraph.add_run(text)
        properties = paragraph._p.get_or_add_pPr()
        properties.append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{list_id}"/></w:numPr>'
            )
        )
        return paragraph
