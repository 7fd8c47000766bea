"""Template tags of the assistance sections of other pages (the country profile)."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def assistance_of_state(context, state):
    """The State's assistance section on its country profile (being built)."""
    return ""
