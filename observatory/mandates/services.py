"""Writes of the mandates app, in one place to import from. Each lives in a module named for what it
does: reading mandates from documents (``sync``), proposing lineage and evidence (``lineage``,
``evidence``) and the curator's decisions (``curation``: each checks ``Action.CURATE_MANDATES`` and
records an audit entry)."""

from .curation import add_evidence, change_status, decide_evidence, decide_lineage, elapse_overdue
from .evidence import suggest_evidence, suggest_evidence_from_document
from .lineage import suggest_lineage, suggest_lineage_for_document
from .sessions import load_sessions
from .sync import sync_document


def suggest_for_document(document) -> tuple[int, int]:
    """Propose lineage and evidence for a newly imported (or changed) document, both ways: its mandates
    against earlier ones and the library's evidence, and its paragraphs as evidence for earlier
    mandates. Returns (lineage links, evidence) proposed. Run after the document's vectors are written
    (commands drain the index queue first), so similarity reads stored vectors."""
    return suggest_lineage_for_document(document), suggest_evidence_from_document(document)


__all__ = [
    "add_evidence",
    "change_status",
    "decide_evidence",
    "decide_lineage",
    "elapse_overdue",
    "load_sessions",
    "suggest_evidence",
    "suggest_evidence_from_document",
    "suggest_for_document",
    "suggest_lineage",
    "suggest_lineage_for_document",
    "sync_document",
]
