"""Resolutions and decisions: body, number, date, kind and the words of each mention."""

import pytest

from observatory.ingest.references import find_resolutions
from observatory.ingest.references.resolutions import infer_body


def cited(text, language):
    return [
        (e["body"], e["number"], e["date"], e["kind"], e["text"]) for e in find_resolutions(text, language)
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Recalling its resolution 6/4 of 6 November 2015,",
            "en",
            [("CoSP", "6/4", "2015-11-06", "resolution", "resolution 6/4 of 6 November 2015")],
        ),
        ("Recalling its resolution 3/2,", "en", [("CoSP", "3/2", None, "resolution", "resolution 3/2")]),
        ("Resolution 3/2", "en", [("CoSP", "3/2", None, "resolution", "Resolution 3/2")]),
        (
            "General Assembly resolution 70/174, annex",
            "en",
            [("GA", "70/174", None, "resolution", "General Assembly resolution 70/174")],
        ),
        (
            "General Assembly resolution 58/4 of 31 October 2003, by which",
            "en",
            [
                (
                    "GA",
                    "58/4",
                    "2003-10-31",
                    "resolution",
                    "General Assembly resolution 58/4 of 31 October 2003",
                )
            ],
        ),
        (
            "Economic and Social Council resolution 2007/22",
            "en",
            [("ECOSOC", "2007/22", None, "resolution", "Economic and Social Council resolution 2007/22")],
        ),
        (
            "Security Council resolution 1373 (2001)",
            "en",
            [("SC", "1373 (2001)", None, "resolution", "Security Council resolution 1373 (2001)")],
        ),
        ("decision 5/1", "en", [("CoSP", "5/1", None, "decision", "decision 5/1")]),
        (
            "decisions 7/1 and 7/2",
            "en",
            [("CoSP", "7/1", None, "decision", "decisions 7/1"), ("CoSP", "7/2", None, "decision", "7/2")],
        ),
        (
            "resolution 58/4 of the General Assembly",
            "en",
            [("GA", "58/4", None, "resolution", "resolution 58/4 of the General Assembly")],
        ),
        # French: the body after the number
        (
            "sa résolution 6/4 du 6 novembre 2015",
            "fr",
            [("CoSP", "6/4", "2015-11-06", "resolution", "résolution 6/4 du 6 novembre 2015")],
        ),
        (
            "la résolution 71/208 de l'Assemblée générale en date du 19 décembre 2016",
            "fr",
            [
                (
                    "GA",
                    "71/208",
                    "2016-12-19",
                    "resolution",
                    "résolution 71/208 de l'Assemblée générale en date du 19 décembre 2016",
                )
            ],
        ),
        (
            "la résolution 1373 (2001) du Conseil de sécurité",
            "fr",
            [("SC", "1373 (2001)", None, "resolution", "résolution 1373 (2001) du Conseil de sécurité")],
        ),
        ("la décision 5/1", "fr", [("CoSP", "5/1", None, "decision", "décision 5/1")]),
        # Spanish
        (
            "su resolución 6/4, de 6 de noviembre de 2015",
            "es",
            [("CoSP", "6/4", "2015-11-06", "resolution", "resolución 6/4, de 6 de noviembre de 2015")],
        ),
        (
            "la resolución 51/59 de la Asamblea General, de 12 de diciembre de 1996",
            "es",
            [
                (
                    "GA",
                    "51/59",
                    "1996-12-12",
                    "resolution",
                    "resolución 51/59 de la Asamblea General, de 12 de diciembre de 1996",
                )
            ],
        ),
        (
            "la resolución 2007/22 del Consejo Económico y Social",
            "es",
            [("ECOSOC", "2007/22", None, "resolution", "resolución 2007/22 del Consejo Económico y Social")],
        ),
        ("la decisión 5/1", "es", [("CoSP", "5/1", None, "decision", "decisión 5/1")]),
        # Russian: case endings, the body in the genitive after the number
        (
            "резолюция 6/4 от 6 ноября 2015 года",
            "ru",
            [("CoSP", "6/4", "2015-11-06", "resolution", "резолюция 6/4 от 6 ноября 2015 года")],
        ),
        ("в своей резолюции 3/2", "ru", [("CoSP", "3/2", None, "resolution", "резолюции 3/2")]),
        (
            "резолюции 70/174 Генеральной Ассамблеи",
            "ru",
            [("GA", "70/174", None, "resolution", "резолюции 70/174 Генеральной Ассамблеи")],
        ),
        (
            "резолюцией 1373 (2001) Совета Безопасности",
            "ru",
            [("SC", "1373 (2001)", None, "resolution", "резолюцией 1373 (2001) Совета Безопасности")],
        ),
        (
            "решения 7/1 и 7/2",
            "ru",
            [("CoSP", "7/1", None, "decision", "решения 7/1"), ("CoSP", "7/2", None, "decision", "7/2")],
        ),
        # Arabic: the body between keyword and number, Levantine and western month names
        (
            "القرار 6/4 المؤرخ 6 تشرين الثاني/نوفمبر 2015",
            "ar",
            [("CoSP", "6/4", "2015-11-06", "resolution", "القرار 6/4 المؤرخ 6 تشرين الثاني/نوفمبر 2015")],
        ),
        (
            "قرار الجمعية العامة 70/174",
            "ar",
            [("GA", "70/174", None, "resolution", "قرار الجمعية العامة 70/174")],
        ),
        (
            "قرار مجلس الأمن 1373 (2001)",
            "ar",
            [("SC", "1373 (2001)", None, "resolution", "قرار مجلس الأمن 1373 (2001)")],
        ),
        ("وقرارها ٣/٢", "ar", [("CoSP", "3/2", None, "resolution", "قرارها ٣/٢")]),
        ("المقرر 5/1", "ar", [("CoSP", "5/1", None, "decision", "المقرر 5/1")]),
        # Chinese: the date before the number, the body before the date
        (
            "2015年11月6日第6/4号决议",
            "zh",
            [("CoSP", "6/4", "2015-11-06", "resolution", "2015年11月6日第6/4号决议")],
        ),
        ("第6/4号决议", "zh", [("CoSP", "6/4", None, "resolution", "第6/4号决议")]),
        (
            "大会2015年12月17日第70/174号决议",
            "zh",
            [("GA", "70/174", "2015-12-17", "resolution", "大会2015年12月17日第70/174号决议")],
        ),
        (
            "安全理事会第1373（2001）号决议",
            "zh",
            [("SC", "1373 (2001)", None, "resolution", "安全理事会第1373（2001）号决议")],
        ),
        ("第5/1号决定", "zh", [("CoSP", "5/1", None, "decision", "第5/1号决定")]),
    ],
)
def test_citations(text, language, expected):
    assert cited(text, language) == expected


