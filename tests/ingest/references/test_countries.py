"""States named in the six languages, and the look-alikes that are not mentions of a State."""

from collections import defaultdict

import pytest

from observatory.ingest.references import find_countries
from observatory.ingest.references.countries import _names, states, variants
from observatory.ingest.references.text import LANGUAGES, fold


def named(text, language):
    return [(e["iso3"], e["text"]) for e in find_countries(text, language)]


def codes(text, language):
    return [e["iso3"] for e in find_countries(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Viet Nam, Vietnam and the Socialist Republic of Viet Nam",
            "en",
            [("VNM", "Viet Nam"), ("VNM", "Vietnam"), ("VNM", "Socialist Republic of Viet Nam")],
        ),
        (
            "Russia, South Korea, Iran, Syria, Bolivia, Venezuela, Tanzania, Turkey, Türkiye",
            "en",
            [
                ("RUS", "Russia"),
                ("KOR", "South Korea"),
                ("IRN", "Iran"),
                ("SYR", "Syria"),
                ("BOL", "Bolivia"),
                ("VEN", "Venezuela"),
                ("TZA", "Tanzania"),
                ("TUR", "Turkey"),
                ("TUR", "Türkiye"),
            ],
        ),
        (
            "Czech Republic, Ivory Coast, Côte d’Ivoire, Cote d'Ivoire, Macedonia, Swaziland, Cape Verde",
            "en",
            [
                ("CZE", "Czech Republic"),
                ("CIV", "Ivory Coast"),
                ("CIV", "Côte d’Ivoire"),
                ("CIV", "Cote d'Ivoire"),
                ("MKD", "Macedonia"),
                ("SWZ", "Swaziland"),
                ("CPV", "Cape Verde"),
            ],
        ),
        (
            "East Timor, Laos, Moldova, Micronesia, United States, USA, UK, Britain, Netherlands, Nauru",
            "en",
            [
                ("TLS", "East Timor"),
                ("LAO", "Laos"),
                ("MDA", "Moldova"),
                ("FSM", "Micronesia"),
                ("USA", "United States"),
                ("USA", "USA"),
                ("GBR", "UK"),
                ("GBR", "Britain"),
                ("NLD", "Netherlands"),
                ("NRU", "Nauru"),
            ],
        ),
        (
            "Bolivia (Plurinational State of) and the Plurinational State of Bolivia",
            "en",
            [("BOL", "Bolivia (Plurinational State of)"), ("BOL", "Plurinational State of Bolivia")],
        ),
        (
            "Venezuela (Bolivarian Republic of), Iran (Islamic Republic of)",
            "en",
            [("VEN", "Venezuela (Bolivarian Republic of)"), ("IRN", "Iran (Islamic Republic of)")],
        ),
        ("the Government of Austria", "en", [("AUT", "Austria")]),
        ("Georgia and Jordan", "en", [("GEO", "Georgia"), ("JOR", "Jordan")]),
        ("VIET NAM", "en", [("VNM", "VIET NAM")]),
        # French: articles and elisions
        (
            "la France, l'Autriche, d’Italie et les États-Unis d'Amérique",
            "fr",
            [("FRA", "France"), ("AUT", "Autriche"), ("ITA", "Italie"), ("USA", "États-Unis d'Amérique")],
        ),
        ("la République française", "fr", [("FRA", "République française")]),
        (
            "Bolivie (État plurinational de), Iran (République islamique d'), République islamique d'Iran",
            "fr",
            [
                ("BOL", "Bolivie (État plurinational de)"),
                ("IRN", "Iran (République islamique d')"),
                ("IRN", "République islamique d'Iran"),
            ],
        ),
        # Spanish
        (
            "del Perú, de México y de los Estados Unidos Mexicanos",
            "es",
            [("PER", "Perú"), ("MEX", "México"), ("MEX", "Estados Unidos Mexicanos")],
        ),
        ("la Federación de Rusia", "es", [("RUS", "Federación de Rusia")]),
        # Russian: case forms
        (
            "Франция, Франции, Францией, Франциям",
            "ru",
            [("FRA", "Франция"), ("FRA", "Франции"), ("FRA", "Францией"), ("FRA", "Франциям")],
        ),
        (
            "Российская Федерация и Российской Федерации",
            "ru",
            [("RUS", "Российская Федерация"), ("RUS", "Российской Федерации")],
        ),
        (
            "Соединенные Штаты, Соединенных Штатов, Соединённых Штатов Америки",
            "ru",
            [
                ("USA", "Соединенные Штаты"),
                ("USA", "Соединенных Штатов"),
                ("USA", "Соединённых Штатов Америки"),
            ],
        ),
        ("совместно с Казахстаном и Кыргызстаном", "ru", [("KAZ", "Казахстаном"), ("KGZ", "Кыргызстаном")]),
        ("в Египте и Египта", "ru", [("EGY", "Египте"), ("EGY", "Египта")]),
        (
            "Республике Корея и Боснии и Герцеговине",
            "ru",
            [("KOR", "Республике Корея"), ("BIH", "Боснии и Герцеговине")],
        ),
        # Arabic: proclitics, the "لل" of ل + ال, formal names
        ("والنمسا وبفرنسا وللنمسا", "ar", [("AUT", "النمسا"), ("FRA", "فرنسا"), ("AUT", "للنمسا")]),
        ("تجارب كل من مصر والمغرب وتونس", "ar", [("EGY", "مصر"), ("MAR", "المغرب"), ("TUN", "تونس")]),
        ("المملكة الأردنية الهاشمية", "ar", [("JOR", "المملكة الأردنية الهاشمية")]),
        (
            "الولايات المتحدة الأمريكية والولايات المتحدة المكسيكية",
            "ar",
            [("USA", "الولايات المتحدة الأمريكية"), ("MEX", "الولايات المتحدة المكسيكية")],
        ),
        ("في مالي والنيجر", "ar", [("MLI", "مالي"), ("NER", "النيجر")]),
        # Chinese: longest name first
        ("刚果民主共和国和刚果", "zh", [("COD", "刚果民主共和国"), ("COG", "刚果")]),
        ("中华人民共和国常驻维也纳代表团", "zh", [("CHN", "中华人民共和国")]),
        ("越南、老挝、蒙古等周边国家", "zh", [("VNM", "越南"), ("LAO", "老挝"), ("MNG", "蒙古")]),
        ("印度尼西亚和印度", "zh", [("IDN", "印度尼西亚"), ("IND", "印度")]),
        ("中国香港", "zh", [("CHN", "中国香港")]),
    ],
)
def test_states_named(text, language, expected):
    assert named(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Kosovo", "en", "Kosovo"),
        ("Kosovo", "fr", "Kosovo"),
        ("Kosovo", "es", "Kosovo"),
        ("Косово", "ru", "Косово"),
        ("كوسوفو", "ar", "كوسوفو"),
        ("科索沃", "zh", "科索沃"),
    ],
)
def test_kosovo_in_the_six_languages(text, language, name):
    assert named(f"information concerning {text}2 was received", language) == [("XKX", name)]


