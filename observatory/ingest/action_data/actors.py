"""Who an operative paragraph can address, in the six languages, and the contract's name for each.

Categories (the extraction contract's ``addressees``):

- "States parties": States parties, and also Member States, signatories, States, Governments and
  countries, and national (competent) authorities — all of them are States that must act;
- "Secretariat": the Secretariat and the Secretary-General, who heads it;
- "UNODC": the United Nations Office on Drugs and Crime, "the Office", its Executive Director;
- "Working Group": the Conference's working groups (prevention of corruption, asset recovery, "the
  working group" of a resolution);
- "Conference": the Conference of the States Parties, its President;
- "donors": donors, the donor community, donor countries, technical-assistance providers;
- "other": every other body or group — the Implementation Review Group and the expert meetings (they
  are subsidiary bodies but not working groups), the Bureau, the General Assembly, the Commission,
  international organizations, civil society, the private sector, academia, the media.

When two patterns overlap the longer match wins ("Conference of the States Parties" is the Conference,
not States parties; "donor countries" are donors). A ``None`` category masks a phrase that contains an
actor's word without being an actor ("United States", "Organisation des Nations Unies").
"""

from __future__ import annotations

STATES = "States parties"
SECRETARIAT = "Secretariat"
UNODC = "UNODC"
WORKING_GROUP = "Working Group"
CONFERENCE = "Conference"
DONORS = "donors"
OTHER = "other"

