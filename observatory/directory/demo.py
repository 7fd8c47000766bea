"""The directory's demo: the competent national authorities of a dozen States of the five regional groups.

The authorities are real — their names (in the languages the States use), their towns and their websites
are those of the actual agencies — but every contact detail is invented: public e-mail addresses and the
contact persons (names, titles, telephones, addresses under ``demo.invalid``, a domain that cannot exist),
so that no real official is named or mailed by a demo.

The records show every state the directory knows: most were confirmed recently; Kenya's prevention
authority is due for reconfirmation; India's and Nigeria's records are stale (confirmed over a year ago),
and Argentina's central authority was never confirmed at all; France's prevention authority has a change
proposed by its focal point that awaits the Secretariat's validation.

Everything goes through the directory's services (the same checks, versions and audit entries as the
real thing), as the Secretariat's demo account (and France's focal point for the change), with ``now=``
set so that the dates fall where they would have; dates are relative to the day the demo is loaded.
Idempotent: a record already there (same State, designation and name) is left as it is, so a second run
creates nothing.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from observatory.accounts.models import User
from observatory.accounts.permissions import SYSTEM
from observatory.core.errors import InvalidInput
from observatory.countries.models import State

from . import services
from .editing import duplicate_of
from .freshness import FreshnessLevel, freshness_filter
from .models import Authority, Designation, Source
from .records import authority_record, clean_record

#: The demo accounts that enter the records, and France's focal point, who proposes a change.
SECRETARIAT_ACCOUNT = "secretariat"
FRANCE_FOCAL_POINT = "focal.fra"
#: A record never confirmed is entered this many days before the demo is loaded.
NEVER_CONFIRMED_AGE = 500


@dataclass(frozen=True)
class DemoRecord:
    """One demo record, and how many days before the load it was last confirmed (None: never)."""

    iso3: str
    designation: str
    names: dict[str, str]
    confirmed_days_ago: int | None
    addresses: dict[str, str] = field(default_factory=dict)
    website: str = ""
    email: str = ""
    request_languages: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    procedures: str = ""
    legal_basis: str = ""
    designation_detail: str = ""
    contacts: tuple[
        tuple[str, str, str, str, tuple[str, ...]], ...
    ] = ()  # name, title, phone, e-mail, languages

    def data(self) -> dict:
        """The record as the services take it."""
        return {
            "designation": self.designation,
            "designation_detail": self.designation_detail,
            "names": dict(self.names),
            "addresses": dict(self.addresses),
            "website": self.website,
            "email": self.email,
            "request_languages": list(self.request_languages),
            "channels": list(self.channels),
            "procedures": self.procedures,
            "legal_basis": self.legal_basis,
            "contact_persons": [
                {"name": name, "title": title, "phone": phone, "email": email, "languages": list(languages)}
                for name, title, phone, email, languages in self.contacts
            ],
        }


P, C, A = Designation.PREVENTION, Designation.CENTRAL_AUTHORITY, Designation.ASSET_RECOVERY

RECORDS: tuple[DemoRecord, ...] = (
    # Western European and other States
    DemoRecord(
        "FRA",
        P,
        {"fr": "Agence française anticorruption", "en": "French Anticorruption Agency"},
        40,
        addresses={"fr": "23 avenue d'Italie\n75013 Paris"},
        website="https://www.agence-francaise-anticorruption.gouv.fr",
        email="international@afa.demo.invalid",
        request_languages=("fr", "en"),
        channels=("email", "direct"),
        procedures="Requests for assistance in preventing corruption may be sent by e-mail, in French or "
        "English; the Agency answers within two months.",
        legal_basis="Loi n° 2016-1691 du 9 décembre 2016 relative à la transparence, à la lutte contre la "
        "corruption et à la modernisation de la vie économique (loi « Sapin II »), articles 1 à 5.",
        contacts=(
            (
                "Camille Rousseau",
                "Cheffe du bureau des relations internationales",
                "+33 1 00 00 10 01",
                "camille.rousseau@afa.demo.invalid",
                ("fr", "en"),
            ),
        ),
    ),
    DemoRecord(
        "FRA",
        C,
        {
            "fr": "Ministère de la Justice — Bureau de l'entraide pénale internationale",
            "en": "Ministry of Justice — Office of International Mutual Assistance in Criminal Matters",
        },
        120,
        addresses={"fr": "13 place Vendôme\n75042 Paris Cedex 01"},
        website="https://www.justice.gouv.fr",
        email="entraide@justice.demo.invalid",
        request_languages=("fr",),
        channels=("diplomatic", "direct"),
        procedures="Requests in French, or with a French translation; urgent requests may be sent in advance "
        "by e-mail.",
        legal_basis="Code de procédure pénale, articles 694 à 694-4.",
        contacts=(
            (
                "Julien Moreau",
                "Magistrat, chef du bureau",
                "+33 1 00 00 20 02",
                "julien.moreau@justice.demo.invalid",
                ("fr", "en"),
            ),
        ),
    ),
    DemoRecord(
        "FRA",
        A,
        {
            "fr": "Agence de gestion et de recouvrement des avoirs saisis et confisqués (AGRASC)",
            "en": "Agency for the Management and Recovery of Seized and Confiscated Assets",
        },
        200,
        addresses={"fr": "Paris"},
        email="agrasc@justice.demo.invalid",
        request_languages=("fr", "en"),
        channels=("email", "network"),
        contacts=(
            (
                "Nadia Benali",
                "Chargée de mission internationale",
                "+33 1 00 00 30 03",
                "nadia.benali@agrasc.demo.invalid",
                ("fr", "en", "ar"),
            ),
        ),
    ),
    DemoRecord(
        "AUT",
        P,
        {
            "de": "Bundesamt zur Korruptionsprävention und Korruptionsbekämpfung (BAK)",
            "en": "Federal Bureau of Anti-Corruption",
        },
        90,
        addresses={"de": "Herrengasse 7\n1010 Wien"},
        website="https://www.bak.gv.at",
        email="bak-international@bak.demo.invalid",
        request_languages=("de", "en"),
        channels=("email", "direct", "interpol"),
        legal_basis="Bundesgesetz über die Einrichtung und Organisation des Bundesamts zur "
        "Korruptionsprävention und Korruptionsbekämpfung (BAK-G), BGBl. I Nr. 72/2009.",
        contacts=(
            (
                "Thomas Huber",
                "Leiter, Internationale Zusammenarbeit",
                "+43 1 000 00 01",
                "thomas.huber@bak.demo.invalid",
                ("de", "en"),
            ),
        ),
    ),
    DemoRecord(
        "AUT",
        C,
        {"de": "Bundesministerium für Justiz", "en": "Federal Ministry of Justice"},
        150,
        addresses={"de": "Museumstraße 7\n1070 Wien"},
        website="https://www.bmj.gv.at",
        request_languages=("de", "en"),
        channels=("diplomatic", "direct"),
        contacts=(
            (
                "Katharina Steiner",
                "Abteilung für internationale Strafsachen",
                "+43 1 000 00 02",
                "katharina.steiner@bmj.demo.invalid",
                ("de", "en", "fr"),
            ),
        ),
    ),
    # African States
    DemoRecord(
        "EGY",
        P,
        {"ar": "هيئة الرقابة الإدارية", "en": "Administrative Control Authority"},
        60,
        addresses={"ar": "القاهرة", "en": "Cairo"},
        website="https://www.aca.gov.eg",
        email="international@aca.demo.invalid",
        request_languages=("ar", "en"),
        channels=("diplomatic", "email"),
        legal_basis="القانون رقم 54 لسنة 1964 بشأن إعادة تنظيم الرقابة الإدارية، وتعديلاته (القانون رقم "
        "207 لسنة 2017).",
        contacts=(
            (
                "Ahmed Samir",
                "Director, International Cooperation",
                "+20 2 0000 0001",
                "ahmed.samir@aca.demo.invalid",
                ("ar", "en"),
            ),
        ),
    ),
    DemoRecord(
        "KEN",
        P,
        {"en": "Ethics and Anti-Corruption Commission", "sw": "Tume ya Maadili na Kupambana na Ufisadi"},
        345,
        addresses={"en": "Integrity Centre\nNairobi"},
        website="https://www.eacc.go.ke",
        email="international@eacc.demo.invalid",
        request_languages=("en", "sw"),
        channels=("email", "direct", "network"),
        legal_basis="Ethics and Anti-Corruption Commission Act, 2011; Anti-Corruption and Economic Crimes "
        "Act, 2003.",
        contacts=(
            (
                "Peter Otieno",
                "Deputy Director, Preventive Services",
                "+254 20 000 0001",
                "peter.otieno@eacc.demo.invalid",
                ("en", "sw"),
            ),
        ),
    ),
    DemoRecord(
        "KEN",
        C,
        {"en": "Office of the Attorney-General and Department of Justice"},
        100,
        addresses={"en": "Sheria House, Harambee Avenue\nNairobi"},
        website="https://www.statelaw.go.ke",
        request_languages=("en",),
        channels=("diplomatic", "direct"),
        legal_basis="Mutual Legal Assistance Act, 2011, section 5 (the Attorney-General is the central "
        "authority).",
        contacts=(
            (
                "Grace Wanjiku",
                "Senior State Counsel, International Cooperation",
                "+254 20 000 0002",
                "grace.wanjiku@statelaw.demo.invalid",
                ("en", "sw"),
            ),
        ),
    ),
    DemoRecord(
        "NGA",
        P,
        {"en": "Independent Corrupt Practices and Other Related Offences Commission (ICPC)"},
        420,
        addresses={"en": "Plot 802, Constitution Avenue, Central Business District\nAbuja"},
        website="https://icpc.gov.ng",
        email="international@icpc.demo.invalid",
        request_languages=("en",),
        channels=("email", "diplomatic"),
        legal_basis="Corrupt Practices and Other Related Offences Act, 2000.",
        contacts=(
            (
                "Chinedu Okafor",
                "Head, International Cooperation Unit",
                "+234 9 000 0001",
                "chinedu.okafor@icpc.demo.invalid",
                ("en",),
            ),
        ),
    ),
    DemoRecord(
        "NGA",
        C,
        {"en": "Federal Ministry of Justice — Central Authority Unit"},
        430,
        addresses={"en": "Federal Secretariat Complex, Shehu Shagari Way\nAbuja"},
        website="https://justice.gov.ng",
        request_languages=("en",),
        channels=("diplomatic",),
        legal_basis="Mutual Assistance in Criminal Matters Act, 2019.",
        contacts=(
            (
                "Aisha Bello",
                "Director, Central Authority Unit",
                "+234 9 000 0002",
                "aisha.bello@justice.demo.invalid",
                ("en", "ha"),
            ),
        ),
    ),
    DemoRecord(
        "NGA",
        A,
        {"en": "Economic and Financial Crimes Commission (EFCC)"},
        410,
        addresses={"en": "Jabi\nAbuja"},
        website="https://www.efcc.gov.ng",
        request_languages=("en",),
        channels=("network", "interpol"),
    ),
    # Asia-Pacific States
    DemoRecord(
        "CHN",
        P,
        {"zh": "国家监察委员会", "en": "National Commission of Supervision"},
        30,
        addresses={
            "zh": "北京市西城区平安里西大街41号",
            "en": "41 Ping'anli West Street, Xicheng District, Beijing",
        },
        website="https://www.ccdi.gov.cn",
        email="international@ncs.demo.invalid",
        request_languages=("zh", "en"),
        channels=("diplomatic",),
        legal_basis="《中华人民共和国监察法》（2018年）。",
        contacts=(
            (
                "Zhang Hui",
                "International Cooperation Bureau",
                "+86 10 0000 0001",
                "zhang.hui@ncs.demo.invalid",
                ("zh", "en"),
            ),
        ),
    ),
    DemoRecord(
        "CHN",
        C,
        {"zh": "中华人民共和国司法部", "en": "Ministry of Justice of the People's Republic of China"},
        75,
        addresses={
            "zh": "北京市朝阳区朝阳门南大街10号",
            "en": "10 Chaoyangmen South Street, Chaoyang District, Beijing",
        },
        request_languages=("zh", "en"),
        channels=("diplomatic",),
        legal_basis="《中华人民共和国国际刑事司法协助法》（2018年）第六条。",
        contacts=(
            (
                "Liu Yang",
                "Department of International Cooperation",
                "+86 10 0000 0002",
                "liu.yang@moj.demo.invalid",
                ("zh", "en", "ru"),
            ),
        ),
    ),
    DemoRecord(
        "VNM",
        P,
        {"vi": "Thanh tra Chính phủ", "en": "Government Inspectorate"},
        20,
        addresses={
            "vi": "Lô D29, đường Phạm Văn Bạch, Cầu Giấy, Hà Nội",
            "en": "Lot D29, Pham Van Bach Street, Cau Giay, Hanoi",
        },
        website="https://thanhtra.gov.vn",
        email="international@gi.demo.invalid",
        request_languages=("vi", "en"),
        channels=("diplomatic", "email"),
        legal_basis="Luật Phòng, chống tham nhũng 2018 (Law on Anti-Corruption, 2018).",
        contacts=(
            (
                "Pham Thu Ha",
                "Department of International Cooperation",
                "+84 24 0000 0001",
                "pham.thuha@gi.demo.invalid",
                ("vi", "en", "fr"),
            ),
        ),
    ),
    DemoRecord(
        "VNM",
        C,
        {"vi": "Viện kiểm sát nhân dân tối cao", "en": "Supreme People's Procuracy"},
        180,
        addresses={"vi": "44 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội", "en": "44 Ly Thuong Kiet, Hoan Kiem, Hanoi"},
        website="https://vksndtc.gov.vn",
        request_languages=("vi", "en"),
        channels=("diplomatic",),
        legal_basis="Luật Tương trợ tư pháp 2007 (Law on Mutual Legal Assistance, 2007), article 64.",
    ),
    DemoRecord(
        "IND",
        P,
        {"en": "Central Vigilance Commission", "hi": "केंद्रीय सतर्कता आयोग"},
        400,
        addresses={"en": "Satarkta Bhawan, GPO Complex, INA\nNew Delhi 110023"},
        website="https://cvc.gov.in",
        email="international@cvc.demo.invalid",
        request_languages=("en", "hi"),
        channels=("diplomatic", "email"),
        legal_basis="Central Vigilance Commission Act, 2003.",
        contacts=(
            (
                "Priya Raman",
                "Director",
                "+91 11 0000 0001",
                "priya.raman@cvc.demo.invalid",
                ("en", "hi", "ta"),
            ),
        ),
    ),
    DemoRecord(
        "IND",
        C,
        {"en": "Ministry of Home Affairs — Internal Security Division II"},
        380,
        addresses={"en": "North Block\nNew Delhi 110001"},
        website="https://www.mha.gov.in",
        request_languages=("en",),
        channels=("diplomatic",),
        legal_basis="Code of Criminal Procedure, 1973, sections 105A to 105L and 166A.",
    ),
    # Eastern European States
    DemoRecord(
        "RUS",
        C,
        {
            "ru": "Генеральная прокуратура Российской Федерации",
            "en": "Office of the Prosecutor General of the Russian Federation",
        },
        50,
        addresses={
            "ru": "ул. Большая Дмитровка, 15а\nМосква, 125993",
            "en": "15a Bolshaya Dmitrovka Street\nMoscow 125993",
        },
        website="https://epp.genproc.gov.ru",
        request_languages=("ru", "en"),
        channels=("diplomatic", "direct"),
        legal_basis="Уголовно-процессуальный кодекс Российской Федерации, статья 453.",
        contacts=(
            (
                "Dmitry Sokolov",
                "Main Directorate of International Legal Cooperation",
                "+7 495 000 00 01",
                "d.sokolov@genproc.demo.invalid",
                ("ru", "en"),
            ),
        ),
    ),
    DemoRecord(
        "RUS",
        P,
        {
            "ru": "Управление Президента Российской Федерации по вопросам противодействия коррупции",
            "en": "Presidential Directorate for Anti-Corruption Issues",
        },
        140,
        addresses={"ru": "Москва", "en": "Moscow"},
        request_languages=("ru",),
        channels=("diplomatic",),
        legal_basis="Федеральный закон от 25 декабря 2008 г. № 273-ФЗ «О противодействии коррупции».",
    ),
    # Latin American and Caribbean States
    DemoRecord(
        "MEX",
        P,
        {
            "es": "Secretaría Anticorrupción y Buen Gobierno",
            "en": "Ministry of Anti-Corruption and Good Governance",
        },
        25,
        addresses={"es": "Avenida Insurgentes Sur 1735, Colonia Guadalupe Inn\nCiudad de México"},
        website="https://www.gob.mx/buengobierno",
        email="internacional@buengobierno.demo.invalid",
        request_languages=("es", "en"),
        channels=("email", "diplomatic"),
        contacts=(
            (
                "Ana Laura Torres",
                "Directora de Asuntos Internacionales",
                "+52 55 0000 0001",
                "ana.torres@buengobierno.demo.invalid",
                ("es", "en"),
            ),
        ),
    ),
    DemoRecord(
        "MEX",
        C,
        {"es": "Fiscalía General de la República", "en": "Office of the Attorney General of the Republic"},
        110,
        addresses={"es": "Avenida Paseo de la Reforma 211-213, Colonia Cuauhtémoc\nCiudad de México"},
        website="https://www.gob.mx/fgr",
        request_languages=("es",),
        channels=("diplomatic", "direct"),
        legal_basis="Ley de la Fiscalía General de la República (2021); tratados bilaterales de "
        "asistencia jurídica.",
    ),
    DemoRecord(
        "ARG",
        P,
        {"es": "Oficina Anticorrupción", "en": "Anti-Corruption Office"},
        70,
        addresses={"es": "Tucumán 394\nCiudad Autónoma de Buenos Aires"},
        website="https://www.argentina.gob.ar/anticorrupcion",
        email="internacional@oa.demo.invalid",
        request_languages=("es", "en"),
        channels=("email", "direct"),
        contacts=(
            (
                "Sofía Herrera",
                "Coordinadora de Relaciones Internacionales",
                "+54 11 0000 0001",
                "sofia.herrera@oa.demo.invalid",
                ("es", "en", "pt"),
            ),
        ),
    ),
    DemoRecord(
        "ARG",
        C,
        {
            "es": "Ministerio de Relaciones Exteriores, Comercio Internacional y Culto — Dirección de "
            "Asistencia Jurídica Internacional",
            "en": "Ministry of Foreign Affairs — Directorate of International Legal Assistance",
        },
        None,
        addresses={"es": "Esmeralda 1212\nCiudad Autónoma de Buenos Aires"},
        website="https://www.cancilleria.gob.ar",
        request_languages=("es",),
        channels=("diplomatic",),
        legal_basis="Ley 24.767 de Cooperación Internacional en Materia Penal.",
    ),
    DemoRecord(
        "BRA",
        P,
        {"pt": "Controladoria-Geral da União (CGU)", "en": "Office of the Comptroller General"},
        35,
        addresses={"pt": "Setor de Autarquias Sul, Quadra 1, Bloco A\nBrasília, DF"},
        website="https://www.gov.br/cgu",
        email="internacional@cgu.demo.invalid",
        request_languages=("pt", "en", "es"),
        channels=("email", "direct"),
        legal_basis="Lei nº 12.846, de 1º de agosto de 2013 (Lei Anticorrupção); Lei nº 13.844, de 2019.",
        contacts=(
            (
                "Fernanda Costa",
                "Assessora Especial para Assuntos Internacionais",
                "+55 61 0000 0001",
                "fernanda.costa@cgu.demo.invalid",
                ("pt", "en", "es"),
            ),
        ),
    ),
    DemoRecord(
        "BRA",
        C,
        {
            "pt": "Ministério da Justiça e Segurança Pública — Departamento de Recuperação de Ativos e "
            "Cooperação Jurídica Internacional (DRCI)",
            "en": "Ministry of Justice and Public Security — Department of Asset Recovery and "
            "International Legal Cooperation",
        },
        160,
        addresses={"pt": "Esplanada dos Ministérios, Bloco T\nBrasília, DF"},
        website="https://www.gov.br/mj",
        request_languages=("pt", "en", "es"),
        channels=("diplomatic", "direct", "network"),
        legal_basis="Decreto nº 11.348, de 2023 (estrutura do Ministério da Justiça e Segurança Pública).",
        contacts=(
            (
                "Rafael Almeida",
                "Coordenador-Geral de Cooperação Jurídica Internacional",
                "+55 61 0000 0002",
                "rafael.almeida@mj.demo.invalid",
                ("pt", "en"),
            ),
        ),
    ),
)

#: France's focal point proposes this change to its prevention authority: a new telephone and an English
#: address; it awaits the Secretariat's validation.
PENDING_CHANGE = {
    "iso3": "FRA",
    "designation": P,
    "name_en": "French Anticorruption Agency",
    "changes": {
        "addresses": {
            "fr": "23 avenue d'Italie\n75013 Paris",
            "en": "23 avenue d'Italie, 75013 Paris, France",
        }
    },
    "note": "English address added for foreign counterparts.",
    "days_ago": 3,
}


@dataclass
class DirectoryDemoSummary:
    """What one load of the directory demo did."""

    created: int = 0
    kept: int = 0
    pending: int = 0
    states: set[str] = field(default_factory=set)

    def line(self) -> str:
        """One sentence for ``observatory load-demo``'s output."""
        stale_now = Authority.objects.filter(freshness_filter(FreshnessLevel.STALE)).count()
        if not self.created:
            return f"Demo directory: {self.kept} authorities already present, nothing created."
        return (
            f"Demo directory: {self.created} authorities of {len(self.states)} States created"
            f"{f', {self.kept} kept' if self.kept else ''}; {stale_now} stale, "
            f"{self.pending} change awaiting "
            "validation."
        )


