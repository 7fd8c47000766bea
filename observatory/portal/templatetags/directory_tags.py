"""Template tags of the directory sections of other pages (the country profile)."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def directory_of_state(context, state):
    """The State's directory section on its country profile (being built)."""
    return ""
