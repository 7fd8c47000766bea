"""A background paper of the Secretariat for the Working Group on the Prevention of Corruption (English)."""

from ..builder import DocumentBuilder, art, chapter, countries, country, org, res, sym

STATES_BY_DEADLINE = (
    "ARG=Argentina; ARM=Armenia; AUT=Austria; BLR=Belarus; BRA=Brazil; CHN=China; COL=Colombia; "
    "ECU=Ecuador; EGY=Egypt; FRA=France; GEO=Georgia; DEU=Germany; IDN=Indonesia; JOR=Jordan; LVA=Latvia; "
    "LTU=Lithuania; MUS=Mauritius; MEX=Mexico; MAR=Morocco; NGA=Nigeria; NOR=Norway; PER=Peru; "
    "PHL=Philippines; KOR=Republic of Korea; RUS=Russian Federation; SRB=Serbia; ZAF=South Africa; "
    "CHE=Switzerland"
)


def build():
    """The English version."""
    b = DocumentBuilder()
    b.text(
        "Conference of the States Parties\nto the United Nations\nConvention against Corruption",
        style="masthead",
    )
    b.text("Distr.: General\n20 June 2011\n\nOriginal: English", style="distribution")
    b.text(
        "Open-ended Intergovernmental Working Group\non the Prevention of Corruption\nVienna, 22-24 August "
        "2011\n"
        "Item 3 of the provisional agenda[^*]",
        style="meeting",
    )
    b.footnote("*", "CAC/COSP/WG.4/2011/1.", sym("CAC/COSP/WG.4/2011/1"))
    b.heading(
        "Good practices in asset declaration systems and the management of conflicts of interest "
        "(articles 7, paragraph 4, and 8, paragraph 5, of the Convention)",
        art(7, "articles 7, paragraph 4", "4"),
        art(8, "8, paragraph 5", "5"),
        level=1,
    )
    b.heading("Background paper prepared by the Secretariat", level=2)

    b.heading("Introduction", number="I", level=1)
    b.numbered(
        "1",
        "In its resolution 3/2 of 13 November 2009, entitled “Preventive measures”, the Conference of the "
        "States Parties to the United Nations Convention against Corruption decided to establish an interim "
        "open-ended intergovernmental working group to advise and assist the Conference in the "
        "implementation of its mandate on the prevention of corruption.",
        res("CoSP", "3/2", "resolution 3/2 of 13 November 2009", "2009-11-13"),
    )
    b.numbered(
        "2",
        "At its first meeting, held in Vienna from 13 to 15 December 2010, the Working Group recommended "
        "that the Secretariat prepare, for its second meeting, a background paper on good practices in asset "
        "declaration systems and the management of conflicts of interest, drawing on the information "
        "provided by States parties.[^1]",
    )
    b.footnote(
        "1",
        "See the report on the meeting of the Working Group held in Vienna from 13 to 15 December 2010 "
        "(CAC/COSP/WG.4/2010/3), para. 12.",
        sym("CAC/COSP/WG.4/2010/3"),
    )
    b.numbered(
        "3",
        "By a note verbale dated 4 February 2011, the Secretariat invited States parties and signatories to "
        "provide information on their implementation of article 7, paragraph 4, and article 8, paragraph 5, "
        "of the Convention, including good practices, challenges and technical assistance needs, by 15 April "
        "2011. A reminder was sent on 29 April 2011.",
        art(7, "article 7, paragraph 4", "4"),
        art(8, "article 8, paragraph 5", "5"),
    )
    b.numbered(
        "4",
        "A total of 28 Member States had submitted such information by 27 May 2011: Argentina, Armenia, "
        "Austria, Belarus, Brazil, China, Colombia, Ecuador, Egypt, France, Georgia, Germany, Indonesia, "
        "Jordan, Latvia, Lithuania, Mauritius, Mexico, Morocco, Nigeria, Norway, Peru, Philippines, Republic "
        "of Korea, Russian Federation, Serbia, South Africa and Switzerland.[^2]",
        *countries(STATES_BY_DEADLINE),
    )
    b.footnote(
        "2",
        "Information from Thailand, Tunisia, Turkey and Viet Nam was received after that date and has been "
        "taken into account to the extent possible. The Secretariat also received information concerning "
        "Kosovo, in the context of Security Council resolution 1244 (1999).",
        *countries("THA=Thailand; TUN=Tunisia; TUR=Turkey; VNM=Viet Nam; XKX=Kosovo"),
        res("SC", "1244 (1999)", "Security Council resolution 1244 (1999)"),
    )
    b.numbered(
        "5",
        "The present paper summarizes the information received, without attributing it in every case to "
        "individual States, and highlights good practices and common challenges. The full submissions are "
        "available on the thematic web page of the Working Group, where States have authorized their "
        "publication.",
    )

    b.heading("Overview of the information received", number="II", level=1)
    b.heading("Asset declaration systems", number="A", level=2)
    b.numbered(
        "6",
        "Most responding States require certain categories of public officials to declare their assets and "
        "income, in line with article 8, paragraph 5, of the Convention. The scope of the obligation varies "
        "considerably: in some States, such as Argentina and Georgia, all public officials above a certain "
        "grade are required to file, whereas in others the obligation is limited to elected officials, "
        "senior civil servants, judges and prosecutors.",
        art(8, "article 8, paragraph 5", "5"),
        country("ARG", "Argentina"),
        country("GEO", "Georgia"),
    )
    b.numbered(
        "7",
        "Several States described the content of declarations, which typically covers real estate, movable "
        "property, bank accounts, securities, debts and income from all sources, and in many cases extends "
        "to the assets of spouses and dependent children. Jordan reported that its Financial Disclosure Law "
        "No. 54 of 2006 requires declarations from ministers, members of Parliament and senior officials, "
        "which are filed with a dedicated department of the Ministry of Justice.",
        country("JOR", "Jordan"),
    )
    b.numbered(
        "8",
        "The frequency of declarations also differs. Most States require declarations on taking up and on "
        "leaving office, and annually or at regular intervals in between. The Russian Federation reported "
        "that, under the Federal Law on Combating Corruption of 25 December 2008, officials submit annual "
        "declarations of income, property and property-related obligations, and that, pursuant to article 8 "
        "of that Law, the information is published on the official websites of State bodies.",
        country("RUS", "Russian Federation"),
    )
    b.numbered(
        "9",
        "Electronic filing was reported by a growing number of States, among them Colombia, Latvia and the "
        "Republic of Korea, as a means of facilitating both submission and verification. Mexico described "
        "its DeclaraNet system, through which federal public servants file their declarations of assets "
        "online with the Ministry of Public Administration.",
        *countries("COL=Colombia; LVA=Latvia; KOR=Republic of Korea; MEX=Mexico"),
    )
    b.numbered(
        "10",
        "Verification remains the principal challenge. Only a minority of States reported a systematic "
        "verification of declarations, and several noted that the bodies responsible lack the staff, the "
        "legal powers or the access to other databases that verification requires. Good practices reported "
        "include risk-based selection of declarations for in-depth review (Latvia, Lithuania), automatic "
        "cross-checks with tax, land and vehicle registers (Georgia, Republic of Korea) and the verification "
        "of the lifestyle of officials by specialized units (Philippines).",
        *countries("LVA=Latvia; LTU=Lithuania; GEO=Georgia; KOR=Republic of Korea; PHL=Philippines"),
    )
    b.numbered(
        "11",
        "With regard to sanctions, most States provide for administrative or disciplinary sanctions for "
        "failure to file or late filing, and for criminal sanctions for false declarations. A number of "
        "States noted the link between asset declarations and the offence of illicit enrichment referred to "
        "in article 20 of the Convention, and China reported that since 2010 leading officials have been "
        "required to report on personal matters, including their income, real estate and investments, and "
        "on the employment of their spouses and children.",
        art(20, "article 20"),
        country("CHN", "China"),
    )
    b.heading("Codes of conduct and conflicts of interest", number="B", level=2)
    b.numbered(
        "12",
        "All responding States have adopted codes of conduct or rules of ethics for public officials, as "
        "envisaged in article 8, paragraphs 2 and 3, of the Convention, many of them drawing on the "
        "International Code of Conduct for Public Officials annexed to General Assembly resolution 51/59 of "
        "12 December 1996.",
        art(8, "article 8, paragraphs 2 and 3", "2"),
        art(8, "article 8, paragraphs 2 and 3", "3"),
        res("GA", "51/59", "General Assembly resolution 51/59 of 12 December 1996", "1996-12-12"),
    )
    b.numbered(
        "13",
        "Several States, including France, Germany and Norway, have adopted rules on the declaration and "
        "management of conflicts of interest that go beyond the declaration of assets, such as registers of "
        "interests, rules on the acceptance of gifts and hospitality, and restrictions on the activities of "
        "former officials (“cooling-off periods”).",
        *countries("FRA=France; DEU=Germany; NOR=Norway"),
    )
    b.numbered(
        "14",
        "Mauritius and South Africa reported that their anti-corruption bodies provide confidential advice "
        "to public officials on conflicts of interest, while Austria and Switzerland described ethics "
        "training that is compulsory for new civil servants.",
        *countries("MUS=Mauritius; ZAF=South Africa; AUT=Austria; CHE=Switzerland"),
    )
    b.numbered(
        "15",
        "Some States reported on the work of regional and international organizations in this area. The "
        "recommendations of the Group of States against Corruption (GRECO) and the peer reviews conducted by "
        "the Organisation for Economic Co-operation and Development (OECD) and its Anti-Corruption Network "
        "for Eastern Europe and Central Asia were cited by Armenia, Georgia and Serbia as having contributed "
        "to legislative reform.",
        org("GRECO", "Group of States against Corruption (GRECO)"),
        org("OECD", "Organisation for Economic Co-operation and Development (OECD)"),
        org("ACN", "Anti-Corruption Network for Eastern Europe and Central Asia"),
        *countries("ARM=Armenia; GEO=Georgia; SRB=Serbia"),
    )
    b.numbered(
        "16",
        "Peru and Ecuador described the role of their supreme audit institutions in the management of "
        "conflicts of interest, and Brazil referred to its Code of Conduct of the Federal Senior "
        "Administration and to the work of the Public Ethics Commission.",
        *countries("PER=Peru; ECU=Ecuador; BRA=Brazil"),
    )
    b.heading("Technical assistance needs", number="C", level=2)
    b.numbered(
        "17",
        "Several States identified technical assistance needs, in particular legal advice on the design of "
        "asset declaration legislation, capacity-building for verification bodies, and software for "
        "electronic filing and analysis. Nigeria, Morocco and Indonesia expressed interest in exchanges of "
        "experience with States that have established electronic verification systems.",
        *countries("NGA=Nigeria; MAR=Morocco; IDN=Indonesia"),
    )
    b.numbered(
        "18",
        "The Secretariat, in cooperation with the World Bank in the framework of the Stolen Asset Recovery "
        "Initiative (StAR), has provided assistance to several States upon request, and the United Nations "
        "Development Programme (UNDP) supports asset declaration reforms in a number of countries.[^3]",
        org("World Bank", "World Bank"),
        org("StAR", "Stolen Asset Recovery Initiative (StAR)"),
        org("UNDP", "United Nations Development Programme (UNDP)"),
    )
    b.footnote(
        "3",
        "See also World Bank, Income and Asset Declarations: Tools and Trade-offs (Washington, D.C., 2009).",
        org("World Bank", "World Bank"),
    )

    b.heading("Conclusions and recommendations", number="III", level=1)
    b.numbered(
        "19",
        "The information received shows that asset declaration systems have become a common tool for the "
        "prevention of corruption among States parties, and that States attach growing importance to the "
        "management of conflicts of interest. At the same time, the effectiveness of those systems depends "
        "on verification, sanctions and public trust, areas in which most States reported challenges.",
    )
    b.numbered(
        "20",
        "The Working Group may wish to consider the following recommendations for action by States parties:",
        art(8, "article 8, paragraph 5", "5"),
        subs=[
            (
                "a",
                "States parties should consider establishing or strengthening systems for the declaration of "
                "assets and interests that cover officials in positions exposed to corruption risks, in "
                "accordance with article 8, paragraph 5, of the Convention;",
            ),
            (
                "b",
                "States parties should ensure that the bodies responsible for receiving and verifying "
                "declarations have the mandate, the resources and the access to information needed to carry "
                "out effective verification;",
            ),
            (
                "c",
                "States parties should consider the use of electronic filing and of risk-based verification, "
                "and the publication of the declarations of senior officials, with due regard to the "
                "protection of personal data;",
            ),
            (
                "d",
                "States parties should share their experience with the Secretariat, including statistics on "
                "declarations filed, verified and sanctioned.",
            ),
        ],
    )
    b.numbered(
        "21",
        "The Working Group may also wish to request the Secretariat, subject to the availability of "
        "extrabudgetary resources, to continue to collect and disseminate good practices in asset "
        "declaration systems and conflicts of interest and to report thereon to the Working Group at its "
        "next meeting.",
    )
    b.numbered(
        "22",
        "At its first meeting, the Working Group recommended that the Conference consider the adoption of a "
        "resolution on asset declarations and conflicts of interest at its fourth session, to be held in "
        "Marrakech, Morocco, in October 2011.",
        country("MAR", "Morocco"),
    )
    b.numbered(
        "23",
        "The Working Group may further wish to recommend that the Conference invite States parties and other "
        "donors to provide extrabudgetary resources for technical assistance in this area, in accordance "
        "with article 62 of the Convention, and to consider the links between asset declarations, the "
        "prevention of money-laundering under article 14 and the recovery of assets under chapter V of the "
        "Convention.",
        art(62, "article 62"),
        art(14, "article 14"),
        chapter("V", "chapter V"),
    )
    return b.build(
        slug="wg4-2011-asset-declarations",
        language="en",
        kind="report",
        title="Good practices in asset declaration systems and the management of conflicts of interest",
        date="2011-06-20",
        symbol="CAC/COSP/WG.4/2011/3",
        job_number="V.11-83777 (E)",
        header="CAC/COSP/WG.4/2011/3",
    )
