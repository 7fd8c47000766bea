"""Importing records from CSV (the Secretariat): all or nothing, with a report per row.

Every row is checked before anything is written — its State, designation, names, e-mail addresses,
telephone numbers, web address, languages, channels, dates, and that it is not an authority given twice
(in the file, or already in the directory without its ``id``). If any row is wrong, nothing is imported and
the error lists each wrong row (its line in the file), the column and what to do. Otherwise every row is
applied in one transaction, and the report says per row what happened (created, changed, unchanged).

A row with an ``id`` changes that record: a column missing from the header leaves its field as it is (a
``name_<language>`` column changes only that language), a blank cell clears it. Changes are the
Secretariat's, so they are validated at once. An import records data, not a State's word: it confirms a
record only when its ``last_confirmed_at`` column gives a date (later than the one on file).

The text must be UTF-8 (a byte-order mark is fine; UTF-16 with one too). Anything else is refused with the
encoding charset-normalizer recognizes, unless the encoding is named (``encoding=``): guessing would
garble names silently. Cells separated by ";" or tabs (what spreadsheets write in many locales) are read
as well as by ",".
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
from dataclasses import dataclass, field
from typing import Any

from charset_normalizer import from_bytes
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from observatory.core.errors import InvalidInput
from observatory.countries.models import State
from observatory.countries.services import parse_date
from observatory.ingest.extract.encoding import LEGACY_ENCODINGS

from .access import require_validator_anywhere
from .columns import (
    CONTACT_COLUMN,
    CONTACT_COLUMN_FIELDS,
    DESCRIPTIVE_COLUMNS,
    FIELD_COLUMNS,
    LIST_SEPARATOR,
    REQUIRED_COLUMNS,
    TEXT_COLUMN,
    normalize_header,
    unsafe_cell,
)
from .confirmation import record_confirmation
from .editing import create_authority, duplicate_of, update_authority
from .models import Authority, Source
from .records import (
    authority_record,
    clean_record,
    comparable,
    is_language,
    name_key,
    primary_name,
    with_contact_ids,
)

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
#: Where a problem of a record's field is reported: the column the person typed it in.
COLUMN_OF_FIELD = {"is_active": "in_force", "names": "name_*", "addresses": "address_*"}
YES = {"yes", "y", "true", "1", "oui", "sí", "si", "да"}
NO = {"no", "n", "false", "0", "non", "нет"}


@dataclass
class RowOutcome:
    """What the import did with one row."""

    line: int
    authority: int
    action: str  # "created", "changed" or "unchanged"
    state: str
    name: str


@dataclass
class ImportReport:
    """What an import did, row by row."""

    source: str
    rows: list[RowOutcome] = field(default_factory=list)
    encoding: str = "utf-8"

    def count(self, action: str) -> int:
        """How many rows had this outcome."""
        return sum(row.action == action for row in self.rows)

    def line(self) -> str:
        """One sentence for the command's output."""
        return (
            f"{self.source}: {len(self.rows)} rows, {self.count('created')} created, "
            f"{self.count('changed')} changed, {self.count('unchanged')} unchanged."
        )


def _encoding_name(name: str) -> str:
    return codecs.lookup(name).name


