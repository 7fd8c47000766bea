"""The query language and its translation for both engines."""

import pytest

from observatory.search.query import InvalidQuery, parse, to_fts5, to_tsquery


def test_and_or_not_phrase_prefix():
    query = parse('declarations OR disclosures "conflict of interest" -sport declar*', "en")
    assert (
        to_fts5(query) == '("declar" OR "disclosur") AND ("conflict of interest") AND ("declar"*) NOT "sport"'
    )
    assert to_tsquery(query) == (
        "('declar' | 'disclosur') & (('conflict' <-> 'of' <-> 'interest')) & ('declar':*) & !'sport'"
    )


def test_unbalanced_quotes_still_give_balanced_expressions():
    query = parse("o'brien \"unfinished phrase", "en")
    assert to_fts5(query).count('"') % 2 == 0
    assert to_tsquery(query).count("'") % 2 == 0


def test_chinese_words_are_all_required_unless_quoted():
    assert len(parse("资产申报", "zh").groups) >= 2
    assert len(parse('"资产申报"', "zh").groups) == 1


def test_unknown_language_tries_each_language_of_the_script():
    alternatives = parse("corruption", None).groups[0]
    assert {term.tokens for term in alternatives} >= {("corrupt",), ("corruption",)}


@pytest.mark.parametrize("text", ["", "   ", "OR", "- -", "NOT x", "x" * 1001])
def test_invalid(text):
    with pytest.raises(InvalidQuery):
        parse(text, "en")
