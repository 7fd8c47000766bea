"""Turn the project's errors into pages: a service that refuses (PermissionDenied, InvalidInput, Conflict,
NotFound) is answered with its status and its message, in HTML for people and in the JSON error shape
for the API. Views then need no try/except of their own for errors they only pass on."""

from django.http import JsonResponse
from django.shortcuts import render

from observatory.core.errors import ObservatoryError


class ObservatoryErrorMiddleware:
    """Answers an ObservatoryError raised by a view with its status and message."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        """The error page (or JSON body) for ``exception``; None lets Django handle other exceptions."""
        if not isinstance(exception, ObservatoryError):
            return None
        if request.path.startswith("/api/"):
            return JsonResponse(exception.as_dict(), status=exception.status)
        # htmx swaps the fragment into the form it came from; a full page otherwise.
        template = "portal/_error.html" if getattr(request, "htmx", False) else "portal/error.html"
        return render(request, template, {"error": exception}, status=exception.status)
