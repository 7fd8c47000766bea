"""Forms of the background-paper workbench. They only read what was typed; the rules are the services'."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from observatory.collection.models import Call, CallStatus
from observatory.convention.models import Article, Topic
from observatory.library.models import Visibility

#: The six content languages in UN order, each named in its own language.
PAPER_LANGUAGES = [
    ("ar", "العربية"),
    ("zh", "中文"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
]


class PaperForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    symbol = forms.CharField(label=_("Symbol"), max_length=120, required=False)
    language = forms.ChoiceField(label=_("Language of the paper"), choices=PAPER_LANGUAGES, initial="en")
    visibility = forms.ChoiceField(
        label=_("Audience"),
        choices=Visibility.choices,
        initial=Visibility.PUBLIC,
        help_text=_("Only paragraphs this audience may read are gathered and cited."),
    )
    call = forms.ModelChoiceField(
        label=_("Call for information"),
        queryset=Call.objects.exclude(status=CallStatus.DRAFT).order_by("-deadline"),
        required=False,
    )
    articles = forms.ModelMultipleChoiceField(
        label=_("Articles"), queryset=Article.objects.order_by("number"), required=False
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"), queryset=Topic.objects.filter(is_active=True), required=False
    )


class SectionForm(forms.Form):
    heading = forms.CharField(label=_("Heading"), max_length=300)
    text = forms.CharField(
        label=_("Text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10, "dir": "auto"}),
        help_text=_("Blank lines separate numbered paragraphs; cite a paragraph with [^number]."),
    )
    revision = forms.IntegerField(widget=forms.HiddenInput)
