"""The assistance API."""

from ninja import Router

router = Router(tags=["assistance"])
