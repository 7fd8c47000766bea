"""The actions stage: verbs, addressees, conditions and reporting duties of operative paragraphs in the
six languages, and report recommendations.

The English paragraphs of resolution 3/2 are the real text of that resolution; the paragraphs in the
other languages are written in the style of the United Nations versions of Conference resolutions. Every
expected result is written by hand. ``HELD_OUT`` was written after the stage and measured once before
anything was tuned on it (verbs 1.00 and 0.98, addressees 0.98 and 0.90 on its two halves).
"""

from __future__ import annotations

import time

import pytest

from observatory.ingest.action_data.folding import fold
from observatory.ingest.action_data.ordinals import ORDINAL_WORDS, english_ordinal
from observatory.ingest.action_data.verbs import KINDS, VERBS
from observatory.ingest.actions import OPERATIVE_VERBS, parse_action, parse_recommendation, verb_at_start

WG, SEC, SP, CONF, DON, OTH, UNODC = (
    "Working Group", "Secretariat", "States parties", "Conference", "donors", "other", "UNODC",
)  # fmt: skip
GA, IRG = "General Assembly", "Implementation Review Group"


def duty(body, session, text):
    return {"body": body, "session": session, "text": text}


# fmt: off

# Resolution 3/2 (2009), operative paragraphs 1-23 --------------------------------------------------------
# (number, text, verb, verb_base, addressees, conditions, report_to)

RESOLUTION_3_2 = [
    (1, "*Takes note with appreciation* of the work carried out by the Secretariat to gather information on "
        "national efforts to implement the United Nations Convention against Corruption, including its "
        "provisions on prevention, through a selfassessment checklist on the implementation of the "
        "Convention, as reflected in the relevant reports prepared by the Secretariat;",
     "Takes note with appreciation", "takes note", [], [], []),
    (2, "*Decides* to establish an interim open-ended intergovernmental working group, in accordance with "
        "article 63, paragraph 7, of the Convention, and rule 2, paragraph 2, of the rules of procedure of "
        "the Conference of the States Parties, to advise and assist the Conference in the implementation of "
        "its mandate on the prevention of corruption;",
     "Decides", "decides", [CONF], [], []),
    (3, "*Also decides* that the working group shall perform the following functions: (a) Assist the "
        "Conference in developing and accumulating knowledge in the area of prevention of corruption; "
        "(b) Facilitate the exchange of information and experience among States on preventive measures and "
        "practices; (c) Facilitate the collection, dissemination and promotion of best practices in "
        "corruption prevention; (d) Assist the Conference in encouraging cooperation among all stakeholders "
        "and sectors of society in order to prevent corruption;",
     "Also decides", "decides", [WG], [], []),
    (4, "*Further decides* that the work of the working group shall be subsumed under the work of the "
        "Implementation Review Group if the Implementation Review Group establishes thematic sub-groups;",
     "Further decides", "decides", [WG], [], []),
    (5, "*Requests* the Secretariat to collect, analyse and disseminate information on good practices in the "
        "field of prevention of corruption, taking into account existing expertise within the United Nations "
        "system and other relevant organizations and focusing particularly on public procurement, management "
        "of public financing, integrity and transparency in public administration, awareness-raising "
        "initiatives and partnerships between the public and private sectors to prevent corruption, and "
        "requests the Secretariat to report on such efforts to the working group;",
     "Requests", "requests", [SEC], [], [duty(WG, None, "to the working group")]),
    (6, "*Strongly encourages* States parties to integrate anti-corruption policies to promote integrity and "
        "prevent corruption in broader crime prevention and criminal justice reform strategies, as well as "
        "in public sector reform plans;",
     "Strongly encourages", "encourages", [SP], [], []),
    (7, "*Requests* the Secretariat to collect, analyse and disseminate information on existing regulation "
        "models for the public sector, including provisions addressing conflict of interest, and on "
        "professional codes of conduct;",
     "Requests", "requests", [SEC], [], []),
    (8, "*Calls upon* States parties that have not done so to ensure the existence of anti-corruption bodies "
        "in accordance with article 6 of the Convention, strengthen the capacity and independence of those "
        "bodies in dealing with the prevention of corruption and take steps, in accordance with the "
        "fundamental principles of their legal systems, to safeguard those bodies from undue influence;",
     "Calls upon", "calls upon", [SP], [], []),
    (9, "*Also calls upon* all States parties that have not yet done so to inform the Secretary-General of "
        "the name and address of the national authority or authorities that may assist other States parties "
        "in developing and implementing specific measures for the prevention of corruption;",
     "Also calls upon", "calls upon", [SP], [], []),
    (10, "*Requests* the Secretariat to collect and disseminate information on methodologies, including "
         "evidence-based approaches for assessing areas of special vulnerability in the public and private "
         "sectors that are potentially or recurrently prone to corruption and report on those efforts to the "
         "working group;",
     "Requests", "requests", [SEC], [], [duty(WG, None, "to the working group")]),
    (11, "*Calls upon* States parties to promote the business community's engagement in the prevention of "
         "corruption by, inter alia, developing initiatives to promote and implement public procurement "
         "reform, working with the business community to address practices that generate vulnerability to "
         "corruption and identifying elements of optimal self-regulation in the private sector;",
     "Calls upon", "calls upon", [SP], [], []),
    (12, "*Encourages* interested States parties, representatives of private sector entities and relevant "
         "international organizations to consult and collaborate with each other in order to share best "
         "practices for the alignment of systems of public procurement with the requirements of article 9 of "
         "the Convention;",
     "Encourages", "encourages", [SP, OTH], [], []),
    (13, "*Invites* States parties, where appropriate, to consider the use of computerized systems to govern "
         "public procurement and to track and identify suspect cases, and to consider, in accordance with "
         "the fundamental principles of their legal systems, the adoption and use of procedures to prohibit "
         "private sector entities involved in corrupt contracting practices from future participation in "
         "public tenders;",
     "Invites", "invites", [SP], [], []),
    (14, "*Urges* States parties to raise public awareness of corruption and laws and regulations against "
         "it, as well as the existing rights of and possibilities for the general public with respect to "
         "obtaining information on the organization, functioning and decision-making processes of their "
         "public administration and raise public awareness of the responsibilities of public officials with "
         "respect to the performance of their functions, with due regard to the protection of privacy and "
         "personal data;",
     "Urges", "urges", [SP], [], []),
    (15, "*Calls upon* States parties to enhance dialogue and synergies with other stakeholders outside the "
         "public sector in order to promote the involvement and engagement of those groups in the "
         "development and implementation of broader national policies and plans for promoting integrity and "
         "preventing corruption;",
     "Calls upon", "calls upon", [SP], [], []),
    (16, "*Also calls upon* States parties, consistent with the fundamental principles of their educational "
         "and legal systems, to promote, at various levels of the education system, educational programmes "
         "that instil concepts and principles of integrity;",
     "Also calls upon", "calls upon", [SP], [], []),
    (17, "*Requests* the Secretariat to collect information on best practices for promoting responsible and "
         "professional reporting on corruption for journalists and report thereon to the working group;",
     "Requests", "requests", [SEC], [], [duty(WG, None, "to the working group")]),
    (18, "*Calls upon* the Secretariat and national, regional and international donors and recipient "
         "countries to intensify their cooperation and coordination in the provision of technical assistance "
         "in preventing corruption;",
     "Calls upon", "calls upon", [SEC, DON, SP], [], []),
    (19, "*Requests* the Secretariat to strengthen its efforts to make specific information about the "
         "Convention and its prevention commitments widely available to schools of public administration, "
         "law and criminal justice schools, business schools, academies and training institutions;",
     "Requests", "requests", [SEC], [], []),
    (20, "*Also requests* the Secretariat to continue its efforts to assist international organizations with "
         "their adoption and implementation of the principles of the Convention, in particular through the "
         "institutional integrity initiative of the United Nations System Chief Executives Board for "
         "Coordination, and encourages States parties, in their capacity as States members of public "
         "international organizations, to continue promoting and aligning anti-corruption policies and rules "
         "of those organizations with the principles of the Convention;",
     "Also requests", "requests", [SEC], [], []),
    (21, "*Decides* that the interim open-ended intergovernmental working group referred to in paragraph 2 "
         "above shall meet during the sessions of the Conference and, as appropriate, shall hold at least "
         "two intersessional meetings within existing resources;",
     "Decides", "decides", [WG], ["existing_resources"], []),
    (22, "*Also decides* that the working group shall submit reports on all its activities to the "
         "Conference;",
     "Also decides", "decides", [WG], [], [duty(CONF, None, "to the Conference")]),
    (23, "*Requests* the Secretariat to assist the working group in the performance of its functions, "
         "including by providing interpretation services in the six official languages of the United "
         "Nations, within existing resources.",
     "Requests", "requests", [SEC], ["existing_resources"], []),
]

# Realistic paragraphs in the six languages ------------------------------------------------------------
# (language, text, verb, verb_base, addressees, conditions, report_to)

