"""The demo of calls for information: two calls, the States' answers in six languages, and a full ledger.

- A **closed call** on public procurement and the management of public finances (article 9), addressed to
  fourteen States of all five regional groups. Its deadline was about six months ago; it was launched three
  months before that, reminders went before and after the deadline, and it was closed two months after.
  Its ledger shows every status a closed call can have: submitted on time, submitted late, declined,
  reminded (never answered), sent (the note verbale went late, once the State's focal point was known)
  and a State without a focal point ("no focal point with an e-mail address").
- An **open call** on asset declarations and conflicts of interest (art. 7, para. 4, and art. 8, para. 5)
  to all States parties, launched a month ago, due in three months, with answers at every stage: drafts,
  submitted, acknowledged, sent back for clarification, published.

Everything is built through the collection's services (the same checks, audit entries and e-mails as
the real thing), with ``now=`` set so the dates fall where they would have; dates are relative to the day
the demo is loaded, so the open call is open whenever the demo is run. The answers are invented for the
demo: they cite real laws and institutions, but their figures and wording are not the States' own.

Content the public must never see carries a unique marker (``CONFIDENTIAL_MARKERS``), and published public
answers carry markers the public must see (``PUBLIC_MARKERS``), for tests that crawl the portal.
"""

from __future__ import annotations

import datetime
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import docx
from django.conf import settings
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from observatory.accounts.models import Role, User
from observatory.accounts.permissions import SYSTEM
from observatory.accounts.services import create_user
from observatory.convention.models import Article, Topic
from observatory.core.errors import InvalidInput
from observatory.core.wording import format_date
from observatory.countries.models import ConventionStatus, PartyInstrument, State
from observatory.countries.services import StatusChange, set_convention_status
from observatory.library.models import Visibility

from . import services
from .models import Audience, Call, CallStatus, Dispatch, DispatchStatus, Question, Submission

CLOSED_SYMBOL = "CU 2026/112/DTA/CEB/CSS"
OPEN_SYMBOL = "CU 2026/245/DTA/CEB/CSS"

# -- Markers --------------------------------------------------------------------------------------------
#: Marker → the widest audience that may read the content it sits in: "secretariat" (the Secretariat,
#: and the State whose content it is), "states_parties" (people of any State party and the Secretariat),
#: "own_state:<ISO3>" (only that State's focal points and contributors: drafts, which even the Secretariat
#: does not read). Nobody else, and never the public.
CONFIDENTIAL_MARKERS: dict[str, str] = {
    # The closed call.
    "Ombrelune-2291": "secretariat",  # Mexico's published answer restricted to the Secretariat
    "Brumecorne-4830": "states_parties",  # France's submission, published to States parties only
    "Glaciardent-7164": "secretariat",  # Argentina's version: submitted late, acknowledged, unpublished
    "Sablonnier-3057": "secretariat",  # Austria's version: submitted, never acknowledged
    "Cendrevive-5512": "secretariat",  # Brazil's reason for declining
    # The open call.
    "Ventorage-6209": "own_state:VNM",  # Viet Nam's draft
    "Pierrelune-1846": "own_state:FRA",  # France's draft, written by its contributor
    "Roncebleu-9375": "secretariat",  # China's version: submitted
    "Fermeclat-2718": "secretariat",  # the Russian Federation's version: acknowledged
    "Lichenor-4402": "secretariat",  # Mexico's version: sent back for clarification
    "Marbrefeu-8163": "secretariat",  # the Secretariat's request for clarification to Mexico
}
#: Marker → ISO3 of the State whose content it is: that State's own people may always read it.
MARKER_STATES: dict[str, str] = {
    "Ombrelune-2291": "MEX",
    "Brumecorne-4830": "FRA",
    "Glaciardent-7164": "ARG",
    "Sablonnier-3057": "AUT",
    "Cendrevive-5512": "BRA",
    "Ventorage-6209": "VNM",
    "Pierrelune-1846": "FRA",
    "Roncebleu-9375": "CHN",
    "Fermeclat-2718": "RUS",
    "Lichenor-4402": "MEX",
    "Marbrefeu-8163": "MEX",
}
#: Markers in published public answers: every reader, the public included, must be able to read them.
PUBLIC_MARKERS: tuple[str, ...] = (
    "Solvigne-3340",  # Egypt, closed call
    "Aurelisse-7702",  # Mexico, closed call (beside its Secretariat-only answer)
    "Verdantal-1189",  # Viet Nam, closed call
    "Ostralune-6631",  # Egypt, open call
)

# -- People and States ----------------------------------------------------------------------------------
#: Focal points the demo adds for States the basic demo accounts do not cover: username, ISO3, first name,
#: last name, organization. Nigeria is left without one on purpose (the ledger shows the problem);
#: Germany's is created only after the closed call's reminders, so its note verbale went late.
EXTRA_FOCAL_POINTS: list[tuple[str, str, str, str, str]] = [
    ("focal.arg", "ARG", "Martina", "Gómez", "Oficina Anticorrupción"),
    ("focal.aut", "AUT", "Johanna", "Berger", "Federal Bureau of Anti-Corruption"),
    ("focal.bra", "BRA", "Rafael", "Oliveira", "Controladoria-Geral da União"),
    ("focal.ind", "IND", "Arjun", "Mehta", "Central Vigilance Commission"),
    ("focal.jpn", "JPN", "Yuki", "Tanaka", "Ministry of Justice"),
    ("focal.ken", "KEN", "Wanjiru", "Kamau", "Ethics and Anti-Corruption Commission"),
    ("focal.deu", "DEU", "Jonas", "Becker", "Federal Ministry of the Interior"),
]
LATE_FOCAL_POINT = "focal.deu"
NO_FOCAL_POINT = "NGA"

