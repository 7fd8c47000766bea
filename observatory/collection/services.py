"""Writes of the collection app, in one place to import from. Each lives in a module named for what it
does; every one checks its permission (``accounts.permissions.require``) and records an audit entry."""

from .calls import close_call, create_call, launch_call, set_note_template
from .checklist import load_checklist
from .dispatch import dispatch_call, send_due_reminders
from .submissions import (
    acknowledge,
    decline,
    publish,
    reopen,
    request_clarification,
    save_answer,
    start_submission,
    submit,
)
from .uploads import upload_document

__all__ = [
    "acknowledge",
    "close_call",
    "create_call",
    "decline",
    "dispatch_call",
    "launch_call",
    "load_checklist",
    "publish",
    "reopen",
    "request_clarification",
    "save_answer",
    "send_due_reminders",
    "set_note_template",
    "start_submission",
    "submit",
    "upload_document",
]
