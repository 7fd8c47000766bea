"""Template helpers of the mandate tracker: names of addressees, conditions and sessions in the interface
language (the read layer's one table of them), and the permalink of a paragraph named by its id."""

from django import template

from observatory.library.models import Paragraph
from observatory.mandates import selectors

register = template.Library()


@register.filter
def addressee_label(value: str) -> str:
    """The name of an addressee of the extraction contract ("States parties", "donors" → "Donors" …)."""
    return selectors.addressee_label(value)


@register.filter
def condition_label(value: str) -> str:
    """The name of a condition ("extrabudgetary" → "Subject to extrabudgetary resources")."""
    return selectors.condition_label(value)


@register.simple_tag
def session_label(body: str, number, year=None) -> str:
    """ "Conference of the States Parties, session 7 (2017)"."""
    return selectors.session_name(body, number, year)


@register.filter
def paragraph_anchor(pid: str) -> str:
    """The fragment of a paragraph on its document's page, as the library writes it ("p-7-1-op-3")."""
    return Paragraph(pid=pid).anchor
