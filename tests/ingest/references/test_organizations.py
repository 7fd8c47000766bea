"""Organizations named in the six languages, by canonical acronym, and what is not an organization."""

from collections import defaultdict

import pytest

from observatory.ingest.references import find_organizations
from observatory.ingest.references.organizations import aliases, organizations
from observatory.ingest.references.text import LANGUAGES, fold


def named(text, language):
    return [(e["acronym"], e["text"]) for e in find_organizations(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "the United Nations Office on Drugs and Crime and UNODC",
            "en",
            [("UNODC", "United Nations Office on Drugs and Crime"), ("UNODC", "UNODC")],
        ),
        (
            "l'Office des Nations Unies contre la drogue et le crime (ONUDC)",
            "fr",
            [("UNODC", "Office des Nations Unies contre la drogue et le crime (ONUDC)")],
        ),
        (
            "la Oficina de las Naciones Unidas contra la Droga y el Delito",
            "es",
            [("UNODC", "Oficina de las Naciones Unidas contra la Droga y el Delito")],
        ),
        (
            "мероприятиях Управления Организации Объединенных Наций по наркотикам и преступности (УНП ООН)",
            "ru",
            [("UNODC", "Управления Организации Объединенных Наций по наркотикам и преступности (УНП ООН)")],
        ),
        (
            "نظمها مكتب الأمم المتحدة المعني بالمخدرات والجريمة",
            "ar",
            [("UNODC", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة")],
        ),
        (
            "向联合国毒品和犯罪问题办公室致意；毒品和犯罪问题办公室",
            "zh",
            [("UNODC", "联合国毒品和犯罪问题办公室"), ("UNODC", "毒品和犯罪问题办公室")],
        ),
        ("UNDP, PNUD", "fr", [("UNDP", "PNUD")]),
        ("ПРООН", "ru", [("UNDP", "ПРООН")]),
        ("开发署", "zh", [("UNDP", "开发署")]),
        ("وبرنامج الأمم المتحدة الإنمائي", "ar", [("UNDP", "برنامج الأمم المتحدة الإنمائي")]),
        ("OECD, OCDE", "es", [("OECD", "OCDE")]),
        ("ОЭСР и經合組織", "ru", [("OECD", "ОЭСР")]),
        ("经合组织", "zh", [("OECD", "经合组织")]),
        (
            "GRECO and the International Anti-Corruption Academy (IACA)",
            "en",
            [("GRECO", "GRECO"), ("IACA", "International Anti-Corruption Academy (IACA)")],
        ),
        (
            "the Stolen Asset Recovery Initiative (StAR) of the World Bank",
            "en",
            [("StAR", "Stolen Asset Recovery Initiative (StAR)"), ("World Bank", "World Bank")],
        ),
        (
            "UNCITRAL, CNUDCI, ЮНСИТРАЛ",
            None,
            [("UNCITRAL", "UNCITRAL"), ("UNCITRAL", "CNUDCI"), ("UNCITRAL", "ЮНСИТРАЛ")],
        ),
        (
            "INTOSAI, OSCE, ОБСЕ, IMF, FATF, GAFI, ФАТФ",
            None,
            [
                ("INTOSAI", "INTOSAI"),
                ("OSCE", "OSCE"),
                ("OSCE", "ОБСЕ"),
                ("IMF", "IMF"),
                ("FATF", "FATF"),
                ("FATF", "GAFI"),
                ("FATF", "ФАТФ"),
            ],
        ),
        (
            "the International Criminal Police Organization, INTERPOL and the European Anti-Fraud Office",
            "en",
            [
                ("INTERPOL", "International Criminal Police Organization"),
                ("INTERPOL", "INTERPOL"),
                ("OLAF", "European Anti-Fraud Office"),
            ],
        ),
        (
            "the European Union, the Council of Europe, the OAS, the African Union, ASEAN, APEC and the G20",
            "en",
            [
                ("EU", "European Union"),
                ("CoE", "Council of Europe"),
                ("OAS", "OAS"),
                ("AU", "African Union"),
                ("ASEAN", "ASEAN"),
                ("APEC", "APEC"),
                ("G20", "G20"),
            ],
        ),
        (
            "UNICRI, the Egmont Group, ADB, IDB, EBRD and Transparency International",
            "en",
            [
                ("UNICRI", "UNICRI"),
                ("Egmont Group", "Egmont Group"),
                ("ADB", "ADB"),
                ("IDB", "IDB"),
                ("EBRD", "EBRD"),
                ("TI", "Transparency International"),
            ],
        ),
        (
            "Группы государств против коррупции (ГРЕКО) Совета Европы",
            "ru",
            [("GRECO", "Группы государств против коррупции (ГРЕКО)"), ("CoE", "Совета Европы")],
        ),
        ("с Всемирным банком", "ru", [("World Bank", "Всемирным банком")]),
        (
            "في إطار الاتحاد الأوروبي وللبنك الدولي",
            "ar",
            [("EU", "الاتحاد الأوروبي"), ("World Bank", "للبنك الدولي")],
        ),
        (
            "国际反腐败局联合会、亚太经济合作组织、世界银行",
            "zh",
            [("IAACA", "国际反腐败局联合会"), ("APEC", "亚太经济合作组织"), ("World Bank", "世界银行")],
        ),
        (
            "UNITED NATIONS OFFICE ON DRUGS AND CRIME",
            "en",
            [("UNODC", "UNITED NATIONS OFFICE ON DRUGS AND CRIME")],
        ),
        ("UNODC-led, UNODC's and UNODC2", "en", [("UNODC", "UNODC"), ("UNODC", "UNODC"), ("UNODC", "UNODC")]),
    ],
)
def test_organizations_named(text, language, expected):
    assert named(text, language) == expected


def test_the_name_is_always_the_english_name():
    (entry,) = find_organizations("Всемирного банка", "ru")
    assert entry == {"acronym": "World Bank", "name": "World Bank", "text": "Всемирного банка"}


def test_the_longest_name_wins():
    assert named("the Caribbean Financial Action Task Force", "en") == [
        ("CFATF", "Caribbean Financial Action Task Force")
    ]
    assert named("欧盟反欺诈局", "zh") == [("OLAF", "欧盟反欺诈局")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("a rising star", "en"),
        ("STAR and Star", "en"),
        ("the Conference of the States Parties", "en"),
        ("the Implementation Review Group and the Working Group on the Prevention of Corruption", "en"),
        ("AU$ 5 million", "en"),
        ("UNODCX and XUNODC", "en"),
        ("the world bank", "en"),
        ("eu", "en"),
    ],
)
def test_not_organizations(text, language):
    assert find_organizations(text, language) == []


def test_every_organization_has_an_acronym_an_english_name_and_aliases_in_known_languages():
    for acronym, entry in organizations().items():
        assert entry["acronym"] == acronym and entry["name"]
        assert set(entry["aliases"]) <= set(LANGUAGES)
        assert entry["name"] in entry["aliases"]["en"] or acronym in entry["aliases"]["en"]


def test_no_spelling_names_two_organizations():
    spellings = defaultdict(set)
    for spelling, acronym in aliases(LANGUAGES):
        spellings[fold(spelling)].add(acronym)
    assert {s: a for s, a in spellings.items() if len(a) > 1} == {}
