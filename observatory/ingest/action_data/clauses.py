"""Where the addressee's phrase of an operative verb ends, in the six languages.

After "Requests" comes the addressee, then what it is asked to do: "Requests *the Secretariat*, subject
to the availability of extrabudgetary resources, *to* collect …". The addressee phrase ends at the first
of:

- ``COMPLEMENT``: the start of the action — an infinitive ("to collect", "de recueillir",
  "a intensificar", "собирать"), a that-clause ("que", "أن", "على");
- ``PARENTHETICAL``: a comma that opens an inserted phrase (", subject to …", ", en consultation …");
- ``RELATIVE``: a relative clause ("States parties that have not yet done so").

``THAT_CLAUSE`` opens a that-clause right after the verb ("Decides that the working group shall …");
its subject, which ends at ``SUBJECT_END`` (a modal or a finite verb), names who is to act.
``LEADING`` is a preposition between the verb and its addressee ("Appeals to donors", "يطلب إلى
الأمانة"), skipped before the phrase is read.
"""

from __future__ import annotations

COMPLEMENT: dict[str, str] = {
    "en": (
        r"(?<!\w)to (?!(?:the|its|their|this|these|those|that|all|a|an|it|them|such|any|each|other|states"
        r"|member|parties|donors|governments|relevant|interested|international|regional|national|civil"
        r"|private|united|conference|secretariat|working|implementation)\b)[a-z]|(?<!\w)that(?!\w)"
        r"|(?<!\w)in order to(?!\w)|(?<!\w)for the purpose of(?!\w)"
    ),
    "fr": (
        r"(?<!\w)(?:de\s+|d'|à\s+)(?:ne\s+|n'|lui\s+|leur\s+|se\s+|s'|y\s+|en\s+|les\s+|la\s+|le\s+|l')?"
        r"[a-zé]+(?:er|ir|re|oir)(?!\w)|(?<!\w)(?:que|qu'|afin)(?!\w)"
    ),
    "es": (
        r"(?<!\w)(?:a|para) que(?!\w)|(?<!\w)que(?!\w)"
        r"|(?<!\w)a\s+(?:que\s+)?(?:se\s+)?[a-záéíóúñ]+(?:ar|er|ir)(?!\w)"
        r"|(?<!\w)para\s+[a-záéíóúñ]+(?:ar|er|ir)(?!\w)"
    ),
    # An infinitive (-ть, -ться, -ти, -чь; not the nouns in -ость/-асть: "деятельность", "власти").
    "ru": (
        r"(?<!\w)(?!\w*(?:ость|ости|асть|асти|есть|ести)(?!\w))(?:[а-яё]+(?:ть|ться|ти|тись|чь))(?!\w)"
        r"|(?<!\w)(?:что|чтобы|с тем чтобы|в целях|для того чтобы)(?!\w)"
    ),
    "ar": r"(?<!\w)(?:أن|بأن|على|إلى|لكي|كي|حتى|من أجل)(?!\w)",
    "zh": r"$^",
}

PARENTHETICAL: dict[str, str] = {
    "en": (
        r",\s*(?:in|within|subject|with|upon|on|at|as|where|when|whenever|if|through|consistent|taking"
        r"|bearing|while|pursuant|inter alia|including|particularly|especially|notably|according|based"
        r"|building|drawing|by|for|from|under|without|via|among|acting|together|jointly|so|also|further"
        r"|whether|once|subsequently|considering)(?!\w)"
    ),
    "fr": (
        r",\s*(?:sous|dans|en|selon|conformément|avec|sur|à leur|à sa|lorsque|lorsqu'|le cas échéant"
        r"|s'il y a lieu|au besoin|compte tenu|notamment|en particulier|agissant|eu égard|par|pour|afin"
        r"|tout en|sans|y compris|à titre|à la demande|pour autant|dès|si|en tant que)(?!\w)"
    ),
    "es": (
        r",\s*(?:con|en|dentro|de conformidad|según|cuando|si|previa|a solicitud|a petición|entre otras"
        r"|incluso|incluidos?|incluidas?|por|para|sin|mediante|teniendo|habida|actuando|a reserva"
        r"|siempre que|como|conforme|de acuerdo)(?!\w)"
    ),
    "ru": (
        r",\s*(?:при|в|во|по|с|со|когда|если|где|действуя|принимая|учитывая|исходя|согласно|наряду|через"
        r"|включая|особенно|в частности|за счет|на основе|на)(?!\w)"
    ),
    "ar": (
        r",\s*(?:رهنا|في|حسب|بحسب|بناء|وفقا|بالتعاون|عند|متى|حيثما|ضمن|من خلال|بما|لا سيما|وبخاصة|مع|إذا"
        r"|عندما|بالتشاور|بوصفها|بصفتها|على نحو)(?!\w)"
    ),
    "zh": r"$^",
}

