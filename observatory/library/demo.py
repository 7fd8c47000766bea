"""The demo library: the project's own demo corpus, rendered to real files and imported.

Each language version is written in one of the formats (PDF, DOCX, text), so that a demo shows every
path of the pipeline; language versions of one document share its symbol (or slug) and are linked
paragraph by paragraph.
"""

from __future__ import annotations

from pathlib import Path

from observatory.accounts.permissions import SYSTEM
from observatory.countries.models import State
from observatory.library.demo_corpus import documents, render

from .services import ImportOutcome, import_file

# Which format each language version is written in: every format, and every language, appear.
FORMAT_OF = {"en": "pdf", "fr": "docx", "es": "txt", "ar": "pdf", "ru": "docx", "zh": "pdf"}
EXTENSIONS = {"pdf": "pdf", "docx": "docx", "txt": "txt"}


def load_demo_library(folder: Path) -> list[ImportOutcome]:
    """Write the demo corpus into ``folder`` and import it. Idempotent: a second run changes nothing."""
    folder.mkdir(parents=True, exist_ok=True)
    states = {state.iso3: state for state in State.objects.all()}
    outcomes = []
    for doc in documents():
        fmt = FORMAT_OF.get(doc.language, "pdf")
        path = folder / f"{doc.stem}.{EXTENSIONS[fmt]}"
        data = render(doc, fmt)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        outcomes.append(
            import_file(
                SYSTEM,
                path,
                kind=doc.kind,
                symbol=doc.symbol,
                language=doc.language,
                state=states.get(doc.state) if doc.state else None,
            )
        )
    return outcomes