ENGLISH = [
    ("en", "Also requests the Secretariat, subject to the availability of extrabudgetary resources, to "
           "continue to provide technical assistance to States parties and to report thereon to the "
           "Conference at its eighth session;",
     "Also requests", "requests", [SEC], ["extrabudgetary"],
     [duty(CONF, "eighth", "to the Conference at its eighth session")]),
    ("en", "Invites Member States and donors to provide extrabudgetary resources for the purposes described "
           "in the present resolution, in accordance with the rules and procedures of the United Nations;",
     "Invites", "invites", [SP, DON], [], []),
    ("en", "Requests the United Nations Office on Drugs and Crime to continue to provide technical "
           "assistance, upon request, to States parties in the implementation of chapter II of the "
           "Convention;",
     "Requests", "requests", [UNODC], ["upon_request"], []),
    ("en", "Calls upon the international donor community to support the efforts of developing countries to "
           "strengthen their anti-corruption bodies;",
     "Calls upon", "calls upon", [DON], [], []),
    ("en", "Requests the Implementation Review Group to examine the issue and to report to the Conference at "
           "its resumed fourth session;",
     "Requests", "requests", [OTH], [],
     [duty(CONF, "resumed fourth", "to the Conference at its resumed fourth session")]),
    ("en", "Requests the Secretary-General to submit a report on the implementation of the present "
           "resolution to the General Assembly at its seventieth session;",
     "Requests", "requests", [SEC], [],
     [duty(GA, "seventieth", "to the General Assembly at its seventieth session")]),
    ("en", "Decides to convene its ninth session in Egypt in 2021;", "Decides", "decides", [CONF], [], []),
    ("en", "Welcomes the report of the Secretariat submitted to the Conference at its seventh session;",
     "Welcomes", "welcomes", [], [], []),
    ("en", "Notes with appreciation the efforts made by States parties to strengthen the independence of "
           "their anti-corruption bodies;",
     "Notes with appreciation", "notes", [], [], []),
    ("en", "Expresses its appreciation to the Government of Qatar for hosting the third session of the "
           "Conference;",
     "Expresses its appreciation", "expresses", [], [], []),
    ("en", "Once again urges States parties that have not yet done so to designate a central authority for "
           "mutual legal assistance;",
     "Once again urges", "urges", [SP], [], []),
    ("en", "Requests also the Secretariat to continue its work on the thematic compilation;",
     "Requests also", "requests", [SEC], [], []),
    ("en", "Urges States parties and signatories to the Convention to make full use of the Convention;",
     "Urges", "urges", [SP], [], []),
    ("en", "Encourages States parties, the Secretariat and other relevant organizations to share good "
           "practices on the protection of reporting persons;",
     "Encourages", "encourages", [SP, SEC, OTH], [], []),
    ("en", "Endorses the recommendations adopted by the Working Group on Asset Recovery at its meeting held "
           "in Vienna in August 2015;",
     "Endorses", "endorses", [CONF], [], []),
    ("en", "Recommends that States parties consider establishing asset declaration systems for public "
           "officials;",
     "Recommends", "recommends", [SP], [], []),
    ("en", "Decides that the Implementation Review Group shall continue its work on technical assistance;",
     "Decides", "decides", [OTH], [], []),
    ("en", "Invites the International Anti-Corruption Academy to continue offering training courses;",
     "Invites", "invites", [OTH], [], []),
    ("en", "Requests the Secretariat, within its mandate and within existing resources, to assist the "
           "Working Group on the Prevention of Corruption and to report to the Conference at its next "
           "session on the implementation of the present resolution;",
     "Requests", "requests", [SEC], ["mandate", "existing_resources"],
     [duty(CONF, "next", "to the Conference at its next session")]),
    ("en", "Requests the Secretariat to submit to the Conference at its 8th session a report on the "
           "activities undertaken;",
     "Requests", "requests", [SEC], [], [duty(CONF, "eighth", "to the Conference at its 8th session")]),
    ("en", "Mandates the working group to review the implementation of the present resolution;",
     "Mandates", "mandates", [WG], [], []),
    ("en", "Requests the Secretariat to report to it at its ninth session on the follow-up to the present "
           "resolution;",
     "Requests", "requests", [SEC], [], [duty(CONF, "ninth", "to it at its ninth session")]),
    ("en", "Requests the Secretariat to collect information on requests for mutual legal assistance received "
           "by States parties;",
     "Requests", "requests", [SEC], [], []),
    ("en", "In this regard, requests the Secretariat to prepare a report on the matter;",
     "requests", "requests", [SEC], [], []),
]

FRENCH = [
    ("fr", "Prend note avec satisfaction des travaux menés par le Secrétariat pour recueillir des "
           "informations sur les efforts nationaux d'application de la Convention ;",
     "Prend note avec satisfaction", "takes note", [], [], []),
    ("fr", "Décide de créer un groupe de travail intergouvernemental provisoire à composition non limitée "
           "chargé de la conseiller et de l'aider à s'acquitter de son mandat en matière de prévention de la "
           "corruption ;",
     "Décide", "decides", [CONF], [], []),
    ("fr", "Décide également que le groupe de travail exercera les fonctions suivantes :",
     "Décide également", "decides", [WG], [], []),
    ("fr", "Prie le Secrétariat de recueillir, d'analyser et de diffuser des informations sur les bonnes "
           "pratiques en matière de prévention de la corruption, et prie le Secrétariat de faire rapport sur "
           "ces efforts au groupe de travail ;",
     "Prie", "requests", [SEC], [], [duty(WG, None, "au groupe de travail")]),
    ("fr", "Engage vivement les États parties à intégrer des politiques de lutte contre la corruption dans "
           "des stratégies plus larges de prévention du crime ;",
     "Engage vivement", "encourages", [SP], [], []),
    ("fr", "Demande aux États parties qui ne l'ont pas encore fait de veiller à l'existence d'organes de "
           "prévention de la corruption ;",
     "Demande", "calls upon", [SP], [], []),
    ("fr", "Prie en outre le Secrétariat, sous réserve de la disponibilité de ressources extrabudgétaires, "
           "de continuer à aider les États parties qui en font la demande et de faire rapport à la "
           "Conférence à sa huitième session ;",
     "Prie en outre", "requests", [SEC], ["extrabudgetary", "upon_request"],
     [duty(CONF, "eighth", "à la Conférence à sa huitième session")]),
    ("fr", "Invite les États Membres et les donateurs à fournir des ressources extrabudgétaires aux fins "
           "énoncées dans la présente résolution ;",
     "Invite", "invites", [SP, DON], [], []),
    ("fr", "Prie l'Office des Nations Unies contre la drogue et le crime de continuer, dans la limite des "
           "ressources existantes, à fournir une assistance technique sur demande ;",
     "Prie", "requests", [UNODC], ["existing_resources", "upon_request"], []),
    ("fr", "Se félicite des travaux du Groupe d'examen de l'application à sa quatrième session ;",
     "Se félicite", "welcomes", [], [], []),
    ("fr", "Prie le Groupe d'examen de l'application de lui faire rapport à sa prochaine session ;",
     "Prie", "requests", [OTH], [], [duty(CONF, "next", "à sa prochaine session")]),
    ("fr", "Exhorte les États parties et les signataires à ratifier la Convention ou à y adhérer ;",
     "Exhorte", "urges", [SP], [], []),
    ("fr", "Prend également note du rapport du Secrétariat sur l'assistance technique ;",
     "Prend également note", "takes note", [], [], []),
    ("fr", "Prie instamment les États parties de coopérer, dans le cadre de leur mandat, avec le "
           "Secrétariat ;",
     "Prie instamment", "urges", [SP], ["mandate"], []),
    ("fr", "Prie le Secrétariat de présenter un rapport sur l'application de la présente résolution au "
           "Groupe de travail sur la prévention de la corruption à sa dixième session ;",
     "Prie", "requests", [SEC], [],
     [duty(WG, "tenth", "au Groupe de travail sur la prévention de la corruption à sa dixième session")]),
]

