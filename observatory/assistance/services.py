"""Writes of the technical-assistance register, in one place to import from. Each lives in a module named
for what it does; every one checks its permission (``accounts.permissions.require``) and records an audit
entry."""

from .imports import import_needs
from .intake import backfill, sync_submission
from .matching import decide_match, propose_match, suggest_matches
from .needs import change_status, declare_need, update_need, withdraw_need
from .offers import record_offer, update_offer

__all__ = [
    "backfill",
    "change_status",
    "decide_match",
    "declare_need",
    "import_needs",
    "propose_match",
    "record_offer",
    "suggest_matches",
    "sync_submission",
    "update_need",
    "update_offer",
    "withdraw_need",
]
