"""Lines a layout wrapped, joined again: a space between words, none inside a hyphenated word, a UN
symbol broken at a slash, or Chinese text."""

import pytest

from observatory.ingest.extract.textnorm import fold_spaces, join_wrapped


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("provided by States", "parties.", "provided by States parties."),
        ("anti-", "corruption", "anti-corruption"),
        ("a dash -", "then more", "a dash - then more"),
        ("(CAC/", "COSP/WG.4/2010/3)", "(CAC/COSP/WG.4/2010/3)"),
        ("saisie (CAC/COSP/", "2021/7), fondée", "saisie (CAC/COSP/2021/7), fondée"),
        ("and/", "or", "and/or"),
        ("a slash /", "alone", "a slash / alone"),
        ("反腐败", "公约", "反腐败公约"),
        ("", "only", "only"),
    ],
)
def test_wrapped_lines_are_joined_as_the_text_was_written(first, second, joined):
    assert join_wrapped(first, second) == joined


def test_spaces_fold_and_hard_breaks_survive():
    assert fold_spaces("  a\u00a0\u00a0b \n\n c\u200b ") == "a b\nc"
