"""E-mails to focal points carry the note verbale, DOCX and PDF, rendered once per language per run."""

from __future__ import annotations

import datetime
import io
import logging
from collections import Counter

import docx
import pypdfium2 as pdfium
import pytest

from observatory.collection import messages, notes, services
from observatory.collection.dispatch import send_due_reminders
from observatory.collection.models import Dispatch, DispatchStatus
from observatory.collection.note_verbale import LANGUAGES
from observatory.collection.notes import MIME_TYPES

from .conftest import ADDRESSED, DEADLINE, LAUNCH, at

DOCX, PDF = MIME_TYPES["docx"], MIME_TYPES["pdf"]
STEM = "CU-2031-45-DTA-CEB-CSS"
#: States of the test call whose focal points have an address (Japan's has none).
MAILED = len(ADDRESSED) - 1


def docx_text(data: bytes) -> str:
    return "\n".join(paragraph.text for paragraph in docx.Document(io.BytesIO(data)).paragraphs)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(data))


@pytest.fixture
def renderings(monkeypatch):
    """Count the renderer's calls per (language, format), the renderer itself doing the work. Starts
    with nothing rendered, so the count does not depend on earlier tests."""
    counts: Counter = Counter()
    real = notes.render_note_verbale

    def counting(note, **options):
        counts[note.language, options["format"]] += 1
        return real(note, **options)

    notes.clear_rendering_cache()
    monkeypatch.setattr(notes, "render_note_verbale", counting)
    yield counts
    notes.clear_rendering_cache()


def test_the_notice_carries_the_note_verbale_in_six_languages(users, draft_call, focal_points, mailoutbox):
    services.launch_call(users["secretariat"], draft_call, now=LAUNCH)
    assert len(mailoutbox) == MAILED
    message = mailoutbox[0]
    expected = [
        (f"{STEM}.{code}.{ext}", mime) for code in LANGUAGES for ext, mime in (("docx", DOCX), ("pdf", PDF))
    ]
    assert [(name, mime) for name, _content, mime in message.attachments] == expected
    files = {name: content for name, content, _mime in message.attachments}
    assert "Asset declaration systems and conflicts of interest" in docx_text(files[f"{STEM}.en.docx"])
    assert "presents its compliments" in pdf_text(files[f"{STEM}.en.pdf"])
    assert "Systèmes de déclaration de patrimoine" in docx_text(files[f"{STEM}.fr.docx"])
    assert "1er avril 2031" in docx_text(files[f"{STEM}.fr.docx"])  # dated the day of the launch
    for code in LANGUAGES:
        assert files[f"{STEM}.{code}.pdf"].startswith(b"%PDF-")
        assert len(pdfium.PdfDocument(files[f"{STEM}.{code}.pdf"])) >= 1
        assert docx.Document(io.BytesIO(files[f"{STEM}.{code}.docx"])).paragraphs
    # The e-mail's own text is unchanged; every State gets the same files.
    assert message.subject == "Call for information: Asset declaration systems and conflicts of interest"
    assert "Deadline: 27 May 2031." in message.body
    assert all(other.attachments == message.attachments for other in mailoutbox)


def test_the_mime_message_holds_the_files(users, draft_call, focal_points, mailoutbox):
    services.launch_call(users["secretariat"], draft_call, now=LAUNCH)
    parts = [part for part in mailoutbox[0].message().walk() if part.get_filename()]
    assert [(part.get_filename(), part.get_content_type()) for part in parts][:2] == [
        (f"{STEM}.ar.docx", DOCX),
        (f"{STEM}.ar.pdf", PDF),
    ]
    pdf = next(part for part in parts if part.get_filename() == f"{STEM}.en.pdf")
    assert pdf.get_payload(decode=True).startswith(b"%PDF-")
    # The whole e-mail, base64 included, stays well under what mail servers accept.
    assert len(mailoutbox[0].message().as_bytes()) < 1.5 * 1024 * 1024


def test_a_dispatch_run_renders_each_language_once(users, draft_call, focal_points, mailoutbox, renderings):
    services.launch_call(users["secretariat"], draft_call, now=LAUNCH)
    assert len(mailoutbox) == MAILED > 1
    assert renderings == Counter({(code, fmt): 1 for code in LANGUAGES for fmt in ("docx", "pdf")})


def test_a_reminder_run_renders_the_reminder_note_once(call, mailoutbox, renderings):
    send_due_reminders(at(DEADLINE - datetime.timedelta(days=14)))
    assert len(mailoutbox) == MAILED
    assert renderings == Counter({(code, fmt): 1 for code in LANGUAGES for fmt in ("docx", "pdf")})
    # The next step's run renders again: its reminder note is dated the new day.
    send_due_reminders(at(DEADLINE - datetime.timedelta(days=3)))
    assert len(mailoutbox) == 2 * MAILED
    assert sum(renderings.values()) == 2 * 12


def test_a_reminder_carries_the_reminder_note_verbale(call, mailoutbox):
    send_due_reminders(at(DEADLINE - datetime.timedelta(days=14)))
    message = mailoutbox[0]
    names = [name for name, _content, _mime in message.attachments]
    assert names[:2] == [f"{STEM}.reminder.ar.docx", f"{STEM}.reminder.ar.pdf"]
    assert len(names) == 12
    files = {name: content for name, content, _mime in message.attachments}
    text = docx_text(files[f"{STEM}.reminder.en.docx"])
    assert "refer to its note verbale CU 2031/45/DTA/CEB/CSS of 1 April 2031" in text
    assert "13 May 2031" in text  # dated the day the reminder goes
    assert "have not yet done so" in text


def test_files_over_the_budget_are_sent_in_english_french_and_spanish(
    users, draft_call, focal_points, mailoutbox, monkeypatch
):
    monkeypatch.setattr(messages, "ATTACHMENT_BUDGET", 100_000)  # less than the six languages weigh
    services.launch_call(users["secretariat"], draft_call, now=LAUNCH)
    names = [name for name, _content, _mime in mailoutbox[0].attachments]
    assert names == [f"{STEM}.{code}.{ext}" for code in ("en", "fr", "es") for ext in ("docx", "pdf")]


def test_a_renderer_failure_does_not_stop_the_notice(
    users, draft_call, focal_points, mailoutbox, monkeypatch, caplog
):
    def broken(note, **options):
        raise OSError("no fonts")

    notes.clear_rendering_cache()
    monkeypatch.setattr(notes, "render_note_verbale", broken)
    with caplog.at_level(logging.ERROR, logger="observatory.collection.messages"):
        launched = services.launch_call(users["secretariat"], draft_call, now=LAUNCH)
    assert launched.status == "launched"
    assert len(mailoutbox) == MAILED
    assert all(message.attachments == [] for message in mailoutbox)
    assert Dispatch.objects.filter(status=DispatchStatus.SENT).count() == MAILED
    # Logged once for the run, not once per State.
    assert len([r for r in caplog.records if "not rendered" in r.getMessage()]) == 1


def test_outside_a_run_the_attachments_are_built_afresh(call, parties):
    files = messages.note_verbale_attachments(call, parties["VNM"])
    assert [name for name, _content, _mime in files][:2] == [f"{STEM}.ar.docx", f"{STEM}.ar.pdf"]
    assert len(files) == 12
