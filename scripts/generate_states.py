"""Generate observatory/countries/data/states.csv, the project's own list of States.

Sources:
- the list of States and their UN regional groups: a CSV with columns name, iso3, un_member,
  un_regional_group, note (the 193 UN Member States and Niue), given as the first argument;
- UN short names in the six official languages, M49 codes and English formal names: the UNTERM table
  bundled in the ``hdx-python-country`` package (``pip install .[refdata]``), read as CSV (no pandas).

Non-member States that take part in the Convention's work are added from NON_MEMBER_STATES below.

Usage: python scripts/generate_states.py STATES_CSV [OUTPUT_CSV]
"""

import csv
import sys
from importlib import resources
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "observatory" / "countries" / "data" / "states.csv"
UNTERM_FILE = "Countries & Territories Taxonomy MVP - C&T Taxonomy.csv"
GROUPS = {
    "African": "african",
    "Asia-Pacific": "asia_pacific",
    "Eastern European": "eastern_european",
    "GRULAC": "grulac",
    "WEOG": "weog",
    "": "none",
}
LANGUAGE_COLUMNS = {
    "ar": "Arabic Short",
    "zh": "Chinese Short",
    "en": "English Short",
    "fr": "French Short",
    "ru": "Russian Short",
    "es": "Spanish Short",
}
M49_COLUMNS = {
    "ar": "M49 Arabic",
    "zh": "M49 Chinese",
    "en": "M49 English",
    "fr": "M49 French",
    "ru": "M49 Russian",
    "es": "M49 Spanish",
}
# Non-member States beside Niue (which the source list has). The State of Palestine is a full member of
# the Asia-Pacific Group; the Holy See and the Cook Islands belong to no regional group.
NON_MEMBER_STATES = [
    {"iso3": "COK", "un_regional_group": "", "note": "not a UN Member State"},
    {"iso3": "PSE", "un_regional_group": "Asia-Pacific", "note": "non-member observer State"},
    {"iso3": "VAT", "un_regional_group": "", "note": "non-member observer State"},
]
FIELDS = [
    "iso3",
    "iso2",
    "m49",
    "un_member",
    "regional_group",
    *(f"name_{lang}" for lang in LANGUAGE_COLUMNS),
    "formal_name_en",
    "variants",
    "note",
]


def read_unterm() -> dict[str, dict[str, str]]:
    """The UNTERM rows of hdx-python-country, keyed by ISO3."""
    data = resources.files("hdx.location").joinpath(UNTERM_FILE).read_text(encoding="utf-8")
    rows = csv.DictReader(data.splitlines())
    return {row["ISO 3166-1 Alpha 3-Codes"]: row for row in rows if row["ISO 3166-1 Alpha 3-Codes"]}


def build(states_csv: Path) -> list[dict[str, str]]:
    """Merge the list of States with UNTERM names; fail loudly on anything missing."""
    unterm = read_unterm()
    with states_csv.open(encoding="utf-8", newline="") as handle:
        listed = list(csv.DictReader(handle))
    for extra in NON_MEMBER_STATES:
        listed.append({"name": "", "un_member": "no", **extra})
    out = []
    for entry in listed:
        row = unterm.get(entry["iso3"])
        if row is None:
            raise SystemExit(f"{entry['iso3']}: not in the UNTERM table")
        names = {lang: row[column].strip() for lang, column in LANGUAGE_COLUMNS.items()}
        missing = [lang for lang, name in names.items() if not name]
        if missing:
            raise SystemExit(f"{entry['iso3']}: no UNTERM short name in {', '.join(missing)}")
        if entry["name"] and entry["name"] != names["en"]:
            print(f"note: {entry['iso3']}: list says {entry['name']!r}, UNTERM says {names['en']!r}")
        variants = sorted(
            {row[column].strip() for column in M49_COLUMNS.values()} - set(names.values()) - {""}
        )
        formal = row["English Formal"].strip()
        out.append(
            {
                "iso3": entry["iso3"],
                "iso2": row["ISO 3166-1 Alpha 2-Codes"].strip(),
                "m49": str(int(row["m49 numerical code"])),
                "un_member": "yes" if entry["un_member"] == "yes" else "no",
                "regional_group": GROUPS[entry["un_regional_group"]],
                **{f"name_{lang}": name for lang, name in names.items()},
                "formal_name_en": formal[4:] if formal.startswith("the ") else formal,
                "variants": "|".join(variants),
                "note": entry.get("note", ""),
            }
        )
    return sorted(out, key=lambda item: item["name_en"])


def main() -> None:
    """Write the project's States file."""
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    output = Path(sys.argv[2]) if len(sys.argv) > 2 else OUTPUT
    rows = build(Path(sys.argv[1]))
    with output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} States to {output}")


if __name__ == "__main__":
    main()
