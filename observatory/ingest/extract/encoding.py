"""Which encoding a text file is in: byte-order mark, then UTF-8, then the legacy encodings of the six
UN languages. Nothing else is guessed: a wrong guess garbles a document silently, a refusal does not."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from observatory.ingest.extract.failures import unreadable

_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Legacy encodings in which documents in Arabic, Russian, Chinese, French and Spanish are still found.
LEGACY_ENCODINGS = ("cp1256", "iso8859_6", "cp1251", "koi8_r", "gb18030", "big5", "cp1252", "latin_1")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SAMPLE_CHARS = 65_536
NOT_TEXT = (
    "the file is not text in any encoding of the six UN languages (binary data?); "
    "give a PDF, Word (DOCX), HTML, Markdown or plain-text file"
)


def decode_text(data: bytes, filename: str) -> tuple[str, str]:
    """The text of ``data`` and the name of its encoding; UnreadableFile if it is not plausible text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise unreadable(
                    filename,
                    f"the file starts with a {encoding.upper()} byte-order mark but is not valid "
                    f"{encoding.upper()}; save it again as UTF-8",
                ) from None
            return text, encoding
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if is_plausible_text(text):
            return text, "utf-8"
    if b"\x00" in data:
        return _decode_utf16_without_bom(data, filename)
    match = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if match is None:
        raise unreadable(filename, NOT_TEXT)
    text = str(match)
    if not is_plausible_text(text):
        raise unreadable(filename, NOT_TEXT)
    return text, codecs.lookup(match.encoding).name


def is_plausible_text(text: str) -> bool:
    """Whether decoded text reads as text: hardly any control, private-use or unassigned characters.

    Only the start is examined; binary data gives itself away within a few kilobytes.
    """
    sample = text[:_SAMPLE_CHARS]
    if not sample:
        return True
    allowed = max(2, len(sample) // 200)
    bad = len(_CONTROLS.findall(sample))
    if bad > allowed:
        return False
    for char in sample:
        if unicodedata.category(char) in ("Co", "Cn", "Cs"):
            bad += 1
            if bad > allowed:
                return False
    return True


def _decode_utf16_without_bom(data: bytes, filename: str) -> tuple[str, str]:
    """UTF-16 without a byte-order mark, told apart from binary data by where its zero bytes fall.

    Text in UTF-16 has a zero byte in every Latin character, digit, space and line break, always on the
    same side of the pair (the high byte); binary data has zero bytes anywhere.
    """
    head = data[:8192]
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if len(data) % 2 == 0 and min(even, odd) <= max(even, odd) // 20:
        encoding = "utf-16-le" if odd > even else "utf-16-be"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            pass
        else:
            if is_plausible_text(text):
                return text, encoding
    raise unreadable(filename, NOT_TEXT)
