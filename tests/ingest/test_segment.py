"""The segment stage: paragraph ids, resolutions, sub-paragraphs, footnotes, page-break repairs."""

from observatory.ingest.segment import clean_line, is_debris, segment
from observatory.ingest.types import Block

RESOLUTION = """**Conference of the States Parties
to the United Nations
Convention against Corruption**

Distr.: General
1 December 2009

Resolution 3/2

Preventive measures

The Conference of the States Parties to the United Nations Convention against Corruption,

Recognizing the prominence that the Convention⁷ has given to the prevention of corruption,

Recalling also article 63, paragraph 4, of the Convention, which refers to the need to facilitate the

⁷ United Nations, *Treaty Series*, vol. 2349, No. 42146

objective of the Conference of promoting the implementation of the Convention,

1. *Takes note with appreciation* of the work carried out by the Secretariat;⁸
2. *Decides* to establish an interim open-ended intergovernmental working group;
3. *Also decides* that the working group shall perform the following functions:
 - (a) Assist the Conference in developing knowledge;
 - (b) Facilitate the exchange of information;
4. *Requests* the Secretariat to collect information on good practices in the prevention of

⁸ CAC/COSP/2009/9 and Add.1

corruption, and requests the Secretariat to report on such efforts to the working group;

Decision 3/1

Participation of signatories

The Conference of the States Parties to the United Nations Convention against Corruption decided:

(a) That signatories may participate;

(b) That observers may attend.
"""


def blocks_of(text: str) -> list[Block]:
    return [Block(text=part) for part in text.split("\n\n") if part.strip()]


def by_id(text: str) -> dict:
    return {p.id: p for p in segment(blocks_of(text)).paragraphs}


def test_ids_of_a_resolution():
    paragraphs = segment(blocks_of(RESOLUTION)).paragraphs
    assert [p.id for p in paragraphs] == [
        "t 1",
        "t 2",
        "h 1",
        "h 2",
        "t 3",
        "3/2 pp 1",
        "3/2 pp 2",
        "fn 7",
        "3/2 op 1",
        "3/2 op 2",
        "3/2 op 3",
        "3/2 op 4",
        "fn 8",
        "h 3",
        "h 4",
        "t 4",
        "dec 3/1 (a)",
        "dec 3/1 (b)",
    ]
    kinds = {p.id: p.kind for p in paragraphs}
    assert kinds["dec 3/1 (a)"] == "operative"
    items = {p.id: p for p in paragraphs if p.id.startswith("dec")}
    assert items["dec 3/1 (a)"].text == "That signatories may participate;"
    assert (items["dec 3/1 (a)"].number, items["dec 3/1 (a)"].resolution) == ("a", None)
    footnote = next(p for p in paragraphs if p.id == "fn 7")
    assert footnote.resolution == "3/2"  # the resolution of the paragraph that cites it
    assert next(p for p in paragraphs if p.id == "h 2").resolution == "3/2"
    assert kinds["3/2 pp 1"] == "preambular" and kinds["3/2 op 2"] == "operative"
    assert kinds["fn 7"] == "footnote" and kinds["h 2"] == "heading"


def test_operative_paragraphs_know_their_resolution_and_number():
    paragraph = by_id(RESOLUTION)["3/2 op 3"]
    assert (paragraph.resolution, paragraph.number) == ("3/2", "3")


def test_sub_paragraphs_stay_with_their_paragraph():
    assert by_id(RESOLUTION)["3/2 op 3"].text == (
        "Also decides that the working group shall perform the following functions: "
        "(a) Assist the Conference in developing knowledge; (b) Facilitate the exchange of information;"
    )


def test_a_paragraph_cut_by_a_page_break_is_whole_again_and_the_footnote_apart():
    paragraphs = by_id(RESOLUTION)
    assert paragraphs["3/2 pp 2"].text == (
        "Recalling also article 63, paragraph 4, of the Convention, which refers to the need "
        "to facilitate the "
        "objective of the Conference of promoting the implementation of the Convention,"
    )
    assert paragraphs["3/2 op 4"].text.endswith(
        "in the prevention of corruption, and requests the Secretariat "
        "to report on such efforts to the working group;"
    )
    assert paragraphs["fn 7"].text == "United Nations, Treaty Series, vol. 2349, No. 42146"
    assert paragraphs["fn 8"].text == "CAC/COSP/2009/9 and Add.1"


def test_footnote_markers_are_removed_and_recorded():
    paragraphs = by_id(RESOLUTION)
    assert paragraphs["3/2 pp 1"].text == (
        "Recognizing the prominence that the Convention has given to the prevention of corruption,"
    )
    assert paragraphs["3/2 pp 1"].footnotes == ["7"]
    assert paragraphs["3/2 op 1"].footnotes == ["8"]
    assert paragraphs["3/2 op 1"].text.endswith("by the Secretariat;")


