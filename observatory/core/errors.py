"""The one exception hierarchy of the project, and the one JSON shape every error takes.

Services raise these; views, API endpoints and commands translate them (HTTP status, JSON body, exit
message) without adding logic of their own. The JSON shape::

    {"error": {"code": "invalid_row", "message": "…", "details": [{"row": 3, "field": "status", …}]}}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ObservatoryError(Exception):
    """Base of every error the platform reports to a person or a client on purpose."""

    message: str
    details: list[dict[str, Any]] = field(default_factory=list)
    code: str = "error"
    status: int = 400

    def __str__(self) -> str:
        return self.message

    def as_dict(self) -> dict[str, Any]:
        """The error in the project's JSON error shape."""
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details:
            body["details"] = self.details
        return {"error": body}


@dataclass
class InvalidInput(ObservatoryError):
    """Input that breaks a rule: a malformed file, a bad field, an unknown code."""

    code: str = "invalid_input"
    status: int = 400


@dataclass
class PermissionDenied(ObservatoryError):
    """The user may not perform this action on this object."""

    code: str = "permission_denied"
    status: int = 403


@dataclass
class NotFound(ObservatoryError):
    """The object does not exist, or the reader may not know that it does."""

    code: str = "not_found"
    status: int = 404


@dataclass
class Conflict(ObservatoryError):
    """The change collides with the current state (an edit made meanwhile, a frozen record)."""

    code: str = "conflict"
    status: int = 409


def error_body(code: str, message: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The JSON error shape for errors that do not start as an ObservatoryError (404s, 500s)."""
    return ObservatoryError(message=message, details=details or [], code=code).as_dict()
