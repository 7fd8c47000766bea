"""The commands that keep mandates in step: ``import`` proposes lineage and evidence for the resolutions
and reports it brought in; ``sync-mandates --suggest`` does it for documents already there."""

import io
import json
from pathlib import Path

from django.core.management import call_command

from observatory.mandates.models import Evidence, Lineage, Mandate

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "mandate_evidence"


def _import(entry) -> str:
    out = io.StringIO()
    call_command(
        "import",
        str(FIXTURE / entry["file"]),
        "--kind",
        entry["kind"],
        "--symbol",
        entry["symbol"],
        "--language",
        entry["language"],
        stdout=out,
    )
    return out.getvalue()


def test_import_proposes_lineage_and_evidence(reference):
    documents = json.loads((FIXTURE / "links.json").read_text("utf-8"))["documents"]
    outputs = [_import(entry) for entry in documents]
    assert Mandate.objects.filter(document__key="CAC/COSP/2017/14").exists()
    # Resolution 8/7 recalls 7/5; the report answers 7/5's requests.
    assert "Mandates:" in outputs[1] and "proposed" in outputs[1]
    assert Lineage.objects.filter(later__document__key="CAC/COSP/2019/17").exists()
    assert Evidence.objects.filter(document__key="CAC/COSP/2019/5").exists()


def test_sync_mandates_suggest_is_idempotent(reference):
    for entry in json.loads((FIXTURE / "links.json").read_text("utf-8"))["documents"]:
        _import(entry)
    counts = (Lineage.objects.count(), Evidence.objects.count())
    out = io.StringIO()
    call_command("sync_mandates", "--suggest", stdout=out)
    assert "Proposed:" in out.getvalue()
    assert (Lineage.objects.count(), Evidence.objects.count()) == counts