#: The States of the closed call (and the parties the demo records): signature, ratification (or
#: acceptance, approval) and the instrument, as deposited with the Secretary-General.
PARTIES: dict[str, tuple[datetime.date, datetime.date, str]] = {
    "ARG": (datetime.date(2003, 12, 10), datetime.date(2006, 8, 28), PartyInstrument.RATIFICATION),
    "AUT": (datetime.date(2003, 12, 10), datetime.date(2006, 1, 11), PartyInstrument.RATIFICATION),
    "BRA": (datetime.date(2003, 12, 9), datetime.date(2005, 6, 15), PartyInstrument.RATIFICATION),
    "CHN": (datetime.date(2003, 12, 10), datetime.date(2006, 1, 13), PartyInstrument.RATIFICATION),
    "DEU": (datetime.date(2003, 12, 9), datetime.date(2014, 11, 12), PartyInstrument.RATIFICATION),
    "EGY": (datetime.date(2003, 12, 9), datetime.date(2005, 2, 25), PartyInstrument.RATIFICATION),
    "FRA": (datetime.date(2003, 12, 9), datetime.date(2005, 7, 11), PartyInstrument.APPROVAL),
    "IND": (datetime.date(2005, 12, 9), datetime.date(2011, 5, 9), PartyInstrument.RATIFICATION),
    "JPN": (datetime.date(2003, 12, 9), datetime.date(2017, 7, 11), PartyInstrument.ACCEPTANCE),
    "KEN": (datetime.date(2003, 12, 9), datetime.date(2003, 12, 9), PartyInstrument.RATIFICATION),
    "MEX": (datetime.date(2003, 12, 9), datetime.date(2004, 7, 20), PartyInstrument.RATIFICATION),
    "NGA": (datetime.date(2003, 12, 9), datetime.date(2004, 12, 14), PartyInstrument.RATIFICATION),
    "RUS": (datetime.date(2003, 12, 9), datetime.date(2006, 5, 9), PartyInstrument.RATIFICATION),
    "VNM": (datetime.date(2003, 12, 10), datetime.date(2009, 8, 19), PartyInstrument.RATIFICATION),
}

#: The language each State answers in.
LANGUAGE_OF = {
    "EGY": "ar",
    "CHN": "zh",
    "FRA": "fr",
    "RUS": "ru",
    "MEX": "es",
    "ARG": "es",
    "VNM": "en",
    "AUT": "en",
    "KEN": "en",
}


@dataclass(frozen=True)
class Reply:
    """A State's answer to one question of a call (by the question's place in the call, from 0)."""

    question: int
    implemented: str
    measures: str
    examples: str = ""
    challenges: str = ""
    visibility: str = ""
    needs: tuple[tuple[str, str, str], ...] = ()  # (kind, description, priority)

    def fields(self, language: str) -> dict:
        """The keyword arguments of ``services.save_answer``."""
        return {
            "language": language,
            "implemented": self.implemented,
            "measures": self.measures,
            "examples": self.examples,
            "challenges": self.challenges,
            "visibility": self.visibility,
            "assistance_needs": [
                {"kind": kind, "description": description, "priority": priority}
                for kind, description, priority in self.needs
            ],
        }


# -- The closed call: public procurement and management of public finances (article 9) ------------------
CLOSED_CALL = {
    "title_en": "Public procurement and management of public finances (article 9 of the Convention)",
    "titles": {
        "ar": "المشتريات العمومية وإدارة الأموال العمومية (المادة 9 من الاتفاقية)",
        "zh": "公共采购和公共财政管理（《公约》第九条）",
        "fr": "Passation des marchés publics et gestion des finances publiques (article 9 de la Convention)",
        "ru": "Публичные закупки и управление публичными финансами (статья 9 Конвенции)",
        "es": "Contratación pública y gestión de la hacienda pública (artículo 9 de la Convención)",
    },
    "topics": ["public-procurement", "public-finance-management"],
    "articles": [9],
    "checklist_items": ["9-1", "9-2"],
    "questions": [
        "Please describe the use of electronic procurement systems and the publication of procurement data "
        "in open formats, and any results observed."
    ],
}
CLOSED_STATES = [
    "ARG",
    "AUT",
    "BRA",
    "CHN",
    "DEU",
    "EGY",
    "FRA",
    "IND",
    "JPN",
    "KEN",
    "MEX",
    "NGA",
    "RUS",
    "VNM",
]

