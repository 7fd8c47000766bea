"""The pieces the finders stand on: folding that keeps offsets, numerals, Russian case forms."""

import pytest

from observatory.ingest.references.numerals import (
    chinese_to_int,
    int_to_roman,
    latin_subparagraph,
    roman_to_int,
)
from observatory.ingest.references.russian import case_forms
from observatory.ingest.references.text import fold, languages_for


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("l’article 9 – République", "l'article 9 - Republique"),
        ("المادة ٩ والفقرة ١٣", "الماده 9 والفقره 13"),
        ("إيطاليا وآيرلندا", "ايطاليا وايرلندا"),
        ("Соединённые Штаты", "Соединенные Штаты"),
        ("第十三条第一款（d）项", "第十三条第一款(d)项"),
        ("Viet\u00a0Nam\nand İstanbul", "Viet Nam and Istanbul"),
    ],
)
def test_folding_maps_one_character_to_one(text, folded):
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_folding_keeps_the_russian_short_i():
    assert fold("Китай") == "Китай"


@pytest.mark.parametrize(
    ("number", "roman"), [(1, "I"), (4, "IV"), (8, "VIII"), (9, "IX"), (14, "XIV"), (71, "LXXI")]
)
def test_roman_numerals_both_ways(number, roman):
    assert int_to_roman(number) == roman
    assert roman_to_int(roman) == number


@pytest.mark.parametrize("not_roman", ["", "IIII", "VX", "IIV", "ABC"])
def test_malformed_roman_numerals(not_roman):
    assert roman_to_int(not_roman) is None


@pytest.mark.parametrize(
    ("chinese", "number"),
    [
        ("九", 9),
        ("十", 10),
        ("十三", 13),
        ("二十一", 21),
        ("六十", 60),
        ("七十一", 71),
        ("一百零五", 105),
        ("9", 9),
    ],
)
def test_chinese_numerals(chinese, number):
    assert chinese_to_int(chinese) == number


def test_what_is_not_a_chinese_numeral():
    assert chinese_to_int("") is None
    assert chinese_to_int("条") is None


def test_arabic_subparagraph_letters_in_abjad_order():
    assert [latin_subparagraph(fold(letter)) for letter in ("أ", "ب", "ج", "د", "هـ", "و")] == list("abcdef")
    assert latin_subparagraph("D") == "d"


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Франция", {"Франции", "Францию", "Францией", "Франциям"}),
        ("Российская Федерация", {"Российской Федерации", "Российскую Федерацию", "Российской Федерацией"}),
        ("Соединенные Штаты Америки", {"Соединенных Штатов Америки", "Соединенным Штатам Америки"}),
        ("Казахстан", {"Казахстана", "Казахстану", "Казахстаном", "Казахстане"}),
        ("Беларусь", {"Беларуси", "Беларусью"}),
        ("Республика Корея", {"Республики Корея", "Республике Корея", "Республикой Корея"}),
        ("Босния и Герцеговина", {"Боснии и Герцеговины", "Боснией и Герцеговиной"}),
        ("Гвинея-Бисау", {"Гвинеи-Бисау", "Гвинее-Бисау"}),
        ("Святой Престол", {"Святого Престола", "Святым Престолом"}),
        ("Маршалловы Острова", {"Маршалловых Островов", "Маршалловым Островам"}),
        ("Всемирный банк", {"Всемирного банка", "Всемирным банком"}),
        ("Управление Организации Объединенных Наций", {"Управления Организации Объединенных Наций"}),
    ],
)
def test_russian_case_forms(name, forms):
    made = case_forms(name)
    assert name in made
    assert forms <= made


@pytest.mark.parametrize("name", ["Того", "Чили", "Перу", "Марокко", "США", "УНП ООН", "Никарагуа"])
def test_russian_names_that_do_not_decline(name):
    assert case_forms(name) == {name}


def test_language_codes():
    assert languages_for("fr") == ("fr",)
    assert languages_for("zh-Hans") == ("zh",)
    assert languages_for("en_GB") == ("en",)
    assert languages_for(None) == ("ar", "zh", "en", "fr", "ru", "es")
    with pytest.raises(ValueError, match="unknown language"):
        languages_for("xx")
