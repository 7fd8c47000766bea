"""Rapport du Secrétariat à la neuvième session de la Conférence sur l'application des résolutions 8/1 et
8/2 (version française).

Same symbol, same numbering, same ids as the English version: a language version of one document."""

from ..builder import DocumentBuilder, art, countries, country, org, res, sym

RESPONDENTS = (
    "ZAF=Afrique du Sud; ARG=Argentine; AUT=Autriche; BRA=Brésil; COL=Colombie; EGY=Égypte; "
    "ARE=Émirats arabes unis; ECU=Équateur; RUS=Fédération de Russie; FRA=France; GEO=Géorgie; "
    "IDN=Indonésie; JOR=Jordanie; LVA=Lettonie; MAR=Maroc; MEX=Mexique; NGA=Nigéria; NOR=Norvège; "
    "PER=Pérou; PHL=Philippines; KOR=République de Corée"
)


def build():
    """The French version."""
    b = DocumentBuilder()
    b.text(
        "Conférence des États parties\nà la Convention des Nations Unies\ncontre la corruption",
        style="masthead",
    )
    b.text("Distr. générale\n24 septembre 2021\nFrançais\nOriginal : anglais", style="distribution")
    b.text(
        "Neuvième session\nCharm el-Cheikh (Égypte), 13-17 décembre 2021\nPoint 5 de l'ordre du jour "
        "provisoire[^*]\nPrévention",
        country("EGY", "Égypte"),
        style="meeting",
    )
    b.footnote("*", "CAC/COSP/2021/1.", sym("CAC/COSP/2021/1"))
    b.heading(
        "Application des résolutions 8/1 et 8/2 de la Conférence des États parties",
        res("CoSP", "8/1", "résolutions 8/1"),
        res("CoSP", "8/2", "8/2"),
        level=1,
    )
    b.heading("Rapport du Secrétariat", level=2)

    b.heading("Introduction", number="I", level=1)
    b.numbered(
        "1",
        "Dans sa résolution 8/1 du 20 décembre 2019, intitulée « Suite donnée à la résolution 7/1 relative "
        "aux systèmes de déclaration de patrimoine et à la gestion des conflits d'intérêts », la Conférence "
        "des États parties à la Convention des Nations Unies contre la corruption a prié le Secrétariat de "
        "lui faire rapport, à sa neuvième session, sur l'application de cette résolution. Dans sa résolution "
        "8/2 du 20 décembre 2019, relative au Groupe de travail intergouvernemental à composition non "
        "limitée sur la prévention de la corruption, la Conférence a formulé la même demande.",
        res("CoSP", "8/1", "résolution 8/1 du 20 décembre 2019", "2019-12-20"),
        res("CoSP", "7/1", "résolution 7/1"),
        res("CoSP", "8/2", "résolution 8/2 du 20 décembre 2019", "2019-12-20"),
    )
    b.numbered(
        "2",
        "Par une note verbale datée du 3 mars 2021, le Secrétariat a invité les États parties à communiquer, "
        "avant le 30 juin 2021, des informations sur les mesures qu'ils avaient prises pour appliquer les "
        "deux résolutions. À cette date, 21 États parties avaient communiqué de telles informations : "
        "Afrique du Sud, Argentine, Autriche, Brésil, Colombie, Égypte, Émirats arabes unis, Équateur, "
        "Fédération de Russie, France, Géorgie, Indonésie, Jordanie, Lettonie, Maroc, Mexique, Nigéria, "
        "Norvège, Pérou, Philippines et République de Corée[^1].",
        *countries(RESPONDENTS),
    )
    b.footnote(
        "1",
        "Les informations communiquées par le Kenya et le Viet Nam ont été reçues après cette date et ont "
        "été "
        "prises en compte dans la mesure du possible.",
        *countries("KEN=Kenya; VNM=Viet Nam"),
    )
    b.numbered(
        "3",
        "Le présent rapport résume ces informations et les activités menées par le Secrétariat entre janvier "
        "2020 et juin 2021. En raison de la pandémie de maladie à coronavirus (COVID-19), plusieurs "
        "activités "
        "se sont tenues en ligne ou ont été reportées.",
    )

    b.heading(
        "Systèmes de déclaration de patrimoine et gestion des conflits d'intérêts (résolution 8/1)",
        res("CoSP", "8/1", "résolution 8/1"),
        number="II",
        level=1,
    )
    b.heading("Mesures prises par les États parties", number="A", level=2)
    b.numbered(
        "4",
        "La plupart des États ayant répondu ont indiqué qu'ils avaient mis en place ou renforcé des systèmes "
        "de déclaration des avoirs, des revenus, du passif et des intérêts des agents publics, conformément "
        "au paragraphe 5 de l'article 8 de la Convention. L'Égypte, le Maroc et le Nigéria ont fait état de "
        "nouvelles lois qui étendent l'obligation de déclaration à tous les agents occupant des postes "
        "exposés à des risques de corruption.",
        art(8, "paragraphe 5 de l'article 8", "5"),
        *countries("EGY=Égypte; MAR=Maroc; NGA=Nigéria"),
    )
    b.numbered(
        "5",
        "Plusieurs États ont décrit des mesures de vérification des déclarations du type de celles énoncées "
        "au paragraphe 2 de la résolution 8/1. La Lettonie et les Philippines ont fait état d'une sélection "
        "des déclarations en fonction des risques aux fins d'un examen approfondi, et la Colombie, la "
        "Géorgie "
        "et la République de Corée de recoupements automatiques avec les registres fiscaux, fonciers et du "
        "commerce. L'Argentine et la France ont communiqué des statistiques sur les déclarations déposées, "
        "vérifiées et sanctionnées, que le Secrétariat a mises en ligne sur le site Web thématique du Groupe "
        "de travail.",
        res("CoSP", "8/1", "résolution 8/1"),
        *countries(
            "LVA=Lettonie; PHL=Philippines; COL=Colombie; GEO=Géorgie; KOR=République de Corée; "
            "ARG=Argentine; FRA=France"
        ),
    )
    b.numbered(
        "6",
        "Les difficultés le plus souvent signalées étaient le manque de personnel et de pouvoirs juridiques "
        "des organes chargés de la vérification, l'absence de dépôt électronique et la protection des "
        "données personnelles lorsque les déclarations sont publiées.",
    )
    b.heading("Activités du Secrétariat", number="B", level=2)
    b.numbered(
        "7",
        "En application du paragraphe 3 de la résolution 8/1, le Secrétariat a continué de recueillir, "
        "d'analyser et de diffuser des informations sur les bonnes pratiques en matière de systèmes de "
        "déclaration de patrimoine. En coopération avec la Banque mondiale et l'Initiative pour le "
        "recouvrement des avoirs volés (StAR), il a entrepris l'élaboration d'un guide pratique sur la "
        "vérification des déclarations de patrimoine et d'intérêts ; un projet a été examiné lors d'une "
        "réunion d'experts tenue en ligne les 22 et 23 avril 2021, et le guide devrait être achevé en 2022, "
        "sous réserve de la disponibilité de ressources extrabudgétaires.",
        res("CoSP", "8/1", "résolution 8/1"),
        org("World Bank", "Banque mondiale"),
        org("StAR", "Initiative pour le recouvrement des avoirs volés (StAR)"),
    )
    b.numbered(
        "8",
        "Comme suite à la demande formulée au paragraphe 4 de la résolution 8/1, le Secrétariat a établi, "
        "dans la limite des ressources existantes, une étude sur la vérification des déclarations de "
        "patrimoine et d'intérêts, dont la Conférence est saisie (CAC/COSP/2021/7), fondée sur 54 examens de "
        "pays du deuxième cycle du Mécanisme d'examen de l'application.",
        res("CoSP", "8/1", "résolution 8/1"),
        sym("CAC/COSP/2021/7"),
    )
    b.numbered(
        "9",
        "Entre janvier 2020 et juin 2021, l'Office des Nations Unies contre la drogue et le crime (ONUDC) a "
        "fourni, sur demande, une assistance technique à 11 États pour la conception de systèmes de "
        "déclaration et de vérification du patrimoine et des intérêts, notamment la mise au point de "
        "plateformes de dépôt électronique en Équateur et en Jordanie et la formation du personnel des "
        "organes de vérification en Indonésie et au Nigéria.",
        org("UNODC", "Office des Nations Unies contre la drogue et le crime (ONUDC)"),
        *countries("ECU=Équateur; JOR=Jordanie; IDN=Indonésie; NGA=Nigéria"),
    )
    b.numbered(
        "10",
        "Les travaux du Secrétariat sur les déclarations de patrimoine ont été rendus possibles grâce aux "
        "contributions extrabudgétaires des Gouvernements de la Norvège et des Émirats arabes unis.",
        country("NOR", "Norvège"),
        country("ARE", "Émirats arabes unis"),
    )

    b.heading(
        "Le Groupe de travail sur la prévention de la corruption (résolution 8/2)",
        res("CoSP", "8/2", "résolution 8/2"),
        number="III",
        level=1,
    )
    b.numbered(
        "11",
        "Conformément au paragraphe 1 de la résolution 8/2, le Groupe de travail a tenu deux réunions "
        "intersessions : sa onzième réunion, tenue à Vienne du 2 au 4 septembre 2020 selon une formule "
        "hybride, et sa douzième réunion, tenue à Vienne du 14 au 16 juin 2021[^2].",
        res("CoSP", "8/2", "résolution 8/2"),
    )
    b.footnote(
        "2",
        "Voir les rapports sur ces réunions (CAC/COSP/WG.4/2020/4 et CAC/COSP/WG.4/2021/4).",
        sym("CAC/COSP/WG.4/2020/4"),
        sym("CAC/COSP/WG.4/2021/4"),
    )
    b.numbered(
        "12",
        "À ces réunions, le Groupe de travail a examiné les thèmes énoncés au paragraphe 2 de la résolution "
        "8/2 : les conflits d'intérêts et les déclarations de patrimoine (paragraphe 4 de l'article 7 et "
        "paragraphe 5 de l'article 8 de la Convention) et l'intégrité dans la passation des marchés publics "
        "(article 9) à sa onzième réunion, et la protection des personnes qui communiquent des informations "
        "(article 33) et les besoins d'assistance technique à sa douzième réunion.",
        res("CoSP", "8/2", "résolution 8/2"),
        art(7, "paragraphe 4 de l'article 7", "4"),
        art(8, "paragraphe 5 de l'article 8", "5"),
        art(9, "article 9"),
        art(33, "article 33"),
    )
    b.numbered(
        "13",
        "Comme suite à la demande formulée au paragraphe 3 de la résolution 8/2, le Secrétariat a compilé "
        "les "
        "informations sur l'application de l'article 33 de la Convention issues de 48 examens de pays "
        "achevés "
        "du deuxième cycle et les a présentées au Groupe de travail à sa onzième réunion dans un document de "
        "séance[^3].",
        res("CoSP", "8/2", "résolution 8/2"),
        art(33, "article 33"),
    )
    b.footnote("3", "CAC/COSP/WG.4/2020/CRP.1.", sym("CAC/COSP/WG.4/2020/CRP.1"))
    b.numbered(
        "14",
        "Pour chacune de ces réunions, le Secrétariat a établi des documents d'information résumant les "
        "informations communiquées par les États parties sur les thèmes examinés, à partir des réponses "
        "reçues aux notes verbales envoyées quatre mois avant chaque réunion[^4].",
    )
    b.footnote(
        "4",
        "CAC/COSP/WG.4/2020/2, CAC/COSP/WG.4/2020/3 et CAC/COSP/WG.4/2021/2.",
        sym("CAC/COSP/WG.4/2020/2"),
        sym("CAC/COSP/WG.4/2020/3"),
        sym("CAC/COSP/WG.4/2021/2"),
    )
    b.numbered(
        "15",
        "Le site Web thématique du Groupe de travail a été mis à jour avec toutes les informations reçues "
        "des "
        "États parties. Faute de ressources extrabudgétaires, ces informations ne sont disponibles qu'en "
        "anglais, en espagnol et en français, et pas encore dans les six langues officielles de "
        "l'Organisation des Nations Unies.",
    )
    b.numbered(
        "16",
        "Le Secrétariat a continué de fournir des services fonctionnels et techniques au Groupe de travail, "
        "dans la limite des ressources existantes, notamment l'interprétation dans les six langues "
        "officielles lors de ses réunions. Les rapports du Groupe de travail sur ses onzième et douzième "
        "réunions sont soumis à la Conférence à sa neuvième session.",
    )

    b.heading("Conclusions et recommandations", number="IV", level=1)
    b.numbered(
        "17",
        "Les États parties continuent de renforcer leurs systèmes de déclaration de patrimoine, mais la "
        "vérification demeure le maillon le plus faible de la plupart d'entre eux. L'étude sur la "
        "vérification et le guide pratique en préparation répondent à des besoins recensés par les États "
        "parties, et le Groupe de travail est devenu la principale instance d'échange d'expériences dans ce "
        "domaine.",
    )
    b.numbered(
        "18",
        "La Conférence voudra peut-être prier le Secrétariat, sous réserve de la disponibilité de ressources "
        "extrabudgétaires, d'achever le guide pratique sur la vérification des déclarations de patrimoine et "
        "d'intérêts et de le diffuser dans les six langues officielles de l'Organisation des Nations Unies.",
    )
    b.numbered(
        "19",
        "La Conférence voudra peut-être encourager les États parties à tirer parti de l'étude sur la "
        "vérification des déclarations pour réformer leurs systèmes et à continuer de communiquer au "
        "Secrétariat des statistiques sur les déclarations déposées, vérifiées et sanctionnées.",
    )
    b.numbered(
        "20",
        "La Conférence voudra peut-être aussi décider que le Groupe de travail continuera d'examiner les "
        "conflits d'intérêts et la protection des personnes qui communiquent des informations à ses réunions "
        "de 2022 et 2023, dans la limite des ressources existantes.",
    )
    b.numbered(
        "21",
        "La Conférence voudra peut-être en outre inviter les États parties et les autres donateurs à fournir "
        "des ressources extrabudgétaires pour la traduction du site Web thématique du Groupe de travail dans "
        "les six langues officielles de l'Organisation des Nations Unies et pour l'assistance technique "
        "décrite dans le présent rapport.",
    )
    return b.build(
        slug="cosp9-implementation-report",
        language="fr",
        kind="report",
        title="Application des résolutions 8/1 et 8/2 de la Conférence des États parties",
        date="2021-09-24",
        symbol="CAC/COSP/2021/5",
        job_number="V.21-06892 (F)",
        header="CAC/COSP/2021/5",
    )
