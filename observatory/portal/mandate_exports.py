"""Downloads of the mandate tracker: the exports (CSV, JSON) and the report "Status of implementation of
resolution N" (DOCX, PDF).

Thin views: the filters are read by ``mandates.selectors.parse_filters``, as the tracker reads them (a
bad one answers 400 in the project's JSON error shape, naming the field and what it accepts); what the
reader may see is decided by the mandates' selectors, and the files are written by ``mandates.exports``
and ``mandates.reports``. Errors the report raises (an unknown language, a resolution the reader may not
see) are answered by the portal's middleware with their status and message.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_http_methods

from observatory.core.exports import MIME_TYPES as EXPORT_MIME_TYPES
from observatory.core.exports import export_bytes
from observatory.core.filters import filter_error
from observatory.core.languages import CONTENT_LANGUAGES
from observatory.library.selectors import document_by_key
from observatory.mandates.exports import export_csv, export_filename, export_json, xlsx_table
from observatory.mandates.reports import FORMATS, MIME_TYPES, build_status_report, render_docx, render_pdf
from observatory.mandates.selectors import parse_filters

EXPORT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "xlsx": EXPORT_MIME_TYPES["xlsx"],
}


@require_http_methods(["GET"])
def export(request, fmt: str):
    """The mandates the reader may see, filtered as the tracker is (``?session=cosp/8&status=open`` …),
    as a CSV or JSON file. A bad filter value answers 400 with the JSON error shape: a file that silently
    ignored a filter would hold other mandates than the ones asked for."""
    if fmt not in EXPORT_TYPES:
        raise Http404
    filters, problems = parse_filters(request.GET)
    if problems:
        # JSON even on the portal's path (the middleware would answer a page): a download is read by
        # programs as often as by people.
        return JsonResponse(filter_error(problems).as_dict(), status=400)
    if fmt == "xlsx":
        data = export_bytes(xlsx_table(request.user, filters), "xlsx")
    else:
        data = export_csv(request.user, filters) if fmt == "csv" else export_json(request.user, filters)
    # One response, not a streamed one: the JSON is built whole anyway, and a plain response can be read
    # back whole by the confidentiality crawls that check every download for what it must not hold.
    return HttpResponse(
        data,
        content_type=EXPORT_TYPES[fmt],
        headers={
            "Content-Disposition": content_disposition_header(True, export_filename(filters, fmt)),
            # The file depends on who asks: never from a shared cache.
            "Cache-Control": "private, no-store",
        },
    )


def status_report_links(document_key: str, resolution: str) -> list[dict]:
    """The downloads of the report on ``resolution`` ("7/1") of a document: per language of the six,
    ``{"language": "ar", "files": [("docx", url), ("pdf", url)]}``, under the active language's prefix;
    none for a resolution not numbered session/number."""
    session, _sep, number = resolution.partition("/")
    if not (session.isdigit() and number.isdigit()):
        return []
    kwargs = {"key": document_key, "session": int(session), "number": int(number)}
    addresses = {
        fmt: reverse("portal:resolution_status_report", kwargs={**kwargs, "fmt": fmt}) for fmt in FORMATS
    }
    return [
        {
            "language": language,
            "files": [(fmt, f"{addresses[fmt]}?{urlencode({'language': language})}") for fmt in FORMATS],
        }
        for language in CONTENT_LANGUAGES
    ]


@require_http_methods(["GET"])
def status_report(request, key: str, session: int, number: int, fmt: str):
    """The report "Status of implementation of resolution <session>/<number>" of the document ``key`` as
    DOCX or PDF, in ``?language=`` (one of the six; the page's language by default), showing what the
    reader may see."""
    if fmt not in FORMATS:
        raise Http404
    document = document_by_key(request.user, key)
    if document is None:
        raise Http404
    language = request.GET.get("language") or getattr(request, "LANGUAGE_CODE", "") or "en"
    report = build_status_report(request.user, document, f"{session}/{number}", language=language)
    data = render_docx(report) if fmt == "docx" else render_pdf(report)
    return HttpResponse(
        data,
        content_type=MIME_TYPES[fmt],
        headers={
            "Content-Disposition": content_disposition_header(True, f"{report.file_stem}.{fmt}"),
            "Cache-Control": "private, no-store",
        },
    )
