"""A small parallel set for checking cross-lingual embeddings: 30 sentences on anti-corruption topics.

Each sentence is given in the six UN languages, translated by hand for this sample (not taken from any
published text), so sentence ``i`` of one language is the translation of sentence ``i`` of every other.
All 30 share one domain on purpose: finding a translation among the other 29 sentences, which speak of
the same subject matter, is harder than telling corruption apart from cooking, and closer to what a
search over the Convention's documents must do.

``OFF_TOPIC`` holds one sentence per language that has nothing to do with corruption (the same sentence
translated), for the plain "a translation is nearer than unrelated text" check.

The tests and the embeddings benchmark read it.
"""

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

TOPICS = (
    "asset declarations",
    "whistle-blower protection",
    "public procurement",
    "codes of conduct",
    "money-laundering (suspicious transactions)",
    "beneficial ownership",
    "conflicts of interest",
    "foreign bribery",
    "asset recovery",
    "mutual legal assistance",
    "extradition (dual criminality)",
    "illicit enrichment",
    "political party financing",
    "judicial integrity",
    "independence of anti-corruption bodies",
    "access to information",
    "civil society and media",
    "private sector accounting",
    "embezzlement",
    "trading in influence",
    "statute of limitations",
    "protection of witnesses and experts",
    "freezing and confiscation",
    "bank secrecy",
    "education and awareness",
    "review mechanism",
    "gifts and hospitality",
    "merit-based recruitment",
    "open contracting data",
    "internal audit in the private sector",
)

