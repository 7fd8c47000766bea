"""Reporting duties: "… and to report thereon to the Conference at its eighth session".

A duty is a body the report goes to (``BODIES``, after the language's ``BODY_PREFIX`` — "to the",
"à la", "a la", "إلى", "向"; Russian puts the body in the dative with no preposition), optionally followed
by its session (``SESSION``, with the placeholder ``{ORD}`` for an ordinal word), and it only counts
next to a reporting verb (``CUES``): "to assist the working group" is no reporting duty.

``CUE_BEFORE`` is how far before the body (in characters) the reporting verb may stand;
``CUE_AFTER`` how far after it, for the languages that can put the verb last ("向工作组报告",
"إلى المؤتمر في دورته الثامنة تقريرا", "Конференции доклад").
"""

from __future__ import annotations

CONFERENCE = "Conference"
WORKING_GROUP = "Working Group"
IRG = "Implementation Review Group"
GENERAL_ASSEMBLY = "General Assembly"
ECOSOC = "Economic and Social Council"
COMMISSION = "Commission on Crime Prevention and Criminal Justice"
SECRETARIAT = "Secretariat"

BODIES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            r"conference(?: of (?:the )?states parties(?: to the"
            r" united nations convention against corruption)?)?",
            CONFERENCE,
        ),
        (
            r"(?:(?:interim|open-ended|intergovernmental|international)[ ,]+)*working groups?"
            r"(?: on (?:the )?(?:prevention of corruption|asset recovery))?",
            WORKING_GROUP,
        ),
        (r"implementation review group", IRG),
        (r"general assembly", GENERAL_ASSEMBLY),
        (r"economic and social council", ECOSOC),
        (r"commission on crime prevention and criminal justice|commission", COMMISSION),
        (r"secretariat|secretary-general", SECRETARIAT),
        (r"it", CONFERENCE),  # "to report to it at its next session": the resolution's author
    ),
    "fr": (
        (
            r"conférence(?: des états parties(?: à la convention des nations unies contre la corruption)?)?",
            CONFERENCE,
        ),
        (
            r"groupes? de travail(?: intergouvernemental)?(?: à composition non limitée)?"
            r"(?: sur (?:la prévention de la corruption|le recouvrement d'avoirs))?",
            WORKING_GROUP,
        ),
        (r"groupe d'examen de l'application", IRG),
        (r"assemblée générale", GENERAL_ASSEMBLY),
        (r"conseil économique et social", ECOSOC),
        (r"commission(?: pour la prévention du crime et la justice pénale)?", COMMISSION),
        (r"secrétariat|secrétaire générale?", SECRETARIAT),
    ),
    "es": (
        (
            r"conferencia(?: de los estados partes(?: en la convención"
            r" de las naciones unidas contra la corrupción)?)?",
            CONFERENCE,
        ),
        (
            r"grupos? de trabajo(?: intergubernamental)?(?: de composición abierta)?"
            r"(?: sobre (?:la prevención de la corrupción|recuperación de activos))?",
            WORKING_GROUP,
        ),
        (r"grupo de examen de la aplicación", IRG),
        (r"asamblea general", GENERAL_ASSEMBLY),
        (r"consejo económico y social", ECOSOC),
        (r"comisión(?: de prevención del delito y justicia penal)?", COMMISSION),
        (r"secretaría|secretari[oa] general", SECRETARIAT),
    ),
    # Dative forms only: "доклад Конференции" in the genitive is the Conference's report, not one to it;
    # "Конференции" is both, and a reporting verb next to it decides.
    "ru": (
        (
            r"конференции(?: государств\s*-\s*участников(?: конвенции организации объединенных наций против "
            r"коррупции)?)?",
            CONFERENCE,
        ),
        (
            r"(?:(?:межправительственн\w*|временн\w*)\s+)*рабоч\w* групп(?:е|ам)(?: открытого состава)?"
            r"(?: по (?:предупреждению коррупции|возвращению активов))?",
            WORKING_GROUP,
        ),
        (r"группе по обзору хода осуществления", IRG),
        (r"генеральной ассамблее", GENERAL_ASSEMBLY),
        (r"экономическому и социальному совету", ECOSOC),
        (r"комиссии по предупреждению преступности и уголовному правосудию", COMMISSION),
        (r"секретариату|генеральному секретарю", SECRETARIAT),
    ),
    "ar": (
        (r"(?:ال)?مؤتمر(?: الدول الأطراف(?: في اتفاقية الأمم المتحدة لمكافحة الفساد)?)?", CONFERENCE),
        (
            r"الفريق العامل(?: الحكومي الدولي)?(?: المفتوح"
            r" العضوية)?(?: المعني ب(?:منع الفساد|استرداد الموجودات))?"
            r"|الفريقين العاملين|الأفرقة العاملة",
            WORKING_GROUP,
        ),
        (r"فريق استعراض التنفيذ", IRG),
        (r"الجمعية العامة", GENERAL_ASSEMBLY),
        (r"المجلس الاقتصادي والاجتماعي", ECOSOC),
        (r"لجنة منع الجريمة والعدالة الجنائية", COMMISSION),
        (r"الأمانة|الأمين العام", SECRETARIAT),
    ),
    "zh": (
        (r"缔约国会议", CONFERENCE),
        (
            r"(?:预防腐败问题|资产追回|资产追回问题)?(?:不限成员名额)?(?:临时)?(?:政府间)?(?:临时)?工作组",
            WORKING_GROUP,
        ),
        (r"实施情况审议组", IRG),
        (r"大会", GENERAL_ASSEMBLY),
        (r"经济及社会理事会", ECOSOC),
        (r"预防犯罪和刑事司法委员会", COMMISSION),
        (r"秘书处|秘书长", SECRETARIAT),
    ),
}