def decode_csv(data: bytes, *, source: str, encoding: str | None = None) -> tuple[str, str]:
    """The text of an uploaded CSV and its encoding. UTF-8 (with or without a byte-order mark) and UTF-16
    with one are read; another encoding only when named, else the error says which it looks like."""
    if encoding:
        try:
            name = _encoding_name(encoding)
        except LookupError:
            raise InvalidEncoding(
                source, _("“%(encoding)s” is not an encoding.") % {"encoding": encoding}
            ) from None
        try:
            return data.decode(name), name
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InvalidEncoding(
                source,
                _("line %(line)s is not %(encoding)s text.") % {"line": line, "encoding": name},
                line=line,
            ) from None
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), _encoding_name(name)
            except UnicodeDecodeError as exc:
                line = data[: exc.start].count(b"\n") + 1
                raise InvalidEncoding(
                    source,
                    _(
                        "the file starts with a %(encoding)s byte-order mark but line %(line)s is not "
                        "%(encoding)s."
                    )
                    % {"encoding": name.upper(), "line": line},
                    line=line,
                ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        guess = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
        looks = (
            _(" It looks like %(encoding)s: import it naming that encoding, or save it again as “CSV UTF-8”.")
            % {"encoding": _encoding_name(guess.encoding)}
            if guess is not None
            else _(" Save it again as “CSV UTF-8”.")
        )
        raise InvalidEncoding(
            source,
            _("line %(line)s is not UTF-8 text.") % {"line": line} + looks,
            line=line,
            guess=_encoding_name(guess.encoding) if guess is not None else None,
        ) from None


class InvalidEncoding(Exception):
    """Raised by ``decode_csv``; ``import_authorities`` turns it into InvalidInput."""

    def __init__(self, source: str, problem: str, *, line: int | None = None, guess: str | None = None):
        super().__init__(f"{source}: {problem}")
        self.source, self.problem, self.line, self.guess = source, problem, line, guess


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    header = text.split("\n", 1)[0]
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    if counts[best] == 0 or best == ",":
        return csv.excel
    return csv.excel_tab if best == "\t" else _Semicolon


class _Semicolon(csv.excel):
    delimiter = ";"


def _header_problems(header: list[str]) -> list[str]:
    problems = []
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        problems.append(_("missing columns: %(columns)s") % {"columns": ", ".join(missing)})
    if not any(TEXT_COLUMN.match(name) and name.startswith("name_") for name in header):
        problems.append(_("no name column: give the official name in name_<language> columns, e.g. name_fr"))
    seen: set[str] = set()
    unknown = []
    for name in header:
        if name in seen:
            problems.append(_("the column %(column)s is given twice") % {"column": name})
        seen.add(name)
        text = TEXT_COLUMN.match(name)
        if text:
            if not is_language(text.group(2)):
                unknown.append(name)
            continue
        if name in FIELD_COLUMNS or name in DESCRIPTIVE_COLUMNS or CONTACT_COLUMN.match(name) or not name:
            continue
        unknown.append(name)
    if unknown:
        problems.append(
            _(
                "unknown columns: %(columns)s (the columns are %(known)s, name_<language>, "
                "address_<language> and contact<N>_<name|title|phone|email|languages>)"
            )
            % {"columns": ", ".join(unknown), "known": ", ".join(FIELD_COLUMNS)}
        )
    return problems


@dataclass
class _Row:
    line: int
    state: State
    authority: Authority | None
    data: dict[str, Any]
    confirmed_at: datetime.datetime | None
    #: The row repeats a record awaiting validation as it stands: left alone.
    keep: bool = False


def _cells(row: dict[str, str]) -> dict[str, str]:
    return {name: unsafe_cell((value or "").strip()) for name, value in row.items() if name}


def _contacts(cells: dict[str, str]) -> list[dict[str, Any]]:
    numbered: dict[int, dict[str, Any]] = {}
    for name, value in cells.items():
        match = CONTACT_COLUMN.match(name)
        if match:
            numbered.setdefault(int(match.group(1)), {})[match.group(2)] = value
    people = []
    for number in sorted(numbered):
        person = {key: numbered[number].get(key, "") for key in CONTACT_COLUMN_FIELDS}
        person["languages"] = [
            item.strip() for item in person["languages"].split(LIST_SEPARATOR) if item.strip()
        ]
        if any(person[key] for key in CONTACT_COLUMN_FIELDS):
            people.append(person)
    return people


def _row_data(cells: dict[str, str], header: list[str], base: dict[str, Any]) -> dict[str, Any]:
    """The whole record a row describes: the columns it has over ``base`` (the record on file, or a blank
    one), per language for names and addresses."""
    data = {**base, "names": dict(base["names"]), "addresses": dict(base["addresses"])}
    for name in header:
        text = TEXT_COLUMN.match(name)
        if text:
            kind = "names" if text.group(1) == "name" else "addresses"
            language = "zh" if text.group(2) == "zh-hans" else text.group(2)
            if cells.get(name):
                data[kind][language] = cells[name]
            else:
                data[kind].pop(language, None)
    for column in (
        "designation",
        "designation_detail",
        "website",
        "phone",
        "email",
        "procedures",
        "legal_basis",
    ):
        if column in header:
            data[column] = cells.get(column, "")
    for column in ("request_languages", "channels"):
        if column in header:
            data[column] = [
                item.strip() for item in cells.get(column, "").split(LIST_SEPARATOR) if item.strip()
            ]
    if any(CONTACT_COLUMN.match(name) for name in header):
        data["contact_persons"] = _contacts(cells)
    return data


def _problem(line: int, column: str | None, message: str, **extra) -> dict[str, Any]:
    return {"row": line, "field": column, "message": message, **extra}


def _check_row(
    line: int, cells: dict[str, str], header: list[str], states: dict[str, State], seen: dict, now
) -> _Row | list[dict[str, Any]]:
    problems: list[dict[str, Any]] = []
    iso3 = cells.get("state", "").upper()
    state = states.get(iso3)
    if state is None:
        problems.append(
            _problem(
                line,
                "state",
                _("no State has the code “%(code)s”: give its ISO 3166-1 alpha-3 code, e.g. FRA")
                % {"code": cells.get("state", "")},
            )
        )
    authority = None
    identifier = cells.get("id", "")
    if identifier:
        authority = Authority.objects.filter(pk=int(identifier)).first() if identifier.isdigit() else None
        if authority is None:
            problems.append(
                _problem(
                    line,
                    "id",
                    _("no record has the id “%(id)s”; leave it blank to add one") % {"id": identifier},
                )
            )
        elif state is not None and authority.state_id != state.pk:
            problems.append(
                _problem(
                    line,
                    "state",
                    _("record %(id)s is of %(state)s: a record cannot move to another State")
                    % {"id": authority.pk, "state": authority.state.iso3},
                )
            )
        elif identifier in seen["ids"]:
            problems.append(
                _problem(
                    line,
                    "id",
                    _("record %(id)s is already changed on line %(line)s")
                    % {"id": identifier, "line": seen["ids"][identifier]},
                )
            )
        else:
            seen["ids"][identifier] = line
    in_force = cells.get("in_force", "").casefold()
    if in_force and in_force not in YES | NO:
        problems.append(_problem(line, "in_force", _("write yes or no (blank is yes)")))
    confirmed_at = None
    if cells.get("last_confirmed_at"):
        try:
            day = parse_date(cells["last_confirmed_at"])
        except ValueError as exc:
            problems.append(_problem(line, "last_confirmed_at", str(exc)))
        else:
            if day > timezone.localdate(now):
                problems.append(_problem(line, "last_confirmed_at", _("the date is in the future")))
            else:
                confirmed_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
    base = authority_record(authority) if authority is not None else clean_record({})[0]
    data = _row_data(cells, header, base)
    if "in_force" in header:
        data["is_active"] = in_force not in NO
    cleaned, record_problems = clean_record(data)
    for problem in record_problems:
        column = COLUMN_OF_FIELD.get(problem["field"], problem["field"])
        problems.append(_problem(line, column, problem["message"]))
    if state is not None and not record_problems and cleaned["is_active"]:
        key = (state.pk, cleaned["designation"], name_key(cleaned["names"]))
        if key in seen["keys"]:
            problems.append(
                _problem(
                    line,
                    "designation",
                    _("the same authority (State, designation and name) is already on line %(line)s")
                    % {"line": seen["keys"][key]},
                )
            )
        else:
            seen["keys"][key] = line
            twin = duplicate_of(state, cleaned, exclude=authority.pk if authority else None)
            if twin is not None:
                problems.append(
                    _problem(
                        line,
                        "designation",
                        _(
                            "%(state)s already has this authority under this designation in the directory "
                            "(record %(id)s): give its id to change it"
                        )
                        % {"state": state.iso3, "id": twin.pk},
                        duplicate_of=twin.pk,
                    )
                )
    awaiting = authority is not None and authority.pending_version_id is not None
    if (
        awaiting
        and not record_problems
        and comparable(with_contact_ids(cleaned, authority)) != comparable(base)
    ):
        # A row may repeat such a record as it stands (an exported file imported again), not change it:
        # the change awaiting validation would be lost.
        problems.append(
            _problem(
                line,
                "id",
                _("record %(id)s has a change awaiting validation: validate or reject it first")
                % {"id": authority.pk},
            )
        )
    if problems:
        return problems
    return _Row(
        line=line, state=state, authority=authority, data=data, confirmed_at=confirmed_at, keep=awaiting
    )


def _listing(problems: list[dict[str, Any]], limit: int = 20) -> str:
    text = "; ".join(
        _("line %(line)s, %(column)s: %(message)s")
        % {"line": p["row"], "column": p["field"] or _("row"), "message": p["message"]}
        for p in problems[:limit]
    )
    if len(problems) > limit:
        text += "; " + _("and %(count)s more") % {"count": len(problems) - limit}
    return text


def import_authorities(
    actor,
    data: bytes,
    *,
    source: str = "the file",
    encoding: str | None = None,
    now: datetime.datetime | None = None,
) -> ImportReport:
    """Import records from CSV bytes (columns: docs/directory.md). All or nothing: when any row is wrong,
    nothing is imported and the InvalidInput's details list every problem (``row`` is the line in the
    file, ``field`` the column). Only the Secretariat imports."""
    # Refused before the file is read, whatever it holds.
    require_validator_anywhere(actor)
    now = now or timezone.now()
    if len(data) > MAX_BYTES:
        raise InvalidInput(
            message=_("%(source)s is larger than %(limit)s MB: is this the right file?")
            % {"source": source, "limit": MAX_BYTES // (1024 * 1024)}
        )
    try:
        text, used = decode_csv(data, source=source, encoding=encoding)
    except InvalidEncoding as exc:
        raise InvalidInput(
            message=str(exc),
            details=[{"row": exc.line, "field": None, "message": exc.problem, "encoding": exc.guess}],
            code="invalid_encoding",
        ) from None
    if "\x00" in text:
        raise InvalidInput(
            message=_("%(source)s is not a CSV file (it holds binary data).") % {"source": source}
        )
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=_dialect(text))
    header = [normalize_header(name) for name in (reader.fieldnames or [])]
    problems = _header_problems(header)
    if problems:
        raise InvalidInput(
            message=_("%(source)s: the header row is not right: %(problems)s.")
            % {"source": source, "problems": "; ".join(problems)},
            details=[{"row": 1, "field": None, "message": problem} for problem in problems],
        )
    reader.fieldnames = header
    states = {state.iso3: state for state in State.objects.all()}
    problems = []
    checked: list[_Row] = []
    seen: dict[str, dict] = {"ids": {}, "keys": {}}
    count = 0
    for row in reader:
        line = reader.line_num
        if None in row:
            problems.append(_problem(line, None, _("more cells than columns in the header")))
            continue
        cells = _cells(row)
        if not any(cells.values()):
            continue  # a blank line of a spreadsheet
        count += 1
        if count > MAX_ROWS:
            raise InvalidInput(
                message=_("%(source)s has more than %(limit)s rows: split it.")
                % {"source": source, "limit": MAX_ROWS}
            )
        outcome = _check_row(line, cells, header, states, seen, now)
        if isinstance(outcome, list):
            problems.extend(outcome)
        else:
            checked.append(outcome)
    if problems:
        wrong = len({p["row"] for p in problems})
        raise InvalidInput(
            message=_("%(source)s: %(count)s row(s) are wrong and nothing was imported. %(listing)s")
            % {"source": source, "count": wrong, "listing": _listing(problems)},
            details=problems,
            code="invalid_rows",
        )
    report = ImportReport(source=source, encoding=used)
    note = f"imported from {source}"[:500]
    with transaction.atomic():
        for row in checked:
            if row.authority is None:
                authority = create_authority(
                    actor, row.state, row.data, note=note, source=Source.IMPORT, now=now, confirm=False
                )
                action = "created"
            elif row.keep:
                authority, action = row.authority, "unchanged"
            else:
                authority = row.authority
                version = update_authority(
                    actor,
                    authority,
                    row.data,
                    revision=authority.revision,
                    note=note,
                    source=Source.IMPORT,
                    now=now,
                    confirm=False,
                )
                authority.refresh_from_db()
                action = "changed" if version is not None else "unchanged"
            # The file gives a day, the record an instant: compare days, or re-importing an export
            # made the morning of a confirmation would "confirm" it again at noon.
            if row.confirmed_at is not None and (
                authority.last_confirmed_at is None
                or row.confirmed_at.date() > timezone.localdate(authority.last_confirmed_at)
            ):
                record_confirmation(authority, actor, at=row.confirmed_at, source=Source.IMPORT, note=note)
                action = "changed" if action == "unchanged" else action
            report.rows.append(
                RowOutcome(
                    line=row.line,
                    authority=authority.pk,
                    action=action,
                    state=row.state.iso3,
                    name=primary_name(authority.names),
                )
            )
    return report