SPANISH = [
    ("es", "Toma nota con aprecio de la labor realizada por la Secretaría para reunir información sobre las "
           "medidas nacionales de aplicación de la Convención;",
     "Toma nota con aprecio", "takes note", [], [], []),
    ("es", "Decide establecer un grupo de trabajo intergubernamental provisional de composición abierta que "
           "la asesore y le preste asistencia en el cumplimiento de su mandato;",
     "Decide", "decides", [CONF], [], []),
    ("es", "Decide también que el grupo de trabajo desempeñe las siguientes funciones:",
     "Decide también", "decides", [WG], [], []),
    ("es", "Solicita a la Secretaría que reúna, analice y difunda información sobre buenas prácticas en "
           "materia de prevención de la corrupción, y solicita a la Secretaría que informe al grupo de "
           "trabajo sobre esas actividades;",
     "Solicita", "requests", [SEC], [], [duty(WG, None, "al grupo de trabajo")]),
    ("es", "Alienta encarecidamente a los Estados partes a que integren políticas de lucha contra la "
           "corrupción en estrategias más amplias de prevención del delito;",
     "Alienta encarecidamente", "encourages", [SP], [], []),
    ("es", "Exhorta a los Estados partes que aún no lo hayan hecho a que garanticen la existencia de órganos "
           "de prevención de la corrupción;",
     "Exhorta", "calls upon", [SP], [], []),
    ("es", "Solicita también a la Secretaría que, con sujeción a la disponibilidad de recursos "
           "extrapresupuestarios, siga prestando asistencia técnica a los Estados partes que lo soliciten, y "
           "que informe a la Conferencia en su octavo período de sesiones;",
     "Solicita también", "requests", [SEC], ["extrabudgetary", "upon_request"],
     [duty(CONF, "eighth", "a la Conferencia en su octavo período de sesiones")]),
    ("es", "Insta a los Estados partes y signatarios a que ratifiquen la Convención o se adhieran a ella;",
     "Insta", "urges", [SP], [], []),
    ("es", "Invita a los Estados Miembros y a los donantes a que aporten recursos extrapresupuestarios;",
     "Invita", "invites", [SP, DON], [], []),
    ("es", "Pide a la Oficina de las Naciones Unidas contra la Droga y el Delito que, con cargo a los "
           "recursos existentes, preste asistencia técnica previa solicitud;",
     "Pide", "requests", [UNODC], ["existing_resources", "upon_request"], []),
    ("es", "Acoge con beneplácito la labor del Grupo de Examen de la Aplicación;",
     "Acoge con beneplácito", "welcomes", [], [], []),
    ("es", "Solicita al Grupo de Examen de la Aplicación que informe a la Conferencia en la continuación de "
           "su cuarto período de sesiones;",
     "Solicita", "requests", [OTH], [],
     [duty(CONF, "resumed fourth", "a la Conferencia en la continuación de su cuarto período de sesiones")]),
    ("es", "Reafirma su compromiso con la aplicación plena de la Convención;",
     "Reafirma", "reaffirms", [], [], []),
    ("es", "Solicita a la Secretaría que presente un informe a la Asamblea General en su septuagésimo "
           "quinto período de sesiones;",
     "Solicita", "requests", [SEC], [],
     [duty(GA, "seventy-fifth", "a la Asamblea General en su septuagésimo quinto período de sesiones")]),
    ("es", "Decide que el grupo de trabajo se reúna durante los períodos de sesiones de la Conferencia y "
           "celebre al menos dos reuniones entre períodos de sesiones con cargo a los recursos existentes;",
     "Decide", "decides", [WG], ["existing_resources"], []),
]

RUSSIAN = [
    ("ru", "с удовлетворением принимает к сведению работу, проделанную Секретариатом по сбору информации о "
           "национальных усилиях по осуществлению Конвенции;",
     "с удовлетворением принимает к сведению", "takes note", [], [], []),
    ("ru", "постановляет учредить временную межправительственную рабочую группу открытого состава для "
           "консультирования Конференции и оказания ей помощи;",
     "постановляет", "decides", [CONF], [], []),
    ("ru", "постановляет также, что рабочая группа будет выполнять следующие функции:",
     "постановляет также", "decides", [WG], [], []),
    ("ru", "просит Секретариат собирать, анализировать и распространять информацию о надлежащей практике в "
           "области предупреждения коррупции и просит Секретариат представить рабочей группе доклад об этой "
           "деятельности;",
     "просит", "requests", [SEC], [], [duty(WG, None, "рабочей группе")]),
    ("ru", "настоятельно рекомендует государствам-участникам включать антикоррупционную политику в более "
           "широкие стратегии предупреждения преступности;",
     "настоятельно рекомендует", "recommends", [SP], [], []),
    ("ru", "призывает государства-участники, которые еще не сделали этого, обеспечить существование органов "
           "по предупреждению коррупции;",
     "призывает", "calls upon", [SP], [], []),
    ("ru", "просит также Секретариат, при условии наличия внебюджетных ресурсов, продолжать оказывать помощь "
           "государствам\u2011участникам по их просьбе и представить доклад Конференции на ее восьмой "
           "сессии;",
     "просит также", "requests", [SEC], ["extrabudgetary", "upon_request"],
     [duty(CONF, "eighth", "Конференции на ее восьмой сессии")]),
    ("ru", "настоятельно призывает государства-участники и подписавшие государства ратифицировать Конвенцию;",
     "настоятельно призывает", "urges", [SP], [], []),
    ("ru", "предлагает государствам-членам и донорам предоставлять внебюджетные ресурсы;",
     "предлагает", "invites", [SP, DON], [], []),
    ("ru", "просит Управление Организации Объединенных Наций по наркотикам и преступности в рамках "
           "имеющихся ресурсов продолжать оказывать техническую помощь;",
     "просит", "requests", [UNODC], ["existing_resources"], []),
    ("ru", "приветствует работу Группы по обзору хода осуществления;",
     "приветствует", "welcomes", [], [], []),
    ("ru", "просит Группу по обзору хода осуществления представить доклад Конференции на ее возобновленной "
           "четвертой сессии;",
     "просит", "requests", [OTH], [],
     [duty(CONF, "resumed fourth", "Конференции на ее возобновленной четвертой сессии")]),
    ("ru", "вновь подтверждает свою приверженность Конвенции;",
     "вновь подтверждает", "reaffirms", [], [], []),
    ("ru", "Просит Генерального секретаря представить Генеральной Ассамблее на ее семьдесят пятой сессии "
           "доклад об осуществлении настоящей резолюции;",
     "Просит", "requests", [SEC], [],
     [duty(GA, "seventy-fifth", "Генеральной Ассамблее на ее семьдесят пятой сессии")]),
    ("ru", "поручает рабочей группе в рамках своего мандата изучить этот вопрос;",
     "поручает", "mandates", [WG], ["mandate"], []),
]

ARABIC = [
    ("ar", "يحيط علماً مع التقدير بالعمل الذي اضطلعت به الأمانة لجمع المعلومات عن الجهود الوطنية الرامية "
           "إلى تنفيذ الاتفاقية؛",
     "يحيط علماً مع التقدير", "takes note", [], [], []),
    ("ar", "يقرر أن ينشئ فريقاً عاملاً حكومياً دولياً مؤقتاً مفتوح العضوية لإسداء المشورة إلى المؤتمر "
           "ومساعدته؛",
     "يقرر", "decides", [CONF], [], []),
    ("ar", "يقرر أيضاً أن يضطلع الفريق العامل بالمهام التالية:", "يقرر أيضاً", "decides", [WG], [], []),
    ("ar", "يطلب إلى الأمانة أن تجمع المعلومات عن الممارسات الجيدة في مجال منع الفساد وتحللها وتعممها، "
           "ويطلب إلى الأمانة أن تقدم تقريرا عن تلك الجهود إلى الفريق العامل؛",
     "يطلب", "requests", [SEC], [], [duty(WG, None, "إلى الفريق العامل")]),
    ("ar", "يشجع بشدة الدول الأطراف على إدماج سياسات مكافحة الفساد في الاستراتيجيات الأوسع نطاقا لمنع "
           "الجريمة؛",
     "يشجع بشدة", "encourages", [SP], [], []),
    ("ar", "يهيب بالدول الأطراف التي لم تفعل ذلك بعد أن تكفل وجود هيئات لمنع الفساد؛",
     "يهيب", "calls upon", [SP], [], []),
    ("ar", "يطلب أيضا إلى الأمانة، رهنا بتوافر موارد من خارج الميزانية، أن تواصل تقديم المساعدة التقنية "
           "إلى الدول الأطراف بناء على طلبها، وأن تقدم تقريرا إلى المؤتمر في دورته الثامنة؛",
     "يطلب أيضا", "requests", [SEC], ["extrabudgetary", "upon_request"],
     [duty(CONF, "eighth", "إلى المؤتمر في دورته الثامنة")]),
    ("ar", "يحث الدول الأطراف والدول الموقّعة على التصديق على الاتفاقية؛", "يحث", "urges", [SP], [], []),
    ("ar", "يدعو الدول الأعضاء والجهات المانحة إلى توفير موارد من خارج الميزانية؛",
     "يدعو", "invites", [SP, DON], [], []),
    ("ar", "يطلب إلى مكتب الأمم المتحدة المعني بالمخدرات والجريمة أن يواصل، في حدود الموارد المتاحة، تقديم "
           "المساعدة التقنية؛",
     "يطلب", "requests", [UNODC], ["existing_resources"], []),
    ("ar", "يرحب بعمل فريق استعراض التنفيذ؛", "يرحب", "welcomes", [], [], []),
    ("ar", "يطلب إلى فريق استعراض التنفيذ أن يقدم تقريرا إلى المؤتمر في دورته الرابعة المستأنفة؛",
     "يطلب", "requests", [OTH], [], [duty(CONF, "resumed fourth", "إلى المؤتمر في دورته الرابعة المستأنفة")]),
    ("ar", "يؤكد من جديد التزامه بالاتفاقية؛", "يؤكد من جديد", "reaffirms", [], [], []),
    ("ar", "يطلب إلى الأمين العام أن يقدم تقريرا إلى الجمعية العامة في دورتها الخامسة والسبعين؛",
     "يطلب", "requests", [SEC], [],
     [duty(GA, "seventy-fifth", "إلى الجمعية العامة في دورتها الخامسة والسبعين")]),
]

