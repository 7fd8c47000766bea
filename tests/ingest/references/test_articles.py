"""Articles of the Convention cited in the six languages, and what is not one of them."""

import pytest

from observatory.ingest.references import find_articles


def cited(text, language):
    return [
        (e["article"], e["paragraph"], e["subparagraph"], e["text"]) for e in find_articles(text, language)
    ]


def numbers(text, language):
    return [(e["article"], e["paragraph"], e["subparagraph"]) for e in find_articles(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # English
        ("in accordance with article 9", "en", [(9, None, None, "article 9")]),
        ("see art. 9 and Art. 10", "en", [(9, None, None, "art. 9"), (10, None, None, "Art. 10")]),
        ("article 9, paragraph 1, of the Convention", "en", [(9, "1", None, "article 9, paragraph 1")]),
        ("art. 7, para. 4", "en", [(7, "4", None, "art. 7, para. 4")]),
        ("article 13, paragraph 1 (d)", "en", [(13, "1", "d", "article 13, paragraph 1 (d)")]),
        ("article 13(1)(d)", "en", [(13, "1", "d", "article 13(1)(d)")]),
        ("article 46, paragraph 13", "en", [(46, "13", None, "article 46, paragraph 13")]),
        (
            "paragraphs 1 and 2 of article 8",
            "en",
            [
                (8, "1", None, "paragraphs 1 and 2 of article 8"),
                (8, "2", None, "paragraphs 1 and 2 of article 8"),
            ],
        ),
        (
            "subparagraph (d) of paragraph 1 of article 13",
            "en",
            [(13, "1", "d", "subparagraph (d) of paragraph 1 of article 13")],
        ),
        (
            "articles 7(4) and 8(5) of the Convention",
            "en",
            [(7, "4", None, "articles 7(4)"), (8, "5", None, "8(5)")],
        ),
        (
            "articles 7, paragraph 4, and 8, paragraph 5, of the Convention",
            "en",
            [(7, "4", None, "articles 7, paragraph 4"), (8, "5", None, "8, paragraph 5")],
        ),
        (
            "article 8, paragraphs 2 and 3, of the Convention",
            "en",
            [
                (8, "2", None, "article 8, paragraphs 2 and 3"),
                (8, "3", None, "article 8, paragraphs 2 and 3"),
            ],
        ),
        # French
        ("conformément à l'article 9", "fr", [(9, None, None, "article 9")]),
        ("l’article 9, paragraphe 1, de la Convention", "fr", [(9, "1", None, "article 9, paragraphe 1")]),
        (
            "l'article 13, paragraphe 1, alinéa d)",
            "fr",
            [(13, "1", "d", "article 13, paragraphe 1, alinéa d)")],
        ),
        (
            "l'alinéa d) du paragraphe 1 de l'article 13",
            "fr",
            [(13, "1", "d", "alinéa d) du paragraphe 1 de l'article 13")],
        ),
        ("paragraphe 5 de l'article 8", "fr", [(8, "5", None, "paragraphe 5 de l'article 8")]),
        (
            "les articles 7-4 et 8-5 de la Convention",
            "fr",
            [(7, "4", None, "articles 7-4"), (8, "5", None, "8-5")],
        ),
        # Spanish
        ("el artículo 9", "es", [(9, None, None, "artículo 9")]),
        ("artículo 9, párrafo 1, de la Convención", "es", [(9, "1", None, "artículo 9, párrafo 1")]),
        (
            "el apartado d) del párrafo 1 del artículo 13",
            "es",
            [(13, "1", "d", "apartado d) del párrafo 1 del artículo 13")],
        ),
        (
            "artículo 13, párrafo 1, apartado d)",
            "es",
            [(13, "1", "d", "artículo 13, párrafo 1, apartado d)")],
        ),
        (
            "artículos 7, párrafo 4, y 8, párrafo 5, de la Convención",
            "es",
            [(7, "4", None, "artículos 7, párrafo 4"), (8, "5", None, "8, párrafo 5")],
        ),
        # Russian: the article's case endings, and the paragraph before the article
        ("статья 9", "ru", [(9, None, None, "статья 9")]),
        ("статьи 9", "ru", [(9, None, None, "статьи 9")]),
        ("статьей 9", "ru", [(9, None, None, "статьей 9")]),
        ("статье 9", "ru", [(9, None, None, "статье 9")]),
        ("пункт 1 статьи 9", "ru", [(9, "1", None, "пункт 1 статьи 9")]),
        (
            "пунктами 2 и 3 статьи 8 Конвенции",
            "ru",
            [(8, "2", None, "пунктами 2 и 3 статьи 8"), (8, "3", None, "пунктами 2 и 3 статьи 8")],
        ),
        ("подпункт (d) пункта 1 статьи 13", "ru", [(13, "1", "d", "подпункт (d) пункта 1 статьи 13")]),
        (
            "пункта 4 статьи 7 и пункта 5 статьи 8",
            "ru",
            [(7, "4", None, "пункта 4 статьи 7"), (8, "5", None, "пункта 5 статьи 8")],
        ),
        # Arabic: Arabic-Indic digits, prefixed و/ب/ل, the dual, the paragraph before the article
        ("المادة 9", "ar", [(9, None, None, "المادة 9")]),
        ("المادة ٩", "ar", [(9, None, None, "المادة ٩")]),
        ("والمادة 9", "ar", [(9, None, None, "المادة 9")]),
        ("بالمادة 20 من الاتفاقية", "ar", [(20, None, None, "بالمادة 20")]),
        ("الفقرة 1 من المادة 9", "ar", [(9, "1", None, "الفقرة 1 من المادة 9")]),
        (
            "الفقرتين 2 و3 من المادة 8",
            "ar",
            [(8, "2", None, "الفقرتين 2 و3 من المادة 8"), (8, "3", None, "الفقرتين 2 و3 من المادة 8")],
        ),
        (
            "الفقرة الفرعية (د) من الفقرة 1 من المادة 13",
            "ar",
            [(13, "1", "d", "الفقرة الفرعية (د) من الفقرة 1 من المادة 13")],
        ),
        (
            "تنفيذ الفقرة 4 من المادة 7 والفقرة 5 من المادة 8 من الاتفاقية",
            "ar",
            [(7, "4", None, "الفقرة 4 من المادة 7"), (8, "5", None, "الفقرة 5 من المادة 8")],
        ),
        # Chinese: Chinese numerals, paragraphs (款) and sub-paragraphs (项)
        ("第九条", "zh", [(9, None, None, "第九条")]),
        ("第9条", "zh", [(9, None, None, "第9条")]),
        ("第九条第一款", "zh", [(9, "1", None, "第九条第一款")]),
        ("第十三条第一款(d)项", "zh", [(13, "1", "d", "第十三条第一款(d)项")]),
        ("第十三条第一款（d）项", "zh", [(13, "1", "d", "第十三条第一款（d）项")]),
        ("《公约》第八条第二款和第三款", "zh", [(8, "2", None, "第八条第二款"), (8, "3", None, "第三款")]),
        (
            "第七条第四款和第八条第五款",
            "zh",
            [(7, "4", None, "第七条第四款"), (8, "5", None, "第八条第五款")],
        ),
        ("第六十条", "zh", [(60, None, None, "第六十条")]),
    ],
)
def test_citations(text, language, expected):
    assert cited(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "text_of_mention"),
    [
        ("articles 5 to 14 of the Convention", "en", "articles 5 to 14"),
        ("articles 5–14", "en", "articles 5–14"),
        ("les articles 5 à 14", "fr", "articles 5 à 14"),
        ("los artículos 5 a 14", "es", "artículos 5 a 14"),
        ("статьи 5–14", "ru", "статьи 5–14"),
        ("المواد من 5 إلى 14", "ar", "المواد من 5 إلى 14"),
        ("第五至第十四条", "zh", "第五至第十四条"),
        ("第五条至第十四条", "zh", "第五条至第十四条"),
    ],
)
def test_a_range_gives_one_entry_per_article_with_the_whole_mention(text, language, text_of_mention):
    entries = find_articles(text, language)
    assert [e["article"] for e in entries] == list(range(5, 15))
    assert {e["text"] for e in entries} == {text_of_mention}
    assert {e["paragraph"] for e in entries} == {None}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("articles 7-9", "en", [7, 8, 9]),
        ("articles 7–9", "en", [7, 8, 9]),
        ("articles 5, 6 and 9", "en", [5, 6, 9]),
        ("articles 5, 6 et 9", "fr", [5, 6, 9]),
        ("artículos 5, 6 y 9", "es", [5, 6, 9]),
        ("статьями 5, 6 и 9", "ru", [5, 6, 9]),
        ("المادتين 7 و8", "ar", [7, 8]),
        ("للمادتين 7 و 8 من الاتفاقية", "ar", [7, 8]),
        ("第五、第六和第九条", "zh", [5, 6, 9]),
    ],
)
def test_lists_of_bare_numbers_share_one_mention(text, language, expected):
    entries = find_articles(text, language)
    assert [e["article"] for e in entries] == expected
    assert len({e["text"] for e in entries}) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("article 19 of the Universal Declaration of Human Rights", "en"),
        ("article 2 of the rules of procedure", "en"),
        ("rule 2, paragraph 2, of the rules of procedure", "en"),
        ("Article 5 of the Statute", "en"),
        ("article 5 of the United Nations Convention against Transnational Organized Crime", "en"),
        ("article 72", "en"),
        ("article 108 of the Constitution", "en"),
        ("paragraph 2 above and paragraph 5 of resolution 3/2", "en"),
        ("article 2011/12 and article 9bis", "en"),
        ("l'article 19 de la Déclaration universelle des droits de l'homme", "fr"),
        ("l'article 2 du règlement intérieur", "fr"),
        ("el artículo 108 de la Constitución Política", "es"),
        ("el artículo 5 del Reglamento", "es"),
        ("статьи 19 Всеобщей декларации прав человека", "ru"),
        ("В соответствии со статьей 8 указанного Федерального закона", "ru"),
        ("статья 9 Федерального закона «О противодействии коррупции»", "ru"),
        ("ст. 6228", "ru"),
        ("وتنص المادة 3 من القانون على سرية الإقرارات", "ar"),
        ("المادة 19 من الإعلان العالمي لحقوق الإنسان", "ar"),
        ("《世界人权宣言》第十九条", "zh"),
        ("刑法第三百八十五条", "zh"),
        ("第五届会议", "zh"),
    ],
)
def test_not_articles_of_the_convention(text, language):
    assert find_articles(text, language) == []


