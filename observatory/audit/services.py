"""Writing to the audit log. Every service that changes data calls ``record`` in its transaction."""

from __future__ import annotations

import datetime
import decimal
import uuid
from typing import Any

from django.db import models

from .models import AuditEntry

SYSTEM_ACTOR = "system"


def snapshot(obj: models.Model, fields: list[str] | None = None) -> dict[str, Any]:
    """The fields of ``obj`` as JSON-ready values (foreign keys as ids, many-to-many as sorted ids)."""
    data = {}
    for field in obj._meta.concrete_fields:
        if fields is not None and field.name not in fields:
            continue
        if field.name == "password":  # a hash, but still nobody's business
            continue
        data[field.attname] = _jsonable(field.value_from_object(obj))
    if obj.pk is not None:
        for field in obj._meta.many_to_many:
            if fields is None or field.name in fields:
                data[field.name] = sorted(getattr(obj, field.name).values_list("pk", flat=True))
    return data


def _jsonable(value: Any) -> Any:
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, (decimal.Decimal, uuid.UUID)):
        return str(value)
    return value


def changed_fields(before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, Any]:
    """Only the fields whose values differ, as {"field": [before, after]}."""
    before, after = before or {}, after or {}
    return {
        key: [before.get(key), after.get(key)]
        for key in sorted(set(before) | set(after))
        if before.get(key) != after.get(key)
    }


def record(
    *,
    actor,
    action: str,
    obj: models.Model | None = None,
    object_type: str | None = None,
    object_id: str = "",
    object_repr: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str = "",
) -> AuditEntry:
    """Append one entry. ``actor`` is a user, or SYSTEM (or None) for commands and scheduled tasks."""
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or str(obj.pk)
        object_repr = object_repr or str(obj)[:300]
    # The system actor and the anonymous public are recorded by name only.
    authenticated = actor is not None and getattr(actor, "is_authenticated", False)
    return AuditEntry.objects.create(
        actor=actor if authenticated else None,
        actor_name=actor.get_username() if authenticated else SYSTEM_ACTOR,
        action=action,
        object_type=object_type or "",
        object_id=object_id,
        object_repr=object_repr,
        before=before,
        after=after,
        note=note[:500],
    )
