"""Taking a row lock on an object the caller holds, and bringing that object up to date under it."""

from django.db import models


def lock(obj: models.Model) -> models.Model:
    """Lock ``obj``'s row until the transaction ends (PostgreSQL; SQLite's IMMEDIATE transactions
    already hold the write lock) and re-read it, so checks see the committed state and the caller's
    object shows the outcome. Must run inside ``transaction.atomic``."""
    type(obj).objects.select_for_update().filter(pk=obj.pk).values_list("pk", flat=True).get()
    obj.refresh_from_db()
    return obj
