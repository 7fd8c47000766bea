"""Operative verbs of United Nations resolutions in the six languages, with their English base form.

``VERBS[language]`` lists ``(printed form, English base, pattern or None)``; without a pattern the
printed form itself is matched. Several printed forms share a base: UN translators render one English
verb by different verbs in different resolutions (French "Engage" and "Encourage" both for
*Encourages*), and the base is read off the verb that is printed, not guessed from an English original.

``KINDS`` says how each base names who acts:

- ``object``: its direct object is the addressee ("Requests the Secretariat to …");
- ``decision``: the Conference decides; a that-clause names who is to act ("Decides that the working
  group shall …"), otherwise the Conference itself acts ("Decides to establish …");
- ``conference``: the Conference acts by adopting, approving or endorsing something;
- ``declarative``: a statement (notes, welcomes, stresses …) that addresses nobody.
"""

from __future__ import annotations

KINDS: dict[str, str] = {
    **dict.fromkeys(
        ("requests", "urges", "calls upon", "encourages", "invites", "appeals", "authorizes",
         "mandates", "recommends", "calls for", "reminds"),
        "object",
    ),
    **dict.fromkeys(("decides", "agrees", "resolves"), "decision"),
    "accepts": "declarative",
    **dict.fromkeys(("adopts", "approves", "endorses"), "conference"),
    **dict.fromkeys(
        ("notes", "takes note", "welcomes", "recognizes", "stresses", "reaffirms", "emphasizes",
         "acknowledges", "expresses", "commends", "affirms", "reiterates", "underlines", "supports",
         "appreciates", "recalls", "considers", "declares", "condemns", "regrets", "deplores",
         "thanks", "congratulates", "highlights", "confirms", "draws attention", "looks forward"),
        "declarative",
    ),
}  # fmt: skip

#: The bases whose direct object is so reliably the addressee that an unknown proper name there is an
#: addressee too ("Invites the International Anti-Corruption Academy to …" → "other").
NAMES_ANY_ADDRESSEE = frozenset(
    {"requests", "urges", "calls upon", "encourages", "invites", "appeals", "authorizes", "mandates"}
)