CHINESE = [
    ("zh", "赞赏地注意到秘书处为收集关于各国努力执行《联合国反腐败公约》的信息而开展的工作；",
     "赞赏地注意到", "takes note", [], [], []),
    ("zh", "决定设立一个不限成员名额临时政府间工作组，就预防腐败问题向缔约国会议提供咨询和协助；",
     "决定", "decides", [CONF], [], []),
    ("zh", "又决定工作组应履行下列职能：", "又决定", "decides", [WG], [], []),
    ("zh", "请秘书处收集、分析和传播关于预防腐败领域良好做法的信息，并请秘书处就此向工作组报告；",
     "请", "requests", [SEC], [], [duty(WG, None, "向工作组")]),
    ("zh", "大力鼓励缔约国将反腐败政策纳入更广泛的预防犯罪和刑事司法改革战略；",
     "大力鼓励", "encourages", [SP], [], []),
    ("zh", "吁请尚未这样做的缔约国确保设有预防腐败机构；", "吁请", "calls upon", [SP], [], []),
    ("zh", "又请秘书处在获得预算外资源的情况下，应请求继续向缔约国提供技术援助，"
           "并向缔约国会议第八届会议报告；",
     "又请", "requests", [SEC], ["extrabudgetary", "upon_request"],
     [duty(CONF, "eighth", "向缔约国会议第八届会议")]),
    ("zh", "敦促缔约国和签署国批准《公约》；", "敦促", "urges", [SP], [], []),
    ("zh", "邀请会员国和捐助方提供预算外资源；", "邀请", "invites", [SP, DON], [], []),
    ("zh", "请联合国毒品和犯罪问题办公室在现有资源范围内继续提供技术援助；",
     "请", "requests", [UNODC], ["existing_resources"], []),
    ("zh", "欢迎实施情况审议组的工作；", "欢迎", "welcomes", [], [], []),
    ("zh", "请实施情况审议组向缔约国会议第四届会议续会报告；",
     "请", "requests", [OTH], [], [duty(CONF, "resumed fourth", "向缔约国会议第四届会议续会")]),
    ("zh", "重申致力于《公约》；", "重申", "reaffirms", [], [], []),
    ("zh", "吁请秘书处以及国家、区域和国际捐助者和受援国加强在提供预防腐败技术援助方面的合作与协调；",
     "吁请", "calls upon", [SEC, DON, SP], [], []),
    ("zh", "请秘书长向大会第七十届会议提交关于本决议执行情况的报告；",
     "请", "requests", [SEC], [], [duty(GA, "seventieth", "向大会第七十届会议")]),
]

CORPUS = ENGLISH + FRENCH + SPANISH + RUSSIAN + ARABIC + CHINESE

# Held out: written after the stage, to measure it ------------------------------------------------------
# (language, text, verb, verb_base, addressees)

