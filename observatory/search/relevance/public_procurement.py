"""Public procurement: open tenders, electronic procurement, review and debarment (article 9, paragraph 1).

The six language versions are translations of one another, paragraph by paragraph: paragraph
``i`` of every version says what paragraph ``i`` of the English says.
"""

SLUG = "public-procurement"

# language -> (title, paragraphs in order; the paragraph id is the position, from 1)
VERSIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ar": (
        "المشتريات العمومية القائمة على الشفافية والتنافس والمعايير الموضوعية",
        (
            "تلزم الفقرة 1 من المادة 9 من الاتفاقية الدول الأطراف بإنشاء نظم اشتراء مناسبة تقوم على "
            "الشفافية والتنافس وعلى معايير موضوعية في اتخاذ القرارات. وقد اعتمدت جميع الدول الأطراف "
            "المستعرضة قانوناً للمشتريات العمومية، وتُعد المناقصة المفتوحة في معظمها الأسلوب الافتراضي "
            "للاشتراء.",
            "لا يُسمح بالتعاقد المباشر مع مورد وحيد إلا في حالات محدودة، كحالات الطوارئ أو عندما لا "
            "يستطيع توريد السلع سوى مورد واحد، ويجب على الجهة المتعاقدة أن تبرر هذا الاختيار كتابةً. "
            "وأفادت عدة دول بأن عمليات الاشتراء التي نُفذت على سبيل الاستعجال أثناء الأزمات خضعت لمراجعة "
            "لاحقة.",
            "أنشأت معظم الدول منصات للاشتراء الإلكتروني، تنشر عليها الجهات المتعاقدة الإعلانات ووثائق "
            "المناقصات، وتتلقى العطاءات إلكترونياً، وتسجل إرساء العقود. ولما كانت الإجراءات كلها تجري "
            "على الإنترنت، فإن الاشتراء الإلكتروني يقلل الاتصال الشخصي بين مقدمي العطاءات والموظفين، ومن "
            "ثم فرص الرشوة.",
            "تُنشر قرارات إرساء العقود والعقود نفسها، وتنشر بعض الدول بيانات الاشتراء في شكل مفتوح قابل "
            "للقراءة آلياً وفقاً لمعيار بيانات التعاقد المفتوح. وتستخدم منظمات المجتمع المدني والصحفيون "
            "هذه البيانات لرصد كيفية إنفاق الأموال العامة.",
            "يجوز لمقدمي العطاءات غير الفائزين الطعن في قرارات الاشتراء أمام هيئة مراجعة مستقلة ثم أمام "
            "المحاكم. وتحدد القوانين مهلاً قصيرة لتقديم الشكاوى والبت فيها، حتى لا تؤدي المراجعة إلى "
            "تأخير الإجراءات تأخيراً مفرطاً.",
            "يجب على أعضاء لجان تقييم العطاءات التوقيع على إقرار بالمصالح في كل إجراء، والتنحي إذا كانت "
            "لهم صلة بأحد مقدمي العطاءات. وتوفر عدة دول تدريباً متخصصاً لموظفي الاشتراء، وتطبق مبدأ "
            "التناوب على الموظفين في المناصب التي تُعتبر شديدة التعرض للمخاطر.",
            "تُستبعد الشركات المدانة بالرشوة أو الاحتيال أو المشاركة في جماعة إجرامية من المناقصات "
            "العامة لمدة محددة. وتحتفظ بعض الدول بقائمة علنية بالشركات المحرومة من المشاركة، بينما تسمح "
            "دول أخرى بإعادة قبول الشركة قبل انقضاء المدة إذا عوضت عن الضرر واعتمدت برنامجاً فعالاً "
            "للامتثال.",
            "تحلل عدة سلطات مختصة بالاشتراء بيانات المناقصات للكشف عن المؤشرات التحذيرية للتواطؤ بين "
            "مقدمي العطاءات، مثل تقديم عطاء وحيد أو تكرار فوز الشركات نفسها أو أنماط الأسعار غير "
            "المعتادة. وتُحال حالات الاشتباه في التلاعب بالعطاءات إلى سلطة المنافسة أو إلى سلطات إنفاذ "
            "القانون.",
        ),
    ),
    "zh": (
        "基于透明度、竞争和客观标准的公共采购",
        (
            "《公约》第九条第一款要求各缔约国建立以透明度、竞争和按客观标准决定为基础的适当采购制度。"
            "所有接受审议的缔约国均已通过公共采购法，其中大多数国家以公开招标为默认的采购方式。",
            "只有在有限情况下才允许与单一供应商直接签订合同，例如紧急情况或只有一家供应商能够提供货物时，"
            "且采购实体必须以书面形式说明理由。若干国家报告称，危机期间的紧急采购事后已接受审计。",
            "大多数国家已建立电子采购平台，采购实体在平台上发布公告和招标文件，以电子方式接收投标并记录合"
            "同授予情况。由于整个程序都在网上进行，电子采购减少了投标人与官员之间的个人接触，"
            "从而减少了行贿受贿的机会。",
            "合同授予决定和合同本身均予公布，一些国家还按照开放合同数据标准以开放、机器可读的格式公布采购"
            "数据。民间社会组织和记者利用这些数据监督公共资金的使用情况。",
            "未中标的投标人可以向独立的审查机构对采购决定提出质疑，然后再向法院提起诉讼。"
            "法律为投诉和裁决规定了较短的时限，以免审查过度拖延采购程序。",
            "评标委员会成员必须就每一采购程序签署利益申报，如与某一投标人存在关联，则应回避。"
            "若干国家为采购官员提供专门培训，并对被视为高风险岗位的人员实行轮岗。",
            "因贿赂、欺诈或参加犯罪组织而被定罪的公司，在一定期限内被禁止参加公共招标。"
            "一些国家公布被禁止参与投标的公司名单，另一些国家则允许已赔偿损失并采取有效合规方案的公司提前"
            "恢复资格。",
            "若干采购主管机关分析招标数据，以发现投标人之间串通的预警信号，例如只有一份投标、"
            "同一批公司反复中标或异常的价格模式。涉嫌串通投标的案件移交竞争主管机关或执法机关。",
        ),
    ),
    "en": (
        "Public procurement based on transparency, competition and objective criteria",
        (
            "Article 9, paragraph 1, of the Convention requires States parties to establish appropriate "
            "systems of procurement based on transparency, competition and objective criteria in "
            "decision-making. All States parties under review have adopted a public procurement law, and "
            "in most of them open tendering is the default procurement method.",
            "Direct contracting with a single supplier is permitted only in limited cases, such as "
            "emergencies or when only one supplier can provide the goods, and the contracting authority "
            "must justify the choice in writing. Several States reported that emergency procurement "
            "carried out during crises had been subject to subsequent audit.",
            "Most States have introduced electronic procurement platforms, on which contracting "
            "authorities publish notices and tender documents, receive bids electronically and record "
            "the award of contracts. Because the entire procedure takes place online, electronic "
            "procurement reduces personal contact between bidders and officials and thus the "
            "opportunities for bribery.",
            "Contract award decisions and the contracts themselves are published, and some States "
            "publish procurement data in an open, machine-readable format in line with the Open "
            "Contracting Data Standard. Civil society organizations and journalists use these data to "
            "monitor how public money is spent.",
            "Unsuccessful bidders may challenge procurement decisions before an independent review body "
            "and then before the courts. The laws set short time limits for complaints and decisions, so "
            "that a review does not delay the procedure excessively.",
            "Members of tender evaluation committees must sign a declaration of interests for each "
            "procedure and withdraw if they have a link with a bidder. Several States provide "
            "specialized training for procurement officials and rotate staff in positions considered to "
            "be at high risk.",
            "Companies convicted of bribery, fraud or participation in a criminal organization are "
            "excluded from public tenders for a fixed period. Some States maintain a public list of "
            "excluded companies, and others allow a company to be readmitted earlier if it has "
            "compensated the damage and adopted an effective compliance programme.",
            "Several procurement authorities analyse tender data to detect warning signs of collusion "
            "between bidders, such as a single bid, recurring winners or unusual price patterns. "
            "Suspected bid-rigging is referred to the competition authority or to the law enforcement "
            "authorities.",
        ),
    ),
    "fr": (
        (
            "Passation des marchés publics fondée sur la transparence, la concurrence et des critères "
            "objectifs"
        ),
        (
            "Le paragraphe 1 de l'article 9 de la Convention impose aux États parties de mettre en place "
            "des systèmes appropriés de passation des marchés publics qui soient fondés sur la "
            "transparence, la concurrence et des critères objectifs pour la prise des décisions. Tous "
            "les États parties examinés ont adopté une loi sur les marchés publics, et dans la plupart "
            "d'entre eux l'appel d'offres ouvert est la méthode de passation de droit commun.",
            "La passation de marchés de gré à gré avec un fournisseur unique n'est autorisée que dans "
            "des cas limités, par exemple en situation d'urgence ou lorsqu'un seul fournisseur est en "
            "mesure de livrer les biens, et l'autorité contractante doit justifier ce choix par écrit. "
            "Plusieurs États ont indiqué que les marchés passés en urgence pendant des crises avaient "
            "fait l'objet d'un audit a posteriori.",
            "La plupart des États ont mis en place des plateformes électroniques de passation des "
            "marchés, sur lesquelles les autorités contractantes publient les avis et les dossiers "
            "d'appel d'offres, reçoivent les offres par voie électronique et enregistrent l'attribution "
            "des marchés. Comme l'ensemble de la procédure se déroule en ligne, la passation "
            "électronique des marchés réduit les contacts personnels entre soumissionnaires et agents "
            "publics, et donc les possibilités de corruption.",
            "Les décisions d'attribution et les marchés eux-mêmes sont publiés, et certains États "
            "publient les données relatives aux marchés publics dans un format ouvert et lisible par "
            "machine, conformément au standard de données sur la commande publique ouverte. Les "
            "organisations de la société civile et les journalistes utilisent ces données pour suivre "
            "l'utilisation des deniers publics.",
            "Les soumissionnaires évincés peuvent contester les décisions de passation devant un organe "
            "de recours indépendant, puis devant les tribunaux. Les lois fixent des délais courts pour "
            "les recours et les décisions, afin que le recours ne retarde pas excessivement la procédure.",
            "Les membres des commissions d'évaluation des offres doivent signer une déclaration "
            "d'intérêts pour chaque procédure et se retirer s'ils ont un lien avec un soumissionnaire. "
            "Plusieurs États dispensent une formation spécialisée aux agents chargés de la passation des "
            "marchés et assurent la rotation du personnel occupant des postes jugés à haut risque.",
            "Les entreprises condamnées pour corruption, fraude ou participation à une organisation "
            "criminelle sont exclues des marchés publics pour une durée déterminée. Certains États "
            "tiennent une liste publique des entreprises exclues, et d'autres permettent à une "
            "entreprise d'être réadmise plus tôt si elle a réparé le préjudice et adopté un programme de "
            "conformité efficace.",
            "Plusieurs autorités chargées des marchés publics analysent les données des appels d'offres "
            "afin de détecter les signes d'entente entre soumissionnaires, tels qu'une offre unique, des "
            "attributaires récurrents ou des structures de prix inhabituelles. Les soupçons de "
            "soumissions concertées sont transmis à l'autorité de la concurrence ou aux services de "
            "détection et de répression.",
        ),
    ),
    "ru": (
        "Публичные закупки на основе прозрачности, конкуренции и объективных критериев",
        (
            "Пункт 1 статьи 9 Конвенции требует от государств-участников создавать надлежащие системы "
            "закупок, которые основываются на прозрачности, конкуренции и объективных критериях принятия "
            "решений. Во всех государствах-участниках, в отношении которых проводился обзор, принят "
            "закон о публичных закупках, и в большинстве из них открытый тендер является основным "
            "способом закупок.",
            "Закупки у единственного поставщика допускаются лишь в ограниченных случаях, например в "
            "чрезвычайных ситуациях или когда товары может поставить только один поставщик, и заказчик "
            "должен письменно обосновать такой выбор. Ряд государств сообщили, что экстренные закупки, "
            "проведенные во время кризисов, были впоследствии подвергнуты аудиту.",
            "Большинство государств внедрили электронные платформы закупок, на которых заказчики "
            "размещают извещения и тендерную документацию, принимают заявки в электронной форме и "
            "регистрируют заключение контрактов. Поскольку вся процедура проводится в режиме онлайн, "
            "электронные закупки сокращают личные контакты между участниками торгов и должностными "
            "лицами и тем самым возможности для подкупа.",
            "Решения о заключении контрактов и сами контракты публикуются, а некоторые государства "
            "размещают данные о закупках в открытом машиночитаемом формате в соответствии со Стандартом "
            "данных открытых контрактов. Организации гражданского общества и журналисты используют эти "
            "данные для контроля за расходованием государственных средств.",
            "Участники, не выигравшие торги, могут обжаловать решения о закупках в независимом органе по "
            "рассмотрению жалоб, а затем в суде. Законы устанавливают короткие сроки подачи и "
            "рассмотрения жалоб, чтобы обжалование не затягивало процедуру чрезмерно.",
            "Члены комиссий по оценке заявок должны подписывать декларацию об интересах по каждой "
            "процедуре и брать самоотвод, если они связаны с кем-либо из участников. Ряд государств "
            "организуют специализированное обучение для сотрудников, занимающихся закупками, и проводят "
            "ротацию персонала на должностях, считающихся особо рискованными.",
            "Компании, признанные виновными в подкупе, мошенничестве или участии в преступной "
            "организации, отстраняются от участия в публичных торгах на определенный срок. Некоторые "
            "государства ведут публичный перечень отстраненных компаний, а другие позволяют компании "
            "быть допущенной раньше, если она возместила ущерб и внедрила эффективную программу "
            "соблюдения требований.",
            "Ряд органов, ведающих закупками, анализируют данные о торгах для выявления признаков "
            "сговора между участниками, таких как подача единственной заявки, постоянные победители или "
            "необычная динамика цен. О подозрениях в сговоре на торгах сообщается антимонопольному "
            "органу или правоохранительным органам.",
        ),
    ),
    "es": (
        "Contratación pública basada en la transparencia, la competencia y criterios objetivos",
        (
            "El artículo 9, párrafo 1, de la Convención exige a los Estados partes establecer sistemas "
            "apropiados de contratación pública basados en la transparencia, la competencia y criterios "
            "objetivos de adopción de decisiones. Todos los Estados partes objeto de examen han aprobado "
            "una ley de contratación pública, y en la mayoría de ellos la licitación abierta es el "
            "método de contratación ordinario.",
            "La contratación directa con un único proveedor solo se permite en casos limitados, como "
            "situaciones de emergencia o cuando un solo proveedor puede suministrar los bienes, y la "
            "entidad contratante debe justificar esa elección por escrito. Varios Estados informaron de "
            "que las contrataciones de emergencia realizadas durante crisis habían sido objeto de "
            "auditorías posteriores.",
            "La mayoría de los Estados han introducido plataformas electrónicas de contratación, en las "
            "que las entidades contratantes publican los anuncios y los pliegos de condiciones, reciben "
            "las ofertas por vía electrónica y registran la adjudicación de los contratos. Dado que todo "
            "el procedimiento se realiza en línea, la contratación electrónica reduce el contacto "
            "personal entre los licitadores y los funcionarios y, con ello, las oportunidades de soborno.",
            "Se publican las decisiones de adjudicación y los propios contratos, y algunos Estados "
            "publican los datos de contratación en un formato abierto y legible por máquina, de "
            "conformidad con el Estándar de Datos para las Contrataciones Abiertas. Las organizaciones "
            "de la sociedad civil y los periodistas utilizan esos datos para vigilar cómo se gasta el "
            "dinero público.",
            "Los licitadores no adjudicatarios pueden impugnar las decisiones de contratación ante un "
            "órgano de revisión independiente y, posteriormente, ante los tribunales. Las leyes "
            "establecen plazos breves para las reclamaciones y las resoluciones, a fin de que la "
            "revisión no retrase excesivamente el procedimiento.",
            "Los miembros de los comités de evaluación de ofertas deben firmar una declaración de "
            "intereses en cada procedimiento y abstenerse si tienen algún vínculo con un licitador. "
            "Varios Estados imparten capacitación especializada a los funcionarios encargados de las "
            "contrataciones y rotan al personal que ocupa puestos considerados de alto riesgo.",
            "Las empresas condenadas por soborno, fraude o participación en una organización delictiva "
            "quedan inhabilitadas para participar en licitaciones públicas durante un período "
            "determinado. Algunos Estados mantienen una lista pública de empresas inhabilitadas, y otros "
            "permiten que una empresa sea readmitida antes si ha reparado el daño y adoptado un programa "
            "de cumplimiento eficaz.",
            "Varias autoridades de contratación analizan los datos de las licitaciones para detectar "
            "señales de alerta de colusión entre licitadores, como la presentación de una sola oferta, "
            "la reiteración de los mismos adjudicatarios o patrones de precios inusuales. Los casos de "
            "presunta manipulación de licitaciones se remiten a la autoridad de competencia o a las "
            "autoridades encargadas de hacer cumplir la ley.",
        ),
    ),
}
