"""Forms of the Secretariat's pages: drafting a call for information, asking a State for clarification.

They only read and tidy what was typed; the rules of a call (who may draft it, what makes it valid) are
the services' own, and a service that still refuses is shown on the form by the view.
"""

from __future__ import annotations

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from observatory.collection.models import Audience, Call, CallStatus
from observatory.collection.selectors import checklist
from observatory.convention.models import Article, Topic
from observatory.core.languages import field_suffix
from observatory.countries.models import State
from observatory.countries.selectors import states_in_name_order

#: The five titles besides the English one, in UN order, with the label each field gets.
OTHER_TITLES = [
    ("ar", _("Title in Arabic")),
    ("zh", _("Title in Chinese")),
    ("fr", _("Title in French")),
    ("ru", _("Title in Russian")),
    ("es", _("Title in Spanish")),
]
#: Direction and lang of the title inputs, where they differ from the language code.
TITLE_DIRECTIONS = {"ar": "rtl"}
TITLE_LANG = {"zh": "zh-Hans"}
_SEPARATORS = re.compile(r"[\s,;،]+")


def parse_days(text: str) -> list[int]:
    """Comma-separated whole numbers of days ("14, 3"), each from 1 to 365; a blank field is none.

    Raises ValidationError naming the value that is not such a number.
    """
    days = []
    for piece in _SEPARATORS.split(text.strip()):
        if not piece:
            continue
        if not piece.isascii() or not piece.isdigit() or not 1 <= int(piece) <= 365:
            raise forms.ValidationError(
                _(
                    "“%(value)s” is not a number of days: write whole numbers from 1 to 365, separated by "
                    "commas, e.g. 14, 3."
                ),
                code="invalid_days",
                params={"value": piece},
            )
        days.append(int(piece))
    return days


class ArticleChoiceField(forms.ModelMultipleChoiceField):
    """Articles of the Convention, labelled "7. Public sector" in the interface language."""

    def label_from_instance(self, obj: Article) -> str:
        """Number and title in the active language (English where it is not yet translated)."""
        return f"{obj.number}. {obj.title.text}"


class TopicChoiceField(forms.ModelMultipleChoiceField):
    """Topics of the taxonomy, labelled in the interface language."""

    def label_from_instance(self, obj: Topic) -> str:
        """The topic's label in the active language."""
        return obj.label.text


class PreviousCallField(forms.ModelChoiceField):
    """The call of the previous cycle, named by its reference and title."""

    def label_from_instance(self, obj: Call) -> str:
        """ "CU 2031/45 — Asset declarations", titled in the active language."""
        title = obj.title.text
        return f"{obj.symbol} — {title}" if obj.symbol else title