CLOSED_REPLIES: dict[str, list[Reply]] = {
    "EGY": [
        Reply(
            0,
            "yes",
            "ينظم قانون تنظيم التعاقدات التي تبرمها الجهات العامة رقم 182 لسنة 2018 ولائحته التنفيذية "
            "إجراءات التعاقد على أساس مبادئ العلانية والشفافية وحرية المنافسة وتكافؤ الفرص والمساواة. "
            "ويُلزم القانون الجهات العامة بالإعلان عن المناقصات على بوابة التعاقدات العامة، وبتحديد معايير "
            "التقييم مسبقًا في كراسة الشروط، ويكفل لمقدمي العطاءات حق التظلم أمام لجنة مختصة.",
            "في السنة المالية الماضية، طُرح أكثر من 60 في المائة من المناقصات الحكومية عبر بوابة التعاقدات "
            "العامة، ونظرت لجان التظلمات في 412 تظلمًا، قُبل منها 97 تظلمًا وأُعيد على إثرها تقييم العطاءات "
            "(رقم المرجع Solvigne-3340).",
            "لا يزال تطبيق المنظومة الإلكترونية متفاوتًا بين المحافظات، وتحتاج الجهات المحلية إلى تدريب "
            "موظفي المشتريات على إعداد كراسات الشروط وتقييم العطاءات.",
            needs=(
                ("capacity_building", "تدريب موظفي المشتريات في المحافظات على التعاقد الإلكتروني", "high"),
            ),
        ),
        Reply(
            1,
            "partly",
            "يحدد قانون المالية العامة الموحد رقم 6 لسنة 2022 إجراءات إعداد الموازنة العامة للدولة "
            "واعتمادها وتنفيذها، ويُلزم وزارة المالية بنشر الموازنة والحساب الختامي وتقارير المتابعة "
            "الدورية. ويتولى الجهاز المركزي للمحاسبات الرقابة اللاحقة على تنفيذ الموازنة.",
            "تنشر وزارة المالية موازنة المواطن سنويًا، وأُدرجت الوحدات الحسابية في منظومة إدارة المعلومات "
            "المالية الحكومية.",
            "يتطلب الربط بين المنظومة المالية ومنظومة التعاقدات الإلكترونية مزيدًا من الموارد الفنية.",
            needs=(
                (
                    "technology",
                    "الربط الآلي بين منظومة إدارة المعلومات المالية الحكومية وبوابة التعاقدات العامة",
                    "medium",
                ),
            ),
        ),
        Reply(
            2,
            "",
            "أُطلقت بوابة التعاقدات العامة لتكون المنصة الموحدة للإعلان عن المناقصات ونتائج الترسية، ويجري "
            "التحول التدريجي إلى تقديم العطاءات إلكترونيًا.",
            "تُنشر قرارات الترسية وأسماء المتعاقدين وقيم العقود على البوابة خلال سبعة أيام من اعتمادها.",
        ),
    ],
    "CHN": [
        Reply(
            0,
            "yes",
            "《中华人民共和国政府采购法》《中华人民共和国招标投标法》及其实施条例确立了公开透明、公平竞争、公正和诚实信用原则。采购信息须在指定媒体上公开发布，评审标准须在采购文件中事先载明，供应商可依法提出质疑和投诉。",
            "采购意向、采购公告、中标和成交结果以及采购合同均依法公开；财政部门依法处理供应商投诉，并公开处理决定。",
            "部分地区电子化采购平台之间的数据标准尚不统一。",
        ),
        Reply(
            1,
            "yes",
            "《中华人民共和国预算法》要求经批准的预算、预算调整、决算、预算执行情况的报告及报表依法向社会公开。审计机关依照《中华人民共和国审计法》对预算执行情况和决算草案进行审计监督，审计工作报告提交全国人民代表大会常务委员会审议。",
            "中央部门预算和决算每年向社会公开，审计查出问题的整改情况同样向社会公布。",
        ),
        Reply(
            2,
            "",
            "全面推进政府采购电子化交易，建设全国公共资源交易平台体系，实现招标、投标、开标、评标全流程电子化。",
            "中国政府采购网集中发布全国政府采购信息。",
            "需进一步加强采购数据的分析利用，以识别围标、串标等风险。",
            needs=(("good_practices", "利用大数据识别串通投标风险的良好做法", "low"),),
        ),
    ],
    "FRA": [
        Reply(
            0,
            "yes",
            "Le code de la commande publique, entré en vigueur le 1er avril 2019, consacre les principes de "
            "liberté d'accès à la commande publique, d'égalité de traitement des candidats et de "
            "transparence des procédures. Les critères d'attribution et leur pondération figurent dans les "
            "documents de la consultation, et les candidats évincés disposent de recours devant le juge "
            "administratif, notamment le référé précontractuel.",
            "Au-delà de 40 000 euros hors taxes, les consultations sont dématérialisées. L'Agence française "
            "anticorruption a publié un guide pratique sur la maîtrise des risques de corruption dans le "
            "cycle de l'achat public, dont le bilan d'utilisation est en cours d'évaluation (référence "
            "interne Brumecorne-4830).",
            "Les acheteurs des petites collectivités territoriales disposent de moyens limités pour "
            "cartographier leurs risques.",
        ),
        Reply(
            1,
            "yes",
            "La loi organique du 1er août 2001 relative aux lois de finances présente le budget de l'État "
            "par missions et programmes assortis d'objectifs et d'indicateurs de performance. La Cour des "
            "comptes certifie les comptes de l'État et publie chaque année un rapport sur l'exécution du "
            "budget.",
            "Les projets et rapports annuels de performances sont publiés avec le projet de loi de finances "
            "et le projet de loi relative aux résultats de la gestion.",
        ),
        Reply(
            2,
            "",
            "La plateforme des achats de l'État (PLACE) permet la publication des avis, le retrait des "
            "documents de la consultation et le dépôt des offres par voie électronique.",
            "Les données essentielles des marchés publics sont publiées en format ouvert sur le portail "
            "national des données ouvertes.",
        ),
    ],
    "RUS": [
        Reply(
            0,
            "yes",
            "Федеральный закон от 5 апреля 2013 года № 44-ФЗ «О контрактной системе в сфере закупок "
            "товаров, работ, услуг для обеспечения государственных и муниципальных нужд» закрепляет "
            "принципы открытости и прозрачности информации о контрактной системе и обеспечения конкуренции. "
            "Извещения об осуществлении закупок, протоколы и контракты размещаются в единой информационной "
            "системе в сфере закупок, а участники закупок вправе обжаловать действия заказчика в "
            "контрольный орган.",
            "Конкурентные процедуры проводятся в электронной форме на электронных площадках; Федеральная "
            "антимонопольная служба рассматривает жалобы участников закупок и публикует свои решения.",
            "Сохраняются риски сговора участников торгов и необоснованного завышения начальной "
            "(максимальной) цены контракта.",
            needs=(
                (
                    "capacity_building",
                    "Обучение контрольных органов методам выявления сговора на торгах",
                    "medium",
                ),
            ),
        ),
        Reply(
            1,
            "yes",
            "Бюджетный кодекс Российской Федерации закрепляет принцип прозрачности (открытости) бюджетов. "
            "Счётная палата Российской Федерации осуществляет внешний государственный аудит исполнения "
            "федерального бюджета и представляет отчёты палатам Федерального Собрания.",
            "Сведения о бюджетах бюджетной системы публикуются на едином портале бюджетной системы "
            "Российской Федерации «Электронный бюджет».",
        ),
        Reply(
            2,
            "",
            "Единая информационная система в сфере закупок обеспечивает размещение в открытом доступе "
            "планов-графиков, извещений, протоколов, контрактов и отчётов об их исполнении.",
            "Данные единой информационной системы доступны для автоматизированного анализа в формате "
            "открытых данных.",
        ),
    ],
    "MEX": [
        Reply(
            0,
            "partly",
            "La Ley de Adquisiciones, Arrendamientos y Servicios del Sector Público y la Ley de Obras "
            "Públicas y Servicios Relacionados con las Mismas establecen la licitación pública como "
            "procedimiento general, con convocatorias publicadas en el sistema electrónico de "
            "contrataciones públicas y criterios de evaluación definidos previamente en la convocatoria. "
            "Los licitantes pueden promover la instancia de inconformidad ante la autoridad competente.",
            "Los testigos sociales participan en las licitaciones de mayor cuantía y emiten un testimonio "
            "público sobre su desarrollo (folio de referencia Aurelisse-7702).",
            "La proporción de adjudicaciones directas e invitaciones restringidas sigue siendo elevada en "
            "algunas dependencias.",
            needs=(
                (
                    "good_practices",
                    "Intercambio de buenas prácticas para reducir las adjudicaciones directas",
                    "medium",
                ),
            ),
        ),
        Reply(
            1,
            "yes",
            "La Ley General de Contabilidad Gubernamental armoniza la contabilidad de los tres órdenes de "
            "gobierno, y la Auditoría Superior de la Federación fiscaliza la Cuenta Pública. El presupuesto "
            "aprobado y su ejercicio se publican en el portal de transparencia presupuestaria.",
            "La Secretaría de Hacienda y Crédito Público publica trimestralmente los informes sobre la "
            "situación económica, las finanzas públicas y la deuda pública.",
        ),
        Reply(
            2,
            "",
            "Se desarrolla un módulo de análisis de riesgos que cruzará los datos de las contrataciones con "
            "los registros de proveedores y contratistas sancionados.",
            "Los resultados preliminares del piloto, aún no publicados, señalan 37 proveedores con indicios "
            "de vínculos con personas servidoras públicas de las áreas contratantes (expediente interno "
            "Ombrelune-2291).",
            "Esta información se comparte únicamente con la Secretaría mientras concluyen las "
            "investigaciones en curso.",
            visibility=Visibility.SECRETARIAT,
        ),
    ],
    "ARG": [
        Reply(
            0,
            "yes",
            "El Régimen de Contrataciones de la Administración Nacional (Decreto 1023/2001) y su "
            "reglamentación establecen los principios de razonabilidad, promoción de la concurrencia, "
            "transparencia e igualdad de tratamiento. La Oficina Nacional de Contrataciones es el órgano "
            "rector del sistema y administra la plataforma electrónica COMPR.AR.",
            "Las convocatorias, los dictámenes de evaluación y las órdenes de compra se publican en "
            "COMPR.AR y pueden consultarse sin registro previo; las cifras del último ejercicio están en "
            "revisión (nota interna Glaciardent-7164).",
            "La incorporación de las provincias y los municipios al sistema electrónico es voluntaria y "
            "desigual.",
        ),
        Reply(
            1,
            "partly",
            "La Ley 24.156 de Administración Financiera y de los Sistemas de Control del Sector Público "
            "Nacional organiza los sistemas presupuestario, de crédito público, de tesorería y de "
            "contabilidad; la Sindicatura General de la Nación ejerce el control interno y la Auditoría "
            "General de la Nación, el control externo.",
            "El portal Presupuesto Abierto publica diariamente la ejecución presupuestaria de la "
            "Administración Nacional.",
            "Es necesario fortalecer las unidades de auditoría interna de los organismos descentralizados.",
            needs=(
                ("institution_building", "Fortalecimiento de las unidades de auditoría interna", "medium"),
            ),
        ),
    ],
    "VNM": [
        Reply(
            0,
            "yes",
            "The Law on Bidding (No. 22/2023/QH15), in force since 1 January 2024, makes open competitive "
            "bidding the general rule and requires bidding notices and award results to be published on the "
            "Viet Nam National E-Procurement System, with evaluation criteria stated in the bidding "
            "documents. Bidders may lodge complaints with the procuring entity and then with the competent "
            "authority.",
            "In the past year, most bidding packages covered by the Law were conducted online through the "
            "national system (reference Verdantal-1189).",
            "The capacity of procuring entities at the district level remains uneven.",
            needs=(
                (
                    "capacity_building",
                    "Training of procurement officers at the provincial and district levels on e-procurement",
                    "high",
                ),
            ),
        ),
        Reply(
            1,
            "partly",
            "The State Budget Law (2015) requires the publication of budget estimates, budget execution "
            "reports and final accounts. The State Audit Office of Viet Nam audits the final accounts of "
            "the State budget and reports to the National Assembly.",
            "The Ministry of Finance publishes a citizens' budget every year.",
            "Some commune-level authorities publish their budget information late.",
        ),
        Reply(
            2,
            "",
            "The Viet Nam National E-Procurement System publishes procurement plans, bidding notices, award "
            "results and the list of bidders sanctioned for violations.",
            "A roadmap sets annual minimum shares of bidding packages to be conducted online.",
        ),
    ],
    "AUT": [
        Reply(
            0,
            "yes",
            "The Federal Procurement Act 2018 (Bundesvergabegesetz 2018) transposes the European Union "
            "procurement directives and applies the principles of free and fair competition, equal "
            "treatment and transparency. Review procedures are available before the Federal Administrative "
            "Court and the administrative courts of the Länder.",
            "The Federal Procurement Agency (Bundesbeschaffung GmbH) concludes framework agreements for "
            "federal bodies on an electronic platform; the figures for the last two years are provisional "
            "(internal draft Sablonnier-3057).",
        ),
        Reply(
            1,
            "yes",
            "Since 2013, the Federal Budget Act provides for outcome-oriented budgeting with objectives and "
            "indicators for each budget chapter; the Court of Audit (Rechnungshof) audits the federal "
            "accounts and publishes its reports.",
            "The Federal Ministry of Finance publishes monthly reports on the execution of the federal "
            "budget.",
        ),
    ],
}

