"""The register's forms on the portal: declare or change a need, change its status, record or change an
offer, decide on a match, import needs. They only turn what was posted into the arguments of the
services; the services decide what is allowed and refuse bad values with a message that names the field
(``show_error`` puts it next to that field)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from observatory.collection.models import ANSWER_LANGUAGES, Priority
from observatory.core.errors import ObservatoryError
from observatory.countries.models import RegionalGroup
from observatory.countries.selectors import states_in_name_order
from observatory.library.models import Visibility

from .models import Decision, Kind, NeedStatus, ProviderType, Source

#: Longest description accepted from a form.
MAX_TEXT = 10_000
#: The largest CSV file the import form takes.
MAX_UPLOAD = 5 * 1024 * 1024

ARTICLES_HELP = _("Numbers of articles of the Convention, separated by semicolons: 9; 10")


class NeedForm(forms.Form):
    """A need entered by hand. ``state`` is offered to the Secretariat (any State); a focal point declares
    for its own State, which the view gives."""

    state = forms.ChoiceField(label=_("State"))
    kind = forms.ChoiceField(label=_("Kind of assistance"), choices=Kind.choices)
    articles = forms.CharField(label=_("Articles"), required=False, max_length=300, help_text=ARTICLES_HELP)
    description = forms.CharField(
        label=_("Description"), widget=forms.Textarea(attrs={"rows": 5}), max_length=MAX_TEXT
    )
    language = forms.ChoiceField(
        label=_("Language of the description"), choices=ANSWER_LANGUAGES, initial="en"
    )
    priority = forms.ChoiceField(label=_("Priority"), choices=Priority.choices, initial=Priority.MEDIUM)
    status = forms.ChoiceField(label=_("Status"), choices=NeedStatus.choices, initial=NeedStatus.CURRENT)
    source = forms.ChoiceField(
        label=_("Source"),
        choices=[(Source.DIRECT, Source.DIRECT.label), (Source.REVIEW_REPORT, Source.REVIEW_REPORT.label)],
        initial=Source.DIRECT,
    )
    source_reference = forms.CharField(
        label=_("Reference of the source"),
        required=False,
        max_length=200,
        help_text=_("e.g. the symbol of the country review report"),
    )
    visibility = forms.ChoiceField(
        label=_("Visibility"), choices=Visibility.choices, initial=Visibility.PUBLIC
    )
    needed_by = forms.DateField(
        label=_("Needed by"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, states=None, fixed_state=None, **kwargs):
        super().__init__(*args, **kwargs)
        if fixed_state is not None:
            self.fields["state"].choices = [(fixed_state.iso3, str(fixed_state.name))]
            self.fields["state"].initial = fixed_state.iso3
        else:
            self.fields["state"].choices = [("", "—")] + [
                (state.iso3, str(state.name)) for state in (states or states_in_name_order())
            ]

    def values(self) -> dict:
        """The keyword arguments of ``services.declare_need`` (and, less the State and status, of
        ``update_need``)."""
        data = dict(self.cleaned_data)
        return data


class StatusForm(forms.Form):
    """A new status of a need, with a note."""

    status = forms.ChoiceField(label=_("New status"), choices=NeedStatus.choices)
    note = forms.CharField(
        label=_("Note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


class OfferForm(forms.Form):
    """An offer recorded by a provider (under its own organization) or by the Secretariat."""

    organization = forms.CharField(label=_("Provider"), max_length=200, required=False)
    provider_type = forms.ChoiceField(label=_("Type of provider"), choices=ProviderType.choices)
    programme = forms.CharField(label=_("Programme"), max_length=300)
    kinds = forms.MultipleChoiceField(
        label=_("Kinds of assistance"), choices=Kind.choices, widget=forms.CheckboxSelectMultiple
    )
    articles = forms.CharField(label=_("Articles"), required=False, max_length=300, help_text=ARTICLES_HELP)
    regions = forms.MultipleChoiceField(
        label=_("Regional groups served"),
        choices=[(value, label) for value, label in RegionalGroup.choices if value != RegionalGroup.NONE],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None: every State."),
    )
    starts = forms.DateField(
        label=pgettext_lazy("start of a period", "From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    ends = forms.DateField(label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    description = forms.CharField(
        label=_("Description"), required=False, max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 5})
    )
    language = forms.ChoiceField(
        label=_("Language of the description"), choices=ANSWER_LANGUAGES, initial="en"
    )
    contact_name = forms.CharField(label=_("Contact person"), required=False, max_length=200)
    contact_email = forms.CharField(label=_("Contact e-mail"), required=False, max_length=254)
    is_active = forms.BooleanField(label=_("Active"), required=False, initial=True)

    def __init__(self, *args, fixed_organization: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if fixed_organization:
            self.fields["organization"].initial = fixed_organization
            self.fields["organization"].disabled = True

    def values(self) -> dict:
        """The keyword arguments of ``services.record_offer`` and ``update_offer``."""
        return dict(self.cleaned_data)


class DecisionForm(forms.Form):
    """The Secretariat's decision on a match."""

    decision = forms.ChoiceField(
        choices=[(Decision.CONFIRMED, _("Confirm")), (Decision.REJECTED, _("Reject"))]
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=2000)


class ImportForm(forms.Form):
    """A CSV file of needs."""

    file = forms.FileField(label=_("CSV file (UTF-8)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("The file is larger than 5 MB: split it."))
        return upload


def show_error(form: forms.Form, error: ObservatoryError) -> None:
    """Put a service's refusal on the form: next to the field it names, or above the form."""
    names = [detail.get("field") for detail in error.details if isinstance(detail, dict)]
    field = next((name for name in names if name in form.fields), None)
    form.add_error(field, error.message)