def test_a_list_gives_one_entry_each_with_its_own_date():
    text = (
        "Recalling further its resolutions 4/3 of 28 October 2011, entitled “Marrakech declaration on the "
        "prevention of corruption”, 5/4 of 29 November 2013 and 6/6 of 6 November 2015 on the follow-up"
    )
    assert cited(text, "en") == [
        ("CoSP", "4/3", "2011-10-28", "resolution", "resolutions 4/3 of 28 October 2011"),
        ("CoSP", "5/4", "2013-11-29", "resolution", "5/4 of 29 November 2013"),
        ("CoSP", "6/6", "2015-11-06", "resolution", "6/6 of 6 November 2015"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("resolutions 5/3, 6/2 and 6/3", "en"),
        ("résolutions 5/3, 6/2 et 6/3", "fr"),
        ("resoluciones 5/3, 6/2 y 6/3", "es"),
        ("резолюции 5/3, 6/2 и 6/3", "ru"),
        ("القرارات 5/3 و6/2 و6/3", "ar"),
        ("第5/3、6/2和6/3号决议", "zh"),
    ],
)
def test_three_resolutions_in_one_list(text, language):
    assert [(e["body"], e["number"]) for e in find_resolutions(text, language)] == [
        ("CoSP", "5/3"),
        ("CoSP", "6/2"),
        ("CoSP", "6/3"),
    ]


@pytest.mark.parametrize(
    ("number", "security_council", "body"),
    [
        ("3/2", False, "CoSP"),  # the Conference's sessions are few
        ("20/1", False, "CoSP"),
        ("58/4", False, "GA"),  # the Assembly adopted the Convention at its fifty-eighth session
        ("21/1", False, "GA"),
        ("2007/22", False, "ECOSOC"),  # a year first
        ("1373", True, "SC"),
    ],
)
def test_a_number_without_a_body_is_read_by_its_shape(number, security_council, body):
    assert infer_body(number, security_council) == body


def test_a_bare_resolution_58_4_is_the_general_assemblys():
    assert cited("resolution 58/4", "en") == [("GA", "58/4", None, "resolution", "resolution 58/4")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Human Rights Council resolution 7/11", "en"),
        (
            "resolution 7/1 of the Conference of the Parties to the United Nations Convention against "
            "Transnational Organized Crime",
            "en",
        ),
        ("Commission on Crime Prevention and Criminal Justice resolution 18/1", "en"),
        ("la résolution 7/1 du Conseil des droits de l'homme", "fr"),
        ("resolución 7/1 del Consejo de Derechos Humanos", "es"),
        ("резолюция 7/1 Совета по правам человека", "ru"),
        ("قرار مجلس حقوق الإنسان 7/1", "ar"),
        ("人权理事会第7/1号决议", "zh"),
        # not resolution numbers at all
        ("the resolution was adopted in 2015/16", "en"),
        ("resolution A/RES/58/4", "en"),
        ("a resolution on 6 November", "en"),
        ("резолюция № 1", "ru"),
    ],
)
def test_not_resolutions_of_the_four_bodies(text, language):
    assert find_resolutions(text, language) == []


def test_other_bodies_are_left_out_also_when_all_languages_are_tried():
    assert find_resolutions("Human Rights Council resolution 7/11 and resolution 6/4", None) == [
        {"body": "CoSP", "number": "6/4", "date": None, "kind": "resolution", "text": "resolution 6/4"}
    ]


def test_an_impossible_date_is_no_date():
    (entry,) = find_resolutions("resolution 6/4 of 31 February 2015", "en")
    assert entry["date"] is None
