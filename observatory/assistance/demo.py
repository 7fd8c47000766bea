"""The demo of the technical-assistance register: needs of about a dozen States, offers of four providers,
suggested matches, some confirmed.

``load_demo_assistance`` runs after the collection demo (``observatory load-demo``): the needs the demo
States declared in their checklist answers are already in the register then (they flowed in when the
States submitted; ``intake.backfill`` catches any that did not). To them it adds needs entered by hand —
from a State's uploaded reply, from country review reports, declared directly by a focal point or by the
Secretariat — in several languages, with statuses that moved over the last two years; the offers of
UNODC, UNDP, the World Bank/UNODC StAR initiative and a bilateral donor (the programmes are invented for
the demo); then the register's suggestions, of which the Secretariat confirms the best three and rejects
one. Idempotent: what exists (a need by State and description, an offer by provider and programme, any
decision on a match) is left as it is.

Needs the public must never see carry a unique marker (``CONFIDENTIAL_MARKERS``), for tests that crawl the
portal.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from observatory.accounts.models import User
from observatory.accounts.permissions import SYSTEM
from observatory.collection.models import Submission
from observatory.core.errors import InvalidInput
from observatory.countries.models import State
from observatory.library.models import Visibility

from . import services
from .models import Decision, Match, Need, NeedStatus, Offer, ProviderType, Source

#: Marker → the widest audience that may read the need it sits in.
CONFIDENTIAL_MARKERS: dict[str, str] = {
    "Ferlimbe-4417": "secretariat",  # a need of Nigeria's review, kept for the Secretariat
    "Grisombre-0832": "states_parties",  # a need of Peru's, shared with States parties only
}


@dataclass(frozen=True)
class DemoNeed:
    """A need entered by hand: who enters it, for which State, and how its status moved since (days
    before the demo is loaded, and the status it then took)."""

    iso3: str
    by: str  # the username of the account that enters it
    kind: str
    articles: tuple[int, ...]
    description: str
    language: str = "en"
    priority: str = "medium"
    source: str = Source.DIRECT
    source_reference: str = ""
    visibility: str = Visibility.PUBLIC
    declared_days_ago: int = 60
    needed_in_days: int | None = None
    history: tuple[tuple[int, str], ...] = ()  # (days ago, status)


NEEDS: list[DemoNeed] = [
    DemoNeed(
        "KEN",
        "secretariat",
        "capacity_building",
        (9,),
        "Training of county procurement officers in contract monitoring and in publishing procurement data "
        "in open formats (from Kenya's reply to the call on public procurement).",
        priority="high",
        source=Source.SUBMISSION,
        declared_days_ago=130,
    ),
    DemoNeed(
        "NGA",
        "secretariat",
        "institution_building",
        (6, 36),
        "Strengthening the coordination between the anti-corruption agencies and a shared case management "
        "system, as recommended by the country review.",
        priority="high",
        source=Source.REVIEW_REPORT,
        source_reference="CAC/COSP/IRG/I/4/1/Add.12",
        declared_days_ago=700,
        history=((520, NeedStatus.UNMET),),
    ),
    DemoNeed(
        "NGA",
        "secretariat",
        "on_site_expert",
        (52,),
        "An expert on the verification of asset declarations to work with the Code of Conduct Bureau "
        "(Ferlimbe-4417).",
        source=Source.REVIEW_REPORT,
        source_reference="CAC/COSP/IRG/I/4/1/Add.12",
        visibility=Visibility.SECRETARIAT,
        declared_days_ago=700,
    ),
    DemoNeed(
        "IND",
        "secretariat",
        "research_data",
        (13,),
        "A study of the effect of social audits on local public works, with indicators the States could "
        "reuse.",
        priority="low",
        source=Source.REVIEW_REPORT,
        source_reference="CAC/COSP/IRG/II/2/1/Add.9",
        declared_days_ago=450,
        history=((300, NeedStatus.BEING_MET), (90, NeedStatus.MET)),
    ),
    DemoNeed(
        "PER",
        "secretariat",
        "legislative_drafting",
        (8, 12),
        "Asistencia en la redacción de un reglamento sobre conflictos de intereses en las contrataciones "
        "del Estado.",
        language="es",
        declared_days_ago=400,
        history=((200, NeedStatus.BEING_MET),),
    ),
    DemoNeed(
        "PER",
        "secretariat",
        "it_equipment",
        (9,),
        "Herramientas de análisis de datos para detectar colusión en licitaciones públicas (Grisombre-0832).",
        language="es",
        visibility=Visibility.STATES_PARTIES,
        declared_days_ago=120,
    ),
    DemoNeed(
        "TUN",
        "secretariat",
        "legal_advice",
        (33,),
        "Conseils juridiques pour la révision de la loi sur la protection des lanceurs d'alerte et la mise "
        "en place d'un canal de signalement sécurisé.",
        language="fr",
        priority="high",
        declared_days_ago=300,
    ),
    DemoNeed(
        "KAZ",
        "secretariat",
        "capacity_building",
        (7, 8),
        "Обучение сотрудников кадровых служб проверке деклараций о доходах и имуществе государственных "
        "служащих.",
        language="ru",
        source=Source.REVIEW_REPORT,
        source_reference="CAC/COSP/IRG/II/1/1/Add.3",
        declared_days_ago=250,
    ),
    DemoNeed(
        "PHL",
        "secretariat",
        "it_equipment",
        (7, 8),
        "An electronic filing system for statements of assets, liabilities and net worth, with risk-based "
        "verification.",
        priority="high",
        declared_days_ago=200,
        history=((40, NeedStatus.UNMET),),
    ),
    DemoNeed(
        "FJI",
        "secretariat",
        "capacity_building",
        (10, 13),
        "Training for public information officers on the new right to information law, in the outer "
        "islands too.",
        declared_days_ago=90,
        needed_in_days=240,
    ),
    DemoNeed(
        "EGY",
        "focal.egy",
        "it_equipment",
        (9,),
        "ربط بوابة التعاقدات العامة بمنظومة الدفع الإلكتروني وتدريب العاملين عليها",
        language="ar",
        priority="medium",
        declared_days_ago=30,
        needed_in_days=365,
    ),
    DemoNeed(
        "UKR",
        "secretariat",
        "research_data",
        (14, 52),
        "Research on beneficial ownership verification methods for the national register of companies.",
        declared_days_ago=160,
    ),
]


@dataclass(frozen=True)
class DemoOffer:
    """An offer: who records it, and what it says."""

    by: str
    organization: str
    provider_type: str
    programme: str
    kinds: tuple[str, ...]
    articles: tuple[int, ...]
    regions: tuple[str, ...]
    description: str
    language: str = "en"
    starts_days_ago: int = 365
    ends_in_days: int | None = 730
    contact_name: str = ""
    contact_email: str = ""


OFFERS: list[DemoOffer] = [
    DemoOffer(
        "secretariat",
        "UNODC",
        ProviderType.UN_ENTITY,
        "Global anti-corruption advisory service (demo)",
        ("legal_advice", "legislative_drafting", "institution_building", "on_site_expert"),
        (5, 6, 7, 8, 9, 10, 12, 13, 33, 36),
        (),
        "Legal and institutional advice to States parties on implementing chapter II and the provisions on "
        "reporting persons and specialized authorities: reviews of draft laws, mentors placed with "
        "anti-corruption bodies, support for whistle-blower protection and conflict-of-interest rules.",
        contact_name="Anti-Corruption Advisory Team",
        contact_email="advisory@demo.invalid",
    ),
    DemoOffer(
        "secretariat",
        "UNODC",
        ProviderType.UN_ENTITY,
        "Southeast Asia and Pacific integrity platform (demo)",
        ("capacity_building", "research_data"),
        (7, 8, 10, 13),
        ("asia_pacific",),
        "Regional training of officials on asset declarations, access to information and civil society "
        "participation, and comparative research for the Asia-Pacific region.",
        ends_in_days=400,
    ),
    DemoOffer(
        "provider",
        "UNDP",
        ProviderType.UN_ENTITY,
        "Open procurement and e-governance facility (demo)",
        ("it_equipment", "capacity_building"),
        (9, 10, 13),
        ("african", "asia_pacific", "grulac"),
        "Electronic procurement systems, open contracting data and the training of procurement officers to "
        "use them; data tools to detect collusion in tenders.",
        contact_name="Pat Provider",
        contact_email="provider@demo.invalid",
    ),
    DemoOffer(
        "provider",
        "UNDP",
        ProviderType.UN_ENTITY,
        "Programme régional de renforcement des institutions d'intégrité (démo)",
        ("institution_building", "capacity_building"),
        (6, 36),
        ("african",),
        "Appui aux organes de prévention de la corruption : coordination entre les agences, systèmes de "
        "gestion des dossiers, formation des enquêteurs et des auditeurs.",
        language="fr",
        starts_days_ago=200,
        ends_in_days=900,
    ),
    DemoOffer(
        "secretariat",
        "Nordic Governance Fund (demo donor)",
        ProviderType.BILATERAL,
        "Asset declaration systems twinning (demo)",
        ("on_site_expert", "it_equipment", "legal_advice"),
        (7, 8, 52),
        ("eastern_european", "asia_pacific", "african"),
        "Peer experts from declaration agencies seconded for up to a year, electronic filing and "
        "verification software, and advice on the legal framework of asset and interest declarations.",
        starts_days_ago=100,
        ends_in_days=1000,
        contact_name="Programme officer",
        contact_email="twinning@demo.invalid",
    ),
    DemoOffer(
        "secretariat",
        "StAR (World Bank and UNODC)",
        ProviderType.MULTILATERAL,
        "Beneficial ownership and asset recovery advice (demo)",
        ("legal_advice", "research_data", "capacity_building"),
        (14, 31, 51, 52, 53, 54, 55, 56, 57),
        (),
        "Advice and research on beneficial ownership transparency, financial investigations and the "
        "recovery of stolen assets, with training for practitioners.",
        ends_in_days=None,
    ),
]


@dataclass
class AssistanceDemoSummary:
    """What one load of the register's demo did."""

    intake: dict = field(default_factory=dict)
    needs_created: int = 0
    offers_created: int = 0
    suggested: int = 0
    confirmed: int = 0
    rejected: int = 0

    def line(self) -> str:
        """One sentence for the command's output."""
        total = Need.objects.count()
        states = Need.objects.values("state").distinct().count()
        from_answers = Need.objects.filter(source=Source.CHECKLIST).count()
        return (
            f"Technical assistance: {total} needs of {states} States ({from_answers} from checklist answers, "
            f"{self.needs_created} entered now), {Offer.objects.count()} offers "
            f"({self.offers_created} new), {self.suggested} matches suggested, {self.confirmed} confirmed, "
            f"{self.rejected} rejected."
        )


