"""Template helpers for text that may be shown in a fallback language."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def localized_text(value):
    """Render a LocalizedText; a fallback is wrapped with its language and marked for the reader."""
    if not getattr(value, "is_fallback", False):
        return format_html("{}", value)
    # A small "EN" badge, its meaning in a tooltip and spelled out for screen readers: the mark must
    # not drown a list of 71 titles that are all still in English.
    note = _("in English: not yet translated")
    return format_html(
        '<span lang="{}" dir="ltr">{}</span> <span class="fallback-mark" title="{}">'
        '<span aria-hidden="true">EN</span><span class="visually-hidden">({})</span></span>',
        value.language,
        value.text,
        note,
        note,
    )