VERBS: dict[str, tuple[tuple[str, str, str | None], ...]] = {
    "en": (
        # Items of a decision ("The Conference decided: (a) To request the Secretariat …").
        ("To request", "requests", None),
        ("To invite", "invites", None),
        ("To encourage", "encourages", None),
        ("To urge", "urges", None),
        ("To accept", "accepts", None),
        ("To adopt", "adopts", None),
        ("To approve", "approves", None),
        ("To endorse", "endorses", None),
        ("To take note", "takes note", None),
        ("To welcome", "welcomes", None),
        ("Requests", "requests", None),
        ("Decides", "decides", None),
        ("Urges", "urges", None),
        ("Calls upon", "calls upon", None),
        ("Calls on", "calls upon", None),
        ("Calls for", "calls for", None),
        ("Encourages", "encourages", None),
        ("Invites", "invites", None),
        ("Appeals", "appeals", None),
        ("Authorizes", "authorizes", r"authori[sz]es"),
        ("Mandates", "mandates", None),
        ("Entrusts", "mandates", None),
        ("Instructs", "mandates", None),
        ("Recommends", "recommends", None),
        ("Reminds", "reminds", None),
        ("Agrees", "agrees", None),
        ("Resolves", "resolves", None),
        ("Adopts", "adopts", None),
        ("Approves", "approves", None),
        ("Endorses", "endorses", None),
        ("Takes note", "takes note", r"takes (?:(?:also|further|duly) )?note"),
        ("Notes", "notes", None),
        ("Welcomes", "welcomes", None),
        ("Recognizes", "recognizes", r"recogni[sz]es"),
        ("Stresses", "stresses", None),
        ("Reaffirms", "reaffirms", None),
        ("Affirms", "affirms", None),
        ("Reiterates", "reiterates", None),
        ("Emphasizes", "emphasizes", r"emphasi[sz]es"),
        ("Underlines", "underlines", r"underlines|underscores"),
        ("Highlights", "highlights", None),
        ("Acknowledges", "acknowledges", None),
        ("Expresses", "expresses", None),
        ("Commends", "commends", None),
        ("Pays tribute", "commends", None),
        ("Congratulates", "congratulates", None),
        ("Thanks", "thanks", None),
        ("Supports", "supports", None),
        ("Appreciates", "appreciates", None),
        ("Recalls", "recalls", None),
        ("Considers", "considers", None),
        ("Declares", "declares", None),
        ("Condemns", "condemns", None),
        ("Regrets", "regrets", None),
        ("Deplores", "deplores", None),
        ("Confirms", "confirms", None),
        ("Draws attention", "draws attention", None),
        ("Looks forward", "looks forward", None),
    ),
    "fr": (
        ("De prier", "requests", r"de prier"),
        ("D'inviter", "invites", r"d['’]inviter"),
        ("D'encourager", "encourages", r"d['’]encourager"),
        ("D'accepter", "accepts", r"d['’]accepter"),
        ("D'adopter", "adopts", r"d['’]adopter"),
        ("D'approuver", "approves", r"d['’]approuver"),
        ("De prendre note", "takes note", r"de prendre note"),
        ("Prie", "requests", None),
        ("Prie instamment", "urges", r"prie (?:(?:également|aussi|en outre|de nouveau) )?instamment"),
        ("Demande instamment", "urges", r"demande (?:(?:également|aussi|en outre|de nouveau) )?instamment"),
        ("Demande", "calls upon", None),
        ("Décide", "decides", None),
        ("Exhorte", "urges", None),
        ("Engage", "encourages", None),
        ("Encourage", "encourages", None),
        ("Invite", "invites", None),
        ("Lance un appel", "appeals", None),
        ("Autorise", "authorizes", None),
        ("Charge", "mandates", None),
        ("Recommande", "recommends", None),
        ("Rappelle", "recalls", None),
        ("Convient", "agrees", None),
        ("Adopte", "adopts", None),
        ("Approuve", "approves", None),
        ("Fait sienne", "endorses", r"fait (?:siennes?|siens?)"),
        ("Entérine", "endorses", None),
        ("Souscrit", "endorses", None),
        (
            "Prend note",
            "takes note",
            r"prend (?:(?:également|aussi|en outre|de nouveau|dûment) )?(?:note|acte)",
        ),
        ("Note", "notes", None),
        ("Constate", "notes", None),
        ("Se félicite", "welcomes", r"se félicite"),
        ("Salue", "welcomes", None),
        (
            "Accueille avec satisfaction",
            "welcomes",
            r"accueille (?:(?:également|aussi|en outre) )?avec satisfaction",
        ),
        ("Reconnaît", "recognizes", None),
        ("Souligne", "stresses", None),
        ("Insiste", "emphasizes", None),
        ("Met l'accent", "emphasizes", None),
        ("Réaffirme", "reaffirms", None),
        ("Affirme", "affirms", None),
        ("Réitère", "reiterates", None),
        ("Exprime", "expresses", None),
        ("Sait gré", "expresses", None),
        ("Félicite", "commends", None),
        ("Rend hommage", "commends", None),
        ("Remercie", "thanks", None),
        ("Appuie", "supports", None),
        ("Considère", "considers", None),
        ("Estime", "considers", None),
        ("Déclare", "declares", None),
        ("Condamne", "condemns", None),
        ("Regrette", "regrets", None),
        ("Déplore", "deplores", None),
        ("Confirme", "confirms", None),
    ),
    "es": (
        ("Solicitar", "requests", None),
        ("Pedir", "requests", None),
        ("Invitar", "invites", None),
        ("Alentar", "encourages", None),
        ("Aceptar", "accepts", None),
        ("Aprobar", "approves", None),
        ("Tomar nota", "takes note", None),
        ("Solicita", "requests", None),
        ("Pide", "requests", None),
        ("Decide", "decides", None),
        ("Insta", "urges", None),
        ("Exhorta", "calls upon", None),
        ("Alienta", "encourages", None),
        ("Anima", "encourages", None),
        ("Invita", "invites", None),
        ("Hace un llamamiento", "appeals", None),
        ("Autoriza", "authorizes", None),
        ("Encomienda", "mandates", None),
        ("Encarga", "mandates", None),
        ("Recomienda", "recommends", None),
        ("Recuerda", "recalls", None),
        ("Conviene", "agrees", None),
        ("Adopta", "adopts", None),
        ("Aprueba", "approves", None),
        ("Hace suyo", "endorses", r"hace (?:suy[oa]s?)"),
        ("Respalda", "endorses", None),
        ("Toma nota", "takes note", r"toma (?:(?:también|además|asimismo|debida) )?nota"),
        ("Observa", "notes", None),
        ("Señala", "notes", None),
        (
            "Acoge con beneplácito",
            "welcomes",
            r"acoge (?:(?:también|además|asimismo|complacida)"
            r" )?con (?:beneplácito|satisfacción|agrado|aprecio)",
        ),
        ("Celebra", "welcomes", None),
        ("Reconoce", "recognizes", None),
        ("Destaca", "stresses", None),
        ("Subraya", "stresses", None),
        ("Pone de relieve", "emphasizes", None),
        ("Recalca", "emphasizes", None),
        ("Hace hincapié", "emphasizes", None),
        ("Reafirma", "reaffirms", None),
        ("Afirma", "affirms", None),
        ("Reitera", "reiterates", None),
        ("Expresa", "expresses", None),
        ("Encomia", "commends", None),
        ("Elogia", "commends", None),
        ("Felicita", "commends", None),
        ("Agradece", "thanks", None),
        ("Apoya", "supports", None),
        ("Considera", "considers", None),
        ("Declara", "declares", None),
        ("Condena", "condemns", None),
        ("Lamenta", "regrets", None),
        ("Deplora", "deplores", None),
        ("Confirma", "confirms", None),
    ),
    "ru": (
        ("Просит", "requests", None),
        ("Постановляет", "decides", None),
        ("Настоятельно призывает", "urges", None),
        ("Призывает", "calls upon", None),
        ("Предлагает", "invites", None),
        ("Рекомендует", "recommends", None),
        ("Поощряет", "encourages", None),
        ("Обращается с призывом", "appeals", None),
        ("Уполномочивает", "authorizes", None),
        ("Поручает", "mandates", None),
        ("Напоминает", "recalls", None),
        ("Соглашается", "agrees", None),
        ("Принимает к сведению", "takes note", r"принимает (?:(?:также|далее|должным образом) )?к сведению"),
        ("Принимает", "adopts", None),
        ("Утверждает", "approves", None),
        ("Одобряет", "endorses", None),
        ("Приветствует", "welcomes", None),
        ("Вновь подтверждает", "reaffirms", None),
        ("Подтверждает", "affirms", None),
        ("Особо подчеркивает", "emphasizes", None),
        ("Подчеркивает", "stresses", None),
        ("Признает", "recognizes", None),
        ("Отмечает", "notes", None),
        ("Выражает", "expresses", None),
        ("Высоко оценивает", "commends", None),
        ("Воздает должное", "commends", None),
        ("Благодарит", "thanks", None),
        ("Поддерживает", "supports", None),
        ("Считает", "considers", None),
        ("Заявляет", "declares", None),
        ("Осуждает", "condemns", None),
        ("Сожалеет", "regrets", None),
        ("Вновь заявляет", "reiterates", None),
    ),
    "ar": (
        ("يطلب", "requests", None),
        ("يقرر", "decides", None),
        ("يحث", "urges", None),
        ("يهيب", "calls upon", None),
        ("يدعو", "invites", None),
        ("يناشد", "appeals", None),
        ("يشجع", "encourages", None),
        ("يأذن", "authorizes", None),
        ("يخول", "authorizes", None),
        ("يكلف", "mandates", None),
        ("يوصي", "recommends", None),
        ("يذكر", "reminds", None),
        ("يوافق", "approves", None),
        ("يعتمد", "adopts", None),
        ("يؤيد", "endorses", None),
        ("يحيط علما", "takes note", r"يحيط (?:(?:أيضا|كذلك) )?علما"),
        ("يلاحظ", "notes", None),
        ("يرحب", "welcomes", None),
        ("يسلم", "recognizes", None),
        ("يدرك", "recognizes", None),
        ("يشدد", "stresses", None),
        ("يؤكد من جديد", "reaffirms", None),
        ("يعيد تأكيد", "reaffirms", None),
        ("يؤكد", "emphasizes", None),
        ("يقر", "acknowledges", None),
        ("يعترف", "acknowledges", None),
        ("يعرب", "expresses", None),
        ("يثني", "commends", None),
        ("يشيد", "commends", None),
        ("يشكر", "thanks", None),
        ("يكرر", "reiterates", None),
        ("يدعم", "supports", None),
        ("يعتبر", "considers", None),
        ("يعلن", "declares", None),
        ("يدين", "condemns", None),
        ("يأسف", "regrets", None),
    ),
    "zh": (
        ("请", "requests", None),
        ("请求", "requests", None),
        ("要求", "requests", None),
        ("决定", "decides", None),
        ("敦促", "urges", None),
        ("促请", "calls upon", None),
        ("吁请", "calls upon", None),
        ("呼吁", "appeals", None),
        ("鼓励", "encourages", None),
        ("邀请", "invites", None),
        ("授权", "authorizes", None),
        ("责成", "mandates", None),
        ("建议", "recommends", None),
        ("同意", "agrees", None),
        ("通过", "adopts", None),
        ("核准", "approves", None),
        ("批准", "approves", None),
        ("核可", "endorses", None),
        ("赞同", "endorses", None),
        ("认可", "endorses", None),
        ("表示注意到", "takes note", None),
        ("赞赏地注意到", "takes note", None),
        ("满意地注意到", "notes", None),
        ("关切地注意到", "notes", None),
        ("注意到", "notes", None),
        ("欢迎", "welcomes", None),
        ("确认", "recognizes", None),
        ("认识到", "recognizes", None),
        ("承认", "acknowledges", None),
        ("强调", "stresses", None),
        ("着重指出", "emphasizes", None),
        ("重申", "reaffirms", None),
        ("申明", "affirms", None),
        ("表示", "expresses", None),
        ("赞扬", "commends", None),
        ("称赞", "commends", None),
        ("感谢", "thanks", None),
        ("支持", "supports", None),
        ("回顾", "recalls", None),
        ("宣布", "declares", None),
        ("谴责", "condemns", None),
    ),
}

