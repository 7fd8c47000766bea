"""Codes of conduct and conflicts of interest: gifts, outside activities, post-employment (article 8).

The six language versions are translations of one another, paragraph by paragraph: paragraph
``i`` of every version says what paragraph ``i`` of the English says.
"""

SLUG = "codes-of-conduct"

# language -> (title, paragraphs in order; the paragraph id is the position, from 1)
VERSIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ar": (
        "مدونات قواعد سلوك الموظفين العموميين وتضارب المصالح",
        (
            "وفقاً للمادة 8 من الاتفاقية، اعتمدت معظم الدول الأطراف مدونة لقواعد سلوك الموظفين "
            "العموميين، كثيراً ما تتخذ شكل مدونة عامة للخدمة المدنية تكملها مدونات خاصة بقطاعات معينة "
            "مثل الشرطة والجمارك والخدمات الصحية. وأخذت عدة دول في الاعتبار المدونة الدولية لقواعد سلوك "
            "الموظفين العموميين التي اعتمدتها الجمعية العامة.",
            "ينشأ تضارب المصالح عندما يكون من شأن مصلحة خاصة للموظف أن تؤثر تأثيراً غير سليم في أدائه "
            "لواجباته الرسمية. ويجب على الموظف أن يبلغ رئيسه بهذه الحالة وأن يتنحى عن اتخاذ القرار "
            "المعني، وإلا جاز اعتبار القرار باطلاً.",
            "تحظر معظم المدونات على الموظفين التماس الهدايا أو الضيافة أو قبولها، باستثناء الهدايا "
            "الزهيدة القيمة المقدمة على سبيل المجاملة، والتي يجب قيدها في سجل للهدايا. وأي هدية تُعرض "
            "مقابل قيام الموظف بفعل ما أو امتناعه عن القيام به لدى أداء واجباته الرسمية تشكل رشوة "
            "ويُلاحق مرتكبها قضائياً بهذه الصفة.",
            "ممارسة عمل ثانوي، وعضوية مجلس إدارة شركة، وامتلاك أسهم في شركات تتعامل مع المؤسسة التي يعمل "
            "فيها الموظف، أمور إما محظورة وإما مشروطة بالحصول على إذن مسبق. وتنشر بعض الدول قائمة بحالات "
            "عدم الجمع بين الوظائف لكل فئة من فئات الموظفين.",
            "لمنع ظاهرة ما يسمى «الباب الدوار»، فرضت عدة دول فترة انتظار تتراوح بين سنة وسنتين، لا يجوز "
            "خلالها للموظفين السابقين العمل لدى شركات كانوا يشرفون عليها أو أبرموا معها عقوداً. ونادراً "
            "ما يُرصد الامتثال لقيود ما بعد انتهاء الخدمة هذه، وقلما تفرض الدول جزاءات على مخالفتها.",
            "تماشياً مع الفقرة 4 من المادة 8، تلزم المدونات الموظفين بإبلاغ رؤسائهم أو السلطات المختصة "
            "عن أفعال الفساد التي يعلمون بها أثناء أداء وظائفهم. ويشكل عدم الإبلاغ في عدة دول مخالفة "
            "تأديبية.",
            "عُين في كثير من المؤسسات موظفون مختصون بالأخلاقيات لإسداء المشورة السرية إلى الموظفين الذين "
            "لا يعرفون على وجه اليقين ما إذا كانت حالة ما تشكل تضارباً في المصالح. ويشكل التدريب على "
            "مدونة قواعد السلوك جزءاً من برنامج تهيئة الموظفين الجدد ويتكرر دورياً.",
            "تترتب على انتهاكات مدونة قواعد السلوك تدابير تأديبية تتراوح بين الإنذار والفصل من الخدمة. "
            "ولم تتمكن سوى قلة من الدول من تقديم إحصاءات عن الإجراءات التأديبية، مما جعل من الصعب تقييم "
            "مدى فعالية إنفاذ المدونات.",
        ),
    ),
    "zh": (
        "公职人员行为守则与利益冲突",
        (
            "根据《公约》第八条，大多数缔约国通过了公职人员行为守则，通常采取公务员通用守则的形式，"
            "并辅以警察、海关和卫生服务等特定部门的守则。若干国家参考了大会通过的《公职人员国际行为守则》"
            "。",
            "当公职人员的私人利益可能不当影响其履行公务时，即产生利益冲突。公职人员必须向其上级报告此种情"
            "况，并回避有关决定，否则该决定可能被宣告无效。",
            "大多数守则禁止公职人员索取或收受礼品或款待，但出于礼节赠送的价值不高的礼品除外，"
            "此类礼品必须登记在礼品登记册中。任何为换取公职人员在履行公务时作为或不作为而提供的礼品均构成"
            "贿赂，并按贿赂追诉。",
            "从事兼职工作、担任公司董事会成员以及持有与公职人员所在机构有业务往来的公司股份，或被禁止，"
            "或须事先获得批准。一些国家为每一类公职人员公布了不相容职务清单。",
            "为防止所谓的“旋转门”现象，若干国家规定了一至两年的冷却期，在此期间，前公职人员不得为其曾监管"
            "或曾与之签订合同的公司工作。这些离职后限制的遵守情况很少受到监督，很少有国家对违规行为实施制"
            "裁。",
            "根据第八条第四款，行为守则要求公职人员向其上级或主管机关报告其在履行职务过程中发现的腐败行为"
            "。在若干国家，不报告构成违纪行为。",
            "许多机构任命了道德操守专员，为不确定某一情况是否构成利益冲突的工作人员提供保密咨询。"
            "行为守则培训是新任公职人员入职培训的一部分，并定期重复开展。",
            "违反行为守则将受到从警告到开除不等的纪律处分。很少有国家能够提供纪律处分程序的统计数据，"
            "因此难以评估守则的执行成效。",
        ),
    ),
    "en": (
        "Codes of conduct for public officials and conflicts of interest",
        (
            "In accordance with article 8 of the Convention, most States parties have adopted a code of "
            "conduct for public officials, often in the form of a general code for the civil service "
            "supplemented by codes for particular sectors such as the police, customs and health "
            "services. Several States took into account the International Code of Conduct for Public "
            "Officials adopted by the General Assembly.",
            "A conflict of interest arises where a private interest of an official could improperly "
            "influence the performance of his or her official duties. Officials must disclose any such "
            "situation to their superior and withdraw from the decision concerned; failure to do so may "
            "render the decision void.",
            "Most codes prohibit officials from soliciting or accepting gifts or hospitality, with the "
            "exception of gifts of modest value given as a matter of courtesy, which must be entered in "
            "a gift register. Any gift offered in exchange for an act or omission in the exercise of "
            "official duties constitutes bribery and is prosecuted as such.",
            "Secondary employment, membership of the board of a company and the holding of shares in "
            "companies that deal with the official's institution are either prohibited or subject to "
            "prior authorization. Some States publish a list of incompatibilities for each category of "
            "official.",
            "To prevent the so-called revolving door, several States have introduced a cooling-off "
            "period of one to two years, during which former officials may not work for companies that "
            "they supervised or with which they concluded contracts. Compliance with these "
            "post-employment restrictions is rarely monitored, and few States impose sanctions for "
            "violations.",
            "In line with article 8, paragraph 4, the codes oblige officials to report acts of "
            "corruption of which they become aware in the performance of their functions to their "
            "superiors or to the competent authorities. In several States failure to report is a "
            "disciplinary offence.",
            "Ethics officers have been appointed in many institutions to provide confidential advice to "
            "staff who are unsure whether a situation constitutes a conflict of interest. Training on "
            "the code of conduct is part of the induction of new officials and is repeated periodically.",
            "Breaches of the code of conduct give rise to disciplinary measures ranging from a warning "
            "to dismissal. Few States were able to provide statistics on disciplinary proceedings, which "
            "made it difficult to assess how effectively the codes are enforced.",
        ),
    ),
    "fr": (
        "Codes de conduite des agents publics et conflits d'intérêts",
        (
            "Conformément à l'article 8 de la Convention, la plupart des États parties ont adopté un "
            "code de conduite des agents publics, souvent sous la forme d'un code général de la fonction "
            "publique complété par des codes propres à certains secteurs, comme la police, les douanes "
            "et les services de santé. Plusieurs États ont tenu compte du Code international de conduite "
            "des agents de la fonction publique adopté par l'Assemblée générale.",
            "Il y a conflit d'intérêts lorsqu'un intérêt privé d'un agent public pourrait influer "
            "indûment sur l'exercice de ses fonctions officielles. L'agent doit signaler une telle "
            "situation à son supérieur et se déporter de la décision en cause, faute de quoi la décision "
            "peut être frappée de nullité.",
            "La plupart des codes interdisent aux agents publics de solliciter ou d'accepter des cadeaux "
            "ou des invitations, à l'exception des cadeaux de faible valeur offerts par courtoisie, qui "
            "doivent être inscrits dans un registre des cadeaux. Tout cadeau offert en échange d'un acte "
            "ou d'une abstention dans l'exercice des fonctions officielles constitue un acte de "
            "corruption et est poursuivi comme tel.",
            "L'exercice d'un emploi secondaire, l'appartenance au conseil d'administration d'une société "
            "et la détention de parts dans des sociétés en relation avec l'institution de l'agent sont "
            "soit interdits, soit soumis à autorisation préalable. Certains États publient une liste des "
            "incompatibilités pour chaque catégorie d'agents.",
            "Pour prévenir le phénomène dit des « portes tournantes », plusieurs États ont instauré un "
            "délai de carence d'un à deux ans, pendant lequel les anciens agents ne peuvent pas "
            "travailler pour des entreprises qu'ils ont contrôlées ou avec lesquelles ils ont conclu des "
            "contrats. Le respect de ces restrictions applicables après la cessation des fonctions fait "
            "rarement l'objet d'un suivi, et peu d'États sanctionnent les violations.",
            "Conformément au paragraphe 4 de l'article 8, les codes obligent les agents publics à "
            "signaler à leurs supérieurs hiérarchiques ou aux autorités compétentes les actes de "
            "corruption dont ils ont connaissance dans l'exercice de leurs fonctions. Dans plusieurs "
            "États, le défaut de signalement constitue une faute disciplinaire.",
            "Des référents déontologues ont été désignés dans de nombreuses institutions pour conseiller "
            "de manière confidentielle les agents qui se demandent si une situation constitue un conflit "
            "d'intérêts. La formation au code de conduite fait partie de l'intégration des nouveaux "
            "agents et est renouvelée périodiquement.",
            "Les manquements au code de conduite donnent lieu à des sanctions disciplinaires allant de "
            "l'avertissement à la révocation. Peu d'États ont été en mesure de fournir des statistiques "
            "sur les procédures disciplinaires, ce qui a rendu difficile l'évaluation de l'application "
            "effective des codes.",
        ),
    ),
    "ru": (
        "Кодексы поведения публичных должностных лиц и конфликт интересов",
        (
            "В соответствии со статьей 8 Конвенции большинство государств-участников приняли кодекс "
            "поведения публичных должностных лиц, нередко в виде общего кодекса для государственной "
            "службы, дополненного отраслевыми кодексами, например для полиции, таможни и служб "
            "здравоохранения. Ряд государств учли Международный кодекс поведения государственных "
            "должностных лиц, принятый Генеральной Ассамблеей.",
            "Конфликт интересов возникает, когда личная заинтересованность должностного лица может "
            "ненадлежащим образом повлиять на исполнение им служебных обязанностей. Должностное лицо "
            "обязано сообщить о такой ситуации своему руководителю и устраниться от принятия "
            "соответствующего решения; в противном случае решение может быть признано недействительным.",
            "Большинство кодексов запрещают должностным лицам испрашивать или принимать подарки или "
            "знаки гостеприимства, за исключением подарков незначительной стоимости, преподносимых из "
            "вежливости, которые должны регистрироваться в реестре подарков. Любой подарок, предложенный "
            "в обмен на совершение действия или бездействие при исполнении служебных обязанностей, "
            "является подкупом и преследуется как таковой.",
            "Работа по совместительству, членство в совете директоров компании и владение акциями "
            "компаний, имеющих отношения с учреждением, в котором работает должностное лицо, либо "
            "запрещены, либо допускаются только с предварительного разрешения. Некоторые государства "
            "публикуют перечень несовместимых видов деятельности для каждой категории должностных лиц.",
            "Для предотвращения так называемого эффекта «вращающейся двери» ряд государств ввели период "
            "ограничений продолжительностью от одного года до двух лет, в течение которого бывшие "
            "должностные лица не могут работать в компаниях, деятельность которых они контролировали или "
            "с которыми заключали контракты. Соблюдение этих ограничений после ухода с должности "
            "контролируется редко, и лишь немногие государства применяют санкции за их нарушение.",
            "В соответствии с пунктом 4 статьи 8 кодексы обязывают должностных лиц сообщать своим "
            "руководителям или компетентным органам о коррупционных деяниях, ставших им известными при "
            "исполнении служебных обязанностей. В ряде государств несообщение является дисциплинарным "
            "проступком.",
            "Во многих учреждениях назначены сотрудники по вопросам этики, которые предоставляют "
            "конфиденциальные консультации работникам, сомневающимся, является ли та или иная ситуация "
            "конфликтом интересов. Обучение по кодексу поведения входит в программу подготовки новых "
            "сотрудников и периодически повторяется.",
            "Нарушения кодекса поведения влекут дисциплинарные взыскания — от предупреждения до "
            "увольнения. Лишь немногие государства смогли представить статистические данные о "
            "дисциплинарных производствах, что затруднило оценку эффективности применения кодексов.",
        ),
    ),
    "es": (
        "Códigos de conducta para funcionarios públicos y conflictos de intereses",
        (
            "De conformidad con el artículo 8 de la Convención, la mayoría de los Estados partes han "
            "adoptado un código de conducta para los funcionarios públicos, a menudo en forma de un "
            "código general de la función pública complementado por códigos para determinados sectores, "
            "como la policía, las aduanas y los servicios de salud. Varios Estados tuvieron en cuenta el "
            "Código Internacional de Conducta para los Titulares de Cargos Públicos aprobado por la "
            "Asamblea General.",
            "Existe un conflicto de intereses cuando un interés privado de un funcionario podría influir "
            "indebidamente en el desempeño de sus funciones oficiales. El funcionario debe comunicar esa "
            "situación a su superior y abstenerse de participar en la decisión de que se trate; de lo "
            "contrario, la decisión puede ser declarada nula.",
            "La mayoría de los códigos prohíben a los funcionarios solicitar o aceptar regalos o "
            "atenciones, salvo los obsequios de valor módico ofrecidos por cortesía, que deben "
            "inscribirse en un registro de regalos. Todo regalo ofrecido a cambio de que el funcionario "
            "actúe o se abstenga de actuar en el ejercicio de sus funciones oficiales constituye soborno "
            "y se persigue como tal.",
            "El desempeño de un empleo secundario, la pertenencia al consejo de administración de una "
            "empresa y la tenencia de acciones de empresas que tienen tratos con la institución del "
            "funcionario están prohibidos o sujetos a autorización previa. Algunos Estados publican una "
            "lista de incompatibilidades para cada categoría de funcionarios.",
            "Para evitar el fenómeno conocido como «puertas giratorias», varios Estados han establecido "
            "un período de espera de uno a dos años durante el cual los exfuncionarios no pueden "
            "trabajar para empresas que hayan supervisado o con las que hayan celebrado contratos. El "
            "cumplimiento de estas restricciones posteriores al empleo rara vez se supervisa, y pocos "
            "Estados imponen sanciones por su incumplimiento.",
            "En consonancia con el artículo 8, párrafo 4, los códigos obligan a los funcionarios a "
            "denunciar ante sus superiores o ante las autoridades competentes los actos de corrupción de "
            "que tengan conocimiento en el ejercicio de sus funciones. En varios Estados, no hacerlo "
            "constituye una falta disciplinaria.",
            "En muchas instituciones se han nombrado asesores de ética que ofrecen asesoramiento "
            "confidencial al personal que duda de si una situación constituye un conflicto de intereses. "
            "La capacitación sobre el código de conducta forma parte de la iniciación de los nuevos "
            "funcionarios y se repite periódicamente.",
            "Las infracciones del código de conducta dan lugar a medidas disciplinarias que van desde la "
            "amonestación hasta la destitución. Pocos Estados pudieron facilitar estadísticas sobre los "
            "procedimientos disciplinarios, lo que dificultó evaluar la eficacia con que se aplican los "
            "códigos.",
        ),
    ),
}
