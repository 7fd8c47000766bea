"""The answer form of a call: one question's structured answer, as posted by the portal (with or without
htmx). It only converts what was posted into the arguments of ``collection.services.save_answer``; the
service decides what is allowed."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from observatory.collection.models import ANSWER_LANGUAGES, AssistanceKind, Implemented, Priority
from observatory.library.models import Visibility

#: Technical-assistance needs one answer can list (the form shows the saved ones and one blank row).
NEED_ROWS = 6
#: Longest answer text accepted from the form (a long answer is a document: upload it instead).
MAX_TEXT = 50_000


class AnswerForm(forms.Form):
    """One answer: implemented, measures, examples, challenges, its language and visibility, and the
    technical-assistance needs (``need-<n>-kind``, ``-description``, ``-priority``)."""

    revision = forms.IntegerField(min_value=0)
    # Set by the "keep my version" button of a conflict: the revision the person has now seen.
    revision_override = forms.IntegerField(min_value=0, required=False)
    implemented = forms.ChoiceField(choices=[("", "—"), *Implemented.choices], required=False)
    measures = forms.CharField(required=False, max_length=MAX_TEXT, strip=False)
    examples = forms.CharField(required=False, max_length=MAX_TEXT, strip=False)
    challenges = forms.CharField(required=False, max_length=MAX_TEXT, strip=False)
    language = forms.ChoiceField(choices=ANSWER_LANGUAGES, label=_("language of the answer"))
    visibility = forms.ChoiceField(choices=[("", "—"), *Visibility.choices], required=False)

    def clean(self):
        cleaned = super().clean()
        needs = []
        for index in range(NEED_ROWS):
            kind = self.data.get(f"need-{index}-kind", "")
            description = self.data.get(f"need-{index}-description", "")[:MAX_TEXT]
            priority = self.data.get(f"need-{index}-priority", "") or Priority.MEDIUM
            if not kind and not description.strip():
                continue  # the blank row
            if kind not in AssistanceKind.values:
                raise forms.ValidationError(_("Choose the kind of each technical-assistance need."))
            if priority not in Priority.values:
                raise forms.ValidationError(_("Unknown priority."))
            needs.append({"kind": kind, "description": description.strip(), "priority": priority})
        cleaned["assistance_needs"] = needs
        return cleaned

    def revision_to_save(self) -> int:
        """The revision the save starts from: the one the page was loaded with, or the one the person
        chose to overwrite after seeing a conflict."""
        override = self.cleaned_data.get("revision_override")
        return override if override is not None else self.cleaned_data["revision"]

    def changes(self) -> dict:
        """The fields of ``save_answer``."""
        names = ("implemented", "measures", "examples", "challenges", "language", "visibility")
        changes = {name: self.cleaned_data[name] for name in names}
        if "needs" in self.data:  # the form's needs rows were posted (the plain and the htmx form both)
            changes["assistance_needs"] = self.cleaned_data["assistance_needs"]
        return changes

    def need_rows(self) -> list[dict]:
        """The needs rows to show: the posted or saved ones, then one blank row."""
        rows = []
        for index in range(NEED_ROWS):
            kind = self._value(f"need-{index}-kind")
            description = self._value(f"need-{index}-description")
            if kind or description:
                rows.append(
                    {
                        "kind": kind,
                        "description": description,
                        "priority": self._value(f"need-{index}-priority"),
                    }
                )
        rows = [dict(row, index=index) for index, row in enumerate(rows)]
        if len(rows) < NEED_ROWS:
            rows.append({"index": len(rows), "kind": "", "description": "", "priority": Priority.MEDIUM})
        return rows

    def _value(self, name: str) -> str:
        source = self.data if self.is_bound else self.initial
        return source.get(name, "") or ""

    @classmethod
    def for_answer(cls, answer, *, default_language: str) -> AnswerForm:
        """An unbound form showing a saved answer (or a new one in the reader's language)."""
        if answer is None:
            return cls(initial={"revision": 0, "language": default_language})
        initial = {
            "revision": answer.revision,
            "implemented": answer.implemented,
            "measures": answer.measures,
            "examples": answer.examples,
            "challenges": answer.challenges,
            "language": answer.language,
            "visibility": answer.visibility,
        }
        for index, need in enumerate(answer.assistance_needs.all()[:NEED_ROWS]):
            initial |= {
                f"need-{index}-kind": need.kind,
                f"need-{index}-description": need.description,
                f"need-{index}-priority": need.priority,
            }
        return cls(initial=initial)