def test_plain_digit_markers_glued_to_words():
    text = (
        "1. By 27 May 2011:1 Argentina and Kosovo2 had answered, as had the G20 and Corruption,3 alike.\n\n"
        "1 Late submissions.\n\n"
        "2 All references to Kosovo are understood in the context of resolution 1244.\n\n"
        "3 See CAC/COSP/2011/2/Add.1 for details."
    )
    # The three footnotes come after a page break.
    blocks = blocks_of(text)
    blocks.insert(1, Block(text="", kind="page_break"))
    paragraphs = {p.id: p for p in segment(blocks).paragraphs}
    assert (
        paragraphs["1"].text
        == "By 27 May 2011: Argentina and Kosovo had answered, as had the G20 and Corruption, alike."
    )
    assert paragraphs["1"].footnotes == ["1", "2", "3"]
    assert {"fn 1", "fn 2", "fn 3"} <= set(paragraphs)


def test_abbreviations_keep_their_numbers():
    text = "1. See CAC/COSP/2009/9/Add.1 and No.1 of the series.\n\n1 A footnote."
    blocks = blocks_of(text)
    blocks.insert(1, Block(text="", kind="page_break"))
    paragraphs = {p.id: p for p in segment(blocks).paragraphs}
    assert paragraphs["1"].text == "See CAC/COSP/2009/9/Add.1 and No.1 of the series."


def test_report_structure_and_debris():
    report = (
        "CAC/COSP/WG.4/2011/3\n\nI. Introduction\n\n1. The Working Group met in Vienna.\n\n"
        "A. Background\n\n2. The Conference, in its resolution 3/2, decided to establish the\n\n"
        "__________________\n\nV.11-81234 (E)\n\n- 2 -\n\nCAC/COSP/WG.4/2011/3\n\n"
        "working group.\n\n3. It met twice."
    )
    segmented = segment(blocks_of(report))
    assert segmented.symbol == "CAC/COSP/WG.4/2011/3"
    # The symbol is the masthead, not a paragraph; it is the document's symbol.
    assert [(p.id, p.kind, p.number, p.text) for p in segmented.paragraphs if p.kind == "heading"] == [
        ("h 1", "heading", "I", "Introduction"),
        ("h 2", "heading", "A", "Background"),
    ]
    assert [p.id for p in segmented.paragraphs] == ["h 1", "1", "h 2", "2", "3"]
    assert segmented.paragraphs[3].text.endswith("decided to establish the working group.")
    assert not segmented.has_resolutions


def test_blocks_from_rich_formats():
    blocks = [
        Block(text="Resolution 7/1", kind="heading", level=2),
        Block(text="Title of the resolution", kind="heading", level=3),
        Block(
            text="The Conference of the States Parties to the United Nations Convention against Corruption,"
        ),
        Block(text="Recalling its resolution 6/4,"),
        Block(
            text="Requests the Secretariat to report;", kind="list_item", marker="1.", italic_start="Requests"
        ),
        Block(text="First item;", kind="list_item", marker="(a)"),
        Block(text="United Nations, Treaty Series.", kind="footnote", marker="3"),
    ]
    paragraphs = segment(blocks).paragraphs
    assert [p.id for p in paragraphs] == ["h 1", "h 2", "t 1", "7/1 pp 1", "7/1 op 1", "fn 3"]
    assert paragraphs[4].text == "Requests the Secretariat to report; (a) First item;"


def test_resolutions_in_other_languages():
    french = (
        "Résolution 7/1\n\nTitre\n\nLa Conférence des États parties à la Convention des Nations Unies contre "
        "la corruption,\n\nRappelant sa résolution 6/4,\n\n1. Prie le Secrétariat de faire rapport;"
    )
    assert [p.id for p in segment(blocks_of(french)).paragraphs] == [
        "h 1",
        "h 2",
        "t 1",
        "7/1 pp 1",
        "7/1 op 1",
    ]
    chinese = (
        "第7/1号决议\n\n标题\n\n联合国反腐败公约缔约国会议，\n\n回顾其第6/4号决议，\n\n1. 请秘书处提出报告；"
    )
    assert [p.id for p in segment(blocks_of(chinese)).paragraphs] == [
        "h 1",
        "h 2",
        "t 1",
        "7/1 pp 1",
        "7/1 op 1",
    ]


def test_arabic_cut_paragraph_is_joined_after_a_break():
    blocks = [
        Block(text="1. تشجع الدول الأطراف على تعزيز التعاون في مجال منع"),
        Block(text="", kind="page_break"),
        Block(text="الفساد وتبادل المعلومات."),
        Block(text="2. فقرة أخرى."),
    ]
    paragraphs = segment(blocks).paragraphs
    assert [p.id for p in paragraphs] == ["1", "2"]
    assert paragraphs[0].text.endswith("منع الفساد وتبادل المعلومات.")


def test_duplicate_numbers_stay_unique():
    paragraphs = segment(blocks_of("1. One.\n\n1. One again.")).paragraphs
    assert [p.id for p in paragraphs] == ["1", "1 (2)"]


def test_cleaning_and_debris():
    assert clean_line("  *Requests*   the\u00a0Secretariat ") == "Requests the Secretariat"
    for line in ["__________________", "V.09-87654 (E)", "*0987654*", "- 3 -", "12", "Page 3 of 12"]:
        assert is_debris(line), line
    for line in ["1. Text.", "Article 5", "CAC/COSP/2009/9"]:
        assert not is_debris(line), line
    assert is_debris("CAC/COSP/2009/9", symbol="CAC/COSP/2009/9")