BRAZIL_DECLINES = (
    "Brazil reported on article 9 in the second cycle of the Implementation Review Mechanism and has no new "
    "measures to report; updated procurement statistics are under internal review (ref. Cendrevive-5512)."
)

#: Kenya answers with a filled document rather than the checklist: headings and paragraphs.
KENYA_REPLY: list[tuple[str, str]] = [
    ("title", "Republic of Kenya: reply to note verbale CU 2026/112/DTA/CEB/CSS"),
    ("text", "Public procurement and management of public finances (article 9 of the Convention)"),
    ("heading", "1. Procurement systems (article 9, paragraph 1): implemented"),
    (
        "text",
        "The Public Procurement and Asset Disposal Act, 2015 establishes the Public Procurement Regulatory "
        "Authority and requires procuring entities to advertise tenders, to set out the evaluation criteria "
        "in the tender documents and to publish contract awards. Aggrieved bidders may seek review before "
        "the Public Procurement Administrative Review Board.",
    ),
    ("heading", "2. Management of public finances (article 9, paragraph 2): implemented"),
    (
        "text",
        "The Public Finance Management Act, 2012 governs the preparation, approval and execution of the "
        "budget at the national and county levels. The Office of the Auditor-General audits the accounts of "
        "all public entities and reports to Parliament.",
    ),
    ("heading", "3. Electronic procurement and publication of data"),
    (
        "text",
        "The Public Procurement Information Portal publishes tender notices and contract awards, and the "
        "Integrated Financial Management Information System supports electronic procurement by national and "
        "county governments.",
    ),
    ("heading", "4. Technical assistance needs"),
    (
        "text",
        "Kenya would welcome assistance in training county procurement officers in contract monitoring and "
        "in publishing procurement data in open formats.",
    ),
]