#: Phrases that can open a paragraph before its verb and are not part of it: "In this regard, requests
#: the Secretariat …" has the verb "requests".
INTRODUCTIONS: dict[str, tuple[str, ...]] = {
    "en": ("in this regard", "in that regard", "to this end", "to that end", "in this context",
           "in that context", "in this respect", "in that respect", "for that purpose"),
    "fr": ("à cet égard", "à cette fin", "dans ce contexte", "dans ce cadre", "à ce propos"),
    "es": ("a este respecto", "a ese respecto", "a tal fin", "con ese fin", "con tal fin", "en este contexto",
           "en ese contexto", "en ese sentido"),
    "ru": ("в этой связи", "в связи с этим", "в этих целях", "с этой целью", "для этого"),
    "ar": ("وفي هذا الصدد", "في هذا الصدد", "ولهذه الغاية", "ولهذا الغرض", "وفي هذا السياق",
           "وتحقيقا لهذه الغاية"),
    "zh": ("在这方面", "在此方面", "为此"),
}  # fmt: skip

#: Adverbs printed before the verb ("Also requests", "настоятельно призывает", "又请").
PRE_ADVERBS: dict[str, tuple[str, ...]] = {
    "en": ("also", "further", "again", "once again", "once more", "strongly", "urgently", "kindly",
           "earnestly", "firmly", "warmly", "respectfully", "furthermore", "moreover", "in addition",
           "finally", "therefore", "accordingly", "hereby", "formally", "repeatedly", "duly"),
    "fr": ("également", "en outre", "de nouveau"),
    "es": ("también", "además", "asimismo", "nuevamente", "una vez más"),
    "ru": ("также", "далее", "вновь", "еще раз", "решительно", "настоятельно", "с удовлетворением",
           "с признательностью", "с благодарностью", "с обеспокоенностью", "с глубокой обеспокоенностью",
           "с озабоченностью", "с интересом", "особо", "неоднократно", "кроме того"),
    "ar": ("كما",),
    "zh": ("又", "还", "也", "亦", "并", "再次", "再", "进一步", "强烈", "大力", "紧急", "特别", "同时",
           "另外", "此外"),
}  # fmt: skip

