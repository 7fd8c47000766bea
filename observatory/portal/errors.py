"""Error pages: HTML for people, the project's JSON error shape for the API."""

from django.http import JsonResponse
from django.shortcuts import render

from observatory.core.errors import error_body


def _answer(request, status: int, code: str, message: str, template: str):
    if request.path.startswith("/api/"):
        return JsonResponse(error_body(code, message), status=status)
    return render(request, template, status=status)


def not_found(request, exception=None):
    return _answer(request, 404, "not_found", "Not found.", "portal/404.html")


def forbidden(request, exception=None):
    return _answer(request, 403, "permission_denied", "Not allowed.", "portal/403.html")


def server_error(request):
    return _answer(request, 500, "server_error", "Something went wrong on our side.", "portal/500.html")
