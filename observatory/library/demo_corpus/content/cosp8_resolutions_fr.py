"""Résolutions 8/1 et 8/2 de la Conférence, extrait du rapport sur sa huitième session (version française).

Same symbol, same numbering, same ids as the English version: a language version of one document."""

from ..builder import DocumentBuilder, act, art, country, org, report, res, sym

REPORT_TO_NINTH = "à la Conférence, à sa neuvième session"
CHAPEAU = "La Conférence des États parties à la Convention des Nations Unies contre la corruption,"


def build():
    """The French version."""
    b = DocumentBuilder()
    b.text(
        "Conférence des États parties\nà la Convention des Nations Unies\ncontre la corruption",
        style="masthead",
    )
    b.text("Distr. générale\n14 janvier 2020\nFrançais\nOriginal : anglais", style="distribution")
    b.text(
        "Extrait du rapport de la Conférence des États parties à la Convention des Nations Unies contre la "
        "corruption sur les travaux de sa huitième session, tenue à Abou Dhabi du 16 au 20 décembre 2019",
        style="title",
    )
    b.heading(
        "Résolutions adoptées par la Conférence des États parties à la Convention des Nations Unies contre "
        "la corruption",
        number="I",
        level=1,
    )
    b.numbered(
        "1",
        "À sa huitième session, tenue à Abou Dhabi du 16 au 20 décembre 2019, la Conférence des États "
        "parties à la Convention des Nations Unies contre la corruption a adopté les résolutions suivantes :",
    )

    b.resolution("8/1")
    b.heading("Résolution 8/1", res("CoSP", "8/1", "Résolution 8/1"), level=3)
    b.heading(
        "Suite donnée à la résolution 7/1 relative aux systèmes de déclaration de patrimoine et à la gestion "
        "des conflits d'intérêts",
        res("CoSP", "7/1", "résolution 7/1"),
        level=3,
    )
    b.text(CHAPEAU, style="chapeau")
    b.pp(
        "Rappelant sa résolution 7/1 du 10 novembre 2017, intitulée « Renforcer les systèmes de déclaration "
        "de patrimoine et la gestion des conflits d'intérêts »,",
        res("CoSP", "7/1", "résolution 7/1 du 10 novembre 2017", "2017-11-10"),
    )
    b.pp(
        "Rappelant également le paragraphe 4 de l'article 7 et le paragraphe 5 de l'article 8 de la "
        "Convention, relatifs aux systèmes qui favorisent la transparence et préviennent les conflits "
        "d'intérêts et aux déclarations des agents publics,",
        art(7, "paragraphe 4 de l'article 7", "4"),
        art(8, "paragraphe 5 de l'article 8", "5"),
    )
    b.pp(
        "Rappelant en outre sa résolution 7/3 du 10 novembre 2017, relative au renforcement de l'assistance "
        "technique pour la prévention de la corruption,",
        res("CoSP", "7/3", "résolution 7/3 du 10 novembre 2017", "2017-11-10"),
    )
    b.pp(
        "Prenant note avec satisfaction du rapport du Secrétariat sur l'application de la résolution 7/1[^1] "
        "et des informations communiquées par les États parties en réponse à la note verbale du Secrétariat,",
        res("CoSP", "7/1", "résolution 7/1"),
    )
    b.footnote("1", "CAC/COSP/2019/6.", sym("CAC/COSP/2019/6"))
    b.pp(
        "Notant avec préoccupation que la vérification des déclarations demeure la principale difficulté "
        "signalée par les États parties et que nombre des organes qui en sont chargés manquent du personnel, "
        "des pouvoirs juridiques et de l'accès aux autres registres qu'elle requiert,",
    )
    b.pp(
        "Se félicitant que le Groupe de travail intergouvernemental à composition non limitée sur la "
        "prévention de la corruption ait examiné la question des conflits d'intérêts à sa dixième réunion, "
        "tenue à Vienne du 4 au 6 septembre 2019[^2],",
    )
    b.footnote("2", "Voir CAC/COSP/WG.4/2019/4.", sym("CAC/COSP/WG.4/2019/4"))
    b.op(
        "1",
        "Réaffirme le paragraphe 1 de sa résolution 7/1 et prie instamment les États parties qui ne l'ont "
        "pas "
        "encore fait de mettre en place des systèmes de déclaration des avoirs, des revenus, du passif et "
        "des "
        "intérêts des agents publics, conformément au paragraphe 5 de l'article 8 de la Convention ;",
        act("Réaffirme", "reaffirms"),
        res("CoSP", "7/1", "résolution 7/1"),
        art(8, "paragraphe 5 de l'article 8", "5"),
    )
    b.op(
        "2",
        "Encourage les États parties à tenir compte, dans la conception de leurs systèmes de vérification, "
        "des mesures énoncées au paragraphe 2 de la résolution 7/1, en particulier la sélection des "
        "déclarations en fonction des risques et les recoupements avec les registres fiscaux, fonciers et du "
        "commerce, et à en communiquer les résultats au Secrétariat, et prie le Secrétariat de diffuser ces "
        "informations sur le site Web thématique du Groupe de travail et de faire rapport à ce sujet au "
        "Groupe de travail à sa prochaine réunion ;",
        act(
            "Encourage",
            "encourages",
            "States parties",
            report_to=[report("Working Group", "next", "au Groupe de travail à sa prochaine réunion")],
        ),
        res("CoSP", "7/1", "résolution 7/1"),
    )
    b.op(
        "3",
        "Prie le Secrétariat, sous réserve de la disponibilité de ressources extrabudgétaires, de continuer "
        "à "
        "recueillir, analyser et diffuser des informations sur les bonnes pratiques en matière de systèmes "
        "de déclaration de patrimoine, comme elle l'a demandé au paragraphe 4 de la résolution 7/1, et "
        "d'élaborer, en coopération avec la Banque mondiale et l'Initiative pour le recouvrement des avoirs "
        "volés, un guide pratique sur la vérification des déclarations de patrimoine et d'intérêts ;",
        act("Prie", "requests", "Secretariat", conditions=["extrabudgetary"]),
        res("CoSP", "7/1", "résolution 7/1"),
        org("World Bank", "Banque mondiale"),
        org("StAR", "Initiative pour le recouvrement des avoirs volés"),
    )
    b.op(
        "4",
        "Prie également le Secrétariat, au lieu du rapport thématique demandé au paragraphe 5 de la "
        "résolution 7/1, d'établir, dans la limite des ressources existantes, une étude sur la vérification "
        "des déclarations de patrimoine et d'intérêts fondée sur les examens de pays du deuxième cycle du "
        "Mécanisme d'examen de l'application, et de la soumettre à la Conférence à sa neuvième session ;",
        act(
            "Prie également",
            "requests",
            "Secretariat",
            conditions=["existing_resources"],
            report_to=[report("Conference", "ninth", "à la Conférence à sa neuvième session")],
        ),
        res("CoSP", "7/1", "résolution 7/1"),
    )
    b.op(
        "5",
        "Prie l'Office des Nations Unies contre la drogue et le crime de continuer à fournir aux États "
        "parties, sur demande et sous réserve de la disponibilité de ressources extrabudgétaires, une "
        "assistance technique pour la mise en place et le renforcement de systèmes de déclaration et de "
        "vérification du patrimoine et des intérêts, y compris le dépôt électronique, et invite les États "
        "parties et les autres donateurs à appuyer ces travaux ;",
        act("Prie", "requests", "UNODC", conditions=["upon_request", "extrabudgetary"]),
        org("UNODC", "Office des Nations Unies contre la drogue et le crime"),
    )
    b.op(
        "6",
        "Prend note avec satisfaction de l'appui fourni par le Gouvernement de la Norvège et le Gouvernement "
        "des Émirats arabes unis aux travaux du Secrétariat sur les déclarations de patrimoine ;",
        act("Prend note avec satisfaction", "takes note"),
        country("NOR", "Norvège"),
        country("ARE", "Émirats arabes unis"),
    )
    b.op(
        "7",
        "Prie le Secrétariat de faire rapport à la Conférence, à sa neuvième session, sur l'application de "
        "la "
        "présente résolution.",
        act("Prie", "requests", "Secretariat", report_to=[report("Conference", "ninth", REPORT_TO_NINTH)]),
    )

    b.resolution("8/2")
    b.heading("Résolution 8/2", res("CoSP", "8/2", "Résolution 8/2"), level=3)
    b.heading(
        "Le Groupe de travail intergouvernemental à composition non limitée sur la prévention de la "
        "corruption",
        level=3,
    )
    b.text(CHAPEAU, style="chapeau")
    b.pp(
        "Rappelant sa résolution 3/2 du 13 novembre 2009, par laquelle elle a créé un groupe de travail "
        "intergouvernemental provisoire à composition non limitée chargé de la conseiller et de l'aider dans "
        "l'exécution de son mandat en matière de prévention de la corruption,",
        res("CoSP", "3/2", "résolution 3/2 du 13 novembre 2009", "2009-11-13"),
    )
    b.pp(
        "Rappelant également sa résolution 7/3 du 10 novembre 2017, dans laquelle elle a décidé que le "
        "Groupe "
        "de travail continuerait d'examiner les besoins d'assistance technique à ses réunions,",
        res("CoSP", "7/3", "résolution 7/3 du 10 novembre 2017", "2017-11-10"),
    )
    b.pp(
        "Rappelant en outre sa résolution 7/2 du 10 novembre 2017, dans laquelle elle a prié le Secrétariat "
        "de mettre à la disposition du Groupe de travail des informations sur l'application de l'article 33 "
        "de la Convention,",
        res("CoSP", "7/2", "résolution 7/2 du 10 novembre 2017", "2017-11-10"),
        art(33, "article 33"),
    )
    b.pp(
        "Prenant note avec satisfaction des rapports sur les réunions du Groupe de travail tenues à Vienne "
        "en "
        "2018 et 2019[^3],",
    )
    b.footnote(
        "3",
        "CAC/COSP/WG.4/2018/4 et CAC/COSP/WG.4/2019/4.",
        sym("CAC/COSP/WG.4/2018/4"),
        sym("CAC/COSP/WG.4/2019/4"),
    )
    b.pp(
        "Notant que les informations sur l'application de l'article 33 de la Convention demandées dans sa "
        "résolution 7/2 n'ont pu être mises à la disposition du Groupe de travail à sa réunion de 2018, les "
        "examens de pays concernés n'étant pas encore achevés,",
        art(33, "article 33"),
        res("CoSP", "7/2", "résolution 7/2"),
    )
    b.pp(
        "Consciente de la nécessité de veiller à ce que les travaux du Groupe de travail et ceux du Groupe "
        "d'examen de l'application soient complémentaires et ne fassent pas double emploi,",
    )
    b.op(
        "1",
        "Décide que le Groupe de travail poursuivra ses travaux consistant à la conseiller et à l'aider dans "
        "l'exécution de son mandat en matière de prévention de la corruption, y compris l'examen des besoins "
        "d'assistance technique prévu au paragraphe 4 de la résolution 7/3, et tiendra au moins deux "
        "réunions intersessions avant la neuvième session de la Conférence, dans la limite des ressources "
        "existantes ;",
        act("Décide", "decides", "Working Group", conditions=["existing_resources"]),
        res("CoSP", "7/3", "résolution 7/3"),
    )
    b.op(
        "2",
        "Décide également que le Groupe de travail examinera à ses réunions de 2020 et 2021 les thèmes "
        "suivants :",
        act("Décide également", "decides", "Working Group"),
        art(7, "paragraphe 4 de l'article 7", "4"),
        art(8, "paragraphe 5 de l'article 8", "5"),
        art(33, "article 33"),
        art(9, "article 9"),
        subs=[
            (
                "a",
                "Les conflits d'intérêts et les déclarations de patrimoine, conformément au paragraphe 4 de "
                "l'article 7 et au paragraphe 5 de l'article 8 de la Convention ;",
            ),
            (
                "b",
                "La protection des personnes qui communiquent des informations, conformément à l'article 33 "
                "de la Convention ;",
            ),
            (
                "c",
                "L'intégrité dans la passation des marchés publics, conformément à l'article 9 de la "
                "Convention ;",
            ),
            ("d", "Les besoins d'assistance technique recensés lors des examens de pays ;"),
        ],
    )
    b.op(
        "3",
        "Réitère la demande qu'elle a adressée au Secrétariat au paragraphe 5 de la résolution 7/2 de "
        "compiler les informations sur l'application de l'article 33 de la Convention issues des examens de "
        "pays du deuxième cycle du Mécanisme d'examen de l'application, et prie le Secrétariat de les mettre "
        "à la disposition du Groupe de travail à sa prochaine réunion ;",
        act(
            "Réitère",
            "reiterates",
            report_to=[report("Working Group", "next", "du Groupe de travail à sa prochaine réunion")],
        ),
        res("CoSP", "7/2", "résolution 7/2"),
        art(33, "article 33"),
    )
    b.op(
        "4",
        "Prie le Secrétariat d'établir, dans la limite des ressources existantes, pour chaque réunion du "
        "Groupe de travail, un document d'information résumant les informations communiquées par les États "
        "parties sur les thèmes visés au paragraphe 2 ci-dessus, et engage les États parties à communiquer "
        "ces informations avant les réunions ;",
        act("Prie", "requests", "Secretariat", conditions=["existing_resources"]),
    )
    b.op(
        "5",
        "Prie le Groupe de travail de présenter un rapport sur ses activités à la Conférence à sa neuvième "
        "session ;",
        act(
            "Prie",
            "requests",
            "Working Group",
            report_to=[report("Conference", "ninth", "à la Conférence à sa neuvième session")],
        ),
    )
    b.op(
        "6",
        "Prie également le Secrétariat, sous réserve de la disponibilité de ressources extrabudgétaires, de "
        "mettre à jour le site Web thématique du Groupe de travail avec les informations communiquées par "
        "les "
        "États parties et de rendre ces informations disponibles dans les six langues officielles de "
        "l'Organisation des Nations Unies ;",
        act("Prie également", "requests", "Secretariat", conditions=["extrabudgetary"]),
    )
    b.op(
        "7",
        "Prie en outre le Secrétariat de continuer d'aider le Groupe de travail à s'acquitter de ses "
        "fonctions, dans la limite des ressources existantes, et de faire rapport à la Conférence, à sa "
        "neuvième session, sur l'application de la présente résolution.",
        act(
            "Prie en outre",
            "requests",
            "Secretariat",
            conditions=["existing_resources"],
            report_to=[report("Conference", "ninth", REPORT_TO_NINTH)],
        ),
    )
    return b.build(
        slug="cosp8-resolutions",
        language="fr",
        kind="resolutions",
        title="Résolutions adoptées par la Conférence des États parties à sa huitième session",
        date="2020-01-14",
        symbol="CAC/COSP/2019/17",
        job_number="V.20-00218 (F)",
        header="CAC/COSP/2019/17",
    )