_EN_MANNER = (
    r"with (?:(?:deep|great|grave|serious|particular|special|profound|sincere|keen|utmost) )*"
    r"(?:appreciation|satisfaction|concern|interest|gratitude|regret|alarm|approval)"
)
_FR_MANNER = (
    r"avec (?:une )?(?:(?:vive|grande|profonde|sincère|une) )*"
    r"(?:satisfaction|intérêt|préoccupation|inquiétude|appréciation|gratitude|reconnaissance|"
    r"force|regret|vive inquiétude)"
)
_ES_MANNER = (
    r"con (?:(?:profundo|profunda|sincero|sincera|gran|honda) )*"
    r"(?:aprecio|reconocimiento|satisfacción|preocupación|interés|agradecimiento|gratitud|"
    r"inquietud)"
)
_AR_MANNER = r"(?:مع (?:التقدير|الارتياح|القلق|الاهتمام|الامتنان)|بتقدير|بارتياح|بقلق|باهتمام|بامتنان)"

#: Adverbs and manner phrases printed after the verb ("Requests also", "Notes with appreciation",
#: "Prie en outre", "يحث بشدة").
POST_MODIFIERS: dict[str, tuple[str, ...]] = {
    "en": ("also", "further", "again", "once again", "strongly", "urgently", _EN_MANNER),
    "fr": ("également", "aussi", "en outre", "de nouveau", "à nouveau", "vivement", "fermement",
           "énergiquement", "encore", "une fois de plus", "une nouvelle fois", "résolument", "instamment",
           _FR_MANNER),
    "es": ("también", "además", "asimismo", "nuevamente", "una vez más", "de nuevo", "encarecidamente",
           "firmemente", "enérgicamente", "decididamente", _ES_MANNER),
    "ru": ("также", "далее", "вновь", "еще раз", "с удовлетворением", "с признательностью", "с интересом",
           "с обеспокоенностью"),
    "ar": ("أيضا", "كذلك", "مرة أخرى", "بشدة", "بقوة", "بحزم", "بإلحاح", "علاوة على ذلك", "فضلا عن ذلك",
           _AR_MANNER),
    "zh": (),
}  # fmt: skip

