"""The whole stage on real text: resolution 3/2 of the Conference (2009), paragraph by paragraph, with
the references a person finds in it written out by hand; and the shape and speed of ``find_references``."""

import time

import pytest

from observatory.ingest.references import FINDERS, find_references

# Resolution 3/2 "Preventive measures", as its text file reads (footnote markers glued to words, page-break
# debris and all), one paragraph per item as the segmenter delivers them.
RESOLUTION_3_2 = (
    "**Conference of the States Parties to the United Nations Convention against Corruption**",
    "Distr.: General 1 December 2009 Original: English",
    (
        "Extract from the Report of the Conference of the States Parties to the United Nations Convention "
        "against Corruption on its third session, held in Doha from 9 to 13 November 2009"
    ),
    "Resolution 3/2",
    "Preventive measures",
    "The Conference of the States Parties to the United Nations Convention against Corruption,",
    (
        "Recognizing the prominence that the United Nations Convention against Corruption⁷ has given to "
        "the prevention of corruption by devoting its entire chapter II to measures to prevent corruption "
        "in both the public and private sectors,"
    ),
    (
        "Stressing the importance of implementing articles 5 to 14 of the Convention to prevent and fight "
        "corruption,"
    ),
    (
        "Recognizing that the prevention of corruption is an ongoing and gradual process, aware that "
        "anti-corruption policies ought to be embedded into broader national crime prevention and "
        "criminal justice reform strategies as well as into public sector reform plans, and recognizing "
        "the importance of principles of good governance, integrity and transparency,"
    ),
    (
        "Recalling article 61, paragraph 2, of the Convention, which stresses the importance of "
        "developing and sharing best practices in the prevention of corruption,"
    ),
    (
        "Recalling also article 63, paragraph 4, of the Convention, which, inter alia, refers to the need "
        "to facilitate the exchange of information among States on successful practices for preventing "
        "corruption and the"
    ),
    "⁷ United Nations, *Treaty Series*, vol. 2349, No. 42146",
    (
        "objective of the Conference of promoting the implementation of the Convention, *inter alia*, by "
        "facilitating the exchange of information among States on successful practices for preventing "
        "corruption"
    ),
    (
        "Welcoming the efforts made by States, the United Nations, other international organizations and "
        "other networks to develop appropriate policies and preventive measures, and acknowledging the "
        "need to build on such experiences with a view to developing more comprehensive, coherent, "
        "effective and efficient approaches in this field,"
    ),
    (
        "Bearing in mind the multiplicity and diversity of approaches to preventive measures, and that "
        "such approaches may require context-based, sector-specific or country-specific adaptation,"
    ),
    (
        "Recognizing that, while the implementation of the Convention is the responsibility of States "
        "parties, the promotion of a culture of integrity, transparency and accountability and the "
        "prevention of corruption are responsibilities to be shared by all stakeholders and sectors of "
        "society, in accordance with articles 7 to 13 of the Convention,"
    ),
    (
        "Recognizing also the role of national, regional and international donor organizations in "
        "delivering technical assistance in the prevention of corruption,"
    ),
    (
        "Welcoming the initiative of the International Criminal Police Organization, the United Nations "
        "Office on Drugs and Crime and the Government of Austria, with the support of the European "
        "Anti-Fraud Office and other partners, to work collaboratively towards the establishment of the "
        "International Anti-Corruption Academy, and also welcoming regional efforts to establish similar "
        "institutions,"
    ),
    (
        "Recalling the numerous initiatives undertaken by different sectors of society in the margins of "
        "the second session of the Conference, in particular the declaration of the peer-to-peer media "
        "forum and the Bali Business Declaration, which contains the commitment of the private sector "
        "entities present, *inter alia*, to work towards the alignment of business principles with "
        "fundamental values enshrined in the Convention, develop mechanisms to review company compliance "
        "and strengthen private-public partnerships for combating corruption,"
    ),
    (
        "1. *Takes note with appreciation* of the work carried out by the Secretariat to gather "
        "information on national efforts to implement the United Nations Convention against Corruption,⁸ "
        "including its provisions on prevention, through a selfassessment checklist on the implementation "
        "of the Convention, as reflected in the relevant reports prepared by the Secretariat;⁹"
    ),
    (
        "2. *Decides* to establish an interim open-ended intergovernmental working group, in accordance "
        "with article 63, paragraph 7, of the Convention, and rule 2, paragraph 2, of the rules of "
        "procedure of the Conference of the States Parties, to advise and assist the Conference in the "
        "implementation of its mandate on the prevention of corruption;"
    ),
    (
        "3. *Also decides* that the working group shall perform the following functions: - (a) Assist the "
        "Conference in developing and accumulating knowledge in the area of prevention of corruption; - "
        "(b) Facilitate the exchange of information and experience among States on preventive measures "
        "and practices; - (c) Facilitate the collection, dissemination and promotion of best practices in "
        "corruption prevention; - (d) Assist the Conference in encouraging cooperation among all "
        "stakeholders and sectors of society in order to prevent corruption;"
    ),
    (
        "4. *Further decides* that the work of the working group shall be subsumed under the work of the "
        "Implementation Review Group if the Implementation Review Group establishes thematic sub-groups;"
    ),
    (
        "5. *Requests* the Secretariat to collect, analyse and disseminate information on good practices "
        "in the field of prevention of corruption, taking into account existing expertise within the "
        "United Nations system and other relevant organizations and focusing particularly on public "
        "procurement, management of public financing, integrity and transparency in public "
        "administration, awareness-raising initiatives and partnerships between the public and private "
        "sectors to prevent"
    ),
    "⁸ United Nations, *Treaty Series*, vol. 2349, No. 42146..",
    "⁹ CAC/COSP/2009/9 and Add.1 and CAC/COSP/2009/12",
    "corruption, and requests the Secretariat to report on such efforts to the working group;",
    (
        "6. *Strongly encourages* States parties to integrate anti-corruption policies to promote "
        "integrity and prevent corruption in broader crime prevention and criminal justice reform "
        "strategies, as well as in public sector reform plans;"
    ),
    (
        "7. *Requests* the Secretariat to collect, analyse and disseminate information on existing "
        "regulation models for the public sector, including provisions addressing conflict of interest, "
        "and on professional codes of conduct;"
    ),
    (
        "8. *Calls upon* States parties that have not done so to ensure the existence of anti-corruption "
        "bodies in accordance with article 6 of the Convention, strengthen the capacity and independence "
        "of those bodies in dealing with the prevention of corruption and take steps, in accordance with "
        "the fundamental principles of their legal systems, to safeguard those bodies from undue "
        "influence;"
    ),
    (
        "9. *Also calls upon* all States parties that have not yet done so to inform the "
        "Secretary-General of the name and address of the national authority or authorities that may "
        "assist other States parties in developing and implementing specific measures for the prevention "
        "of corruption;"
    ),
    (
        "10. *Requests* the Secretariat to collect and disseminate information on methodologies, "
        "including evidence-based approaches for assessing areas of special vulnerability in the public "
        "and private sectors that are potentially or recurrently prone to corruption and report on those "
        "efforts to the working group;"
    ),
    (
        "11. *Calls upon* States parties to promote the business community's engagement in the prevention "
        "of corruption by, inter alia, developing initiatives to promote and implement public procurement "
        "reform, working with the business community to address practices that generate vulnerability to "
        "corruption and identifying elements of optimal self-regulation in the private sector;"
    ),
    (
        "12. *Encourages* interested States parties, representatives of private sector entities and "
        "relevant international organizations to consult and collaborate with each other in order to "
        "share best practices for the alignment of systems of public procurement with the requirements of "
        "article 9 of the Convention;"
    ),
    (
        "13. *Invites* States parties, where appropriate, to consider the use of computerized systems to "
        "govern public procurement and to track and identify suspect cases, and to consider, in "
        "accordance with the fundamental principles of their legal systems, the adoption and use of "
        "procedures to prohibit private sector entities involved in corrupt contracting practices from "
        "future participation in public tenders;"
    ),
    (
        "14. *Urges* States parties to raise public awareness of corruption and laws and regulations "
        "against it, as well as the existing rights of and possibilities for the general public with "
        "respect to obtaining information on the organization, functioning and decision-making processes "
        "of their public administration and raise public awareness of the responsibilities of public "
        "officials with respect to the performance of their functions, with due regard to the protection "
        "of privacy and personal data;"
    ),
    (
        "15. *Calls upon* States parties to enhance dialogue and synergies with other stakeholders "
        "outside the public sector in order to promote the involvement and engagement of those groups in "
        "the development and implementation of broader national policies and plans for promoting "
        "integrity and preventing corruption;"
    ),
    (
        "16. *Also calls upon* States parties, consistent with the fundamental principles of their "
        "educational and legal systems, to promote, at various levels of the education system, "
        "educational programmes that instil concepts and principles of integrity;"
    ),
    (
        "17. *Requests* the Secretariat to collect information on best practices for promoting "
        "responsible and professional reporting on corruption for journalists and report thereon to the "
        "working group;"
    ),
    (
        "18. *Calls upon* the Secretariat and national, regional and international donors and recipient "
        "countries to intensify their cooperation and coordination in the provision of technical "
        "assistance in preventing corruption;"
    ),
    (
        "19. *Requests* the Secretariat to strengthen its efforts to make specific information about the "
        "Convention and its prevention commitments widely available to schools of public administration, "
        "law and criminal justice schools, business schools, academies and training institutions;"
    ),
    (
        "20. *Also requests* the Secretariat to continue its efforts to assist international "
        "organizations with their adoption and implementation of the principles of the Convention, in "
        "particular through the institutional integrity initiative of the United Nations System Chief "
        "Executives Board for Coordination, and encourages States parties, in their capacity as States "
        "members of public international organizations, to continue promoting and aligning "
        "anti-corruption policies and rules of those organizations with the principles of the Convention;"
    ),
    (
        "21. *Decides* that the interim open-ended intergovernmental working group referred to in "
        "paragraph 2 above shall meet during the sessions of the Conference and, as appropriate, shall "
        "hold at least two intersessional meetings within existing resources;"
    ),
    (
        "22. *Also decides* that the working group shall submit reports on all its activities to the "
        "Conference;"
    ),
    (
        "23. *Requests* the Secretariat to assist the working group in the performance of its functions, "
        "including by providing interpretation services in the six official languages of the United "
        "Nations, within existing resources."
    ),
)


