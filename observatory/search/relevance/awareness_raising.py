"""Awareness-raising, education and the participation of civil society (article 13).

The six language versions are translations of one another, paragraph by paragraph: paragraph
``i`` of every version says what paragraph ``i`` of the English says.
"""

SLUG = "awareness-raising"

# language -> (title, paragraphs in order; the paragraph id is the position, from 1)
VERSIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ar": (
        "التوعية والتعليم ومشاركة المجتمع",
        (
            "تقتضي المادة 13 من الاتفاقية أن تعمل الدول الأطراف على تشجيع أفراد وجماعات لا ينتمون إلى "
            "القطاع العام، مثل المجتمع الأهلي والمنظمات غير الحكومية ومنظمات المجتمع المحلي، على "
            "المشاركة النشطة في منع الفساد ومحاربته، وعلى إذكاء وعي الناس فيما يتعلق بوجود الفساد "
            "وأسبابه وجسامته وما يمثله من خطر.",
            "تنظم معظم الدول حملات توعية وطنية عبر التلفزيون والإذاعة ووسائل التواصل الاجتماعي، وكثيراً "
            "ما يكون ذلك بمناسبة اليوم الدولي لمكافحة الفساد الذي يُحتفل به في 9 كانون الأول/ديسمبر. غير "
            "أن قلة من الدول قيّمت أثر هذه الحملات على مواقف الجمهور.",
            "أدرجت عدة دول وحدات دراسية عن النزاهة ومكافحة الفساد في المناهج المدرسية وفي البرامج "
            "الجامعية للقانون والإدارة العامة وإدارة الأعمال، مستعينة بمواد تعليمية أُعدت بدعم من مكتب "
            "الأمم المتحدة المعني بالمخدرات والجريمة.",
            "تشمل الأنشطة الموجهة إلى الشباب نوادي النزاهة في المؤسسات التعليمية، ومسابقات المقالات "
            "ومقاطع الفيديو، وفعاليات يطور فيها مبرمجون شباب أدوات رقمية لمنع الفساد.",
            "تُستشار منظمات المجتمع المدني بشأن مشاريع القوانين والاستراتيجيات الوطنية لمكافحة الفساد، "
            "ويشارك ممثلوها في بعض الدول في عضوية المجالس التي ترصد تنفيذ تلك الاستراتيجيات. كما شارك "
            "المجتمع المدني في الزيارات القطرية التي أُجريت في إطار آلية استعراض تنفيذ الاتفاقية.",
            "تمنح قوانين الحصول على المعلومات كل شخص الحق في الحصول على المعلومات التي تحتفظ بها السلطات "
            "العامة، رهناً باستثناءات محدودة. وفي عدة دول، ينظر مفوض للمعلومات في الطعون المقدمة ضد رفض "
            "الإفصاح عن المعلومات.",
            "عملاً بالفقرة 2 من المادة 13، تعرّف الدول الناس بهيئات مكافحة الفساد وبكيفية الاتصال بها، "
            "لكي يتسنى لهم إبلاغها، بما في ذلك دون بيان هويتهم، عن أي حوادث قد يُرى أنها تشكل فعلاً من "
            "أفعال الفساد. وتُنشر المعلومات المتعلقة بقنوات الإبلاغ على المواقع الشبكية للمؤسسات وفي "
            "المكاتب المفتوحة للجمهور.",
            "من التحديات التي أُبلغ عنها القيود القانونية المفروضة على تسجيل المنظمات غير الحكومية "
            "وتمويلها، والضغوط التي يتعرض لها الصحفيون الذين يحققون في قضايا الفساد، ومحدودية الموارد "
            "المتاحة لأنشطة التوعية.",
        ),
    ),
    "zh": (
        "提高认识、教育和社会参与",
        (
            "《公约》第十三条要求各缔约国促进公共部门以外的个人和团体，例如民间社会、"
            "非政府组织和社区组织，积极参与预防和打击腐败，并提高公众对腐败的存在、根源、"
            "严重性及其所构成的威胁的认识。",
            "大多数国家通过电视、广播和社交媒体开展全国性宣传活动，这些活动往往围绕12月9日国际反腐败日举"
            "行。然而，很少有国家评估过这些活动对公众态度的影响。",
            "若干国家将廉洁和反腐败教学单元纳入中小学课程以及大学法律、公共管理和商科专业的课程，"
            "所使用的教材是在联合国毒品和犯罪问题办公室的支持下编写的。",
            "面向青年的活动包括学校廉洁社团、征文和视频比赛，以及由青年程序员开发预防腐败数字工具的活动。",
            "在制定法律草案和国家反腐败战略时，会征求民间社会组织的意见；在一些国家，"
            "民间社会组织的代表还担任监督这些战略执行情况的理事会成员。民间社会还参加了在《公约》实施情况"
            "审议机制框架内进行的国别访问。",
            "信息公开法赋予每个人获取公共机关所掌握信息的权利，但有少数例外。在若干国家，"
            "由信息专员受理针对拒绝公开信息决定的申诉。",
            "根据第十三条第二款，各国让公众了解相关的反腐败机构及与其联系的方式，以便公众举报可能被视为构"
            "成腐败的任何事件，包括以匿名方式举报。有关举报渠道的信息在各机构网站和对外办公场所公布。",
            "报告的挑战包括对非政府组织登记和供资的法律限制、调查腐败问题的记者受到的压力，"
            "以及用于提高认识的资源有限。",
        ),
    ),
    "en": (
        "Awareness-raising, education and the participation of society",
        (
            "Article 13 of the Convention requires States parties to promote the active participation of "
            "individuals and groups outside the public sector, such as civil society, non-governmental "
            "organizations and community-based organizations, in the prevention of and the fight against "
            "corruption, and to raise public awareness regarding the existence, causes and gravity of "
            "and the threat posed by corruption.",
            "Most States conduct national awareness-raising campaigns on television, radio and social "
            "media, often around International Anti-Corruption Day, observed on 9 December. Few States, "
            "however, have evaluated the impact of these campaigns on public attitudes.",
            "Several States have included modules on integrity and anti-corruption in school curricula "
            "and in university programmes in law, public administration and business, using teaching "
            "materials developed with the support of the United Nations Office on Drugs and Crime.",
            "Activities aimed at young people include integrity clubs in schools, essay and video "
            "competitions and events at which young programmers develop digital tools for the prevention "
            "of corruption.",
            "Civil society organizations are consulted on draft legislation and national anti-corruption "
            "strategies, and in some States their representatives sit on the councils that monitor the "
            "implementation of those strategies. Civil society also took part in the country visits "
            "conducted under the Mechanism for the Review of Implementation of the Convention.",
            "Laws on access to information give everyone the right to obtain information held by public "
            "authorities, subject to limited exceptions. In several States an information commissioner "
            "hears appeals against refusals to disclose information.",
            "In line with article 13, paragraph 2, States inform the public about the anti-corruption "
            "bodies and how to contact them, so that any incidents that may be considered to constitute "
            "corruption can be reported, including anonymously. Information on reporting channels is "
            "published on institutional websites and in offices open to the public.",
            "Challenges reported included legal restrictions on the registration and funding of "
            "non-governmental organizations, pressure on journalists investigating corruption and the "
            "limited resources available for awareness-raising.",
        ),
    ),
    "fr": (
        "Sensibilisation, éducation et participation de la société",
        (
            "L'article 13 de la Convention impose aux États parties de favoriser la participation active "
            "de personnes et de groupes n'appartenant pas au secteur public, tels que la société civile, "
            "les organisations non gouvernementales et les organisations communautaires, à la prévention "
            "de la corruption et à la lutte contre ce phénomène, et de mieux sensibiliser le public à "
            "l'existence, aux causes et à la gravité de la corruption et à la menace que représente "
            "celle-ci.",
            "La plupart des États mènent des campagnes nationales de sensibilisation à la télévision, à "
            "la radio et sur les réseaux sociaux, souvent à l'occasion de la Journée internationale de "
            "la lutte contre la corruption, célébrée le 9 décembre. Peu d'États ont toutefois évalué "
            "l'effet de ces campagnes sur les attitudes du public.",
            "Plusieurs États ont intégré des modules consacrés à l'intégrité et à la lutte contre la "
            "corruption dans les programmes scolaires ainsi que dans les cursus universitaires de droit, "
            "d'administration publique et de gestion, en utilisant des supports pédagogiques élaborés "
            "avec l'appui de l'Office des Nations Unies contre la drogue et le crime.",
            "Les activités destinées aux jeunes comprennent des clubs d'intégrité dans les "
            "établissements scolaires, des concours de rédaction et de vidéo et des manifestations au "
            "cours desquelles de jeunes programmeurs mettent au point des outils numériques de "
            "prévention de la corruption.",
            "Les organisations de la société civile sont consultées sur les projets de loi et les "
            "stratégies nationales de lutte contre la corruption, et dans certains États leurs "
            "représentants siègent dans les conseils chargés de suivre la mise en œuvre de ces "
            "stratégies. La société civile a également participé aux visites de pays effectuées dans le "
            "cadre du Mécanisme d'examen de l'application de la Convention.",
            "Les lois sur l'accès à l'information donnent à chacun le droit d'obtenir les informations "
            "détenues par les autorités publiques, sous réserve d'exceptions limitées. Dans plusieurs "
            "États, un commissaire à l'information examine les recours formés contre les refus de "
            "communication.",
            "Conformément au paragraphe 2 de l'article 13, les États font connaître au public les "
            "organes de lutte contre la corruption et la manière de les contacter, afin que tout fait "
            "susceptible d'être considéré comme constituant un acte de corruption puisse leur être "
            "signalé, y compris sous le couvert de l'anonymat. Les informations sur les moyens de "
            "signalement sont publiées sur les sites Web des institutions et dans les bureaux ouverts au "
            "public.",
            "Parmi les difficultés mentionnées figuraient les restrictions juridiques à l'enregistrement "
            "et au financement des organisations non gouvernementales, les pressions exercées sur les "
            "journalistes enquêtant sur la corruption et la modicité des ressources consacrées à la "
            "sensibilisation.",
        ),
    ),
    "ru": (
        "Повышение осведомленности, просвещение и участие общества",
        (
            "Статья 13 Конвенции требует от государств-участников содействовать активному участию "
            "отдельных лиц и групп за пределами публичного сектора, таких как гражданское общество, "
            "неправительственные организации и организации, функционирующие на базе общин, в "
            "предупреждении коррупции и борьбе с ней, а также углублять понимание обществом факта "
            "существования, причин и опасного характера коррупции, а также создаваемых ею угроз.",
            "Большинство государств проводят национальные информационно-просветительские кампании на "
            "телевидении, радио и в социальных сетях, нередко приуроченные к Международному дню борьбы с "
            "коррупцией, который отмечается 9 декабря. Однако лишь немногие государства оценили влияние "
            "этих кампаний на отношение общества к коррупции.",
            "Ряд государств включили модули по вопросам добросовестности и противодействия коррупции в "
            "школьные программы, а также в университетские программы по праву, государственному "
            "управлению и бизнесу, используя учебные материалы, разработанные при поддержке Управления "
            "Организации Объединенных Наций по наркотикам и преступности.",
            "Мероприятия для молодежи включают клубы добросовестности в школах, конкурсы эссе и "
            "видеороликов, а также мероприятия, на которых молодые программисты разрабатывают цифровые "
            "инструменты для предупреждения коррупции.",
            "С организациями гражданского общества проводятся консультации по законопроектам и "
            "национальным антикоррупционным стратегиям, а в некоторых государствах их представители "
            "входят в советы, осуществляющие контроль за реализацией этих стратегий. Гражданское "
            "общество также участвовало в страновых посещениях, проводившихся в рамках Механизма обзора "
            "хода осуществления Конвенции.",
            "Законы о доступе к информации предоставляют каждому право на получение информации, "
            "находящейся в распоряжении государственных органов, за ограниченными исключениями. В ряде "
            "государств жалобы на отказ в предоставлении информации рассматривает уполномоченный по "
            "вопросам информации.",
            "В соответствии с пунктом 2 статьи 13 государства информируют общественность о "
            "соответствующих органах по противодействию коррупции и о способах обращения к ним, с тем "
            "чтобы о любых случаях, которые могут рассматриваться как коррупция, можно было сообщить, в "
            "том числе анонимно. Сведения о каналах подачи сообщений размещаются на официальных сайтах "
            "учреждений и в приемных для посетителей.",
            "К числу названных проблем относились правовые ограничения на регистрацию и финансирование "
            "неправительственных организаций, давление на журналистов, расследующих случаи коррупции, и "
            "ограниченность ресурсов, выделяемых на повышение осведомленности.",
        ),
    ),
    "es": (
        "Concienciación, educación y participación de la sociedad",
        (
            "El artículo 13 de la Convención exige a los Estados partes fomentar la participación activa "
            "de personas y grupos que no pertenezcan al sector público, como la sociedad civil, las "
            "organizaciones no gubernamentales y las organizaciones con base en la comunidad, en la "
            "prevención y la lucha contra la corrupción, y sensibilizar a la opinión pública con "
            "respecto a la existencia, las causas y la gravedad de la corrupción, así como a la amenaza "
            "que esta representa.",
            "La mayoría de los Estados llevan a cabo campañas nacionales de concienciación en "
            "televisión, radio y redes sociales, a menudo en torno al Día Internacional contra la "
            "Corrupción, que se celebra el 9 de diciembre. Sin embargo, pocos Estados han evaluado el "
            "efecto de esas campañas en las actitudes del público.",
            "Varios Estados han incluido módulos sobre integridad y lucha contra la corrupción en los "
            "programas escolares y en los planes de estudios universitarios de derecho, administración "
            "pública y empresariales, utilizando materiales didácticos elaborados con el apoyo de la "
            "Oficina de las Naciones Unidas contra la Droga y el Delito.",
            "Entre las actividades dirigidas a los jóvenes figuran los clubes de integridad en las "
            "escuelas, los concursos de redacción y de vídeo y los encuentros en los que jóvenes "
            "programadores desarrollan herramientas digitales para prevenir la corrupción.",
            "Se consulta a las organizaciones de la sociedad civil sobre los proyectos de ley y las "
            "estrategias nacionales de lucha contra la corrupción, y en algunos Estados sus "
            "representantes forman parte de los consejos que supervisan la aplicación de esas "
            "estrategias. La sociedad civil también participó en las visitas a los países realizadas en "
            "el marco del Mecanismo de Examen de la Aplicación de la Convención.",
            "Las leyes de acceso a la información reconocen a toda persona el derecho a obtener la "
            "información que obra en poder de las autoridades públicas, con sujeción a excepciones "
            "limitadas. En varios Estados, un comisionado de información resuelve los recursos contra "
            "las denegaciones de información.",
            "De conformidad con el artículo 13, párrafo 2, los Estados dan a conocer al público los "
            "órganos de lucha contra la corrupción y la forma de ponerse en contacto con ellos, para que "
            "puedan denunciarse, incluso de forma anónima, los incidentes que puedan considerarse "
            "constitutivos de corrupción. La información sobre los canales de denuncia se publica en los "
            "sitios web de las instituciones y en las oficinas abiertas al público.",
            "Entre los problemas señalados figuraban las restricciones jurídicas al registro y la "
            "financiación de las organizaciones no gubernamentales, las presiones sobre los periodistas "
            "que investigan la corrupción y los escasos recursos disponibles para las actividades de "
            "concienciación.",
        ),
    ),
}