#: What "expresses" is printed with, and so belongs to the verb: "Expresses its appreciation".
EXPRESS_OBJECTS: dict[str, str] = {
    "en": (
        r"(?:its )?(?:(?:deep|deepest|sincere|profound|great|high|full|strong|warm) )*"
        r"(?:appreciation|gratitude|concern|thanks|support|satisfaction|condolences|regret|hope|"
        r"commitment|confidence)"
    ),
    "fr": (
        r"(?:sa|son|ses) (?:(?:profonde|sincère|sincères|vive|grande|profond|plein|entière|vifs) )*"
        r"(?:gratitude|satisfaction|reconnaissance|préoccupation|appréciation|inquiétude|appui|soutien|"
        r"remerciements|regret|espoir|attachement)"
    ),
    "es": (
        r"(?:su|sus) (?:(?:profundo|profunda|sincero|sincera|gran|pleno|plena|hondo|honda) )*"
        r"(?:reconocimiento|agradecimiento|aprecio|satisfacción|preocupación|gratitud|apoyo|"
        r"inquietud|esperanza|compromiso)"
    ),
    "ru": (
        r"(?:свою |свое |свои )?(?:(?:глубокую|искреннюю|серьезную|полную|решительную) )*"
        r"(?:признательность|благодарность|удовлетворение|обеспокоенность|озабоченность|поддержку|"
        r"сожаление|надежду|уверенность)"
    ),
    "ar": (
        r"عن (?:(?:عميق|بالغ|خالص) )?(?:تقديره|امتنانه|قلقه|ارتياحه|شكره|دعمه|تأييده|أسفه|أمله|"
        r"تقديرها|امتنانها|قلقها|شكرها)"
    ),
    "zh": r"(?:赞赏|感谢|关切|满意|支持|遗憾|希望|关注)",
}

