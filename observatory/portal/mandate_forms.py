"""Forms of the mandate tracker: the curators' forms on a mandate page. They only convert what was posted
into the arguments of ``mandates.curation``; the curation functions decide what is allowed. (The
tracker's filters are read by ``mandates.selectors.parse_filters``, as the exports and the API read
them.)"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from observatory.mandates.models import Decision, LineageRelation, MandateStatus

#: Longest curator's note accepted from a form.
MAX_NOTE = 4000


class DecisionForm(forms.Form):
    """A curator confirms or rejects a proposed lineage link or piece of evidence (a link's relation may
    be corrected at the same time)."""

    decision = forms.ChoiceField(
        choices=[(Decision.CONFIRMED, Decision.CONFIRMED.label), (Decision.REJECTED, Decision.REJECTED.label)]
    )
    relation = forms.ChoiceField(
        label=_("Relation"), required=False, choices=[("", ""), *LineageRelation.choices]
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=MAX_NOTE)


class AddEvidenceForm(forms.Form):
    """A curator names a paragraph of a document as evidence of the mandate."""

    def __init__(self, *args, **kwargs):
        # Its own ids: the status form on the same page also has a "note".
        kwargs.setdefault("auto_id", "add-evidence-%s")
        super().__init__(*args, **kwargs)

    document = forms.CharField(
        label=_("Document (symbol or key)"), max_length=200, help_text=_("For example CAC/COSP/2019/4.")
    )
    pid = forms.CharField(
        label=_("Paragraph"), max_length=40, help_text=_("The paragraph number as the document prints it.")
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=MAX_NOTE, widget=forms.Textarea)

    def clean_document(self):
        """The key as typed, without surrounding spaces."""
        return self.cleaned_data["document"].strip()

    def clean_pid(self):
        """The paragraph id as typed, without surrounding spaces."""
        return self.cleaned_data["pid"].strip()


class StatusForm(forms.Form):
    """A curator changes the status of the mandate, optionally on a piece of its evidence."""

    status = forms.ChoiceField(label=_("New status"), choices=MandateStatus.choices)
    evidence = forms.TypedChoiceField(
        label=_("On the evidence"), required=False, coerce=int, empty_value=None
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=MAX_NOTE, widget=forms.Textarea)

    def __init__(self, *args, evidence=(), **kwargs):
        kwargs.setdefault("auto_id", "status-%s")
        super().__init__(*args, **kwargs)
        self.fields["evidence"].choices = [
            ("", _("(none)")),
            *((item.pk, f"{item.document} ¶ {item.pid}") for item in evidence),
        ]