def test_numbers_past_the_last_article_are_dropped_from_a_list():
    assert numbers("articles 5, 6 and 72", "en") == [(5, None, None), (6, None, None)]
    assert numbers("articles 70 to 75", "en") == []


def test_the_convention_named_in_full_is_the_convention():
    assert numbers("article 9 of the United Nations Convention against Corruption", "en") == [(9, None, None)]
    assert numbers("статьи 9 Конвенции Организации Объединенных Наций против коррупции", "ru") == [
        (9, None, None)
    ]
    assert numbers("المادة 9 من اتفاقية الأمم المتحدة لمكافحة الفساد", "ar") == [(9, None, None)]
    assert numbers("《联合国反腐败公约》第九条", "zh") == [(9, None, None)]


def test_text_is_cut_from_the_original_even_where_folding_changed_it():
    text = "Recalling l’article 13, paragraphe 1, alinéa d)"
    (entry,) = find_articles(text, "fr")
    assert entry["text"] in text
    assert entry["text"] == "article 13, paragraphe 1, alinéa d)"


def test_no_language_tries_them_all_and_still_heeds_each_languages_instruments():
    assert numbers("article 9 and статьи 10 and المادة 11 and 第十二条", None) == [
        (9, None, None),
        (10, None, None),
        (11, None, None),
        (12, None, None),
    ]
    assert find_articles("article 19 of the Universal Declaration of Human Rights", None) == []


def test_an_unknown_language_is_an_error():
    with pytest.raises(ValueError, match="unknown language"):
        find_articles("article 9", "de")