HELD_OUT = [
    ("en", "Urges States parties to consider the possibility of criminalizing the solicitation or "
           "acceptance of undue advantages by foreign public officials;",
     "Urges", "urges", [SP]),
    ("en", "Requests the Secretariat to continue to support the Mechanism for the Review of "
           "Implementation and to develop, in consultation with States parties, a database of "
           "technical assistance needs;",
     "Requests", "requests", [SEC]),
    ("en", "Further requests the secretariat to compile the information received and to make it "
           "available through the thematic website;",
     "Further requests", "requests", [SEC]),
    ("en", "Calls on States parties to afford one another the widest measure of assistance in "
           "investigations and proceedings;",
     "Calls on", "calls upon", [SP]),
    ("en", "Also encourages States parties to share, on a voluntary basis, their experiences in the "
           "management of frozen, seized and confiscated assets;",
     "Also encourages", "encourages", [SP]),
    ("en", "Decides to continue the work of the Open-ended Intergovernmental Working Group on Asset "
           "Recovery;",
     "Decides", "decides", [CONF]),
    ("en", "Welcomes the adoption by the Implementation Review Group of the guidelines for "
           "governmental experts;",
     "Welcomes", "welcomes", []),
    ("en", "Encourages States parties and the United Nations Office on Drugs and Crime to strengthen "
           "cooperation with the International Anti-Corruption Academy;",
     "Encourages", "encourages", [SP, UNODC]),
    ("en", "Invites States parties and other donors to provide extrabudgetary resources for the "
           "operation of the Mechanism;",
     "Invites", "invites", [SP, DON]),
    ("en", "Recognizes the importance of the participation of civil society in the prevention of "
           "corruption;",
     "Recognizes", "recognizes", []),
    ("en", "Requests the President of the Conference to transmit the present resolution to the General "
           "Assembly;",
     "Requests", "requests", [CONF]),
    ("en", "Stresses the need to ensure that the review process is transparent, efficient and "
           "non-intrusive;",
     "Stresses", "stresses", []),
    ("fr", "Encourage les États parties à continuer de s'entraider dans les enquêtes et les "
           "procédures;",
     "Encourage", "encourages", [SP]),
    ("fr", "Prie le Secrétariat de continuer à apporter son concours au Mécanisme d'examen de "
           "l'application;",
     "Prie", "requests", [SEC]),
    ("fr", "Invite instamment les États parties qui ne l'ont pas encore fait à désigner des points de "
           "contact;",
     "Invite instamment", "invites", [SP]),
    ("fr", "Décide de poursuivre les travaux du Groupe de travail intergouvernemental à composition "
           "non limitée sur le recouvrement d'avoirs;",
     "Décide", "decides", [CONF]),
    ("fr", "Salue les efforts déployés par l'Office des Nations Unies contre la drogue et le crime;",
     "Salue", "welcomes", []),
    ("fr", "Souligne qu'il importe de renforcer la coopération internationale;",
     "Souligne", "stresses", []),
    ("fr", "Demande aux États parties et aux donateurs de fournir des ressources extrabudgétaires;",
     "Demande", "calls upon", [SP, DON]),
    ("fr", "Prie également l'Office de continuer à fournir une assistance technique aux États qui en "
           "font la demande;",
     "Prie également", "requests", [UNODC]),
    ("fr", "Engage les États parties à faire participer la société civile à la prévention de la "
           "corruption;",
     "Engage", "encourages", [SP]),
    ("fr", "Réaffirme que la prévention de la corruption est une responsabilité partagée;",
     "Réaffirme", "reaffirms", []),
    ("es", "Insta a los Estados partes a que consideren la posibilidad de tipificar como delito el "
           "soborno de funcionarios públicos extranjeros;",
     "Insta", "urges", [SP]),
    ("es", "Solicita a la Secretaría que siga prestando apoyo al Mecanismo de Examen de la Aplicación;",
     "Solicita", "requests", [SEC]),
    ("es", "Alienta a los Estados partes a que intercambien, de manera voluntaria, sus experiencias en "
           "la gestión de bienes incautados;",
     "Alienta", "encourages", [SP]),
    ("es", "Decide proseguir la labor del Grupo de Trabajo Intergubernamental de Composición Abierta "
           "sobre Recuperación de Activos;",
     "Decide", "decides", [CONF]),
    ("es", "Celebra la aprobación por el Grupo de Examen de la Aplicación de las directrices para los "
           "expertos gubernamentales;",
     "Celebra", "welcomes", []),
    ("es", "Exhorta a los Estados partes y a la Oficina de las Naciones Unidas contra la Droga y el "
           "Delito a que refuercen la cooperación;",
     "Exhorta", "calls upon", [SP, UNODC]),
    ("es", "Invita a los Estados partes y a otros donantes a que aporten recursos "
           "extrapresupuestarios;",
     "Invita", "invites", [SP, DON]),
    ("es", "Reconoce la importancia de la participación de la sociedad civil en la prevención de la "
           "corrupción;",
     "Reconoce", "recognizes", []),
    ("es", "Pide también a la Secretaría que recopile la información recibida y la difunda;",
     "Pide también", "requests", [SEC]),
    ("es", "Subraya la necesidad de velar por que el proceso de examen sea transparente y eficiente;",
     "Subraya", "stresses", []),
    ("ru", "настоятельно призывает государства-участники рассмотреть возможность признания уголовно "
           "наказуемым подкупа иностранных публичных должностных лиц;",
     "настоятельно призывает", "urges", [SP]),
    ("ru", "просит Секретариат продолжать оказывать поддержку Механизму обзора хода осуществления;",
     "просит", "requests", [SEC]),
    ("ru", "рекомендует государствам-участникам на добровольной основе обмениваться опытом управления "
           "арестованными активами;",
     "рекомендует", "recommends", [SP]),
    ("ru", "постановляет продолжить работу Межправительственной рабочей группы открытого состава по "
           "возвращению активов;",
     "постановляет", "decides", [CONF]),
    ("ru", "приветствует принятие Группой по обзору хода осуществления руководящих принципов для "
           "правительственных экспертов;",
     "приветствует", "welcomes", []),
    ("ru", "предлагает государствам-участникам и другим донорам выделять внебюджетные ресурсы для "
           "функционирования Механизма;",
     "предлагает", "invites", [SP, DON]),
    ("ru", "признает важное значение участия гражданского общества в предупреждении коррупции;",
     "признает", "recognizes", []),
    ("ru", "просит далее Секретариат обобщить полученную информацию и разместить ее на тематическом "
           "веб-сайте;",
     "просит далее", "requests", [SEC]),
    ("ru", "подчеркивает необходимость обеспечения транспарентности и эффективности процесса обзора;",
     "подчеркивает", "stresses", []),
    ("ru", "призывает Управление Организации Объединенных Наций по наркотикам и преступности и "
           "государства-участники укреплять сотрудничество;",
     "призывает", "calls upon", [UNODC, SP]),
    ("ar", "يحث الدول الأطراف على النظر في إمكانية تجريم التماس الموظفين العموميين الأجانب مزايا غير "
           "مستحقة أو قبولهم إياها؛",
     "يحث", "urges", [SP]),
    ("ar", "يطلب إلى الأمانة أن تواصل دعم آلية استعراض التنفيذ؛",
     "يطلب", "requests", [SEC]),
    ("ar", "يشجع الدول الأطراف على أن تتبادل، على أساس طوعي، خبراتها في إدارة الموجودات المجمدة "
           "والمحجوزة والمصادرة؛",
     "يشجع", "encourages", [SP]),
    ("ar", "يقرر أن يواصل الفريق العامل الحكومي الدولي المفتوح العضوية المعني باسترداد الموجودات عمله؛",
     "يقرر", "decides", [WG]),
    ("ar", "يرحب باعتماد فريق استعراض التنفيذ المبادئ التوجيهية للخبراء الحكوميين؛",
     "يرحب", "welcomes", []),
    ("ar", "يدعو الدول الأطراف وسائر الجهات المانحة إلى توفير موارد من خارج الميزانية لتشغيل الآلية؛",
     "يدعو", "invites", [SP, DON]),
    ("ar", "يسلم بأهمية مشاركة المجتمع المدني في منع الفساد؛",
     "يسلم", "recognizes", []),
    ("ar", "يطلب كذلك إلى الأمانة أن تجمع المعلومات الواردة وأن تتيحها من خلال الموقع الشبكي "
           "المواضيعي؛",
     "يطلب كذلك", "requests", [SEC]),
    ("ar", "يشدد على ضرورة كفالة أن تكون عملية الاستعراض شفافة وفعالة؛",
     "يشدد", "stresses", []),
    ("ar", "يهيب بمكتب الأمم المتحدة المعني بالمخدرات والجريمة والدول الأطراف أن تعزز التعاون؛",
     "يهيب", "calls upon", [UNODC, SP]),
    ("zh", "敦促缔约国考虑将外国公职人员索取或收受不正当好处的行为定为犯罪；",
     "敦促", "urges", [SP]),
    ("zh", "请秘书处继续支持实施情况审议机制；",
     "请", "requests", [SEC]),
    ("zh", "鼓励缔约国在自愿基础上交流管理被冻结、扣押和没收资产的经验；",
     "鼓励", "encourages", [SP]),
    ("zh", "决定继续开展资产追回问题不限成员名额政府间工作组的工作；",
     "决定", "decides", [CONF]),
    ("zh", "欢迎实施情况审议组通过政府专家指导方针；",
     "欢迎", "welcomes", []),
    ("zh", "邀请缔约国和其他捐助方为审议机制的运作提供预算外资源；",
     "邀请", "invites", [SP, DON]),
    ("zh", "认识到民间社会参与预防腐败的重要性；",
     "认识到", "recognizes", []),
    ("zh", "还请秘书处汇编所收到的信息并通过专题网站提供这些信息；",
     "还请", "requests", [SEC]),
    ("zh", "强调必须确保审议进程透明、高效；",
     "强调", "stresses", []),
    ("zh", "促请联合国毒品和犯罪问题办公室和缔约国加强合作；",
     "促请", "calls upon", [UNODC, SP]),
    ("en", "Invites States parties and relevant United Nations entities to continue to promote the use "
           "of the Convention as a legal basis for extradition;",
     "Invites", "invites", [SP, OTH]),
    ("en", "Requests the Secretariat, in cooperation with relevant international and regional "
           "organizations, to organize regional workshops;",
     "Requests", "requests", [SEC]),
    ("en", "Urges all States that have not yet done so to consider ratifying or acceding to the "
           "Convention as a matter of priority;",
     "Urges", "urges", [SP]),
    ("en", "Encourages the Secretariat to continue its cooperation with the World Bank in the "
           "framework of the Stolen Asset Recovery Initiative;",
     "Encourages", "encourages", [SEC]),
    ("en", "Requests the Working Group on the Prevention of Corruption to continue to advise and "
           "assist the Conference;",
     "Requests", "requests", [WG]),
    ("en", "Decides that the Working Group on Asset Recovery shall continue its work and shall hold at "
           "least two meetings;",
     "Decides", "decides", [WG]),
    ("en", "Calls upon States parties, in accordance with their domestic legal systems, to take "
           "measures to protect reporting persons;",
     "Calls upon", "calls upon", [SP]),
    ("en", "Takes note of the report of the Secretariat on the implementation of resolution 6/4;",
     "Takes note", "takes note", []),
    ("en", "Acknowledges the role of parliaments in the prevention of corruption;",
     "Acknowledges", "acknowledges", []),
    ("en", "Authorizes the Secretariat to accept voluntary contributions for that purpose;",
     "Authorizes", "authorizes", [SEC]),
    ("en", "Commends the Government of Panama for its leadership;",
     "Commends", "commends", []),
    ("en", "Requests the Executive Director of the United Nations Office on Drugs and Crime to report "
           "to the Commission on Crime Prevention and Criminal Justice at its twenty-sixth session;",
     "Requests", "requests", [UNODC]),
    ("en", "Approves the provisional agenda for its eighth session;",
     "Approves", "approves", [CONF]),
    ("en", "Reaffirms its commitment to the full implementation of the Convention;",
     "Reaffirms", "reaffirms", []),
    ("fr", "Invite les États parties et les entités compétentes des Nations Unies à continuer de "
           "promouvoir l'utilisation de la Convention;",
     "Invite", "invites", [SP, OTH]),
    ("fr", "Prie le Secrétariat, en coopération avec les organisations internationales et régionales "
           "compétentes, d'organiser des ateliers régionaux;",
     "Prie", "requests", [SEC]),
    ("fr", "Prie le Groupe de travail sur la prévention de la corruption de continuer à conseiller la "
           "Conférence;",
     "Prie", "requests", [WG]),
    ("fr", "Décide que le Groupe de travail sur le recouvrement d'avoirs poursuivra ses travaux;",
     "Décide", "decides", [WG]),
    ("fr", "Autorise le Secrétariat à accepter des contributions volontaires à cette fin;",
     "Autorise", "authorizes", [SEC]),
    ("fr", "Approuve l'ordre du jour provisoire de sa huitième session;",
     "Approuve", "approves", [CONF]),
    ("es", "Invita a los Estados partes y a las entidades competentes de las Naciones Unidas a que "
           "sigan promoviendo el uso de la Convención;",
     "Invita", "invites", [SP, OTH]),
    ("es", "Solicita a la Secretaría que, en cooperación con las organizaciones internacionales y "
           "regionales competentes, organice talleres regionales;",
     "Solicita", "requests", [SEC]),
    ("es", "Solicita al Grupo de Trabajo sobre la Prevención de la Corrupción que siga asesorando a la "
           "Conferencia;",
     "Solicita", "requests", [WG]),
    ("es", "Autoriza a la Secretaría a aceptar contribuciones voluntarias con ese fin;",
     "Autoriza", "authorizes", [SEC]),
    ("es", "Aprueba el programa provisional de su octavo período de sesiones;",
     "Aprueba", "approves", [CONF]),
    ("ru", "предлагает государствам-участникам и соответствующим структурам Организации Объединенных "
           "Наций продолжать содействовать использованию Конвенции;",
     "предлагает", "invites", [SP, OTH]),
    ("ru", "просит Секретариат в сотрудничестве с соответствующими международными и региональными "
           "организациями организовать региональные семинары;",
     "просит", "requests", [SEC]),
    ("ru", "просит Рабочую группу по предупреждению коррупции продолжать консультировать Конференцию;",
     "просит", "requests", [WG]),
    ("ru", "уполномочивает Секретариат принимать добровольные взносы на эти цели;",
     "уполномочивает", "authorizes", [SEC]),
    ("ru", "утверждает предварительную повестку дня своей восьмой сессии;",
     "утверждает", "approves", [CONF]),
    ("ar", "يدعو الدول الأطراف وكيانات الأمم المتحدة المختصة إلى مواصلة الترويج لاستخدام الاتفاقية؛",
     "يدعو", "invites", [SP, OTH]),
    ("ar", "يطلب إلى الأمانة أن تنظم، بالتعاون مع المنظمات الدولية والإقليمية المختصة، حلقات عمل "
           "إقليمية؛",
     "يطلب", "requests", [SEC]),
    ("ar", "يطلب إلى الفريق العامل المعني بمنع الفساد أن يواصل إسداء المشورة إلى المؤتمر؛",
     "يطلب", "requests", [WG]),
    ("ar", "يأذن للأمانة بقبول التبرعات لذلك الغرض؛",
     "يأذن", "authorizes", [SEC]),
    ("ar", "يوافق على جدول الأعمال المؤقت لدورته الثامنة؛",
     "يوافق", "approves", [CONF]),
    ("zh", "邀请缔约国和联合国相关实体继续推动将《公约》作为引渡的法律依据；",
     "邀请", "invites", [SP, OTH]),
    ("zh", "请秘书处与相关国际组织和区域组织合作举办区域讲习班；",
     "请", "requests", [SEC]),
    ("zh", "请预防腐败问题工作组继续向缔约国会议提供咨询和协助；",
     "请", "requests", [WG]),
    ("zh", "授权秘书处为此目的接受自愿捐款；",
     "授权", "authorizes", [SEC]),
    ("zh", "核准其第八届会议临时议程；",
     "核准", "approves", [CONF]),
]

