"""A record of the directory as data: the fields, how one is checked whatever its source (the portal's
form, a CSV row, the demo), how it is read from and written to the models, and how its per-language
texts are shown.

A record is a dict of ``RECORD_FIELDS``; ``contact_persons`` is a list of dicts of
``CONTACT_FIELDS`` (with ``id`` for a person already on file). Versions store records as they are here,
so this is also the shape of the history.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from django.conf.locale import LANG_INFO
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils import translation
from django.utils.translation import gettext as _

from observatory.collection.models import ANSWER_LANGUAGES
from observatory.core.languages import CONTENT_LANGUAGES, field_suffix

from .models import Authority, Channel, ContactPerson, Designation

#: The public fields of a record, in the order forms, exports and the history show them.
PUBLIC_FIELDS = (
    "designation",
    "designation_detail",
    "names",
    "addresses",
    "website",
    "phone",
    "email",
    "request_languages",
    "channels",
    "procedures",
    "legal_basis",
    "is_active",
)
#: Every field of a record (the State is fixed when the record is made and not part of a change).
RECORD_FIELDS = (*PUBLIC_FIELDS, "contact_persons")
CONTACT_FIELDS = ("name", "title", "phone", "email", "languages")

MAX_NAME = 300
MAX_ADDRESS = 1000
MAX_TEXT = 10_000
MAX_CONTACTS = 20
#: A language tag (BCP 47, simplified): a two- or three-letter language, optional script and region.
LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?$")
#: A telephone number as people write them: digits, spaces, + ( ) . - /, and an extension.
PHONE = re.compile(r"^\+?[0-9][0-9 ().\-/]{3,38}[0-9)]( ?(ext\.?|x) ?[0-9]{1,6})?$", re.IGNORECASE)
_URL = URLValidator(schemes=["http", "https"])
_SPACES = re.compile(r"\s+")


def empty_record() -> dict[str, Any]:
    """A record with every field blank (what a new authority starts from)."""
    return {
        "designation": "",
        "designation_detail": "",
        "names": {},
        "addresses": {},
        "website": "",
        "phone": "",
        "email": "",
        "request_languages": [],
        "channels": [],
        "procedures": "",
        "legal_basis": "",
        "is_active": True,
        "contact_persons": [],
    }


def contact_record(person: ContactPerson) -> dict[str, Any]:
    """A contact person as a record holds them."""
    return {
        "id": person.pk,
        "name": person.name,
        "title": person.title,
        "phone": person.phone,
        "email": person.email,
        "languages": list(person.languages or []),
    }


def authority_record(authority: Authority) -> dict[str, Any]:
    """The record the row holds (the validated version, or the proposal of a record never validated),
    with its current contact persons."""
    record = {name: getattr(authority, name) for name in PUBLIC_FIELDS}
    record["names"] = dict(record["names"] or {})
    record["addresses"] = dict(record["addresses"] or {})
    record["request_languages"] = list(record["request_languages"] or [])
    record["channels"] = list(record["channels"] or [])
    persons = authority.contact_persons.filter(is_active=True).order_by("position", "pk")
    record["contact_persons"] = [contact_record(person) for person in persons]
    return record


def public_part(record: dict[str, Any]) -> dict[str, Any]:
    """A record without its contact persons."""
    return {name: value for name, value in record.items() if name != "contact_persons"}


def fold(text: str) -> str:
    """``text`` for comparing names: accents, case and spacing folded ("Agence  Française" = "agence
    francaise")."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return _SPACES.sub(" ", bare).strip()


def primary_name(names: dict[str, str]) -> str:
    """The name a record is sorted and told apart by: the English one if given, else the first the State
    gave."""
    if names.get("en"):
        return names["en"]
    return next((text for text in names.values() if text), "")


def name_key(names: dict[str, str]) -> str:
    """The folded primary name (see ``Authority.name_key``)."""
    return fold(primary_name(names))[:300]


# -- Checking ---------------------------------------------------------------------------------------------


def normalize_language(code: str) -> str:
    """A language tag as the directory stores it: lower case, ``_`` as ``-``, and Chinese in simplified
    script as the six content languages write it ("zh_Hans" → "zh")."""
    code = (code or "").strip().replace("_", "-").lower()
    return "zh" if code == "zh-hans" else code


def is_language(code: str) -> bool:
    """Whether ``code`` is written as a language tag (``de``, ``pt``, ``zh-hans``, ``sr-latn``)."""
    return bool(LANGUAGE_TAG.match(code))


def _problem(field: str, message: str, **extra) -> dict[str, Any]:
    return {"field": field, "message": message, **extra}


def _clean_texts(field: str, value, limit: int, problems: list) -> dict[str, str]:
    """A language → text object: keys checked and normalized, blank texts dropped."""
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        problems.append(_problem(field, _("Give the texts per language.")))
        return {}
    cleaned: dict[str, str] = {}
    for raw_code, raw_text in value.items():
        code = normalize_language(str(raw_code))
        text = (
            _SPACES.sub(" ", str(raw_text or "")).strip() if field == "names" else str(raw_text or "").strip()
        )
        if not text:
            continue
        if not is_language(code):
            problems.append(
                _problem(
                    field,
                    _("“%(code)s” is not a language code: write it as two or three letters, e.g. fr, de, pt.")
                    % {"code": raw_code},
                    value=raw_code,
                )
            )
            continue
        if code in cleaned:
            problems.append(_problem(field, _("The language %(code)s is given twice.") % {"code": code}))
            continue
        if len(text) > limit:
            problems.append(
                _problem(
                    field, _("Longer than %(limit)s characters (%(code)s).") % {"limit": limit, "code": code}
                )
            )
            continue
        cleaned[code] = text
    return cleaned


def _clean_languages(field: str, value, problems: list) -> list[str]:
    if value in (None, ""):
        return []
    items = value.split(";") if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)):
        problems.append(_problem(field, _("Give a list of language codes.")))
        return []
    languages: list[str] = []
    for item in items:
        code = normalize_language(str(item))
        if not code:
            continue
        if not is_language(code):
            problems.append(
                _problem(
                    field,
                    _("“%(code)s” is not a language code: write it as two or three letters, e.g. fr, de, pt.")
                    % {"code": item},
                    value=item,
                )
            )
        elif code not in languages:  # the same language twice says nothing more
            languages.append(code)
    return languages


