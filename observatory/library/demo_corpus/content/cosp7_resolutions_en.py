"""Resolutions 7/1 to 7/3 and decision 7/1 of the Conference, as an extract of its report (English)."""

from ..builder import DocumentBuilder, act, art, arts, chapter, country, dec, org, report, res, sym

REPORT_TO_EIGHTH = "to the Conference at its eighth session"


def build():
    """The English version."""
    b = DocumentBuilder()
    b.text(
        "Conference of the States Parties\nto the United Nations\nConvention against Corruption",
        style="masthead",
    )
    b.text("Distr.: General\n28 November 2017\n\nOriginal: English", style="distribution")
    b.text(
        "Extract from the report of the Conference of the States Parties to the United Nations Convention "
        "against Corruption on its seventh session, held in Vienna from 6 to 10 November 2017",
        style="title",
    )
    b.heading(
        "Resolutions and decision adopted by the Conference of the States Parties to the United Nations "
        "Convention against Corruption",
        number="I",
        level=1,
    )
    b.heading("Resolutions", number="A", level=2)
    b.numbered(
        "1",
        "At its seventh session, held in Vienna from 6 to 10 November 2017, the Conference of the States "
        "Parties to the United Nations Convention against Corruption adopted the following resolutions:",
    )

    # Resolution 7/1
    b.resolution("7/1")
    b.heading("Resolution 7/1", res("CoSP", "7/1", "Resolution 7/1"), level=3)
    b.heading("Strengthening asset declaration systems and the management of conflicts of interest", level=3)
    b.text(
        "The Conference of the States Parties to the United Nations Convention against Corruption,",
        style="chapeau",
    )
    b.pp(
        "Recalling General Assembly resolution 58/4 of 31 October 2003, by which the Assembly adopted the "
        "United Nations Convention against Corruption,[^1]",
        res("GA", "58/4", "General Assembly resolution 58/4 of 31 October 2003", "2003-10-31"),
    )
    b.footnote("1", "United Nations, Treaty Series, vol. 2349, No. 42146.")
    b.pp(
        "Recalling also articles 7 to 9 of the Convention, and in particular article 7, paragraph 4, and "
        "article 8, paragraph 5, which call upon each State party to endeavour to adopt, maintain and "
        "strengthen systems that promote transparency and prevent conflicts of interest and to establish "
        "measures requiring public officials to make declarations to appropriate authorities regarding, "
        "inter alia, their outside activities, employment, investments, assets and substantial gifts or "
        "benefits,",
        *arts(7, 9, "articles 7 to 9"),
        art(7, "article 7, paragraph 4", "4"),
        art(8, "article 8, paragraph 5", "5"),
    )
    b.pp(
        "Recalling further its resolutions 4/3 of 28 October 2011, entitled “Marrakech declaration on the "
        "prevention of corruption”, 5/4 of 29 November 2013 and 6/6 of 6 November 2015 on the follow-up to "
        "the Marrakech declaration,",
        res("CoSP", "4/3", "resolutions 4/3 of 28 October 2011", "2011-10-28"),
        res("CoSP", "5/4", "5/4 of 29 November 2013", "2013-11-29"),
        res("CoSP", "6/6", "6/6 of 6 November 2015", "2015-11-06"),
    )
    b.pp(
        "Noting with appreciation the background paper prepared by the Secretariat on good practices in "
        "asset declaration systems and the management of conflicts of interest,[^2] and the information "
        "provided by States parties in response to the note verbale of the Secretariat,",
    )
    b.footnote(
        "2",
        "CAC/COSP/WG.4/2011/3 and CAC/COSP/WG.4/2011/3/Corr.1.",
        sym("CAC/COSP/WG.4/2011/3"),
        sym("CAC/COSP/WG.4/2011/3/Corr.1"),
    )
    b.pp(
        "Noting that a growing number of States parties have established systems for the declaration of "
        "assets and interests of public officials, including electronic filing and verification by "
        "independent bodies, and that such systems contribute to the prevention and detection of illicit "
        "enrichment, as referred to in article 20 of the Convention,",
        art(20, "article 20"),
    )
    b.pp(
        "Welcoming the work of the Open-ended Intergovernmental Working Group on the Prevention of "
        "Corruption, which considered asset declarations and conflicts of interest at its meetings held in "
        "Vienna in 2011 and 2016,[^3]",
    )
    b.footnote(
        "3",
        "See CAC/COSP/WG.4/2011/4 and CAC/COSP/WG.4/2016/4.",
        sym("CAC/COSP/WG.4/2011/4"),
        sym("CAC/COSP/WG.4/2016/4"),
    )
    b.pp(
        "Welcoming also the cooperation between the United Nations Office on Drugs and Crime, the World "
        "Bank and the Organisation for Economic Co-operation and Development in the framework of the Stolen "
        "Asset Recovery Initiative and of the Anti-Corruption Network for Eastern Europe and Central Asia, "
        "and the work of the Group of States against Corruption of the Council of Europe on conflicts of "
        "interest,",
        org("UNODC", "United Nations Office on Drugs and Crime"),
        org("World Bank", "World Bank"),
        org("OECD", "Organisation for Economic Co-operation and Development"),
        org("StAR", "Stolen Asset Recovery Initiative"),
        org("ACN", "Anti-Corruption Network for Eastern Europe and Central Asia"),
        org("GRECO", "Group of States against Corruption"),
        org("CoE", "Council of Europe"),
    )
    b.pp(
        "Bearing in mind that asset declaration systems must respect the right to privacy and the "
        "protection of personal data, in accordance with the fundamental principles of the domestic law of "
        "States parties,",
    )
    b.pp(
        "Mindful of chapter II of the Convention, which places the prevention of corruption at the centre "
        "of the efforts of States parties,",
        chapter("II", "chapter II"),
    )
    b.op(
        "1",
        "Urges States parties to continue to implement article 8, paragraph 5, of the Convention by "
        "establishing or strengthening, in accordance with the fundamental principles of their domestic "
        "law, systems for the declaration of assets, income, liabilities and interests by public officials;",
        act("Urges", "urges", "States parties"),
        art(8, "article 8, paragraph 5", "5"),
    )
    b.op(
        "2",
        "Encourages States parties to consider, where appropriate, the following measures:",
        act("Encourages", "encourages", "States parties"),
        art(58, "article 58"),
        subs=[
            (
                "a",
                "The use of electronic filing and the publication of declarations, or parts thereof, with "
                "due regard to the protection of personal data;",
            ),
            (
                "b",
                "The verification of declarations by an independent body with adequate resources, including "
                "through risk-based selection and cross-checks with tax, land and company registers;",
            ),
            (
                "c",
                "The application of effective, proportionate and dissuasive sanctions for failure to file "
                "and for false declarations;",
            ),
            (
                "d",
                "Cooperation between the bodies responsible for asset declarations and the financial "
                "intelligence units referred to in article 58 of the Convention;",
            ),
        ],
    )
    b.op(
        "3",
        "Calls upon States parties to adopt or strengthen codes of conduct for public officials, in "
        "accordance with article 8, paragraphs 2 and 3, of the Convention, and to provide for the "
        "management of conflicts of interest, including through rules on gifts, outside activities and "
        "post-employment;",
        act("Calls upon", "calls upon", "States parties"),
        art(8, "article 8, paragraphs 2 and 3", "2"),
        art(8, "article 8, paragraphs 2 and 3", "3"),
    )
    b.op(
        "4",
        "Requests the Secretariat, subject to the availability of extrabudgetary resources, to continue to "
        "collect, analyse and disseminate information on good practices in asset declaration systems, "
        "including through the thematic website of the Working Group;",
        act("Requests", "requests", "Secretariat", conditions=["extrabudgetary"]),
    )
    b.op(
        "5",
        "Also requests the Secretariat to prepare, within existing resources, a thematic report on the "
        "verification of declarations of assets and interests and to report to the Conference at its eighth "
        "session on the implementation of the present resolution;",
        act(
            "Also requests",
            "requests",
            "Secretariat",
            conditions=["existing_resources"],
            report_to=[report("Conference", "eighth", REPORT_TO_EIGHTH)],
        ),
    )
    b.op(
        "6",
        "Requests the United Nations Office on Drugs and Crime to continue to provide technical assistance "
        "to States parties, upon request, in the design and implementation of asset declaration systems, in "
        "cooperation with the World Bank and the Stolen Asset Recovery Initiative;",
        act("Requests", "requests", "UNODC", conditions=["upon_request"]),
        org("UNODC", "United Nations Office on Drugs and Crime"),
        org("World Bank", "World Bank"),
        org("StAR", "Stolen Asset Recovery Initiative"),
    )
    b.op(
        "7",
        "Invites the Working Group to continue its consideration of conflicts of interest at its future "
        "meetings and to identify, within its mandate, areas in which further guidance may be needed;",
        act("Invites", "invites", "Working Group", conditions=["mandate"]),
    )
    b.op(
        "8",
        "Encourages States parties to share with the Secretariat information on their experiences, "
        "including statistics on the number of declarations filed and verified and on the sanctions "
        "imposed, in their responses to the self-assessment checklist;",
        act("Encourages", "encourages", "States parties"),
    )
    b.op(
        "9",
        "Notes with appreciation the support provided by the Government of Norway and the Government of "
        "the United Kingdom of Great Britain and Northern Ireland for the work of the Secretariat in the "
        "field of prevention;",
        act("Notes with appreciation", "notes"),
        country("NOR", "Norway"),
        country("GBR", "United Kingdom of Great Britain and Northern Ireland"),
    )
    b.op(
        "10",
        "Invites States parties and other donors to provide extrabudgetary resources for the purposes of "
        "the present resolution, in accordance with the rules and procedures of the United Nations.",
        act("Invites", "invites", "States parties", "donors"),
    )

    # Resolution 7/2
    b.resolution("7/2")
    b.heading("Resolution 7/2", res("CoSP", "7/2", "Resolution 7/2"), level=3)
    b.heading("Protection of reporting persons", level=3)
    b.text(
        "The Conference of the States Parties to the United Nations Convention against Corruption,",
        style="chapeau",
    )
    b.pp(
        "Recalling article 33 of the Convention, under which each State party is to consider incorporating "
        "into its domestic legal system appropriate measures to provide protection against any unjustified "
        "treatment for any person who reports in good faith and on reasonable grounds to the competent "
        "authorities any facts concerning offences established in accordance with the Convention,",
        art(33, "article 33"),
    )
    b.pp(
        "Recalling also article 13, paragraph 2, of the Convention, on access to the anti-corruption bodies "
        "for the reporting of incidents, and article 32, on the protection of witnesses, experts and "
        "victims,",
        art(13, "article 13, paragraph 2", "2"),
        art(32, "article 32"),
    )
    b.pp(
        "Recalling further its resolution 6/6 of 6 November 2015, in which it encouraged States parties to "
        "strengthen the protection of reporting persons,",
        res("CoSP", "6/6", "resolution 6/6 of 6 November 2015", "2015-11-06"),
    )
    b.pp(
        "Noting the publication by the United Nations Office on Drugs and Crime of the Resource Guide on "
        "Good Practices in the Protection of Reporting Persons,[^4]",
        org("UNODC", "United Nations Office on Drugs and Crime"),
    )
    b.footnote("4", "United Nations, Vienna, 2015.")
    b.pp(
        "Noting also the high-level principles for the effective protection of whistle-blowers endorsed by "
        "the Group of Twenty and the Recommendation of the Council of the Organisation for Economic "
        "Co-operation and Development on Public Integrity,",
        org("G20", "Group of Twenty"),
        org("OECD", "Organisation for Economic Co-operation and Development"),
    )
    b.pp(
        "Concerned that reporting persons continue to face retaliation, including dismissal, harassment "
        "and threats to their safety, and that fear of retaliation discourages the reporting of corruption,",
    )
    b.pp(
        "Welcoming the exchange of experience at the joint meeting of the Working Group and the "
        "Implementation Review Group held in Vienna from 5 to 7 September 2016,",
    )
    b.op(
        "1",
        "Urges States parties that have not yet done so to consider adopting comprehensive legal frameworks "
        "for the protection of reporting persons, in accordance with article 33 of the Convention, covering "
        "the public and private sectors;",
        act("Urges", "urges", "States parties"),
        art(33, "article 33"),
    )
    b.op(
        "2",
        "Calls upon States parties to establish accessible, confidential and, where appropriate, anonymous "
        "channels for reporting, including in the private sector, in line with article 13, paragraph 2, and "
        "article 39 of the Convention;",
        act("Calls upon", "calls upon", "States parties"),
        art(13, "article 13, paragraph 2", "2"),
        art(39, "article 39"),
    )
    b.op(
        "3",
        "Encourages States parties to ensure that the protection of reporting persons includes, as "
        "appropriate:",
        act("Encourages", "encourages", "States parties"),
        art(32, "article 32"),
        subs=[
            ("a", "Protection of the identity of the reporting person;"),
            (
                "b",
                "Protection against dismissal, demotion and other forms of retaliation, with a shift of the "
                "burden of proof to the employer;",
            ),
            ("c", "Access to remedies and compensation for any detriment suffered;"),
            (
                "d",
                "Protection of the physical safety of reporting persons and their families, in accordance "
                "with article 32 of the Convention where the conditions of that article are met;",
            ),
        ],
    )
    b.op(
        "4",
        "Requests the Secretariat to continue, subject to the availability of extrabudgetary resources, to "
        "assist States parties, upon request, in the development of legislation and institutional "
        "arrangements for the protection of reporting persons;",
        act("Requests", "requests", "Secretariat", conditions=["extrabudgetary", "upon_request"]),
    )
    b.op(
        "5",
        "Also requests the Secretariat to compile, within existing resources, information on the "
        "implementation of article 33 of the Convention emerging from the country reviews of the second "
        "cycle of the Implementation Review Mechanism and to make it available to the Working Group at its "
        "next meeting;",
        act(
            "Also requests",
            "requests",
            "Secretariat",
            conditions=["existing_resources"],
            report_to=[report("Working Group", "next", "to the Working Group at its next meeting")],
        ),
        art(33, "article 33"),
    )
    b.op(
        "6",
        "Encourages private sector entities, civil society and academia to adopt internal reporting "
        "mechanisms and to raise awareness of the protection available to reporting persons;",
        act("Encourages", "encourages", "other"),
    )
    b.op(
        "7",
        "Requests the Secretariat to report to the Conference at its eighth session on the implementation "
        "of the present resolution.",
        act(
            "Requests",
            "requests",
            "Secretariat",
            report_to=[report("Conference", "eighth", REPORT_TO_EIGHTH)],
        ),
    )

    # Resolution 7/3
    b.resolution("7/3")
    b.heading("Resolution 7/3", res("CoSP", "7/3", "Resolution 7/3"), level=3)
    b.heading("Strengthening technical assistance for the prevention of corruption", level=3)
    b.text(
        "The Conference of the States Parties to the United Nations Convention against Corruption,",
        style="chapeau",
    )
    b.pp(
        "Recalling chapter VI of the Convention, in particular article 60, paragraphs 1 and 2, and article "
        "62 "
        "of the Convention,",
        chapter("VI", "chapter VI"),
        art(60, "article 60, paragraphs 1 and 2", "1"),
        art(60, "article 60, paragraphs 1 and 2", "2"),
        art(62, "article 62"),
    )
    b.pp(
        "Recalling also General Assembly resolution 71/208 of 19 December 2016 and Economic and Social "
        "Council resolution 2017/19 of 6 July 2017,",
        res("GA", "71/208", "General Assembly resolution 71/208 of 19 December 2016", "2016-12-19"),
        res(
            "ECOSOC", "2017/19", "Economic and Social Council resolution 2017/19 of 6 July 2017", "2017-07-06"
        ),
    )
    b.pp(
        "Noting the technical assistance needs identified in the country reviews, in particular in relation "
        "to articles 5 to 14 of the Convention,[^5]",
        *arts(5, 14, "articles 5 to 14"),
    )
    b.footnote(
        "5",
        "See CAC/COSP/IRG/2017/3 and Add.1.",
        sym("CAC/COSP/IRG/2017/3"),
        sym("CAC/COSP/IRG/2017/3/Add.1", "Add.1"),
    )
    b.pp(
        "Welcoming the contributions of the United Nations Development Programme, the International "
        "Anti-Corruption Academy and regional anti-corruption networks to the provision of technical "
        "assistance,",
        org("UNDP", "United Nations Development Programme"),
        org("IACA", "International Anti-Corruption Academy"),
    )
    b.pp(
        "Noting with appreciation the financial support provided by Austria, France, Germany, Qatar and the "
        "United States of America and by the European Union,",
        country("AUT", "Austria"),
        country("FRA", "France"),
        country("DEU", "Germany"),
        country("QAT", "Qatar"),
        country("USA", "United States of America"),
        org("EU", "European Union"),
    )
    b.op(
        "1",
        "Encourages States parties to use the results of the country reviews to identify their technical "
        "assistance needs, including needs for legal advice, model legislation, capacity-building and "
        "institution-building;",
        act("Encourages", "encourages", "States parties"),
    )
    b.op(
        "2",
        "Requests the United Nations Office on Drugs and Crime, in its capacity as the secretariat of the "
        "Conference, to continue to provide technical assistance, upon request and subject to the "
        "availability of extrabudgetary resources, through its regional anti-corruption advisers and in "
        "cooperation with the United Nations Development Programme;",
        act("Requests", "requests", "UNODC", conditions=["upon_request", "extrabudgetary"]),
        org("UNODC", "United Nations Office on Drugs and Crime"),
        org("UNDP", "United Nations Development Programme"),
    )
    b.op(
        "3",
        "Urges donors and technical assistance providers to coordinate their assistance, in accordance with "
        "the principles of aid effectiveness, and to take into account the priorities identified by "
        "recipient States;",
        act("Urges", "urges", "donors"),
    )
    b.op(
        "4",
        "Decides that the Working Group shall continue to consider technical assistance needs at its "
        "meetings, within existing resources;",
        act("Decides", "decides", "Working Group", conditions=["existing_resources"]),
    )
    b.op(
        "5",
        "Requests the Secretariat to include information on the implementation of the present resolution "
        "in its report to the Conference at its next session.",
        act(
            "Requests",
            "requests",
            "Secretariat",
            report_to=[report("Conference", "next", "to the Conference at its next session")],
        ),
    )

    # Decision 7/1
    b.end()
    b.heading("Decision", number="B", level=2)
    b.numbered("2", "At the same session, the Conference adopted the following decision:")
    b.decision("7/1")
    b.heading("Decision 7/1", dec("CoSP", "7/1", "Decision 7/1"), level=3)
    b.heading("Venue of the eighth session of the Conference", level=3)
    b.text(
        "At its 10th plenary meeting, on 10 November 2017, the Conference of the States Parties to the "
        "United Nations Convention against Corruption decided:",
        style="chapeau",
    )
    b.item(
        "a",
        "To accept with gratitude the offer of the Government of the United Arab Emirates to host the "
        "eighth session of the Conference, to be held in Abu Dhabi in 2019;",
        act("To accept", "accepts"),
        country("ARE", "United Arab Emirates"),
    )
    b.item(
        "b",
        "To request the Secretariat to hold consultations with the host Government on the dates of the "
        "session and to conclude the host country agreement, in accordance with General Assembly resolution "
        "40/243 of 18 December 1985;",
        act("To request", "requests", "Secretariat"),
        res("GA", "40/243", "General Assembly resolution 40/243 of 18 December 1985", "1985-12-18"),
    )
    b.item(
        "c",
        "To request the Secretariat to organize the intersessional meetings of its subsidiary bodies in 2018 "
        "and 2019 in Vienna, within existing resources.",
        act("To request", "requests", "Secretariat", conditions=["existing_resources"]),
    )
    return b.build(
        slug="cosp7-resolutions",
        language="en",
        kind="resolutions",
        title=(
            "Resolutions and decision adopted by the Conference of the States Parties at its seventh session"
        ),
        date="2017-11-28",
        symbol="CAC/COSP/2017/14",
        job_number="V.17-08795 (E)",
        header="CAC/COSP/2017/14",
    )
