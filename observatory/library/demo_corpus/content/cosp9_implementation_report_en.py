"""A report of the Secretariat to the ninth session of the Conference on the implementation of resolutions
8/1 and 8/2 (English).

Its paragraphs answer operative paragraphs of those resolutions, some by citing them ("Pursuant to
paragraph 3 of resolution 8/1 …", "In response to the request contained in paragraph 3 of resolution
8/2 …") and some only by their subject and articles; its conclusions end with recommendations to the
Conference ("The Conference may wish to request the Secretariat to …").
"""

from ..builder import DocumentBuilder, art, countries, country, org, res, sym

RESPONDENTS = (
    "ARG=Argentina; AUT=Austria; BRA=Brazil; COL=Colombia; ECU=Ecuador; EGY=Egypt; FRA=France; GEO=Georgia; "
    "IDN=Indonesia; JOR=Jordan; LVA=Latvia; MEX=Mexico; MAR=Morocco; NGA=Nigeria; NOR=Norway; PER=Peru; "
    "PHL=Philippines; KOR=Republic of Korea; RUS=Russian Federation; ZAF=South Africa; "
    "ARE=United Arab Emirates"
)


def build():
    """The English version."""
    b = DocumentBuilder()
    b.text(
        "Conference of the States Parties\nto the United Nations\nConvention against Corruption",
        style="masthead",
    )
    b.text("Distr.: General\n24 September 2021\n\nOriginal: English", style="distribution")
    b.text(
        "Ninth session\nSharm el-Sheikh, Egypt, 13-17 December 2021\nItem 5 of the provisional agenda[^*]\n"
        "Prevention",
        country("EGY", "Egypt"),
        style="meeting",
    )
    b.footnote("*", "CAC/COSP/2021/1.", sym("CAC/COSP/2021/1"))
    b.heading(
        "Implementation of resolutions 8/1 and 8/2 of the Conference of the States Parties",
        res("CoSP", "8/1", "resolutions 8/1"),
        res("CoSP", "8/2", "8/2"),
        level=1,
    )
    b.heading("Report of the Secretariat", level=2)

    b.heading("Introduction", number="I", level=1)
    b.numbered(
        "1",
        "In its resolution 8/1 of 20 December 2019, entitled “Follow-up to resolution 7/1 on asset "
        "declaration systems and the management of conflicts of interest”, the Conference of the States "
        "Parties to the United Nations Convention against Corruption requested the Secretariat to report to "
        "the Conference at its ninth session on the implementation of that resolution. In its resolution 8/2 "
        "of 20 December 2019, on the Open-ended Intergovernmental Working Group on the Prevention of "
        "Corruption, the Conference made the same request.",
        res("CoSP", "8/1", "resolution 8/1 of 20 December 2019", "2019-12-20"),
        res("CoSP", "7/1", "resolution 7/1"),
        res("CoSP", "8/2", "resolution 8/2 of 20 December 2019", "2019-12-20"),
    )
    b.numbered(
        "2",
        "By a note verbale dated 3 March 2021, the Secretariat invited States parties to provide information "
        "on the measures they had taken to implement the two resolutions by 30 June 2021. A total of 21 "
        "States parties had submitted such information by that date: Argentina, Austria, Brazil, Colombia, "
        "Ecuador, Egypt, France, Georgia, Indonesia, Jordan, Latvia, Mexico, Morocco, Nigeria, Norway, Peru, "
        "Philippines, Republic of Korea, Russian Federation, South Africa and United Arab Emirates.[^1]",
        *countries(RESPONDENTS),
    )
    b.footnote(
        "1",
        "Information from Kenya and Viet Nam was received after that date and has been taken into account "
        "to the extent possible.",
        *countries("KEN=Kenya; VNM=Viet Nam"),
    )
    b.numbered(
        "3",
        "The present report summarizes that information and the activities undertaken by the Secretariat "
        "between January 2020 and June 2021. Owing to the coronavirus disease (COVID-19) pandemic, several "
        "activities were held online or postponed.",
    )

    b.heading(
        "Asset declaration systems and the management of conflicts of interest (resolution 8/1)",
        res("CoSP", "8/1", "resolution 8/1"),
        number="II",
        level=1,
    )
    b.heading("Measures taken by States parties", number="A", level=2)
    b.numbered(
        "4",
        "Most responding States reported that they had established or strengthened systems for the "
        "declaration of assets, income, liabilities and interests of public officials, in line with article "
        "8, paragraph 5, of the Convention. Egypt, Morocco and Nigeria reported new legislation that extends "
        "the obligation to declare to all officials in positions exposed to corruption risks.",
        art(8, "article 8, paragraph 5", "5"),
        *countries("EGY=Egypt; MAR=Morocco; NGA=Nigeria"),
    )
    b.numbered(
        "5",
        "Several States described measures for the verification of declarations of the kind set out in "
        "paragraph 2 of resolution 8/1. Risk-based selection of declarations for in-depth review was "
        "reported by Latvia and the Philippines, and automatic cross-checks with tax, land and company "
        "registers by Colombia, Georgia and the Republic of Korea. Argentina and France shared statistics on "
        "the declarations filed, verified and sanctioned, which the Secretariat has made available on the "
        "thematic website of the Working Group.",
        res("CoSP", "8/1", "resolution 8/1"),
        *countries(
            "LVA=Latvia; PHL=Philippines; COL=Colombia; GEO=Georgia; KOR=Republic of Korea; ARG=Argentina; "
            "FRA=France"
        ),
    )
    b.numbered(
        "6",
        "The challenges most often reported were the limited staff and legal powers of the bodies "
        "responsible for verification, the absence of electronic filing and the protection of personal data "
        "where declarations are published.",
    )
    b.heading("Activities of the Secretariat", number="B", level=2)
    b.numbered(
        "7",
        "Pursuant to paragraph 3 of resolution 8/1, the Secretariat continued to collect, analyse and "
        "disseminate information on good practices in asset declaration systems. In cooperation with the "
        "World Bank and the Stolen Asset Recovery Initiative (StAR), it began work on a practical guide on "
        "the verification of declarations of assets and interests; a draft was discussed at an online expert "
        "group meeting held on 22 and 23 April 2021, and the guide is expected to be finalized in 2022, "
        "subject to the availability of extrabudgetary resources.",
        res("CoSP", "8/1", "resolution 8/1"),
        org("World Bank", "World Bank"),
        org("StAR", "Stolen Asset Recovery Initiative (StAR)"),
    )
    b.numbered(
        "8",
        "In response to the request contained in paragraph 4 of resolution 8/1, the Secretariat prepared, "
        "within existing resources, a study on the verification of declarations of assets and interests, "
        "drawing on 54 country reviews of the second cycle of the Implementation Review Mechanism; the study "
        "is before the Conference (CAC/COSP/2021/7).",
        res("CoSP", "8/1", "resolution 8/1"),
        sym("CAC/COSP/2021/7"),
    )
    b.numbered(
        "9",
        "Between January 2020 and June 2021, the United Nations Office on Drugs and Crime (UNODC) provided "
        "technical assistance, upon request, to 11 States in the design of systems for the declaration and "
        "verification of assets and interests, including the development of electronic filing platforms in "
        "Ecuador and Jordan and the training of the staff of verification bodies in Indonesia and Nigeria.",
        org("UNODC", "United Nations Office on Drugs and Crime (UNODC)"),
        *countries("ECU=Ecuador; JOR=Jordan; IDN=Indonesia; NGA=Nigeria"),
    )
    b.numbered(
        "10",
        "The work of the Secretariat on asset declarations was made possible by extrabudgetary contributions "
        "from the Governments of Norway and the United Arab Emirates.",
        country("NOR", "Norway"),
        country("ARE", "United Arab Emirates"),
    )

    b.heading(
        "The Working Group on the Prevention of Corruption (resolution 8/2)",
        res("CoSP", "8/2", "resolution 8/2"),
        number="III",
        level=1,
    )
    b.numbered(
        "11",
        "In accordance with paragraph 1 of resolution 8/2, the Working Group held two intersessional "
        "meetings: its eleventh meeting, held in Vienna from 2 to 4 September 2020 in a hybrid format, and "
        "its twelfth meeting, held in Vienna from 14 to 16 June 2021.[^2]",
        res("CoSP", "8/2", "resolution 8/2"),
    )
    b.footnote(
        "2",
        "See the reports on those meetings (CAC/COSP/WG.4/2020/4 and CAC/COSP/WG.4/2021/4).",
        sym("CAC/COSP/WG.4/2020/4"),
        sym("CAC/COSP/WG.4/2021/4"),
    )
    b.numbered(
        "12",
        "At those meetings, the Working Group considered the topics set out in paragraph 2 of resolution "
        "8/2: conflicts of interest and asset declarations (article 7, paragraph 4, and article 8, paragraph "
        "5, of the Convention) and integrity in public procurement (article 9) at its eleventh meeting, and "
        "the protection of reporting persons (article 33) and technical assistance needs at its twelfth "
        "meeting.",
        res("CoSP", "8/2", "resolution 8/2"),
        art(7, "article 7, paragraph 4", "4"),
        art(8, "article 8, paragraph 5", "5"),
        art(9, "article 9"),
        art(33, "article 33"),
    )
    b.numbered(
        "13",
        "In response to the request contained in paragraph 3 of resolution 8/2, the Secretariat compiled "
        "information on the implementation of article 33 of the Convention emerging from 48 completed "
        "country reviews of the second cycle and presented it to the Working Group at its eleventh meeting "
        "in a conference room paper.[^3]",
        res("CoSP", "8/2", "resolution 8/2"),
        art(33, "article 33"),
    )
    b.footnote("3", "CAC/COSP/WG.4/2020/CRP.1.", sym("CAC/COSP/WG.4/2020/CRP.1"))
    b.numbered(
        "14",
        "For each of those meetings, the Secretariat prepared background papers summarizing the information "
        "provided by States parties on the topics under consideration, on the basis of the submissions "
        "received in response to notes verbales sent four months before each meeting.[^4]",
    )
    b.footnote(
        "4",
        "CAC/COSP/WG.4/2020/2, CAC/COSP/WG.4/2020/3 and CAC/COSP/WG.4/2021/2.",
        sym("CAC/COSP/WG.4/2020/2"),
        sym("CAC/COSP/WG.4/2020/3"),
        sym("CAC/COSP/WG.4/2021/2"),
    )
    b.numbered(
        "15",
        "The thematic website of the Working Group was updated with all the information received from States "
        "parties. For lack of extrabudgetary resources, that information is available in English, French and "
        "Spanish only, and not yet in the six official languages of the United Nations.",
    )
    b.numbered(
        "16",
        "The Secretariat continued to provide substantive and technical services to the Working Group, "
        "within existing resources, including interpretation in the six official languages at its meetings. "
        "The reports of the Working Group on its eleventh and twelfth meetings are before the Conference at "
        "its ninth session.",
    )

    b.heading("Conclusions and recommendations", number="IV", level=1)
    b.numbered(
        "17",
        "States parties continue to strengthen their asset declaration systems, but verification remains "
        "the weakest link in most of them. The study on verification and the practical guide under "
        "preparation answer needs that States parties have identified, and the Working Group has become the "
        "principal forum for the exchange of experience in this area.",
    )
    b.numbered(
        "18",
        "The Conference may wish to request the Secretariat, subject to the availability of extrabudgetary "
        "resources, to finalize the practical guide on the verification of declarations of assets and "
        "interests and to disseminate it in the six official languages of the United Nations.",
    )
    b.numbered(
        "19",
        "The Conference may wish to encourage States parties to make use of the study on the verification "
        "of declarations in reforming their systems, and to continue to share with the Secretariat "
        "statistics on the declarations filed, verified and sanctioned.",
    )
    b.numbered(
        "20",
        "The Conference may also wish to decide that the Working Group shall continue to consider conflicts "
        "of interest and the protection of reporting persons at its meetings in 2022 and 2023, within "
        "existing resources.",
    )
    b.numbered(
        "21",
        "The Conference may further wish to invite States parties and other donors to provide extrabudgetary "
        "resources for the translation of the thematic website of the Working Group into the six official "
        "languages of the United Nations and for the technical assistance described in the present report.",
    )
    return b.build(
        slug="cosp9-implementation-report",
        language="en",
        kind="report",
        title="Implementation of resolutions 8/1 and 8/2 of the Conference of the States Parties",
        date="2021-09-24",
        symbol="CAC/COSP/2021/5",
        job_number="V.21-06892 (E)",
        header="CAC/COSP/2021/5",
    )