def _clean_phone(field: str, value, problems: list) -> str:
    phone = _SPACES.sub(" ", str(value or "")).strip()
    if phone and not PHONE.match(phone):
        problems.append(
            _problem(
                field,
                _("“%(value)s” is not a telephone number: write it with digits, e.g. +33 1 40 00 00 00.")
                % {"value": phone[:60]},
                value=phone[:60],
            )
        )
    return phone


def _clean_email(field: str, value, problems: list) -> str:
    email = str(value or "").strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            problems.append(
                _problem(
                    field,
                    _("“%(value)s” is not an e-mail address.") % {"value": email[:254]},
                    value=email[:254],
                )
            )
    return email


def _clean_text(field: str, value, limit: int, problems: list) -> str:
    text = str(value or "").strip()
    if len(text) > limit:
        problems.append(_problem(field, _("Longer than %(limit)s characters.") % {"limit": limit}))
    return text


def _clean_contacts(value, problems: list) -> list[dict[str, Any]]:
    if value in (None, ""):
        return []
    if not isinstance(value, (list, tuple)):
        problems.append(_problem("contact_persons", _("Give a list of contact persons.")))
        return []
    if len(value) > MAX_CONTACTS:
        problems.append(
            _problem("contact_persons", _("At most %(limit)s contact persons.") % {"limit": MAX_CONTACTS})
        )
    contacts = []
    for index, person in enumerate(value[:MAX_CONTACTS], start=1):
        if not isinstance(person, dict):
            problems.append(_problem("contact_persons", _("A contact person is a set of fields.")))
            continue
        field = f"contact{index}"
        before = len(problems)
        entry = {
            "id": person.get("id") if isinstance(person.get("id"), int) else None,
            "name": _SPACES.sub(" ", str(person.get("name") or "")).strip(),
            "title": _clean_text(f"{field}_title", person.get("title"), 200, problems),
            "phone": _clean_phone(f"{field}_phone", person.get("phone"), problems),
            "email": _clean_email(f"{field}_email", person.get("email"), problems),
            "languages": _clean_languages(f"{field}_languages", person.get("languages"), problems),
        }
        if not any(entry[name] for name in CONTACT_FIELDS):
            continue  # a blank row of a form
        if not entry["name"]:
            problems.append(_problem(f"{field}_name", _("Give the contact person's name.")))
        elif len(entry["name"]) > 200:
            problems.append(
                _problem(f"{field}_name", _("Longer than %(limit)s characters.") % {"limit": 200})
            )
        for problem in problems[before:]:
            problem["contact"] = index
        contacts.append(entry)
    return contacts


