"""What the filter models of the registers (mandates, technical assistance) share: a refused filter value,
the one error that refuses them (exports and the API; pages show the problems and ignore the values),
and matching an item of a JSON list on SQLite and PostgreSQL alike."""

from __future__ import annotations

import json
from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import ngettext

from .errors import InvalidInput


@dataclass(frozen=True)
class FilterProblem:
    """A filter whose value was refused: which, the value, why (in the active language) and what the
    filter accepts."""

    field: str
    value: str
    message: str
    accepted: tuple[str, ...]

    def as_detail(self) -> dict:
        """The problem as an entry of the ``details`` of the project's JSON error shape."""
        return {
            "field": self.field,
            "value": self.value,
            "message": self.message,
            "accepted": list(self.accepted),
        }


def filter_error(problems: list[FilterProblem], *, status: int = 400) -> InvalidInput:
    """The error that refuses bad filters (an export, the API): its details name each field, the value
    given and the values it accepts."""
    fields = ", ".join(problem.field for problem in problems)
    opening = ngettext("Check the filter %(fields)s:", "Check the filters %(fields)s:", len(problems)) % {
        "fields": fields
    }
    return InvalidInput(
        message=" ".join([opening, *(problem.message for problem in problems)]),
        details=[problem.as_detail() for problem in problems],
        status=status,
    )


def json_list_member(field: str, value: str) -> Q:
    """Rows whose JSON list ``field`` holds the string ``value``. SQLite has no JSON containment lookup,
    so the item is looked for, quoted, in the list's JSON text: both databases write a string item as
    "value" (the vocabularies are ASCII without quotes), and the quotes keep one value from matching a
    longer one ("Working Group" inside a longer name)."""
    return Q(**{f"{field}__icontains": json.dumps(value)})