class CallForm(forms.Form):
    """What the Secretariat asks, of whom, by when: the fields of ``services.create_call``."""

    # The portal's labels carry no colon (and a colon is written differently in French and Chinese).
    label_suffix = ""

    # English text is typed left to right even on the Arabic page.
    title_en = forms.CharField(
        label=_("Title in English"),
        max_length=300,
        widget=forms.TextInput(attrs={"lang": "en", "dir": "ltr"}),
    )
    title_ar = forms.CharField(label=_("Title in Arabic"), max_length=300, required=False)
    title_zh = forms.CharField(label=_("Title in Chinese"), max_length=300, required=False)
    title_fr = forms.CharField(label=_("Title in French"), max_length=300, required=False)
    title_ru = forms.CharField(label=_("Title in Russian"), max_length=300, required=False)
    title_es = forms.CharField(label=_("Title in Spanish"), max_length=300, required=False)
    symbol = forms.CharField(
        label=_("Reference of the note verbale"),
        max_length=120,
        required=False,
        help_text=_("The Secretariat's reference, e.g. CU 2011/45/DTA/CEB/CSS."),
    )
    deadline = forms.DateField(
        label=_("Deadline"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    articles = ArticleChoiceField(
        label=_("Articles of the Convention"),
        queryset=Article.objects.order_by("number"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 12}),
        help_text=_("Hold Ctrl (or ⌘) to choose several."),
    )
    topics = TopicChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.filter(is_active=True),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    checklist_items = forms.MultipleChoiceField(label=_("Questions of the checklist"), required=False)
    questions = forms.CharField(
        label=_("Questions written for this call"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5, "lang": "en", "dir": "ltr"}),
        help_text=_("In English, one question per line."),
    )
    audience = forms.ChoiceField(
        label=_("Addressed to"),
        choices=Audience.choices,
        initial=Audience.ALL_PARTIES,
        widget=forms.RadioSelect,
    )
    states = forms.MultipleChoiceField(
        label=_("Selected States"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 10}),
        help_text=_("Only for a call to a selection of States."),
    )
    reminder_days_before = forms.CharField(
        label=_("Reminders before the deadline (days)"),
        required=False,
        initial="14",
        help_text=_("Whole numbers of days, separated by commas, e.g. 14, 3."),
    )
    reminder_days_after = forms.CharField(
        label=_("Reminders after the deadline (days)"),
        required=False,
        initial="7",
        help_text=_("Whole numbers of days, separated by commas, e.g. 7, 30."),
    )
    previous_call = PreviousCallField(
        label=_("Previous cycle"),
        queryset=Call.objects.exclude(status=CallStatus.DRAFT),
        required=False,
        empty_label=_("None: a new subject"),
        help_text=_("States' answers to the previous cycle's call pre-fill their answers to this one."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built per request: the checklist and the States' names follow the database and the language.
        self.checklist = list(checklist())
        for code, _label in OTHER_TITLES:
            # Each title is typed in its own language and direction, whatever the page's language.
            self.fields[f"title_{code}"].widget.attrs.update(
                lang=TITLE_LANG.get(code, code), dir=TITLE_DIRECTIONS.get(code, "ltr")
            )
        self.fields["checklist_items"].choices = [(item.code, item.code) for item in self.checklist]
        name = f"name_{field_suffix()}"
        self.state_objects = {state.iso3: state for state in states_in_name_order()}
        self.fields["states"].choices = [
            (iso3, getattr(state, name) or state.name_en) for iso3, state in self.state_objects.items()
        ]

    def checklist_groups(self) -> list[dict]:
        """The checklist by article, each item with whether it is ticked (kept when the form comes back)."""
        chosen = set(self["checklist_items"].value() or [])
        groups: list[dict] = []
        for item in self.checklist:
            if not groups or groups[-1]["article"].pk != item.article_id:
                groups.append({"article": item.article, "items": []})
            groups[-1]["items"].append({"item": item, "checked": item.code in chosen})
        return groups

    def clean_reminder_days_before(self) -> list[int]:
        """The days before the deadline, as numbers."""
        return parse_days(self.cleaned_data["reminder_days_before"])

    def clean_reminder_days_after(self) -> list[int]:
        """The days after the deadline, as numbers."""
        return parse_days(self.cleaned_data["reminder_days_after"])

    def clean_questions(self) -> list[str]:
        """One question per non-blank line."""
        return [line.strip() for line in self.cleaned_data["questions"].splitlines() if line.strip()]

    def clean_states(self) -> list[State]:
        """The chosen States, in the order of the list."""
        return [self.state_objects[iso3] for iso3 in self.cleaned_data["states"]]

    def clean(self):
        """A call to a selection needs its States; saying so here keeps the rest of the form as typed."""
        data = super().clean()
        if data.get("audience") == Audience.SELECTION and not data.get("states"):
            self.add_error(
                "states",
                _("Choose at least one State, or address the call to all States parties."),
            )
        return data

    def service_arguments(self) -> dict:
        """The keyword arguments of ``services.create_call`` (after validation)."""
        data = self.cleaned_data
        return {
            "title_en": data["title_en"],
            "titles": {code: data[f"title_{code}"] for code, _label in OTHER_TITLES if data[f"title_{code}"]},
            "symbol": data["symbol"],
            "deadline": data["deadline"],
            "topics": data["topics"],
            "articles": data["articles"],
            "checklist_items": data["checklist_items"],
            "questions": data["questions"],
            "audience": data["audience"],
            "states": data["states"] if data["audience"] == Audience.SELECTION else [],
            "reminder_days_before": data["reminder_days_before"],
            "reminder_days_after": data["reminder_days_after"],
            "previous_call": data["previous_call"],
        }


class ClarificationForm(forms.Form):
    """The question the Secretariat sends back to a State with its submission."""

    label_suffix = ""

    message = forms.CharField(
        label=_("What needs clarifying"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        help_text=_("The State's focal point reads this with its submission, which it can then change."),
    )