# fmt: on


@pytest.mark.parametrize(
    ("number", "text", "verb", "base", "addressees", "conditions", "report_to"),
    RESOLUTION_3_2,
    ids=[f"3/2 op {row[0]}" for row in RESOLUTION_3_2],
)
def test_resolution_3_2(number, text, verb, base, addressees, conditions, report_to):
    action = parse_action(text, "en")
    assert (action["verb"], action["verb_base"]) == (verb, base)
    assert action["addressees"] == addressees
    assert action["conditions"] == conditions
    assert action["report_to"] == report_to


def test_a_second_verb_clause_is_not_an_addressee_but_is_returned_as_its_own_clause():
    """3/2 op 5: ", and requests the Secretariat to report on such efforts to the working group"."""
    action = parse_action(RESOLUTION_3_2[4][1], "en")
    assert action["also"] == [
        {
            "verb": "requests",
            "verb_base": "requests",
            "addressees": [SEC],
            "conditions": [],
            "report_to": [duty(WG, None, "to the working group")],
            "text": "requests the Secretariat to report on such efforts to the working group",
        }
    ]


def test_a_second_clause_addressing_someone_else_keeps_the_main_addressee():
    """3/2 op 20: the Secretariat is requested, States parties are encouraged."""
    action = parse_action(RESOLUTION_3_2[19][1], "en")
    assert action["addressees"] == [SEC]
    assert [(entry["verb_base"], entry["addressees"]) for entry in action["also"]] == [("encourages", [SP])]
    assert action["also"][0]["text"].startswith("encourages States parties, in their capacity")


def test_infinitives_joined_by_and_are_not_new_clauses():
    """3/2 op 10 "… and report on those efforts" continues the request; op 13 "and to consider" too."""
    assert parse_action(RESOLUTION_3_2[9][1], "en")["also"] == []
    assert parse_action(RESOLUTION_3_2[12][1], "en")["also"] == []


@pytest.mark.parametrize(
    ("language", "text", "verb", "base", "addressees", "conditions", "report_to"),
    CORPUS,
    ids=[f"{row[0]}: {row[1][:40]}" for row in CORPUS],
)
def test_operative_paragraphs(language, text, verb, base, addressees, conditions, report_to):
    action = parse_action(text, language)
    assert (action["verb"], action["verb_base"]) == (verb, base)
    assert action["addressees"] == addressees
    assert action["conditions"] == conditions
    assert action["report_to"] == report_to


def test_accuracy_on_paragraphs_held_out_from_development():
    """The brief's aim: verbs right in 97 % of realistic paragraphs, addressees in 90 %, in every
    language."""
    for language in ("ar", "zh", "en", "fr", "ru", "es"):
        rows = [row for row in HELD_OUT if row[0] == language]
        assert len(rows) >= 8, language
        actions = [parse_action(text, language) for _, text, *_ in rows]
        verbs_right = sum(
            (action["verb"], action["verb_base"]) == (verb, base)
            for action, (_, _, verb, base, _) in zip(actions, rows, strict=True)
        )
        addressees_right = sum(
            action["addressees"] == addressees for action, (*_, addressees) in zip(actions, rows, strict=True)
        )
        assert verbs_right / len(rows) >= 0.97, language
        assert addressees_right / len(rows) >= 0.9, language


@pytest.mark.parametrize(
    ("language", "text", "also"),
    [
        ("fr", FRENCH[3][1], [("requests", [SEC])]),
        ("es", SPANISH[3][1], [("requests", [SEC])]),
        ("ru", RUSSIAN[3][1], [("requests", [SEC])]),
        ("ar", ARABIC[3][1], [("requests", [SEC])]),
        ("zh", CHINESE[3][1], [("requests", [SEC])]),
        (
            "ar",
            "يطلب إلى المدير التنفيذي مواصلة تيسير عملية تشاورية شاملة تقودها البلدان، ويشجع الحكومات على "
            "تعزيز الجهود في هذا المجال؛",
            [("encourages", [SP])],
        ),
        (
            "es",
            "Solicita a la Secretaría que siga prestando asistencia y alienta a los gobiernos a intensificar "
            "sus esfuerzos;",
            [("encourages", [SP])],
        ),
        (
            "en",
            "Welcomes the progress made, and invites donors to continue their support;",
            [("invites", [DON])],
        ),
        ("en", "Requests the Secretariat to respond to queries and requests from States parties;", []),
    ],
)
def test_later_clauses_in_every_language(language, text, also):
    action = parse_action(text, language)
    assert [(entry["verb_base"], entry["addressees"]) for entry in action["also"]] == also


def test_a_declarative_paragraph_has_duties_only_in_its_later_clauses():
    action = parse_action(
        "Welcomes the report submitted to the Conference at its seventh session, and requests the "
        "Secretariat, within existing resources, to report to the Conference at its eighth session;",
        "en",
    )
    assert action["addressees"] == []
    assert action["conditions"] == ["existing_resources"]
    assert action["report_to"] == [duty(CONF, "eighth", "to the Conference at its eighth session")]


# Verbs --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Also requests the Secretariat to …", ("Also requests", "requests")),
        ("en", "Calls on States parties to …", ("Calls on", "calls upon")),
        ("en", "Takes note with appreciation of the report", ("Takes note with appreciation", "takes note")),
        ("en", "Further strongly encourages States parties", ("Further strongly encourages", "encourages")),
        ("en", "5. Urgently appeals to donors to …", ("Urgently appeals", "appeals")),
        ("en", "  *Recognizes* the importance of …", ("Recognizes", "recognizes")),
        ("en", "To that end, invites States parties to …", ("invites", "invites")),
        ("en", "Requests for assistance were received from 12 States.", None),
        ("en", "Notes verbales were sent to all permanent missions.", None),
        ("en", "Mandates of the subsidiary bodies are set out in annex I.", None),
        ("en", "Decides", None),  # a heading, not a paragraph
        ("en", "The Conference decided to establish a working group.", None),
        ("en", "Recalling its resolution 3/2 of 13 November 2009,", None),
        ("fr", "Note verbale datée du 3 mars 2011", None),
        ("fr", "Demande d'informations sur les mesures prises", None),
        ("fr", "Réaffirme son attachement à la Convention", ("Réaffirme", "reaffirms")),
        ("fr", "Se félicite également des progrès accomplis", ("Se félicite également", "welcomes")),
        ("es", "Hace un llamamiento a los donantes", ("Hace un llamamiento", "appeals")),
        ("es", "Toma nota también del informe", ("Toma nota también", "takes note")),
        ("ru", "просит также Секретариат продолжать", ("просит также", "requests")),
        ("ru", "Настоятельно призывает все государства", ("Настоятельно призывает", "urges")),
        ("ru", "вновь подтверждает свою приверженность", ("вновь подтверждает", "reaffirms")),
        ("ru", "подтверждает свою приверженность", ("подтверждает", "affirms")),
        ("ru", "Особо подчеркивает важность", ("Особо подчеркивает", "emphasizes")),
        ("ar", "يطلب كذلك إلى الأمانة أن", ("يطلب كذلك", "requests")),
        ("ar", "يُرحّب بالتقدم المحرز", ("يُرحّب", "welcomes")),  # harakat printed
        ("ar", "يحيـط علمـاً بتقرير الأمانة", ("يحيـط علمـاً", "takes note")),  # tatweel printed
        ("ar", "5 - يحث الدول الأطراف على", ("يحث", "urges")),
        ("ar", "وإذ يشير إلى قراره 3/2،", None),  # preambular
        ("zh", "还请秘书处继续", ("还请", "requests")),
        ("zh", "表示注意到秘书处的报告", ("表示注意到", "takes note")),
        ("zh", "注意到秘书处的报告；", ("注意到", "notes")),
        ("zh", "注意到秘书处的报告，", None),  # a preambular paragraph ends with a comma
        ("zh", "再次吁请所有国家", ("再次吁请", "calls upon")),
        ("zh", "工作组的报告", None),
    ],
)
def test_verb_at_start(language, text, expected):
    assert verb_at_start(text, language) == expected


def test_every_printed_verb_is_recognised_with_its_base():
    for language, entries in VERBS.items():
        for printed, base, _ in entries:
            text = f"{printed}秘书处继续" if language == "zh" else f"{printed} the subject of the paragraph"
            assert verb_at_start(text, language) == (printed, base), (language, printed)