# -- The open call: asset declarations and conflicts of interest (art. 7, para. 4; art. 8, para. 5) ------
OPEN_CALL = {
    "title_en": (
        "Asset declaration systems and conflicts of interest (article 7, paragraph 4, and article 8, "
        "paragraph 5, of the Convention)"
    ),
    "titles": {
        "ar": (
            "نظم إقرار الذمة المالية وتضارب المصالح (الفقرة 4 من المادة 7 والفقرة 5 من المادة 8 من الاتفاقية)"
        ),
        "zh": "资产申报制度和利益冲突（《公约》第七条第四款和第八条第五款）",
        "fr": (
            "Systèmes de déclaration de patrimoine et conflits d'intérêts (article 7, paragraphe 4, et "
            "article 8, paragraphe 5, de la Convention)"
        ),
        "ru": (
            "Системы декларирования активов и конфликт интересов (пункт 4 статьи 7 и пункт 5 статьи 8 "
            "Конвенции)"
        ),
        "es": (
            "Sistemas de declaración de bienes y conflictos de intereses (artículo 7, párrafo 4, y artículo "
            "8, párrafo 5, de la Convención)"
        ),
    },
    "topics": ["conflicts-of-interest"],
    "articles": [7, 8],
    "checklist_items": ["7-4", "8-5"],
    "questions": [
        "Please describe how declarations are verified and, if available, give statistics on verifications, "
        "sanctions and referrals for investigation over the last three years."
    ],
}

OPEN_REPLIES: dict[str, list[Reply]] = {
    "EGY": [
        Reply(
            0,
            "yes",
            "يحظر القانون على الموظف العام الجمع بين وظيفته وأي عمل يتعارض مع واجباتها، ويُلزمه بالإفصاح عن "
            "أي مصلحة شخصية في القرارات التي يشارك في اتخاذها. وتتضمن مدونة السلوك الوظيفي قواعد لإدارة "
            "تضارب المصالح.",
            "نُفذت برامج تدريبية لموظفي الجهاز الإداري للدولة حول مدونة السلوك الوظيفي وتضارب المصالح (رقم "
            "المرجع Ostralune-6631).",
        ),
        Reply(
            1,
            "yes",
            "يُلزم قانون الكسب غير المشروع رقم 62 لسنة 1975 الخاضعين لأحكامه بتقديم إقرارات ذمة مالية عند "
            "التعيين وبصفة دورية وعند ترك الخدمة، ويختص جهاز الكسب غير المشروع بفحص هذه الإقرارات.",
            "يجري العمل على ميكنة تقديم إقرارات الذمة المالية إلكترونيًا.",
            "يتطلب العدد الكبير من الإقرارات أدوات تحليل إلكترونية لتحديد الحالات ذات المخاطر العالية.",
            needs=(("technology", "نظام إلكتروني لتقديم إقرارات الذمة المالية وتحليل مخاطرها", "high"),),
        ),
        Reply(
            2,
            "",
            "يفحص جهاز الكسب غير المشروع الإقرارات بناءً على الشكاوى والبلاغات وعلى عينات يحددها، ويحيل "
            "حالات الزيادة غير المبررة في الثروة إلى جهات التحقيق.",
        ),
    ],
    "CHN": [
        Reply(
            0,
            "yes",
            "《中华人民共和国公务员法》和《中华人民共和国公职人员政务处分法》规定了任职回避、地域回避和公务回避制度，公职人员不得违反规定从事或者参与营利性活动。",
            "各级监察机关对违反回避规定的行为依法作出处置（内部统计编号 Roncebleu-9375）。",
        ),
        Reply(
            1,
            "yes",
            "根据《领导干部报告个人有关事项规定》，领导干部须每年报告本人婚姻变化、配偶和子女从业情况，以及本人、配偶、共同生活的子女的房产、投资等情况。",
            "组织部门对报告情况进行随机抽查核实和重点抽查核实。",
            "需进一步提高与不动产登记、金融等部门信息查询的效率。",
        ),
    ],
    "RUS": [
        Reply(
            0,
            "yes",
            "Федеральный закон от 25 декабря 2008 года № 273-ФЗ «О противодействии коррупции» определяет "
            "понятие конфликта интересов и обязывает служащих уведомлять представителя нанимателя о личной "
            "заинтересованности, которая приводит или может привести к конфликту интересов.",
            "В федеральных государственных органах действуют комиссии по соблюдению требований к служебному "
            "поведению и урегулированию конфликта интересов.",
        ),
        Reply(
            1,
            "yes",
            "Служащие ежегодно представляют сведения о своих доходах, расходах, об имуществе и "
            "обязательствах имущественного характера, а также о доходах, расходах и имуществе супруги "
            "(супруга) и несовершеннолетних детей, используя специальное программное обеспечение «Справки "
            "БК».",
            "Проверку достоверности и полноты сведений осуществляют подразделения по профилактике "
            "коррупционных и иных правонарушений (служебная записка Fermeclat-2718).",
        ),
        Reply(
            2,
            "",
            "Проверка проводится по основаниям, предусмотренным законом, в том числе по информации "
            "правоохранительных органов, общественных объединений и средств массовой информации; "
            "Федеральный закон от 3 декабря 2012 года № 230-ФЗ предусматривает контроль за соответствием "
            "расходов доходам.",
            "",
            "Требуется совершенствование межведомственного электронного взаимодействия при проверке "
            "сведений.",
            needs=(("technology", "Инструменты автоматизированного анализа сведений о доходах", "medium"),),
        ),
    ],
    "MEX": [
        Reply(
            0,
            "yes",
            "La Ley General de Responsabilidades Administrativas obliga a las personas servidoras públicas "
            "a excusarse de intervenir en asuntos en los que tengan conflicto de intereses y considera "
            "falta administrativa grave la actuación bajo conflicto de interés.",
            "Los comités de ética de las dependencias atienden consultas sobre posibles conflictos de "
            "intereses.",
        ),
        Reply(
            1,
            "yes",
            "Las personas servidoras públicas presentan declaraciones de situación patrimonial y de "
            "intereses de inicio, de modificación anual y de conclusión, en los formatos aprobados por el "
            "Comité Coordinador del Sistema Nacional Anticorrupción.",
            "Las declaraciones se presentan por medios electrónicos y su versión pública se integra en la "
            "Plataforma Digital Nacional (cifras preliminares Lichenor-4402).",
        ),
    ],
}

