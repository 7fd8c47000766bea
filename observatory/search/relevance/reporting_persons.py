"""Protection of reporting persons (article 33 of the Convention).

The six language versions are translations of one another, paragraph by paragraph: paragraph
``i`` of every version says what paragraph ``i`` of the English says.
"""

SLUG = "reporting-persons"

# language -> (title, paragraphs in order; the paragraph id is the position, from 1)
VERSIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ar": (
        "حماية المبلغين بموجب المادة 33 من الاتفاقية",
        (
            "تقتضي المادة 33 من الاتفاقية أن تنظر كل دولة طرف في أن تُدخل في صلب نظامها القانوني الداخلي "
            "تدابير مناسبة لتوفير الحماية من أي معاملة لا مسوغ لها لأي شخص يقوم، بحسن نية ولأسباب وجيهة، "
            "بإبلاغ السلطات المختصة بأي وقائع تتعلق بجرائم الفساد. وأفادت دول أطراف كثيرة بأنها اعتمدت "
            "قانوناً خاصاً بحماية المبلغين، في حين تعتمد دول أخرى على أحكام متفرقة في قانون العمل وقانون "
            "الخدمة المدنية وقانون الإجراءات الجنائية.",
            "يمكن تقديم البلاغات عبر قنوات داخلية في المؤسسات العامة، أو مباشرة إلى هيئة مكافحة الفساد "
            "أو النيابة العامة، أو من خلال خطوط هاتفية ساخنة ومنصات إلكترونية. وتقبل عدة دول البلاغات "
            "المجهولة المصدر، وقد أنشأت نظماً مأمونة تتيح للسلطة التواصل مع المبلغ المجهول الهوية.",
            "يجب الحفاظ على سرية هوية المبلغ. ولا يجوز في معظم الدول الكشف عنها إلا بموافقة الشخص المعني "
            "أو بأمر من المحكمة، ويشكل الكشف غير المأذون به عن الهوية في حد ذاته جريمة.",
            "تحظر القوانين الفصل وخفض الرتبة والنقل غير المبرر والمضايقة وغير ذلك من الأعمال الانتقامية "
            "ضد الشخص الذي قدم بلاغاً. وفي عدة دول، يُنقل عبء الإثبات: فإذا تعرض المبلغ لإجراء ضار بعد "
            "تقديم البلاغ، وجب على صاحب العمل أن يثبت أن ذلك الإجراء لا صلة له بالبلاغ.",
            "يجوز للأشخاص الذين يتعرضون لأعمال انتقامية أن يطلبوا من المحكمة أو السلطة المختصة إعادتهم "
            "إلى وظائفهم والتعويض عن الضرر واتخاذ تدابير مؤقتة. وتقدم بعض الدول أيضاً مساعدة قانونية "
            "مجانية ودعماً نفسياً إلى المبلغين.",
            "تشمل الحماية عموماً العاملين في القطاعين العام والخاص، وفي بعض الدول أيضاً المتعاقدين "
            "والمتدربين والمرشحين للوظائف. وميزت الدول بين المبلغين والشهود: فالشهود الذين يدلون "
            "بشهاداتهم في الإجراءات الجنائية يمكن قبولهم في برامج الحماية بموجب المادة 32، أما المبلغ "
            "الذي لا يدلي بشهادة فيحتاج إلى تدابير أخرى.",
            "تمنح قلة من الدول المبلغين مكافآت مالية تُحسب كنسبة مئوية من المبالغ المستردة بفضل البلاغ. "
            "ورفضت دول أخرى مبدأ المكافآت، معتبرة أنها قد تشجع على تقديم بلاغات لا أساس لها.",
            "من أبرز التحديات المبلغ عنها ضعف وعي الجمهور بالحماية المتاحة، والخوف من الانتقام، وانعدام "
            "الثقة في السلطات. وأوصى المستعرضون بتنظيم حملات إعلامية وجمع إحصاءات عن عدد البلاغات "
            "الواردة وعن الإجراءات المتخذة بشأنها.",
        ),
    ),
    "zh": (
        "依照《公约》第三十三条保护举报人",
        (
            "《公约》第三十三条要求各缔约国考虑在本国法律制度中纳入适当措施，以便对出于善意并以合理理由向"
            "主管机关举报涉及腐败犯罪的任何事实的任何人员提供保护，使其不致受到任何不公正待遇。"
            "许多缔约国报告称已通过保护举报人的专门法律，另一些国家则依靠分散在劳动法、"
            "公务员法和刑事诉讼法中的规定。",
            "举报可以通过公共机构内部渠道提出，也可以直接向反腐败机构或检察机关提出，"
            "或者通过举报热线和网络平台提出。若干国家接受匿名举报，并建立了安全系统，"
            "使主管机关能够与匿名举报人保持联系。",
            "举报人的身份必须予以保密。在大多数国家，只有经本人同意或根据法院命令才能披露其身份，"
            "未经授权披露身份本身即构成违法行为。",
            "法律禁止对举报人实施解雇、降级、无正当理由调动、骚扰及其他打击报复行为。在若干国家，"
            "举证责任倒置：举报人在举报后受到不利处理的，由用人单位证明该处理与举报无关。",
            "遭受打击报复的人员可以向法院或主管机关申请恢复原职、赔偿损失和采取临时措施。"
            "一些国家还向举报人提供免费法律援助和心理支持。",
            "保护范围一般涵盖公共部门和私营部门的雇员，在一些国家还包括承包商、实习人员和求职者。"
            "各国对举报人和证人作了区分：在刑事诉讼中作证的证人可以根据第三十二条纳入保护方案，"
            "而不作证的举报人则需要其他措施。",
            "少数国家向举报人发放经济奖励，按因举报而追回款项的一定比例计算。另一些国家则拒绝实行奖励，"
            "认为奖励可能助长无根据的举报。",
            "报告的主要挑战是公众对现有保护措施了解不足、害怕遭到报复以及对主管机关缺乏信任。"
            "审议专家建议开展宣传活动，并收集关于所收到举报数量及其后续处理情况的统计数据。",
        ),
    ),
    "en": (
        "Protection of reporting persons under article 33 of the Convention",
        (
            "Article 33 of the Convention requires States parties to consider measures to protect "
            "against any unjustified treatment any person who reports in good faith and on reasonable "
            "grounds to the competent authorities any facts concerning corruption offences. Many States "
            "parties reported that they have adopted a dedicated law on the protection of reporting "
            "persons, while others rely on provisions spread across labour law, civil service law and "
            "the code of criminal procedure.",
            "Reports may be made through internal channels within public institutions, directly to the "
            "anti-corruption agency or the prosecution service, or through telephone hotlines and online "
            "platforms. Several States accept anonymous reports and have set up secure systems that "
            "allow the authority to communicate with an anonymous reporting person.",
            "The identity of the reporting person must be kept confidential. In most States it may be "
            "disclosed only with the consent of that person or by order of a court, and the unauthorized "
            "disclosure of the identity is itself an offence.",
            "The laws prohibit dismissal, demotion, unjustified transfer, harassment and other "
            "retaliation against a person who has made a report. In several States the burden of proof "
            "is reversed: where the reporting person suffers a detrimental measure after the report, the "
            "employer must prove that the measure was not related to the report.",
            "Persons who suffer retaliation may seek reinstatement in their post, compensation for "
            "damage and interim measures from a court or the competent authority. Some States also "
            "provide free legal assistance and psychological support to reporting persons.",
            "Protection generally covers employees in the public and the private sector, and in some "
            "States also contractors, trainees and job applicants. States distinguished between "
            "reporting persons and witnesses: witnesses who testify in criminal proceedings may be "
            "admitted to protection programmes under article 32, while a reporting person who does not "
            "testify requires other measures.",
            "A few States offer financial rewards to reporting persons, calculated as a percentage of "
            "the sums recovered as a result of the report. Other States have rejected rewards, "
            "considering that they could encourage unfounded reports.",
            "The main challenges reported were low public awareness of the protection available, fear of "
            "retaliation and lack of trust in the authorities. The reviewers recommended information "
            "campaigns and the collection of statistics on the number of reports received and on the "
            "action taken on them.",
        ),
    ),
    "fr": (
        (
            "Protection des personnes qui communiquent des informations au titre de l'article 33 de la "
            "Convention"
        ),
        (
            "L'article 33 de la Convention prévoit que chaque État partie envisage d'incorporer dans son "
            "système juridique des mesures appropriées pour assurer la protection contre tout traitement "
            "injustifié de toute personne qui signale aux autorités compétentes, de bonne foi et sur la "
            "base de soupçons raisonnables, tous faits concernant les infractions de corruption. De "
            "nombreux États parties ont indiqué avoir adopté une loi spécifique sur la protection des "
            "personnes qui communiquent des informations, tandis que d'autres s'appuient sur des "
            "dispositions dispersées dans le droit du travail, le statut de la fonction publique et le "
            "code de procédure pénale.",
            "Les signalements peuvent être effectués par des canaux internes au sein des institutions "
            "publiques, directement auprès de l'organe de lutte contre la corruption ou du ministère "
            "public, ou au moyen de lignes téléphoniques spéciales et de plateformes en ligne. Plusieurs "
            "États acceptent les signalements anonymes et ont mis en place des systèmes sécurisés "
            "permettant à l'autorité de communiquer avec l'auteur anonyme du signalement.",
            "L'identité de la personne qui effectue le signalement doit rester confidentielle. Dans la "
            "plupart des États, elle ne peut être divulguée qu'avec le consentement de cette personne ou "
            "sur décision d'un tribunal, et la divulgation non autorisée de l'identité constitue en soi "
            "une infraction.",
            "Les lois interdisent le licenciement, la rétrogradation, la mutation injustifiée, le "
            "harcèlement et toute autre mesure de représailles à l'encontre d'une personne ayant "
            "effectué un signalement. Dans plusieurs États, la charge de la preuve est renversée : "
            "lorsque l'auteur du signalement subit une mesure défavorable après celui-ci, il incombe à "
            "l'employeur de prouver que cette mesure était sans rapport avec le signalement.",
            "Les personnes victimes de représailles peuvent demander à un tribunal ou à l'autorité "
            "compétente leur réintégration, la réparation du préjudice subi et des mesures provisoires. "
            "Certains États offrent également une assistance juridique gratuite et un soutien "
            "psychologique aux auteurs de signalements.",
            "La protection s'applique généralement aux salariés des secteurs public et privé et, dans "
            "certains États, également aux prestataires, aux stagiaires et aux candidats à un emploi. "
            "Les États ont établi une distinction entre les auteurs de signalements et les témoins : les "
            "témoins qui déposent dans une procédure pénale peuvent bénéficier de programmes de "
            "protection en vertu de l'article 32, tandis que l'auteur d'un signalement qui ne témoigne "
            "pas a besoin d'autres mesures.",
            "Quelques États accordent aux auteurs de signalements une récompense financière, calculée en "
            "pourcentage des sommes recouvrées grâce au signalement. D'autres États ont écarté les "
            "récompenses, estimant qu'elles pourraient encourager des signalements infondés.",
            "Les principales difficultés mentionnées étaient la méconnaissance par le public de la "
            "protection offerte, la crainte de représailles et le manque de confiance dans les "
            "autorités. Les examinateurs ont recommandé des campagnes d'information et la collecte de "
            "statistiques sur le nombre de signalements reçus et les suites qui leur ont été données.",
        ),
    ),
    "ru": (
        "Защита лиц, сообщающих информацию, в соответствии со статьей 33 Конвенции",
        (
            "Статья 33 Конвенции предусматривает, что каждое государство-участник рассматривает "
            "возможность включения в свою внутреннюю правовую систему надлежащих мер для обеспечения "
            "защиты любых лиц, добросовестно и на разумных основаниях сообщающих компетентным органам о "
            "любых фактах, связанных с коррупционными преступлениями, от любого несправедливого "
            "обращения. Многие государства-участники сообщили о принятии специального закона о защите "
            "лиц, сообщающих информацию, тогда как другие опираются на положения, разбросанные по "
            "трудовому законодательству, закону о государственной службе и уголовно-процессуальному "
            "кодексу.",
            "Сообщения могут направляться по внутренним каналам в государственных учреждениях, "
            "непосредственно в антикоррупционный орган или прокуратуру, а также по телефонам горячей "
            "линии и через онлайн-платформы. Ряд государств принимают анонимные сообщения и создали "
            "защищенные системы, позволяющие органу поддерживать связь с анонимным заявителем.",
            "Личность лица, сообщившего информацию, должна сохраняться в тайне. В большинстве государств "
            "она может быть раскрыта только с согласия этого лица или по решению суда, а "
            "несанкционированное раскрытие личности само по себе является правонарушением.",
            "Законы запрещают увольнение, понижение в должности, необоснованный перевод, преследование и "
            "любые иные ответные меры в отношении лица, сообщившего информацию. В ряде государств бремя "
            "доказывания переносится на работодателя: если после сообщения заявитель подвергся "
            "неблагоприятной мере, работодатель должен доказать, что эта мера не связана с сообщением.",
            "Лица, подвергшиеся ответным мерам, могут добиваться в суде или в компетентном органе "
            "восстановления в должности, возмещения ущерба и принятия обеспечительных мер. Некоторые "
            "государства также предоставляют лицам, сообщающим информацию, бесплатную юридическую помощь "
            "и психологическую поддержку.",
            "Защита, как правило, распространяется на работников государственного и частного секторов, а "
            "в некоторых государствах также на подрядчиков, стажеров и кандидатов на должность. "
            "Государства проводили различие между лицами, сообщающими информацию, и свидетелями: "
            "свидетели, дающие показания в уголовном процессе, могут быть включены в программы защиты в "
            "соответствии со статьей 32, тогда как лицу, сообщившему информацию, но не дающему "
            "показаний, требуются иные меры.",
            "Несколько государств выплачивают лицам, сообщающим информацию, денежное вознаграждение, "
            "исчисляемое в процентах от сумм, возвращенных благодаря сообщению. Другие государства "
            "отказались от вознаграждений, полагая, что они могут поощрять необоснованные сообщения.",
            "В качестве основных проблем были названы слабая осведомленность населения о предусмотренной "
            "защите, страх перед ответными мерами и недоверие к органам власти. Эксперты по обзору "
            "рекомендовали проводить информационные кампании и собирать статистические данные о "
            "количестве полученных сообщений и о принятых по ним мерах.",
        ),
    ),
    "es": (
        "Protección de los denunciantes con arreglo al artículo 33 de la Convención",
        (
            "El artículo 33 de la Convención dispone que cada Estado parte considerará la posibilidad de "
            "incorporar en su ordenamiento jurídico interno medidas apropiadas para proporcionar "
            "protección contra todo trato injustificado a las personas que denuncien ante las "
            "autoridades competentes, de buena fe y con motivos razonables, cualesquiera hechos "
            "relacionados con delitos de corrupción. Muchos Estados partes informaron de que habían "
            "aprobado una ley específica sobre la protección de los denunciantes, mientras que otros se "
            "basan en disposiciones dispersas en la legislación laboral, la ley de la función pública y "
            "el código procesal penal.",
            "Las denuncias pueden presentarse por conductos internos de las instituciones públicas, "
            "directamente ante el organismo de lucha contra la corrupción o el ministerio público, o por "
            "medio de líneas telefónicas directas y plataformas en línea. Varios Estados aceptan "
            "denuncias anónimas y han establecido sistemas seguros que permiten a la autoridad "
            "comunicarse con el denunciante anónimo.",
            "La identidad del denunciante debe mantenerse en reserva. En la mayoría de los Estados solo "
            "puede revelarse con el consentimiento de esa persona o por orden judicial, y la revelación "
            "no autorizada de la identidad constituye en sí misma un delito.",
            "Las leyes prohíben el despido, la degradación, el traslado injustificado, el acoso y "
            "cualquier otra represalia contra la persona que haya presentado una denuncia. En varios "
            "Estados se invierte la carga de la prueba: cuando el denunciante sufre una medida "
            "perjudicial después de la denuncia, corresponde al empleador demostrar que la medida no "
            "guardaba relación con ella.",
            "Las personas que sufren represalias pueden solicitar a un tribunal o a la autoridad "
            "competente su reincorporación al puesto, una indemnización por los daños y medidas "
            "cautelares. Algunos Estados ofrecen además asistencia jurídica gratuita y apoyo psicológico "
            "a los denunciantes.",
            "La protección suele abarcar a los empleados de los sectores público y privado y, en algunos "
            "Estados, también a los contratistas, los becarios y los candidatos a un empleo. Los Estados "
            "distinguieron entre denunciantes y testigos: los testigos que declaran en un proceso penal "
            "pueden ser admitidos en programas de protección con arreglo al artículo 32, mientras que el "
            "denunciante que no presta testimonio requiere otras medidas.",
            "Unos pocos Estados ofrecen recompensas económicas a los denunciantes, calculadas como un "
            "porcentaje de las sumas recuperadas gracias a la denuncia. Otros Estados han rechazado las "
            "recompensas por considerar que podrían fomentar denuncias infundadas.",
            "Los principales problemas señalados fueron el escaso conocimiento por parte del público de "
            "la protección disponible, el temor a las represalias y la falta de confianza en las "
            "autoridades. Los examinadores recomendaron realizar campañas de información y reunir "
            "estadísticas sobre el número de denuncias recibidas y el curso que se les dio.",
        ),
    ),
}
