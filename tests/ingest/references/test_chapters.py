"""Chapters of the Convention, and a document's own chapters that must not count."""

import pytest

from observatory.ingest.references import find_chapters


def chapters(text, language):
    return [(e["chapter"], e["text"]) for e in find_chapters(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("by devoting its entire chapter II to measures", "en", [("II", "chapter II")]),
        ("Mindful of chapter II of the Convention", "en", [("II", "chapter II")]),
        ("chapters II and V", "en", [("II", "chapters II and V"), ("V", "chapters II and V")]),
        (
            "chapters III to V",
            "en",
            [("III", "chapters III to V"), ("IV", "chapters III to V"), ("V", "chapters III to V")],
        ),
        ("Chapter 3 of the Convention", "en", [("III", "Chapter 3")]),
        ("le chapitre II de la Convention", "fr", [("II", "chapitre II")]),
        ("el capítulo V de la Convención", "es", [("V", "capítulo V")]),
        ("глава II", "ru", [("II", "глава II")]),
        ("главы II Конвенции", "ru", [("II", "главы II")]),
        ("في إطار الفصل الثاني من الاتفاقية", "ar", [("II", "الفصل الثاني")]),
        ("وفقاً للفصل السادس من الاتفاقية", "ar", [("VI", "للفصل السادس")]),
        ("الفصلين الثاني والخامس", "ar", [("II", "الفصلين الثاني والخامس"), ("V", "الفصلين الثاني والخامس")]),
        ("الفصل 2 من الاتفاقية", "ar", [("II", "الفصل 2")]),
        ("《公约》第二章", "zh", [("II", "第二章")]),
        ("公约第五章", "zh", [("V", "第五章")]),
    ],
)
def test_chapters_of_the_convention(text, language, expected):
    assert chapters(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A document's own chapters: "above", "below", "of the present report", ", section …", "see …"
        ("as described in chapter III above", "en"),
        ("chapter IV below", "en"),
        ("chapter II of the present report", "en"),
        ("chapter II, section A", "en"),
        ("(see chapter III)", "en"),
        ("chapter 3 of this report", "en"),
        # A number in digits without the Convention named
        ("chapter 3", "en"),
        ("الفصل 2", "ar"),
        ("第2章", "zh"),
        # The Convention has eight chapters
        ("chapter IX", "en"),
        ("chapters II and X", "en"),
        # Other instruments
        ("chapter II of the Organized Crime Convention", "en"),
        ("chapitre III ci-dessus", "fr"),
        ("chapitre II du présent rapport", "fr"),
        ("capítulo III supra", "es"),
        ("главе III выше", "ru"),
        ("главы II настоящего доклада", "ru"),
        ("الفصل الثالث أعلاه", "ar"),
        ("本报告第三章", "zh"),
        ("上文第三章", "zh"),
        ("《刑法》第二章", "zh"),
    ],
)
def test_not_chapters_of_the_convention(text, language):
    assert find_chapters(text, language) == []


def test_no_language_tries_all_six():
    text = "chapter II; capítulo V; главы IV; الفصل الثالث; 第六章"
    assert [e["chapter"] for e in find_chapters(text, None)] == ["II", "V", "IV", "III", "VI"]
