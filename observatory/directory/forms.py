"""The portal's form of a record: it turns what was posted into a record for the services, and shows the
problems the services find next to the fields they concern. The rules themselves are the services'
(``records.clean_record``): the form only converts.

Names and addresses are rows of (language, name, address) — the record's languages and two blank rows;
contact persons are rows too, the record's and one blank, each with a "remove" box; the languages in which
requests are accepted are the six official ones as boxes and others as codes.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from observatory.core.languages import CONTENT_LANGUAGES
from observatory.core.text import sort_key

from .models import Channel, Designation
from .records import CONTACT_FIELDS, empty_record, language_label, normalize_language

BLANK_NAME_ROWS = 2
BLANK_CONTACT_ROWS = 1
MAX_ROWS = 20


def language_choices(extra: list[str] | tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """Languages to choose a name's language from: the six official ones in UN order, then every other
    language Django knows, by name in the interface language (and any code the record already has)."""
    six = [(code, language_label(code)) for code in CONTENT_LANGUAGES]
    others = {
        code: language_label(code)
        for code in LANG_INFO
        if "-" not in code and code not in CONTENT_LANGUAGES and "name" in LANG_INFO[code]
    }
    for code in extra:
        if code not in CONTENT_LANGUAGES:
            others.setdefault(code, language_label(code))
    rest = sorted(others.items(), key=lambda item: sort_key(item[1]))
    return [("", "—"), *six, *rest]


class AuthorityForm(forms.Form):
    """One record as the edit page posts it."""

    revision = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    designation = forms.ChoiceField(label=_("Designation"), choices=[("", "—"), *Designation.choices])
    designation_detail = forms.CharField(
        label=_("Designated for"),
        required=False,
        max_length=200,
        help_text=_("For another competent authority: what it is designated for."),
    )
    website = forms.CharField(label=_("Website"), required=False, max_length=300)
    phone = forms.CharField(label=_("Public telephone"), required=False, max_length=60)
    email = forms.CharField(label=_("Public e-mail"), required=False, max_length=254)
    official_languages = forms.MultipleChoiceField(
        label=_("Languages in which requests are accepted"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=(),
    )
    other_languages = forms.CharField(
        label=_("Other languages"),
        required=False,
        max_length=200,
        help_text=_("Language codes separated by semicolons, e.g. de; pt."),
    )
    channels = forms.MultipleChoiceField(
        label=_("Channels"), required=False, widget=forms.CheckboxSelectMultiple, choices=Channel.choices
    )
    procedures = forms.CharField(
        label=_("Procedures"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    legal_basis = forms.CharField(
        label=_("Legal basis"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    is_active = forms.TypedChoiceField(
        label=_("Status"),
        choices=[("yes", _("In force")), ("no", _("Withdrawn: the authority no longer exists"))],
        coerce=lambda value: value == "yes",
        initial="yes",
    )
    note = forms.CharField(
        label=_("Note for the Secretariat"),
        required=False,
        max_length=500,
        help_text=_("Optional: what changed and why (e.g. new address since March)."),
    )

    def __init__(self, *args, record: dict[str, Any] | None = None, revision: int = 0, **kwargs):
        record = record or empty_record()
        posted = args[0] if args else kwargs.get("data")
        super().__init__(*args, **kwargs)
        self.fields["official_languages"].choices = [
            (code, language_label(code)) for code in CONTENT_LANGUAGES
        ]
        languages = list(dict.fromkeys([*record["names"], *record["addresses"]]))
        self.name_rows = self._row_count(posted, "name", len(languages) + BLANK_NAME_ROWS)
        choices = language_choices(languages)
        for index in range(self.name_rows):
            self.fields[f"name-{index}-language"] = forms.ChoiceField(
                label=_("Language"), choices=choices, required=False
            )
            self.fields[f"name-{index}-name"] = forms.CharField(
                label=_("Official name"), required=False, max_length=300
            )
            self.fields[f"name-{index}-address"] = forms.CharField(
                label=_("Address"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
            )
        contacts = record["contact_persons"]
        self.contact_rows = self._row_count(posted, "contact", len(contacts) + BLANK_CONTACT_ROWS)
        for index in range(self.contact_rows):
            self.fields[f"contact-{index}-id"] = forms.IntegerField(required=False, widget=forms.HiddenInput)
            self.fields[f"contact-{index}-name"] = forms.CharField(
                label=_("Name"), required=False, max_length=200
            )
            self.fields[f"contact-{index}-title"] = forms.CharField(
                label=pgettext_lazy("job title", "Title"), required=False, max_length=200
            )
            self.fields[f"contact-{index}-phone"] = forms.CharField(
                label=_("Telephone"), required=False, max_length=60
            )
            self.fields[f"contact-{index}-email"] = forms.CharField(
                label=_("E-mail"), required=False, max_length=254
            )
            self.fields[f"contact-{index}-languages"] = forms.CharField(
                label=_("Languages"), required=False, max_length=200, help_text=_("Codes, e.g. fr; en.")
            )
            self.fields[f"contact-{index}-remove"] = forms.BooleanField(label=_("Remove"), required=False)
        if posted is None:
            self.initial.update(self._initial(record, revision, languages))

    @staticmethod
    def _row_count(posted, prefix: str, default: int) -> int:
        # A posted form keeps the rows it was shown with (a bound form must read back every row it had).
        if posted is not None:
            count = posted.get(f"{prefix}-rows")
            if count and str(count).isdigit():
                return max(1, min(int(count), MAX_ROWS))
        return max(1, min(default, MAX_ROWS))

    def _initial(self, record: dict[str, Any], revision: int, languages: list[str]) -> dict[str, Any]:
        initial: dict[str, Any] = {
            "revision": revision,
            "designation": record["designation"],
            "designation_detail": record["designation_detail"],
            "website": record["website"],
            "phone": record["phone"],
            "email": record["email"],
            "official_languages": [code for code in record["request_languages"] if code in CONTENT_LANGUAGES],
            "other_languages": "; ".join(
                code for code in record["request_languages"] if code not in CONTENT_LANGUAGES
            ),
            "channels": record["channels"],
            "procedures": record["procedures"],
            "legal_basis": record["legal_basis"],
            "is_active": "yes" if record["is_active"] else "no",
        }
        for index, code in enumerate(languages):
            initial[f"name-{index}-language"] = code
            initial[f"name-{index}-name"] = record["names"].get(code, "")
            initial[f"name-{index}-address"] = record["addresses"].get(code, "")
        for index, person in enumerate(record["contact_persons"]):
            initial[f"contact-{index}-id"] = person.get("id")
            for name in CONTACT_FIELDS:
                value = person.get(name, "")
                initial[f"contact-{index}-{name}"] = "; ".join(value) if name == "languages" else value
        return initial

    def name_fields(self) -> list[dict[str, Any]]:
        """The bound fields of each name row, for the template."""
        return [
            {
                "index": index,
                "language": self[f"name-{index}-language"],
                "name": self[f"name-{index}-name"],
                "address": self[f"name-{index}-address"],
            }
            for index in range(self.name_rows)
        ]

    def contact_fields(self) -> list[dict[str, Any]]:
        """The bound fields of each contact person row, for the template."""
        return [
            {
                "index": index,
                "number": index + 1,
                **{name: self[f"contact-{index}-{name}"] for name in ("id", *CONTACT_FIELDS, "remove")},
            }
            for index in range(self.contact_rows)
        ]

    def clean(self):
        """A name or an address needs its language (the rest is the services' to check)."""
        cleaned = super().clean()
        for index in range(self.name_rows):
            has_text = cleaned.get(f"name-{index}-name") or cleaned.get(f"name-{index}-address")
            if has_text and not cleaned.get(f"name-{index}-language"):
                self.add_error(f"name-{index}-language", _("Choose the language of this name and address."))
        return cleaned

    def record_data(self) -> dict[str, Any]:
        """What was posted, as the record the services check (``records.clean_record``)."""
        data = self.cleaned_data
        names, addresses = {}, {}
        for index in range(self.name_rows):
            code = normalize_language(data.get(f"name-{index}-language") or "")
            if not code:
                continue
            if data.get(f"name-{index}-name"):
                names[code] = data[f"name-{index}-name"]
            if data.get(f"name-{index}-address"):
                addresses[code] = data[f"name-{index}-address"]
        contacts = []
        for index in range(self.contact_rows):
            if data.get(f"contact-{index}-remove"):
                continue
            person = {name: data.get(f"contact-{index}-{name}") or "" for name in CONTACT_FIELDS}
            if not any(person.values()):
                continue
            person["languages"] = [item.strip() for item in person["languages"].split(";") if item.strip()]
            person["id"] = data.get(f"contact-{index}-id")
            contacts.append(person)
        others = [item.strip() for item in (data.get("other_languages") or "").split(";") if item.strip()]
        return {
            "designation": data.get("designation", ""),
            "designation_detail": data.get("designation_detail", ""),
            "names": names,
            "addresses": addresses,
            "website": data.get("website", ""),
            "phone": data.get("phone", ""),
            "email": data.get("email", ""),
            "request_languages": [*(data.get("official_languages") or []), *others],
            "channels": data.get("channels") or [],
            "procedures": data.get("procedures", ""),
            "legal_basis": data.get("legal_basis", ""),
            "is_active": data.get("is_active", True),
            "contact_persons": contacts,
        }

    def show_problems(self, problems: list[dict[str, Any]]) -> None:
        """Put the services' problems next to the fields they name (the rest above the form)."""
        for problem in problems:
            self.add_error(self._field_of(problem), problem["message"])

    def _field_of(self, problem: dict[str, Any]) -> str | None:
        name = problem.get("field") or ""
        if name in ("names", "addresses"):
            return "name-0-name" if name == "names" else "name-0-address"
        if name == "request_languages":
            return "other_languages"
        if name.startswith("contact") and "_" in name and problem.get("contact"):
            # The n-th person the services checked is the n-th row left after blank and removed ones.
            kept = [
                index
                for index in range(self.contact_rows)
                if not self.cleaned_data.get(f"contact-{index}-remove")
                and any(self.cleaned_data.get(f"contact-{index}-{field}") for field in CONTACT_FIELDS)
            ]
            position = problem["contact"] - 1
            if position < len(kept):
                return f"contact-{kept[position]}-{name.split('_', 1)[1]}"
            return None
        return name if name in self.fields else None


class ImportForm(forms.Form):
    """The Secretariat's upload of a CSV file."""

    ENCODINGS = [
        ("", _("UTF-8 (recommended)")),
        ("cp1252", _("Windows Western European (cp1252)")),
        ("cp1251", _("Windows Cyrillic (cp1251)")),
        ("cp1256", _("Windows Arabic (cp1256)")),
        ("gb18030", _("Chinese (GB 18030)")),
        ("latin_1", _("Latin-1 (ISO 8859-1)")),
    ]

    file = forms.FileField(label=_("CSV file"))
    encoding = forms.ChoiceField(label=_("Encoding of the file"), choices=ENCODINGS, required=False)


class DecisionForm(forms.Form):
    """The Secretariat's decision on a change awaiting validation."""

    decision = forms.ChoiceField(choices=[("validate", _("Validate")), ("reject", _("Reject"))])
    reason = forms.CharField(
        label=_("Reason (sent back with a rejection)"), required=False, max_length=500, widget=forms.Textarea
    )
