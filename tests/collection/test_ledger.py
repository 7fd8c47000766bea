"""The ledger of a call and the background paper's sentence on who submitted, in six languages."""

import datetime

import pytest

from observatory.collection import services
from observatory.collection.dispatch import send_due_reminders
from observatory.collection.ledger import LedgerStatus, ledger, ledger_counts
from observatory.collection.statistics import statistics_sentence, statistics_sentences
from observatory.core.errors import PermissionDenied

from .conftest import DEADLINE, at

ON_TIME = ["VNM", "ARG", "AUT", "EGY", "CHN", "IND", "RUS"]
LATE = ["BRA", "JPN"]


def submit_for(person, call, state, question, now):
    submission = services.start_submission(person, call, state)
    services.save_answer(person, submission, question, revision=0, language="en", implemented="yes")
    return services.submit(person, submission, now=now)


@pytest.fixture
def answered(users, call, questions, parties, focal_points):
    """Seven States submitted on time, Brazil and Japan after the deadline, France declined (after a
    reminder); the outbox and the reminder step are real."""
    send_due_reminders(at(DEADLINE - datetime.timedelta(days=14)))
    for iso3 in ON_TIME:
        submit_for(
            focal_points[iso3], call, parties[iso3], questions[0], at(DEADLINE - datetime.timedelta(days=2))
        )
    for iso3 in LATE:
        submit_for(
            focal_points[iso3], call, parties[iso3], questions[0], at(DEADLINE + datetime.timedelta(days=3))
        )
    services.decline(focal_points["FRA"], call, parties["FRA"], reason="Nothing to report.")
    return call


def test_the_ledger_tracks_every_addressed_state(users, call, questions, parties, focal_points):
    rows = {row.state.iso3: row for row in ledger(users["secretariat"], call)}
    assert rows["VNM"].status == LedgerStatus.SENT and rows["VNM"].recipients == ["focal.vnm@example.org"]
    assert rows["JPN"].status == LedgerStatus.NOT_SENT and rows["JPN"].problem == "no_recipient"
    send_due_reminders(at(DEADLINE - datetime.timedelta(days=14)))
    services.start_submission(users["contributor"], call, parties["VNM"])
    submit_for(focal_points["AUT"], call, parties["AUT"], questions[0], at(DEADLINE))
    submit_for(
        focal_points["ARG"], call, parties["ARG"], questions[0], at(DEADLINE + datetime.timedelta(days=1))
    )
    services.decline(focal_points["FRA"], call, parties["FRA"])
    rows = {row.state.iso3: row for row in ledger(users["secretariat"], call)}
    assert {iso3: row.status for iso3, row in rows.items()} == {
        "VNM": LedgerStatus.DRAFT,
        "AUT": LedgerStatus.ON_TIME,
        "ARG": LedgerStatus.LATE,
        "FRA": LedgerStatus.DECLINED,
        "JPN": LedgerStatus.NOT_SENT,
        "EGY": LedgerStatus.REMINDED,
        "IND": LedgerStatus.REMINDED,
        "BRA": LedgerStatus.REMINDED,
        "RUS": LedgerStatus.REMINDED,
        "CHN": LedgerStatus.REMINDED,
    }
    assert rows["EGY"].reminders == 1 and rows["EGY"].last_reminded_at is not None
    assert rows["AUT"].submitted_at == at(DEADLINE) and rows["AUT"].versions == 1


def test_the_ledger_is_the_secretariats(users, call):
    for role in ("focal_point", "contributor", "provider"):
        with pytest.raises(PermissionDenied):
            ledger(users[role], call)
    with pytest.raises(PermissionDenied):
        ledger(None, call)
    assert len(ledger(users["administrator"], call)) == 10


def test_counts_by_regional_group(users, answered):
    counts = ledger_counts(ledger(users["secretariat"], answered))
    assert counts.total[LedgerStatus.ON_TIME] == 7
    assert counts.total[LedgerStatus.LATE] == 2
    assert counts.total[LedgerStatus.DECLINED] == 1
    assert counts.submitted() == 9
    # Asia-Pacific: Viet Nam, China and India on time, Japan late.
    assert counts.by_group["asia_pacific"][LedgerStatus.ON_TIME] == 3
    assert counts.by_group["asia_pacific"][LedgerStatus.LATE] == 1
    assert counts.submitted("grulac") == 2  # Argentina, Brazil (late)
    assert counts.by_group["weog"][LedgerStatus.DECLINED] == 1
    assert counts.submitted("none") == 0


