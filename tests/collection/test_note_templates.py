"""The note verbale of a call from a template the Secretariat edited: validated before it is saved, used by
the downloads, the preview and the e-mails, and reset to the default."""

import io

import docx
import pytest

from observatory.audit.models import AuditEntry
from observatory.collection import services
from observatory.collection.note_verbale import NoteVerbaleTemplateError, default_template
from observatory.collection.notes import note_files
from observatory.core.errors import PermissionDenied

EDITED = default_template("fr").replace(
    "{% if contact %}",
    "Le Secrétariat signale la réunion Aubépine-4410 du groupe de travail.\n\n{% if contact %}",
)


def _docx_text(data: bytes) -> str:
    return "\n".join(paragraph.text for paragraph in docx.Document(io.BytesIO(data)).paragraphs)


def test_an_edited_template_is_what_the_files_say(users, draft_call):
    services.set_note_template(users["secretariat"], draft_call, "fr", EDITED)
    draft_call.refresh_from_db()
    files = {name.rsplit(".", 1)[1]: data for name, data, _mime in note_files(draft_call, "fr")}
    assert "Aubépine-4410" in _docx_text(files["docx"])
    assert "Aubépine-4410" not in _docx_text(
        {name.rsplit(".", 1)[1]: data for name, data, _mime in note_files(draft_call, "en")}["docx"]
    )
    assert AuditEntry.objects.filter(action="collection.call.note_template").count() == 1


def test_a_template_with_problems_is_refused_and_nothing_saved(users, draft_call):
    with pytest.raises(NoteVerbaleTemplateError) as refused:
        services.set_note_template(
            users["secretariat"], draft_call, "fr", "Bonjour {{ nom }}.\n\n{% url 'x' %}"
        )
    assert any(detail["line"] for detail in refused.value.details)
    draft_call.refresh_from_db()
    assert draft_call.note_templates == {}


def test_blank_goes_back_to_the_default(users, draft_call):
    services.set_note_template(users["secretariat"], draft_call, "fr", EDITED)
    services.set_note_template(users["secretariat"], draft_call, "fr", "   ")
    draft_call.refresh_from_db()
    assert draft_call.note_templates == {}


def test_only_the_secretariat_edits_templates(users, draft_call):
    for role in ("focal_point", "contributor", "provider", "administrator"):
        with pytest.raises(PermissionDenied):
            services.set_note_template(users[role], draft_call, "fr", EDITED)
