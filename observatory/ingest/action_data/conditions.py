"""The conditions a mandate is given under, in the six languages.

- "extrabudgetary": the work depends on voluntary funding ("subject to the availability of
  extrabudgetary resources"; a bare "subject to the availability of resources" means the same);
- "existing_resources": no new money ("within existing resources");
- "mandate": the addressee acts only within its mandate ("in accordance with its mandate");
- "upon_request": assistance only where a State asks ("upon request", "at their request").

Only the phrases that make a condition count: "to provide extrabudgetary resources" asks donors for
money and is no condition; "in the implementation of its mandate" is no condition either.
"""

from __future__ import annotations

CONDITIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            r"subject to (?:the )?availability of (?:extrabudgetary )?(?:resources|funds|funding)",
            "extrabudgetary",
        ),
        (
            r"(?:from|through|using|with|by means of|within)"
            r" (?:available )?extrabudgetary (?:resources|funds|funding"
            r"|contributions)",
            "extrabudgetary",
        ),
        (
            r"extrabudgetary resources permitting|provided that extrabudgetary (?:resources|funds)",
            "extrabudgetary",
        ),
        (
            r"within (?:the )?(?:limits of )?(?:existing|available)"
            r" (?!extrabudgetary)(?:regular[- ]budget )?resources",
            "existing_resources",
        ),
        (r"(?:from|using) existing resources|within the existing (?:regular )?budget", "existing_resources"),
        (
            r"(?:within|in accordance with|consistent with|in"
            r" line with|pursuant to|under) (?:the (?:scope|limits"
            r"|framework) of )?(?:its|their|his|her|the) (?:existing |current |respective )?mandates?",
            "mandate",
        ),
        # "on request" but not "information on requests for assistance"
        (r"(?:upon|on) request(?!\w)|(?:upon|at) (?:their|its|his|her|the) request(?!\w)", "upon_request"),
        (
            r"when(?:ever)? (?:so )?requested|if (?:so )?requested|where requested|as requested by",
            "upon_request",
        ),
        # "to provide technical assistance to requesting States parties": only to those that ask (not
        # "the requests of requesting States", which is mutual legal assistance)
        (r"(?:to|for) (?:the )?requesting (?:states(?: parties)?|member states|countries)", "upon_request"),
    ),
    "fr": (
        (r"sous réserve (?:de la disponibilité )?de (?:ressources|fonds) extrabudgétaires", "extrabudgetary"),
        (r"sous réserve de la disponibilité de (?:ressources|fonds)", "extrabudgetary"),
        (
            r"(?:au moyen|à l'aide|par prélèvement sur|grâce"
            r" à|dans la limite) (?:de |des )?(?:ressources|fonds"
            r"|contributions) extrabudgétaires",
            "extrabudgetary",
        ),
        (
            r"dans (?:la limite|les limites) des ressources (?:existantes|disponibles)(?! extrabudg)",
            "existing_resources",
        ),
        (
            r"(?:au moyen|dans le cadre|à l'aide|grâce à|au titre) des ressources existantes",
            "existing_resources",
        ),
        (r"(?:dans le cadre|dans les limites|dans la limite) de (?:son|leur|ses|leurs) mandats?", "mandate"),
        (r"(?:conformément à|en vertu de|selon) (?:son|leur|ses|leurs) mandats?", "mandate"),
        (r"sur (?:leur |sa )?demande|à (?:leur|sa) demande|à la demande (?:de|des|du)", "upon_request"),
        (
            r"(?:lorsqu'|s'|qui )(?:ils|elles|il|elle)? ?en (?:font|fait|feront|fera) la demande",
            "upon_request",
        ),
        (r"aux états (?:parties )?requérants", "upon_request"),
    ),
    "es": (
        (
            r"con sujeción a la disponibilidad de (?:recursos|fondos)(?: extrapresupuestarios)?",
            "extrabudgetary",
        ),
        (
            r"a reserva de (?:que se disponga de|la disponibilidad"
            r" de) (?:recursos|fondos)(?: extrapresupuestarios)?",
            "extrabudgetary",
        ),
        (r"siempre que se disponga de (?:recursos|fondos)(?: extrapresupuestarios)?", "extrabudgetary"),
        (
            r"en función de la disponibilidad de (?:recursos|fondos)(?: extrapresupuestarios)?",
            "extrabudgetary",
        ),
        (
            r"(?:con cargo a|con|mediante|dentro de los límites"
            r" de) (?:los )?(?:recursos|fondos) extrapresupuestarios",
            "extrabudgetary",
        ),
        (
            r"(?:con cargo a|con|dentro de los límites de|en el"
            r" marco de|dentro de|utilizando) (?:los )?recursos"
            r" (?:existentes|disponibles)(?! extrapresupuestarios)",
            "existing_resources",
        ),
        (
            r"(?:en el marco de|de conformidad con|con arreglo"
            r" a|dentro de|en consonancia con|conforme a|según)"
            r" (?:su|sus) mandatos?",
            "mandate",
        ),
        (
            r"previa solicitud|cuando (?:así )?lo soliciten|si (?:así )?lo solicitan"
            r"|que (?:lo|la|los|las) soliciten|cuando se solicite|a (?:solicitud|petición) (?:de|del|suya)",
            "upon_request",
        ),
        (r"a los estados (?:partes )?requirentes", "upon_request"),
    ),
    "ru": (
        (r"при условии наличия (?:внебюджетных )?(?:ресурсов|средств)", "extrabudgetary"),
        (r"при наличии внебюджетных (?:ресурсов|средств)", "extrabudgetary"),
        (
            r"(?:за счет|в пределах|в рамках) (?:имеющихся )?внебюджетных (?:ресурсов|средств)",
            "extrabudgetary",
        ),
        (
            r"(?:в рамках|в пределах|за счет) (?:имеющихся|существующих|наличных) (?:ресурсов|средств)",
            "existing_resources",
        ),
        (
            r"в (?:рамках|пределах|соответствии со?) (?:своего|своих|его|ее|их|своим|своими) мандат\w*",
            "mandate",
        ),
        (
            r"по (?:их |его |ее |соответствующей |соответствующим )?(?:запросу|запросам|просьбе|просьбам)"
            r"|на основе запросов",
            "upon_request",
        ),
        (r"запрашивающим государствам(?:\s*-\s*участникам)?", "upon_request"),
    ),
    "ar": (
        (r"رهنا بتوافر (?:ال)?موارد(?: من خارج الميزانية| خارجة عن الميزانية)?", "extrabudgetary"),
        (r"(?:من|ب) (?:ال)?موارد (?:من )?خارج(?:ة عن)? الميزانية", "extrabudgetary"),
        (r"شريطة توافر (?:ال)?موارد", "extrabudgetary"),
        (
            r"(?:في|ضمن) (?:حدود|إطار|نطاق) (?:ال)?موارد (?:المتاحة|الموجودة|القائمة|المتوافرة)(?! من خارج)",
            "existing_resources",
        ),
        (r"(?:من|ب) (?:ال)?موارد (?:المتاحة|الموجودة|القائمة)(?! من خارج)", "existing_resources"),
        (
            r"(?:في حدود|في إطار|ضمن|في نطاق|وفقا ل|طبقا ل|تمشيا مع )\s*ولاي(?:ته|تها|تهم|اتها|اته|اتهم)",
            "mandate",
        ),
        (r"بناء على (?:ال)?طلب\w*|عند (?:ال)?طلب|حسب (?:ال)?طلب|متى طلب\w*", "upon_request"),
        (r"للدول(?: الأطراف)? الطالبة", "upon_request"),
    ),
    "zh": (
        (r"在(?:获得|有|可获得|能够获得|具备)预算外资源的情况下", "extrabudgetary"),
        (r"(?:利用|以|使用|动用|通过)预算外资源", "extrabudgetary"),
        (r"视预算外资源(?:的)?(?:可得|供应|提供)?情况", "extrabudgetary"),
        (r"在预算外资源允许的情况下", "extrabudgetary"),
        (r"在现有资源(?:范围|限度)内", "existing_resources"),
        (r"(?:利用|以|使用|动用)现有资源", "existing_resources"),
        (r"在其?(?:任务授权|任务|职权|授权)范围内", "mandate"),
        (r"(?:根据|依照|按照)其?(?:任务授权|任务|职权)", "mandate"),
        (
            r"应(?:缔约国|各国|会员国|国家|其|有关国家|受援国)?(?:的)?(?:请求|要求)|经(?:其)?请求|根据(?:其)?请求",
            "upon_request",
        ),
        (r"向?提出请求的(?:缔约国|国家)", "upon_request"),
    ),
}