def _days_ago(today: datetime.date, days: int) -> datetime.datetime:
    return timezone.make_aware(
        datetime.datetime.combine(today - datetime.timedelta(days=days), datetime.time(11))
    )


def _accounts(usernames: set[str]) -> dict[str, User]:
    people = {user.username: user for user in User.objects.filter(username__in=usernames)}
    missing = sorted(usernames - set(people))
    if missing:
        raise InvalidInput(
            message=f"Demo accounts missing: {', '.join(missing)}. Run `observatory load-demo`."
        )
    return people


def _need(spec: DemoNeed, people: dict[str, User], today: datetime.date) -> bool:
    state = State.objects.get(iso3=spec.iso3)
    if Need.objects.filter(state=state, description=spec.description).exists():
        return False
    submission = None
    if spec.source == Source.SUBMISSION:
        submission = Submission.objects.filter(state=state, versions__isnull=False).order_by("-pk").first()
        if submission is None:
            return False  # the collection demo is not loaded: this need has nothing to come from
    declared = today - datetime.timedelta(days=spec.declared_days_ago)
    need = services.declare_need(
        people[spec.by],
        state=state,
        kind=spec.kind,
        articles=spec.articles,
        description=spec.description,
        language=spec.language,
        priority=spec.priority,
        source=spec.source,
        source_reference=spec.source_reference,
        visibility=spec.visibility,
        submission=submission,
        declared_on=declared,
        needed_by=today + datetime.timedelta(days=spec.needed_in_days) if spec.needed_in_days else None,
    )
    for days, status in sorted(spec.history, key=lambda item: -item[0]):
        services.change_status(people["secretariat"], need, status, at=_days_ago(today, days))
    return True


