"""What every page of the portal needs: the language menu, the writing direction, the user's role."""

from django.urls import translate_url
from django.utils import translation

from observatory.accounts.models import STATE_ROLES
from observatory.accounts.permissions import Action, can, role_of
from observatory.core.languages import AUTONYMS, LANGUAGE_CODES, RTL_LANGUAGES


def shell(request) -> dict:
    """Language menu entries (same page in each language), direction, back-office access, and whether
    the user has a State's inbox of calls."""
    current = translation.get_language() or "en"
    path = request.get_full_path()
    return {
        "language_menu": [
            {
                "code": code,
                "autonym": AUTONYMS[code],
                "url": translate_url(path, code),
                "current": code == current,
            }
            for code in LANGUAGE_CODES
        ],
        "text_direction": "rtl" if current in RTL_LANGUAGES else "ltr",
        "may_use_back_office": can(request.user, Action.USE_BACK_OFFICE),
        "may_draft_papers": can(request.user, Action.DRAFT_PAPERS),
        "has_inbox": role_of(request.user) in STATE_ROLES,
    }
