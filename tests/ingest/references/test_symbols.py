"""United Nations document symbols, and the slashes that are not symbols."""

import pytest

from observatory.ingest.references import find_symbols


def symbols(text, language="en"):
    return [(e["symbol"], e["text"]) for e in find_symbols(text, language)]


@pytest.mark.parametrize(
    "symbol",
    [
        "CAC/COSP/2017/5",
        "CAC/COSP/IRG/2016/9",
        "CAC/COSP/WG.2/2012/3",
        "CAC/COSP/WG.4/2011/2",
        "CAC/COSP/EG.1/2014/2",
        "A/RES/58/4",
        "A/70/174",
        "A/C.3/70/L.1",
        "E/2007/30",
        "E/CN.15/2012/L.4/Rev.1",
        "S/2001/1234",
        "ST/SGB/2005/21",
        "CTOC/COP/2010/17",
        "CAC/COSP/IRG/2016/9/Add.1",
        "CAC/COSP/2011/14/Rev.1/Add.2",
        "CAC/COSP/2009/9/Corr.1",
        "CAC/COSP/2013/CRP.3",
        "CAC/COSP/2015/INF.2",
    ],
)
def test_symbols_of_the_series(symbol):
    assert symbols(f"See document {symbol}.") == [(symbol, symbol)]


def test_trailing_punctuation_and_footnote_markers_are_not_part_of_the_symbol():
    assert symbols("(CAC/COSP/2009/12), CAC/COSP/2009/9; CAC/COSP/2017/5²") == [
        ("CAC/COSP/2009/12", "CAC/COSP/2009/12"),
        ("CAC/COSP/2009/9", "CAC/COSP/2009/9"),
        ("CAC/COSP/2017/5", "CAC/COSP/2017/5"),
    ]


def test_shorthand_for_a_companion_document_is_a_symbol_of_its_own():
    assert symbols("CAC/COSP/2009/9 and Add.1 and CAC/COSP/2009/12") == [
        ("CAC/COSP/2009/9", "CAC/COSP/2009/9"),
        ("CAC/COSP/2009/9/Add.1", "Add.1"),
        ("CAC/COSP/2009/12", "CAC/COSP/2009/12"),
    ]
    assert symbols("CAC/COSP/2009/9/Add.1 and Add.2") == [
        ("CAC/COSP/2009/9/Add.1", "CAC/COSP/2009/9/Add.1"),
        ("CAC/COSP/2009/9/Add.2", "Add.2"),
    ]
    assert symbols("CAC/COSP/WG.4/2011/3 et Corr.1", "fr") == [
        ("CAC/COSP/WG.4/2011/3", "CAC/COSP/WG.4/2011/3"),
        ("CAC/COSP/WG.4/2011/3/Corr.1", "Corr.1"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("см. документ CAC/COSP/2009/9 и Add.1", "ru"),
        ("انظر الوثيقة CAC/COSP/2009/9 وAdd.1", "ar"),
        ("见CAC/COSP/2009/9和Add.1。", "zh"),
        ("véase CAC/COSP/2009/9 y Add.1", "es"),
    ],
)
def test_symbols_inside_other_scripts_are_the_same_latin_strings(text, language):
    assert [e["symbol"] for e in find_symbols(text, language)] == ["CAC/COSP/2009/9", "CAC/COSP/2009/9/Add.1"]


@pytest.mark.parametrize(
    "text",
    [
        "in 2011/12 the budget",
        "one 1/2 of the States",
        "resolution 6/4",
        "A/B testing and S/he",
        "A/4 paper",
        "https://www.unodc.org/documents/A/RES/58/4.pdf",
        "www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/58/4",
        "the ratio E/S",
        "UNODC/CAC",
    ],
)
def test_not_symbols(text):
    assert find_symbols(text) == []