#: A word after the verb that shows it is a noun ("Requests for assistance were …", "Notes verbales",
#: "Demande d'informations"), keyed by base: such a text does not open with an operative verb.
NOUN_READINGS: dict[str, dict[str, str]] = {
    "en": {
        "requests": r"(?:for|from|by|of|made|received|submitted|were|was|are|is|have|has|had|related|"
        r"relating|concerning|regarding|in)",
        "notes": r"(?:verbales?|were|was|are|is|have|has|by|of|on|from|for|to|in)",
        "appeals": r"(?:were|was|are|is|have|has|against|by|from|in|of|lodged)",
        "mandates": r"(?:of|were|was|are|is|have|has|given|for|by|in)",
        "calls for": r"(?:proposals|papers|applications|submissions|tenders)",
        "recalls": r"(?:of|were|was)",
        "thanks": r"(?:to)",
    },
    "fr": {
        "notes": r"(?:verbales?|de|du|d'|des|n°|no|d'information)",
        "calls upon": r"(?:d'|de|du|des|formulées?|reçues?|présentées?)",
        "mandates": r"(?:de travail|d'|de la|du|des|financières?|administratives?)",
    },
    "es": {"notes": r"(?:verbal|verbales)"},
    "ru": {},
    "ar": {},
    "zh": {},
}

#: What introduces a later verb clause of the same paragraph (", and requests the Secretariat to …").
SUBCLAUSE_LEADS: dict[str, tuple[str, ...]] = {
    "en": (r"(?<!\w)and\s+",),
    "fr": (r"(?<!\w)et\s+",),
    "es": (r"(?<!\w)[ye]\s+",),
    "ru": (r"(?<!\w)(?:и|а также)\s+",),
    "ar": (r"(?:(?<=\s)|(?<=[,;]))(?:و|كما\s+)",),
    "zh": (r"[,;]\s*(?:并且?|同时)", r"[,;]\s*(?=又|还|也)"),
}

# Recommendations in reports -------------------------------------------------------------------------

#: "may wish to (consider)": the Secretariat's recommendation to a body. The verb that follows, in its
#: non-finite form (``RECOMMENDATION_FORMS``), is the recommended action.
RECOMMENDATION_MODALS: dict[str, str] = {
    "en": (
        r"(?<!\w)(?:may|might) (?:also |further )?wish to (?:(?:further |also )?consider"
        r"(?: (?:the possibility of|whether to|ways to|ways of))?\s+)?"
    ),
    "fr": (
        r"(?<!\w)(?:voudra|voudront|pourrait|pourraient|souhaitera|souhaiteront)(?: peut-être)?"
        r"(?: (?:aussi|également))?\s+(?:(?:envisager|examiner)(?: la possibilité)?\s+(?:de\s+|d'))?"
    ),
    "es": (
        r"(?<!\w)(?:tal vez|quizá|quizás|acaso) (?:desee|deseen)(?: (?:también|asimismo))?\s+"
        r"(?:(?:considerar|examinar|estudiar) la posibilidad de\s+)?"
    ),
    "ru": (
        r"(?<!\w)возможно,?\s+пожела\w+(?:\s+(?:также|далее))?\s+"
        r"(?:(?:рассмотреть|изучить)\s+(?:вопрос о том,?\s+чтобы|возможность|вопрос о)\s+)?"
    ),
    "ar": (
        r"(?<!\w)(?:قد (?:يود|يرغب|تود|ترغب)(?P<subject>(?:\s+\S+){0,4}?)|لعل(?P<subject2>(?:\s+\S+){1,4}?)"
        r"\s+(?:يود|يرغب|تود|ترغب))\s+(?:في\s+)?أن\s+(?:(?:ينظر|تنظر) في\s+(?:أن\s+)?)?"
    ),
    "zh": r"不妨(?:考虑)?",
}