def _articles(first, last, text):
    return [
        {"article": n, "paragraph": None, "subparagraph": None, "text": text} for n in range(first, last + 1)
    ]


def _org(acronym, name, text=None):
    return {"acronym": acronym, "name": name, "text": text or name}


# By paragraph index; every other paragraph cites nothing ("Doha" is a city, "Implementation Review Group"
# and "working group" are the Conference's own bodies, "rule 2, paragraph 2, of the rules of procedure" is
# not an article, "paragraph 2 above" is this resolution's own paragraph).
EXPECTED = {
    3: {
        "resolutions": [
            {"body": "CoSP", "number": "3/2", "date": None, "kind": "resolution", "text": "Resolution 3/2"}
        ]
    },
    6: {"chapters": [{"chapter": "II", "text": "chapter II"}]},
    7: {"articles": _articles(5, 14, "articles 5 to 14")},
    9: {
        "articles": [
            {"article": 61, "paragraph": "2", "subparagraph": None, "text": "article 61, paragraph 2"}
        ]
    },
    10: {
        "articles": [
            {"article": 63, "paragraph": "4", "subparagraph": None, "text": "article 63, paragraph 4"}
        ]
    },
    15: {"articles": _articles(7, 13, "articles 7 to 13")},
    17: {
        "organizations": [
            _org("INTERPOL", "International Criminal Police Organization"),
            _org("UNODC", "United Nations Office on Drugs and Crime"),
            _org("OLAF", "European Anti-Fraud Office"),
            _org("IACA", "International Anti-Corruption Academy"),
        ],
        "countries": [{"iso3": "AUT", "text": "Austria"}],
    },
    20: {
        "articles": [
            {"article": 63, "paragraph": "7", "subparagraph": None, "text": "article 63, paragraph 7"}
        ]
    },
    25: {
        "symbols": [
            {"symbol": "CAC/COSP/2009/9", "text": "CAC/COSP/2009/9"},
            {"symbol": "CAC/COSP/2009/9/Add.1", "text": "Add.1"},
            {"symbol": "CAC/COSP/2009/12", "text": "CAC/COSP/2009/12"},
        ]
    },
    29: {"articles": [{"article": 6, "paragraph": None, "subparagraph": None, "text": "article 6"}]},
    33: {"articles": [{"article": 9, "paragraph": None, "subparagraph": None, "text": "article 9"}]},
}


