"""The statistics sentence of a background paper, in each of the six languages.

"A total of 28 States had submitted information by 27 May 2011: Argentina, … and Viet Nam." and, when
some States answered after the deadline, a second sentence naming them. The wording is the Secretariat's
editorial phrasing in each official language, kept here rather than in the interface translations: a
paper is drafted in all six languages whatever language its drafter reads the site in, and each needs its
own grammar (Russian and Arabic number agreement, Spanish "e" before "i", French "1er").

Which States submitted is not confidential: background papers name them. What they submitted is, and
is read through the selectors.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Min

from observatory.core.wording import content_code, format_date, join_names, russian_states, sorted_names
from observatory.countries.models import State

from .models import Call, SubmissionStatus, SubmissionVersion


@dataclass
class SubmissionCount:
    """Who submitted to a call by its deadline, and who after it."""

    deadline: datetime.date
    on_time: list[State] = field(default_factory=list)
    late: list[State] = field(default_factory=list)


def submission_count(call: Call) -> SubmissionCount:
    """The States that submitted to ``call`` by its deadline and after it (by their first version)."""
    firsts = (
        SubmissionVersion.objects.filter(submission__call=call)
        .exclude(submission__status=SubmissionStatus.DECLINED)
        .values("submission__state")
        .annotate(first=Min("submitted_at"))
    )
    first_by_state = {row["submission__state"]: row["first"] for row in firsts}
    late_ids = set(
        SubmissionVersion.objects.filter(submission__call=call, number=1, is_late=True).values_list(
            "submission__state", flat=True
        )
    )
    states = State.objects.filter(pk__in=first_by_state)
    count = SubmissionCount(deadline=call.deadline)
    for state in states:
        (count.late if state.pk in late_ids else count.on_time).append(state)
    return count


def names_in_order(states: list[State], code: str) -> str:
    """The States' UN short names in ``code``, in that language's alphabetical order, joined as a list
    is in a sentence ("Argentina, Kenya and Viet Nam")."""
    return join_names(sorted_names((getattr(state, f"name_{code}") for state in states), code), code)


def _english(n: int, date: str, names: str) -> str:
    if n == 0:
        return f"No State had submitted information by {date}."
    if n == 1:
        return f"One State had submitted information by {date}: {names}."
    return f"A total of {n} States had submitted information by {date}: {names}."


def _english_late(n: int, names: str) -> str:
    if n == 1:
        return f"One further State submitted information after that date: {names}."
    return f"A further {n} States submitted information after that date: {names}."


def _french(n: int, date: str, names: str) -> str:
    # French puts a no-break space before the colon.
    if n == 0:
        return f"Aucun État n’avait communiqué d’informations au {date}."
    if n == 1:
        return f"Un État avait communiqué des informations au {date}\u00a0: {names}."
    return f"Au total, {n} États avaient communiqué des informations au {date}\u00a0: {names}."


def _french_late(n: int, names: str) -> str:
    who = "un État" if n == 1 else f"{n} autres États"
    return f"Après cette date, des informations ont été communiquées par {who}\u00a0: {names}."


def _spanish(n: int, date: str, names: str) -> str:
    if n == 0:
        return f"Al {date}, ningún Estado había presentado información."
    if n == 1:
        return f"Al {date}, un Estado había presentado información: {names}."
    return f"Al {date}, un total de {n} Estados habían presentado información: {names}."


def _spanish_late(n: int, names: str) -> str:
    if n == 1:
        return f"Después de esa fecha, presentó información otro Estado: {names}."
    return f"Después de esa fecha, presentaron información otros {n} Estados: {names}."


def _russian(n: int, date: str, names: str) -> str:
    if n == 0:
        return f"К {date} ни одно государство не представило информацию."
    if n == 1:
        return f"К {date} информацию представило одно государство: {names}."
    verb = "представило" if russian_states(n) == "государство" else "представили"
    return f"В общей сложности к {date} информацию {verb} {n} {russian_states(n)}: {names}."


def _russian_late(n: int, names: str) -> str:
    if n == 1:
        return f"После этой даты информацию представило еще одно государство: {names}."
    verb = "представило" if russian_states(n) == "государство" else "представили"
    return f"После этой даты информацию {verb} еще {n} {russian_states(n)}: {names}."


def _chinese(n: int, date: str, names: str) -> str:
    if n == 0:
        return f"截至{date}，尚无国家提交资料。"
    return f"截至{date}，共有{n}个国家提交了资料：{names}。"


def _chinese_late(n: int, names: str) -> str:
    return f"另有{n}个国家在该日期之后提交了资料：{names}。"


def _arabic(n: int, date: str, names: str) -> str:
    # "The number of States that had submitted … was 28, namely: …": a construction that keeps the
    # number out of Arabic's number–noun agreement.
    if n == 0:
        return f"بحلول {date}، لم تكن أي دولة قد قدّمت معلومات."
    if n == 1:
        return f"بحلول {date}، كانت دولة واحدة قد قدّمت معلومات، هي: {names}."
    return f"بحلول {date}، كان عدد الدول التي قدّمت معلومات {n}، وهي: {names}."


def _arabic_late(n: int, names: str) -> str:
    if n == 1:
        return f"وبعد ذلك التاريخ، قدّمت دولة أخرى معلومات، هي: {names}."
    return f"وبعد ذلك التاريخ، قدّمت معلومات دول أخرى عددها {n}، وهي: {names}."


SENTENCES = {
    "ar": (_arabic, _arabic_late),
    "zh": (_chinese, _chinese_late),
    "en": (_english, _english_late),
    "fr": (_french, _french_late),
    "ru": (_russian, _russian_late),
    "es": (_spanish, _spanish_late),
}


def statistics_sentence(call: Call, language: str, count: SubmissionCount | None = None) -> str:
    """The background paper's sentence on who submitted to ``call``, in ``language`` (one of the six),
    with the States' UN short names in that language's alphabetical order and late submitters in a
    second sentence."""
    code = content_code(language)
    count = count or submission_count(call)
    main, late = SENTENCES[code]
    date = format_date(count.deadline, code)
    text = main(len(count.on_time), date, names_in_order(count.on_time, code))
    if count.late:
        # Chinese runs sentences together: its full stop carries its own spacing.
        separator = "" if code == "zh" else " "
        text += separator + late(len(count.late), names_in_order(count.late, code))
    return text


def statistics_sentences(call: Call) -> dict[str, str]:
    """The sentence in all six languages, in UN order, counted once."""
    count = submission_count(call)
    return {code: statistics_sentence(call, code, count) for code in SENTENCES}
