"""The note verbale by which the Secretariat asks for information on articles 7(4) and 8(5), in English
and in French. A note verbale has no document symbol: its reference number is not one."""

from ..builder import DocumentBuilder, art, country, org, res

SLUG = "nv-2011-asset-declarations"


def build_en():
    """The English version."""
    b = DocumentBuilder()
    b.text(
        "UNITED NATIONS OFFICE ON DRUGS AND CRIME\nVienna International Centre, P.O. Box 500, 1400 Vienna, "
        "Austria",
        org("UNODC", "UNITED NATIONS OFFICE ON DRUGS AND CRIME"),
        country("AUT", "Austria"),
        style="letterhead",
    )
    b.text("Reference: CU 2011/12/DTA/CEB/ISS", style="reference")
    b.text(
        "The Secretariat of the United Nations (United Nations Office on Drugs and Crime) presents its "
        "compliments to the Permanent Missions to the United Nations and has the honour to refer to "
        "resolution 3/2 of 13 November 2009, entitled “Preventive measures”, adopted by the Conference of "
        "the States Parties to the United Nations Convention against Corruption at its third session, held "
        "in Doha from 9 to 13 November 2009.",
        org("UNODC", "United Nations Office on Drugs and Crime"),
        res("CoSP", "3/2", "resolution 3/2 of 13 November 2009", "2009-11-13"),
    )
    b.text(
        "In that resolution, the Conference decided to establish an interim open-ended intergovernmental "
        "working group on the prevention of corruption. At its first meeting, held in Vienna from 13 to 15 "
        "December 2010, the Working Group recommended that States parties share information on asset "
        "declaration systems and conflicts of interest, in accordance with article 7, paragraph 4, and "
        "article 8, paragraph 5, of the Convention.",
        art(7, "article 7, paragraph 4", "4"),
        art(8, "article 8, paragraph 5", "5"),
    )
    b.text(
        "In this connection, the Secretariat has the honour to request Governments to provide information on "
        "the measures they have taken to implement articles 7(4) and 8(5) of the Convention, in particular "
        "on:",
        art(7, "articles 7(4)", "4"),
        art(8, "8(5)", "5"),
        subs=[
            (
                "a",
                "The categories of public officials required to declare their assets, income and interests, "
                "and the content and frequency of declarations;",
            ),
            (
                "b",
                "The bodies responsible for receiving, verifying and publishing declarations, and the "
                "sanctions for non-compliance;",
            ),
            ("c", "Codes of conduct and rules on conflicts of interest, gifts and outside activities;"),
            ("d", "Good practices, challenges encountered and any technical assistance needs."),
        ],
    )
    b.text(
        "The Secretariat would be grateful if the information, together with the text of relevant "
        "legislation, could be provided in any of the official languages of the United Nations, preferably "
        "in electronic form, by 15 April 2011, to the Corruption and Economic Crime Branch, United Nations "
        "Office on Drugs and Crime (email: uncac@unodc.org).",
        org("UNODC", "United Nations Office on Drugs and Crime"),
    )
    b.text(
        "The information received will be used in the preparation of a background paper for the second "
        "meeting of the Working Group, to be held in Vienna from 22 to 24 August 2011, and, unless otherwise "
        "indicated, will be made available on the website of the United Nations Office on Drugs and Crime.",
        org("UNODC", "United Nations Office on Drugs and Crime"),
    )
    b.text(
        "The Secretariat of the United Nations (United Nations Office on Drugs and Crime) avails itself of "
        "this opportunity to renew to the Permanent Missions to the United Nations the assurances of its "
        "highest consideration.",
        org("UNODC", "United Nations Office on Drugs and Crime"),
    )
    b.text("4 February 2011", style="date")
    return b.build(
        slug=SLUG,
        language="en",
        kind="note_verbale",
        title="Request for information on asset declaration systems and conflicts of interest",
        date="2011-02-04",
    )


