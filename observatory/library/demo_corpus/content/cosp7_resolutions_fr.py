"""Résolutions 7/1 à 7/3 et décision 7/1 de la Conférence, extrait de son rapport (version française).

Same symbol, same numbering, same ids as the English version: a language version of one document."""

from ..builder import DocumentBuilder, act, art, arts, chapter, country, dec, org, report, res, sym

REPORT_TO_EIGHTH = "à la Conférence, à sa huitième session"
CHAPEAU = "La Conférence des États parties à la Convention des Nations Unies contre la corruption,"


def build():
    """The French version."""
    b = DocumentBuilder()
    b.text(
        "Conférence des États parties\nà la Convention des Nations Unies\ncontre la corruption",
        style="masthead",
    )
    b.text("Distr. générale\n28 novembre 2017\nFrançais\nOriginal : anglais", style="distribution")
    b.text(
        "Extrait du rapport de la Conférence des États parties à la Convention des Nations Unies contre la "
        "corruption sur les travaux de sa septième session, tenue à Vienne du 6 au 10 novembre 2017",
        style="title",
    )
    b.heading(
        "Résolutions et décision adoptées par la Conférence des États parties à la Convention des Nations "
        "Unies contre la corruption",
        number="I",
        level=1,
    )
    b.heading("Résolutions", number="A", level=2)
    b.numbered(
        "1",
        "À sa septième session, tenue à Vienne du 6 au 10 novembre 2017, la Conférence des États parties à "
        "la Convention des Nations Unies contre la corruption a adopté les résolutions suivantes :",
    )

    b.resolution("7/1")
    b.heading("Résolution 7/1", res("CoSP", "7/1", "Résolution 7/1"), level=3)
    b.heading(
        "Renforcer les systèmes de déclaration de patrimoine et la gestion des conflits d'intérêts", level=3
    )
    b.text(CHAPEAU, style="chapeau")
    b.pp(
        "Rappelant la résolution 58/4 de l'Assemblée générale en date du 31 octobre 2003, par laquelle "
        "l'Assemblée a adopté la Convention des Nations Unies contre la corruption[^1],",
        res("GA", "58/4", "résolution 58/4 de l'Assemblée générale en date du 31 octobre 2003", "2003-10-31"),
    )
    b.footnote("1", "Nations Unies, Recueil des Traités, vol. 2349, n° 42146.")
    b.pp(
        "Rappelant également les articles 7 à 9 de la Convention, et en particulier le paragraphe 4 de "
        "l'article 7 et le paragraphe 5 de l'article 8, qui appellent chaque État partie à s'efforcer "
        "d'adopter, de maintenir et de renforcer des systèmes qui favorisent la transparence et préviennent "
        "les conflits d'intérêts et à mettre en place des mesures faisant obligation aux agents publics de "
        "déclarer aux autorités compétentes notamment toutes activités extérieures, tout emploi, tous "
        "placements, tous avoirs et tous dons ou avantages substantiels,",
        *arts(7, 9, "articles 7 à 9"),
        art(7, "paragraphe 4 de l'article 7", "4"),
        art(8, "paragraphe 5 de l'article 8", "5"),
    )
    b.pp(
        "Rappelant en outre ses résolutions 4/3 du 28 octobre 2011, intitulée « Déclaration de Marrakech en "
        "faveur de la prévention de la corruption », 5/4 du 29 novembre 2013 et 6/6 du 6 novembre 2015 "
        "relatives au suivi de la Déclaration de Marrakech,",
        res("CoSP", "4/3", "résolutions 4/3 du 28 octobre 2011", "2011-10-28"),
        res("CoSP", "5/4", "5/4 du 29 novembre 2013", "2013-11-29"),
        res("CoSP", "6/6", "6/6 du 6 novembre 2015", "2015-11-06"),
    )
    b.pp(
        "Prenant note avec satisfaction du document d'information établi par le Secrétariat sur les bonnes "
        "pratiques en matière de systèmes de déclaration de patrimoine et de gestion des conflits "
        "d'intérêts[^2], ainsi que des informations communiquées par les États parties en réponse à la note "
        "verbale du Secrétariat,",
    )
    b.footnote(
        "2",
        "CAC/COSP/WG.4/2011/3 et CAC/COSP/WG.4/2011/3/Corr.1.",
        sym("CAC/COSP/WG.4/2011/3"),
        sym("CAC/COSP/WG.4/2011/3/Corr.1"),
    )
    b.pp(
        "Notant qu'un nombre croissant d'États parties ont mis en place des systèmes de déclaration du "
        "patrimoine et des intérêts des agents publics, y compris le dépôt électronique et la vérification "
        "par des organes indépendants, et que ces systèmes contribuent à prévenir et à détecter "
        "l'enrichissement illicite visé à l'article 20 de la Convention,",
        art(20, "article 20"),
    )
    b.pp(
        "Se félicitant des travaux du Groupe de travail intergouvernemental à composition non limitée sur la "
        "prévention de la corruption, qui a examiné la question des déclarations de patrimoine et des "
        "conflits d'intérêts à ses réunions tenues à Vienne en 2011 et 2016[^3],",
    )
    b.footnote(
        "3",
        "Voir CAC/COSP/WG.4/2011/4 et CAC/COSP/WG.4/2016/4.",
        sym("CAC/COSP/WG.4/2011/4"),
        sym("CAC/COSP/WG.4/2016/4"),
    )
    b.pp(
        "Se félicitant également de la coopération entre l'Office des Nations Unies contre la drogue et le "
        "crime, la Banque mondiale et l'Organisation de coopération et de développement économiques dans le "
        "cadre de l'Initiative pour le recouvrement des avoirs volés et du Réseau anticorruption pour "
        "l'Europe orientale et l'Asie centrale, ainsi que des travaux du Groupe d'États contre la corruption "
        "du Conseil de l'Europe sur les conflits d'intérêts,",
        org("UNODC", "Office des Nations Unies contre la drogue et le crime"),
        org("World Bank", "Banque mondiale"),
        org("OECD", "Organisation de coopération et de développement économiques"),
        org("StAR", "Initiative pour le recouvrement des avoirs volés"),
        org("ACN", "Réseau anticorruption pour l'Europe orientale et l'Asie centrale"),
        org("GRECO", "Groupe d'États contre la corruption"),
        org("CoE", "Conseil de l'Europe"),
    )
    b.pp(
        "Consciente que les systèmes de déclaration de patrimoine doivent respecter le droit à la vie privée "
        "et la protection des données personnelles, conformément aux principes fondamentaux du droit interne "
        "des États parties,",
    )
    b.pp(
        "Ayant à l'esprit le chapitre II de la Convention, qui place la prévention de la corruption au cœur "
        "des efforts des États parties,",
        chapter("II", "chapitre II"),
    )
    b.op(
        "1",
        "Prie instamment les États parties de continuer d'appliquer le paragraphe 5 de l'article 8 de la "
        "Convention en créant ou en renforçant, conformément aux principes fondamentaux de leur droit "
        "interne, des systèmes de déclaration des avoirs, des revenus, du passif et des intérêts des agents "
        "publics ;",
        act("Prie instamment", "urges", "States parties"),
        art(8, "paragraphe 5 de l'article 8", "5"),
    )
    b.op(
        "2",
        "Encourage les États parties à envisager, s'il y a lieu, les mesures suivantes :",
        act("Encourage", "encourages", "States parties"),
        art(58, "article 58"),
        subs=[
            (
                "a",
                "Le dépôt électronique et la publication des déclarations, ou de certaines de leurs parties, "
                "en tenant dûment compte de la protection des données personnelles ;",
            ),
            (
                "b",
                "La vérification des déclarations par un organe indépendant doté de ressources suffisantes, "
                "notamment au moyen d'une sélection fondée sur les risques et de recoupements avec les "
                "registres fiscaux, fonciers et des sociétés ;",
            ),
            (
                "c",
                "L'application de sanctions efficaces, proportionnées et dissuasives en cas de défaut de "
                "déclaration et de fausse déclaration ;",
            ),
            (
                "d",
                "La coopération entre les organes chargés des déclarations de patrimoine et les services de "
                "renseignement financier visés à l'article 58 de la Convention ;",
            ),
        ],
    )
    b.op(
        "3",
        "Demande aux États parties d'adopter ou de renforcer des codes de conduite pour les agents publics, "
        "conformément aux paragraphes 2 et 3 de l'article 8 de la Convention, et de prévoir la gestion des "
        "conflits d'intérêts, notamment au moyen de règles relatives aux cadeaux, aux activités extérieures "
        "et à l'après-mandat ;",
        act("Demande", "calls upon", "States parties"),
        art(8, "paragraphes 2 et 3 de l'article 8", "2"),
        art(8, "paragraphes 2 et 3 de l'article 8", "3"),
    )
    b.op(
        "4",
        "Prie le Secrétariat, sous réserve de la disponibilité de ressources extrabudgétaires, de continuer "
        "à recueillir, analyser et diffuser des informations sur les bonnes pratiques en matière de systèmes "
        "de déclaration de patrimoine, notamment au moyen du site Web thématique du Groupe de travail ;",
        act("Prie", "requests", "Secretariat", conditions=["extrabudgetary"]),
    )
    b.op(
        "5",
        "Prie également le Secrétariat d'établir, dans la limite des ressources existantes, un rapport "
        "thématique sur la vérification des déclarations de patrimoine et d'intérêts et de faire rapport à "
        "la Conférence, à sa huitième session, sur l'application de la présente résolution ;",
        act(
            "Prie également",
            "requests",
            "Secretariat",
            conditions=["existing_resources"],
            report_to=[report("Conference", "eighth", REPORT_TO_EIGHTH)],
        ),
    )
    b.op(
        "6",
        "Prie l'Office des Nations Unies contre la drogue et le crime de continuer à fournir aux États "
        "parties qui en font la demande une assistance technique pour la conception et la mise en œuvre de "
        "systèmes de déclaration de patrimoine, en coopération avec la Banque mondiale et l'Initiative pour "
        "le recouvrement des avoirs volés ;",
        act("Prie", "requests", "UNODC", conditions=["upon_request"]),
        org("UNODC", "Office des Nations Unies contre la drogue et le crime"),
        org("World Bank", "Banque mondiale"),
        org("StAR", "Initiative pour le recouvrement des avoirs volés"),
    )
    b.op(
        "7",
        "Invite le Groupe de travail à poursuivre l'examen des conflits d'intérêts à ses futures réunions et "
        "à recenser, dans le cadre de son mandat, les domaines dans lesquels des orientations "
        "supplémentaires pourraient être nécessaires ;",
        act("Invite", "invites", "Working Group", conditions=["mandate"]),
    )
    b.op(
        "8",
        "Encourage les États parties à communiquer au Secrétariat des informations sur leur expérience, y "
        "compris des statistiques sur le nombre de déclarations déposées et vérifiées et sur les sanctions "
        "imposées, dans leurs réponses à la liste de contrôle pour l'auto-évaluation ;",
        act("Encourage", "encourages", "States parties"),
    )
    b.op(
        "9",
        "Prend note avec satisfaction de l'appui fourni par le Gouvernement de la Norvège et le Gouvernement "
        "du Royaume-Uni de Grande-Bretagne et d'Irlande du Nord aux travaux du Secrétariat dans le domaine "
        "de la prévention ;",
        act("Prend note avec satisfaction", "notes"),
        country("NOR", "Norvège"),
        country("GBR", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"),
    )
    b.op(
        "10",
        "Invite les États parties et les autres donateurs à fournir des ressources extrabudgétaires aux fins "
        "de la présente résolution, conformément aux règles et procédures de l'Organisation des Nations "
        "Unies.",
        act("Invite", "invites", "States parties", "donors"),
    )

    b.resolution("7/2")
    b.heading("Résolution 7/2", res("CoSP", "7/2", "Résolution 7/2"), level=3)
    b.heading("Protection des personnes qui communiquent des informations", level=3)
    b.text(CHAPEAU, style="chapeau")
    b.pp(
        "Rappelant l'article 33 de la Convention, en vertu duquel chaque État partie envisage d'incorporer "
        "dans son système juridique interne des mesures appropriées pour assurer la protection contre tout "
        "traitement injustifié de toute personne qui signale aux autorités compétentes, de bonne foi et sur "
        "la base de soupçons raisonnables, tous faits concernant les infractions établies conformément à la "
        "Convention,",
        art(33, "article 33"),
    )
    b.pp(
        "Rappelant également le paragraphe 2 de l'article 13 de la Convention, relatif à l'accès aux "
        "organes de prévention de la corruption pour le signalement des faits, et l'article 32, relatif à la "
        "protection des témoins, des experts et des victimes,",
        art(13, "paragraphe 2 de l'article 13", "2"),
        art(32, "article 32"),
    )
    b.pp(
        "Rappelant en outre sa résolution 6/6 du 6 novembre 2015, dans laquelle elle a encouragé les États "
        "parties à renforcer la protection des personnes qui communiquent des informations,",
        res("CoSP", "6/6", "résolution 6/6 du 6 novembre 2015", "2015-11-06"),
    )
    b.pp(
        "Prenant note de la publication par l'Office des Nations Unies contre la drogue et le crime du Guide "
        "de ressources sur les bonnes pratiques en matière de protection des personnes qui communiquent des "
        "informations[^4],",
        org("UNODC", "Office des Nations Unies contre la drogue et le crime"),
    )
    b.footnote("4", "Nations Unies, Vienne, 2015.")
    b.pp(
        "Prenant note également des principes de haut niveau pour la protection efficace des lanceurs "
        "d'alerte approuvés par le Groupe des Vingt et de la Recommandation du Conseil de l'Organisation de "
        "coopération et de développement économiques sur l'intégrité publique,",
        org("G20", "Groupe des Vingt"),
        org("OECD", "Organisation de coopération et de développement économiques"),
    )
    b.pp(
        "Préoccupée par le fait que les personnes qui communiquent des informations continuent de faire "
        "l'objet de représailles, notamment de licenciements, de harcèlement et de menaces pour leur "
        "sécurité, et que la crainte de représailles dissuade de signaler des faits de corruption,",
    )
    b.pp(
        "Se félicitant de l'échange de données d'expérience qui a eu lieu lors de la réunion conjointe du "
        "Groupe de travail et du Groupe d'examen de l'application tenue à Vienne du 5 au 7 septembre 2016,",
    )
    b.op(
        "1",
        "Prie instamment les États parties qui ne l'ont pas encore fait d'envisager d'adopter des cadres "
        "juridiques complets pour la protection des personnes qui communiquent des informations, "
        "conformément à l'article 33 de la Convention, couvrant les secteurs public et privé ;",
        act("Prie instamment", "urges", "States parties"),
        art(33, "article 33"),
    )
    b.op(
        "2",
        "Demande aux États parties de mettre en place des canaux de signalement accessibles, confidentiels "
        "et, s'il y a lieu, anonymes, y compris dans le secteur privé, conformément au paragraphe 2 de "
        "l'article 13 et à l'article 39 de la Convention ;",
        act("Demande", "calls upon", "States parties"),
        art(13, "paragraphe 2 de l'article 13", "2"),
        art(39, "article 39"),
    )
    b.op(
        "3",
        "Encourage les États parties à veiller à ce que la protection des personnes qui communiquent des "
        "informations comprenne, selon qu'il conviendra :",
        act("Encourage", "encourages", "States parties"),
        art(32, "article 32"),
        subs=[
            ("a", "La protection de l'identité de la personne qui communique des informations ;"),
            (
                "b",
                "La protection contre le licenciement, la rétrogradation et les autres formes de "
                "représailles, avec un renversement de la charge de la preuve au détriment de l'employeur ;",
            ),
            ("c", "L'accès à des voies de recours et à une indemnisation pour tout préjudice subi ;"),
            (
                "d",
                "La protection de la sécurité physique des personnes qui communiquent des informations et de "
                "leur famille, conformément à l'article 32 de la Convention lorsque les conditions de cet "
                "article sont réunies ;",
            ),
        ],
    )
    b.op(
        "4",
        "Prie le Secrétariat de continuer, sous réserve de la disponibilité de ressources extrabudgétaires, "
        "d'aider les États parties qui en font la demande à élaborer une législation et des dispositifs "
        "institutionnels pour la protection des personnes qui communiquent des informations ;",
        act("Prie", "requests", "Secretariat", conditions=["extrabudgetary", "upon_request"]),
    )
    b.op(
        "5",
        "Prie également le Secrétariat de compiler, dans la limite des ressources existantes, les "
        "informations sur l'application de l'article 33 de la Convention issues des examens de pays du "
        "deuxième cycle du Mécanisme d'examen de l'application et de les mettre à la disposition du Groupe "
        "de travail à sa prochaine réunion ;",
        act(
            "Prie également",
            "requests",
            "Secretariat",
            conditions=["existing_resources"],
            report_to=[report("Working Group", "next", "du Groupe de travail à sa prochaine réunion")],
        ),
        art(33, "article 33"),
    )
    b.op(
        "6",
        "Encourage les entités du secteur privé, la société civile et les milieux universitaires à adopter "
        "des mécanismes internes de signalement et à faire mieux connaître la protection dont bénéficient "
        "les personnes qui communiquent des informations ;",
        act("Encourage", "encourages", "other"),
    )
    b.op(
        "7",
        "Prie le Secrétariat de faire rapport à la Conférence, à sa huitième session, sur l'application de "
        "la "
        "présente résolution.",
        act("Prie", "requests", "Secretariat", report_to=[report("Conference", "eighth", REPORT_TO_EIGHTH)]),
    )

    b.resolution("7/3")
    b.heading("Résolution 7/3", res("CoSP", "7/3", "Résolution 7/3"), level=3)
    b.heading("Renforcer l'assistance technique pour la prévention de la corruption", level=3)
    b.text(CHAPEAU, style="chapeau")
    b.pp(
        "Rappelant le chapitre VI de la Convention, en particulier les paragraphes 1 et 2 de l'article 60 et "
        "l'article 62 de la Convention,",
        chapter("VI", "chapitre VI"),
        art(60, "paragraphes 1 et 2 de l'article 60", "1"),
        art(60, "paragraphes 1 et 2 de l'article 60", "2"),
        art(62, "article 62"),
    )
    b.pp(
        "Rappelant également la résolution 71/208 de l'Assemblée générale en date du 19 décembre 2016 et la "
        "résolution 2017/19 du Conseil économique et social en date du 6 juillet 2017,",
        res(
            "GA",
            "71/208",
            "résolution 71/208 de l'Assemblée générale en date du 19 décembre 2016",
            "2016-12-19",
        ),
        res(
            "ECOSOC",
            "2017/19",
            "résolution 2017/19 du Conseil économique et social en date du 6 juillet 2017",
            "2017-07-06",
        ),
    )
    b.pp(
        "Prenant note des besoins d'assistance technique recensés lors des examens de pays, en particulier "
        "en ce qui concerne les articles 5 à 14 de la Convention[^5],",
        *arts(5, 14, "articles 5 à 14"),
    )
    b.footnote(
        "5",
        "Voir CAC/COSP/IRG/2017/3 et Add.1.",
        sym("CAC/COSP/IRG/2017/3"),
        sym("CAC/COSP/IRG/2017/3/Add.1", "Add.1"),
    )
    b.pp(
        "Se félicitant des contributions du Programme des Nations Unies pour le développement, de l'Académie "
        "internationale de lutte contre la corruption et des réseaux régionaux de lutte contre la corruption "
        "à la fourniture d'une assistance technique,",
        org("UNDP", "Programme des Nations Unies pour le développement"),
        org("IACA", "Académie internationale de lutte contre la corruption"),
    )
    b.pp(
        "Notant avec satisfaction l'appui financier fourni par l'Allemagne, l'Autriche, les États-Unis "
        "d'Amérique, la France et le Qatar, ainsi que par l'Union européenne,",
        country("DEU", "Allemagne"),
        country("AUT", "Autriche"),
        country("USA", "États-Unis d'Amérique"),
        country("FRA", "France"),
        country("QAT", "Qatar"),
        org("EU", "Union européenne"),
    )
    b.op(
        "1",
        "Encourage les États parties à utiliser les résultats des examens de pays pour recenser leurs "
        "besoins d'assistance technique, y compris en matière de conseils juridiques, de législation type, "
        "de renforcement des capacités et de renforcement des institutions ;",
        act("Encourage", "encourages", "States parties"),
    )
    b.op(
        "2",
        "Prie l'Office des Nations Unies contre la drogue et le crime, en sa qualité de secrétariat de la "
        "Conférence, de continuer à fournir une assistance technique, sur demande et sous réserve de la "
        "disponibilité de ressources extrabudgétaires, par l'intermédiaire de ses conseillers régionaux pour "
        "la lutte contre la corruption et en coopération avec le Programme des Nations Unies pour le "
        "développement ;",
        act("Prie", "requests", "UNODC", conditions=["upon_request", "extrabudgetary"]),
        org("UNODC", "Office des Nations Unies contre la drogue et le crime"),
        org("UNDP", "Programme des Nations Unies pour le développement"),
    )
    b.op(
        "3",
        "Prie instamment les donateurs et les prestataires d'assistance technique de coordonner leur "
        "assistance, conformément aux principes de l'efficacité de l'aide, et de tenir compte des priorités "
        "définies par les États bénéficiaires ;",
        act("Prie instamment", "urges", "donors"),
    )
    b.op(
        "4",
        "Décide que le Groupe de travail continuera d'examiner les besoins d'assistance technique à ses "
        "réunions, dans la limite des ressources existantes ;",
        act("Décide", "decides", "Working Group", conditions=["existing_resources"]),
    )
    b.op(
        "5",
        "Prie le Secrétariat de faire figurer des informations sur l'application de la présente résolution "
        "dans le rapport qu'il présentera à la Conférence à sa prochaine session.",
        act(
            "Prie",
            "requests",
            "Secretariat",
            report_to=[report("Conference", "next", "à la Conférence à sa prochaine session")],
        ),
    )

    b.end()
    b.heading("Décision", number="B", level=2)
    b.numbered("2", "À la même session, la Conférence a adopté la décision suivante :")
    b.decision("7/1")
    b.heading("Décision 7/1", dec("CoSP", "7/1", "Décision 7/1"), level=3)
    b.heading("Lieu de la huitième session de la Conférence", level=3)
    b.text(
        "À sa 10e séance plénière, le 10 novembre 2017, la Conférence des États parties à la Convention des "
        "Nations Unies contre la corruption a décidé :",
        style="chapeau",
    )
    b.item(
        "a",
        "D'accepter avec gratitude l'offre du Gouvernement des Émirats arabes unis d'accueillir la huitième "
        "session de la Conférence, qui se tiendra à Abou Dhabi en 2019 ;",
        act("D'accepter", "accepts"),
        country("ARE", "Émirats arabes unis"),
    )
    b.item(
        "b",
        "De prier le Secrétariat de tenir des consultations avec le gouvernement hôte au sujet des dates de "
        "la session et de conclure l'accord avec le pays hôte, conformément à la résolution 40/243 de "
        "l'Assemblée générale en date du 18 décembre 1985 ;",
        act("De prier", "requests", "Secretariat"),
        res(
            "GA",
            "40/243",
            "résolution 40/243 de l'Assemblée générale en date du 18 décembre 1985",
            "1985-12-18",
        ),
    )
    b.item(
        "c",
        "De prier le Secrétariat d'organiser les réunions intersessions de ses organes subsidiaires en 2018 "
        "et 2019 à Vienne, dans la limite des ressources existantes.",
        act("De prier", "requests", "Secretariat", conditions=["existing_resources"]),
    )
    return b.build(
        slug="cosp7-resolutions",
        language="fr",
        kind="resolutions",
        title="Résolutions et décision adoptées par la Conférence des États parties à sa septième session",
        date="2017-11-28",
        symbol="CAC/COSP/2017/14",
        job_number="V.17-08795 (F)",
        header="CAC/COSP/2017/14",
    )
