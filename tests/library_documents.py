"""Library documents made directly in the database, for tests about what is done with them (the
import pipeline that makes them from files is tested in tests/ingest and tests/library)."""

import hashlib

from observatory.library.models import (
    Document,
    DocumentKind,
    LanguageVersion,
    Paragraph,
    Revision,
    Visibility,
)


def make_document(
    key, *, visibility=Visibility.PUBLIC, kind=DocumentKind.RESOLUTIONS, year=None, state=None, versions
):
    """A document with a current revision per language; ``versions`` maps a language to its paragraphs,
    each (pid, kind, number, resolution, text)."""
    document = Document.objects.create(
        key=key, symbol=key, kind=kind, title=key, year=year, visibility=visibility, state=state
    )
    for language, paragraphs in versions.items():
        version = LanguageVersion.objects.create(document=document, language=language, title=key)
        digest = hashlib.sha256(f"{key}/{language}".encode()).hexdigest()
        revision = Revision.objects.create(
            version=version,
            number=1,
            source_name=f"{key.replace('/', '-')}.{language}.txt",
            format="txt",
            file_sha256=digest,
            text_sha256=digest,
            paragraph_count=len(paragraphs),
        )
        Paragraph.objects.bulk_create(
            Paragraph(
                revision=revision,
                position=position,
                pid=pid,
                kind=kind_,
                number=number,
                resolution=resolution,
                text=text,
                language=language,
            )
            for position, (pid, kind_, number, resolution, text) in enumerate(paragraphs)
        )
        version.current = revision
        version.save(update_fields=["current"])
    return document