RECOMMENDATION_FORMS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"request(?:ing)?", "requests"),
        (r"urg(?:e|ing)", "urges"),
        (r"call(?:ing)? (?:up)?on", "calls upon"),
        (r"encourag(?:e|ing)", "encourages"),
        (r"invit(?:e|ing)", "invites"),
        (r"appeal(?:ing)?", "appeals"),
        (r"authori[sz](?:e|ing)", "authorizes"),
        (r"mandat(?:e|ing)", "mandates"),
        (r"recommend(?:ing)?", "recommends"),
        (r"decid(?:e|ing)", "decides"),
        (r"adopt(?:ing)?", "adopts"),
        (r"approv(?:e|ing)", "approves"),
        (r"endors(?:e|ing)", "endorses"),
        (r"tak(?:e|ing) note", "takes note"),
        (r"not(?:e|ing)", "notes"),
        (r"welcom(?:e|ing)", "welcomes"),
        (r"reaffirm(?:ing)?", "reaffirms"),
        (r"stress(?:ing)?", "stresses"),
        (r"emphasi[sz](?:e|ing)", "emphasizes"),
        (r"recogni[sz](?:e|ing)", "recognizes"),
        (r"acknowledg(?:e|ing)", "acknowledges"),
        (r"commend(?:ing)?", "commends"),
        (r"call(?:ing)? for", "calls for"),
    ),
    "fr": (
        (r"prier", "requests"),
        (r"demander instamment", "urges"),
        (r"demander", "calls upon"),
        (r"exhorter", "urges"),
        (r"encourager", "encourages"),
        (r"engager", "encourages"),
        (r"inviter", "invites"),
        (r"lancer un appel", "appeals"),
        (r"autoriser", "authorizes"),
        (r"charger", "mandates"),
        (r"recommander", "recommends"),
        (r"décider", "decides"),
        (r"adopter", "adopts"),
        (r"approuver", "approves"),
        (r"faire (?:siennes?|siens?)", "endorses"),
        (r"prendre (?:note|acte)", "takes note"),
        (r"se féliciter", "welcomes"),
        (r"saluer", "welcomes"),
        (r"souligner", "stresses"),
        (r"réaffirmer", "reaffirms"),
        (r"reconnaître", "recognizes"),
    ),
    "es": (
        (r"solicitar", "requests"),
        (r"pedir", "requests"),
        (r"instar", "urges"),
        (r"exhortar", "calls upon"),
        (r"alentar", "encourages"),
        (r"animar", "encourages"),
        (r"invitar", "invites"),
        (r"hacer un llamamiento", "appeals"),
        (r"autorizar", "authorizes"),
        (r"encomendar", "mandates"),
        (r"encargar", "mandates"),
        (r"recomendar", "recommends"),
        (r"decidir", "decides"),
        (r"adoptar", "adopts"),
        (r"aprobar", "approves"),
        (r"hacer suy[oa]s?", "endorses"),
        (r"tomar nota", "takes note"),
        (r"acoger con (?:beneplácito|satisfacción)", "welcomes"),
        (r"destacar", "stresses"),
        (r"subrayar", "stresses"),
        (r"reafirmar", "reaffirms"),
        (r"reconocer", "recognizes"),
    ),
    "ru": (
        (r"просить", "requests"),
        (r"настоятельно призвать|настоятельно призывать", "urges"),
        (r"призвать|призывать", "calls upon"),
        (r"предложить|предлагать", "invites"),
        (r"рекомендовать", "recommends"),
        (r"поощрить|поощрять", "encourages"),
        (r"поручить", "mandates"),
        (r"постановить", "decides"),
        (r"одобрить", "endorses"),
        (r"утвердить", "approves"),
        (r"уполномочить", "authorizes"),
        (r"принять к сведению", "takes note"),
        (r"приветствовать", "welcomes"),
        (r"подчеркнуть", "stresses"),
        (r"вновь подтвердить", "reaffirms"),
        (r"признать", "recognizes"),
        (r"обратиться с призывом", "appeals"),
        (r"принять", "adopts"),
    ),
    "ar": (
        (r"يطلب|تطلب|الطلب", "requests"),
        (r"يحث|تحث|حث", "urges"),
        (r"يهيب|تهيب", "calls upon"),
        (r"يدعو|تدعو|دعوة", "invites"),
        (r"يشجع|تشجع|تشجيع", "encourages"),
        (r"يناشد|مناشدة", "appeals"),
        (r"يوصي|توصي|التوصية", "recommends"),
        (r"يقرر|تقرر", "decides"),
        (r"يكلف|تكليف", "mandates"),
        (r"يأذن|الإذن", "authorizes"),
        (r"يعتمد|اعتماد", "adopts"),
        (r"يؤيد|تأييد", "endorses"),
        (r"يحيط علما|الإحاطة علما", "takes note"),
        (r"يرحب|الترحيب", "welcomes"),
    ),
    "zh": (
        (r"请", "requests"),
        (r"要求", "requests"),
        (r"敦促", "urges"),
        (r"促请|吁请", "calls upon"),
        (r"呼吁", "appeals"),
        (r"鼓励", "encourages"),
        (r"邀请", "invites"),
        (r"授权", "authorizes"),
        (r"责成", "mandates"),
        (r"建议", "recommends"),
        (r"决定", "decides"),
        (r"通过", "adopts"),
        (r"核可|赞同", "endorses"),
        (r"核准|批准", "approves"),
        (r"表示注意到|注意到", "takes note"),
        (r"欢迎", "welcomes"),
    ),
}