RELATIVE: dict[str, str] = {
    "en": r"(?<!\w)(?:which|who|whose)(?!\w)|[;:]|\(\s*[a-z]\s*\)",
    "fr": r"(?<!\w)(?:qui|dont|lesquels|lesquelles)(?!\w)|[;:]",
    "es": r"(?<!\w)(?:quienes|cuyos?|cuyas?)(?!\w)|[;:]",
    "ru": r"(?<!\w)(?:котор\w+)(?!\w)|[;:]",
    "ar": r"(?<!\w)(?:التي|الذي|الذين|اللتين|اللذين|اللاتي)(?!\w)|[;:]",
    "zh": r"[;:]",
}

THAT_CLAUSE: dict[str, str] = {
    "en": r"\s*(?:,[^,;]{0,200},\s*)?that(?!\w)\s*",
    "fr": r"\s*(?:,[^,;]{0,200},\s*)?(?:que\s+|qu')",
    "es": r"\s*(?:,[^,;]{0,200},\s*)?que(?!\w)\s*",
    "ru": r"\s*,?\s*(?:что|чтобы)(?!\w)\s*",
    "ar": r"\s*(?:أن|بأن)(?!\w)\s*",
}

SUBJECT_END: dict[str, str] = {
    "en": (
        r"(?<!\w)(?:shall|should|will|would|may|must|can|could|be|is|are|was|were|has|have|continue|consider"
        r"|take|make|hold|meet|submit|perform|undertake|convene|establish|remain|serve|develop"
        r"|provide|include|adopt|examine|assist|prepare)(?!\w)|[,;:]"
    ),
    "fr": (
        r"(?<!\w)(?:sera|seront|doit|doivent|devra|devront|devrait|devraient|est|sont|continue|continuera"
        r"|continueront|poursuivra|poursuivront|poursuive|poursuivent|se réunira|se réuniront|tiendra"
        r"|tiendront|examinera|fera|feront|soit|soient|peut|peuvent|pourra|pourront|a|ont|exercera"
        r"|présentera|présenteront|établira|continue)(?!\w)|[,;:]"
    ),
    "es": (
        r"(?<!\w)(?:será|serán|sea|sean|debe|deben|deberá|deberán|debería|es|son|continúe|continúen|seguirá"
        r"|seguirán|siga|sigan|se reunirá|se reúna|celebrará|examinará|presentará|presente|podrá|podrán|ha"
        r"|han|tendrá|desempeñará|quede|quedará|realice|realizará|prepare|preparará)(?!\w)|[,;:]"
    ),
    "ru": (
        r"(?<!\w)(?:будет|будут|должн\w*|следует|продолж\w*|провод\w*|явля\w*|может|могут|выполня\w*"
        r"|представля\w*|представит|станет|станут|включа\w*|рассматрива\w*|соб\w*ся|проведет|осуществля\w*)"
        r"(?!\w)|[,;:]"
    ),
}

LEADING: dict[str, str] = {
    "en": r"(?:to|upon|on)\s+",
    "fr": r"(?:à|aux|au)\s+",
    "es": r"(?:a|al)\s+",
    "ru": r"$^",
    "ar": r"(?:إلى|من)\s+",
    "zh": r"$^",
}

#: What coordinates two addressees ("the Secretariat *and* donors", "States parties*,* the Secretariat"):
#: a later actor is an addressee too only when such a word stands between it and the one before.
COORDINATION: dict[str, str] = {
    "en": r"(?<!\w)(?:and|or|as well as)(?!\w)|,",
    "fr": r"(?<!\w)(?:et|ou|ainsi que)(?!\w)|,",
    "es": r"(?<!\w)(?:y|e|o|u|así como)(?!\w)|,",
    "ru": r"(?<!\w)(?:и|или|а также)(?!\w)|,",
    # A word that starts with و coordinates too ("وسائر الجهات المانحة"), as does an actor's own و
    # ("الدول الأعضاء والجهات المانحة").
    "ar": r"(?<!\w)(?:و|أو)|,",
}

# Chinese has no spaces: the addressees are the actors that open the object, joined by these
# connectors and modifiers ("缔约国、秘书处和其他相关组织"); a relative clause may come first
# ("尚未这样做的缔约国").
# ("与" and "同" are left out: "秘书处与国际组织合作" is the Secretariat working *with* organizations.)
ZH_CONNECTORS = (
    r"(?:[,\s]|和|及|以及|或|还有|其他|其它|有关|相关|所有|各|感兴趣的|国际|区域|国家|双边|多边|的)*"
)
ZH_PREFIX = r"(?:[^,;.]{0,16}的)?" + ZH_CONNECTORS