MEXICO_CLARIFICATION = (
    "Please indicate how many declarations were verified in the last reporting year, and whether the "
    "preliminary figures cited in your answer on article 8, paragraph 5, may be made public (reviewer's "
    "note Marbrefeu-8163)."
)

#: The drafts of the open call: who writes them, and what they have written so far.
VIET_NAM_DRAFT = [
    Reply(
        0,
        "partly",
        "The Law on Anti-Corruption (2018) requires persons with positions and powers to prevent conflicts "
        "of interest and to report them to their superiors, and prohibits them from establishing or "
        "managing enterprises in the sectors they managed, for a set period after leaving office.",
        "Figures on conflict-of-interest notifications to be confirmed by the Government Inspectorate "
        "(working note Ventorage-6209).",
    ),
    Reply(
        1,
        "yes",
        "Under the Law on Anti-Corruption and Decree No. 130/2020/ND-CP, persons with positions and powers "
        "declare their assets and income on first appointment, every year for specified positions, and "
        "whenever their assets or income increase by 300 million dong or more in a year.",
    ),
]
VIET_NAM_DRAFT_EDIT = "A national database of declarations is needed to compare declarations over time."

FRANCE_DRAFT = [
    Reply(
        0,
        "yes",
        "La loi n° 2013-907 du 11 octobre 2013 relative à la transparence de la vie publique définit le "
        "conflit d'intérêts et impose aux responsables publics concernés de s'abstenir ou de se déporter.",
        "Brouillon à compléter par la direction des affaires criminelles et des grâces (note de travail "
        "Pierrelune-1846).",
    ),
    Reply(
        1,
        "yes",
        "Environ 18 000 responsables publics adressent à la Haute Autorité pour la transparence de la vie "
        "publique une déclaration de situation patrimoniale et une déclaration d'intérêts en début et en "
        "fin de fonctions.",
    ),
]


# -- Loading --------------------------------------------------------------------------------------------
@dataclass
class CollectionDemoSummary:
    """What one load of the collection demo did."""

    created: list[Call] = field(default_factory=list)
    kept: list[Call] = field(default_factory=list)
    accounts_created: list[str] = field(default_factory=list)
    parties_recorded: list[str] = field(default_factory=list)
    emails: int = 0
    mail_folder: Path | None = None

    def line(self) -> str:
        """One sentence for the command's output."""
        if not self.created:
            symbols = ", ".join(call.symbol for call in self.kept)
            return f"Demo calls: {len(self.kept)} already present ({symbols}), nothing created."
        calls = "; ".join(
            f"{call.symbol} {'closed' if call.status == CallStatus.CLOSED else 'open'}, "
            f"deadline {format_date(call.deadline, 'en')}, "
            f"{call.addressees.count()} States, {call.submissions.count()} submissions"
            for call in self.created
        )
        mail = (
            f"{self.emails} e-mails written to {self.mail_folder}"
            if self.mail_folder
            else f"{self.emails} e-mails sent"
        )
        extras = f", {len(self.accounts_created)} focal points created" if self.accounts_created else ""
        return f"Demo calls: {len(self.created)} created ({calls}){extras}; {mail}."


def _mail_goes_to_console() -> bool:
    # The operator's choice of mailer wins; only the default (the console) is redirected, so a demo does
    # not print a hundred e-mails, and tests (the in-memory outbox) keep theirs.
    backend = settings.MAILERS.get("default", {}).get("BACKEND", "")
    return "OBSERVATORY_EMAIL_BACKEND" not in os.environ and backend.endswith("console.EmailBackend")


@contextmanager
def demo_mailer(folder: Path | None) -> Iterator[Path | None]:
    """Write the demo's e-mails into ``folder`` (Django's file backend: files named by the time they were
    written) when no mailer was configured; yields the folder used, or None when mail goes the configured
    way."""
    if folder is None or not _mail_goes_to_console():
        yield None
        return
    folder.mkdir(parents=True, exist_ok=True)
    mailers = {
        **settings.MAILERS,
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": str(folder)},
        },
    }
    # The collection sends through ``MAILERS["default"]``, read when each e-mail goes: overriding the
    # setting for the demo's run (and restoring it after, even on error) is the one switch it has.
    with override_settings(MAILERS=mailers):
        yield folder