BODY_PREFIX: dict[str, str] = {
    "en": r"(?<!\w)(?:to|before)\s+(?:the\s+)?",
    "fr": r"(?<!\w)(?:à|au|aux|devant|(?<=disposition )du|(?<=disposition )de\s+la)\s*(?:la\s+|l'|les\s+)?",
    "es": r"(?<!\w)(?:a|al|ante|(?<=disposición )del|(?<=disposición )de\s+la)\s+(?:la\s+|el\s+|los\s+)?",
    "ru": r"(?<!\w)",
    "ar": r"(?<!\w)(?:إلى|أمام)\s+",
    "zh": r"(?:向|提交给|提交|在)",
}

# Groups: ``res1``/``res2`` "resumed" before or after the ordinal, ``ord`` the ordinal, ``nxt`` "next".
SESSION: dict[str, str] = {
    "en": (
        r"(?:\s*,)?\s+(?:at|during)\s+(?:its|the|their)\s+(?:(?P<res1>resumed)\s+)?"
        r"(?:(?P<ord>{ORD}|\d{{1,2}}(?:st|nd|rd|th))|(?P<nxt>next|forthcoming|following|upcoming|subsequent))"
        r"\s+(?:regular\s+|ordinary\s+)?(?:sessions?|meetings?)(?:\s*\(?(?P<res2>resumed)\)?)?"
    ),
    "fr": (
        r"(?:\s*,)?\s+(?:à|lors de)\s+(?:(?P<res1>la reprise de)\s+)?(?:sa|la|leur)\s+"
        r"(?:(?P<ord>{ORD}|\d{{1,2}}(?:e|ème|er|re))\s+(?:session|réunion)(?:\s+(?P<res2>reprise))?"
        r"|(?P<nxt>prochaine)\s+(?:session|réunion)|(?:session|réunion)\s+(?P<nxt2>suivante|prochaine))"
    ),
    "es": (
        r"(?:\s*,)?\s+en\s+(?:(?P<res1>la continuación de)\s+)?(?:su|el|la)\s+"
        r"(?:(?P<ord>{ORD}|\d{{1,2}}\.?[oºa]?)|(?P<nxt>próximo|próxima|siguiente))\s+"
        r"(?:período\s+de\s+sesiones|reunión)"
    ),
    "ru": (
        r"(?:\s*,)?\s+на\s+(?:ее|его|своей|их)\s+(?:(?P<res1>возобновленн\w+)\s+)?"
        r"(?:(?P<ord>{ORD}|\d{{1,2}}\s*-?\s*(?:й|ой|ая|ую|м))|(?P<nxt>следующ\w+|очередн\w+))\s+сесси\w*"
    ),
    "ar": (
        r"\s+في\s+(?:دورته|دورتها|دورتيه|الدورة)\s+"
        r"(?:(?P<ord>{ORD}|\d{{1,2}})(?:\s+(?P<res2>المستأنفة))?|(?P<nxt>المقبلة|القادمة|التالية))"
    ),
    "zh": r"(?:第(?P<ord>[0-9零〇一二两三四五六七八九十]+)届(?:会议)?(?P<res2>续会)?"
    r"|(?P<nxt>下一?届)(?:会议)?)",
}

