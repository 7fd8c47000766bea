"""Calls for information as States and the public meet them: the list of calls, a call with its published
submissions, a State's inbox, and the answer form."""

from django.http import Http404


def _todo(request, *args, **kwargs):
    raise Http404


calls = call = submission = inbox = answer_form = save_answer = submit = decline = upload = _todo
