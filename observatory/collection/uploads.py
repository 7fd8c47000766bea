"""The upload path: a State answers a call with a filled document (DOCX or PDF, any of the six
languages) instead of, or beside, the checklist.

The file goes through the library's own import (``library.services.import_file``: the ingestion
pipeline, its size and format checks, its idempotence) and is linked to the call, the State and the
call's articles. It enters the library visible to the Secretariat only; publishing the submission gives
it the submission's visibility.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from observatory.accounts.permissions import SYSTEM, Action, require
from observatory.audit.services import record
from observatory.convention.models import Article
from observatory.core.errors import Conflict, InvalidInput
from observatory.library.models import Document, DocumentKind, Visibility
from observatory.library.services import import_file

from .filenames import library_file_name
from .models import EDITABLE_STATUSES, Call, CallDocument
from .submissions import start_submission

ACCEPTED_SUFFIXES = (".docx", ".pdf")


def upload_document(
    actor,
    call: Call,
    state,
    path: Path,
    *,
    original_name: str | None = None,
    language: str | None = None,
    articles: Iterable[Article] | None = None,
) -> CallDocument:
    """Import a State's filled document into the library and link it to the call, the State and the
    articles (the call's, unless named). The import's own errors (unreadable, too large, no text) are
    raised as InvalidInput naming the file."""
    require(actor, Action.DRAFT_SUBMISSION, state)
    name = original_name or path.name
    if Path(name).suffix.lower() not in ACCEPTED_SUFFIXES:
        raise InvalidInput(
            message=_("%(file)s: upload a DOCX or PDF file.") % {"file": name},
            details=[{"file": name, "field": "file"}],
        )
    submission = start_submission(actor, call, state)
    if submission.status not in EDITABLE_STATUSES:
        raise Conflict(
            message=_("This submission was submitted and is frozen: reopen it to add documents."),
            details=[{"field": "status", "current": submission.status}],
        )
    with tempfile.TemporaryDirectory() as folder, transaction.atomic():
        staged = Path(folder) / library_file_name(call, state, name)
        shutil.copyfile(path, staged)
        # The State's permission was checked above; the library's import is the platform's own work.
        outcome = import_file(
            SYSTEM,
            staged,
            kind=DocumentKind.SUBMISSION,
            language=language,
            state=state,
            visibility=Visibility.SECRETARIAT,
        )
        if outcome.status == "failed":
            reason = outcome.reason.replace(staged.name, name)
            raise InvalidInput(message=reason, details=[{"file": name, "reason": reason}])
        document = Document.objects.get(key=outcome.key)
        link, created = CallDocument.objects.get_or_create(
            call=call,
            state=state,
            document=document,
            defaults={
                "submission": submission,
                "source_name": name[:300],
                "uploaded_by": actor if getattr(actor, "is_authenticated", False) else None,
            },
        )
        link.articles.set(list(articles) if articles is not None else list(call.articles.all()))
        record(
            actor=actor,
            action="collection.document.upload",
            obj=link,
            after={
                "document": document.key,
                "import": outcome.status,
                "language": outcome.language,
                "paragraphs": outcome.paragraphs,
                "new_link": created,
            },
        )
    return link
