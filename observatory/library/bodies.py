"""The body a document was issued for, and its session, read from the UN symbol.

UN symbols name their body and year: "CAC/COSP/2017/14" is a Conference document of 2017,
"CAC/COSP/WG.4/2011/2" one of the Working Group on the Prevention of Corruption in 2011. The Conference
meets every two years in numbered sessions; the subsidiary bodies meet once or more a year, so their
session is named by the year (their resumed sessions share it). A document without such a symbol has no
body: States' submissions and laws are not issued for a meeting.
"""

from __future__ import annotations

import re

from django.db import models
from django.utils.translation import gettext_lazy as _


class Body(models.TextChoices):
    CONFERENCE = "cosp", _("Conference of the States Parties")
    IMPLEMENTATION_REVIEW_GROUP = "irg", _("Implementation Review Group")
    PREVENTION = "wg-prevention", _("Working Group on the Prevention of Corruption")
    ASSET_RECOVERY = "wg-asset-recovery", _("Working Group on Asset Recovery")
    TECHNICAL_ASSISTANCE = "wg-technical-assistance", _("Working Group on Technical Assistance")
    REVIEW = "wg-review", _("Working Group on Review of Implementation")
    INTERNATIONAL_COOPERATION = "eg-cooperation", _("Expert meeting on international cooperation")


# The part of the symbol after "CAC/COSP/" that names a subsidiary body.
SUBSIDIARY = {
    "IRG": Body.IMPLEMENTATION_REVIEW_GROUP,
    "WG.4": Body.PREVENTION,
    "WG.2": Body.ASSET_RECOVERY,
    "WG.3": Body.TECHNICAL_ASSISTANCE,
    "WG.1": Body.REVIEW,
    "EG.1": Body.INTERNATIONAL_COOPERATION,
}
SYMBOL = re.compile(r"^CAC/COSP/(?:(IRG|WG\.\d|EG\.\d)/)?(?:((?:19|20)\d\d)/)?")
# The Conference's sessions by year (first session: Dead Sea, Jordan, 2006).
CONFERENCE_SESSIONS = {
    2006: 1,
    2008: 2,
    2009: 3,
    2011: 4,
    2013: 5,
    2015: 6,
    2017: 7,
    2019: 8,
    2021: 9,
    2023: 10,
    2025: 11,
    2027: 12,
}


def body_and_session(symbol: str | None) -> tuple[str, str]:
    """("irg", "irg/2016") for "CAC/COSP/IRG/2016/9/Add.1"; ("", "") when the symbol names no body.
    The session key is the body and the year of its meeting; blank when the symbol has no year (the
    review summaries "CAC/COSP/IRG/I/1/1/Add.5" are numbered by review cycle instead)."""
    match = SYMBOL.match((symbol or "").strip())
    if not match:
        return "", ""
    body = str(SUBSIDIARY.get(match.group(1) or "", Body.CONFERENCE))
    return body, f"{body}/{match.group(2)}" if match.group(2) else ""


def session_label(session: str) -> str:
    """ "Conference of the States Parties, 7th session (2017)" / "Implementation Review Group, 2016"."""
    body, _sep, year = session.partition("/")
    try:
        name = Body(body).label
    except ValueError:
        return session
    number = CONFERENCE_SESSIONS.get(int(year)) if body == Body.CONFERENCE and year.isdigit() else None
    if number:
        return _("%(body)s, session %(number)s (%(year)s)") % {"body": name, "number": number, "year": year}
    return f"{name}, {year}"
