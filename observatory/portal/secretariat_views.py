"""The Secretariat's pages of a call: drafting, the dashboard with the ledger, review, notes verbales."""

from django.http import Http404


def _todo(request, *args, **kwargs):
    raise Http404


new_call = dashboard = launch = close = remind = review = note_verbale = _todo