def clean_record(data: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Check a whole record: the record with every value normalized, and the problems found (each
    ``{"field", "message", …}``; none when it is valid). Fields not given take their blank value."""
    problems: list[dict[str, Any]] = []
    designation = str(data.get("designation") or "").strip().lower()
    if designation not in Designation.values:
        problems.append(
            _problem(
                "designation",
                _("“%(value)s” is not a designation; use one of: %(accepted)s.")
                % {"value": designation, "accepted": ", ".join(Designation.values)},
                value=designation,
            )
        )
    detail = _clean_text("designation_detail", data.get("designation_detail"), 200, problems)
    if designation == Designation.OTHER and not detail:
        problems.append(
            _problem(
                "designation_detail", _("Say what the authority is designated for (e.g. asset declarations).")
            )
        )
    names = _clean_texts("names", data.get("names"), MAX_NAME, problems)
    if not names and not any(p["field"] == "names" for p in problems):
        problems.append(_problem("names", _("Give the authority's official name in at least one language.")))
    website = str(data.get("website") or "").strip()
    if website:
        try:
            _URL(website)
        except ValidationError:
            problems.append(
                _problem(
                    "website",
                    _("“%(value)s” is not a web address: write it in full, e.g. https://www.example.org.")
                    % {"value": website[:300]},
                    value=website[:300],
                )
            )
        if len(website) > 300:
            problems.append(_problem("website", _("Longer than %(limit)s characters.") % {"limit": 300}))
    channels = data.get("channels") or []
    if isinstance(channels, str):
        channels = [item.strip() for item in channels.split(";")]
    unknown = [str(item) for item in channels if item and str(item).strip().lower() not in Channel.values]
    if unknown:
        problems.append(
            _problem(
                "channels",
                _("Unknown channels: %(values)s; use: %(accepted)s.")
                % {"values": ", ".join(unknown), "accepted": ", ".join(Channel.values)},
            )
        )
    record = {
        "designation": designation,
        "designation_detail": detail,
        "names": names,
        "addresses": _clean_texts("addresses", data.get("addresses"), MAX_ADDRESS, problems),
        "website": website,
        "phone": _clean_phone("phone", data.get("phone"), problems),
        "email": _clean_email("email", data.get("email"), problems),
        "request_languages": _clean_languages("request_languages", data.get("request_languages"), problems),
        # In the order of the choices, each once, whatever order they were given in.
        "channels": [
            value for value in Channel.values if value in {str(c).strip().lower() for c in channels}
        ],
        "procedures": _clean_text("procedures", data.get("procedures"), MAX_TEXT, problems),
        "legal_basis": _clean_text("legal_basis", data.get("legal_basis"), MAX_TEXT, problems),
        "is_active": data.get("is_active", True) not in (False, "false", "no", "0", 0),
        "contact_persons": _clean_contacts(data.get("contact_persons"), problems),
    }
    return record, problems


# -- Writing a record into the models ---------------------------------------------------------------------


def write_public_fields(authority: Authority, record: dict[str, Any]) -> None:
    """Copy a record's public fields onto the row (unsaved), with its sort name and key."""
    for name in PUBLIC_FIELDS:
        setattr(authority, name, record[name])
    authority.sort_name = primary_name(record["names"])[:300]
    authority.name_key = name_key(record["names"])


def write_contact_persons(authority: Authority, contacts: list[dict[str, Any]]) -> None:
    """Make the authority's current contact persons those of the record: a person with an ``id`` is
    updated, one without is added, a current one the record no longer lists is retired (never deleted:
    the versions keep who they were)."""
    current = {person.pk: person for person in authority.contact_persons.filter(is_active=True)}
    kept = set()
    for position, entry in enumerate(contacts):
        values = {name: entry[name] for name in CONTACT_FIELDS}
        person = current.get(entry.get("id"))
        if person is None:
            ContactPerson.objects.create(authority=authority, position=position, **values)
            continue
        kept.add(person.pk)
        for name, value in values.items():
            setattr(person, name, value)
        person.position = position
        person.save()
    retired = [pk for pk in current if pk not in kept]
    if retired:
        ContactPerson.objects.filter(pk__in=retired).update(is_active=False)


def with_contact_ids(record: dict[str, Any], authority: Authority) -> dict[str, Any]:
    """The record with each contact person matched to a current one of the authority (by ``id`` when it
    names one of them, else by e-mail or by name), so that a change keeps the people it does not drop."""
    current = [contact_record(person) for person in authority.contact_persons.filter(is_active=True)]
    by_id = {person["id"]: person for person in current}
    by_email = {fold(person["email"]): person["id"] for person in current if person["email"]}
    by_name = {fold(person["name"]): person["id"] for person in current}
    taken: set[int] = set()
    contacts = []
    for entry in record["contact_persons"]:
        pk = entry.get("id") if entry.get("id") in by_id else None
        if pk is None:
            pk = by_email.get(fold(entry["email"])) if entry["email"] else None
        if pk is None or pk in taken:
            pk = by_name.get(fold(entry["name"]))
        if pk in taken:
            pk = None
        if pk is not None:
            taken.add(pk)
        contacts.append({**entry, "id": pk})
    return {**record, "contact_persons": contacts}


def comparable(record: dict[str, Any]) -> dict[str, Any]:
    """A record as compared for "what changed": contact persons without their ids (a person re-entered
    with the same details is no change)."""
    return {
        **record,
        "contact_persons": [
            {name: person[name] for name in CONTACT_FIELDS} for person in record["contact_persons"]
        ],
    }


# -- Showing a record -------------------------------------------------------------------------------------


def in_language(texts: dict[str, str], language: str | None = None) -> tuple[str, str]:
    """The text of a language → text object to show in ``language`` (the active one by default): that
    language's, else English, else the first the State gave; with the language of the text shown."""
    if not texts:
        return "", ""
    wanted = normalize_language(language) if language else ""
    for code in (wanted, field_suffix(language), "en"):
        if code and texts.get(code):
            return texts[code], code
    code, text = next(iter(texts.items()))
    return text, code


def language_label(code: str) -> str:
    """The name of a language in the interface language: the six official ones by the project's labels,
    others by Django's table of languages, an unknown code as itself."""
    six = dict(ANSWER_LANGUAGES)
    if code in six:
        return str(six[code])
    info = LANG_INFO.get(code) or LANG_INFO.get(code.split("-")[0])
    if info and "name" in info:
        # Django's own catalogs translate the English names of languages.
        return translation.gettext(info["name"])
    return code


def html_lang(code: str) -> str:
    """A stored language code as an HTML ``lang`` attribute ("zh" and "zh-hans" are written zh-Hans)."""
    if code == "zh":
        return "zh-Hans"
    return code


def text_direction(code: str) -> str:
    """The writing direction of text in a language."""
    return "rtl" if code.split("-")[0] in ("ar", "fa", "he", "ur", "ps", "dv", "yi") else "ltr"


def ordered_languages(codes) -> list[str]:
    """Language codes with the six official ones first, in UN order, then the others as given."""
    codes = list(codes)
    six = [code for code in CONTENT_LANGUAGES if code in codes]
    return six + [code for code in codes if code not in six]
