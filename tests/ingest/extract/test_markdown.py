"""Markdown: headings, paragraphs, list items and footnotes, without the Markdown syntax."""

from observatory.ingest.extract import extract_bytes

SOURCE = """---
title: "Resolution 3/2: Preventive measures"
---
# Resolution 3/2

## Preventive *measures*

The Conference of the States Parties to the United Nations Convention against Corruption,[^7]

*Recalling* article 61, paragraph 2, of the **Convention**,
which stresses the importance of best practices,

1. *Takes note with appreciation* of the work of the `Secretariat`;[^8]
2. *Decides* to establish a working group:
   - assist the Conference;
   - facilitate the exchange of information.

7) Седьмой пункт на русском языке.

> Une citation en français, avec un [lien](https://example.org).

Línea con salto<two spaces>
duro al final.

缔约国会议，认识到
《联合国反腐败公约》的重要性。

[^7]: United Nations, *Treaty Series*, vol. 2349, No. 42146.
[^8]: CAC/COSP/2009/9 and Add.1.

    and a second paragraph of note 8.
""".replace("<two spaces>", "  ")


def blocks():
    return extract_bytes(SOURCE.encode(), "resolution.md").blocks


def test_title_and_headings():
    document = extract_bytes(SOURCE.encode(), "resolution.md")
    assert document.title == "Resolution 3/2: Preventive measures"
    assert document.format == "markdown"
    assert document.encoding == "utf-8"
    headings = [(block.level, block.text) for block in document.blocks if block.kind == "heading"]
    assert headings == [(1, "Resolution 3/2"), (2, "Preventive measures")]


def test_paragraphs_without_syntax_and_with_the_italic_opening():
    text = [block for block in blocks() if block.kind == "text"]
    recalling = next(block for block in text if block.text.startswith("Recalling"))
    assert recalling.text == (
        "Recalling article 61, paragraph 2, of the Convention, which stresses the importance of best "
        "practices,"
    )
    assert recalling.italic_start == "Recalling"
    assert text[0].italic_start is None
    everything = " ".join(block.text for block in blocks())
    for syntax in ("*", "#", "`", "[^", "](", ">"):
        assert syntax not in everything


def test_ordered_and_bullet_list_items():
    items = [
        (block.marker, block.text, block.italic_start) for block in blocks() if block.kind == "list_item"
    ]
    assert items == [
        (
            "1.",
            "Takes note with appreciation of the work of the Secretariat;",
            "Takes note with appreciation",
        ),
        ("2.", "Decides to establish a working group:", "Decides"),
        ("•", "assist the Conference;", None),
        ("•", "facilitate the exchange of information.", None),
        ("7)", "Седьмой пункт на русском языке.", None),
    ]


def test_footnotes_follow_the_block_that_calls_them():
    sequence = [(block.kind, block.marker, block.text) for block in blocks()]
    chapeau = sequence.index(("text", None, "The Conference of the States Parties to the United Nations "
                                            "Convention against Corruption,"))  # fmt: skip
    assert sequence[chapeau + 1] == ("footnote", "7", "United Nations, Treaty Series, vol. 2349, No. 42146.")
    item = sequence.index(("list_item", "1.", "Takes note with appreciation of the work of the Secretariat;"))
    assert sequence[item + 1] == (
        "footnote",
        "8",
        "CAC/COSP/2009/9 and Add.1.\nand a second paragraph of note 8.",
    )


def test_quotes_hard_breaks_and_chinese_soft_breaks():
    text = [block.text for block in blocks() if block.kind == "text"]
    assert "Une citation en français, avec un lien." in text
    assert "Línea con salto\nduro al final." in text
    assert "缔约国会议，认识到《联合国反腐败公约》的重要性。" in text


def test_arabic_markdown_in_windows_1256():
    sentence = "إن مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد، إذ يدرك أهمية منع الفساد."
    source = f"# القرار 3/2\n\n{sentence}\n"
    document = extract_bytes(source.encode("cp1256"), "ar.markdown")
    assert document.encoding == "cp1256"
    assert [block.text for block in document.blocks] == [
        "القرار 3/2",
        "إن مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد، إذ يدرك أهمية منع الفساد.",
    ]


def test_markdown_opening_with_html_tags_is_markdown():
    source = (
        '<div align="center"><img src="logo.png"></div>\n\n# Title\n\nText with <span>inline</span> HTML.\n'
    )
    document = extract_bytes(source.encode(), "README.md")
    assert document.format == "markdown"
    assert [(block.kind, block.text) for block in document.blocks] == [
        ("heading", "Title"),
        ("text", "Text with inline HTML."),
    ]
