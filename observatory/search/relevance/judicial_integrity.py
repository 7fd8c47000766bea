"""Integrity of the judiciary and the prosecution services (article 11).

The six language versions are translations of one another, paragraph by paragraph: paragraph
``i`` of every version says what paragraph ``i`` of the English says.
"""

SLUG = "judicial-integrity"

# language -> (title, paragraphs in order; the paragraph id is the position, from 1)
VERSIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ar": (
        "نزاهة الجهاز القضائي وأجهزة النيابة العامة",
        (
            "تقتضي المادة 11 من الاتفاقية أن تتخذ الدول الأطراف، مع مراعاة استقلالية القضاء وما له من "
            "دور حاسم في مكافحة الفساد، تدابير لتدعيم النزاهة ودرء فرص الفساد بين أعضاء الجهاز القضائي. "
            "وأشارت دول كثيرة إلى مبادئ بنغالور للسلوك القضائي.",
            "اعتمدت المجالس القضائية في معظم الدول مدونات لقواعد السلوك القضائي تتناول الحياد والعلاقات "
            "مع الأطراف ووسائط الإعلام وقبول الهدايا. وأنشأ بعضها لجنة للأخلاقيات تصدر آراء استشارية "
            "للقضاة.",
            "يُعين القضاة ويُرقون على أساس الجدارة وفق إجراء شفاف يتولاه مجلس قضائي مستقل، مما يقلل خطر "
            "التأثير السياسي في التعيينات.",
            "توزع نظم إلكترونية لإدارة القضايا القضايا على القضاة توزيعاً عشوائياً، مما يمنع الأطراف من "
            "اختيار القاضي ويقلل فرص رشوة موظفي المحاكم.",
            "في دول كثيرة، يقدم القضاة إقرارات بذمتهم المالية يتحقق منها المجلس القضائي أو هيئة متخصصة. "
            "ويُنظر في انتهاكات قواعد السلوك في إطار إجراءات تأديبية توفر للقاضي الضمانات الإجرائية.",
            "تنطبق تدابير مماثلة على أجهزة النيابة العامة، ومنها مدونات قواعد السلوك وإقرارات الذمة "
            "المالية لأعضاء النيابة العامة. ويسهم نشر الأحكام القضائية والتدريب المنتظم على الأخلاقيات "
            "القضائية في زيادة تعزيز ثقة الجمهور في منظومة العدالة.",
        ),
    ),
    "zh": (
        "审判机关和检察机关的廉正",
        (
            "《公约》第十一条要求各缔约国在考虑到审判机关独立和审判机关在反腐败方面的关键作用的情况下，"
            "采取措施加强审判机关人员的廉正，并防止出现腐败机会。许多国家提及《班加罗尔司法行为原则》。",
            "大多数国家的司法委员会通过了法官行为守则，涉及公正性、与当事方和媒体的关系以及收受礼品等问题"
            "。一些司法委员会设立了道德操守委员会，向法官提供咨询意见。",
            "法官由独立的司法委员会通过透明程序择优任命和晋升，从而降低了政治因素影响任命的风险。",
            "电子案件管理系统随机向法官分配案件，防止当事方挑选法官，并减少了贿赂法院工作人员的机会。",
            "在许多国家，法官须进行财产申报，由司法委员会或专门机构核查。违反行为规则的情况通过纪律程序处"
            "理，法官在程序中享有程序性保障。",
            "类似措施也适用于检察机关，包括检察官行为守则和检察官财产申报。公布法院判决和定期开展司法道德"
            "培训进一步增强了公众对司法系统的信任。",
        ),
    ),
    "en": (
        "Integrity of the judiciary and the prosecution services",
        (
            "Article 11 of the Convention requires States parties, bearing in mind the independence of "
            "the judiciary and its crucial role in combating corruption, to take measures to strengthen "
            "integrity and to prevent opportunities for corruption among members of the judiciary. Many "
            "States referred to the Bangalore Principles of Judicial Conduct.",
            "Judicial councils in most States have adopted codes of judicial conduct, which address "
            "impartiality, relations with the parties and the media, and the acceptance of gifts. Some "
            "have set up an ethics committee that gives advisory opinions to judges.",
            "Judges are appointed and promoted on the basis of merit through a transparent procedure "
            "conducted by an independent judicial council, which reduces the risk of political influence "
            "over appointments.",
            "Electronic case management systems assign cases to judges at random, which prevents parties "
            "from choosing their judge and reduces the opportunities for bribery of court staff.",
            "In many States judges submit asset declarations, which are verified by the judicial council "
            "or a specialized body. Breaches of the rules of conduct are examined in disciplinary "
            "proceedings that offer the judge procedural guarantees.",
            "Similar measures apply to the prosecution services, including codes of conduct and asset "
            "declarations for prosecutors. The publication of court decisions and regular training in "
            "judicial ethics further strengthen public trust in the justice system.",
        ),
    ),
    "fr": (
        "Intégrité des juges et des services de poursuite",
        (
            "L'article 11 de la Convention impose aux États parties, compte tenu de l'indépendance du "
            "pouvoir judiciaire et de son rôle crucial dans la lutte contre la corruption, de prendre "
            "des mesures pour renforcer l'intégrité des membres de l'appareil judiciaire et prévenir les "
            "possibilités de les corrompre. De nombreux États ont fait référence aux Principes de "
            "Bangalore sur la déontologie judiciaire.",
            "Dans la plupart des États, les conseils de la magistrature ont adopté des codes de "
            "déontologie judiciaire, qui traitent de l'impartialité, des relations avec les parties et "
            "les médias et de l'acceptation de cadeaux. Certains ont créé un comité de déontologie qui "
            "rend des avis consultatifs aux juges.",
            "Les juges sont nommés et promus sur la base du mérite, selon une procédure transparente "
            "conduite par un conseil de la magistrature indépendant, ce qui réduit le risque d'influence "
            "politique sur les nominations.",
            "Des systèmes électroniques de gestion des affaires attribuent les affaires aux juges de "
            "manière aléatoire, ce qui empêche les parties de choisir leur juge et réduit les "
            "possibilités de corruption du personnel des tribunaux.",
            "Dans de nombreux États, les juges soumettent des déclarations de patrimoine, qui sont "
            "vérifiées par le conseil de la magistrature ou par un organe spécialisé. Les manquements "
            "aux règles de conduite sont examinés dans le cadre de procédures disciplinaires qui offrent "
            "au juge des garanties procédurales.",
            "Des mesures analogues s'appliquent aux services de poursuite, notamment des codes de "
            "conduite et des déclarations de patrimoine pour les procureurs. La publication des "
            "décisions de justice et une formation régulière à la déontologie judiciaire renforcent "
            "encore la confiance du public dans le système judiciaire.",
        ),
    ),
    "ru": (
        "Добросовестность судей и органов прокуратуры",
        (
            "Статья 11 Конвенции требует от государств-участников, с учетом независимости судебной "
            "власти и ее решающей роли в борьбе с коррупцией, принимать меры по укреплению честности и "
            "неподкупности судей и по предупреждению любых возможностей для коррупции среди них. Многие "
            "государства сослались на Бангалорские принципы поведения судей.",
            "В большинстве государств советы судей приняли кодексы судейской этики, в которых "
            "рассматриваются вопросы беспристрастности, отношений со сторонами и средствами массовой "
            "информации и принятия подарков. Некоторые из них создали комитеты по этике, дающие судьям "
            "консультативные заключения.",
            "Судьи назначаются и продвигаются по службе на основе личных заслуг в рамках прозрачной "
            "процедуры, проводимой независимым советом судей, что снижает риск политического влияния на "
            "назначения.",
            "Электронные системы управления делами распределяют дела между судьями случайным образом, "
            "что не позволяет сторонам выбирать судью и сокращает возможности для подкупа сотрудников "
            "аппарата судов.",
            "Во многих государствах судьи представляют декларации об имуществе, которые проверяются "
            "советом судей или специализированным органом. Нарушения правил поведения рассматриваются в "
            "рамках дисциплинарного производства, обеспечивающего судье процессуальные гарантии.",
            "Аналогичные меры применяются в отношении органов прокуратуры, включая кодексы поведения и "
            "декларирование имущества прокурорами. Публикация судебных решений и регулярное обучение по "
            "вопросам судейской этики дополнительно укрепляют доверие общества к системе правосудия.",
        ),
    ),
    "es": (
        "Integridad del poder judicial y del ministerio público",
        (
            "El artículo 11 de la Convención exige a los Estados partes que, teniendo presentes la "
            "independencia del poder judicial y su papel decisivo en la lucha contra la corrupción, "
            "adopten medidas para reforzar la integridad y evitar toda oportunidad de corrupción entre "
            "los miembros del poder judicial. Muchos Estados se refirieron a los Principios de Bangalore "
            "sobre la Conducta Judicial.",
            "En la mayoría de los Estados, los consejos de la judicatura han aprobado códigos de "
            "conducta judicial que tratan de la imparcialidad, las relaciones con las partes y con los "
            "medios de comunicación y la aceptación de regalos. Algunos han creado un comité de ética "
            "que emite opiniones consultivas para los jueces.",
            "Los jueces son nombrados y ascendidos en función del mérito mediante un procedimiento "
            "transparente a cargo de un consejo de la judicatura independiente, lo que reduce el riesgo "
            "de influencia política en los nombramientos.",
            "Los sistemas electrónicos de gestión de causas asignan las causas a los jueces de forma "
            "aleatoria, lo que impide que las partes elijan a su juez y reduce las oportunidades de "
            "soborno del personal de los tribunales.",
            "En muchos Estados los jueces presentan declaraciones de bienes, que son verificadas por el "
            "consejo de la judicatura o por un órgano especializado. Las infracciones de las normas de "
            "conducta se examinan en procedimientos disciplinarios que ofrecen al juez garantías "
            "procesales.",
            "Se aplican medidas similares al ministerio público, entre ellas códigos de conducta y "
            "declaraciones de bienes para los fiscales. La publicación de las resoluciones judiciales y "
            "la capacitación periódica en ética judicial refuerzan aún más la confianza del público en "
            "el sistema de justicia.",
        ),
    ),
}
