"""Beneficial ownership transparency and the prevention of money-laundering (articles 14 and 52).

The six language versions are translations of one another, paragraph by paragraph: paragraph
``i`` of every version says what paragraph ``i`` of the English says.
"""

SLUG = "beneficial-ownership"

# language -> (title, paragraphs in order; the paragraph id is the position, from 1)
VERSIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ar": (
        "شفافية المالكين المنتفعين ومنع غسل الأموال",
        (
            "بموجب المادتين 14 و52 من الاتفاقية، يجب على المصارف وسائر المؤسسات المالية التحقق من هوية "
            "زبائنها ومن هوية المالكين المنتفعين للحسابات، أي الأشخاص الطبيعيين الذين يملكون الشخص "
            "الاعتباري أو يسيطرون عليه في نهاية المطاف. ويجب عليها أن تُخضع لفحص معزز الحسابات التي "
            "يحتفظ بها الأشخاص المعرضون سياسياً وأفراد أسرهم ومعاونوهم المقربون أو التي يُحتفظ بها "
            "لصالحهم.",
            "أنشأت دول كثيرة سجلاً مركزياً للمالكين المنتفعين من الشركات، ووسعت بعضها نطاقه ليشمل "
            "الصناديق الاستئمانية والمؤسسات. ويجب على الشركات تقديم معلومات عن مالكيها المنتفعين عند "
            "تسجيلها وتحديثها في غضون مدة قصيرة بعد أي تغيير.",
            "تتحقق السلطات المسؤولة عن السجل من المعلومات المقدمة بمقارنتها بقواعد بيانات أخرى، ويجب على "
            "المصارف وغيرها من الكيانات الخاضعة للالتزامات الإبلاغ عن أي تباين بين السجل والمعلومات التي "
            "تحتفظ بها عن زبائنها. وتتعرض الشركات التي لا تقدم معلومات دقيقة لغرامات ويجوز شطبها من "
            "السجل.",
            "تتمتع السلطات المختصة، بما فيها وحدة المعلومات المالية وأجهزة إنفاذ القانون، بإمكانية "
            "الوصول المباشر إلى السجل. وقد أتاحت بعض الدول السجل لعامة الجمهور مجاناً، في حين لا تمنح "
            "دول أخرى حق الاطلاع عليه إلا للأشخاص الذين لهم مصلحة مشروعة، مراعاةً لاعتبارات الخصوصية.",
            "يجب على المؤسسات المالية إبلاغ وحدة المعلومات المالية بالمعاملات المشبوهة، فتحلل الوحدة "
            "البلاغات وتحيل نتائج تحليلها إلى أجهزة إنفاذ القانون متى وُجدت أسباب للاشتباه في غسل "
            "الأموال أو في وجود عائدات متأتية من الفساد.",
            "تنطبق الالتزامات المتعلقة بالتعرف على هوية الزبائن والإبلاغ عن المعاملات المشبوهة أيضاً على "
            "الأعمال والمهن غير المالية المحددة، مثل المحامين والموثقين والمحاسبين والوكلاء العقاريين. "
            "وأشارت عدة دول إلى أن مستوى الامتثال في هذه القطاعات لا يزال منخفضاً.",
            "استُخدمت الشركات الصورية والمساهمون الاسميون والأسهم لحاملها لإخفاء العائدات المتأتية من "
            "الفساد. وألغت عدة دول الأسهم لحاملها، وأصبحت تلزم المساهمين الاسميين بالكشف عن هوية الشخص "
            "الذي يتصرفون نيابة عنه.",
            "تُستخدم المعلومات المتعلقة بالمالكين المنتفعين أيضاً في المشتريات العمومية، حيث يجب على "
            "مقدمي العطاءات الكشف عن مالكيهم المنتفعين، وفي تعقب الموجودات بغرض مصادرتها وإرجاعها. "
            "وتتبادل وحدات المعلومات المالية المعلومات مع نظيراتها الأجنبية عبر شبكات مأمونة.",
        ),
    ),
    "zh": (
        "受益所有权透明度与预防洗钱",
        (
            "根据《公约》第十四条和第五十二条，银行和其他金融机构必须核实其客户以及账户受益所有人的身份，"
            "即最终拥有或控制法人的自然人。对于由政治公众人物及其家庭成员和密切关系人持有或代其持有的账户"
            "，金融机构必须加强审查。",
            "许多国家建立了公司受益所有人中央登记册，一些国家还将其扩大到信托和基金会。"
            "公司在注册时必须提交受益所有人信息，并在发生任何变更后的短期内予以更新。",
            "登记机关将所提交的信息与其他数据库进行比对核实，银行和其他负有义务的实体必须报告登记册与其掌"
            "握的客户信息之间的任何差异。未提供准确信息的公司将被处以罚款，并可能被从登记册中除名。",
            "包括金融情报机构和执法机关在内的主管机关可以直接查阅登记册。一些国家向公众免费开放登记册，"
            "另一些国家则出于隐私方面的考虑，只允许具有正当利益的人员查阅。",
            "金融机构必须向金融情报机构报告可疑交易，金融情报机构对报告进行分析，并在有理由怀疑存在洗钱或"
            "腐败所得时将分析结果移交执法机关。",
            "识别客户身份和报告可疑交易的义务同样适用于指定的非金融行业和职业，例如律师、公证人、"
            "会计师和房地产经纪人。若干国家指出，这些行业的合规程度仍然较低。",
            "空壳公司、名义股东和无记名股票曾被用来隐匿腐败所得。若干国家已废除无记名股票，"
            "并要求名义股东披露其代为行事的人。",
            "受益所有人信息还用于公共采购，投标人必须披露其受益所有人；也用于追查资产，"
            "以便予以没收和返还。各金融情报机构通过安全网络与外国对口机构交换信息。",
        ),
    ),
    "en": (
        "Beneficial ownership transparency and the prevention of money-laundering",
        (
            "Under articles 14 and 52 of the Convention, banks and other financial institutions must "
            "verify the identity of their customers and of the beneficial owners of accounts, that is, "
            "the natural persons who ultimately own or control a legal person. They must apply enhanced "
            "scrutiny to accounts held by or on behalf of politically exposed persons, their family "
            "members and close associates.",
            "Many States have established a central register of the beneficial owners of companies, and "
            "some have extended it to trusts and foundations. Companies must submit information on their "
            "beneficial owners when they are registered and update it within a short period after any "
            "change.",
            "Registry authorities verify the information submitted against other databases, and banks "
            "and other obliged entities must report any discrepancy between the register and the "
            "information they hold on their customers. Companies that fail to provide accurate "
            "information are liable to fines and may be struck off the register.",
            "Competent authorities, including the financial intelligence unit and law enforcement, have "
            "direct access to the register. Some States have made the register freely accessible to the "
            "public, while others grant access only to persons with a legitimate interest, in view of "
            "privacy concerns.",
            "Financial institutions must report suspicious transactions to the financial intelligence "
            "unit, which analyses the reports and forwards the results to the law enforcement "
            "authorities when there are grounds to suspect money-laundering or the proceeds of "
            "corruption.",
            "The obligations to identify customers and to report suspicious transactions also apply to "
            "designated non-financial businesses and professions, such as lawyers, notaries, accountants "
            "and real estate agents. Several States noted that compliance in these sectors remains low.",
            "Shell companies, nominee shareholders and bearer shares have been used to conceal the "
            "proceeds of corruption. Several States have abolished bearer shares and require nominee "
            "shareholders to disclose the person on whose behalf they act.",
            "Beneficial ownership information is also used in public procurement, where bidders must "
            "disclose their beneficial owners, and in the tracing of assets for confiscation and return. "
            "Financial intelligence units exchange information with their foreign counterparts through "
            "secure networks.",
        ),
    ),
    "fr": (
        "Transparence des bénéficiaires effectifs et prévention du blanchiment d'argent",
        (
            "En vertu des articles 14 et 52 de la Convention, les banques et autres institutions "
            "financières doivent vérifier l'identité de leurs clients et des ayants droit économiques "
            "des comptes, c'est-à-dire des personnes physiques qui, en dernier ressort, possèdent ou "
            "contrôlent une personne morale. Elles doivent exercer une surveillance renforcée sur les "
            "comptes détenus par des personnes politiquement exposées, des membres de leur famille et de "
            "proches collaborateurs, ou pour leur compte.",
            "De nombreux États ont créé un registre central des bénéficiaires effectifs des sociétés, et "
            "certains l'ont étendu aux fiducies et aux fondations. Les sociétés doivent communiquer des "
            "informations sur leurs bénéficiaires effectifs lors de leur immatriculation et les mettre à "
            "jour dans un bref délai après tout changement.",
            "Les autorités chargées du registre vérifient les informations communiquées en les comparant "
            "à d'autres bases de données, et les banques et autres entités assujetties doivent signaler "
            "toute divergence entre le registre et les informations qu'elles détiennent sur leurs "
            "clients. Les sociétés qui ne fournissent pas d'informations exactes sont passibles "
            "d'amendes et peuvent être radiées du registre.",
            "Les autorités compétentes, notamment la cellule de renseignement financier et les services "
            "de détection et de répression, ont un accès direct au registre. Certains États ont rendu le "
            "registre librement accessible au public, tandis que d'autres n'y donnent accès qu'aux "
            "personnes justifiant d'un intérêt légitime, en raison de préoccupations relatives à la "
            "protection de la vie privée.",
            "Les institutions financières doivent déclarer les opérations suspectes à la cellule de "
            "renseignement financier, qui analyse les déclarations et en transmet les résultats aux "
            "services de détection et de répression lorsqu'il existe des motifs de soupçonner un "
            "blanchiment d'argent ou l'existence du produit de la corruption.",
            "Les obligations d'identification de la clientèle et de déclaration des opérations suspectes "
            "s'appliquent également aux entreprises et professions non financières désignées, telles que "
            "les avocats, les notaires, les comptables et les agents immobiliers. Plusieurs États ont "
            "relevé que le respect de ces obligations restait faible dans ces secteurs.",
            "Des sociétés écrans, des actionnaires prête-noms et des actions au porteur ont servi à "
            "dissimuler le produit de la corruption. Plusieurs États ont supprimé les actions au porteur "
            "et exigent des actionnaires prête-noms qu'ils révèlent l'identité de la personne pour le "
            "compte de laquelle ils agissent.",
            "Les informations sur les bénéficiaires effectifs sont également utilisées dans la passation "
            "des marchés publics, où les soumissionnaires doivent déclarer leurs bénéficiaires "
            "effectifs, ainsi que dans la localisation des avoirs en vue de leur confiscation et de leur "
            "restitution. Les cellules de renseignement financier échangent des informations avec leurs "
            "homologues étrangers au moyen de réseaux sécurisés.",
        ),
    ),
    "ru": (
        "Прозрачность сведений о бенефициарных владельцах и предупреждение отмывания денежных средств",
        (
            "В соответствии со статьями 14 и 52 Конвенции банки и другие финансовые учреждения обязаны "
            "устанавливать личность своих клиентов и бенефициарных владельцев счетов, то есть физических "
            "лиц, которые в конечном счете владеют юридическим лицом или контролируют его. Они должны "
            "применять усиленный контроль в отношении счетов, которые открыты политически значимыми "
            "лицами, членами их семей и близкими партнерами или от их имени.",
            "Многие государства создали центральный реестр бенефициарных владельцев компаний, а "
            "некоторые распространили его действие на трасты и фонды. Компании обязаны представлять "
            "сведения о своих бенефициарных владельцах при регистрации и обновлять их в короткий срок "
            "после любого изменения.",
            "Органы, ведущие реестр, проверяют представленные сведения путем сопоставления с другими "
            "базами данных, а банки и другие подотчетные организации обязаны сообщать о любых "
            "расхождениях между реестром и имеющимися у них сведениями о клиентах. Компании, не "
            "представившие достоверных сведений, подвергаются штрафам и могут быть исключены из реестра.",
            "Компетентные органы, включая подразделение финансовой разведки и правоохранительные органы, "
            "имеют прямой доступ к реестру. Некоторые государства сделали реестр общедоступным, тогда "
            "как другие, учитывая соображения защиты частной жизни, предоставляют доступ только лицам, "
            "имеющим законный интерес.",
            "Финансовые учреждения обязаны сообщать о подозрительных операциях в подразделение "
            "финансовой разведки, которое анализирует сообщения и направляет результаты в "
            "правоохранительные органы, если имеются основания подозревать отмывание денежных средств "
            "или наличие доходов от коррупции.",
            "Обязанности по идентификации клиентов и сообщению о подозрительных операциях "
            "распространяются также на установленные нефинансовые предприятия и профессии, такие как "
            "адвокаты, нотариусы, бухгалтеры и риелторы. Ряд государств отметили, что уровень соблюдения "
            "этих обязанностей в данных секторах остается низким.",
            "Для сокрытия доходов от коррупции использовались подставные компании, номинальные акционеры "
            "и акции на предъявителя. Ряд государств упразднили акции на предъявителя и требуют от "
            "номинальных акционеров раскрывать, от чьего имени они действуют.",
            "Сведения о бенефициарных владельцах используются также в публичных закупках, где участники "
            "торгов обязаны раскрывать своих бенефициарных владельцев, и при отслеживании активов в "
            "целях конфискации и возвращения. Подразделения финансовой разведки обмениваются информацией "
            "с зарубежными партнерами по защищенным сетям.",
        ),
    ),
    "es": (
        "Transparencia de los beneficiarios finales y prevención del blanqueo de dinero",
        (
            "Con arreglo a los artículos 14 y 52 de la Convención, los bancos y otras instituciones "
            "financieras deben verificar la identidad de sus clientes y de los beneficiarios finales de "
            "las cuentas, es decir, las personas físicas que en última instancia poseen o controlan una "
            "persona jurídica. Deben aplicar un escrutinio intensificado a las cuentas mantenidas por "
            "personas políticamente expuestas, sus familiares y colaboradores estrechos, o en nombre de "
            "ellos.",
            "Muchos Estados han establecido un registro central de los beneficiarios finales de las "
            "sociedades, y algunos lo han ampliado a los fideicomisos y las fundaciones. Las sociedades "
            "deben presentar información sobre sus beneficiarios finales al inscribirse y actualizarla "
            "en un plazo breve tras cualquier cambio.",
            "Las autoridades encargadas del registro verifican la información presentada cotejándola con "
            "otras bases de datos, y los bancos y demás sujetos obligados deben notificar cualquier "
            "discrepancia entre el registro y la información que poseen sobre sus clientes. Las "
            "sociedades que no proporcionan información exacta se exponen a multas y pueden ser dadas de "
            "baja del registro.",
            "Las autoridades competentes, incluidas la unidad de inteligencia financiera y las fuerzas "
            "del orden, tienen acceso directo al registro. Algunos Estados han hecho que el registro sea "
            "de libre acceso para el público, mientras que otros solo conceden acceso a las personas que "
            "acrediten un interés legítimo, debido a preocupaciones relativas a la privacidad.",
            "Las instituciones financieras deben comunicar las operaciones sospechosas a la unidad de "
            "inteligencia financiera, que analiza las comunicaciones y remite los resultados a las "
            "autoridades encargadas de hacer cumplir la ley cuando hay motivos para sospechar de "
            "blanqueo de dinero o de la existencia de producto de la corrupción.",
            "Las obligaciones de identificar a los clientes y de comunicar las operaciones sospechosas "
            "se aplican también a las actividades y profesiones no financieras designadas, como los "
            "abogados, los notarios, los contadores y los agentes inmobiliarios. Varios Estados "
            "señalaron que el grado de cumplimiento en esos sectores sigue siendo bajo.",
            "Se han utilizado empresas ficticias, accionistas nominales y acciones al portador para "
            "ocultar el producto de la corrupción. Varios Estados han suprimido las acciones al portador "
            "y exigen a los accionistas nominales que revelen la identidad de la persona en cuyo nombre "
            "actúan.",
            "La información sobre los beneficiarios finales se utiliza también en la contratación "
            "pública, en la que los licitadores deben declarar a sus beneficiarios finales, y en la "
            "localización de bienes con fines de decomiso y restitución. Las unidades de inteligencia "
            "financiera intercambian información con sus homólogas extranjeras a través de redes seguras.",
        ),
    ),
}
