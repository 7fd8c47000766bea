"""Dates, lists and alphabetical order as UN documents in each language write them."""

import datetime

import pytest

from observatory.core.wording import format_date, join_names, russian_states, sorted_names

DAY = datetime.date(2011, 5, 27)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "27 May 2011"),
        ("fr", "27 mai 2011"),
        ("es", "27 de mayo de 2011"),
        ("ru", "27 мая 2011 года"),
        ("zh", "2011年5月27日"),
        ("zh-hans", "2011年5月27日"),
        ("ar", "27 أيار/مايو 2011"),
    ],
)
def test_dates(language, expected):
    assert format_date(DAY, language) == expected


def test_french_writes_the_first_of_the_month_as_1er():
    assert format_date(datetime.date(2011, 6, 1), "fr") == "1er juin 2011"


def test_lists():
    assert join_names(["A", "B", "C"], "en") == "A, B and C"
    assert join_names(["A"], "en") == "A"
    assert join_names(["A", "B"], "fr") == "A et B"
    assert join_names(["甲", "乙", "丙"], "zh") == "甲、乙和丙"
    assert join_names(["مصر", "فرنسا", "الهند"], "ar") == "مصر، وفرنسا، والهند"
    assert join_names(["А", "Б"], "ru") == "А и Б"


def test_spanish_and_becomes_e_before_an_i_sound():
    assert join_names(["Francia", "Italia"], "es") == "Francia e Italia"
    assert join_names(["Chile", "Hungría"], "es") == "Chile y Hungría"
    assert join_names(["Chile", "Irlanda"], "es") == "Chile e Irlanda"


def test_alphabetical_order_is_the_languages_own():
    # Code-point order would put "Ö" after "Z" and "Ё" after "Я"; each language sorts them in place.
    assert sorted_names(["Zimbabwe", "Österreich", "Oman"], "en") == ["Oman", "Österreich", "Zimbabwe"]
    assert sorted_names(["Япония", "Ёмен", "Австрия"], "ru") == ["Австрия", "Ёмен", "Япония"]
    # Spanish: "ñ" is a letter after "n".
    assert sorted_names(["Ñu", "Nz", "Oa"], "es") == ["Nz", "Ñu", "Oa"]
    # Chinese: pinyin order (ā, ào, bā …, yuè, zhōng), not code points (中 U+4E2D before 阿 U+963F).
    assert sorted_names(["中国", "越南", "阿根廷", "巴西", "奥地利"], "zh") == [
        "阿根廷",
        "奥地利",
        "巴西",
        "越南",
        "中国",
    ]
    # French: accents only break ties.
    assert sorted_names(["Égypte", "Espagne", "Érythrée", "Estonie"], "fr") == [
        "Égypte",
        "Érythrée",
        "Espagne",
        "Estonie",
    ]


def test_russian_noun_agrees_with_the_number():
    assert [russian_states(n) for n in (1, 2, 5, 11, 21, 22, 25, 112)] == [
        "государство",
        "государства",
        "государств",
        "государств",
        "государство",
        "государства",
        "государств",
        "государств",
    ]


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="six official languages"):
        format_date(DAY, "de")


def test_interface_codes_and_language_names():
    from django.utils import translation

    from observatory.core.wording import interface_code, language_name

    assert [interface_code(code) for code in ("ar", "zh", "en", "fr", "ru", "es")] == [
        "ar",
        "zh-hans",
        "en",
        "fr",
        "ru",
        "es",
    ]
    assert interface_code("zh-hans") == "zh-hans"
    with translation.override("fr"):
        assert language_name("zh").lower() == "chinois"
