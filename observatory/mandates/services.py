"""Writes of the mandates app, in one place to import from. Each lives in a module named for what it
does: reading mandates from documents (``sync``), proposing lineage and evidence (``lineage``,
``evidence``) and the curator's decisions (``curation``: each checks ``Action.CURATE_MANDATES`` and
records an audit entry)."""

from .curation import add_evidence, change_status, decide_evidence, decide_lineage, elapse_overdue
from .evidence import suggest_evidence, suggest_evidence_from_document
from .lineage import suggest_lineage, suggest_lineage_for_document
from .sessions import load_sessions
from .sync import sync_document

__all__ = [
    "add_evidence",
    "change_status",
    "decide_evidence",
    "decide_lineage",
    "elapse_overdue",
    "load_sessions",
    "suggest_evidence",
    "suggest_evidence_from_document",
    "suggest_lineage",
    "suggest_lineage_for_document",
    "sync_document",
]