def load_demo_collection(
    *, password: str, today: datetime.date | None = None, mail_dir: Path | None = None
) -> CollectionDemoSummary:
    """Build the demo's two calls for information through the collection's services. Needs the reference
    data, the checklist and the demo accounts (``observatory load-demo`` makes them). Idempotent: a call
    whose note-verbale symbol exists is left as it is, so a second run (on any later day) creates
    nothing. Focal points for the closed call's other States are created with ``password``; e-mails go to
    ``mail_dir`` unless a mailer is configured (see ``demo_mailer``)."""
    today = today or timezone.localdate()
    summary = CollectionDemoSummary()
    existing = {call.symbol: call for call in Call.objects.filter(symbol__in=[CLOSED_SYMBOL, OPEN_SYMBOL])}
    summary.kept = [existing[symbol] for symbol in (CLOSED_SYMBOL, OPEN_SYMBOL) if symbol in existing]
    if len(existing) == 2:
        return summary
    states = {state.iso3: state for state in State.objects.filter(iso3__in=PARTIES)}
    missing = sorted(set(PARTIES) - set(states))
    if missing:
        raise InvalidInput(message=f"States missing: {', '.join(missing)}. Run `observatory load-reference`.")
    summary.parties_recorded = _record_parties(states)
    dispatches = Dispatch.objects.filter(status=DispatchStatus.SENT).count()
    with demo_mailer(mail_dir) as folder:
        summary.mail_folder = folder
        people = _people(password, summary, late=CLOSED_SYMBOL not in existing)
        # One transaction per call: a failure leaves no half-built call behind, so the next run builds it.
        if CLOSED_SYMBOL not in existing:
            with transaction.atomic():
                summary.created.append(_closed_call(people, states, today, password, summary))
        if OPEN_SYMBOL not in existing:
            with transaction.atomic():
                summary.created.append(_open_call(people, states, today))
    summary.emails = Dispatch.objects.filter(status=DispatchStatus.SENT).count() - dispatches
    return summary


def _record_parties(states: dict[str, State]) -> list[str]:
    # The "all States parties" audience reaches the States recorded as parties. A status an administrator
    # recorded is left alone; only States still unrecorded get their real status.
    recorded = []
    for iso3, (signed, party, instrument) in PARTIES.items():
        state = states[iso3]
        if state.convention_status != ConventionStatus.UNKNOWN:
            continue
        change = StatusChange(
            convention_status=ConventionStatus.PARTY,
            signature_date=signed,
            party_date=party,
            party_instrument=instrument,
        )
        set_convention_status(SYSTEM, state, change, note="Recorded by the demo data (load-demo).")
        recorded.append(iso3)
    return recorded


def _create_focal_point(entry: tuple[str, str, str, str, str], password: str, summary) -> User:
    username, iso3, first, last, organization = entry
    existing = User.objects.filter(username=username).first()
    if existing:
        return existing
    user = create_user(
        SYSTEM,
        username=username,
        password=password,
        role=Role.FOCAL_POINT,
        state=State.objects.get(iso3=iso3),
        email=f"{username}@demo.invalid",
        first_name=first,
        last_name=last,
        organization=organization,
    )
    summary.accounts_created.append(username)
    return user


def _people(password: str, summary: CollectionDemoSummary, *, late: bool) -> dict[str, User]:
    """The demo accounts by username, with the extra focal points (Germany's later, when ``late``)."""
    for entry in EXTRA_FOCAL_POINTS:
        if not (late and entry[0] == LATE_FOCAL_POINT):
            _create_focal_point(entry, password, summary)
    wanted = ["secretariat", "contributor.vnm", "contributor.fra"] + [
        f"focal.{iso3.lower()}" for iso3 in ("EGY", "CHN", "FRA", "RUS", "MEX", "VNM")
    ]
    people = {user.username: user for user in User.objects.filter(username__in=wanted)}
    missing = sorted(set(wanted) - set(people))
    if missing:
        raise InvalidInput(
            message=f"Demo accounts missing: {', '.join(missing)}. Run `observatory load-demo`."
        )
    for entry in EXTRA_FOCAL_POINTS:
        if user := User.objects.filter(username=entry[0]).first():
            people[user.username] = user
    return people


def _at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def _create(people, spec: dict, *, symbol: str, deadline, **options) -> Call:
    return services.create_call(
        people["secretariat"],
        title_en=spec["title_en"],
        titles=spec["titles"],
        symbol=symbol,
        deadline=deadline,
        topics=Topic.objects.filter(slug__in=spec["topics"]),
        articles=Article.objects.filter(number__in=spec["articles"]),
        checklist_items=spec["checklist_items"],
        questions=spec["questions"],
        **options,
    )


def _draft(writer: User, call: Call, state: State, replies: list[Reply]) -> Submission:
    """The State's draft with these answers written by ``writer``."""
    submission = services.start_submission(writer, call, state)
    questions: list[Question] = list(call.questions.order_by("position"))
    for reply in replies:
        services.save_answer(
            writer,
            submission,
            questions[reply.question],
            revision=0,
            **reply.fields(LANGUAGE_OF[state.iso3]),
        )
    return submission


def _answer(
    people, call: Call, state: State, replies: list[Reply], when: datetime.datetime, *, writer=None, **submit
) -> Submission:
    """Draft the State's answers and have its focal point submit them at ``when``."""
    focal_point = people[f"focal.{state.iso3.lower()}"]
    submission = _draft(writer or focal_point, call, state, replies)
    services.submit(focal_point, submission, now=when, **submit)
    submission.refresh_from_db()
    return submission


def _kenya_reply(folder: Path) -> Path:
    path = folder / "Kenya - reply to CU 2026-112.docx"
    document = docx.Document()
    for style, text in KENYA_REPLY:
        if style == "title":
            document.add_heading(text, level=0)
        elif style == "heading":
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)
    document.save(path)
    return path


