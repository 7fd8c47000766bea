"""Writes of the directory, in one place to import from. Each lives in a module named for what it does;
every one checks its permission (``accounts.permissions`` through ``directory.access``) and records an
audit entry."""

from .confirmation import confirm_authority, confirm_by_link
from .csv_import import import_authorities
from .editing import create_authority, reject_change, update_authority, validate_change
from .reconfirmation import send_reconfirmation_requests

__all__ = [
    "confirm_authority",
    "confirm_by_link",
    "create_authority",
    "import_authorities",
    "reject_change",
    "send_reconfirmation_requests",
    "update_authority",
    "validate_change",
]