def build_fr():
    """The French version."""
    b = DocumentBuilder()
    b.text(
        "OFFICE DES NATIONS UNIES CONTRE LA DROGUE ET LE CRIME\nCentre international de Vienne, B.P. 500, "
        "1400 Vienne, Autriche",
        org("UNODC", "OFFICE DES NATIONS UNIES CONTRE LA DROGUE ET LE CRIME"),
        country("AUT", "Autriche"),
        style="letterhead",
    )
    b.text("Référence : CU 2011/12/DTA/CEB/ISS", style="reference")
    b.text(
        "Le Secrétariat de l'Organisation des Nations Unies (Office des Nations Unies contre la drogue et le "
        "crime) présente ses compliments aux missions permanentes auprès de l'Organisation des Nations Unies "
        "et a l'honneur de se référer à la résolution 3/2 du 13 novembre 2009, intitulée « Mesures "
        "préventives », adoptée par la Conférence des États parties à la Convention des Nations Unies contre "
        "la corruption à sa troisième session, tenue à Doha du 9 au 13 novembre 2009.",
        org("UNODC", "Office des Nations Unies contre la drogue et le crime"),
        res("CoSP", "3/2", "résolution 3/2 du 13 novembre 2009", "2009-11-13"),
    )
    b.text(
        "Dans cette résolution, la Conférence a décidé de créer un groupe de travail intergouvernemental "
        "intersessions à composition non limitée sur la prévention de la corruption. À sa première réunion, "
        "tenue à Vienne du 13 au 15 décembre 2010, le Groupe de travail a recommandé que les États parties "
        "échangent des informations sur les systèmes de déclaration de patrimoine et les conflits "
        "d'intérêts, conformément au paragraphe 4 de l'article 7 et au paragraphe 5 de l'article 8 de la "
        "Convention.",
        art(7, "paragraphe 4 de l'article 7", "4"),
        art(8, "paragraphe 5 de l'article 8", "5"),
    )
    b.text(
        "À cet égard, le Secrétariat a l'honneur de prier les gouvernements de lui communiquer des "
        "informations sur les mesures qu'ils ont prises pour appliquer les articles 7-4 et 8-5 de la "
        "Convention, en particulier sur :",
        art(7, "articles 7-4", "4"),
        art(8, "8-5", "5"),
        subs=[
            (
                "a",
                "Les catégories d'agents publics tenus de déclarer leurs avoirs, leurs revenus et leurs "
                "intérêts, ainsi que le contenu et la fréquence des déclarations ;",
            ),
            (
                "b",
                "Les organes chargés de recevoir, de vérifier et de publier les déclarations, et les "
                "sanctions applicables en cas de manquement ;",
            ),
            (
                "c",
                "Les codes de conduite et les règles relatives aux conflits d'intérêts, aux cadeaux et aux "
                "activités extérieures ;",
            ),
            (
                "d",
                "Les bonnes pratiques, les difficultés rencontrées et les éventuels besoins d'assistance "
                "technique.",
            ),
        ],
    )
    b.text(
        "Le Secrétariat saurait gré aux gouvernements de bien vouloir lui faire parvenir ces informations, "
        "accompagnées du texte de la législation pertinente, dans l'une des langues officielles de "
        "l'Organisation des Nations Unies, de préférence sous forme électronique, d'ici au 15 avril 2011, à "
        "l'adresse du Service de la lutte contre la corruption et la criminalité économique, Office des "
        "Nations Unies contre la drogue et le crime (courriel : uncac@unodc.org).",
        org("UNODC", "Office des Nations Unies contre la drogue et le crime"),
    )
    b.text(
        "Les informations reçues serviront à l'établissement d'un document d'information pour la deuxième "
        "réunion du Groupe de travail, qui se tiendra à Vienne du 22 au 24 août 2011, et seront, sauf "
        "indication contraire, publiées sur le site Web de l'Office des Nations Unies contre la drogue et le "
        "crime.",
        org("UNODC", "Office des Nations Unies contre la drogue et le crime"),
    )
    b.text(
        "Le Secrétariat de l'Organisation des Nations Unies (Office des Nations Unies contre la drogue et le "
        "crime) saisit cette occasion pour renouveler aux missions permanentes auprès de l'Organisation des "
        "Nations Unies les assurances de sa très haute considération.",
        org("UNODC", "Office des Nations Unies contre la drogue et le crime"),
    )
    b.text("Le 4 février 2011", style="date")
    return b.build(
        slug=SLUG,
        language="fr",
        kind="note_verbale",
        title=(
            "Demande d'informations sur les systèmes de déclaration de patrimoine et les conflits d'intérêts"
        ),
        date="2011-02-04",
    )
