"""Template tags of the directory sections of other pages (the country profile), and its small filters."""

from django import template

from observatory.directory.access import may_edit
from observatory.directory.records import language_label
from observatory.directory.selectors import authorities_of_state

register = template.Library()


@register.inclusion_tag("portal/directory/_state_section.html", takes_context=True)
def directory_of_state(context, state):
    """The State's directory section on its country profile: its authorities in force that the reader may
    see, each with its freshness badge, and the link to add one for those who may."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "state": state,
        "views": authorities_of_state(user, state),
        "may_add": may_edit(user, state),
        "request": request,
    }


@register.filter
def language_names(codes) -> str:
    """Language codes as their names in the interface language, joined ("French, English")."""
    return ", ".join(language_label(code) for code in codes or [])


@register.filter
def field_with_errors(field):
    """A form field's widget; one with errors is marked invalid and points screen readers at its errors
    (and its help), which the field's template writes under it."""
    if not field.errors:
        return field.as_widget()
    described = [f"{field.auto_id}_helptext"] if field.help_text else []
    described.append(f"{field.auto_id}_errors")
    return field.as_widget(attrs={"aria-invalid": "true", "aria-describedby": " ".join(described)})
