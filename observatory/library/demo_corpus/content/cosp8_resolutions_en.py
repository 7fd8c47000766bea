"""Resolutions 8/1 and 8/2 of the Conference, as an extract of the report on its eighth session (English).

They follow up resolutions 7/1 to 7/3 of the seventh session paragraph by paragraph: they recall them,
reaffirm, continue, reiterate and replace specific operative paragraphs of them, and give the Secretariat
and the Working Group on the Prevention of Corruption new mandates, which the report of the Secretariat
to the ninth session (``cosp9_implementation_report_en``) answers.
"""

from ..builder import DocumentBuilder, act, art, country, org, report, res, sym

REPORT_TO_NINTH = "to the Conference at its ninth session"
CHAPEAU = "The Conference of the States Parties to the United Nations Convention against Corruption,"


def build():
    """The English version."""
    b = DocumentBuilder()
    b.text(
        "Conference of the States Parties\nto the United Nations\nConvention against Corruption",
        style="masthead",
    )
    b.text("Distr.: General\n14 January 2020\n\nOriginal: English", style="distribution")
    b.text(
        "Extract from the report of the Conference of the States Parties to the United Nations Convention "
        "against Corruption on its eighth session, held in Abu Dhabi from 16 to 20 December 2019",
        style="title",
    )
    b.heading(
        "Resolutions adopted by the Conference of the States Parties to the United Nations Convention "
        "against Corruption",
        number="I",
        level=1,
    )
    b.numbered(
        "1",
        "At its eighth session, held in Abu Dhabi from 16 to 20 December 2019, the Conference of the States "
        "Parties to the United Nations Convention against Corruption adopted the following resolutions:",
    )

    # Resolution 8/1
    b.resolution("8/1")
    b.heading("Resolution 8/1", res("CoSP", "8/1", "Resolution 8/1"), level=3)
    b.heading(
        "Follow-up to resolution 7/1 on asset declaration systems and the management of conflicts of "
        "interest",
        res("CoSP", "7/1", "resolution 7/1"),
        level=3,
    )
    b.text(CHAPEAU, style="chapeau")
    b.pp(
        "Recalling its resolution 7/1 of 10 November 2017, entitled “Strengthening asset declaration systems "
        "and the management of conflicts of interest”,",
        res("CoSP", "7/1", "resolution 7/1 of 10 November 2017", "2017-11-10"),
    )
    b.pp(
        "Recalling also article 7, paragraph 4, and article 8, paragraph 5, of the Convention, on systems "
        "that "
        "promote transparency and prevent conflicts of interest and on declarations by public officials,",
        art(7, "article 7, paragraph 4", "4"),
        art(8, "article 8, paragraph 5", "5"),
    )
    b.pp(
        "Recalling further its resolution 7/3 of 10 November 2017, on strengthening technical assistance "
        "for the prevention of corruption,",
        res("CoSP", "7/3", "resolution 7/3 of 10 November 2017", "2017-11-10"),
    )
    b.pp(
        "Taking note with appreciation of the report of the Secretariat on the implementation of resolution "
        "7/1[^1] and of the information provided by States parties in response to the note verbale of the "
        "Secretariat,",
        res("CoSP", "7/1", "resolution 7/1"),
    )
    b.footnote("1", "CAC/COSP/2019/6.", sym("CAC/COSP/2019/6"))
    b.pp(
        "Noting with concern that the verification of declarations remains the principal challenge reported "
        "by States parties, and that many of the bodies responsible for it lack the staff, the legal powers "
        "and the access to other registers that verification requires,",
    )
    b.pp(
        "Welcoming the consideration of conflicts of interest by the Open-ended Intergovernmental Working "
        "Group on the Prevention of Corruption at its tenth meeting, held in Vienna from 4 to 6 September "
        "2019,[^2]",
    )
    b.footnote("2", "See CAC/COSP/WG.4/2019/4.", sym("CAC/COSP/WG.4/2019/4"))
    b.op(
        "1",
        "Reaffirms paragraph 1 of its resolution 7/1, and urges States parties that have not yet done so to "
        "establish systems for the declaration of assets, income, liabilities and interests by public "
        "officials, in accordance with article 8, paragraph 5, of the Convention;",
        act("Reaffirms", "reaffirms"),
        res("CoSP", "7/1", "resolution 7/1"),
        art(8, "article 8, paragraph 5", "5"),
    )
    b.op(
        "2",
        "Encourages States parties to take into account, in the design of their systems of verification, "
        "the measures set out in paragraph 2 of resolution 7/1, in particular the risk-based selection of "
        "declarations and cross-checks with tax, land and company registers, and to share the results with "
        "the Secretariat, and requests the Secretariat to make that information available through the "
        "thematic website of the Working Group and to report thereon to the Working Group at its next "
        "meeting;",
        act(
            "Encourages",
            "encourages",
            "States parties",
            report_to=[report("Working Group", "next", "to the Working Group at its next meeting")],
        ),
        res("CoSP", "7/1", "resolution 7/1"),
    )
    b.op(
        "3",
        "Requests the Secretariat, subject to the availability of extrabudgetary resources, to continue to "
        "collect, analyse and disseminate information on good practices in asset declaration systems, as "
        "requested in paragraph 4 of resolution 7/1, and to develop, in cooperation with the World Bank and "
        "the Stolen Asset Recovery Initiative, a practical guide on the verification of declarations of "
        "assets and interests;",
        act("Requests", "requests", "Secretariat", conditions=["extrabudgetary"]),
        res("CoSP", "7/1", "resolution 7/1"),
        org("World Bank", "World Bank"),
        org("StAR", "Stolen Asset Recovery Initiative"),
    )
    b.op(
        "4",
        "Also requests the Secretariat, in lieu of the thematic report requested in paragraph 5 of "
        "resolution "
        "7/1, to prepare, within existing resources, a study on the verification of declarations of assets "
        "and interests, drawing on the country reviews of the second cycle of the Implementation Review "
        "Mechanism, and to submit it to the Conference at its ninth session;",
        act(
            "Also requests",
            "requests",
            "Secretariat",
            conditions=["existing_resources"],
            report_to=[report("Conference", "ninth", REPORT_TO_NINTH)],
        ),
        res("CoSP", "7/1", "resolution 7/1"),
    )
    b.op(
        "5",
        "Requests the United Nations Office on Drugs and Crime to continue to provide technical assistance "
        "to States parties, upon request and subject to the availability of extrabudgetary resources, in "
        "the establishment and strengthening of systems for the declaration and verification of assets and "
        "interests, including electronic filing, and invites States parties and other donors to support "
        "that work;",
        act("Requests", "requests", "UNODC", conditions=["upon_request", "extrabudgetary"]),
        org("UNODC", "United Nations Office on Drugs and Crime"),
    )
    b.op(
        "6",
        "Notes with appreciation the support provided by the Government of Norway and the Government of the "
        "United Arab Emirates for the work of the Secretariat on asset declarations;",
        act("Notes with appreciation", "notes"),
        country("NOR", "Norway"),
        country("ARE", "United Arab Emirates"),
    )
    b.op(
        "7",
        "Requests the Secretariat to report to the Conference at its ninth session on the implementation of "
        "the present resolution.",
        act(
            "Requests",
            "requests",
            "Secretariat",
            report_to=[report("Conference", "ninth", REPORT_TO_NINTH)],
        ),
    )

    # Resolution 8/2
    b.resolution("8/2")
    b.heading("Resolution 8/2", res("CoSP", "8/2", "Resolution 8/2"), level=3)
    b.heading("The Open-ended Intergovernmental Working Group on the Prevention of Corruption", level=3)
    b.text(CHAPEAU, style="chapeau")
    b.pp(
        "Recalling its resolution 3/2 of 13 November 2009, by which it established an interim open-ended "
        "intergovernmental working group to advise and assist it in the implementation of its mandate on the "
        "prevention of corruption,",
        res("CoSP", "3/2", "resolution 3/2 of 13 November 2009", "2009-11-13"),
    )
    b.pp(
        "Recalling also its resolution 7/3 of 10 November 2017, in which it decided that the Working Group "
        "shall continue to consider technical assistance needs at its meetings,",
        res("CoSP", "7/3", "resolution 7/3 of 10 November 2017", "2017-11-10"),
    )
    b.pp(
        "Recalling further its resolution 7/2 of 10 November 2017, in which it requested the Secretariat to "
        "make information on the implementation of article 33 of the Convention available to the Working "
        "Group,",
        res("CoSP", "7/2", "resolution 7/2 of 10 November 2017", "2017-11-10"),
        art(33, "article 33"),
    )
    b.pp(
        "Taking note with appreciation of the reports on the meetings of the Working Group held in Vienna in "
        "2018 and 2019,[^3]",
    )
    b.footnote(
        "3",
        "CAC/COSP/WG.4/2018/4 and CAC/COSP/WG.4/2019/4.",
        sym("CAC/COSP/WG.4/2018/4"),
        sym("CAC/COSP/WG.4/2019/4"),
    )
    b.pp(
        "Noting that the information on the implementation of article 33 of the Convention requested in its "
        "resolution 7/2 could not be made available to the Working Group at its meeting in 2018, as the "
        "country reviews concerned had not yet been completed,",
        art(33, "article 33"),
        res("CoSP", "7/2", "resolution 7/2"),
    )
    b.pp(
        "Mindful of the need to ensure that the work of the Working Group and that of the Implementation "
        "Review Group are complementary and do not duplicate each other,",
    )
    b.op(
        "1",
        "Decides that the Working Group shall continue its work to advise and assist the Conference in the "
        "implementation of its mandate on the prevention of corruption, including its consideration of "
        "technical assistance needs pursuant to paragraph 4 of resolution 7/3, and shall hold at least two "
        "intersessional meetings before the ninth session of the Conference, within existing resources;",
        act("Decides", "decides", "Working Group", conditions=["existing_resources"]),
        res("CoSP", "7/3", "resolution 7/3"),
    )
    b.op(
        "2",
        "Also decides that the Working Group shall consider at its meetings in 2020 and 2021 the following "
        "topics:",
        act("Also decides", "decides", "Working Group"),
        art(7, "article 7, paragraph 4", "4"),
        art(8, "article 8, paragraph 5", "5"),
        art(33, "article 33"),
        art(9, "article 9"),
        subs=[
            (
                "a",
                "Conflicts of interest and asset declarations, in accordance with article 7, paragraph 4, "
                "and article 8, paragraph 5, of the Convention;",
            ),
            ("b", "The protection of reporting persons, in accordance with article 33 of the Convention;"),
            ("c", "Integrity in public procurement, in accordance with article 9 of the Convention;"),
            ("d", "The technical assistance needs identified in the country reviews;"),
        ],
    )
    b.op(
        "3",
        "Reiterates its request to the Secretariat, contained in paragraph 5 of resolution 7/2, to compile "
        "information on the implementation of article 33 of the Convention emerging from the country "
        "reviews of the second cycle of the Implementation Review Mechanism, and requests the Secretariat to "
        "make it available to the Working Group at its next meeting;",
        act(
            "Reiterates",
            "reiterates",
            report_to=[report("Working Group", "next", "to the Working Group at its next meeting")],
        ),
        res("CoSP", "7/2", "resolution 7/2"),
        art(33, "article 33"),
    )
    b.op(
        "4",
        "Requests the Secretariat to prepare, within existing resources, for each meeting of the Working "
        "Group a background paper summarizing the information provided by States parties on the topics "
        "referred to in paragraph 2 above, and encourages States parties to provide such information in "
        "advance of the meetings;",
        act("Requests", "requests", "Secretariat", conditions=["existing_resources"]),
    )
    b.op(
        "5",
        "Requests the Working Group to submit a report on its activities to the Conference at its ninth "
        "session;",
        act(
            "Requests",
            "requests",
            "Working Group",
            report_to=[report("Conference", "ninth", REPORT_TO_NINTH)],
        ),
    )
    b.op(
        "6",
        "Also requests the Secretariat, subject to the availability of extrabudgetary resources, to update "
        "the thematic website of the Working Group with the information provided by States parties and to "
        "make that information available in the six official languages of the United Nations;",
        act("Also requests", "requests", "Secretariat", conditions=["extrabudgetary"]),
    )
    b.op(
        "7",
        "Further requests the Secretariat to continue to assist the Working Group in the performance of its "
        "functions, within existing resources, and to report to the Conference at its ninth session on the "
        "implementation of the present resolution.",
        act(
            "Further requests",
            "requests",
            "Secretariat",
            conditions=["existing_resources"],
            report_to=[report("Conference", "ninth", REPORT_TO_NINTH)],
        ),
    )
    return b.build(
        slug="cosp8-resolutions",
        language="en",
        kind="resolutions",
        title="Resolutions adopted by the Conference of the States Parties at its eighth session",
        date="2020-01-14",
        symbol="CAC/COSP/2019/17",
        job_number="V.20-00218 (E)",
        header="CAC/COSP/2019/17",
    )