def test_operative_verbs_table_covers_the_six_languages_with_known_bases():
    assert set(OPERATIVE_VERBS) == {"ar", "zh", "en", "fr", "ru", "es"}
    for table in OPERATIVE_VERBS.values():
        assert len(table) >= 20
        assert set(table.values()) <= set(KINDS)
    assert (OPERATIVE_VERBS["fr"]["Prie"], OPERATIVE_VERBS["zh"]["请"]) == ("requests", "requests")


def test_unknown_language_is_refused_with_the_accepted_codes():
    with pytest.raises(ValueError, match="ar, zh, en, fr, ru, es"):
        parse_action("Requests the Secretariat", "de")
    assert parse_action("请秘书处继续", "zh-hans")["verb_base"] == "requests"


def test_text_without_an_operative_verb_still_reports_its_duties():
    action = parse_action("The Secretariat will report to the Conference, within existing resources.", "en")
    assert (action["verb"], action["verb_base"], action["addressees"]) == (None, None, [])
    assert action["conditions"] == ["existing_resources"]
    assert action["report_to"] == [duty(CONF, None, "to the Conference")]


# Addressees -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "addressees"),
    [
        # An inserted phrase that names someone else does not add an addressee.
        ("en", "Requests the Secretariat, in close cooperation with States parties, to continue …", [SEC]),
        ("en", "Appeals to Member States and the donor community to provide …", [SP, DON]),
        (
            "en",
            "Urges States parties to the Convention to cooperate with the Conference of the States Parties",
            [SP],
        ),
        (
            "en",
            "Requests the Secretariat to assist the working group and the Implementation Review Group",
            [SEC],
        ),
        ("en", "Decides that the ninth session of the Conference shall be held in Egypt", [CONF]),
        ("en", "Decides that States parties shall provide the Secretariat with the information", [SP]),
        (
            "en",
            "Decides that, in accordance with article 63 of the Convention, the working group shall meet",
            [WG],
        ),
        ("en", "Adopts the terms of reference of the Mechanism contained in the annex", [CONF]),
        ("en", "Encourages further efforts to strengthen cooperation", []),
        ("en", "Requests the Secretariat and UNODC field offices to assist States", [SEC, UNODC]),
        (
            "en",
            "Invites the Conference of the States Parties to the United Nations Convention against "
            "Corruption to consider …",
            [CONF],
        ),
        ("en", "Invites the United States and other States parties to share experience", [SP]),
        ("fr", "Invite l'Académie internationale de lutte contre la corruption à poursuivre", [OTH]),
        ("fr", "Prie le Secrétariat, en consultation avec les États parties, d'élaborer", [SEC]),
        ("fr", "Invite les États Membres de l'Organisation des Nations Unies à appuyer", [SP]),
        ("es", "Invita a los Estados partes interesados a que compartan", [SP]),
        (
            "ru",
            "призывает государства - участники Конвенции Организации Объединенных Наций против коррупции "
            "обеспечить",
            [SP],
        ),
        ("ru", "предлагает донорскому сообществу оказать поддержку", [DON]),
        ("ar", "يطلب إلى المدير التنفيذي مواصلة تيسير عملية تشاورية شاملة تقودها البلدان", [UNODC]),
        ("ar", "يقرر أن تواصل الأمانة جمع المعلومات", [SEC]),
        ("zh", "请秘书处协助工作组履行职能", [SEC]),
        ("zh", "请秘书处与相关国际组织合作举办讲习班", [SEC]),
        ("zh", "鼓励缔约国、秘书处和其他相关组织交流良好做法", [SP, SEC, OTH]),
    ],
)
def test_addressees(language, text, addressees):
    assert parse_action(text, language)["addressees"] == addressees


# Conditions ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "conditions"),
    [
        (
            "en",
            "Requests the Secretariat to continue its work from extrabudgetary resources",
            ["extrabudgetary"],
        ),
        (
            "en",
            "Requests the Secretariat, subject to the availability of resources, to …",
            ["extrabudgetary"],
        ),
        (
            "en",
            "Requests the Secretariat, in accordance with its mandate, to assist States at their request",
            ["mandate", "upon_request"],
        ),
        # Asking for money, the implementation of a mandate, and requests for assistance are no conditions.
        (
            "en",
            "Calls upon donors to provide extrabudgetary resources for the implementation of its mandate",
            [],
        ),
        ("en", "Requests the Secretariat to collect information on requests for assistance", []),
        (
            "en",
            "Requests the Secretariat, within available extrabudgetary resources, to …",
            ["extrabudgetary"],
        ),
        (
            "fr",
            "Prie le Secrétariat, dans le cadre de son mandat et à leur demande, d'aider",
            ["mandate", "upon_request"],
        ),
        (
            "es",
            "Solicita a la Secretaría que, en el marco de su mandato y cuando lo soliciten, preste",
            ["mandate", "upon_request"],
        ),
        (
            "ru",
            "просит Секретариат в рамках своего мандата и за счет внебюджетных ресурсов оказывать помощь",
            ["mandate", "extrabudgetary"],
        ),
        (
            "ar",
            "يطلب إلى الأمانة أن تقدم، في حدود ولايتها ورهنا بتوافر الموارد، المساعدة",
            ["mandate", "extrabudgetary"],
        ),
        ("zh", "请秘书处在其任务授权范围内，经请求继续提供援助", ["mandate", "upon_request"]),
        ("zh", "请秘书处利用预算外资源继续提供援助", ["extrabudgetary"]),
        ("en", "Welcomes the assistance provided by the Secretariat within existing resources", []),
    ],
)
def test_conditions(language, text, conditions):
    assert parse_action(text, language)["conditions"] == conditions


# Reporting duties -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "report_to"),
    [
        (
            "en",
            "Requests the Secretariat to report thereon to the Implementation Review Group at its resumed "
            "fourth session;",
            [duty(IRG, "resumed fourth", "to the Implementation Review Group at its resumed fourth session")],
        ),
        (
            "en",
            "Requests the Secretariat to report to the General Assembly at its seventy-fifth session;",
            [duty(GA, "seventy-fifth", "to the General Assembly at its seventy-fifth session")],
        ),
        # Helping a body, or a report addressed elsewhere, is no reporting duty.
        (
            "en",
            "Requests the Secretariat to report on progress and to provide assistance to the working group;",
            [],
        ),
        ("en", "Requests the Secretariat to disseminate the report presented to the Conference;", []),
        (
            "fr",
            "Prie le Secrétariat de rendre compte à l'Assemblée générale à sa soixante-dixième session ;",
            [duty(GA, "seventieth", "à l'Assemblée générale à sa soixante-dixième session")],
        ),
        (
            "fr",
            "Prie le Secrétariat de faire rapport à la Conférence à sa 9e session ;",
            [duty(CONF, "ninth", "à la Conférence à sa 9e session")],
        ),
        (
            "fr",
            "Prie le Secrétariat de faire rapport au Groupe d'examen de l'application à la reprise de sa "
            "quatrième session ;",
            [
                duty(
                    IRG,
                    "resumed fourth",
                    "au Groupe d'examen de l'application à la reprise de sa quatrième session",
                )
            ],
        ),
        (
            "es",
            "Solicita a la Secretaría que informe al respecto al Grupo de trabajo en su próximo período de "
            "sesiones;",
            [duty(WG, "next", "al Grupo de trabajo en su próximo período de sesiones")],
        ),
        (
            "ru",
            "просит Секретариат доложить Конференции на ее следующей сессии;",
            [duty(CONF, "next", "Конференции на ее следующей сессии")],
        ),
        ("ru", "просит Секретариат оказывать помощь рабочей группе;", []),
        (
            "ar",
            "يطلب إلى الأمانة أن تقدم إلى المؤتمر في دورته العاشرة تقريرا عن ذلك؛",
            [duty(CONF, "tenth", "إلى المؤتمر في دورته العاشرة")],
        ),
        ("ar", "يطلب إلى الأمانة أن تقدم الدعم إلى الفريق العامل؛", []),
        # The addressee of a request is not where a report goes: "يطلب إلى الأمانة أن تقدم تقريرا".
        ("ar", "يطلب إلى الأمانة أن تقدم تقريرا عن ذلك؛", []),
        (
            "zh",
            "请秘书处在缔约国会议第十一届会议上报告本决议的执行情况；",
            [duty(CONF, "eleventh", "在缔约国会议第十一届会议")],
        ),
        ("zh", "请秘书处将报告提交缔约国会议下一届会议；", [duty(CONF, "next", "提交缔约国会议下一届会议")]),
        ("zh", "请秘书处向工作组提供协助；", []),
    ],
)
def test_report_to(language, text, report_to):
    assert parse_action(text, language)["report_to"] == report_to


def test_ordinals_of_every_language_cover_sessions_1_to_99():
    for language in ("en", "fr", "es", "ru", "ar"):
        assert set(ORDINAL_WORDS[language].values()) == set(range(1, 100)), language
    assert [english_ordinal(n) for n in (1, 12, 20, 21, 75, 99)] == [
        "first", "twelfth", "twentieth", "twenty-first", "seventy-fifth", "ninety-ninth",
    ]  # fmt: skip
    with pytest.raises(ValueError, match="100"):
        english_ordinal(100)


