"""A section's text as sentences with their sources, in the six languages."""

import pytest

from observatory.papers.sentences import blocks, cited, sentences


def test_markers_after_the_full_stop_belong_to_the_sentence_before():
    text = "The Office verifies declarations.[^12] It uses registers, e.g. tax data [^13][^14]."
    first, second = sentences(text, "en")
    assert first.sources == (12,) and first.plain == "The Office verifies declarations."
    assert second.sources == (13, 14) and second.plain == "It uses registers, e.g. tax data."


def test_blank_lines_make_numbered_paragraphs():
    text = "One.[^1]\n\nTwo. Three.[^2]\r\n\r\n  \n\nFour."
    assert blocks(text) == ["One.[^1]", "Two. Three.[^2]", "Four."]
    assert [(s.block, s.sources) for s in sentences(text, "en")] == [(0, (1,)), (1, ()), (1, (2,)), (2, ())]


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("ar", "تتحقق الهيئة من الإقرارات.[^4] ثم تقدم تقريرا سنويا.", 2),
        ("zh", "委员会核查申报。[^3]然后向议会报告。", 2),
        (
            "fr",
            "La Haute Autorité vérifie les déclarations, p. ex. des ministres.[^5] Elle publie un rapport.",
            2,
        ),
        ("ru", "Комиссия проверяет декларации, т. е. сведения о доходах.[^6] Затем она отчитывается.", 2),
        (
            "es",
            "La Oficina verifica las declaraciones, p. ej. de los jueces.[^7] Luego publica un informe.",
            2,
        ),
    ],
)
def test_each_language_splits_by_its_own_rules(language, text, count):
    written = sentences(text, language)
    assert len(written) == count
    assert written[0].sources and not written[1].sources
    assert "[^" not in written[0].plain


def test_repeated_markers_count_once_in_order():
    assert cited("A [^3] b [^1] c [^3].") == [3, 1]
    assert sentences("A [^3] b [^3].", "en")[0].sources == (3,)


def test_empty_text_has_no_sentences():
    assert sentences("", "en") == [] and sentences(" \n\n ", "fr") == []