def _account(username: str):
    return User.objects.filter(username=username, is_active=True).first()


def load_demo_directory(today: datetime.date | None = None) -> DirectoryDemoSummary:
    """Enter the demo's authorities through the directory's services. Needs the States (``observatory
    load-reference``); uses the Secretariat's demo account when there is one (else the platform) and
    France's focal point for the change awaiting validation. Idempotent."""
    now = (
        timezone.make_aware(datetime.datetime.combine(today, datetime.time(10))) if today else timezone.now()
    )
    states = {state.iso3: state for state in State.objects.filter(iso3__in={r.iso3 for r in RECORDS})}
    missing = sorted({r.iso3 for r in RECORDS} - set(states))
    if missing:
        raise InvalidInput(message=f"States missing: {', '.join(missing)}. Run `observatory load-reference`.")
    secretariat = _account(SECRETARIAT_ACCOUNT) or SYSTEM
    summary = DirectoryDemoSummary()
    with transaction.atomic():
        for entry in RECORDS:
            state = states[entry.iso3]
            cleaned, problems = clean_record(entry.data())
            if problems:  # the demo's own data: a mistake here is the demo's bug
                raise InvalidInput(message=f"Demo record {entry.names}: {problems}")
            if duplicate_of(state, cleaned) is not None:
                summary.kept += 1
                continue
            days = entry.confirmed_days_ago if entry.confirmed_days_ago is not None else NEVER_CONFIRMED_AGE
            services.create_authority(
                secretariat,
                state,
                entry.data(),
                source=Source.DEMO,
                now=now - datetime.timedelta(days=days),
                confirm=entry.confirmed_days_ago is not None,
            )
            summary.created += 1
            summary.states.add(entry.iso3)
        summary.pending = _propose_change(states, now)
    return summary


def _propose_change(states: dict[str, State], now: datetime.datetime) -> int:
    """France's focal point's change to its prevention authority, unless it was proposed (or decided) on
    an earlier run, or the account is missing."""
    person = _account(FRANCE_FOCAL_POINT)
    spec = PENDING_CHANGE
    authority = (
        Authority.objects.filter(state=states[spec["iso3"]], designation=spec["designation"])
        .filter(sort_name=spec["name_en"])
        .first()
    )
    if person is None or authority is None or authority.versions.count() > 1:
        return 0
    services.update_authority(
        person,
        authority,
        {**authority_record(authority), **spec["changes"]},
        revision=authority.revision,
        note=spec["note"],
        source=Source.DEMO,
        now=now - datetime.timedelta(days=spec["days_ago"]),
    )
    return 1
