"""The CSV columns of the directory, shared by the import and the export (docs/directory.md).

One row per record. Texts per language are columns named for the language (``name_fr``, ``address_de``:
any language code); contact persons are numbered columns (``contact1_name``, ``contact1_email`` …); lists
(languages, channels) are one cell with the items separated by ";". Columns that only describe a record
(its State's name, freshness, validation) are written by the export and ignored by the import, so that an
exported file can be corrected and imported again.
"""

from __future__ import annotations

import re

from observatory.core.exports import FORMULA_STARTS, safe_cell  # noqa: F401 (safe_cell: for the directory's writers)

#: The columns of one record, in the export's order (the name_* and address_* columns come after
#: "designation_detail").
FIELD_COLUMNS = (
    "id",
    "state",
    "designation",
    "designation_detail",
    "website",
    "phone",
    "email",
    "request_languages",
    "channels",
    "procedures",
    "legal_basis",
    "in_force",
    "last_confirmed_at",
)
#: Columns the export writes to describe a record, which the import ignores.
DESCRIPTIVE_COLUMNS = (
    "state_name",
    "regional_group",
    "validation_state",
    "freshness",
    "stale",
    "last_confirmed_by",
    "url",
)
CONTACT_COLUMN_FIELDS = ("name", "title", "phone", "email", "languages")
REQUIRED_COLUMNS = ("state", "designation")
LIST_SEPARATOR = ";"

TEXT_COLUMN = re.compile(r"^(name|address)_([a-z]{2,3}(?:-[a-z0-9]{2,8})*)$")
CONTACT_COLUMN = re.compile(r"^contact([1-9][0-9]?)_(name|title|phone|email|languages)$")


def normalize_header(name: str) -> str:
    """A header cell as the import reads it: trimmed, lower case, spaces and hyphens in field names as
    underscores ("Name FR" → "name_fr"; a language's own hyphen is kept: "name_zh-hant")."""
    cleaned = re.sub(r"\s+", "_", (name or "").strip().lstrip("\ufeff").lower())
    match = re.match(r"^(name|address)[_-](.+)$", cleaned)
    if match:
        return f"{match.group(1)}_{match.group(2).replace('_', '-')}"
    return cleaned.replace("-", "_")


def unsafe_cell(text: str) -> str:
    """A cell as written by ``safe_cell`` (or by a spreadsheet that marks text the same way), back."""
    if text.startswith("'") and text[1:2] and text[1:2] in "".join(FORMULA_STARTS):
        return text[1:]
    return text