def test_footnote_markers_glued_to_a_name_do_not_hide_it():
    assert named("Argentina,¹ Kosovo2 and Viet Nam³", "en") == [
        ("ARG", "Argentina"),
        ("XKX", "Kosovo"),
        ("VNM", "Viet Nam"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea", "en", ["PNG", "GNQ", "GNB", "GIN"]),
        ("Nigeria and the Niger", "en", ["NGA", "NER"]),
        ("the Dominican Republic and Dominica", "en", ["DOM", "DMA"]),
        ("South Sudan and the Sudan", "en", ["SSD", "SDN"]),
        ("the Democratic People's Republic of Korea and the Republic of Korea", "en", ["PRK", "KOR"]),
        ("Democratic Republic of the Congo and the Congo", "en", ["COD", "COG"]),
        ("Papouasie-Nouvelle-Guinée et Guinée", "fr", ["PNG", "GIN"]),
        ("Гвинея-Бисау и Гвинеи", "ru", ["GNB", "GIN"]),
        ("几内亚比绍和赤道几内亚", "zh", ["GNB", "GNQ"]),
    ],
)
def test_the_longest_name_wins(text, language, expected):
    assert codes(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # cities
        ("held in Vienna, in Doha and in Mexico City", "en"),
        ("Panama City, Kuwait City and Guatemala City", "en"),
        ("à Mexico", "fr"),
        ("en la Ciudad de México", "es"),
        ("في مدينة الكويت", "ar"),
        ("墨西哥城和科威特城", "zh"),
        # demonyms and adjectives
        ("French law, Austrian experts, a Nigerian court", "en"),
        ("les autorités autrichiennes", "fr"),
        ("Российские эксперты", "ru"),
        ("الخبراء النمساويون والبنك المركزي الأردني", "ar"),
        # States inside organizations' names
        ("the Bank of Italy, the Central Bank of Nigeria and the University of Malta", "en"),
        (
            "the Inter-American Development Bank, the League of Arab States, "
            "the Organization of American States",
            "en",
        ),
        ("the Council of Europe", "en"),
        ("la Banque de France", "fr"),
        ("el Banco de España y el Banco Central de Chile", "es"),
        ("Банк России", "ru"),
        ("مصرف لبنان وجامعة مالطة", "ar"),
        ("中国人民银行和中国共产党", "zh"),
        # names of laws and gazettes
        ("《中华人民共和国公务员法》规定", "zh"),
        ("la Constitución Política de los Estados Unidos Mexicanos", "es"),
        ("Собрание законодательства Российской Федерации", "ru"),
        # regions and look-alikes
        ("the Gulf of Guinea and American Samoa", "en"),
        ("发展中国家", "zh"),
        ("a turkey, a guinea pig and chad", "en"),
        # "مالي" is also "financial"
        ("فساد مالي ونظام مالي", "ar"),
    ],
)
def test_not_mentions_of_a_state(text, language):
    assert codes(text, language) == []


def test_a_name_inside_a_longer_word_is_not_found():
    assert codes("Romania and the Omani delegation", "en") == ["ROU"]
    assert codes("ROMANIA, NIGERIA", "en") == ["ROU", "NGA"]
    assert codes("Францу́зская кухня и французский язык", "ru") == []


def test_no_language_tries_all_six():
    assert codes("Austria, Autriche, Австрии, النمسا, 奥地利, Austria", None) == ["AUT"] * 6


def test_every_state_is_found_by_its_short_name_in_every_language():
    for row in states():
        for language in LANGUAGES:
            name = row[f"name_{language}"]
            found = codes(f" {name} ", language)
            assert found == [row["iso3"]], (language, name, found)


def test_no_spelling_names_two_states():
    spellings = defaultdict(set)
    for name, value in _names(LANGUAGES):
        if value is not None:
            spellings[fold(name)].add(value.iso3)
    clashes = {name: iso3s for name, iso3s in spellings.items() if len(iso3s) > 1}
    assert clashes == {}


def test_the_variants_name_known_states_only():
    known = {row["iso3"] for row in states()} | {"XKX"}
    listed = {iso3 for names in variants()["names"].values() for iso3 in names}
    listed |= set(variants()["russian_forms"])
    assert listed <= known
    assert all(language in LANGUAGES for language in variants()["names"])