#: A body's recommendation reported in a report ("The Working Group recommended that …").
RECOMMENDATION_VERBS: dict[str, str] = {
    "en": (
        r"(?<!\w)(?:it (?:was|is) (?:also |further |strongly )?recommended"
        r"|(?:(?:also|further|strongly|unanimously) )?(?:recommended|recommends|recommend))(?!\w)"
    ),
    "fr": (
        r"(?<!\w)(?:il a été (?:également |aussi )?recommandé|(?:a|ont) (?:(?:également|aussi|en outre|"
        r"vivement) )?recommandé|recommande|recommandent)(?!\w)"
    ),
    "es": (
        r"(?<!\w)(?:se recomendó|se recomienda|(?:ha|han) recomendado|recomendó|recomendaron|recomienda|"
        r"recomiendan)(?:\s+(?:también|asimismo|además))?(?!\w)"
    ),
    "ru": (
        r"(?<!\w)(?:было (?:также )?рекомендовано|рекомендуется|(?:также )?рекомендовал\w*|рекомендует|"
        r"рекомендуют)(?!\w)"
    ),
    "ar": r"(?<!\w)(?:و?أوصى|و?أوصت|يوصي|توصي|و?أوصي)(?:\s+(?:أيضا|كذلك))?(?!\w)",
    "zh": r"(?:还|又|也|并)?建议",
}

#: "States parties are encouraged to …": the addressee is the subject, the verb its participle.
RECOMMENDATION_PASSIVES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"(?:is|are) (?:(?:also|further|strongly) )?encouraged to", "encourages"),
        (r"(?:is|are) (?:(?:also|further) )?invited to", "invites"),
        (r"(?:is|are) (?:(?:also|further|strongly) )?urged to", "urges"),
        (r"(?:is|are) (?:(?:also|further) )?requested to", "requests"),
        (r"(?:is|are) (?:(?:also|further) )?called upon to", "calls upon"),
    ),
    "fr": (
        (r"(?:est|sont) (?:(?:également|vivement|aussi) )?encouragée?s? à", "encourages"),
        (r"(?:est|sont) (?:(?:également|aussi) )?invitée?s? à", "invites"),
        (r"(?:est|sont) (?:(?:également|aussi) )?priée?s? de", "requests"),
        (r"(?:est|sont) (?:(?:également|vivement|aussi) )?engagée?s? à", "encourages"),
    ),
    "es": (
        (r"se (?:(?:alienta|anima))", "encourages"),
        (r"se invita", "invites"),
        (r"se insta", "urges"),
        (r"se exhorta", "calls upon"),
        (r"se (?:pide|solicita)", "requests"),
    ),
    "ru": (),
    "ar": (),
    "zh": (),
}