def test_the_ledger_sorts_states_in_the_readers_language(users, call):
    from django.utils import translation

    with translation.override("ru"):
        names = [row.state.name_ru for row in ledger(users["secretariat"], call)]
    assert names[:3] == ["Австрия", "Аргентина", "Бразилия"] and names[-1] == "Япония"


EXPECTED = {
    "en": "A total of 7 States had submitted information by 27 May 2031: Argentina, Austria, China, Egypt, "
    "India, Russian Federation and Viet Nam. A further 2 States submitted information after that date: "
    "Brazil and Japan.",
    "fr": "Au total, 7 États avaient communiqué des informations au 27 mai 2031\u00a0: Argentine, Autriche, "
    "Chine, Égypte, Fédération de Russie, Inde et Viet Nam. Après cette date, des informations ont été "
    "communiquées par 2 autres États\u00a0: Brésil et Japon.",
    "es": "Al 27 de mayo de 2031, un total de 7 Estados habían presentado información: Argentina, Austria, "
    "China, Egipto, Federación de Rusia, India y Viet Nam. Después de esa fecha, presentaron información "
    "otros 2 Estados: Brasil y Japón.",
    # Cyrillic order: "Ав" before "Ар", В, Е, И, К, Р.
    "ru": "В общей сложности к 27 мая 2031 года информацию представили 7 государств: Австрия, Аргентина, "
    "Вьетнам, Египет, Индия, Китай и Российская Федерация. После этой даты информацию представили еще "
    "2 государства: Бразилия и Япония.",
    # Pinyin order: ā gēn tíng, āi jí, ào dì lì, é luó sī, yìn dù, yuè nán, zhōng guó.
    "zh": "截至2031年5月27日，共有7个国家提交了资料：阿根廷、埃及、奥地利、俄罗斯联邦、印度、越南和中国。"
    "另有2个国家在该日期之后提交了资料：巴西和日本。",
    # Arabic order, the article "al-" and hamza set aside: ittiḥād, arjantīn, ṣīn, namsā, hind, fiyit, miṣr.
    "ar": "بحلول 27 أيار/مايو 2031، كان عدد الدول التي قدّمت معلومات 7، وهي: الاتحاد الروسي، والأرجنتين، "
    "والصين، والنمسا، والهند، وفييت نام، ومصر. وبعد ذلك التاريخ، قدّمت معلومات دول أخرى عددها 2، وهي: "
    "البرازيل، واليابان.",
}


@pytest.mark.parametrize("language", ["ar", "zh", "en", "fr", "ru", "es"])
def test_the_statistics_sentence_in_each_language(answered, language):
    assert statistics_sentence(answered, language) == EXPECTED[language]


def test_all_six_at_once_in_un_order(answered):
    sentences = statistics_sentences(answered)
    assert list(sentences) == ["ar", "zh", "en", "fr", "ru", "es"]
    assert sentences == EXPECTED


def test_singular_and_none(users, call, questions, parties, focal_points):
    assert statistics_sentence(call, "en") == "No State had submitted information by 27 May 2031."
    assert (
        statistics_sentence(call, "ru") == "К 27 мая 2031 года ни одно государство не представило информацию."
    )
    submit_for(focal_points["IND"], call, parties["IND"], questions[0], at(DEADLINE))
    assert statistics_sentence(call, "en") == "One State had submitted information by 27 May 2031: India."
    assert (
        statistics_sentence(call, "es")
        == "Al 27 de mayo de 2031, un Estado había presentado información: India."
    )
    submit_for(focal_points["FRA"], call, parties["FRA"], questions[0], at(DEADLINE))
    # Spanish "y" turns to "e" before India.
    assert statistics_sentence(call, "es").endswith(": Francia e India.")
