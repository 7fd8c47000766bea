"""The Secretariat edits a call's note verbale per language: the form, the preview, problems shown with
their line, role by role."""

from observatory.collection.note_verbale import default_template
from tests.collection.conftest import checklist, draft_call, parties  # noqa: F401 (fixtures)


def test_the_template_page_role_by_role(client, users, draft_call):
    address = f"/en/calls/{draft_call.pk}/note-verbale/fr/template/"
    assert client.get(address).status_code == 302  # to sign in
    for role in ("focal_point", "contributor", "provider"):
        client.force_login(users[role])
        assert client.get(address).status_code == 403
    client.force_login(users["secretariat"])
    page = client.get(address).content.decode()
    assert 'lang="fr"' in page and "{{ questions }}" in page and "srcdoc=" in page
    assert client.get(f"/en/calls/{draft_call.pk}/note-verbale/de/template/").status_code == 404


def test_saving_and_a_template_with_problems(client, users, draft_call):
    client.force_login(users["secretariat"])
    address = f"/ar/calls/{draft_call.pk}/note-verbale/ar/template/"
    bad = client.post(address, {"template": "{{ questions }}\n\n{{ deadline }} {{ inconnu }}"})
    assert bad.status_code == 400
    assert "line 3" in bad.content.decode() or "3" in bad.content.decode()
    draft_call.refresh_from_db()
    assert draft_call.note_templates == {}
    edited = default_template("ar") + "\n\nملاحظة تجريبية"
    assert client.post(address, {"template": edited}).status_code == 302
    draft_call.refresh_from_db()
    assert "ملاحظة تجريبية" in draft_call.note_templates["ar"]
    dashboard = client.get(f"/en/calls/{draft_call.pk}/dashboard/").content.decode()
    assert f"/en/calls/{draft_call.pk}/note-verbale/ar/template/" in dashboard
    assert client.post(address, {"reset": "1", "template": ""}).status_code == 302
    draft_call.refresh_from_db()
    assert draft_call.note_templates == {}
