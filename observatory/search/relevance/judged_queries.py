"""The judged queries: short searches as people type them, in each of the six languages.

Each entry is (query id, language, text, judgments). A judgment maps a paragraph, named by (document
slug, paragraph id), to a grade: 2 when the paragraph answers the query, 1 when it is related (it touches
the subject, or answers part of it). Paragraphs not listed are not relevant. The documents are parallel,
so a judgment holds for every language version of the paragraph: a Russian query can be judged against
the Chinese documents as well as the Russian ones.

Some queries are hard on purpose: they name a thing by a synonym that the relevant paragraphs do not
use ("whistle-blower" for the "reporting persons" of article 33, "pantouflage", "pots-de-vin",
"осведомители", "реестр недобросовестных поставщиков", "debarment", "e-procurement"), or ask a
question whose words are spread over several topics.
"""

from .asset_declarations import SLUG as AD
from .awareness_raising import SLUG as AW
from .beneficial_ownership import SLUG as BO
from .codes_of_conduct import SLUG as CC
from .judicial_integrity import SLUG as JI
from .public_procurement import SLUG as PP
from .reporting_persons import SLUG as RP

# The whole of a topic, for the broad one- or two-word queries: the paragraphs that define it answer,
# the rest of the document is related.
_REPORTING_PERSONS = {
    (RP, "1"): 2,
    (RP, "4"): 2,
    (RP, "2"): 1,
    (RP, "3"): 1,
    (RP, "5"): 1,
    (RP, "6"): 1,
    (RP, "7"): 1,
    (RP, "8"): 1,
}
_ASSET_DECLARATIONS = {
    (AD, "1"): 2,
    (AD, "2"): 2,
    (AD, "3"): 1,
    (AD, "4"): 1,
    (AD, "5"): 1,
    (AD, "6"): 1,
    (AD, "7"): 1,
    (AD, "8"): 1,
    (JI, "5"): 1,
    (JI, "6"): 1,
}
_ELECTRONIC_PROCUREMENT = {(PP, "3"): 2, (PP, "4"): 1, (PP, "8"): 1}
_BRIBERY = {(CC, "3"): 2, (PP, "3"): 1, (PP, "7"): 1, (JI, "4"): 1}
_CONFLICTS_OF_INTEREST = {
    (CC, "2"): 2,
    (CC, "4"): 1,
    (CC, "5"): 1,
    (CC, "7"): 1,
    (AD, "8"): 1,
    (PP, "6"): 1,
}
_MONEY_LAUNDERING = {
    (BO, "1"): 2,
    (BO, "5"): 2,
    (BO, "6"): 2,
    (BO, "2"): 1,
    (BO, "7"): 1,
    (BO, "8"): 1,
}
_BENEFICIAL_OWNERS = {
    (BO, "2"): 2,
    (BO, "3"): 2,
    (BO, "4"): 2,
    (BO, "1"): 1,
    (BO, "7"): 1,
    (BO, "8"): 1,
}
_ANONYMOUS_REPORTING = {(RP, "2"): 2, (AW, "7"): 2, (RP, "3"): 1}
_VERIFICATION = {(AD, "4"): 2, (AD, "3"): 1, (AD, "5"): 1, (AD, "6"): 1, (JI, "5"): 1}