SENTENCES: dict[str, tuple[str, ...]] = {
    "en": (
        "Senior public officials must declare their assets, income and liabilities when they take office "
        "and every year thereafter.",
        "Whistle-blowers who report corruption in good faith must be protected against dismissal and any "
        "other retaliation.",
        "Public procurement systems should rely on transparency, competition and objective criteria for "
        "awarding contracts.",
        "Every ministry has adopted a code of conduct that sets out the standards of behaviour expected of "
        "its staff.",
        "Banks are required to report suspicious transactions to the financial intelligence unit without "
        "delay.",
        "A central register of beneficial ownership reveals the natural persons who ultimately own or "
        "control companies.",
        "Officials must disclose any conflict of interest and withdraw from decisions in which they have a "
        "personal stake.",
        "Offering a bribe to a foreign public official to win a business contract is a criminal offence.",
        "Stolen assets that were transferred abroad must be returned to the country from which they were "
        "taken.",
        "States shall afford one another the widest measure of mutual legal assistance in investigations "
        "and prosecutions.",
        "The request for extradition was refused because the offence was not punishable in both countries.",
        "A significant increase in the wealth of a public official that cannot be reasonably explained may "
        "constitute illicit enrichment.",
        "Political parties must publish the sources of their funding and the donations they receive.",
        "The independence of judges is essential to prevent corruption within the judiciary.",
        "The anti-corruption agency needs adequate resources and freedom from undue influence to carry out "
        "its work.",
        "Citizens have the right to request access to information held by public administrations.",
        "Civil society organizations and the media play an important role in preventing and exposing "
        "corruption.",
        "Companies must keep accurate books and records and must not use off-the-books accounts.",
        "The embezzlement of public funds by an official entrusted with them shall be punished severely.",
        "Trading in influence means abusing real or supposed influence to obtain an undue advantage from a "
        "public authority.",
        "A long statute of limitations gives investigators enough time to bring corruption cases to court.",
        "Witnesses and experts who give testimony about corruption offences need effective physical "
        "protection.",
        "The court ordered the freezing and confiscation of the proceeds of crime.",
        "Bank secrecy must not be an obstacle to criminal investigations of corruption.",
        "Schools and universities run awareness programmes that teach young people about integrity.",
        "Under the review mechanism, each State party is reviewed by two other States parties.",
        "Civil servants may not accept gifts or hospitality that could influence the performance of their "
        "duties.",
        "Recruitment to the civil service should be based on merit, equity and aptitude.",
        "Publishing contract data in an open format lets anyone monitor how public money is spent.",
        "Private sector entities are encouraged to adopt internal audit controls to detect fraud.",
    ),
    "fr": (
        "Les hauts fonctionnaires doivent déclarer leurs avoirs, leurs revenus et leurs dettes lors de leur "
        "entrée en fonctions, puis chaque année.",
        "Les lanceurs d'alerte qui signalent de bonne foi des faits de corruption doivent être protégés "
        "contre le licenciement et toute autre forme de représailles.",
        "Les systèmes de passation des marchés publics doivent reposer sur la transparence, la concurrence "
        "et des critères objectifs d'attribution des contrats.",
        "Chaque ministère a adopté un code de conduite qui définit les normes de comportement attendues de "
        "son personnel.",
        "Les banques sont tenues de déclarer sans délai les opérations suspectes à la cellule de "
        "renseignement financier.",
        "Un registre central des bénéficiaires effectifs révèle les personnes physiques qui, en dernier "
        "ressort, possèdent ou contrôlent les sociétés.",
        "Les agents publics doivent déclarer tout conflit d'intérêts et se retirer des décisions dans "
        "lesquelles ils ont un intérêt personnel.",
        "Offrir un pot-de-vin à un agent public étranger pour obtenir un contrat commercial constitue une "
        "infraction pénale.",
        "Les avoirs volés qui ont été transférés à l'étranger doivent être restitués au pays d'où ils ont "
        "été soustraits.",
        "Les États s'accordent mutuellement l'entraide judiciaire la plus large possible lors des enquêtes "
        "et des poursuites.",
        "La demande d'extradition a été rejetée parce que l'infraction n'était pas punissable dans les deux "
        "pays.",
        "Une augmentation substantielle du patrimoine d'un agent public qu'il ne peut raisonnablement "
        "justifier peut constituer un enrichissement illicite.",
        "Les partis politiques doivent publier l'origine de leur financement et les dons qu'ils reçoivent.",
        "L'indépendance des juges est essentielle pour prévenir la corruption au sein de l'appareil "
        "judiciaire.",
        "L'organe de lutte contre la corruption a besoin de ressources suffisantes et doit être à l'abri de "
        "toute influence indue pour accomplir sa mission.",
        "Les citoyens ont le droit de demander l'accès aux informations détenues par les administrations "
        "publiques.",
        "Les organisations de la société civile et les médias jouent un rôle important dans la prévention "
        "et la dénonciation de la corruption.",
        "Les entreprises doivent tenir des livres et des états comptables exacts et ne doivent pas utiliser "
        "de comptes hors livres.",
        "La soustraction de fonds publics par un agent public à qui ils ont été confiés doit être sévèrement "
        "punie.",
        "Le trafic d'influence consiste à abuser d'une influence réelle ou supposée pour obtenir d'une "
        "autorité publique un avantage indu.",
        "Un long délai de prescription laisse aux enquêteurs suffisamment de temps pour porter les affaires "
        "de corruption devant les tribunaux.",
        "Les témoins et les experts qui déposent au sujet d'infractions de corruption ont besoin d'une "
        "protection physique efficace.",
        "Le tribunal a ordonné le gel et la confiscation du produit du crime.",
        "Le secret bancaire ne doit pas faire obstacle aux enquêtes pénales sur la corruption.",
        "Les écoles et les universités mènent des programmes de sensibilisation qui enseignent l'intégrité "
        "aux jeunes.",
        "Dans le cadre du mécanisme d'examen, chaque État partie est examiné par deux autres États parties.",
        "Les fonctionnaires ne peuvent accepter de cadeaux ni d'invitations susceptibles d'influer sur "
        "l'exercice de leurs fonctions.",
        "Le recrutement dans la fonction publique doit reposer sur le mérite, l'équité et l'aptitude.",
        "La publication des données sur les marchés dans un format ouvert permet à chacun de suivre "
        "l'utilisation de l'argent public.",
        "Les entités du secteur privé sont encouragées à adopter des contrôles d'audit interne pour détecter "
        "la fraude.",
    ),
    "es": (
        "Los altos funcionarios públicos deben declarar sus bienes, ingresos y deudas al asumir el cargo y, "
        "posteriormente, cada año.",
        "Los denunciantes que informen de buena fe sobre hechos de corrupción deben estar protegidos contra "
        "el despido y cualquier otra represalia.",
        "Los sistemas de contratación pública deben basarse en la transparencia, la competencia y criterios "
        "objetivos para la adjudicación de contratos.",
        "Cada ministerio ha aprobado un código de conducta que establece las normas de comportamiento que "
        "se esperan de su personal.",
        "Los bancos están obligados a comunicar sin demora las operaciones sospechosas a la unidad de "
        "inteligencia financiera.",
        "Un registro central de beneficiarios finales revela las personas físicas que, en última instancia, "
        "son propietarias de las empresas o las controlan.",
        "Los funcionarios deben revelar cualquier conflicto de intereses y abstenerse de participar en las "
        "decisiones en las que tengan un interés personal.",
        "Ofrecer un soborno a un funcionario público extranjero para obtener un contrato comercial "
        "constituye un delito.",
        "Los activos robados que se transfirieron al extranjero deben ser restituidos al país del que "
        "fueron sustraídos.",
        "Los Estados se prestarán la más amplia asistencia judicial recíproca en las investigaciones y los "
        "procesos.",
        "La solicitud de extradición fue denegada porque el delito no era punible en ambos países.",
        "Un incremento significativo del patrimonio de un funcionario público que este no pueda justificar "
        "razonablemente puede constituir enriquecimiento ilícito.",
        "Los partidos políticos deben publicar el origen de su financiación y las donaciones que reciben.",
        "La independencia de los jueces es esencial para prevenir la corrupción en el poder judicial.",
        "El organismo anticorrupción necesita recursos suficientes y estar libre de toda influencia "
        "indebida para desempeñar su labor.",
        "Los ciudadanos tienen derecho a solicitar el acceso a la información que obra en poder de las "
        "administraciones públicas.",
        "Las organizaciones de la sociedad civil y los medios de comunicación desempeñan un papel "
        "importante en la prevención y la denuncia de la corrupción.",
        "Las empresas deben llevar libros y registros contables exactos y no deben utilizar cuentas no "
        "registradas.",
        "La malversación de fondos públicos por un funcionario al que se hayan confiado debe castigarse con "
        "severidad.",
        "El tráfico de influencias consiste en abusar de una influencia real o supuesta para obtener de una "
        "autoridad pública un beneficio indebido.",
        "Un plazo de prescripción amplio da a los investigadores tiempo suficiente para llevar los casos de "
        "corrupción ante los tribunales.",
        "Los testigos y peritos que prestan testimonio sobre delitos de corrupción necesitan una protección "
        "física eficaz.",
        "El tribunal ordenó el embargo preventivo y el decomiso del producto del delito.",
        "El secreto bancario no debe ser un obstáculo para las investigaciones penales sobre corrupción.",
        "Las escuelas y universidades llevan a cabo programas de sensibilización que enseñan a los jóvenes "
        "la integridad.",
        "En el marco del mecanismo de examen, cada Estado parte es examinado por otros dos Estados partes.",
        "Los funcionarios no pueden aceptar regalos ni atenciones que puedan influir en el desempeño de sus "
        "funciones.",
        "La contratación en la administración pública debe basarse en el mérito, la equidad y la aptitud.",
        "Publicar los datos de los contratos en un formato abierto permite a cualquier persona vigilar cómo "
        "se gasta el dinero público.",
        "Se alienta a las entidades del sector privado a adoptar controles de auditoría interna para "
        "detectar el fraude.",
    ),
    "ru": (
        "Высокопоставленные государственные должностные лица обязаны декларировать свое имущество, доходы "
        "и обязательства при вступлении в должность и затем ежегодно.",
        "Лица, добросовестно сообщающие о коррупции, должны быть защищены от увольнения и любого другого "
        "преследования.",
        "Системы государственных закупок должны основываться на прозрачности, конкуренции и объективных "
        "критериях присуждения контрактов.",
        "Каждое министерство приняло кодекс поведения, в котором изложены стандарты поведения, ожидаемые "
        "от его сотрудников.",
        "Банки обязаны незамедлительно сообщать о подозрительных операциях в подразделение финансовой "
        "разведки.",
        "Центральный реестр бенефициарных владельцев раскрывает физических лиц, которые в конечном счете "
        "владеют компаниями или контролируют их.",
        "Должностные лица обязаны сообщать о любом конфликте интересов и не участвовать в принятии "
        "решений, в которых они лично заинтересованы.",
        "Предложение взятки иностранному публичному должностному лицу ради получения коммерческого "
        "контракта является уголовным преступлением.",
        "Похищенные активы, переведенные за границу, должны быть возвращены стране, из которой они были "
        "похищены.",
        "Государства оказывают друг другу самую широкую взаимную правовую помощь в ходе расследований и "
        "уголовного преследования.",
        "В просьбе о выдаче было отказано, поскольку это деяние не было наказуемым в обеих странах.",
        "Значительное увеличение активов государственного должностного лица, которое оно не может разумно "
        "обосновать, может являться незаконным обогащением.",
        "Политические партии обязаны публиковать сведения об источниках своего финансирования и "
        "получаемых пожертвованиях.",
        "Независимость судей имеет важнейшее значение для предупреждения коррупции в судебной системе.",
        "Антикоррупционному органу необходимы достаточные ресурсы и свобода от ненадлежащего влияния для "
        "выполнения своей работы.",
        "Граждане имеют право запрашивать доступ к информации, находящейся в распоряжении органов "
        "государственного управления.",
        "Организации гражданского общества и средства массовой информации играют важную роль в "
        "предупреждении и разоблачении коррупции.",
        "Компании обязаны вести точные бухгалтерские книги и отчетность и не должны использовать "
        "неучтенные счета.",
        "Хищение государственных средств должностным лицом, которому они были вверены, должно строго "
        "наказываться.",
        "Злоупотребление влиянием означает использование реального или предполагаемого влияния для "
        "получения неправомерного преимущества от органа власти.",
        "Длительный срок давности дает следователям достаточно времени для передачи дел о коррупции в суд.",
        "Свидетели и эксперты, дающие показания о коррупционных преступлениях, нуждаются в эффективной "
        "физической защите.",
        "Суд вынес постановление о замораживании и конфискации доходов от преступления.",
        "Банковская тайна не должна препятствовать уголовным расследованиям коррупции.",
        "Школы и университеты проводят просветительские программы, которые учат молодежь честности.",
        "В рамках механизма обзора каждое государство-участник проходит обзор, проводимый двумя другими "
        "государствами-участниками.",
        "Государственные служащие не могут принимать подарки или знаки гостеприимства, которые могут "
        "повлиять на исполнение ими своих обязанностей.",
        "Набор на государственную службу должен основываться на принципах заслуг, справедливости и "
        "профессиональной пригодности.",
        "Публикация данных о контрактах в открытом формате позволяет любому человеку следить за "
        "расходованием государственных средств.",
        "Организациям частного сектора рекомендуется вводить механизмы внутреннего аудита для выявления "
        "мошенничества.",
    ),
    "zh": (
        "高级公职人员在就职时以及此后每年都必须申报其资产、收入和负债。",
        "善意举报腐败行为的举报人必须受到保护，免遭解雇和任何其他打击报复。",
        "公共采购制度应当以透明、竞争和客观的合同授予标准为基础。",
        "每个部委都通过了一项行为守则，规定了对其工作人员的行为标准要求。",
        "银行必须立即向金融情报机构报告可疑交易。",
        "中央受益所有人登记册揭示最终拥有或控制公司的自然人。",
        "官员必须披露任何利益冲突，并回避与其有个人利害关系的决定。",
        "为赢得商业合同而向外国公职人员提供贿赂是一种刑事犯罪。",
        "被转移到国外的被盗资产必须返还给其被窃取的来源国。",
        "各国应当在调查和起诉中相互提供最广泛的司法协助。",
        "引渡请求被拒绝，因为该罪行并非在两国均应受到惩处。",
        "公职人员的资产显著增加而本人无法作出合理解释的，可构成资产非法增加。",
        "政党必须公布其资金来源及所收到的捐款。",
        "法官的独立性对于防止司法系统内部的腐败至关重要。",
        "反腐败机构需要充足的资源，并且不受任何不当影响，才能开展工作。",
        "公民有权申请获取公共行政部门掌握的信息。",
        "民间社会组织和媒体在预防和揭露腐败方面发挥着重要作用。",
        "公司必须保存准确的账簿和记录，不得设立账外账户。",
        "受托管理公共资金的官员贪污这些资金的，应当受到严厉惩处。",
        "影响力交易是指滥用实际或者被认为具有的影响力，从公共机关获取不正当好处。",
        "较长的追诉时效使调查人员有足够的时间将腐败案件诉诸法院。",
        "就腐败犯罪作证的证人和鉴定人需要得到有效的人身保护。",
        "法院下令冻结并没收犯罪所得。",
        "银行保密不应成为腐败刑事调查的障碍。",
        "中小学和大学开展宣传教育项目，向年轻人传授廉洁理念。",
        "根据审议机制，每个缔约国都由另外两个缔约国进行审议。",
        "公务员不得接受可能影响其履行职责的礼品或款待。",
        "公务员的招聘应当以才能、公平和能力为基础。",
        "以开放格式公布合同数据，使任何人都能监督公共资金的使用情况。",
        "鼓励私营部门实体采用内部审计控制措施以发现欺诈行为。",
    ),
    "ar": (
        "يجب على كبار الموظفين العموميين الإقرار بممتلكاتهم ودخولهم والتزاماتهم المالية عند توليهم مناصبهم "
        "ثم كل سنة بعد ذلك.",
        "يجب حماية المبلّغين الذين يبلغون عن الفساد بحسن نية من الفصل من العمل ومن أي انتقام آخر.",
        "ينبغي أن تقوم نظم المشتريات العمومية على الشفافية والتنافس ومعايير موضوعية لإرساء العقود.",
        "اعتمدت كل وزارة مدونة لقواعد السلوك تحدد معايير السلوك المتوقعة من موظفيها.",
        "المصارف ملزمة بإبلاغ وحدة الاستخبارات المالية بالمعاملات المشبوهة دون إبطاء.",
        "يكشف سجل مركزي للمالكين المنتفعين عن الأشخاص الطبيعيين الذين يملكون الشركات أو يسيطرون عليها في "
        "نهاية المطاف.",
        "يجب على الموظفين الإفصاح عن أي تضارب في المصالح والتنحي عن القرارات التي تكون لهم فيها مصلحة شخصية.",
        "يشكل عرض رشوة على موظف عمومي أجنبي للفوز بعقد تجاري جريمة جنائية.",
        "يجب إعادة الموجودات المسروقة التي نُقلت إلى الخارج إلى البلد الذي أُخذت منه.",
        "تقدم الدول بعضها لبعض أكبر قدر ممكن من المساعدة القانونية المتبادلة في التحقيقات والملاحقات "
        "القضائية.",
        "رُفض طلب التسليم لأن الجريمة لم تكن معاقبًا عليها في كلا البلدين.",
        "قد تشكّل الزيادة الكبيرة في ثروة الموظف العمومي التي لا يستطيع تعليلها بصورة معقولة إثراءً غير مشروع.",
        "يجب على الأحزاب السياسية أن تنشر مصادر تمويلها والتبرعات التي تتلقاها.",
        "استقلال القضاة أمر أساسي لمنع الفساد داخل الجهاز القضائي.",
        "تحتاج هيئة مكافحة الفساد إلى موارد كافية وإلى التحرر من أي تأثير لا مسوغ له لكي تؤدي عملها.",
        "يحق للمواطنين طلب الحصول على المعلومات التي تحتفظ بها الإدارات العامة.",
        "تؤدي منظمات المجتمع المدني ووسائط الإعلام دورًا مهمًا في منع الفساد وكشفه.",
        "يجب على الشركات أن تمسك دفاتر وسجلات دقيقة وألا تستخدم حسابات خارج الدفاتر.",
        "يعاقب بشدة على اختلاس الأموال العامة من جانب الموظف الذي عُهد بها إليه.",
        "المتاجرة بالنفوذ تعني إساءة استغلال نفوذ فعلي أو مفترض للحصول من سلطة عمومية على مزية غير مستحقة.",
        "تمنح مدة التقادم الطويلة المحققين وقتًا كافيًا لإحالة قضايا الفساد إلى المحاكم.",
        "يحتاج الشهود والخبراء الذين يدلون بشهادتهم بشأن جرائم الفساد إلى حماية جسدية فعالة.",
        "أمرت المحكمة بتجميد عائدات الجريمة ومصادرتها.",
        "يجب ألا تكون السرية المصرفية عائقًا أمام التحقيقات الجنائية في الفساد.",
        "تنفذ المدارس والجامعات برامج توعية تعلّم الشباب النزاهة.",
        "في إطار آلية الاستعراض، تخضع كل دولة طرف للاستعراض من جانب دولتين طرفين أخريين.",
        "لا يجوز للموظفين المدنيين قبول الهدايا أو الضيافة التي قد تؤثر في أدائهم لواجباتهم.",
        "ينبغي أن يقوم التوظيف في الخدمة المدنية على الجدارة والإنصاف والكفاءة.",
        "يتيح نشر بيانات العقود بصيغة مفتوحة لأي شخص رصد كيفية إنفاق الأموال العامة.",
        "تُشجَّع كيانات القطاع الخاص على اعتماد ضوابط للمراجعة الداخلية لكشف الاحتيال.",
    ),
}

OFF_TOPIC: dict[str, str] = {
    "en": "Knead the dough for ten minutes, then let it rise in a warm place until it doubles in size.",
    "fr": "Pétrissez la pâte pendant dix minutes, puis laissez-la lever dans un endroit chaud jusqu'à ce "
    "qu'elle double de volume.",
    "es": "Amase la masa durante diez minutos y déjela reposar en un lugar cálido hasta que doble su tamaño.",
    "ru": "Вымешивайте тесто десять минут, затем оставьте его подходить в теплом месте, пока оно не "
    "увеличится вдвое.",
    "zh": "将面团揉十分钟，然后放在温暖的地方发酵，直到体积变为原来的两倍。",
    "ar": "اعجن العجين لمدة عشر دقائق، ثم اتركه يختمر في مكان دافئ حتى يتضاعف حجمه.",
}
