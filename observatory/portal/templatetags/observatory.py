"""Template helpers: text that may be shown in a fallback language, and the names, HTML codes and
writing directions of the six content languages."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from observatory.collection.models import ANSWER_LANGUAGES, AssistanceKind, Priority

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


@register.filter
def language_name(code: str) -> str:
    """The name of a content language (ar, zh, en, fr, ru, es) in the interface language."""
    return str(dict(ANSWER_LANGUAGES).get(code, code))


@register.filter
def text_direction(code: str) -> str:
    """The writing direction of text in a content language: "rtl" for Arabic, else "ltr"."""
    return "rtl" if code == "ar" else "ltr"


@register.filter
def html_lang(code: str) -> str:
    """A content language code as an HTML lang attribute ("zh" is written in simplified characters)."""
    return "zh-Hans" if code == "zh" else code


@register.filter
def assistance_kind(code: str) -> str:
    """The label of a kind of technical assistance."""
    return str(dict(AssistanceKind.choices).get(code, code))


@register.filter
def priority_label(code: str) -> str:
    """The label of a priority (high, medium, low)."""
    return str(dict(Priority.choices).get(code, code))


#: The fields of an answer, as the answer form names them.
ANSWER_FIELD_LABELS = {
    "implemented": _lazy("Implemented"),
    "measures": _lazy("Measures taken"),
    "examples": _lazy("Examples of implementation"),
    "challenges": _lazy("Challenges"),
    "language": _lazy("language of the answer"),
    "visibility": _lazy("visibility"),
    "assistance_needs": _lazy("Technical-assistance needs"),
}


@register.filter
def answer_field(name: str) -> str:
    """The label of a field of an answer."""
    return str(ANSWER_FIELD_LABELS.get(name, name))


@register.filter
def age_of(table, reported) -> str:
    """The age class of a coverage cell ("recent", "older", "old", "none"), from its table's year."""
    return table.age(reported)