QUERIES: tuple[tuple[str, str, str, dict[tuple[str, str], int]], ...] = (
    # English
    ("en-01", "en", "whistle-blower protection", _REPORTING_PERSONS),
    ("en-02", "en", "e-procurement", _ELECTRONIC_PROCUREMENT),
    ("en-03", "en", "bribery of officials", _BRIBERY),
    ("en-04", "en", "verification of asset declarations", _VERIFICATION),
    ("en-05", "en", "cooling-off period", {(CC, "5"): 2}),
    ("en-06", "en", "How are politically exposed persons screened?", {(BO, "1"): 2, (BO, "5"): 1}),
    ("en-07", "en", "anonymous reporting", _ANONYMOUS_REPORTING),
    ("en-08", "en", "debarment", {(PP, "7"): 2}),
    ("en-09", "en", "random assignment of cases to judges", {(JI, "4"): 2}),
    ("en-10", "en", "gift register", {(CC, "3"): 2, (AD, "2"): 1, (JI, "2"): 1}),
    (
        "en-11",
        "en",
        "civil society participation",
        {(AW, "1"): 2, (AW, "5"): 2, (AW, "8"): 1, (PP, "4"): 1, (AD, "7"): 1, (BO, "4"): 1},
    ),
    ("en-12", "en", "illicit enrichment", {(AD, "6"): 2, (AD, "4"): 1, (AD, "8"): 1}),
    ("en-13", "en", "beneficial owners of bidders", {(BO, "8"): 2, (BO, "2"): 1}),
    ("en-14", "en", "Are asset declarations published?", {(AD, "7"): 2}),
    # French
    ("fr-01", "fr", "protection des lanceurs d'alerte", _REPORTING_PERSONS),
    ("fr-02", "fr", "déclaration de patrimoine", _ASSET_DECLARATIONS),
    (
        "fr-03",
        "fr",
        "registre des bénéficiaires effectifs",
        {(BO, "2"): 2, (BO, "3"): 2, (BO, "4"): 2, (BO, "8"): 1},
    ),
    ("fr-04", "fr", "pantouflage", {(CC, "5"): 2}),
    ("fr-05", "fr", "conflit d'intérêts", _CONFLICTS_OF_INTEREST),
    ("fr-06", "fr", "recours des soumissionnaires évincés", {(PP, "5"): 2}),
    ("fr-07", "fr", "cellule de renseignement financier", {(BO, "5"): 2, (BO, "4"): 1, (BO, "8"): 1}),
    ("fr-08", "fr", "Comment sensibiliser les jeunes ?", {(AW, "4"): 2, (AW, "3"): 1, (AW, "2"): 1}),
    ("fr-09", "fr", "nomination des juges", {(JI, "3"): 2}),
    (
        "fr-10",
        "fr",
        "représailles contre un salarié qui signale",
        {(RP, "4"): 2, (RP, "5"): 2, (RP, "1"): 1, (RP, "6"): 1},
    ),
    ("fr-11", "fr", "sociétés écrans", {(BO, "7"): 2}),
    ("fr-12", "fr", "accès à l'information", {(AW, "6"): 2}),
    ("fr-13", "fr", "pots-de-vin", _BRIBERY),
    # Spanish
    ("es-01", "es", "contratación electrónica", _ELECTRONIC_PROCUREMENT),
    ("es-02", "es", "denunciantes", {**_REPORTING_PERSONS, (AW, "7"): 1}),
    (
        "es-03",
        "es",
        "declaración de bienes de los jueces",
        {(JI, "5"): 2, (JI, "6"): 1, (AD, "1"): 1, (AD, "4"): 1},
    ),
    ("es-04", "es", "regalos a funcionarios públicos", {(CC, "3"): 2, (JI, "2"): 1, (AD, "2"): 1}),
    ("es-05", "es", "colusión en licitaciones", {(PP, "8"): 2, (PP, "1"): 1}),
    ("es-06", "es", "beneficiarios finales", _BENEFICIAL_OWNERS),
    ("es-07", "es", "Día Internacional contra la Corrupción", {(AW, "2"): 2}),
    (
        "es-08",
        "es",
        "¿Quién verifica las declaraciones patrimoniales?",
        {(AD, "5"): 2, (AD, "4"): 1, (JI, "5"): 1},
    ),
    ("es-09", "es", "carga de la prueba invertida", {(RP, "4"): 2, (AD, "6"): 1}),
    (
        "es-10",
        "es",
        "códigos de conducta",
        {
            (CC, "1"): 2,
            (CC, "2"): 1,
            (CC, "3"): 1,
            (CC, "4"): 1,
            (CC, "5"): 1,
            (CC, "6"): 1,
            (CC, "7"): 1,
            (CC, "8"): 1,
            (JI, "2"): 1,
            (JI, "6"): 1,
        },
    ),
    ("es-11", "es", "programas escolares de integridad", {(AW, "3"): 2, (AW, "4"): 1}),
    ("es-12", "es", "contratación directa", {(PP, "2"): 2, (PP, "1"): 1}),
    ("es-13", "es", "sociedad civil y contratación pública", {(PP, "4"): 2, (AW, "5"): 1}),
    # Russian
    ("ru-01", "ru", "декларирование имущества", _ASSET_DECLARATIONS),
    ("ru-02", "ru", "защита осведомителей", _REPORTING_PERSONS),
    ("ru-03", "ru", "реестр недобросовестных поставщиков", {(PP, "7"): 2}),
    ("ru-04", "ru", "раскрытие бенефициарных владельцев компаний", _BENEFICIAL_OWNERS),
    ("ru-05", "ru", "подарки", {(CC, "3"): 2, (AD, "2"): 1, (JI, "2"): 1}),
    ("ru-06", "ru", "отмывание денег", _MONEY_LAUNDERING),
    ("ru-07", "ru", "электронные закупки", _ELECTRONIC_PROCUREMENT),
    ("ru-08", "ru", "конфиденциальность личности заявителя", {(RP, "3"): 2, (RP, "2"): 1}),
    ("ru-09", "ru", "Как проверяются декларации о доходах?", _VERIFICATION),
    ("ru-10", "ru", "независимость судей", {(JI, "1"): 2, (JI, "3"): 1}),
    ("ru-11", "ru", "антикоррупционное просвещение", {(AW, "3"): 2, (AW, "4"): 1, (AW, "2"): 1}),
    ("ru-12", "ru", "совместительство", {(CC, "4"): 2, (AD, "8"): 1}),
    ("ru-13", "ru", "вознаграждение информаторов", {(RP, "7"): 2}),
    # Arabic
    ("ar-01", "ar", "الإقرار الإلكتروني بالذمة المالية", {(AD, "3"): 2, (AD, "7"): 1}),
    ("ar-02", "ar", "حماية المبلغين", _REPORTING_PERSONS),
    (
        "ar-03",
        "ar",
        "المشتريات العمومية",
        {
            (PP, "1"): 2,
            (PP, "2"): 1,
            (PP, "3"): 1,
            (PP, "4"): 1,
            (PP, "5"): 1,
            (PP, "6"): 1,
            (PP, "7"): 1,
            (PP, "8"): 1,
            (BO, "8"): 1,
        },
    ),
    ("ar-04", "ar", "تضارب المصالح", _CONFLICTS_OF_INTEREST),
    ("ar-05", "ar", "غسل الأموال", _MONEY_LAUNDERING),
    (
        "ar-06",
        "ar",
        "التوعية بمخاطر الفساد",
        {(AW, "1"): 2, (AW, "2"): 2, (AW, "3"): 1, (AW, "4"): 1, (AW, "8"): 1, (RP, "8"): 1},
    ),
    ("ar-07", "ar", "الأشخاص المعرضون سياسياً", {(BO, "1"): 2}),
    ("ar-08", "ar", "حماية الشهود", {(RP, "6"): 2}),
    (
        "ar-09",
        "ar",
        "نزاهة القضاء",
        {(JI, "1"): 2, (JI, "2"): 1, (JI, "3"): 1, (JI, "4"): 1, (JI, "5"): 1, (JI, "6"): 1},
    ),
    ("ar-10", "ar", "عقوبة عدم تقديم الإقرار", {(AD, "6"): 2, (BO, "3"): 1}),
    ("ar-11", "ar", "الطعن في قرارات إرساء العقود", {(PP, "5"): 2}),
    ("ar-12", "ar", "مشاركة المجتمع المدني في إعداد القوانين", {(AW, "5"): 2, (AW, "1"): 1}),
    ("ar-13", "ar", "هل يجوز للموظف قبول الهدايا؟", {(CC, "3"): 2, (JI, "2"): 1}),
    # Chinese
    ("zh-01", "zh", "财产申报", _ASSET_DECLARATIONS),
    ("zh-02", "zh", "举报人保护", _REPORTING_PERSONS),
    ("zh-03", "zh", "电子采购", _ELECTRONIC_PROCUREMENT),
    ("zh-04", "zh", "受益所有人登记", {(BO, "2"): 2, (BO, "3"): 2, (BO, "4"): 1, (BO, "8"): 1}),
    ("zh-05", "zh", "利益冲突申报", {(CC, "2"): 2, (AD, "8"): 2, (PP, "6"): 1, (CC, "4"): 1}),
    ("zh-06", "zh", "离职后就业限制", {(CC, "5"): 2}),
    ("zh-07", "zh", "可疑交易报告", {(BO, "5"): 2, (BO, "6"): 1}),
    ("zh-08", "zh", "法官任命", {(JI, "3"): 2}),
    ("zh-09", "zh", "反腐败教育", {(AW, "3"): 2, (AW, "4"): 1, (AW, "2"): 1}),
    ("zh-10", "zh", "如何匿名举报腐败？", _ANONYMOUS_REPORTING),
    ("zh-11", "zh", "取消投标资格", {(PP, "7"): 2}),
    ("zh-12", "zh", "公开招标", {(PP, "1"): 2, (PP, "2"): 1, (PP, "3"): 1}),
    ("zh-13", "zh", "贿赂公职人员", _BRIBERY),
)