ACTORS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "en": (
        (
            r"conference of (?:the )?states parties(?: to the united nations convention against corruption)?",
            CONFERENCE,
        ),
        (r"conference", CONFERENCE),
        (r"president of the conference", CONFERENCE),
        (r"bureau(?: of the conference)?", OTHER),
        (r"implementation review group", OTHER),
        (r"(?:open-ended )?(?:intergovernmental )?expert meetings?(?: on international cooperation)?", OTHER),
        (r"working groups?(?: on (?:the )?(?:prevention of corruption|asset recovery))?", WORKING_GROUP),
        (r"secretariat", SECRETARIAT),
        (r"secretary-general", SECRETARIAT),
        (r"united nations office on drugs and crime", UNODC),
        (r"unodc", UNODC),
        (r"(?<=the )office(?! of| for)", UNODC),
        (r"executive director(?: of (?:the united nations office on drugs and crime|unodc))?", UNODC),
        (
            r"states parties|states party|state parties|states|member states|states members|signatories"
            r"|signatory states|states signatories|governments?|countries|parties|requesting states"
            r"|requested states|(?:competent )?national authorities|competent authorities",
            STATES,
        ),
        (
            r"donors?(?: (?:community|countries|states|organizations|agencies|governments|institutions))?"
            r"|(?:technical )?assistance providers|providers of (?:technical )?assistance",
            DONORS,
        ),
        (
            r"organi[sz]ations?|international community|civil society|private sector(?: entities)?"
            r"|business (?:community|sector)|academia|academic (?:community|institutions)|media"
            r"|united nations system|(?:united nations )?entities|specialized agencies|agencies|stakeholders"
            r"|(?:financial )?institutions|parliaments?|parliamentarians|general assembly"
            r"|economic and social council|commission(?: on crime prevention and criminal justice)?"
            r"|international anti-corruption academy|international criminal police organization|interpol"
            r"|world bank|united nations development programme|undp|stolen asset recovery initiative",
            OTHER,
        ),
        (r"united states(?: of america)?", None),
    ),
    "fr": (
        (
            r"conférence des états parties(?: à la convention des nations unies contre la corruption)?",
            CONFERENCE,
        ),
        (r"conférence", CONFERENCE),
        (r"présidente? de la conférence", CONFERENCE),
        (r"bureau(?: de la conférence)?", OTHER),
        (r"groupe d'examen de l'application", OTHER),
        (r"réunions? (?:intergouvernementales? )?d'experts", OTHER),
        (r"groupes? de travail", WORKING_GROUP),
        (r"secrétariat", SECRETARIAT),
        (r"secrétaire générale?", SECRETARIAT),
        (r"office des nations unies contre la drogue et le crime", UNODC),
        (r"onudc", UNODC),
        (r"office", UNODC),
        (r"directeur exécutif|directrice exécutive", UNODC),
        (
            r"états parties|état partie|états membres|états signataires|signataires|états|gouvernements?|pays"
            r"|parties|autorités nationales(?: compétentes)?|autorités compétentes",
            STATES,
        ),
        (
            r"donateurs?|communauté des donateurs|(?:pays|états|organismes) donateurs|bailleurs de fonds"
            r"|(?:prestataires|fournisseurs) d'assistance(?: technique)?",
            DONORS,
        ),
        (
            r"organisations?|organismes?|société civile|secteur privé|milieux d'affaires|entreprises"
            r"|milieux universitaires|monde universitaire|médias"
            r"|système des nations unies|entités|institutions"
            r"|parties prenantes|parlements?|assemblée générale|conseil économique et social"
            r"|commission(?: pour la prévention du crime et la justice pénale)?|communauté internationale"
            r"|académie internationale de lutte contre la corruption"
            r"|organisation internationale de police criminelle|interpol|banque mondiale"
            r"|programme des nations unies pour le développement|pnud",
            OTHER,
        ),
        (r"états-unis(?: d'amérique)?|organisation des nations unies", None),
    ),
    "es": (
        (
            r"conferencia de los estados partes(?: en la convención"
            r" de las naciones unidas contra la corrupción)?",
            CONFERENCE,
        ),
        (r"conferencia", CONFERENCE),
        (r"presidente de la conferencia", CONFERENCE),
        (r"mesa(?: de la conferencia)?", OTHER),
        (r"grupo de examen de la aplicación", OTHER),
        (r"reuniones? (?:intergubernamentales? )?de expertos", OTHER),
        (r"grupos? de trabajo", WORKING_GROUP),
        (r"secretaría", SECRETARIAT),
        (r"secretari[oa] general", SECRETARIAT),
        (r"oficina de las naciones unidas contra la droga y el delito", UNODC),
        (r"unodc", UNODC),
        (r"oficina", UNODC),
        (r"director(?:a)? ejecutiv[oa]", UNODC),
        (
            r"estados partes|estado parte|estados miembros|estados signatarios|signatarios|estados|gobiernos?"
            r"|países|partes|autoridades nacionales(?: competentes)?|autoridades competentes",
            STATES,
        ),
        (
            r"donantes?|comunidad de donantes|(?:países|estados) donantes"
            r"|proveedores de asistencia(?: técnica)?",
            DONORS,
        ),
        (
            r"organizaciones?|organismos?|sociedad civil"
            r"|sector privado|comunidad empresarial|sector empresarial"
            r"|empresas|círculos académicos|instituciones académicas|medios de comunicación"
            r"|sistema de las naciones unidas|entidades|instituciones|partes interesadas"
            r"|parlamentos?|asamblea general|consejo económico y social"
            r"|comisión(?: de prevención del delito y justicia penal)?|comunidad internacional"
            r"|academia internacional contra la corrupción|organización internacional de policía criminal"
            r"|interpol|banco mundial|programa de las naciones unidas para el desarrollo|pnud",
            OTHER,
        ),
        (r"estados unidos(?: de américa)?|organización de las naciones unidas", None),
    ),
    "ru": (
        (
            r"конференци\w* государств\s*-\s*участник\w*(?: конвенции организации объединенных наций против "
            r"коррупции)?",
            CONFERENCE,
        ),
        (r"конференци\w*", CONFERENCE),
        (r"председател\w* конференции", CONFERENCE),
        (r"бюро(?: конференции)?", OTHER),
        (r"групп\w* по обзору хода осуществления", OTHER),
        (r"совещани\w* (?:межправительственных )?экспертов", OTHER),
        (r"рабоч\w* групп\w*", WORKING_GROUP),
        (r"секретариат\w*", SECRETARIAT),
        (r"генеральн\w* секретар\w*", SECRETARIAT),
        (r"управлени\w* организации объединенных наций по наркотикам и преступности", UNODC),
        (r"юнодк|унп оон", UNODC),
        (r"управлени\w*", UNODC),
        (r"директор\w*\s*-\s*исполнител\w*", UNODC),
        (
            r"государств(?!енн)\w*\s*-\s*участник\w*|государств(?!енн)\w*\s*-\s*член\w*"
            r"|государств(?!енн)\w*,? подписавш\w*|подписавш\w* государств\w*|государств(?!енн)\w*"
            r"|правительств\w*|стран\w*|национальн\w* (?:компетентн\w* )?орган\w*|компетентн\w* орган\w*",
            STATES,
        ),
        (
            r"донор\w*|донорск\w* (?:сообществ|стран|государств|организаци|учреждени)\w*"
            r"|(?:стран|государств)\w*\s*-\s*донор\w*|поставщик\w* (?:технической )?помощи",
            DONORS,
        ),
        (
            r"организаци\w*|учреждени\w*|гражданск\w* обществ\w*|частн\w* сектор\w*|деловы\w* круг\w*"
            r"|научн\w* круг\w*|средств\w* массовой информации|систем\w* организации объединенных наций"
            r"|заинтересованн\w* сторон\w*|парламент\w*|генеральн\w* ассамбле\w*"
            r"|экономическ\w* и социальн\w* совет\w*"
            r"|комисси\w*(?: по предупреждению преступности и уголовному правосудию)?"
            r"|международн\w* антикоррупционн\w* академи\w*|интерпол\w*|всемирн\w* банк\w*"
            r"|программ\w* развития организации объединенных наций|проон|международн\w* сообществ\w*"
            r"|структур\w* организации объединенных наций",
            OTHER,
        ),
        (r"организаци\w* объединенных наций(?: против коррупции)?|соединенн\w* штат\w*", None),
    ),
    # Arabic patterns are listed one actor at a time: the stage lets each take the attached prefixes
    # و ف ب ل ك ("بالدول الأطراف", "وللأمانة").
    "ar": (
        (r"مؤتمر الدول الأطراف(?: في اتفاقية الأمم المتحدة لمكافحة الفساد)?", CONFERENCE),
        (r"المؤتمر", CONFERENCE),
        (r"رئيس المؤتمر", CONFERENCE),
        (r"مكتب المؤتمر", OTHER),
        (r"فريق استعراض التنفيذ", OTHER),
        (r"اجتماعات? الخبراء", OTHER),
        (r"الفريق العامل", WORKING_GROUP),
        (r"الأفرقة العاملة", WORKING_GROUP),
        (r"الفريقين العاملين", WORKING_GROUP),
        (r"الأمانة", SECRETARIAT),
        (r"الأمين العام", SECRETARIAT),
        (r"مكتب الأمم المتحدة المعني بالمخدرات والجريمة", UNODC),
        (r"المكتب", UNODC),
        (r"المدير التنفيذي", UNODC),
        (r"الدول الأطراف", STATES),
        (r"الدولة الطرف", STATES),
        (r"الدول الأعضاء", STATES),
        (r"الدول الموقعة", STATES),
        (r"الدول", STATES),
        (r"الحكومات", STATES),
        (r"البلدان", STATES),
        (r"السلطات (?:الوطنية|المختصة)", STATES),
        (r"الجهات المانحة", DONORS),
        (r"المانحين", DONORS),
        (r"الدول المانحة", DONORS),
        (r"البلدان المانحة", DONORS),
        (r"مجتمع المانحين", DONORS),
        (r"الأوساط المانحة", DONORS),
        (r"مقدمي المساعدة(?: التقنية)?", DONORS),
        (r"المنظمات(?: الدولية| الإقليمية| الحكومية الدولية| غير الحكومية)?", OTHER),
        (r"المجتمع المدني", OTHER),
        (r"القطاع الخاص", OTHER),
        (r"الأوساط الأكاديمية", OTHER),
        (r"وسائط الإعلام", OTHER),
        (r"منظومة الأمم المتحدة", OTHER),
        (r"الكيانات", OTHER),
        (r"(?:كيانات|منظمات|مؤسسات|وكالات|هيئات) الأمم المتحدة", OTHER),
        (r"المؤسسات", OTHER),
        (r"الجهات (?:المعنية|صاحبة المصلحة)", OTHER),
        (r"أصحاب المصلحة", OTHER),
        (r"البرلمانات", OTHER),
        (r"الجمعية العامة", OTHER),
        (r"المجلس الاقتصادي والاجتماعي", OTHER),
        (r"لجنة منع الجريمة والعدالة الجنائية", OTHER),
        (r"الأكاديمية الدولية لمكافحة الفساد", OTHER),
        (r"المنظمة الدولية للشرطة الجنائية", OTHER),
        (r"الإنتربول", OTHER),
        (r"البنك الدولي", OTHER),
        (r"برنامج الأمم المتحدة الإنمائي", OTHER),
        (r"المجتمع الدولي", OTHER),
        (r"الولايات المتحدة", None),
    ),
    "zh": (
        (r"缔约国会议", CONFERENCE),
        (r"会议主席", CONFERENCE),
        (r"主席团", OTHER),
        (r"实施情况审议组", OTHER),
        (r"(?:政府间)?专家会议", OTHER),
        (
            r"(?:预防腐败问题|资产追回|资产追回问题)?(?:不限成员名额)?(?:临时)?(?:政府间)?(?:临时)?工作组",
            WORKING_GROUP,
        ),
        (r"秘书处", SECRETARIAT),
        (r"秘书长", SECRETARIAT),
        (r"(?:联合国)?毒品和犯罪问题办(?:公室|事处)", UNODC),
        (r"办公室|办事处", UNODC),
        (r"执行主任", UNODC),
        (r"缔约国|会员国|各国(?:政府)?|签署国|政府|受援国|请求国|被请求国|国家主管机关|主管机关", STATES),
        (r"(?:国际)?捐助(?:方|者|国|界|团体|机构)|(?:技术)?援助提供(?:方|者)", DONORS),
        (
            r"(?:国际|区域|政府间|非政府|有关|相关)?组织|民间社会|私营部门|工商界|学术界|媒体|联合国系统"
            r"|联合国(?:系统)?(?:相关|有关)?实体|实体|机构|利益攸关方|议会|大会|经济及社会理事会|预防犯罪和刑事司法委员会|国际反腐败学院"
            r"|国际刑事警察组织|世界银行|联合国开发计划署|国际社会",
            OTHER,
        ),
    ),
}
