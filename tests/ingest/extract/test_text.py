"""Plain text: encodings of the six UN languages detected, paragraphs, hard line breaks, form feeds."""

import codecs

import pytest

from observatory.ingest.errors import UnreadableFile
from observatory.ingest.extract import extract_bytes

# Real sentences (CoSP resolution 3/2 and the Convention), long enough to tell encodings apart.
ARABIC = (
    "إن مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد، "
    "إذ يدرك أهمية منع الفساد في القطاعين العام والخاص."
)
RUSSIAN = (
    "Конференция государств участников Конвенции Организации Объединенных Наций против коррупции, "
    "признавая важность предупреждения коррупции, постановляет учредить рабочую группу."
)
CHINESE = "缔约国会议，认识到《联合国反腐败公约》对预防腐败的重视，并专门用第二章阐述预防措施。"
TRADITIONAL_CHINESE = "締約國會議，認識到《聯合國反腐敗公約》對預防腐敗的重視。"
FRENCH = (
    "La Conférence des États parties à la Convention des Nations Unies contre la corruption, consciente "
    "de l’importance de la prévention, décide de créer un groupe de travail."
)
SPANISH = (
    "La Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción, "
    "reconociendo la importancia de la prevención, decide establecer un grupo de trabajo intergubernamental."
)
ENGLISH = "The Conference of the States Parties to the United Nations Convention against Corruption,"


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (ARABIC, "cp1256", "cp1256"),
        (ARABIC, "iso8859_6", "iso8859-6"),
        (RUSSIAN, "cp1251", "cp1251"),
        (RUSSIAN, "koi8_r", "koi8-r"),
        (CHINESE, "gb18030", "gb18030"),
        (TRADITIONAL_CHINESE, "big5", "big5"),
        (FRENCH, "cp1252", "cp1252"),
        (SPANISH, "latin_1", None),  # Latin-1 and Windows-1252 agree on every character here
    ],
)
def test_legacy_encodings_of_the_six_languages(text, encoding, expected):
    document = extract_bytes(text.encode(encoding), "submission.txt")
    assert [block.text for block in document.blocks] == [text]
    if expected is not None:
        assert document.encoding == expected
    assert document.format == "text"


@pytest.mark.parametrize(
    ("prefix", "codec", "expected"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_byte_order_marks(prefix, codec, expected):
    text = f"{ARABIC}\n\n{CHINESE}\n\n{RUSSIAN}"
    document = extract_bytes(prefix + text.encode(codec), "multilingual.txt")
    assert [block.text for block in document.blocks] == [ARABIC, CHINESE, RUSSIAN]
    assert document.encoding == expected


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark(codec):
    text = f"{SPANISH}\n\n{ARABIC}\n\n{CHINESE}"
    document = extract_bytes(text.encode(codec), "export.txt")
    assert [block.text for block in document.blocks] == [SPANISH, ARABIC, CHINESE]
    assert document.encoding == codec


def test_utf8_without_mark():
    text = "\n\n".join([ARABIC, CHINESE, ENGLISH, FRENCH, RUSSIAN, SPANISH])
    document = extract_bytes(text.encode(), "six.txt")
    assert document.encoding == "utf-8"
    assert [block.text for block in document.blocks] == [ARABIC, CHINESE, ENGLISH, FRENCH, RUSSIAN, SPANISH]


def test_paragraphs_hard_line_breaks_and_spaces():
    text = (
        "Resolution 3/2\r\n\r\nPreventive   measures\r\nThe Conference,\r\n \t \r\n\r\n\r\n1.\tTakes note\n"
    )
    document = extract_bytes(text.encode(), "resolution.txt")
    assert [block.text for block in document.blocks] == [
        "Resolution 3/2",
        "Preventive measures\nThe Conference,",
        "1. Takes note",
    ]
    assert all(block.kind == "text" and block.page is None for block in document.blocks)
    assert document.pages is None


def test_form_feeds_are_page_breaks():
    text = "Page one text.\n\nMore on one.\fPage two text.\f\fPage four.\f"
    document = extract_bytes(text.encode(), "converted.txt")
    assert [(block.kind, block.page, block.text) for block in document.blocks] == [
        ("text", 1, "Page one text."),
        ("text", 1, "More on one."),
        ("page_break", 2, ""),
        ("text", 2, "Page two text."),
        ("page_break", 3, ""),
        ("page_break", 4, ""),
        ("text", 4, "Page four."),
    ]
    assert document.pages == 4


def test_separator_lines_are_left_for_the_segmenter():
    text = "Recalling article 63,\n\n__________________\n\n⁷ United Nations, Treaty Series, vol. 2349"
    blocks = extract_bytes(text.encode(), "sample.txt").blocks
    assert [block.text for block in blocks][1] == "__________________"


def test_invalid_bytes_after_a_byte_order_mark():
    with pytest.raises(UnreadableFile) as caught:
        extract_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8\x00\xd8", "broken.txt")
    assert caught.value.message.startswith("broken.txt: the file starts with a UTF-16-LE byte-order mark")