_REQUESTS = {
    "en": "Requests the Secretariat ", "fr": "Prie le Secrétariat ", "es": "Solicita a la Secretaría ",
    "ru": "просит Секретариат ", "ar": "يطلب إلى الأمانة ", "zh": "请秘书处继续工作，",
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "session"),
    [
        ("en", "to report to the Conference at its twenty-first session", "twenty-first"),
        ("fr", "de faire rapport à la Conférence à sa vingt et unième session", "twenty-first"),
        ("fr", "de faire rapport à la Conférence à sa soixante et onzième session", "seventy-first"),
        ("es", "que informe a la Conferencia en su decimotercer período de sesiones", "thirteenth"),
        ("es", "que informe a la Conferencia en su 8º período de sesiones", "eighth"),
        ("ru", "представить доклад Конференции на ее третьей сессии", "third"),
        ("ru", "представить доклад Конференции на ее 14-й сессии", "fourteenth"),
        ("ar", "وأن تقدم تقريرا إلى المؤتمر في دورته الحادية عشرة", "eleventh"),
        ("zh", "并向缔约国会议第十二届会议报告", "twelfth"),
    ],
)
def test_sessions_become_english_ordinals(language, text, session):
    report_to = parse_action(_REQUESTS[language] + text, language)["report_to"]
    assert [entry["session"] for entry in report_to] == [session]


# Recommendations in reports --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "verb", "base", "addressees"),
    [
        (
            "en",
            "The Working Group recommended that States parties continue to share information on good "
            "practices.",
            "recommended",
            "recommends",
            [SP],
        ),
        (
            "en",
            "The Conference may wish to consider requesting the Secretariat to continue gathering "
            "information, subject to the availability of extrabudgetary resources.",
            "may wish to consider requesting",
            "requests",
            [SEC],
        ),
        (
            "en",
            "The Conference may wish to consider the establishment of a working group on this issue.",
            "may wish to consider",
            "recommends",
            [CONF],
        ),
        (
            "en",
            "The Working Group may wish to recommend that the Conference request the Secretariat to act.",
            "may wish to recommend",
            "recommends",
            [CONF],
        ),
        (
            "en",
            "It was recommended that the Secretariat continue to update the thematic website.",
            "It was recommended",
            "recommends",
            [SEC],
        ),
        (
            "en",
            "States parties are encouraged to designate focal points for asset recovery.",
            "are encouraged to",
            "encourages",
            [SP],
        ),
        (
            "fr",
            "Le Groupe de travail a recommandé que les États parties continuent d'échanger des informations.",
            "a recommandé",
            "recommends",
            [SP],
        ),
        (
            "fr",
            "La Conférence voudra peut-être envisager de prier le Secrétariat de poursuivre ses travaux.",
            "voudra peut-être envisager de prier",
            "requests",
            [SEC],
        ),
        (
            "fr",
            "Les États parties sont encouragés à désigner des points de contact.",
            "sont encouragés à",
            "encourages",
            [SP],
        ),
        (
            "es",
            "El Grupo de trabajo recomendó que los Estados partes siguieran intercambiando información.",
            "recomendó",
            "recommends",
            [SP],
        ),
        (
            "es",
            "La Conferencia tal vez desee considerar la posibilidad de solicitar a la Secretaría que siga "
            "reuniendo información.",
            "tal vez desee considerar la posibilidad de solicitar",
            "requests",
            [SEC],
        ),
        (
            "es",
            "Se alienta a los Estados partes a que designen coordinadores.",
            "Se alienta",
            "encourages",
            [SP],
        ),
        (
            "ru",
            "Рабочая группа рекомендовала государствам-участникам продолжать обмен информацией.",
            "рекомендовала",
            "recommends",
            [SP],
        ),
        (
            "ru",
            "Конференция, возможно, пожелает просить Секретариат продолжать сбор информации.",
            "возможно, пожелает просить",
            "requests",
            [SEC],
        ),
        ("ar", "أوصى الفريق العامل بأن تواصل الدول الأطراف تبادل المعلومات.", "أوصى", "recommends", [SP]),
        ("ar", "أوصى الفريق العامل الدول الأطراف بأن تعين جهات اتصال.", "أوصى", "recommends", [SP]),
        (
            "ar",
            "قد يود المؤتمر أن يطلب إلى الأمانة مواصلة جمع المعلومات.",
            "قد يود المؤتمر أن يطلب",
            "requests",
            [SEC],
        ),
        ("zh", "工作组建议缔约国继续交流信息。", "建议", "recommends", [SP]),
        ("zh", "缔约国会议不妨考虑请秘书处继续收集信息。", "不妨考虑请", "requests", [SEC]),
    ],
)
def test_recommendations(language, text, verb, base, addressees):
    recommendation = parse_recommendation(text, language)
    assert recommendation is not None
    assert (recommendation["verb"], recommendation["verb_base"]) == (verb, base)
    assert recommendation["addressees"] == addressees


def test_a_recommendation_carries_its_conditions_and_reporting_duty():
    recommendation = parse_recommendation(
        "The Conference may wish to consider requesting the Secretariat, within existing resources, to "
        "report to the Conference at its tenth session.",
        "en",
    )
    assert recommendation["conditions"] == ["existing_resources"]
    assert recommendation["report_to"] == [duty(CONF, "tenth", "to the Conference at its tenth session")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A total of 28 Member States had submitted such information by 27 May 2011."),
        ("en", "The Working Group adopted the following recommendations."),
        ("fr", "Le Secrétariat a reçu des informations de 40 États."),
        ("es", "La Secretaría recibió información de 40 Estados."),
        ("ru", "Секретариат получил информацию от 40 государств."),
        ("ar", "تلقت الأمانة معلومات من 40 دولة."),
        ("zh", "工作组通过了以下建议。"),
    ],
)
def test_text_that_recommends_nothing(language, text):
    assert parse_recommendation(text, language) is None


# Folding and robustness ------------------------------------------------------------------------------------


def test_folding_keeps_where_every_character_came_from():
    folded = fold("  Prie  *instamment*\u00a0les États\u2011parties")
    assert folded.text == "prie instamment les etats-parties"
    start = folded.text.index("etats")
    assert folded.original_span(start, len(folded.text)) == "États\u2011parties"
    arabic = fold("يُطْلَبُ الأمـانة")
    assert arabic.text == "يطلب الامانة"
    assert arabic.original_span(0, 4) == "يُطْلَبُ"  # the harakat after the last letter come along


def test_printed_forms_survive_folding():
    """Non-breaking spaces and hyphens, emphasis marks and Arabic harakat change nothing but the print."""
    action = parse_action("просит\u00a0также Секретариат оказывать помощь государствам\u2011участникам", "ru")
    assert (action["verb"], action["addressees"]) == ("просит также", [SEC])
    action = parse_action("يَطْلُبُ إلى الأمَانَة أن تواصل", "ar")
    assert (action["verb"], action["addressees"]) == ("يَطْلُبُ", [SEC])
    action = parse_action("*Further decides* that the working group shall meet annually;", "en")
    assert (action["verb"], action["addressees"]) == ("Further decides", [WG])


def test_a_long_paragraph_is_parsed_quickly():
    text = RESOLUTION_3_2[13][1] * 20  # about 14,000 characters
    parse_action(text, "en")  # the lexicon is compiled once, before timing
    started = time.perf_counter()
    for _ in range(10):
        parse_action(text, "en")
    assert (time.perf_counter() - started) / 10 < 0.25


# Found by scoring the demo corpus: decision items open with an infinitive; "make it available to …"
# and "in its report to …" are reporting duties; a working group reports at its next *meeting*.
@pytest.mark.parametrize(
    ("text", "language", "verb", "base", "addressees"),
    [
        (
            "To request the Secretariat to organize the meetings in Vienna.",
            "en",
            "To request",
            "requests",
            ["Secretariat"],
        ),
        (
            "To accept with gratitude the offer of the Government of Qatar.",
            "en",
            "To accept with gratitude",
            "accepts",
            [],
        ),
        (
            "De prier le Secrétariat d'organiser les réunions à Vienne.",
            "fr",
            "De prier",
            "requests",
            ["Secretariat"],
        ),
        (
            "Solicitar a la Secretaría que organice las reuniones.",
            "es",
            "Solicitar",
            "requests",
            ["Secretariat"],
        ),
    ],
)
def test_decision_items_open_with_an_infinitive(text, language, verb, base, addressees):
    action = parse_action(text, language)
    assert (action["verb"], action["verb_base"], action["addressees"]) == (verb, base, addressees)


@pytest.mark.parametrize(
    ("text", "language", "body", "session"),
    [
        (
            "Requests the Secretariat to compile information and to make it available "
            "to the Working Group at its "
            "next meeting;",
            "en",
            "Working Group",
            "next",
        ),
        (
            "Requests the Secretariat to include information in its report "
            "to the Conference at its next session.",
            "en",
            "Conference",
            "next",
        ),
        (
            "Prie le Secrétariat de compiler les informations et de les mettre à la disposition "
            "du Groupe de travail "
            "à sa prochaine réunion ;",
            "fr",
            "Working Group",
            "next",
        ),
    ],
)
def test_more_ways_of_reporting(text, language, body, session):
    assert [(r["body"], r["session"]) for r in parse_action(text, language)["report_to"]] == [(body, session)]