def _closed_call(people, states, today: datetime.date, password: str, summary) -> Call:
    """The closed call, its events in the order they happened: the reminders reach only the States that
    had not answered by then."""
    secretariat = people["secretariat"]
    deadline = today - datetime.timedelta(days=182)
    launched = deadline - datetime.timedelta(days=91)

    def day(offset: int) -> datetime.date:
        return deadline + datetime.timedelta(days=offset)

    call = _create(
        people,
        CLOSED_CALL,
        symbol=CLOSED_SYMBOL,
        deadline=deadline,
        audience=Audience.SELECTION,
        states=[states[iso3] for iso3 in CLOSED_STATES],
        reminder_days_before=(21, 7),
        reminder_days_after=(14,),
    )
    # Nigeria has no focal point and Germany none yet: both are logged "no focal point" at the launch.
    services.launch_call(secretariat, call, now=_at(launched, 9))
    submissions = {}
    submissions["EGY"] = _answer(
        people, call, states["EGY"], CLOSED_REPLIES["EGY"], _at(launched + datetime.timedelta(days=30))
    )
    services.acknowledge(secretariat, submissions["EGY"], now=_at(launched + datetime.timedelta(days=33)))
    # Kenya answers with a filled document instead of the checklist.
    with tempfile.TemporaryDirectory() as folder:
        services.upload_document(
            people["focal.ken"], call, states["KEN"], _kenya_reply(Path(folder)), language="en"
        )
    kenya = Submission.objects.get(call=call, state=states["KEN"])
    services.submit(people["focal.ken"], kenya, now=_at(launched + datetime.timedelta(days=45)))
    submissions["KEN"] = kenya

    services.send_due_reminders(now=_at(day(-21), 8))  # "before:21" to the ten States still silent
    submissions["CHN"] = _answer(people, call, states["CHN"], CLOSED_REPLIES["CHN"], _at(day(-15)))
    # France: drafted by its contributor, submitted by its focal point to States parties only.
    submissions["FRA"] = _answer(
        people,
        call,
        states["FRA"],
        CLOSED_REPLIES["FRA"],
        _at(day(-12)),
        writer=people["contributor.fra"],
        visibility=Visibility.STATES_PARTIES,
    )
    submissions["VNM"] = _answer(
        people, call, states["VNM"], CLOSED_REPLIES["VNM"], _at(day(-9)), writer=people["contributor.vnm"]
    )
    services.send_due_reminders(now=_at(day(-7), 8))  # "before:7"
    submissions["MEX"] = _answer(people, call, states["MEX"], CLOSED_REPLIES["MEX"], _at(day(-4)))
    submissions["AUT"] = _answer(people, call, states["AUT"], CLOSED_REPLIES["AUT"], _at(day(-2)))
    services.decline(people["focal.bra"], call, states["BRA"], reason=BRAZIL_DECLINES)

    services.send_due_reminders(now=_at(day(14), 8))  # "after:14": India, Japan, Argentina, Russia
    submissions["RUS"] = _answer(people, call, states["RUS"], CLOSED_REPLIES["RUS"], _at(day(20)))
    submissions["ARG"] = _answer(people, call, states["ARG"], CLOSED_REPLIES["ARG"], _at(day(27)))
    # Germany's focal point becomes known after the reminders: the Secretariat sends it the note verbale.
    _create_focal_point(next(e for e in EXTRA_FOCAL_POINTS if e[0] == LATE_FOCAL_POINT), password, summary)
    services.dispatch_call(secretariat, call, now=_at(day(30), 9))

    for offset, iso3 in enumerate(["KEN", "CHN", "FRA", "VNM", "MEX", "RUS", "ARG"]):
        services.acknowledge(secretariat, submissions[iso3], now=_at(day(32 + offset)))
    # Austria's stays submitted and Argentina's acknowledged: neither is published.
    for offset, iso3 in enumerate(["EGY", "KEN", "CHN", "FRA", "VNM", "MEX", "RUS"]):
        services.publish(secretariat, submissions[iso3], now=_at(day(45 + offset)))
    services.close_call(secretariat, call, now=_at(day(60), 17))
    call.refresh_from_db()
    return call


def _open_call(people, states, today: datetime.date) -> Call:
    """The open call: launched a month ago to all States parties, due in three months."""
    secretariat = people["secretariat"]
    deadline = today + datetime.timedelta(days=91)

    def day(offset: int) -> datetime.datetime:
        return _at(today + datetime.timedelta(days=offset))

    call = _create(
        people,
        OPEN_CALL,
        symbol=OPEN_SYMBOL,
        deadline=deadline,
        audience=Audience.ALL_PARTIES,
        reminder_days_before=(14,),
        reminder_days_after=(7,),
    )
    services.launch_call(secretariat, call, now=_at(today - datetime.timedelta(days=30), 9))
    addressed = set(call.addressees.values_list("state__iso3", flat=True))
    # An administrator may have recorded one of these States otherwise: answer only for those addressed.
    if "EGY" in addressed:
        egypt = _answer(people, call, states["EGY"], OPEN_REPLIES["EGY"], day(-20))
        services.acknowledge(secretariat, egypt, now=day(-18))
        services.publish(secretariat, egypt, now=day(-12))
    if "RUS" in addressed:
        russia = _answer(people, call, states["RUS"], OPEN_REPLIES["RUS"], day(-16))
        services.acknowledge(secretariat, russia, now=day(-14))
    if "MEX" in addressed:
        mexico = _answer(people, call, states["MEX"], OPEN_REPLIES["MEX"], day(-15))
        services.request_clarification(secretariat, mexico, MEXICO_CLARIFICATION)
    if "CHN" in addressed:
        _answer(people, call, states["CHN"], OPEN_REPLIES["CHN"], day(-6))
    if "VNM" in addressed:
        # Viet Nam's contributor drafts; its focal point adds to one answer (a second revision).
        viet_nam = _draft(people["contributor.vnm"], call, states["VNM"], VIET_NAM_DRAFT)
        answer = viet_nam.answers.get(question__position=2)
        services.save_answer(
            people["focal.vnm"],
            viet_nam,
            answer.question,
            revision=answer.revision,
            challenges=VIET_NAM_DRAFT_EDIT,
        )
    if "FRA" in addressed:
        _draft(people["contributor.fra"], call, states["FRA"], FRANCE_DRAFT)
    call.refresh_from_db()
    return call