@pytest.mark.parametrize("index", range(len(RESOLUTION_3_2)))
def test_resolution_3_2_paragraph_by_paragraph(index):
    found = find_references(RESOLUTION_3_2[index], "en")
    expected = {kind: EXPECTED.get(index, {}).get(kind, []) for kind in FINDERS}
    assert found == expected


def test_the_same_when_no_language_is_given():
    for index, paragraph in enumerate(RESOLUTION_3_2):
        assert find_references(paragraph, None) == find_references(paragraph, "en"), index


def test_every_text_is_a_substring_of_the_paragraph():
    for paragraph in RESOLUTION_3_2:
        for entries in find_references(paragraph, "en").values():
            assert all(entry["text"] and entry["text"] in paragraph for entry in entries)


def test_the_six_kinds_in_the_shapes_of_the_contract():
    text = (
        "Recalling its resolution 6/4 of 6 November 2015 and article 46, paragraph 13, of the Convention, "
        "chapter II, document CAC/COSP/WG.4/2011/2, Viet Nam and UNODC,"
    )
    assert find_references(text, "en") == {
        "articles": [
            {"article": 46, "paragraph": "13", "subparagraph": None, "text": "article 46, paragraph 13"}
        ],
        "chapters": [{"chapter": "II", "text": "chapter II"}],
        "resolutions": [
            {
                "body": "CoSP",
                "number": "6/4",
                "date": "2015-11-06",
                "kind": "resolution",
                "text": "resolution 6/4 of 6 November 2015",
            }
        ],
        "symbols": [{"symbol": "CAC/COSP/WG.4/2011/2", "text": "CAC/COSP/WG.4/2011/2"}],
        "countries": [{"iso3": "VNM", "text": "Viet Nam"}],
        "organizations": [
            {"acronym": "UNODC", "name": "United Nations Office on Drugs and Crime", "text": "UNODC"}
        ],
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Рекомендует в соответствии со статьей 9 Конвенции Российской Федерации и Всемирному банку "
            "(CAC/COSP/2017/5)",
            "ru",
        ),
        (
            "وفقاً للمادة 9 من الاتفاقية، تعاونت المملكة الأردنية الهاشمية مع البنك الدولي (CAC/COSP/2017/5)",
            "ar",
        ),
        ("根据《公约》第九条，中国与世界银行合作（CAC/COSP/2017/5）。", "zh"),
        (
            "conformément à l'article 9 de la Convention, la France et la Banque mondiale (CAC/COSP/2017/5)",
            "fr",
        ),
        (
            "de conformidad con el artículo 9 de la Convención, México y el Banco Mundial (CAC/COSP/2017/5)",
            "es",
        ),
    ],
)
def test_each_language_finds_article_state_organization_and_symbol(text, language):
    found = find_references(text, language)
    assert [e["article"] for e in found["articles"]] == [9]
    assert len(found["countries"]) == 1
    assert [e["acronym"] for e in found["organizations"]] == ["World Bank"]
    assert [e["symbol"] for e in found["symbols"]] == ["CAC/COSP/2017/5"]


def test_empty_and_plain_text_cite_nothing():
    assert find_references("", "en") == {kind: [] for kind in FINDERS}
    assert find_references("The weather in spring.", None) == {kind: [] for kind in FINDERS}


def test_long_and_adversarial_text_stays_fast():
    # Long lists and many near-misses must not make the patterns backtrack without end.
    adversarial = "articles " + ", ".join(str(n % 90) for n in range(400)) + " of the rules " + "(" * 200
    paragraphs = [
        *RESOLUTION_3_2,
        adversarial,
        "resolution " + "1/1, " * 300,
        "第" + "1/1、 " * 300 + "决",
        "第" + "五、 第" * 300 + "届",
        "CAC/" * 300,
        "paragraphs " + "1 and " * 300 + "of the",
        "(a) and " * 300,
        "Guinea " * 500,
    ]
    started = time.perf_counter()
    for paragraph in paragraphs * 3:
        find_references(paragraph, None)
    assert time.perf_counter() - started < 2.0
