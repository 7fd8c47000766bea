"""Asset declaration systems and their verification (article 8, paragraph 5, and article 20).

The six language versions are translations of one another, paragraph by paragraph: paragraph
``i`` of every version says what paragraph ``i`` of the English says.
"""

SLUG = "asset-declarations"

# language -> (title, paragraphs in order; the paragraph id is the position, from 1)
VERSIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ar": (
        "نظم إقرارات الذمة المالية للموظفين العموميين والتحقق منها",
        (
            "أفادت معظم الدول الأطراف بأن كبار الموظفين العموميين، بمن فيهم الوزراء وأعضاء البرلمان "
            "والقضاة ورؤساء المنشآت العامة، ملزمون بتقديم إقرارات بذمتهم المالية تشمل موجوداتهم ودخولهم "
            "والتزاماتهم عند تولي مناصبهم، وسنوياً طوال مدة شغلها، وعند تركها. وفي بعض الدول، يمتد هذا "
            "الالتزام ليشمل جميع موظفي الخدمة المدنية الذين يشغلون مناصب معرضة لمخاطر الفساد، مثل موظفي "
            "الضرائب والجمارك.",
            "تشمل استمارات الإقرار عادةً العقارات والمركبات والحسابات المصرفية والحصص في الشركات والديون "
            "والهدايا القيّمة المتلقاة. وتشترط عدة دول أيضاً أن يقر الموظفون بموجودات أزواجهم وأولادهم "
            "المعالين، حتى لا يمكن إخفاء الممتلكات بتسجيلها باسم أحد أفراد الأسرة.",
            "استحدث عدد متزايد من الدول نظماً إلكترونية لإقرارات الذمة المالية. ويقدم الموظفون إقراراتهم "
            "عبر بوابة على الإنترنت، ويقارن النظام تلقائياً كل إقرار بالإقرارات السابقة، ويرصد التغيرات "
            "المفاجئة في الثروة لإخضاعها لفحص أدق.",
            "اعتُبر التحقق التحدي الرئيسي. فبعض الدول تتحقق من صحة كل إقرار، في حين تختار دول أخرى عينة "
            "استناداً إلى معايير المخاطر، مثل مهام الموظف أو التغيرات غير المبررة في الثروة المصرح بها. "
            "ويطابق القائمون على التحقق المعلومات المصرح بها مع السجلات الضريبية وسجلات الأراضي "
            "والمركبات والبيانات المقدمة من المصارف.",
            "تقع مسؤولية تلقي الإقرارات والتحقق منها، بحسب الدولة، على عاتق هيئة مكافحة الفساد أو "
            "المؤسسة العليا لمراجعة الحسابات أو مكتب مختص بالأخلاقيات. وأفادت عدة هيئات من هذه الهيئات "
            "بأنها تفتقر إلى الموظفين وإلى إمكانية الوصول المباشر إلى قواعد البيانات اللازمة لفحص "
            "الإقرارات فحصاً متعمقاً.",
            "يعاقب على عدم تقديم الإقرار والتأخر في تقديمه وتقديم معلومات كاذبة أو ناقصة بغرامات أو "
            "تدابير تأديبية أو الفصل من الخدمة، وفي بعض الدول بعقوبات جنائية. وإذا كشف التحقق عن زيادة "
            "كبيرة في الموجودات لا يستطيع الموظف أن يعللها تعليلاً معقولاً قياساً إلى دخله المشروع، جاز "
            "إحالة القضية إلى النيابة العامة بتهمة الإثراء غير المشروع.",
            "في بعض الدول، تُنشر إقرارات كبار الموظفين على الإنترنت بعد حذف البيانات الشخصية مثل عناوين "
            "السكن وأرقام الحسابات. ويتيح النشر للصحفيين ومنظمات المجتمع المدني التدقيق في الإقرارات، في "
            "حين تُبقي دول أخرى على سريتها حمايةً للخصوصية.",
            "في عدة دول، تتضمن الاستمارة نفسها أيضاً إقراراً بالمصالح يُدرج فيه الموظف أنشطته الخارجية "
            "وعضويته في مجالس إدارة الشركات وما يملكه من أسهم. ويتيح ذلك لهيئة الرقابة كشف حالات تضارب "
            "المصالح فضلاً عن الإثراء غير المشروع، وإسداء المشورة إلى الموظفين قبل نشوء التضارب.",
        ),
    ),
    "zh": (
        "公职人员财产申报制度及其核查",
        (
            "大多数缔约国报告称，高级公职人员，包括部长、议员、法官和国有企业负责人，必须在就职时、"
            "任职期间每年以及离职时申报其资产、收入和负债。在一些国家，这项义务扩大到担任易受腐败风险影响"
            "职位的所有公务员，例如税务和海关官员。",
            "申报表通常涵盖不动产、车辆、银行账户、公司股份、债务以及收受的贵重礼品。"
            "若干国家还要求公职人员申报其配偶和受抚养子女的财产，以防通过以家庭成员名义登记的方式隐匿财产"
            "。",
            "越来越多的国家建立了电子财产申报系统。公职人员通过在线门户提交申报，系统自动将每份申报与以往"
            "的申报进行比对，并标记财富的突然变化，以便进一步审查。",
            "核查被认为是主要挑战。一些国家对每份申报的准确性进行核查，另一些国家则根据风险标准抽取样本，"
            "例如公职人员的职能或所申报财富无法解释的变化。核查人员将申报信息与税务记录、"
            "土地和车辆登记册以及银行提供的数据进行交叉比对。",
            "根据各国情况，接收和核查申报的职责由反腐败机构、最高审计机关或专门的道德操守办公室承担。"
            "其中若干机构报告称，它们缺乏深入审查申报所需的人员和直接查询数据库的权限。",
            "未提交申报、逾期提交以及提供虚假或不完整信息的，将受到罚款、纪律处分或开除，"
            "在一些国家还将受到刑事处罚。如果核查发现资产大幅增加，而该公职人员无法以其合法收入作出合理解"
            "释，案件可移交检察机关按资产非法增加处理。",
            "在一些国家，高级官员的申报在删除住址和账号等个人数据后在网上公布。公布申报使记者和民间社会组"
            "织能够对其进行审查，而另一些国家则为保护隐私而对申报予以保密。",
            "在若干国家，同一申报表还包含利益申报，列出外部活动、担任公司董事会成员的情况以及持股情况。"
            "这使监督机构既能发现利益冲突，也能发现资产非法增加，并能在冲突发生之前向公职人员提供咨询。",
        ),
    ),
    "en": (
        "Asset declaration systems for public officials and their verification",
        (
            "Most States parties reported that senior public officials, including ministers, members of "
            "parliament, judges and heads of public enterprises, are required to declare their assets, "
            "income and liabilities when they take office, every year while in office and when they "
            "leave office. In some States the obligation extends to all civil servants in positions "
            "exposed to corruption risks, such as tax and customs officers.",
            "The declaration forms usually cover real estate, vehicles, bank accounts, shares in "
            "companies, debts and valuable gifts received. Several States also require officials to "
            "declare the assets of their spouses and dependent children, so that property cannot be "
            "hidden by registering it in the name of a family member.",
            "A growing number of States have introduced electronic declaration systems. Officials file "
            "their declarations through an online portal, and the system automatically compares each "
            "declaration with the previous ones, flagging sudden changes in wealth for closer "
            "examination.",
            "Verification was identified as the main challenge. Some States verify the accuracy of every "
            "declaration, while others select a sample on the basis of risk criteria, such as the "
            "official's functions or unexplained changes in declared wealth. Verifiers cross-check the "
            "declared information against tax records, land and vehicle registers and data provided by "
            "banks.",
            "Depending on the State, responsibility for receiving and verifying declarations lies with "
            "the anti-corruption agency, the supreme audit institution or a dedicated ethics office. "
            "Several of these bodies reported that they lacked the staff and the direct access to "
            "databases needed to examine declarations in depth.",
            "Failure to submit a declaration, late submission and false or incomplete information are "
            "punished by fines, disciplinary measures or dismissal, and in some States by criminal "
            "penalties. Where verification reveals a significant increase in assets that the official "
            "cannot reasonably explain in relation to his or her lawful income, the case may be referred "
            "to the prosecution service for illicit enrichment.",
            "In some States, the declarations of senior officials are published online, with personal "
            "data such as home addresses and account numbers removed. Publication allows journalists and "
            "civil society organizations to scrutinize the declarations, while other States keep them "
            "confidential to protect privacy.",
            "In several States, the same form also contains a declaration of interests, listing outside "
            "activities, memberships of company boards and shareholdings. This allows the oversight body "
            "to detect conflicts of interest as well as illicit enrichment, and to advise officials "
            "before a conflict arises.",
        ),
    ),
    "fr": (
        "Les systèmes de déclaration de patrimoine des agents publics et leur vérification",
        (
            "La plupart des États parties ont indiqué que les hauts fonctionnaires, notamment les "
            "ministres, les parlementaires, les juges et les dirigeants d'entreprises publiques, sont "
            "tenus de déclarer leurs avoirs, leurs revenus et leurs dettes lors de leur prise de "
            "fonctions, chaque année pendant leur mandat et à la cessation de leurs fonctions. Dans "
            "certains États, cette obligation s'étend à tous les fonctionnaires occupant des postes "
            "exposés à des risques de corruption, tels que les agents des impôts et des douanes.",
            "Les formulaires de déclaration portent généralement sur les biens immobiliers, les "
            "véhicules, les comptes bancaires, les participations dans des sociétés, les dettes et les "
            "cadeaux de valeur reçus. Plusieurs États exigent également que les agents déclarent les "
            "avoirs de leur conjoint et de leurs enfants à charge, afin que des biens ne puissent être "
            "dissimulés en étant enregistrés au nom d'un membre de la famille.",
            "Un nombre croissant d'États ont mis en place des systèmes électroniques de déclaration de "
            "patrimoine. Les agents déposent leur déclaration au moyen d'un portail en ligne, et le "
            "système compare automatiquement chaque déclaration aux précédentes, en signalant les "
            "variations soudaines de patrimoine pour un examen plus approfondi.",
            "La vérification a été recensée comme la principale difficulté. Certains États vérifient "
            "l'exactitude de chaque déclaration, tandis que d'autres sélectionnent un échantillon sur la "
            "base de critères de risque, tels que les fonctions de l'agent ou des variations "
            "inexpliquées du patrimoine déclaré. Les vérificateurs recoupent les informations déclarées "
            "avec les données fiscales, les registres fonciers et des véhicules et les données "
            "communiquées par les banques.",
            "Selon les États, la réception et la vérification des déclarations relèvent de l'organe de "
            "lutte contre la corruption, de l'institution supérieure de contrôle des finances publiques "
            "ou d'un bureau de déontologie spécialisé. Plusieurs de ces organes ont indiqué qu'ils ne "
            "disposaient ni du personnel ni de l'accès direct aux bases de données nécessaires pour "
            "examiner les déclarations de manière approfondie.",
            "Le défaut de déclaration, le dépôt tardif et les informations fausses ou incomplètes sont "
            "sanctionnés par des amendes, des mesures disciplinaires ou la révocation, et dans certains "
            "États par des sanctions pénales. Lorsque la vérification révèle une augmentation "
            "substantielle du patrimoine que l'agent ne peut raisonnablement justifier par rapport à ses "
            "revenus légitimes, l'affaire peut être transmise au ministère public pour enrichissement "
            "illicite.",
            "Dans certains États, les déclarations des hauts fonctionnaires sont publiées en ligne, "
            "après suppression des données personnelles telles que l'adresse du domicile et les numéros "
            "de compte. Cette publication permet aux journalistes et aux organisations de la société "
            "civile d'examiner les déclarations, tandis que d'autres États les gardent confidentielles "
            "afin de protéger la vie privée.",
            "Dans plusieurs États, le même formulaire comporte également une déclaration d'intérêts, qui "
            "recense les activités extérieures, les mandats au sein de conseils d'administration de "
            "sociétés et les participations détenues. L'organe de contrôle peut ainsi détecter les "
            "conflits d'intérêts aussi bien que l'enrichissement illicite, et conseiller les agents "
            "avant qu'un conflit ne survienne.",
        ),
    ),
    "ru": (
        "Системы декларирования имущества должностных лиц и проверка деклараций",
        (
            "Большинство государств-участников сообщили, что высокопоставленные должностные лица, в том "
            "числе министры, члены парламента, судьи и руководители государственных предприятий, обязаны "
            "декларировать свое имущество, доходы и обязательства при вступлении в должность, ежегодно в "
            "период пребывания в должности и при оставлении должности. В некоторых государствах это "
            "обязательство распространяется на всех государственных служащих, занимающих должности, "
            "подверженные коррупционным рискам, например на сотрудников налоговых и таможенных органов.",
            "Формы деклараций, как правило, охватывают недвижимое имущество, транспортные средства, "
            "банковские счета, доли в компаниях, долги и полученные ценные подарки. Ряд государств также "
            "требует от должностных лиц декларировать имущество супругов и детей, находящихся на "
            "иждивении, чтобы имущество нельзя было скрыть, зарегистрировав его на имя члена семьи.",
            "Все больше государств вводят электронные системы декларирования. Должностные лица подают "
            "декларации через онлайн-портал, а система автоматически сравнивает каждую декларацию с "
            "предыдущими и отмечает резкие изменения в имущественном положении для более тщательного "
            "изучения.",
            "Основной проблемой была названа проверка деклараций. Некоторые государства проверяют "
            "достоверность каждой декларации, тогда как другие отбирают выборку на основе критериев "
            "риска, таких как функции должностного лица или необъяснимые изменения в задекларированном "
            "имуществе. Проверяющие сопоставляют задекларированные сведения с налоговыми данными, "
            "реестрами недвижимости и транспортных средств и данными, представленными банками.",
            "В зависимости от государства прием и проверка деклараций возложены на антикоррупционный "
            "орган, высший орган финансового контроля или специальное подразделение по вопросам этики. "
            "Ряд этих органов сообщили, что им не хватает персонала и прямого доступа к базам данных, "
            "необходимых для углубленной проверки деклараций.",
            "Непредставление декларации, ее несвоевременное представление и представление ложных или "
            "неполных сведений влекут штрафы, дисциплинарные взыскания или увольнение, а в некоторых "
            "государствах и уголовную ответственность. Если в ходе проверки выявляется значительное "
            "увеличение активов, которое должностное лицо не может разумно обосновать своими законными "
            "доходами, материалы могут быть переданы в прокуратуру в связи с незаконным обогащением.",
            "В некоторых государствах декларации высокопоставленных должностных лиц публикуются в "
            "Интернете, при этом из них удаляются персональные данные, такие как домашний адрес и номера "
            "счетов. Публикация позволяет журналистам и организациям гражданского общества изучать "
            "декларации, тогда как другие государства сохраняют их конфиденциальность в целях защиты "
            "частной жизни.",
            "В ряде государств та же форма включает и декларацию об интересах, в которой перечисляются "
            "внешняя деятельность, членство в советах директоров компаний и владение акциями. Это "
            "позволяет надзорному органу выявлять как конфликты интересов, так и незаконное обогащение и "
            "консультировать должностных лиц до возникновения конфликта.",
        ),
    ),
    "es": (
        "Los sistemas de declaración de bienes de los funcionarios públicos y su verificación",
        (
            "La mayoría de los Estados partes informaron de que los altos funcionarios, entre ellos los "
            "ministros, los parlamentarios, los jueces y los directivos de empresas públicas, están "
            "obligados a declarar sus bienes, ingresos y pasivos al asumir el cargo, cada año mientras "
            "lo ejercen y al cesar en él. En algunos Estados la obligación se extiende a todos los "
            "funcionarios que ocupan puestos expuestos a riesgos de corrupción, como los funcionarios de "
            "impuestos y de aduanas.",
            "Los formularios de declaración suelen abarcar los bienes inmuebles, los vehículos, las "
            "cuentas bancarias, las participaciones en sociedades, las deudas y los regalos de valor "
            "recibidos. Varios Estados exigen además que los funcionarios declaren los bienes de su "
            "cónyuge y de sus hijos a cargo, de modo que no puedan ocultarse bienes inscribiéndolos a "
            "nombre de un familiar.",
            "Un número creciente de Estados ha introducido sistemas electrónicos de declaración de "
            "bienes. Los funcionarios presentan su declaración a través de un portal en línea, y el "
            "sistema compara automáticamente cada declaración con las anteriores y señala los cambios "
            "repentinos en el patrimonio para un examen más detenido.",
            "La verificación se señaló como el principal problema. Algunos Estados verifican la "
            "exactitud de todas las declaraciones, mientras que otros seleccionan una muestra con "
            "arreglo a criterios de riesgo, como las funciones del funcionario o los cambios "
            "inexplicados en el patrimonio declarado. Los verificadores cotejan la información declarada "
            "con los registros tributarios, los registros de la propiedad y de vehículos y los datos "
            "facilitados por los bancos.",
            "Según el Estado, la recepción y la verificación de las declaraciones corresponden al "
            "organismo de lucha contra la corrupción, a la entidad fiscalizadora superior o a una "
            "oficina de ética especializada. Varios de esos organismos informaron de que carecían del "
            "personal y del acceso directo a las bases de datos necesarios para examinar a fondo las "
            "declaraciones.",
            "La falta de presentación de la declaración, la presentación tardía y la información falsa o "
            "incompleta se sancionan con multas, medidas disciplinarias o la destitución y, en algunos "
            "Estados, con sanciones penales. Cuando la verificación revela un incremento significativo "
            "del patrimonio que el funcionario no puede justificar razonablemente en relación con sus "
            "ingresos legítimos, el caso puede remitirse al ministerio público por enriquecimiento "
            "ilícito.",
            "En algunos Estados, las declaraciones de los altos funcionarios se publican en línea, tras "
            "suprimir datos personales como la dirección del domicilio y los números de cuenta. La "
            "publicación permite a los periodistas y a las organizaciones de la sociedad civil examinar "
            "las declaraciones, mientras que otros Estados las mantienen confidenciales para proteger la "
            "privacidad.",
            "En varios Estados, el mismo formulario incluye también una declaración de intereses, en la "
            "que se enumeran las actividades externas, la pertenencia a consejos de administración de "
            "empresas y las participaciones accionariales. Ello permite al órgano de supervisión "
            "detectar tanto conflictos de intereses como casos de enriquecimiento ilícito, y asesorar a "
            "los funcionarios antes de que surja un conflicto.",
        ),
    ),
}