CUES: dict[str, str] = {
    "en": (
        r"(?<!\w)(?:(?:to|and|shall|should|will|would|must|also|further|regularly|periodically|annually"
        r"|then)\s+(?:(?:also|further|regularly|periodically|annually|then|continue\s+to)\s+)?"
        r"(?:report|submit|present|inform|brief|keep)|reports?\s+thereon|submits?"
        r"|make\s+(?:it|them|this|that|such\s+\w+)\s+available|in\s+(?:its|their)\s+reports?)(?!\w)"
    ),
    "fr": (
        r"(?<!\w)(?:faire\s+rapport|fasse\s+rapport|fera\s+rapport|feront\s+rapport|rendre\s+compte"
        r"|rende\s+compte|rendra\s+compte|présenter|présentera|présenteront|soumettre|soumette|soumettra"
        r"|informer|tenir\s+informée?s?|(?<!la\s)présente|mettre\s+à\s+la\s+disposition"
        r"|(?:les|le|la)\s+mettre\s+à\s+la\s+disposition|dans\s+(?:son|leur)\s+rapport)(?!\w)"
    ),
    "es": (
        r"(?<!\w)(?:que\s+(?:le\s+|la\s+|lo\s+|les\s+)?(?:informe|informen|presente|presenten|rinda|rindan"
        r"|someta|sometan|dé\s+cuenta|den\s+cuenta)|informar|presentar|rendir\s+informe|someter|dar\s+cuenta"
        r"|informe\s+al\s+respecto|presentará|informará|y\s+(?:le\s+|la\s+)?(?:informe|presente|informen"
        r"|presenten)|(?:lo|la|los|las)?\s*(?:ponga|pongan|poner)\s+a\s+disposición)(?!\w)"
    ),
    "ru": (
        r"(?<!\w)(?:представ(?:ить|лять|ит|ят|ляет|ляют)|доложить|докладывать|доложит|сообщ(?:ить|ать|ит)"
        r"|информировать|отчитаться|отчитываться)(?!\w)"
    ),
    "ar": r"(?<!\w)[وفبل]?(?:تقرير\w*|تقارير\w*|تبلغ|يبلغ|إبلاغ|تطلع|يطلع|إطلاع)(?!\w)",
    "zh": r"报告|汇报|通报|提交|提出",
}

CUE_BEFORE: dict[str, int] = {"en": 160, "fr": 160, "es": 160, "ru": 120, "ar": 120, "zh": 0}
CUE_AFTER: dict[str, int] = {"en": 0, "fr": 0, "es": 0, "ru": 40, "ar": 60, "zh": 25}

#: What in the text between a reporting verb and a body shows that the body belongs to another action
#: ("to report on progress and to provide assistance to the working group").
CUE_BLOCKERS: dict[str, str] = {
    "en": r";|(?<!\w)to (?!(?:the|its|their|it|this|that|these|those|all|a|an|date)\b)[a-z]+",
    "fr": r";|(?<!\w)et (?:de|d'|à) ",
    "es": r";|(?<!\w)y (?:a|de|que) ",
    "ru": r";",
    "ar": r";",
    "zh": r";",
}
