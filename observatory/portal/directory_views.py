"""The directory pages."""

from django.http import Http404


def index(request):
    """Being built."""
    raise Http404