def _offer(spec: DemoOffer, people: dict[str, User], today: datetime.date) -> bool:
    if Offer.objects.filter(organization=spec.organization, programme=spec.programme).exists():
        return False
    services.record_offer(
        people[spec.by],
        organization=spec.organization,
        provider_type=spec.provider_type,
        programme=spec.programme,
        kinds=list(spec.kinds),
        articles=list(spec.articles),
        regions=list(spec.regions),
        starts=today - datetime.timedelta(days=spec.starts_days_ago),
        ends=today + datetime.timedelta(days=spec.ends_in_days) if spec.ends_in_days else None,
        description=spec.description,
        language=spec.language,
        contact_name=spec.contact_name,
        contact_email=spec.contact_email,
    )
    return True


@transaction.atomic
def load_demo_assistance(*, today: datetime.date | None = None) -> AssistanceDemoSummary:
    """Build the register's demo (see the module's docstring). Needs the reference data and the demo
    accounts; runs after the collection demo, whose checklist answers bring needs of their own."""
    today = today or timezone.localdate()
    summary = AssistanceDemoSummary()
    people = _accounts({spec.by for spec in NEEDS} | {spec.by for spec in OFFERS} | {"secretariat"})
    summary.intake = services.backfill(SYSTEM)
    summary.needs_created = sum(_need(spec, people, today) for spec in NEEDS)
    summary.offers_created = sum(_offer(spec, people, today) for spec in OFFERS)
    report = services.suggest_matches(people["secretariat"], today=today)
    summary.suggested = len(report.created)
    # The Secretariat's decisions, once: the best three confirmed, the weakest of the queue rejected.
    if not Match.objects.exclude(decision=Decision.PROPOSED).exists():
        queue = list(Match.objects.filter(decision=Decision.PROPOSED).order_by("-score", "pk"))
        for match in queue[:3]:
            services.decide_match(
                people["secretariat"], match, Decision.CONFIRMED, note="Discussed with the provider."
            )
            summary.confirmed += 1
        if len(queue) > 4:
            services.decide_match(
                people["secretariat"], queue[-1], Decision.REJECTED, note="Outside the programme's scope."
            )
            summary.rejected += 1
    return summary


__all__ = ["CONFIDENTIAL_MARKERS", "AssistanceDemoSummary", "load_demo_assistance"]
