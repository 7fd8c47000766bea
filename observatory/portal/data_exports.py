"""Downloads of the data exports (``core.exports``): published submissions, a call's ledger and search
results, as CSV, JSON or XLSX, streamed. Each table comes from its app's export module, which reads
through the selectors; a reader downloads only what they may read."""

from __future__ import annotations

from django.http import Http404, StreamingHttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

from observatory.collection.exports import ledger_table, submission_table
from observatory.core.exports import FORMATS, MIME_TYPES, Table, export_chunks
from observatory.search.exports import search_table
from observatory.search.selectors import MODES

from .collection_views import _visible_call
from .search_views import LANGUAGES, _filters


def export_response(table: Table, fmt: str, stem: str) -> StreamingHttpResponse:
    """The table streamed in ``fmt``, as a download named "<stem>-<today>.<fmt>"."""
    name = f"{stem}-{timezone.localdate().isoformat()}.{fmt}"
    return StreamingHttpResponse(
        export_chunks(table, fmt),
        content_type=MIME_TYPES[fmt],
        headers={"Content-Disposition": content_disposition_header(True, name)},
    )


def _format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise Http404
    return fmt


def submissions(request, fmt: str):
    """Every published answer the reader may read, of every call."""
    return export_response(submission_table(request.user), _format(fmt), "submissions")


def call_submissions(request, pk: int, fmt: str):
    """The published answers to one call the reader may read."""
    call = _visible_call(request.user, pk)
    return export_response(
        submission_table(request.user, call=call), _format(fmt), f"submissions-call-{call.pk}"
    )


def call_ledger(request, pk: int, fmt: str):
    """A call's ledger: the Secretariat only (others get the permission error page)."""
    call = _visible_call(request.user, pk)
    return export_response(ledger_table(request.user, call), _format(fmt), f"ledger-call-{call.pk}")


def search_results(request, fmt: str):
    """Every hit of a search (the search page's parameters), in rank order."""
    fmt = _format(fmt)
    get = request.GET
    text = get.get("q", "")
    mode = get.get("mode") if get.get("mode") in MODES else "hybrid"
    language = get.get("language") if get.get("language") in LANGUAGES else None
    # A query that cannot run raises InvalidQuery (an InvalidInput): the error page says why, no file.
    table = search_table(request.user, text, language=language, mode=mode, **_filters(get))
    return export_response(table, fmt, "search")
